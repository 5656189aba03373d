//! A role phrase called foreign (وسائل إعلام أجنبية، القوات الأجنبية، الشركات الأجنبية،
//! الصحفيين الأجانب) names people or bodies of no one state: the adjective says they are
//! not the state the story or the place names. The country such a phrase got from the
//! story's guess, a link to an earlier body or a place after في (القوات الأجنبية في سوريا
//! are not Syria's army) is dropped; the role stays, alone (MED, MIL). A nisba in the
//! phrase still names its state, and organisations keep their own codes.

use super::extent::{is_one_of, set, KeySet};
use super::{nationality, ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The adjective "foreign" in every gender, number and case, with or without the article.
pub(super) const FOREIGN: &[&str] = &[
    "أجنبي", "أجنبية", "أجنبيا", "أجنبيان", "أجنبيين", "أجنبيون", "أجنبيتين", "أجنبيات", "أجانب", "الأجنبي",
    "الأجنبية", "الأجنبيين", "الأجنبيون", "الأجنبيات", "الأجانب",
];

/// Is `key` one of [`FOREIGN`] (also this pass's trigger: `triggers.rs`)?
pub(super) fn foreign(key: &str) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    is_one_of(key, set(&KEYS, FOREIGN))
}

/// Drop the country of every role phrase with a state's code that the adjective "foreign"
/// describes: one of its own words after the head, or the indefinite word right after it
/// (وسائل إعلام أجنبية), which then joins the phrase.
pub(super) fn uncountry<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let s = &out[i];
        let state_coded = s.state_of(cx.lex).is_some();
        // A body named from its head noun (لجنة الاستثمار الأجنبي) is described by its
        // complement, not called foreign.
        if s.kind != Kind::Agent || !state_coded || s.rule.contains("org-head") {
            continue;
        }
        // Not after و: local and foreign (المستثمرين المحليين والأجانب) are both.
        let called_foreign = |t: usize| !keys[t].starts_with('و') && foreign(&keys[t]);
        let inside = (s.tok_start + 1..s.tok_end).find(|&t| called_foreign(t));
        // An indefinite adjective describes only an indefinite noun: after a definite one
        // it is a predicate (من المعتقلين أجانب "of the detainees, foreigners").
        let next_free = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        let after = (s.tok_end < next_free.min(keys.len())
            && !key_is_definite(&keys[s.tok_end - 1])
            && !key_is_definite(&keys[s.tok_end])
            && called_foreign(s.tok_end))
        .then_some(s.tok_end);
        let Some(word) = inside.or(after) else { continue };
        // A nisba among the adjectives around it (المتطرفين الليبيين الأجانب); a state after
        // في is where the foreigners are, and سورية is a state's name and a nisba alike.
        let mut adjectives = (s.tok_start + 1..(word + 2).min(s.tok_end)).filter(|&t| t != word);
        if adjectives.any(|t| nationality(cx, t).is_some()) {
            continue;
        }
        let s = &mut out[i];
        if after.is_some() && inside.is_none() {
            s.tok_end += 1;
        }
        s.country = None;
        s.actor = s.role.as_deref().and_then(|r| r.get(..3)).filter(|r| cx.lex.is_role(r)).map(|r| Cow::Owned(r.to_string()));
        s.extend_rule(&["+foreign"]);
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn foreign_bodies_keep_their_role_without_a_country() {
        let ms = mentions("قالت السلطات الكورية الجنوبية إن سيول ترحب. وكانت وسائل إعلام أجنبية قد نشرت الصور في سيول.");
        assert_eq!(code(&ms, "وسائل إعلام أجنبية"), Some("MED"), "{ms:?}");
        let ms = mentions("وطالبت الحكومة التركية بانسحاب القوات الأجنبية في سوريا.");
        assert_eq!(code(&ms, "القوات الأجنبية في سوريا"), Some("MIL"), "{ms:?}");
    }

    #[test]
    fn a_nisba_or_a_body_s_own_complement_still_names_the_state() {
        let ms = mentions("وطالبت الحكومة التركية بانسحاب القوات الأمريكية في سوريا.");
        assert_eq!(code(&ms, "القوات الأمريكية في سوريا"), Some("USAMIL"), "{ms:?}");
        let ms = mentions("وقالت وسائل إعلام تركية إن الحكومة التركية ترحب.");
        assert_eq!(code(&ms, "وسائل إعلام تركية"), Some("TURMED"), "{ms:?}");
    }

    #[test]
    fn not_local_and_foreign_nor_a_predicate() {
        let text = "وقالت الحكومة السعودية إن السعودية ستفتح الباب أمام المستثمرين المحليين والأجانب. وذكرت الشرطة السعودية أن 28 شخصا من المعتقلين أجانب.";
        let ms = mentions(text);
        assert_eq!(code(&ms, "المستثمرين المحليين"), Some("SAUBUS"), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.contains("أجانب") && !m.text.contains("والأجانب")), "{ms:?}");
    }
}
