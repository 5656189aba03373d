//! Role nouns that are also attributes (الإرهابية "terrorist", المتطرف "extremist",
//! الانقلابية "putschist") are adjectives right after a named actor: كتائب عصائب أهل الحق
//! الإرهابية في العراق، الميليشيات الحوثية الإرهابية التابعة لإيران، حزب الله الإرهابي. Read
//! as role nouns they became mentions of their own with the place or state after them
//! (الإرهابية في العراق IRQUAF); as adjectives they join the actor's span (`extent.rs`
//! takes them in as attributes) and the state after them is named by itself. Only the
//! definite singular: a plural after an actor may be the object of a verb (قتل الجيش
//! الإرهابيين), and an indefinite one is no adjective of a definite name. Not after a
//! state, capital or place named by itself: there it is mostly a verb's object after its
//! subject (رحلت فرنسا المتطرف الجزائري جمال بغال).

use super::extent::{set, KeySet};
use super::Cx;
use marsad_lexicon::{Kind, Match};
use std::sync::OnceLock;

/// The definite singular forms, as written, of role nouns that describe an actor.
const ATTRIBUTE_NOUNS: &[&str] = &[
    "الإرهابي", "الإرهابية", "المتطرف", "المتطرفة", "المتشدد", "المتشددة", "الانقلابي", "الانقلابية", "التكفيري",
    "التكفيرية",
];

/// Is match `i` such an attribute of the actor match that ends right before it (no comma
/// or other punctuation between: those are tokens), in the same paragraph?
pub(super) fn describes_actor_before(cx: &Cx<'_, '_>, ms: &[Match<'_>], i: usize) -> bool {
    static ATTRIBUTES: OnceLock<KeySet> = OnceLock::new();
    let m = &ms[i];
    if i == 0 || ms[i - 1].end != m.start || m.end != m.start + 1 || !m.article || m.prep || m.conj {
        return false;
    }
    set(&ATTRIBUTES, ATTRIBUTE_NOUNS).contains(cx.keys[m.start].as_str())
        && !cx.para_start(m.start)
        && !cx.entry(i - 1).is_some_and(|e| matches!(e.kind, Kind::State | Kind::Capital | Kind::Place))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_terrorist_attribute_after_a_group_joins_it() {
        let ms = mentions("ويقف الحرس الثوري وراء تدريبهم، ومنها كتائب عصائب أهل الحق الإرهابية في العراق.");
        assert_eq!(code(&ms, "كتائب عصائب أهل الحق الإرهابية"), Some("IRQUAF"), "{ms:?}");
        assert_eq!(code(&ms, "العراق"), Some("IRQ"), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.starts_with("الإرهابية")), "{ms:?}");
        let ms = mentions("وأكد المتحدث أن هذا العمل من قبل الميليشيا الحوثية الإرهابية التابعة لإيران يثبت تورط طهران.");
        // The participle of belonging and its complement are inside the mention (label
        // guide); the attribute still joins the group, which keeps its own code.
        assert_eq!(code(&ms, "الميليشيا الحوثية الإرهابية التابعة لإيران"), Some("YEMREB"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "لإيران" && m.text != "الإرهابية"), "{ms:?}");
    }

    #[test]
    fn the_role_noun_after_a_comma_or_with_a_conjunction_is_still_an_actor() {
        // After a comma the word begins another phrase; with و it is another actor.
        let ms = mentions("وقالت الشرطة، الإرهابي في السجن الآن. واعتقل الجيش قائدا وإرهابيا في سوريا.");
        assert!(ms.iter().any(|m| m.text.starts_with("الإرهابي")), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "الشرطة، الإرهابي"), "{ms:?}");
        // After a state it is the object of the verb, a person of his own.
        let ms = mentions("ورحلت فرنسا المتطرف الجزائري جمال بغال إلى مسقط رأسه.");
        assert_eq!(code(&ms, "فرنسا"), Some("FRA"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.starts_with("المتطرف")), "{ms:?}");
    }
}
