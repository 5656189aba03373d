//! An event noun right after a word that stops it (منع المظاهرة، إلغاء الاجتماع، إحباط
//! هجوم، تأجيل الزيارة) names something that did not take place: no event by itself.
//! (Ending or repelling, إنهاء الحصار، صد الهجوم، is left alone: that event did happen.)
//! So does one after a noun that negates it or makes it go wrong (عدم استهداف المدنيين،
//! سوء تفاهم "misunderstanding", سوء تقدير "misjudgment"), whether the trigger was read as
//! a noun or as a verb: after these nouns a word is a verbal noun.

use super::{EventSpan, Input};

/// Is the trigger of a noun event right after a stopping verbal noun?
pub(super) fn is_stopped(input: &Input, event: &EventSpan) -> bool {
    let at = event.trigger.0;
    at > 0 && (is_negating_noun(&input.keys[at - 1]) || event.rule.starts_with("noun:") && is_stopping_noun(&input.keys[at - 1]))
}

/// Nouns of absence or failure: the event noun after them did not take place as such.
fn is_negating_noun(key: &str) -> bool {
    matches!(bare(key), "عدم" | "انعدام" | "سوء")
}

/// Verbal nouns of preventing, banning, cancelling, postponing and foiling: what follows
/// them did not take place.
fn is_stopping_noun(key: &str) -> bool {
    matches!(bare(key), "منع" | "حظر" | "الغاء" | "تاجيل" | "احباط")
}

/// A verbal noun that stops, bans, suspends, ends or puts off what follows (قرر منع
/// المظاهرة، قررت الحكومة إلغاء الاتفاق، قرر تأجيل اللقاء): a support verb's act is the
/// undoing, not the event noun after it, so it does not reach that noun.
pub(super) fn is_undoing_noun(key: &str) -> bool {
    is_stopping_noun(key) || is_negating_noun(key) || matches!(bare(key), "تعليق" | "انهاء" | "صد" | "وقف" | "عرقله")
}

/// The key without a leading و/ف and ل/ب (keys are hamza-folded: إلغاء is الغاء, تأجيل تاجيل).
fn bare(key: &str) -> &str {
    let k = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    k.strip_prefix('ل').or_else(|| k.strip_prefix('ب')).filter(|r| r.chars().count() > 2).unwrap_or(k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(text: &str) -> Vec<String> {
        events(text).into_iter().map(|e| e.kind).collect()
    }

    #[test]
    fn a_banned_or_foiled_event_is_no_event() {
        assert!(!kinds("وقررت السلطات المصرية منع المظاهرة في القاهرة.").contains(&"PROTEST".to_string()));
        assert!(!kinds("وأعلنت الشرطة التركية إحباط هجوم في إسطنبول.").contains(&"ASSAULT".to_string()));
    }

    #[test]
    fn a_negated_or_failed_event_noun_is_no_event() {
        assert!(!kinds("وقال المدرب إن ما حدث كان سوء تفاهم بين اللاعبين.").contains(&"AGREE".to_string()));
        assert!(!kinds("وتعهدت الحكومة بعدم استهداف المدنيين في المدينة.").contains(&"ASSAULT".to_string()));
        // Without the negating noun, the understanding is an agreement.
        assert!(kinds("ووقعت مصر والسودان مذكرة تفاهم للتعاون في مجال الطاقة.").contains(&"AGREE".to_string()));
    }

    #[test]
    fn a_held_protest_is_still_an_event() {
        assert!(kinds("وشارك آلاف الفلسطينيين في مظاهرة في غزة.").contains(&"PROTEST".to_string()));
    }
}
