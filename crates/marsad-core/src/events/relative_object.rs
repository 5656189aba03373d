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
}
