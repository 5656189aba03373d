//! A thing named with the relative clause of its maker (أدان الاتفاق الذي أعلنته واشنطن،
//! حجبت الرابط الذي وضعته المملكة، رحب بالقرار الذي اتخذته الحكومة): the reaction is
//! aimed at the relative clause's subject, as for `ما` "what" (أدان ما قامت به إسرائيل).

use super::args::{is_trigger, mention_starting, suffers, Context, RESUMPTIVE};
use super::Input;
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// The subject of the relative clause that follows the noun at `head` (right after it,
/// or after one adjective: الإجراءات الأحادية التي اتخذتها إسرائيل): the mention right
/// after the clause's verb. The verb must take the head back as its object (a pronoun on
/// it, اتخذتها، or a resumptive preposition after it, التي تقوم بها): otherwise the head is
/// its subject and the mention its object (الرجل الذي يحكم إيران). A verb that is an event
/// of its own (الهجوم الذي استهدف الجيش) says who acts in it; تعرض names the victim
/// (الهجمات التي تتعرض لها السعودية).
pub(super) fn subject_of_head(ctx: &Context, input: &Input, head: usize, s1: usize) -> Option<usize> {
    let arabic = |k: usize| k < s1 && input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k);
    if !arabic(head) {
        return None;
    }
    let relative = |k: usize| k < s1 && matches!(input.keys[k].as_str(), "الذي" | "التي");
    let rel = if relative(head + 1) {
        head + 1
    } else if arabic(head + 1) && key_is_definite(&input.keys[head + 1]) && relative(head + 2) {
        head + 2
    } else {
        return None;
    };
    subject_of_clause(ctx, input, rel, s1)
}

/// The subject of the relative clause opened at `rel`, as for [`subject_of_head`].
fn subject_of_clause(ctx: &Context, input: &Input, rel: usize, s1: usize) -> Option<usize> {
    let arabic = |k: usize| k < s1 && input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k);
    let verb = rel + 1;
    if !arabic(verb) || is_trigger(input, verb) || suffers(input, verb) {
        return None;
    }
    let subject_at = if verb + 1 < s1 && RESUMPTIVE.contains(&input.keys[verb + 1].as_str()) {
        verb + 2
    } else if super::args::pronoun_on(input, verb).is_some() {
        verb + 1
    } else {
        return None;
    };
    (subject_at < s1).then(|| mention_starting(ctx, input, subject_at)).flatten().filter(|&m| !input.mentions[m].prepositional)
}

/// How many words a thing's complement may run before its relative clause.
const COMPLEMENT_WORDS: usize = 5;

/// The maker of a thing reacted to, named in a relative clause after the thing's
/// complement: a few plain words or a quoted name with no party or event among them
/// (دان الاتفاق على "خارطة الطريق" الذي أعلنته واشنطن، انتقدت بعض تفاصيل هذه الإجراءات
/// التي ينفذها الجيش). Only for a reaction (a condemnation, rejection, welcome or demand):
/// after an attack or a visit, a place's relative clause says who lives or rules there.
/// The object starts at `head`, a word (not a comma: لطلب الحكومة، لصد الانقلاب الذي
/// نفذته … is another clause); the clause's verb is no preposition with a pronoun (التي لها
/// عملاء: "which has").
pub(super) fn maker_after_complement(ctx: &Context, input: &Input, event: Option<&str>, head: usize, s1: usize) -> Option<usize> {
    let plain_word = |k: usize| !ctx.in_mention(k) && input.tokens[k].kind == TokenKind::Arabic && !RESUMPTIVE.contains(&input.keys[k].as_str()) && !opens_clause(&input.keys[k]);
    if !matches!(event, Some("ACCUSE" | "REJECT" | "SUPPORT" | "REQUEST")) || head >= s1 || !plain_word(head) {
        return None;
    }
    // (A demand is aimed at the maker only when it asks them to undo the thing: طالبت
    // بإلغاء الإجراءات التي اتخذتها أبوظبي. Asked to look at it, to ignore it or to work
    // with it, someone else is asked: دعت إلى تجاهل المعلومات التي تنشرها مواقع.)
    if event == Some("REQUEST") && !asks_to_undo(input, head, s1) {
        return None;
    }
    let rel = relative_after_complement(ctx, input, head, s1)?;
    // (One adjective is no complement: the head's own relative clause, which
    // [`subject_of_head`] reads, or that of an event reacted to, whose parties the event
    // noun's rules find: أدان الهجوم الصاروخي الذي نفذته إيران على….)
    if rel == head + 2 && key_is_definite(&input.keys[head + 1]) {
        return None;
    }
    let verb = rel + 1;
    // (Nor a place that saw the thing: التغيير الذي تشهده السعودية.)
    if verb >= s1 || RESUMPTIVE.contains(&input.keys[verb].as_str()) || input.keys[verb].contains("شهد") {
        return None;
    }
    // (في اليوم الذي عاد فيه الدبلوماسيون: فيه takes back a time or a place, not a thing
    // someone made.)
    if verb + 1 < s1 && matches!(input.keys[verb + 1].as_str(), "فيه" | "فيها") {
        return None;
    }
    subject_of_clause(ctx, input, rel, s1)
}

