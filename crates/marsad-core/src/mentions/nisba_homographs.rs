//! A state named by a word that is also its feminine nisba (سورية: "Syria" or "Syrian"),
//! written bare right after an indefinite feminine or plural word (قاعدة جوية سورية، مدينة
//! سورية، قوات سورية), is the nisba: the adjective of that word. A nisba on a thing is no
//! mention, and a nisba on an actor belongs to its phrase (eval/README.md); the state
//! alone there is neither.

use super::Cx;
use marsad_lexicon::{Entry, Kind, Match};
use marsad_text::normalize::{has_chars, key_is_definite};

/// The nisba entry of match `m` when it reads as the adjective of the word before it.
pub(super) fn adjective<'a>(cx: &Cx<'a, '_>, m: &Match<'_>) -> Option<&'a Entry> {
    if m.start == 0 || m.end != m.start + 1 || m.conj || m.prep || m.article {
        return None;
    }
    let lex = cx.lex;
    let of_kind = |kind: Kind| m.entries.iter().copied().find(|&id| lex.entry_kind(id) == kind);
    let (nisba, state) = (of_kind(Kind::Nisba)?, of_kind(Kind::State)?);
    if lex.entry_state(nisba) != lex.entry_state(state) {
        return None;
    }
    let before = cx.keys[m.start - 1].as_str();
    if key_is_definite(before) || !has_chars(before, 3) {
        return None;
    }
    // ة is keyed ه, as the pronoun ه is (زيارته سورية "his visit to Syria"): read the text.
    // The name itself must be the feminine form (سورية), not another that a nisba's
    // accusative shares (روسيا، تشيكيا: دعوة روسيا "Russia's call").
    let word = |t: usize| cx.doc.and_then(|d| d.tokens.get(t).and_then(|tok| d.text.get(tok.start..tok.end))).unwrap_or("");
    // A feminine plural is written with a bare alef (قوات، طائرات), where a verb whose root
    // ends in hamza has أ (بدأت سورية "Syria began").
    let plural = || word(m.start - 1).ends_with("ات") && has_chars(before, 4);
    (word(m.start).ends_with('ة') && (word(m.start - 1).ends_with('ة') || plural())).then(|| lex.entry(nisba))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn the_feminine_nisba_after_an_indefinite_word_is_no_state() {
        let ms = mentions("وقصفت طائرات إسرائيلية قاعدة جوية سورية قرب حمص، وتعيش عائلة سورية في المخيم.");
        assert!(ms.iter().all(|m| m.text != "سورية"), "{ms:?}");
        // Named as a state (after a preposition, a verb or a pronoun-suffixed noun) it stays one.
        let ms = mentions("وقالت إن سورية سترد، وأكد خلال زيارته سورية أن الحل سياسي، وبدأت سورية حملتها.");
        assert_eq!(ms.iter().filter(|m| m.text == "سورية" && m.actor.as_deref() == Some("SYR")).count(), 3, "{ms:?}");
        // A state's name that a nisba's accusative shares is the state (دعوة روسيا).
        let ms = mentions("وتزامنت التصريحات مع دعوة روسيا للأردن إلى مباحثات.");
        assert_eq!(code(&ms, "روسيا"), Some("RUS"), "{ms:?}");
    }
}
