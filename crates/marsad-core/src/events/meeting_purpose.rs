//! The meeting noun لقاء with لـ written on it names what someone set out to do (وصل وزير الخارجية
//! الأمريكي إلى الرياض للقاء الملك سلمان، سافر الزعيم الكوري إلى بكين للقاء الرئيس الصيني):
//! its genitive is the one met, not the one meeting, as it is the object of the verb
//! (التقى takes the met party as a direct object). Without this the met party was read as
//! the actor. The genitive of اجتماع، محادثات، قمة names who meets (لاجتماع مجلس الأمن).
//!
//! So does a bare لقاء wished or agreed to, right after a word of will or assent or its
//! في/على/إلى/بـ (أعرب عن رغبته في لقاء الرئيس الأمريكي، وافق ترامب على لقاء كيم، يصر على
//! لقاء زعيم المتمردين، أكد التزامه بلقاء ترمب، يريد لقاء بوتين): the genitive is the one
//! to be met, the wisher the one meeting. (After بعد، قبل، خلال the genitive still meets:
//! بعد لقاء الرئيس بنظيره.)

use super::args::{is_preposition, Context};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::token::TokenKind;
use marsad_text::normalize::{key, without_conjunction};

/// The verbal nouns of meeting verbs whose met party is their direct object. (Not
/// استقبال، زيارة: as purposes they are mostly shelters receiving people, لاستقبال
/// اللاجئين، and visits to places or by the one invited, دعاه لزيارة البيت الأبيض.)
const MET_IN_GENITIVE: &[&str] = &["لقاء"];

/// Is the noun trigger at `i` a meeting told as a purpose: one of those nouns, in the
/// singular, with لـ written on it and no possessive pronoun (للقاء، وللقاء)?
pub(super) fn is_meeting_purpose(input: &Input, t: &Trigger, i: usize, enclitic: bool) -> bool {
    if enclitic || t.kind != TriggerKind::Noun || !MET_IN_GENITIVE.iter().any(|w| key(w) == key(&t.lemma)) {
        return false;
    }
    let k = input.keys[i].as_str();
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    // (للقاء is ل + لقاء; a noun in ا takes ل with or without its article: لاستقبال، للاستقبال.)
    let lemma = key(&t.lemma);
    let Some(rest) = k.strip_prefix('ل') else { return false };
    rest == lemma || rest.strip_prefix("ال") == Some(lemma.as_str()) || rest.strip_prefix('ل') == Some(lemma.as_str())
}

/// Words of will or assent whose object a meeting is (keys, without و/ف).
const WILL: &[&str] = &[
    "رغبه", "رغبته", "رغبتها", "رغبتهم", "يرغب", "ترغب", "وافق", "وافقت", "موافقه", "موافقته", "موافقتها", "الموافقه", "استعداد",
    "استعداده", "استعدادها", "استعدادهم", "مستعد", "مستعده", "يصر", "تصر", "اصرار", "اصراره", "التزام", "التزامه", "التزامها",
    "يتطلع", "تتطلع", "يامل", "تامل", "يريد", "تريد", "ينوي", "تنوي", "يعتزم", "تعتزم", "يسعي", "تسعي", "يتوقع", "يود", "تود",
];

/// Prepositions a word of will takes before its meeting (keys): رغبته في، وافق على.
const WILL_PREPOSITIONS: &[&str] = &["في", "علي", "الي"];

/// Is the noun trigger at `i` a bare لقاء (no pronoun, no لـ) wished or agreed to: right
/// after a word of will, after its preposition, or with بـ written on it after one?
pub(super) fn is_meeting_wished(input: &Input, t: &Trigger, i: usize, s0: usize, enclitic: bool) -> bool {
    if enclitic || t.kind != TriggerKind::Noun || !MET_IN_GENITIVE.iter().any(|w| key(w) == key(&t.lemma)) || i == s0 {
        return false;
    }
    let lemma = key(&t.lemma);
    let will = |k: usize| WILL.contains(&without_conjunction(&input.keys[k]));
    let word = input.keys[i].as_str();
    if word == lemma {
        will(i - 1) || (i - 1 > s0 && WILL_PREPOSITIONS.contains(&input.keys[i - 1].as_str()) && will(i - 2))
    } else {
        word.strip_prefix('ب') == Some(lemma.as_str()) && will(i - 1)
    }
}

/// How far before the noun the one who sets out may be named.
const VISITOR_BACK: usize = 30;

