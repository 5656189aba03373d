//! A speaker's own act of speech inside a quotation is not a claim. `قال الوزير إنه يجب على
//! إيران أن تنسحب`، `وقال: "أدين بشكل قاطع …"`، `أكدت موسكو أنها مستعدة للتعاون` are the
//! speaker's REQUEST, ACCUSE, AGREE: the text tells that the speaker demanded, condemned,
//! offered — the quotation is the act, not something it reports (the labels: "the speech act
//! itself is `claimed: false`"). `قال الوزير إن إيران قصفت` stays a claimed attack: only
//! verbal event types, and only when the event's actor was read as the speaker: its
//! first-person `+speaker` reading, the speaker's own mention, or the speaker's pronoun
//! after إن/أن (`+that-pronoun`, `قالت إنها تطالب`) with the speaker's code. Not an actor of
//! the speaker's code carried from elsewhere (`قال البنتاغون إن وزارة الأمن الداخلي طلبت`),
//! nor a negated act (`لن نوقع أي اتفاق` tells no act of speech). Nor a deed the speaker
//! tells as done: a perfect verb (`"طلبناها"`، `"تعهدنا بوقف الرواتب"`، `أعلنت الشركة أنها
//! وافقت على شراء`) is a past act the quotation reports, and an investigation under its
//! support verb (`أنها تجري تحقيقات`) is a deed, not words.

use super::args::Arg;
use super::{EventSpan, Input};
use crate::quotes::Speaker;
use marsad_text::normalize::key;

/// Event types that are acts of speech when their actor is the one speaking.
const VERBAL: &[&str] = &["ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"];

/// Was `a`, the actor of an event read by `rule`, read as the speaker: the same mention, or
/// the pronoun after إن/أن standing for the same actor and person?
fn is_speaker(a: &Arg, rule: &str, s: &Speaker) -> bool {
    (a.tok_start, a.tok_end) == (s.tok_start, s.tok_end)
        || rule.contains("+that-pronoun") && a.actor.is_some() && a.actor == s.actor && a.entity == s.entity
}

/// Is the trigger of a verb rule a perfect of its lemma (`طلبناها`، `وافقت`، `تعهدنا`)? Its
/// key (or the key after a و/ف) opens with the lemma's, which no imperfect (`نطالب`، `تتعهد`،
/// `أدين`) nor participle does.
fn is_perfect(input: &Input, e: &EventSpan) -> bool {
    let Some(lemma) = e.rule.strip_prefix("verb:").map(|r| key(r.split('+').next().unwrap_or(r))) else { return false };
    let word = input.keys[e.trigger.0].as_str();
    !lemma.is_empty() && (word.starts_with(&lemma) || word.strip_prefix(['و', 'ف']).is_some_and(|w| w.starts_with(&lemma)))
}

/// Clear `claimed_by` of the events that are their quotation speaker's own act of speech.
pub(super) fn unclaim(input: &Input, events: &mut [EventSpan]) {
    for e in events.iter_mut() {
        let Some(speaker) = e.claimed_by.and_then(|q| input.quotes.get(q)).and_then(|q| q.speaker.as_ref()) else { continue };
        if !VERBAL.contains(&e.kind.as_str()) || e.negated || e.mode.as_deref() == Some("investigate") || is_perfect(input, e) {
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

    #[test]
    fn a_deed_the_speaker_tells_as_done_stays_claimed() {
        assert_eq!(claimed("وقال وزير الخارجية السوري: \"طلبنا من روسيا المساعدة في إعادة اللاجئين\".", "REQUEST"), vec![true]);
        assert_eq!(claimed("وقالت وزارة الخارجية الروسية إنها وافقت على الاقتراح الفرنسي.", "AGREE"), vec![true]);
        assert_eq!(claimed("وقال وزير الخارجية السوري: \"نطالب روسيا بالمساعدة في إعادة اللاجئين\".", "REQUEST"), vec![false]);
    }
}
