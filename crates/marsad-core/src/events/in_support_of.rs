//! "In support of": the indefinite accusative `دعما لـ X` with no party of its own is an
//! adverb of purpose of another clause's act (`تقود الرياض تحالفا عسكريا منذ 2015 دعما
//! للرئيس اليمني`، `تشن من خلالها غارات جوية دعما للجيش السوري`، `طردت 24 دولة دبلوماسيين
//! روسا دعما لبريطانيا`، `يحتفلون "دعما للجيش"`), not a SUPPORT told in its own right: the
//! act it qualifies (the intervention, the strikes, the expulsions) is the event, and a
//! backer read for the adverb would be that act's doer again. With no backer it was a
//! SUPPORT `- → X` (116 in the corpus, most of them the news agencies' background line on
//! Yemen's war, `التحالف العسكري الذي تقوده السعودية دعما للحكومة المعترف بها دوليا`),
//! which the labels do not code (dev8, dev9).
//!
//! Only the bare accusative (`دعما`، `ودعما`; `دعماً` keys the same) with no actor: a
//! backer named with it stays (`دعما أمريكيا واضحا لـ`، `تتلقى دعما من إيران`), as does
//! the noun under a support verb (`قدمت دعما للجيش`), which has its actor, and support
//! affirmed (`وأكد ترامب، الجمعة، دعما غير مشروط للجمعية`), a stance whose holder the
//! reading missed, and support a thing is seen or judged to be (`يرون في الخطوة الأمريكية
//! دعما لسيطرة إسرائيل`), a predicate.

use super::{EventSpan, Input};
use marsad_text::normalize::without_conjunction;

/// How far back a verb of affirming makes the word its object (its subject and a time
/// between: `وأكد ترامب، الجمعة، دعما غير مشروط`).
const STATED_REACH: usize = 6;

/// Verbs that take the word as what a thing is seen or judged to be (keys, without و ف;
/// ى folded): `يرون في الخطوة الأمريكية دعما لسيطرة إسرائيل`، `تمثل دعما إضافيا للرئيس`.
const JUDGING: &[&str] = &["يرون", "يري", "تري", "نري", "راي", "رات", "راوا", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل"];

/// Is `e` the adverb "in support of" with no backer?
pub(super) fn is_backerless_adverb(input: &Input, e: &EventSpan) -> bool {
    let i = e.trigger.0;
    e.kind == "SUPPORT"
        && e.actors.is_empty()
        && e.rule.starts_with("noun:دعم")
        && e.trigger.1 == i + 1
        && input.keys.get(i).is_some_and(|k| without_conjunction(k) == "دعما")
        // (Support affirmed is the affirming verb's object, its subject's stance; support
        // a thing is seen as is a predicate, whose backer is that thing's.)
        && !(i.saturating_sub(STATED_REACH)..i).any(|k| super::stated_stance::is_stating(&input.keys[k]) || JUDGING.contains(&without_conjunction(&input.keys[k])))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn in_support_of_with_no_backer_is_no_event() {
        let t = "وطردت أكثر من 24 دولة دبلوماسيين روسا دعما لبريطانيا.";
        assert!(sides(t, "SUPPORT").is_empty(), "{:?}", sides(t, "SUPPORT"));
        let t = "ويشهد اليمن نزاعا منذ تدخل التحالف العسكري في آذار/مارس 2015 دعما للحكومة اليمنية.";
        assert!(sides(t, "SUPPORT").is_empty(), "{:?}", sides(t, "SUPPORT"));
    }

    #[test]
    fn support_given_or_named_stays() {
        let t = "وقدمت روسيا دعما كبيرا للجيش السوري.";
        assert!(sides(t, "SUPPORT").iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{:?}", sides(t, "SUPPORT"));
        // A support verb governs it across the quotation mark opening its noun.
        let t = "وقالت المحكمة إن إيران قدمت \"دعما ماديا لتنظيم القاعدة\".";
        assert!(sides(t, "SUPPORT").iter().any(|(a, _)| a.as_deref() == Some("IRN")), "{:?}", sides(t, "SUPPORT"));
        let t = "وأعلنت الحكومة المغربية دعمها للرئيس الفرنسي.";
        assert!(!sides(t, "SUPPORT").is_empty(), "{:?}", sides(t, "SUPPORT"));
        let t = "وأكد ترامب، الجمعة، دعما غير مشروط للجمعية الوطنية للأسلحة النارية.";
        assert!(!sides(t, "SUPPORT").is_empty(), "{:?}", sides(t, "SUPPORT"));
        let t = "ويرون في الخطوة الأمريكية دعما لسيطرة إسرائيل على مدينة القدس.";
        assert!(!sides(t, "SUPPORT").is_empty(), "{:?}", sides(t, "SUPPORT"));
    }
}
