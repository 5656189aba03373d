//! A release told with `أطلق … سراح` names the one released as the genitive of `سراح`,
//! right after it: `وتطلق سراح المعتقلين`، `أطلقت السلطات سراح القس`. That party is never
//! the verb's subject. With the verb and `سراح` side by side and the verb a third person
//! masculine singular perfect (`وأطلق سراح الجندي الإسرائيلي`), no subject stands between
//! them: it is the unvowelled passive, "the soldier was released", whose agent the text
//! leaves unsaid (the labels code − → ISR). Before, the genitive was read as the subject
//! (ISR → −), or an actor was carried from an earlier sentence.

use super::args::{Arg, Found};
use super::Input;
use std::sync::OnceLock;

/// The noun of release after the verb, with no pronoun on it (`سراحه` has its patient in
/// the pronoun, and a party after it is the subject: وأطلقت سراحه السلطات).
const RELEASE: &str = "سراح";

/// Is `key` the release noun alone?
fn is_release_noun(key: &str) -> bool {
    key == RELEASE
}

/// Is the release verb at `i`, its `then` word ending at `end`, the unvowelled passive:
/// `أطلق` (after و or ف) with `سراح` right after it, and no party ending right before it
/// or before its `قد` (`وكان التنظيم قد أطلق سراح`: that party is the subject)?
pub(super) fn passive_release(input: &Input, i: usize, end: usize) -> bool {
    static KEYS: OnceLock<[String; 3]> = OnceLock::new();
    let [verb, qad, laqad] = KEYS.get_or_init(|| ["أطلق", "قد", "لقد"].map(marsad_text::normalize::key));
    if end != i + 2 || !is_release_noun(&input.keys[i + 1]) || marsad_text::normalize::without_conjunction(&input.keys[i]) != verb.as_str() {
        return false;
    }
    let before = match i.checked_sub(1) {
        Some(k) if [qad, laqad].iter().any(|w| marsad_text::normalize::without_conjunction(&input.keys[k]) == w.as_str()) => k,
        _ => i,
    };
    !input.mentions.iter().any(|m| m.tok_end == before)
}

/// Is this trigger's `then` the release noun (`أطلق … سراح`)?
pub(super) fn is_release(then: &[String]) -> bool {
    matches!(then, [w] if is_release_noun(w))
}

/// A party right after `سراح` (the token before `end`) is the one released: move it from
/// the actors to the recipients.
pub(super) fn settle_released(input: &Input, end: usize, found: &mut Found) {
    if end == 0 || !is_release_noun(&input.keys[end - 1]) {
        return;
    }
    let (released, actors): (Vec<Arg>, Vec<Arg>) = std::mem::take(&mut found.actors).into_iter().partition(|a| a.tok_start == end);
    found.actors = actors;
    if !released.is_empty() {
        found.recipients.retain(|r| !released.iter().any(|a| a.tok_start == r.tok_start));
        found.recipients.splice(0..0, released);
        found.rule.push_str("+released");
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn the_verb_beside_its_noun_is_the_passive() {
        let s = sides("وأطلق سراح الصحفي الأمريكي بعد يومين من اعتقاله.", "RETREAT");
        assert!(s.contains(&(None, Some("USA".into()))), "{s:?}");
        // With the subject between them the verb is active.
        let s = sides("وأطلقت السلطات التركية سراح القس الأمريكي.", "RETREAT");
        assert!(s.contains(&(Some("TUR".into()), Some("USA".into()))), "{s:?}");
        // So is the verb with its subject before it.
        let s = sides("وكان الجيش التركي قد أطلق سراح الصحفي الأمريكي بعد يومين.", "RETREAT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("TUR")), "{s:?}");
    }

    #[test]
    fn the_genitive_of_the_noun_is_never_the_subject() {
        // A feminine verb: the state spoken of before releases the detainees after سراح.
        let s = sides("وطالب الوزير كوريا الشمالية بأن تطلق سراح المواطنين الأمريكيين.", "RETREAT");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("USA")), "{s:?}");
        // A pronoun on the noun: the party after it is the subject.
        let s = sides("وأطلقت سراحه السلطات التركية.", "RETREAT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("TUR")), "{s:?}");
    }
}