/// Who sets out to meet: the nearest party before the noun at `i` that is no preposition's
/// (وصل وزير الخارجية الأمريكي إلى الرياض للقاء: not Riyadh; دعا ترامب بوتين لزيارة
/// واشنطن: the one invited; not a news medium), within its sentence and past the dateline.
pub(super) fn visitor(ctx: &Context, input: &Input, i: usize, s0: usize) -> Option<usize> {
    let lo = i.saturating_sub(VISITOR_BACK).max(s0).max(super::dateline::dateline_end(input));
    let mut k = i;
    while k > lo {
        k -= 1;
        let Some(m) = ctx.mention_of(k) else { continue };
        let mention = &input.mentions[m];
        // (Not a news medium, which reports the trip: كما ذكرت وسائل إعلام يابانية.)
        let medium = mention.role.as_deref() == Some("MED");
        if mention.country.is_some() && !medium && !governed(ctx, input, m) && mention.tok_start >= lo {
            return Some(m);
        }
        k = mention.tok_start;
    }
    None
}

/// Is mention `m` a preposition's, right after it or after one head noun (إلى العاصمة
/// السعودية، في مدينة دريسدن), or the apposition after a comma of one that is (إلى العاصمة
/// السعودية، الرياض)?
pub(super) fn governed(ctx: &Context, input: &Input, m: usize) -> bool {
    let mention = &input.mentions[m];
    if mention.prepositional {
        return true;
    }
    let Some(before) = mention.tok_start.checked_sub(1) else { return false };
    let head_noun = |k: usize| input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k);
    if is_preposition(&input.keys[before]) || before > 0 && head_noun(before) && is_preposition(&input.keys[before - 1]) {
        return true;
    }
    let after_comma = input.tokens[before].kind == TokenKind::Punct && matches!(input.tokens[before].text(input.text), "،" | ",");
    if !after_comma || before == 0 {
        return false;
    }
    // (Each step goes back past one mention: the chain is as long as the appositions.)
    let last = before - 1;
    ctx.mention_of(last).is_some_and(|p| p != m && governed(ctx, input, p))
        // A place noun with no mention of its own (إلى العاصمة السعودية، الرياض: the
        // nisba there is an adjective, not the state) governed by the preposition before it.
        || (1..=2).any(|n| last + 1 > n && (last + 1 - n..=last).all(head_noun) && is_preposition(&input.keys[last - n]))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn the_one_met_after_a_purpose_is_the_recipient() {
        let t = "وتوجه الرئيس الفرنسي إلى موسكو للقاء الرئيس الروسي فلاديمير بوتين.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("RUS")), "{s:?}");
        assert!(!s.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{s:?}");
        let t = "وسافر رئيس الوزراء الإسرائيلي إلى موسكو الأربعاء للقاء الرئيس الروسي فلاديمير بوتين.";
        assert_eq!(sides(t, "CONSULT"), vec![(Some("ISR".into()), Some("RUS".into()))]);
    }

    #[test]
    fn a_meeting_wished_or_agreed_to_takes_its_genitive_as_the_one_met() {
        for (t, actor, met) in [
            ("وقال الرئيس الأمريكي إنه يتوقع لقاء كيم جونغ أون في يونيو.", "USA", "PRK"),
            ("وأكد الزعيم الكوري الشمالي مجددا التزامه بلقاء ترامب.", "PRK", "USA"),
        ] {
            let s = sides(t, "CONSULT");
            assert!(s.iter().any(|(a, r)| a.as_deref().is_some_and(|a| a.starts_with(actor)) && r.as_deref().is_some_and(|r| r.starts_with(met))), "{t}: {s:?}");
        }
    }

    #[test]
    fn a_meeting_after_a_word_of_time_keeps_its_genitive_as_the_one_meeting() {
        let s = sides("وقال الوزير بعد لقاء الرئيس المصري بنظيره الروسي إن المحادثات كانت مثمرة.", "CONSULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("EGY")), "{s:?}");
    }

    #[test]
    fn a_capital_in_apposition_to_an_unnamed_place_is_not_the_visitor() {
        let t = "ووصل وزير الخارجية الأمريكي إلى العاصمة السعودية، الرياض، للقاء الملك سلمان.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{s:?}");
        assert!(!s.iter().any(|(a, _)| a.as_deref() == Some("SAU")), "{s:?}");
    }

    #[test]
    fn a_meeting_between_two_countries_makes_neither_the_one_met_alone() {
        let t = "وتجري الاستعدادات للقاء الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون في سنغافورة.";
        let s = sides(t, "CONSULT");
        assert!(!s.iter().any(|(a, r)| a.is_none() && r.is_some()), "{s:?}");
    }

    #[test]
    fn a_genitive_with_the_nouns_own_recipient_after_it_meets() {
        let t = "وحدد وزير الخارجية شروطا للقاء الرئيس الأمريكي مع القادة الإيرانيين.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{s:?}");
    }

    #[test]
    fn a_visit_as_a_purpose_keeps_its_genitive_as_the_visitor() {
        let t = "ولم يحدد موعد جديد لزيارة الرئيس المكسيكي إلى واشنطن.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("MEX")), "{s:?}");
    }
}
