//! An adjective of standing between a role noun and في a body (قيادي بارز في حركة حماس،
//! مسؤولون كبار في الحكومة الإسرائيلية، القيادي البارز في الحزب): the label guide spans the
//! whole phrase as one of the body's people, but only a nisba-shaped adjective was let
//! between the noun and its complement, so the noun was read alone and the body apart.

use super::extent::{set, KeySet};
use marsad_text::normalize::key_is_definite;
use std::sync::OnceLock;

/// Adjectives of rank a role noun takes before its body, indefinite and definite; each
/// agrees with the noun in definiteness. Not سابق: a former member keeps no body's code;
/// not كبيرة, which after a plural of things is size (قوات كبيرة، دول كبيرة في أمريكا اللاتينية).
const STANDING: &[&str] = &[
    "بارز", "بارزة", "بارزا", "بارزين", "بارزون", "كبير", "كبيرا", "كبار", "رفيع", "رفيعة", "رفيعا",
    "البارز", "البارزة", "البارزين", "البارزون", "الكبير", "الكبار", "الرفيع", "الرفيعة",
];

/// Whether the word at `at` in `keys` is an adjective of standing of the role noun that
/// ends right before it, with في after it.
pub(super) fn before_body(keys: &[String], at: usize) -> bool {
    static WORDS: OnceLock<KeySet> = OnceLock::new();
    at > 0
        && keys.get(at + 1).is_some_and(|w| w == "في")
        && set(&WORDS, STANDING).contains(&keys[at])
        && key_is_definite(&keys[at]) == key_is_definite(&keys[at - 1])
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_prominent_leader_in_a_movement_is_the_movement() {
        let ms = mentions("وقال قيادي بارز في حركة حماس إن الحركة سترد.");
        assert_eq!(code(&ms, "قيادي بارز في حركة حماس"), Some("PSEREBHMS"), "{ms:?}");
        let ms = mentions("وقال مسؤولون كبار في الحكومة الإسرائيلية إن القرار خاطئ.");
        assert_eq!(code(&ms, "مسؤولون كبار في الحكومة الإسرائيلية"), Some("ISRGOV"), "{ms:?}");
    }

    #[test]
    fn an_adjective_that_does_not_agree_or_a_place_word_is_not_joined() {
        // (An indefinite adjective after a definite noun is a predicate: المسؤول كبير.)
        let ms = mentions("وقال إن القيادي كبير في حركة حماس.");
        assert!(!ms.iter().any(|m| m.text.contains("القيادي كبير في")), "{ms:?}");
        // (سابق is no adjective of standing.)
        let ms = mentions("وقال قيادي سابق في حركة حماس إن الحركة ستعود.");
        assert!(!ms.iter().any(|m| m.text == "قيادي سابق في حركة حماس" && m.actor.as_deref() == Some("PSEREBHMS")), "{ms:?}");
    }
}
