//! A sentence to prison or to death is told with the sentenced after `على` before the
//! penalty, and that party is often long: a name in apposition, an age, a relative clause
//! or a date (`حكم في البدء على عزريا، فرنسي الجنسية، بالسجن`، `وحكم على رجب في الحادي
//! والعشرين من شباط فبراير الماضي بالسجن`). So the penalty, a sentencing row's `then` word,
//! is sought further than other rows' `then` words; widening every row's window would let
//! `then` words of other clauses join.

use std::sync::OnceLock;

/// How many words (outside actor mentions) may stand between a sentencing trigger and its
/// penalty.
pub(super) const PENALTY_WINDOW: usize = 12;

/// Is this trigger's `then` the penalty with the article (`بالسجن`، `بالإعدام`), the
/// sentenced named before it after `على`? (`بسجن`، `بإعدام` have the sentenced after them,
/// right at hand.)
pub(super) fn is_penalty(then: &[String]) -> bool {
    static KEYS: OnceLock<[String; 2]> = OnceLock::new();
    let keys = KEYS.get_or_init(|| ["بالسجن", "بالإعدام"].map(marsad_text::normalize::key));
    matches!(then, [w] if keys.contains(w))
}

/// Does another verdict open at this word (`حكم، الحكم، حكما، قضت، المحكوم`)? The wide
/// window stops there: the penalty after it is that verdict's, not an earlier `حكم`'s, which
/// may be another sense (`حكم البيرو … حكم عليه بالسجن`، `ندين حكم اليوم … الحكم بالإعدام`).
pub(super) fn another_verdict(key: &str) -> bool {
    let k = marsad_text::normalize::without_conjunction(key);
    let k = k.strip_prefix("ال").unwrap_or(k);
    k.starts_with("حكم") || k.starts_with("محكوم") || matches!(k, "قضت" | "قضي" | "قضوا")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn the_penalty_is_reached_past_a_long_sentenced_party() {
        let s = sides("وحكمت محكمة مصرية في مارس الماضي على الناشط السياسي، البالغ من العمر 30 عاما، بالسجن خمس سنوات.", "COERCE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("EGY")), "{s:?}");
        let s = sides("حكمت المحكمة العليا في بغداد الأحد على مواطن ألماني، انضم إلى تنظيم داعش، بالإعدام شنقا.", "COERCE");
        assert!(!s.is_empty(), "{s:?}");
    }

    #[test]
    fn other_rows_keep_their_short_window() {
        // `أطلق … سراح` far apart: the five-word window still holds.
        let s = sides("أطلقت الشرطة في ساعة متأخرة من مساء أمس الأول عبوات الغاز ثم سراح المعتقلين.", "RETREAT");
        assert!(s.is_empty(), "{s:?}");
        // The penalty too far even for the sentencing window.
        let s = sides("حكمت المحكمة في القضية التي شغلت الرأي العام طوال الأشهر الماضية في المدينة وما حولها من القرى على المتهم بالسجن.", "COERCE");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn the_penalty_is_the_nearest_verdicts() {
        // The ruler's `حكم` does not reach past the verdict that follows it: one sentencing,
        // told by the second `حكم`.
        let t = "وكان الرئيس الذي حكم تونس من 1987 إلى 2011 حكم عليه غيابا بالسجن.";
        let found: Vec<_> = events(t).into_iter().filter(|e| e.kind == "COERCE").collect();
        assert!(found.len() == 1 && found[0].trigger.text.starts_with("حكم عليه"), "{found:?}");
    }
}
