//! Declining to comment (رفض التعليق، رفض الإدلاء بتصريحات): a spokesman's silence, not
//! a rejection of anyone. (Refusing to disclose, رفضت الكشف عن مكان الصحفي, withholds
//! something asked for: still a rejection.)

use super::args::{mention_starting, Context};
use super::Input;
use marsad_lexicon::events::Trigger;

/// What one declines to say (keys: hamza folded).
const SAYING: &[&str] = &["التعليق", "الادلاء"];

/// Is the rejection trigger ending at `end` followed by a word of saying, right away or
/// after its subject (ورفضت وزارة الخارجية التعليق)?
pub(super) fn to_comment(ctx: &Context, input: &Input, trigger: &Trigger, end: usize, s1: usize) -> bool {
    if trigger.event.as_deref() != Some("REJECT") {
        return false;
    }
    let k = mention_starting(ctx, input, end).map_or(end, |m| input.mentions[m].tok_end);
    k < s1 && SAYING.contains(&input.keys[k].as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn rejections(text: &str) -> usize {
        events(text).iter().filter(|e| e.kind == "REJECT").count()
    }

    #[test]
    fn declining_to_comment_rejects_no_one() {
        assert_eq!(rejections("ورفضت وزارة الخارجية الأمريكية التعليق على التقرير."), 0);
        assert_eq!(rejections("ورفض متحدث باسم الجيش الإسرائيلي الإدلاء بتصريحات للصحفيين."), 0);
    }

    #[test]
    fn rejecting_a_demand_is_still_a_rejection() {
        assert_eq!(rejections("ورفضت الحكومة الإسرائيلية المطالب الفلسطينية."), 1);
    }
}
