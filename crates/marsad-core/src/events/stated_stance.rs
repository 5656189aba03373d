//! A stance noun with its owner's pronoun stated by a verb of affirming, announcing,
//! showing or telling (`أكدت إيطاليا رفضها تماما`، `ترامب يؤكد رفضه وقف الاستثمارات`،
//! `أبلغت الوزارة السفارة رفضها طلب التأشيرة`، `أعلنت روسيا الثلاثاء رفضها المهلة`): the
//! letters رفضه are also the verb "rejected it", but a perfect verb is not the object of a
//! verb of saying with its subject between, so the word is the noun "his rejection", whose
//! pronoun is the one who rejects, never the one rejected.
//!
//! Only with the stating verb before it in its clause, no punctuation between, a few words
//! at most (its subject and a time word: `تؤكد طهران منذ أشهر رفضها`).

use super::args::Context;
use super::Input;
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;

/// Verbs of affirming, renewing, announcing, showing or telling (keys, without و ف; hamza
/// folded but ؤ), with their circumstantial participles (`مؤكدين رفضهم`).
const STATING: &[&str] = &[
    "اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "يؤكدون", "جدد", "جددت", "جددوا", "يجدد", "تجدد", "كرر", "كررت", "يكرر", "تكرر",
    "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "ابدي", "ابدت", "ابدوا", "يبدي", "تبدي", "ابلغ", "ابلغت", "مؤكدا", "مؤكده",
    "مؤكدين", "معلنا", "معلنه", "مبديا", "مبديه",
];
/// How far before the noun its stating verb may be (its subject between).
const STATING_WINDOW: usize = 6;

/// Is `key` (without و ف) one of the verbs of affirming, announcing or showing?
pub(super) fn is_stating(key: &str) -> bool {
    STATING.contains(&without_conjunction(key))
}

/// The stating verb before the word at token `i`, with a pronoun on it, in its clause:
/// the word is then its object, a noun, not a verb with its object pronoun, and the verb's
/// subject owns it.
pub(super) fn stating_verb(ctx: &Context, input: &Input, i: usize, s0: usize) -> Option<usize> {
    verb_before(ctx, input, i, s0, STATING)
}

/// The nearest of `verbs` (keys, without و ف) before token `i` in its clause: at most
/// [`STATING_WINDOW`] words back, no punctuation between, not inside a mention. Also for
/// the nouns of readiness and commitment (`readiness`), with their own verbs.
pub(super) fn verb_before(ctx: &Context, input: &Input, i: usize, s0: usize, verbs: &[&str]) -> Option<usize> {
    (i.saturating_sub(STATING_WINDOW).max(s0)..i)
        .rev()
        .take_while(|&j| input.tokens[j].kind != TokenKind::Punct)
        .find(|&j| !ctx.in_mention(j) && verbs.contains(&without_conjunction(&input.keys[j])))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::parties;

    #[test]
    fn a_stated_rejection_is_its_owners() {
        let (a, r) = parties("وأكدت الحكومة المغربية الأحد رفضها إرسال قوات إلى ليبيا.", "REJECT").unwrap();
        assert_eq!(a, vec!["MARGOV".to_string()]);
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_stated_support_is_its_owners() {
        let (a, r) = parties("وأعلنت الحكومة المغربية دعمها للرئيس الفرنسي.", "SUPPORT").unwrap();
        assert_eq!((a, r), (vec!["MARGOV".to_string()], vec!["FRAGOV".to_string()]));
    }

    #[test]
    fn with_no_stating_verb_the_pronoun_is_the_one_rejected() {
        // (The verb "rejected it": the plan, France's.)
        let (a, r) = parties("وعرضت فرنسا خطة جديدة لكن الحكومة المغربية رفضتها بشدة.", "REJECT").unwrap();
        assert_eq!((a, r), (vec!["MARGOV".to_string()], vec!["FRA".to_string()]));
    }
}
