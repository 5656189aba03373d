//! Declining to comment (رفض التعليق، رفض الإدلاء بتصريحات): a spokesman's silence, not
//! a rejection of anyone. (Refusing to disclose, رفضت الكشف عن مكان الصحفي, withholds
//! something asked for: still a rejection.) Likewise a source asking not to be named
//! (طلب عدم الكشف عن هويته، رفض ذكر اسمه، مشترطا عدم نشر اسمه): news style for an
//! anonymous source, no request of anyone nor rejection.

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

/// Words of making known one's name (keys: hamza folded, after the article or not).
const DISCLOSING: &[&str] = &["الكشف", "كشف", "ذكر", "نشر", "الافصاح", "افصاح", "اعلان", "الاعلان", "تحديد"];

/// Is the request or rejection trigger ending at `end`, right away or after its subject,
/// a source's wish to stay unnamed: [عدم] + a word of disclosing + [عن] + its own name or
/// identity (اسمه، اسمها، هويته، هويتهم)?
pub(super) fn to_stay_unnamed(ctx: &Context, input: &Input, trigger: &Trigger, end: usize, s1: usize) -> bool {
    if !matches!(trigger.event.as_deref(), Some("REQUEST" | "REJECT")) {
        return false;
    }
    let mut k = mention_starting(ctx, input, end).map_or(end, |m| input.mentions[m].tok_end);
    let key = |k: usize| input.keys.get(k).filter(|_| k < s1).map(String::as_str);
    if key(k) == Some("عدم") {
        k += 1;
    }
    if !key(k).is_some_and(|w| DISCLOSING.contains(&w)) {
        return false;
    }
    k += 1;
    if key(k) == Some("عن") {
        k += 1;
    }
    // The name with a pronoun on it: his own, not a named other's (اسم المعتدي).
    key(k).is_some_and(|w| ["اسماء", "اسمائ", "اسماي", "اسم", "هويات", "هويت"].iter().any(|n| w.strip_prefix(n).is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما" | "هن"))))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, events};


    #[test]
    fn declining_to_comment_rejects_no_one() {
        assert_eq!(count("ورفضت وزارة الخارجية الأمريكية التعليق على التقرير.", "REJECT"), 0);
        assert_eq!(count("ورفض متحدث باسم الجيش الإسرائيلي الإدلاء بتصريحات للصحفيين.", "REJECT"), 0);
    }

    #[test]
    fn a_source_asking_not_to_be_named_requests_nothing() {
        let kinds = |text: &str| events(text).iter().filter(|e| matches!(e.kind.as_str(), "REQUEST" | "REJECT")).count();
        assert_eq!(kinds("وقال مسؤول إسرائيلي طلب عدم الكشف عن هويته إن الجيش سيواصل عملياته في المنطقة."), 0);
        assert_eq!(kinds("وقال المسؤول الأردني، الذي طلب عدم نشر اسمه، إن الحكومة ستعلن قرارها الأسبوع المقبل."), 0);
        assert_eq!(kinds("وقال مسؤول مصري رفض الكشف عن هويته إن الوفد سيصل القاهرة غدا."), 0);
    }

    #[test]
    fn refusing_to_name_someone_else_is_still_a_rejection() {
        assert_eq!(count("ورفضت وزارة الداخلية المصرية الكشف عن هوية المعتقلين.", "REJECT"), 1);
    }

    #[test]
    fn rejecting_a_demand_is_still_a_rejection() {
        assert_eq!(count("ورفضت الحكومة الإسرائيلية المطالب الفلسطينية.", "REJECT"), 1);
    }
}