/// The relative pronoun after the thing at `head` and its complement.
fn relative_after_complement(ctx: &Context, input: &Input, head: usize, s1: usize) -> Option<usize> {
    let quote = |k: usize| matches!(input.tokens[k].text(input.text), "\"" | "“" | "”" | "«" | "»");
    let hi = (head + 2 + COMPLEMENT_WORDS).min(s1);
    for k in head + 1..hi {
        if matches!(input.keys[k].as_str(), "الذي" | "التي") {
            return (k > head + 1).then_some(k);
        }
        // (Not a clause of its own, يشتبه في أنه سرق الجائزة التي فازت بها الممثلة; nor في,
        // after which the clause is a place's or a setting's: القلق من الوضع في المحافظة
        // التي يسيطر عليها المعارضون، رفض اللعب في المباراة التي خسرتها كرواتيا.)
        let plain = input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && !is_trigger(input, k) && !opens_clause(&input.keys[k]) && !matches!(input.keys[k].as_str(), "في" | "وفي");
        if !plain && !quote(k) {
            return None;
        }
    }
    None
}

/// Nouns of undoing and stopping (with ال, or after ب، ل: بإلغاء، لوقف).
const UNDOING: &[&str] = &["الغاء", "ازاله", "وقف", "سحب", "انهاء", "رفع", "تجميد", "ابطال", "تراجع", "التراجع", "نقض"];

/// Does the demand's object at `head` (after one preposition at most: حثت على إلغاء)
/// ask to undo or stop something?
fn asks_to_undo(input: &Input, head: usize, s1: usize) -> bool {
    let undoing = |k: usize| {
        let key = input.keys[k].as_str();
        let key = key.strip_prefix(['ب', 'ل']).unwrap_or(key);
        UNDOING.contains(&key) || key.strip_prefix("ال").is_some_and(|k| UNDOING.contains(&k))
    };
    let preposition = matches!(input.keys[head].as_str(), "علي" | "الي" | "ب" | "ل");
    undoing(head) || (preposition && head + 1 < s1 && undoing(head + 1))
}

