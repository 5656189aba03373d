//! The maker of a decision carries out the act decided: an event noun right after `قرار`
//! and its genitive party (`قرار ترامب الانسحاب من الاتفاق النووي`، `بقرار الرئيس
//! الأميركي، دونالد ترامب، بالانسحاب`، `قرار الجامعة العربية تعليق عضوية سوريا`) has that
//! party for its actor; so does one after an announcement, `إعلان` (`إعلان ترامب الانسحاب
//! من الاتفاق`: stance67). The definite noun takes no genitive of its own, so without this
//! it had no party and was dropped as a reference back, though news tells a withdrawal or
//! a recognition most often so. Between the party and the noun only a time (`الأسبوع
//! الماضي`) or a word that qualifies the decision (`القاضي`، `الأخير`) may stand: any other
//! word opens another phrase (`قرار مجلس الأمن 2254 بشأن`، `قرار ترامب الذي أثار`).

use super::args::{bare, definite_head, is_trigger, list_from, mention_starting, pronoun_on, skip_asides, Context, TIME_WORDS};
use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// The decision noun's keys, with the prepositions and the conjunction news writes on it;
/// an announcement's too (`إعلان ترامب الانسحاب من الاتفاق`، `منذ إعلان واشنطن الاعتراف
/// بالقدس`): the one who announces an act is the one who does it, as for a decision.
const DECISION: &[&str] = &["قرار", "بقرار", "لقرار", "وبقرار", "ولقرار", "اعلان", "باعلان", "لاعلان", "وباعلان", "ولاعلان"];

/// Words that qualify the decision between its maker and the act (keys).
const QUALIFIERS: &[&str] = &["القاضي", "الاخير", "المفاجئ", "الصادر", "الاحادي", "الرسمي", "النهائي"];

/// How far before the act the decision noun may stand (its maker's words included).
const WINDOW: usize = 14;

/// The mentions of the party that decided the act whose noun starts at token `trigger`,
/// in the sentence `s0..s1`: the genitive of a `قرار` right before it.
pub(super) fn maker(ctx: &Context, input: &Input, t: &Trigger, trigger: usize, (s0, s1): (usize, usize)) -> Option<Vec<usize>> {
    // The act decided is a verbal noun with the article, بـ or a pronoun on it; an
    // indefinite noun is the decision's own object or predicate (لاقى قرار الأرجنتين
    // ترحيبا، أثار قرار نتنياهو احتجاجات).
    let word = input.tokens[trigger].text(input.text);
    let word = word.strip_prefix('و').unwrap_or(word);
    if !(definite_head(input, t, trigger) || word.starts_with('ب') || pronoun_on(input, trigger).is_some()) {
        return None;
    }
    let lo = trigger.saturating_sub(WINDOW).max(s0);
    let q = (lo..trigger).rev().find(|&k| !ctx.in_mention(k) && DECISION.contains(&bare(&input.keys[k])))?;
    // (An announced death or attack is news told, not the announcer's deed: إعلان أوكرانيا
    // مقتله.)
    if bare(&input.keys[q]).ends_with("اعلان") && t.event.as_deref() == Some("ASSAULT") {
        return None;
    }
    // (Not an international body's: its resolution asks the act of others, قرار مجلس الأمن
    // بوقف إطلاق النار.)
    let m = mention_starting(ctx, input, q + 1).filter(|&m| !input.mentions[m].prepositional && input.mentions[m].kind != Kind::Igo)?;
    let list = list_from(ctx, input, m, s1);
    let end = input.mentions[*list.last()?].tok_end;
    let end = skip_asides(ctx, input, &list, end, s1);
    if end > trigger {
        return None;
    }
    // (Only a time or a qualifier between: a number, a relative or a preposition opens
    // another phrase; a comma closing an aside was skipped above.)
    let between_ok = (end..trigger).all(|k| {
        let key = bare(&input.keys[k]);
        input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && !is_trigger(input, k) && (TIME_WORDS.contains(&key) || QUALIFIERS.contains(&key))
    });
    (between_ok && trigger - end <= 3).then_some(list)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, sides};

    fn withdrawals(t: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(t, "REJECT")
    }

    #[test]
    fn the_decision_maker_withdraws() {
        let s = withdrawals("وتراجعت العملة المحلية بعد قرار ترامب الانسحاب من الاتفاق النووي مع إيران.");
        assert_eq!(s, vec![(Some("USA".into()), Some("IRN".into()))], "{s:?}");
        // Past an apposition set off by commas and a time, with بـ on the act.
        let s = withdrawals("وتدهور الوضع عقب قرار الرئيس الأميركي، دونالد ترامب، الأسبوع الماضي بالانسحاب من الاتفاق النووي مع طهران.");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{s:?}");
    }

    #[test]
    fn the_announcer_withdraws() {
        let s = withdrawals("وتراجعت الأسواق بعد إعلان ترامب الانسحاب من الاتفاق النووي مع إيران.");
        assert_eq!(s, vec![(Some("USA".into()), Some("IRN".into()))], "{s:?}");
        // (Not a party after a preposition: the announcement is about the act.)
        let s = withdrawals("وجاء إعلان وزارة الخارجية بشأن الانسحاب من الاتفاق النووي مع إيران.");
        assert!(s.iter().all(|(a, _)| a.is_none()), "{s:?}");
        // (A death announced is not the announcer's deed.)
        let s = sides("وظهر الصحفي بعد ساعات من إعلان أوكرانيا مقتله في كييف.", "ASSAULT");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("UKR")), "{s:?}");
    }

    #[test]
    fn another_phrase_between_is_no_decision_of_the_act() {
        // A preposition between: the decision is about the act, not to do it.
        let s = withdrawals("وذكّر البيان بقرار مجلس الأمن بشأن الانسحاب من الاتفاق النووي مع إيران.");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("IGOUNO")), "{s:?}");
        // A relative clause between: the party is the relative's, not the act's.
        let s = withdrawals("وجاء قرار روسيا الذي فاجأ المراقبين قبل الانسحاب من الاتفاق النووي مع إيران.");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("RUS")), "{s:?}");
    }

    #[test]
    fn an_indefinite_noun_is_the_decisions_own_object() {
        assert_eq!(count("ولاقى قرار الحكومة الأردنية ترحيبا واسعا في الشارع.", "SUPPORT"), 0);
    }

    #[test]
    fn an_international_resolution_does_not_cease_fire_itself() {
        let s = sides("وتواصل القصف رغم قرار مجلس الأمن بوقف إطلاق النار في سوريا.", "RETREAT");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("IGOUNO")), "{s:?}");
    }

    #[test]
    fn the_maker_is_not_the_next_verbs_subject() {
        let t = "وحذرت تركيا من أن قرار ترامب الانسحاب من الاتفاق النووي مع إيران يهدد باندلاع نزاعات جديدة.";
        assert!(withdrawals(t).iter().any(|(a, _)| a.as_deref() == Some("USA")), "{:?}", withdrawals(t));
        assert!(sides(t, "THREATEN").iter().all(|(a, _)| a.as_deref() != Some("USA")), "{:?}", sides(t, "THREATEN"));
    }
}
