//! ممثل/ممثلة with a word of film or stage after it is the performer, not a
//! representative: ممثلة الأفلام الإباحية، ممثلة أفلام إباحية، ممثل مسرحي is one mention, a
//! private person (CVL) of the story's country, as the labels write it. Alone the
//! indefinite noun names no one the text places, and it stays uncoded. Run after
//! `role_after`, which joins such a phrase to the name before it (ستورمي دانييلز ممثلة
//! الأفلام الإباحية).

use super::extent::{is_one_of, set, KeySet};
use super::{code_from_story, story_country, ActorSpan, Cx};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Words of film and stage that make ممثل a performer, in construct or as its adjective.
pub(super) const SCREEN_WORDS: &[&str] = &[
    "أفلام", "الأفلام", "السينما", "سينمائي", "سينمائية", "المسرح", "مسرحي", "مسرحية", "إباحية", "الإباحية",
    "كوميدي", "كوميدية", "الكوميديا", "التلفزيون", "تلفزيوني", "تلفزيونية",
];

/// Adjectives of the films that belong to the phrase too (أفلام إباحية، الأفلام الإباحية).
const FILM_ADJECTIVES: &[&str] = &["إباحية", "الإباحية", "كوميدية", "الكوميدية"];

/// Is `key` one of [`SCREEN_WORDS`] (also this pass's trigger: `triggers.rs`)?
pub(super) fn screen_word(key: &str) -> bool {
    static SCREEN: OnceLock<KeySet> = OnceLock::new();
    is_one_of(key, set(&SCREEN, SCREEN_WORDS))
}

/// Widen a bare, uncoded ممثل/ممثلة (with its clitics) over the film words after it and
/// code it as the story's private person.
pub(super) fn films<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    static ADJECTIVES: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let mut story: Option<Option<(&'a str, &'a str)>> = None;
    for i in 0..out.len() {
        let s = &out[i];
        let end = s.tok_end;
        let bare = s.tok_end == s.tok_start + 1 && s.actor.is_none() && s.agent_id == Some("agent:ممثل");
        if !bare || !keys.get(end).is_some_and(|k| screen_word(k)) || cx.punct_token(end).is_some() {
            continue;
        }
        // The next mention must not begin on the words taken in.
        let mut new_end = end + 1;
        if keys.get(new_end).is_some_and(|k| is_one_of(k, set(&ADJECTIVES, FILM_ADJECTIVES))) {
            new_end += 1;
        }
        if out.get(i + 1).is_some_and(|n| n.tok_start < new_end) {
            continue;
        }
        let state = *story.get_or_insert_with(|| {
            let code = story_country(cx, out)?;
            cx.lex.state(code).map(|s| (code, s.iso3.as_str()))
        });
        let s = &mut out[i];
        s.tok_end = new_end;
        s.person_noun = true;
        s.extend_rule(&["+performer"]);
        match state {
            Some(state) => code_from_story(cx.lex, s, state, Cow::Borrowed("CVL")),
            None => s.role = Some(Cow::Borrowed("CVL")),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn an_actress_of_films_is_a_private_person_of_the_story() {
        let usa = "وقال البيت الأبيض إن الرئيس ترامب في واشنطن. وتشهد الولايات المتحدة جدلا. ";
        let ms = mentions(&format!("{usa}وتطالب ممثلة الأفلام الإباحية بتعويض."));
        assert_eq!(code(&ms, "ممثلة الأفلام الإباحية"), Some("USACVL"), "{ms:?}");
        let ms = mentions(&format!("{usa}وقالت ممثلة أفلام إباحية إنها تلقت تهديدا."));
        assert_eq!(code(&ms, "ممثلة أفلام إباحية"), Some("USACVL"), "{ms:?}");
    }

    #[test]
    fn a_representative_stays_a_representative() {
        let usa = "وقال البيت الأبيض إن الرئيس ترامب في واشنطن. وتشهد الولايات المتحدة جدلا. ";
        let ms = mentions(&format!("{usa}وقال ممثل الحكومة إن الاتفاق قريب."));
        assert!(ms.iter().all(|m| !m.rule.contains("performer")), "{ms:?}");
    }
}
