//! An event noun right after أي "any" (أي هجوم على إدلب، لأي عدوان، أية محادثات مع
//! واشنطن، أي اتفاق بين بريطانيا والاتحاد الأوروبي) names a kind of act, not one that took
//! place: it is warned against, denied, ruled out, prepared for or set a condition on, and
//! the sentence's event, if any, is that stance. So it is no event, parties or not. A verb
//! that governs such a noun (لم يشن أي هجوم، نفت شن أي غارات) states the act itself,
//! denied, and stays.

use super::{EventSpan, Input};
use marsad_text::normalize::key_is_definite;

/// Is the event a noun's, quantified by أي?
pub(super) fn is_any_kind(input: &Input, e: &EventSpan) -> bool {
    let i = e.trigger.0;
    e.rule.starts_with("noun:") && i > 0 && !key_is_definite(&input.keys[i]) && is_any(&input.keys[i - 1])
}

/// Is the key أي or أية, after و or ف and ل or ب (وأي، لأي، بأية)?
pub(super) fn is_any(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let k = k.strip_prefix(['ل', 'ب']).unwrap_or(k);
    matches!(k, "اي" | "ايه")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, events};

    #[test]
    fn a_noun_after_any_is_no_event() {
        for (t, kind) in [
            ("وحذر وزير الدفاع من أن الجيش سيرد بحزم على أي هجوم على الحدود الشمالية.", "ASSAULT"),
            ("وأكدت القوات المسلحة جاهزيتها للتصدي لأي عدوان خارجي.", "ASSAULT"),
            ("وقال المتحدث إن أية محادثات مع الحكومة السورية يجب أن تبدأ بوقف القصف.", "CONSULT"),
            ("ونفى الوزير وجود أي اتفاق بين الأردن وإسرائيل بشأن المياه.", "AGREE"),
        ] {
            assert_eq!(count(t, kind), 0, "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn the_noun_without_any_or_a_denied_verb_stays() {
        let t = "وحذر وزير الدفاع من أن الجيش سيرد بحزم على الهجوم على الحدود الشمالية.";
        assert!(count(t, "ASSAULT") > 0, "{:?}", events(t));
        let t = "وقال المتحدث إن محادثات مع الحكومة السورية بدأت في جنيف.";
        assert!(count(t, "CONSULT") > 0, "{:?}", events(t));
        let t = "وقال الجيش إن الطائرات لم تشن أي غارات على المدينة.";
        assert!(count(t, "ASSAULT") > 0, "{:?}", events(t));
    }

    #[test]
    fn any_is_read_through_its_prefixes() {
        for k in ["اي", "ايه", "لاي", "باي", "واي", "ولاي", "بايه"] {
            assert!(super::is_any(k), "{k}");
        }
        for k in ["الي", "راي", "ايام"] {
            assert!(!super::is_any(k), "{k}");
        }
    }
}
