//! A meeting named with a word of scheduling right after it (`القمة المرتقبة بين ترامب
//! وكيم`، `قمة مقررة مع الزعيم الكوري`، `اجتماعه المرتقب مع`، `زيارته المزمعة للمملكة
//! المتحدة`) is one still to come: modality `future`, as the labels code it. Only a meeting
//! noun no support verb governs: `عقدت القمة المرتقبة` tells the awaited summit held, and
//! `ألغى القمة المرتقبة` is the cancelling, of another type; nor after a verb telling it under
//! way or over (`انطلقت القمة المرتقبة في سنغافورة`, kind `took-place`). The words are the
//! `scheduled` list of `event-words.tsv`.

use super::Input;
use marsad_lexicon::events::EventList;

/// Is the CONSULT noun at tokens `start..end` (no support verb governing it) followed right
/// away by a word of scheduling, and not the subject of a verb telling it under way?
pub(super) fn is_scheduled(input: &Input, kind: &str, ungoverned_noun: bool, (start, end): (usize, usize), (s0, s1): (usize, usize)) -> bool {
    let ev = input.lexicon.events();
    kind == "CONSULT"
        && ungoverned_noun
        && end < s1
        && ev.in_list(EventList::Scheduled, &input.keys[end])
        && !(start > s0 && ev.in_list(EventList::TookPlace, &input.keys[start - 1]))
}

#[cfg(test)]
mod tests {
    use super::super::tests::events;

    fn modality(text: &str, kind: &str) -> Vec<Option<String>> {
        events(text).iter().filter(|e| e.kind == kind).map(|e| e.modality.clone()).collect()
    }

    #[test]
    fn a_scheduled_meeting_is_future() {
        assert_eq!(modality("وقال الوزير إن القمة المرتقبة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون ستكون تاريخية.", "CONSULT"), vec![Some("future".to_string())]);
        assert_eq!(modality("وتحدث ترامب عن قمة مقررة مع الزعيم الكوري الشمالي كيم جونغ أون.", "CONSULT"), vec![Some("future".to_string())]);
    }

    #[test]
    fn a_meeting_held_or_unscheduled_is_not() {
        assert_eq!(modality("وعقدت القمة المرتقبة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون في سنغافورة.", "CONSULT"), vec![None]);
        assert_eq!(modality("انطلقت القمة المرتقبة في سنغافورة بين الرئيس الأمريكي والزعيم الكوري الشمالي.", "CONSULT"), vec![None]);
        assert_eq!(modality("والتقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة.", "CONSULT"), vec![None]);
    }
}