/// Is this word أن "that" (with its pronoun: أنه، أنها) or ما "what", which open a clause
/// of their own?
fn opens_clause(key: &str) -> bool {
    matches!(key, "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها" | "ما" | "فيما" | "بما")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn parties(text: &str, kind: &str) -> Vec<(Option<String>, Option<String>)> {
        events(text)
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| (e.actors.first().and_then(|a| a.country.clone()), e.recipients.first().and_then(|r| r.country.clone())))
            .collect()
    }

    #[test]
    fn a_condemned_agreement_is_aimed_at_those_who_announced_it() {
        let p = parties("دان وزير الخارجية السوري وليد المعلم الاتفاق الذي أعلنته واشنطن الشهر الماضي.", "ACCUSE");
        assert_eq!(p, vec![(Some("SYR".into()), Some("USA".into()))]);
    }

    #[test]
    fn a_welcomed_decision_is_aimed_at_its_maker() {
        let p = parties("رحب الرئيس الفلسطيني محمود عباس بالقرار الذي اتخذته الحكومة المصرية.", "SUPPORT");
        assert_eq!(p, vec![(Some("PSE".into()), Some("EGY".into()))]);
    }

    #[test]
    fn the_victim_of_condemned_attacks_is_not_their_maker() {
        let p = parties("أدانت دولة الكويت الهجمات الصاروخية التي تتعرض لها المملكة العربية السعودية.", "ACCUSE");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("SAU")), "{p:?}");
    }

    #[test]
    fn a_relative_verb_without_the_heads_pronoun_names_the_heads_object() {
        // The head does the ruling: إيران is its object, not the doer of anything rejected.
        let p = parties("رفض الرئيس الأمريكي دونالد ترامب النظام الذي يحكم إيران.", "REJECT");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("IRN")), "{p:?}");
    }

    #[test]
    fn the_maker_may_follow_the_things_complement() {
        let p = parties("دان وزير الخارجية السوري الاتفاق على \"خارطة الطريق\" الذي أعلنته واشنطن وأنقرة الشهر الماضي.", "ACCUSE");
        assert_eq!(p.first(), Some(&(Some("SYR".into()), Some("USA".into()))), "{p:?}");
        let p = parties("وانتقدت الصحف البرازيلية بعض تفاصيل هذه الإجراءات التي اتخذتها الحكومة الأمريكية.", "ACCUSE");
        assert!(p.iter().any(|(_, r)| r.as_deref() == Some("USA")), "{p:?}");
    }

    #[test]
    fn a_time_or_a_clause_before_the_relative_names_no_maker() {
        // فيه takes back the day: the delegation made nothing that was demanded.
        let p = parties("وطالبت الخارجية الفرنسية بتوضيحات صباح اليوم الذي وصل فيه وفد إيراني إلى باريس.", "REQUEST");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("IRN")), "{p:?}");
        // أنه opens the suspected act: the painting's buyer is not suspected.
        let p = parties("وتشتبه الشرطة البريطانية في أنه سرق اللوحة التي اشترتها الحكومة الفرنسية.", "ACCUSE");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("FRA")), "{p:?}");
    }

    #[test]
    fn a_demand_is_aimed_at_the_maker_only_to_undo_the_thing() {
        let p = parties("وطالبت قطر بإلغاء الإجراءات الاقتصادية الجائرة التي اتخذتها الحكومة المصرية ضدها.", "REQUEST");
        assert!(p.iter().any(|(_, r)| r.as_deref() == Some("EGY")), "{p:?}");
        let p = parties("ودعت وزارة الداخلية التركية إلى تجاهل الأخبار غير الدقيقة التي تنشرها وسائل الإعلام الروسية.", "REQUEST");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("RUS")), "{p:?}");
    }

    #[test]
    fn a_place_after_fi_or_that_saw_the_thing_made_nothing() {
        let p = parties("وأعرب وزير الخارجية الألماني عن قلقه من الوضع الإنساني في المدينة التي تسيطر عليها المعارضة السورية.", "ACCUSE");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("SYR")), "{p:?}");
        let p = parties("وأبدى الوزير المصري قلقه إزاء تطورات الوضع الأمني التي تشهدها ليبيا منذ أسابيع.", "ACCUSE");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("LBY")), "{p:?}");
    }

    #[test]
    fn a_condemned_attack_keeps_its_own_parties() {
        let t = "أدان وزير الخارجية القطري الهجوم الصاروخي الذي نفذته إيران على مقر الحزب الديمقراطي الكردستاني الإيراني.";
        let e = events(t);
        assert!(!e.iter().any(|e| e.kind == "ASSAULT" && e.actors.is_empty() && !e.recipients.is_empty()), "{e:?}");
    }

    #[test]
    fn who_faced_or_received_criticism_did_not_make_it() {
        let p = parties("وتراجع الوزير عن قراره بعد موجة الانتقادات التي واجهتها الحكومة البريطانية في البرلمان.", "ACCUSE");
        assert!(p.iter().all(|(a, _)| a.as_deref() != Some("GBR")), "{p:?}");
        let p = parties("وتراجع الوزير عن قراره بعد موجة الانتقادات التي تلقتها الحكومة البريطانية في البرلمان.", "ACCUSE");
        assert!(p.iter().all(|(a, _)| a.as_deref() != Some("GBR")), "{p:?}");
    }
}
