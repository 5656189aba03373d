//! An acceptance negated is a refusal (`لن نقبل بهذا الاتفاق`، `وأكدت أنها لا تقبل أي
//! تدخل`، `لم يقبل الرئيس الاستقالة`): a verb whose row `needs = negated` is read only as
//! an imperfect right after `لن، لا، لم`, and the negation is its meaning, not its polarity.
//! Not a set phrase of certainty or of things (`بما لا يقبل الشك`، `أمر لا يقبل الجدل`،
//! `الفن لا يقبل شريكا`), nor an acceptance of nothing but one thing (`لن نقبل إلا
//! مصالحة كاملة`، `لم تقبل الجامعة سوى 30 طالبة`), which tells what is wanted.
//!
//! An allowance refused (`سمح`) only in the future, the party's own stance (`لن نسمح
//! لإيران بالتموضع في سوريا`، `المملكة لن تسمح للحوثي`): in the present or the past it is
//! mostly a law, a rule or circumstances that do not permit (`ولا يسمح القانون
//! بالاختلاط`، `لم تسمح الظروف`), or a passive (`لا يسمح له بالسفر`).

use super::Input;
use marsad_text::token::TokenKind;

/// Negation particles (keys, after و or ف) that turn an acceptance into a refusal.
const NEGATIONS: &[&str] = &["لن", "لا", "لم"];
/// The one that turns an allowance into a refusal: the future's.
const FUTURE_NEGATION: &str = "لن";
/// The lemma of "allow".
const ALLOW: &str = "سمح";
/// Objects of set phrases (keys, without the article) in which nothing is refused:
/// "beyond doubt", "not negotiable", "indivisible", "admits no partner".
const SET_OBJECTS: &[&str] = &["شك", "جدل", "نقاش", "تاويل", "قسمه", "تجزئه", "مساومه", "شريك", "شريكا", "مجال", "لبس"];
/// Words after which what is accepted is the one thing wanted (إلا، سوى).
const EXCEPT: &[&str] = &["الا", "سوي"];
/// How many words after the verb an exception or a set phrase's object may be.
const OBJECT_WINDOW: usize = 3;

/// Is the verb at token `i` (of the sentence starting at `s0` and ending at `s1`) an
/// acceptance refused: right after a negation particle, with no relative ما before it
/// (بما لا يقبل), and not a set phrase nor an exception?
pub(super) fn is_refusal(input: &Input, i: usize, lemma: &str, (s0, s1): (usize, usize)) -> bool {
    let bare = |k: usize| {
        let key = input.keys[k].as_str();
        key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).filter(|r| r.chars().count() >= 2).unwrap_or(key)
    };
    if i <= s0 || !NEGATIONS.contains(&bare(i - 1)) || lemma == ALLOW && bare(i - 1) != FUTURE_NEGATION {
        return false;
    }
    if i - 1 > s0 && matches!(input.keys[i - 2].as_str(), "ما" | "بما" | "مما" | "لما") {
        return false;
    }
    let after = (i + 1..s1).take_while(|&k| input.tokens[k].kind != TokenKind::Punct).take(OBJECT_WINDOW);
    !after.map(|k| input.keys[k].as_str()).any(|w| {
        let noun = w.strip_prefix("ب").unwrap_or(w);
        let noun = noun.strip_prefix("ال").unwrap_or(noun);
        EXCEPT.contains(&w) || SET_OBJECTS.contains(&noun)
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, events, parties, triples};

    #[test]
    fn an_acceptance_refused_rejects() {
        let t = triples("وقال الوزير إن مصر لن تقبل أي تدخل تركي في شؤون ليبيا.");
        assert!(t.iter().any(|(k, a, _)| k == "REJECT" && a == "EGY"), "{t:?}");
        let (a, _) = parties("وأكد المتحدث أن الحكومة الأردنية لا تقبل بالقرار.", "REJECT").unwrap();
        assert_eq!(a, vec!["JORGOV".to_string()]);
    }

    #[test]
    fn the_refusal_is_not_negated() {
        let e = events("ولم تقبل الحكومة العراقية استقالة الوزير.");
        let r = e.iter().find(|e| e.kind == "REJECT").expect("a refusal");
        assert!(!r.negated, "{r:?}");
    }

    #[test]
    fn an_acceptance_or_before_is_no_refusal() {
        assert_none_of("REJECT", &["قبلت الحكومة العراقية استقالة الوزير.", "وصل الوفد المصري قبل يومين.", "وقالت الحكومة الأردنية إنها تقبل بالقرار."]);
    }

    #[test]
    fn an_allowance_refused_in_the_future_rejects() {
        let t = triples("وقال وزير الدفاع إن تركيا لن تسمح للمسلحين الأكراد بإقامة دولة على حدودها.");
        assert!(t.iter().any(|(k, a, _)| k == "REJECT" && a == "TUR"), "{t:?}");
        let t = triples("وأكد الرئيس المصري أن مصر لن تسمح لإثيوبيا بالمساس بحصتها من مياه النيل.");
        assert!(t.iter().any(|(k, a, r)| k == "REJECT" && a == "EGY" && r == "ETH"), "{t:?}");
    }

    #[test]
    fn an_allowance_denied_by_law_or_in_the_past_rejects_nothing() {
        assert_none_of("REJECT", &["ولا يسمح القانون الأردني بزواج القاصرات.", "ولم تسمح السلطات المصرية للصحفيين بدخول القاعة.", "سمحت الحكومة السعودية للنساء بقيادة السيارات."]);
    }

    #[test]
    fn set_phrases_and_exceptions_refuse_nothing() {
        assert_none_of(
            "REJECT",
            &["وأثبتت الحكومة الأردنية بما لا يقبل الشك صحة موقفها.", "وقالت الحكومة الأردنية إن الأمر لا يقبل الجدل.", "وقالت الحكومة الأردنية إنها لن تقبل إلا بحل شامل."],
        );
    }
}
