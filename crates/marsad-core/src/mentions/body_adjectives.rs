//! Adjectives after a named body (ميليشيات الحوثي الإيرانية، مجلة "كيكر" الرياضية، حزب
//! النهضة الإسلامي، وكالة تاس الحكومية): the guide's maximal phrase takes them in, and the
//! body stays who it is. Another state's nisba here names the body's backer or kind, not
//! the body's state (ميليشيات الحوثي الإيرانية are still the Houthis). Not a state's own
//! name (اتهمت حماس السعودية: the verb's object), and not after a noun the body's name is
//! in construct with (أجهزة حماس الأمنية, قيادة حزب الله العسكرية: the head's adjective).
//! Nor a participle that names another acting party (المدعومة من إيران، المقربة من): the
//! guide splits it off.

use super::{is_stop, is_verb_word, ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Most adjectives taken in after a body's name.
pub(super) const MOST: usize = 3;

/// Participles whose complement names another acting party (the guide's المدعومة من،
/// المقربة من), normalized.
const OTHER_PARTY: &[&str] = &["المدعومه", "المدعوم", "المدعومين", "المدعومون", "المقربه", "المقرب", "المقربين", "المقربون"];

/// Is the body's name `s` in construct after an indefinite noun right before it? A word
/// with no article, clitic preposition or punctuation that is no function word, verb or
/// number is read as such a head; any doubt keeps the adjective out.
fn in_construct(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    let Some(b) = s.tok_start.checked_sub(1) else { return false };
    if s.prepositional || cx.para_start(s.tok_start) || cx.punct(b).is_some() {
        return false;
    }
    let k = cx.keys[b].as_str();
    !(k.starts_with("ال") || is_stop(k) || super::counted::is_digits(k) || is_verb_word(cx, k))
}

/// Is token `t` a state's own name (السعودية is the kingdom as often as a nisba)?
fn names_state(cx: &Cx<'_, '_>, t: usize) -> bool {
    cx.lex.longest_at(&cx.keys[t..=t], 0).is_some_and(|m| m.entries.iter().any(|&id| cx.lex.entry(id).kind == Kind::State))
}

/// Is token `t` an adjective of the named body `s` that ends right before it?
pub(super) fn adjective_at(cx: &Cx<'_, '_>, s: &ActorSpan<'_>, t: usize) -> bool {
    s.kind == Kind::Group
        && t < cx.keys.len()
        && super::attributes::describes_body(cx, t)
        && !OTHER_PARTY.contains(&cx.keys[t].as_str())
        && !names_state(cx, t)
        && !in_construct(cx, s)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn adjectives_after_a_named_body_join_it_and_keep_its_code() {
        let ms = mentions("وقال التحالف إن ميليشيات الحوثي الإيرانية أطلقت صاروخا باليستيا على جازان.");
        assert_eq!(code(&ms, "ميليشيات الحوثي الإيرانية"), Some("YEMREB"), "{ms:?}");
        let ms = mentions("وقال حزب النهضة الإسلامي إنه فاز بأكبر عدد من المقاعد في الانتخابات البلدية.");
        assert!(ms.iter().any(|m| m.text == "حزب النهضة الإسلامي"), "{ms:?}");
        let ms = mentions("وقال المتحدث إن الميليشيات الحوثية المدعومة من إيران أطلقت صاروخا.");
        assert!(ms.iter().any(|m| m.text == "الميليشيات الحوثية"), "{ms:?}");
    }

    #[test]
    fn not_the_head_s_adjective_nor_a_state_as_object() {
        let ms = mentions("وقصفت الطائرات مواقع حماس العسكرية في القطاع.");
        assert!(ms.iter().all(|m| !m.text.ends_with("العسكرية")), "{ms:?}");
        let ms = mentions("واتهمت حماس السعودية بالتواطؤ.");
        assert!(ms.iter().any(|m| m.text == "السعودية"), "{ms:?}");
    }
}
