//! The field of an office written after it with لشؤون (وزير الدولة الإماراتي للشؤون
//! الخارجية، المتحدث باسم رئيس الوزراء الإسرائيلي لشؤون الإعلام العربي، مراسل بي بي سي
//! لشؤون شرق آسيا) is part of the office's mention (eval/README.md: the maximal phrase).
//! The matcher ends the role phrase before it, and the field's words are read, if at
//! all, as bare nouns of their own (الخارجية، الإعلام) with no code. The office keeps
//! its code: the field says what the holder does, not for whom. When the field names a
//! body that the dictionaries code (للشؤون الخارجية as a ministry), `merge_adjacent`
//! joins the two as before.

use super::extent::{set, KeySet};
use super::{is_stop, is_verb_word, ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::has_chars;
use std::sync::OnceLock;

/// The words that introduce an office's field (their hamza spellings are one key).
pub(super) const AFFAIRS: &[&str] = &["لشؤون", "للشؤون", "لشئون", "للشئون"];

/// Most words of the field after لشؤون.
const FIELD_WORDS: usize = 3;

/// The keys of [`AFFAIRS`] (also the trigger of this pass: `triggers.rs`).
pub(super) fn affairs_words() -> &'static KeySet {
    static SET: OnceLock<KeySet> = OnceLock::new();
    set(&SET, AFFAIRS)
}

/// Widen each role phrase for one person in `out` over the field after it (see the
/// module docs), taking in the bare nouns and places read inside the field.
pub(super) fn widen(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let affairs = affairs_words();
    let keys = cx.keys;
    let mut k = 0;
    while k < out.len() {
        let s = &out[k];
        let office = s.kind == Kind::Agent && s.person_noun || s.kind == Kind::Person && s.rule.ends_with("+office");
        // Most mentions are followed by no such word: the test is one probe.
        if !office || !keys.get(s.tok_end).is_some_and(|w| affairs.contains(w)) || out.get(k + 1).is_some_and(|n| n.tok_start == s.tok_end) {
            k += 1;
            continue;
        }
        let mut end = s.tok_end + 1;
        let mut next = k + 1;
        while end < keys.len() && end < s.tok_end + 1 + FIELD_WORDS && field_word(cx, end) && follows(keys, s.tok_end + 1, end) {
            if let Some(n) = out.get(next).filter(|n| n.tok_start == end) {
                // A bare noun or a place inside the field is the field's; anything else
                // (a person, a body with a code) ends it.
                // (After و it is the next conjunct: للشؤون الأمنية والعميل السابق.)
                let conjunct = cx.keys[n.tok_start].starts_with('و');
                let absorbed = !conjunct && !n.prepositional && (n.actor.is_none() && n.kind == Kind::Agent || matches!(n.kind, Kind::State | Kind::Place));
                if !absorbed || (n.tok_start..n.tok_end).any(|t| !field_word(cx, t)) {
                    break;
                }
                end = n.tok_end;
                next += 1;
                continue;
            }
            end += 1;
        }
        // The field is one word at least, within the paragraph.
        if end == out[k].tok_end + 1 || out.get(next).is_some_and(|n| n.tok_start < end) {
            k += 1;
            continue;
        }
        out.drain(k + 1..next);
        out[k].tok_end = end;
        out[k].extend_rule(&["+affairs"]);
        k += 1;
    }
}

/// Does the word at `t` go on the field that starts at `from`: the first word, a definite
/// word (the field's adjectives and genitives: لشؤون الشرق الأوسط), or any word after an
/// indefinite one, in construct (لشؤون شرق آسيا)? A preposition, an adverb or a name
/// after a definite word (للشؤون القانونية بدلاً، لشؤون الشرق الأوسط أليستر) ends it.
fn follows(keys: &[String], from: usize, t: usize) -> bool {
    t == from || keys[t].starts_with("ال") || !keys[t - 1].starts_with("ال")
}

/// May token `t` be a word of an office's field: a word that is no punctuation, function
/// word, verb, given name or paragraph start?
fn field_word(cx: &Cx<'_, '_>, t: usize) -> bool {
    let k = cx.keys[t].as_str();
    // (A definite word is no verb, though it may name an event: لشؤون التعاون.)
    let verb = || !k.starts_with("ال") && is_verb_word(cx, k);
    has_chars(k, 2) && cx.punct(t).is_none() && !is_stop(k) && !cx.first_names.contains(k) && !verb() && !cx.para_start(t)
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn an_offices_field_after_it_is_its_mention() {
        let ms = mentions("وقال المتحدث باسم رئيس الوزراء الإسرائيلي لشؤون الإعلام العربي، أوفير جندلمان، إن الجيش رد.");
        let m = ms.iter().find(|m| m.text.starts_with("المتحدث باسم")).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.text, "المتحدث باسم رئيس الوزراء الإسرائيلي لشؤون الإعلام العربي", "{ms:?}");
        assert_eq!(m.actor.as_deref(), Some("ISRGOV"), "{ms:?}");
    }

    #[test]
    fn the_field_ends_at_a_preposition() {
        let ms = mentions("وقال وزير الدولة البريطاني لشؤون الشرق الأوسط عبر تويتر إن الهدنة صامدة.");
        assert!(ms.iter().any(|m| m.text == "وزير الدولة البريطاني لشؤون الشرق الأوسط"), "{ms:?}");
    }

    #[test]
    fn the_field_ends_before_a_name_which_the_office_then_names() {
        let ms = mentions("وقالت وزيرة الدولة لشؤون التعاون الدولي ريم الهاشمي إن المساعدات وصلت.");
        let m = ms.iter().find(|m| m.text.starts_with("وزيرة الدولة")).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.text, "وزيرة الدولة لشؤون التعاون الدولي ريم الهاشمي", "{ms:?}");
        assert_eq!(m.actor.as_deref(), Some("AREGOV"), "{ms:?}");
    }
}
