//! A state named by a word that is also its feminine nisba (سورية: "Syria" or "Syrian"),
//! written bare right after an indefinite feminine or plural word (قاعدة جوية سورية، مدينة
//! سورية، قوات سورية), is the nisba: the adjective of that word. A nisba on a thing is no
//! mention, and a nisba on an actor belongs to its phrase (eval/README.md); the state
//! alone there is neither. So is a state named by its definite feminine nisba (السعودية)
//! right after a definite feminine word that no dictionary phrase covers (العاصمة
//! السعودية، المرأة السعودية، البنية التحتية النفطية السعودية): a definite noun is in no
//! construct, so the word after it is its adjective, not a genitive state.

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

/// The nisba entry of match `m`, a one-word state whose name is its definite feminine
/// nisba (السعودية), when it reads as the adjective of the definite feminine word before
/// it (ـة or ـات) and that word is no part of a dictionary match (the caller knows:
/// دعت الولايات المتحدة السعودية keeps the state, the object of the verb).
pub(super) fn definite_adjective<'a>(cx: &Cx<'a, '_>, m: &Match<'_>) -> Option<&'a Entry> {
    if m.start == 0 || m.end != m.start + 1 || m.conj || m.prep || m.stripped != 0 {
        return None;
    }
    let word = |t: usize| cx.doc.and_then(|d| d.tokens.get(t).and_then(|tok| d.text.get(tok.start..tok.end))).unwrap_or("");
    let name = word(m.start);
    if !name.starts_with("ال") || !name.ends_with('ة') {
        return None;
    }
    let before = cx.keys[m.start - 1].as_str();
    let feminine = |w: &str| w.ends_with('ة') || w.ends_with("ات") && has_chars(before, 5);
    if !key_is_definite(before) || !feminine(word(m.start - 1)) || cx.punct_token(m.start - 1).is_some() {
        return None;
    }
    // The nisba without the article (سعودية), of the same state.
    let lex = cx.lex;
    let state = lex.entry_state(*m.entries.first()?)?;
    let bare = [cx.keys[m.start].strip_prefix("ال")?.to_string()];
    let nisba = lex.longest_at(&bare, 0).filter(|n| n.end == 1 && n.stripped == 0)?;
    nisba.entries.iter().copied().find(|&id| lex.entry_kind(id) == Kind::Nisba && lex.entry_state(id) == Some(state)).map(|id| lex.entry(id))
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

    #[test]
    fn the_definite_feminine_nisba_after_a_definite_feminine_word_is_no_state() {
        let ms = mentions("ووصل الوزير إلى العاصمة السعودية الرياض، وحصلت المرأة السعودية على حق قيادة السيارة.");
        assert!(ms.iter().all(|m| m.text != "السعودية"), "{ms:?}");
        // Named as a state after a verb, a preposition or a state's name, it stays one.
        let ms = mentions("وانتقدت كندا السعودية، ودعت الولايات المتحدة السعودية إلى الحوار، وقال إن السعودية سترد.");
        assert_eq!(ms.iter().filter(|m| m.text == "السعودية" && m.actor.as_deref() == Some("SAU")).count(), 3, "{ms:?}");
    }
}
