//! `احتل` "occupy" takes a rank as often as a territory: `احتلت فنلندا هذا العام المركز
//! الأول`، `احتل النجم المصري محمد صلاح المركز السادس`، `احتلت المملكة العربية السعودية
//! العناوين الرئيسية`، `احتل الحزب 26 مقعدا`. The rank is the verb's object, after a subject
//! of any length, often past the three words the metaphor words of `event-words.tsv` are
//! looked for in: a rank, a place in a list, the headlines, a seat or a post as the
//! object of occupying is no seizure (COERCE), so no event.

use super::Input;
use marsad_text::token::TokenKind;
use std::sync::OnceLock;

/// Objects that make occupying holding a rank or a place (written forms; keys are made
/// once). Not `موقعا`، `قمة`، `مساحة`: a military position, a hilltop, an area of land.
const RANKS: &[&str] = &[
    "المرتبة", "مرتبة", "المراتب", "مراتب", "المركز", "مركزا", "المراكز", "مراكز", "المركزين", "الصدارة", "صدارة", "العناوين", "عناوين",
    "مكانة", "المكانة", "منصب", "منصبا", "المنصب", "مقعدا", "مقاعد", "المقاعد", "المقعدين", "المقعد",
];

/// How many tokens after the trigger the object may stand (the subject between).
const REACH: usize = 10;

/// The lemmas of occupying, verb and noun.
const OCCUPY: &[&str] = &["احتل", "احتلال"];

/// Is the trigger of `lemma`, ending at token `end`, occupying a rank: a rank word within
/// [`REACH`] tokens after it, before any punctuation of its sentence (ending at `s1`)? (Past
/// a comma the rank is another clause's: `احتلال ثلث العراق وإهدار ميزانية البلاد، وجعل
/// العراق في المراتب الأخيرة`.)
pub(super) fn holds_rank(input: &Input, lemma: &str, end: usize, s1: usize) -> bool {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    if !OCCUPY.contains(&lemma) {
        return false;
    }
    let keys = KEYS.get_or_init(|| RANKS.iter().map(|w| marsad_text::normalize::key(w)).collect());
    (end..(end + REACH).min(s1)).take_while(|&k| input.tokens[k].kind != TokenKind::Punct).any(|k| {
        let key = marsad_text::normalize::without_conjunction(&input.keys[k]);
        keys.iter().any(|r| r == key)
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_rank_after_the_subject_is_no_seizure() {
        let e = events("واحتلت المملكة العربية السعودية هذا العام المرتبة الثالثة عالميا.");
        assert!(!e.iter().any(|e| e.kind == "COERCE"), "{e:?}");
        let e = events("واحتل الحزب الاشتراكي في الانتخابات الأخيرة 26 مقعدا.");
        assert!(!e.iter().any(|e| e.kind == "COERCE"), "{e:?}");
    }

    #[test]
    fn a_centre_is_a_body_for_other_verbs() {
        // المركز is a rank only as occupying's object (here), not a metaphor word
        // that stops every trigger near it.
        let e = events("وتتهم واشنطن المركز بالمساعدة في تطوير أسلحة كيميائية.");
        assert!(e.iter().any(|e| e.kind == "ACCUSE"), "{e:?}");
        let e = events("واحتل المنتخب المغربي المركز الثاني في البطولة.");
        assert!(!e.iter().any(|e| e.kind == "COERCE"), "{e:?}");
    }

    #[test]
    fn a_territory_occupied_is_still_a_seizure() {
        let e = events("واحتلت القوات الإسرائيلية القدس الشرقية عام 1967.");
        assert!(e.iter().any(|e| e.kind == "COERCE"), "{e:?}");
        // A rank past a comma is another clause's.
        let e = events("واحتلت القوات الإسرائيلية القدس الشرقية عام 1967، وظلت إسرائيل في المرتبة الأولى.");
        assert!(e.iter().any(|e| e.kind == "COERCE"), "{e:?}");
    }
}
