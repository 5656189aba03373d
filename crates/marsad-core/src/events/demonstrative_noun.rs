//! An event noun right after a demonstrative (هذه الزيارة، تلك الهجمات الصاروخية على
//! المملكة، هذا الاعتداء) points back to an event told before: no new event. Unless it names
//! both sides (تم التوصل إلى هذا الاتفاق بين الحكومة السورية وفصائل معارضة), which may be
//! more than its first telling gave. Not `ذلك`, which is mostly "that" standing alone
//! (وذلك باستهداف، بما في ذلك هجمات).

use super::{EventSpan, Input};
use marsad_text::normalize::key_is_definite;

/// Demonstratives that stand before a noun (keys: ة as ه; و seen through).
const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "تلك", "هذان", "هذين", "هاتان", "هاتين", "هؤلاء", "اولئك"];

/// Is the event a bare definite noun's, right after a demonstrative, with a side unnamed?
pub(super) fn points_back(input: &Input, e: &EventSpan) -> bool {
    let i = e.trigger.0;
    let both_sides = !e.actors.is_empty() && !e.recipients.is_empty();
    e.rule.starts_with("noun:") && !both_sides && i > 0 && key_is_definite(&input.keys[i]) && {
        let before = input.keys[i - 1].as_str();
        DEMONSTRATIVES.contains(&before.strip_prefix('و').unwrap_or(before))
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_noun_after_a_demonstrative_points_back() {
        for t in ["ويعد هذا الهجوم الصاروخي الأول على إسرائيل منذ أشهر.", "وكانت تلك الزيارة الرابعة لبومبيو إلى كوريا الشمالية."] {
            assert!(events(t).is_empty(), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn one_that_names_both_sides_or_has_no_demonstrative_stays() {
        let t = "وتم التوصل إلى هذا الاتفاق بين الحكومة السورية والمعارضة السورية.";
        assert!(events(t).iter().any(|e| e.kind == "AGREE"), "{:?}", events(t));
        let t = "ويعد الهجوم الصاروخي الأول على إسرائيل منذ أشهر.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
        let t = "وكانت الزيارة الرابعة لبومبيو إلى كوريا الشمالية.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
    }
}
