//! A speaker's own act of speech inside a quotation is not a claim. `قال الوزير إنه يجب على
//! إيران أن تنسحب`، `وقال: "أدين بشكل قاطع …"`، `أكدت موسكو أنها مستعدة للتعاون` are the
//! speaker's REQUEST, ACCUSE, AGREE: the text tells that the speaker demanded, condemned,
//! offered — the quotation is the act, not something it reports (the labels: "the speech act
//! itself is `claimed: false`"). `قال الوزير إن إيران قصفت` stays a claimed attack: only
//! verbal event types, and only when the event's actor was read as the speaker: its
//! first-person `+speaker` reading, the speaker's own mention, or the speaker's pronoun
//! after إن/أن (`+that-pronoun`, `قالت إنها تطالب`) with the speaker's code. Not an actor of
//! the speaker's code carried from elsewhere (`قال البنتاغون إن وزارة الأمن الداخلي طلبت`),
//! nor a negated act (`لن نوقع أي اتفاق` tells no act of speech).

use super::args::Arg;
use super::{EventSpan, Input};
use crate::quotes::Speaker;

/// Event types that are acts of speech when their actor is the one speaking.
const VERBAL: &[&str] = &["ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"];

/// Was `a`, the actor of an event read by `rule`, read as the speaker: the same mention, or
/// the pronoun after إن/أن standing for the same actor and person?
fn is_speaker(a: &Arg, rule: &str, s: &Speaker) -> bool {
    (a.tok_start, a.tok_end) == (s.tok_start, s.tok_end)
        || rule.contains("+that-pronoun") && a.actor.is_some() && a.actor == s.actor && a.entity == s.entity
}

/// Clear `claimed_by` of the events that are their quotation speaker's own act of speech.
pub(super) fn unclaim(input: &Input, events: &mut [EventSpan]) {
    for e in events.iter_mut() {
        let Some(speaker) = e.claimed_by.and_then(|q| input.quotes.get(q)).and_then(|q| q.speaker.as_ref()) else { continue };
        if !VERBAL.contains(&e.kind.as_str()) || e.negated {
            continue;
        }
        if e.rule.contains("+speaker") || e.actors.first().is_some_and(|a| is_speaker(a, &e.rule, speaker)) {
            e.claimed_by = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::events;

    fn claimed(text: &str, kind: &str) -> Vec<bool> {
        events(text).iter().filter(|e| e.kind == kind).map(|e| e.claimed_by.is_some()).collect()
    }

    #[test]
    fn a_speakers_own_demand_or_condemnation_is_no_claim() {
        assert_eq!(claimed("وقال وزير الخارجية السوري إنه يجب على الولايات المتحدة أن تسحب قواتها من سوريا.", "REQUEST"), vec![false]);
        assert_eq!(claimed("وقالت وزارة الخارجية الروسية إنها مستعدة للتعاون مع بريطانيا في التحقيق.", "AGREE"), vec![false]);
        assert_eq!(claimed("وقال وزير الخارجية السوري: \"ندين العدوان الإسرائيلي على سوريا\".", "ACCUSE"), vec![false, false]);
    }

    #[test]
    fn an_act_of_another_party_or_a_deed_stays_claimed() {
        assert_eq!(claimed("وقال وزير الخارجية السوري إن الطائرات الإسرائيلية قصفت مواقع في حمص.", "ASSAULT"), vec![true]);
        assert_eq!(claimed("وقالت وزارة الخارجية الروسية إن الولايات المتحدة رفضت الاقتراح الروسي.", "REJECT"), vec![true]);
        assert_eq!(claimed("وقال الوزير الأمريكي إن وزارة الأمن الداخلي طلبت من الجيش الأمريكي إيواء المهاجرين.", "REQUEST"), vec![true]);
    }
}
