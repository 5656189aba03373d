//! An opposition named by its fighters or called armed (مقاتلو المعارضة، مسلحي
//! المعارضة، فصائل المعارضة السورية، المعارضة السورية المسلحة) is CAMEO's rebels
//! (REB, PETRARCH's ARMED_OPPOSITION_GROUP), not the political opposition (OPP). So
//! are armed men called opposing with no opposition named (المقاتلين المعارضين، مسلحين
//! معارضين): the rebels of the story's country.

use super::extent::{is_one_of, set, KeySet};
use super::{actor_of, code_from_story, story_state, ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Words that make an opposition armed: its fighters, gunmen, factions, militias and
/// battalions, and the adjective "armed" (keys compared without و/ف and ب/ل).
pub(super) const ARMED_WORDS: &[&str] = &[
    "مقاتل", "مقاتلو", "مقاتلي", "مقاتلين", "مقاتلون", "المقاتلين", "المقاتلون", "مسلحو", "مسلحي", "مسلحين",
    "مسلحون", "المسلحين", "المسلحون", "مسلحة", "المسلحة", "فصيل", "الفصيل", "فصائل", "الفصائل", "ميليشيا",
    "الميليشيا", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "كتائب", "الكتائب",
];

/// Is `key` one of [`ARMED_WORDS`] (also this pass's trigger: `triggers.rs`)?
pub(super) fn armed_word(key: &str) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    is_one_of(key, set(&KEYS, ARMED_WORDS))
}

/// The adjective "opposing" on armed men (keys compared without و/ف and ب/ل).
const OPPOSING: &[&str] = &["معارض", "معارضون", "معارضين", "المعارض", "المعارضون", "المعارضين"];

/// Is `s` an uncoded mention of armed men called opposing (المقاتلين المعارضين)?
fn opposing_fighters(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    let keys = &cx.keys[s.tok_start..s.tok_end];
    s.kind == Kind::Agent
        && s.actor.is_none()
        && keys.len() == 2
        && armed_word(&keys[0])
        && is_one_of(&keys[1], set(&KEYS, OPPOSING))
}

/// A mention coded as a state's opposition (`SYROPP`, not a party or named body with a
/// longer code) with an armed word among its own words becomes that state's rebels.
pub(super) fn recode<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    if out.iter().any(|s| opposing_fighters(cx, s)) {
        let story = story_state(cx, out);
        for s in out.iter_mut() {
            if let Some(state) = story.filter(|_| opposing_fighters(cx, s)) {
                code_from_story(cx.lex, s, state, Cow::Borrowed("REB"));
            }
        }
    }
    for s in out.iter_mut() {
        let plain_opposition = s.role.as_deref() == Some("OPP") && s.actor.as_deref().is_some_and(|a| a.len() == 6 && a.ends_with("OPP"));
        if !plain_opposition || !cx.keys[s.tok_start..s.tok_end].iter().any(|k| armed_word(k)) {
            continue;
        }
        let Some(country) = s.country.as_deref() else { continue };
        let rebels = actor_of(cx.lex, country, "REB");
        s.actor = Some(rebels);
        s.role = Some(Cow::Borrowed("REB"));
        s.extend_rule(&["+armed"]);
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn fighters_of_the_opposition_are_rebels() {
        let ms = mentions("وقال المرصد إن مقاتلي المعارضة السورية انسحبوا من البلدة.");
        assert_eq!(code(&ms, "مقاتلي المعارضة السورية"), Some("SYRREB"), "{ms:?}");
        let ms = mentions("وسيطرت المعارضة السورية المسلحة على القرية.");
        assert_eq!(code(&ms, "المعارضة السورية المسلحة"), Some("SYRREB"), "{ms:?}");
    }

    #[test]
    fn opposing_fighters_are_the_story_s_rebels() {
        let ms = mentions("قصفت الطائرات مواقع في سوريا. وقال المرصد في سوريا إن المقاتلين المعارضين انسحبوا من البلدة.");
        assert_eq!(code(&ms, "المقاتلين المعارضين"), Some("SYRREB"), "{ms:?}");
    }

    #[test]
    fn the_political_opposition_stays_opposition() {
        let ms = mentions("ورحبت المعارضة السورية بالقرار.");
        assert_eq!(code(&ms, "المعارضة السورية"), Some("SYROPP"), "{ms:?}");
        let ms = mentions("والتقى المبعوث الأممي قادة المعارضة السورية في جنيف.");
        assert_eq!(code(&ms, "قادة المعارضة السورية"), Some("SYROPP"), "{ms:?}");
    }
}
