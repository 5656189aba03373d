//! An unnamed source on the ground (مصدر قضائي، مصادر أمنية، مصدر عسكري، مصدر طبي،
//! مصادر محلية) speaks from the scene of what it tells. When nothing next to it placed it
//! and it took the story's country (the state named most, nisbas included), it takes
//! instead the state of a place its sentence names before it (وفي البرازيل … تقول مصادر
//! محلية إن … → BRA; اعتقلت الشرطة … في مدينة برن …، بحسب ما أفاد مصدر أمني → CHE; a
//! judicial source in a story of Russians killed in the Central African Republic:
//! اغتيل ثلاثة روس … في وسط جمهورية أفريقيا الوسطى، على ما أفادت مصادر قضائية → CAF).
//! A place is a state, capital or listed place named as one (after في، قرب، وسط، مدينة …:
//! `places::capital_as_place`), not a dateline, nor a place one goes to or comes from
//! (ترحل إلى فرنسا، زار موسكو: not where the source is): a nisba or a state that acts
//! names whose the actors are, not where the story is. Not a government, diplomatic or
//! media source (مصدر دبلوماسي، مصدر مسؤول، مصادر إعلامية), which speaks for a body, nor a
//! place after the source (inside its words: what happened elsewhere), nor one in an
//! earlier sentence (the story moves on: tried, the place a paragraph before was another
//! state's more often than not). Crowds and residents keep the story's country too.

use super::homeland::sentence_ends;
use super::places::capital_as_place;
use super::{actor_of, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use std::borrow::Cow;

/// The agent rows of unnamed sources (agents.tsv: مصدر، مصدر أمني، مصادر طبية …).
const SOURCE_ROW: &str = "agent:مصدر";

/// Roles of sources on the ground: police and security, army, medical, judicial, religious
/// (no role: مصادر محلية، مصادر ميدانية).
const ON_THE_GROUND: &[&str] = &["COP", "MIL", "HLH", "JUD", "REL"];

/// The rule mark of a code taken from the story's country (mentions.rs, `code_from_story`).
const STORY_GUESS: &str = "+context:";

/// Words before a place one goes to or passes through, not one where one is (keys).
const DESTINATION: &[&str] = &[
    "الي", "والي", "نحو", "حتي", "عبر", "زار", "وزار", "يزور", "تزور", "زارت", "وزارت", "وصل", "ووصل", "وصلت",
    "ووصلت", "غادر", "وغادر", "غادرت", "وغادرت",
];

/// Give each unnamed source on the ground coded by the story's guess the state of its scene.
pub(super) fn place<'a>(cx: &Cx<'a, '_>, matches: &[Match<'_>], out: &mut [ActorSpan<'a>]) {
    let on_the_ground = |s: &ActorSpan<'_>| s.role.as_deref().is_none_or(|r| r.is_empty() || ON_THE_GROUND.contains(&r));
    let guessed = |s: &ActorSpan<'_>| s.agent_id.is_some_and(|id| id.starts_with(SOURCE_ROW)) && s.rule.contains(STORY_GUESS) && on_the_ground(s);
    if cx.doc.is_none() || !out.iter().any(guessed) {
        return;
    }
    for s in out.iter_mut().filter(|s| guessed(s)) {
        // The sentence's first token: back to a paragraph start or a sentence's end.
        let mut from = s.tok_start;
        while from > 0 && !cx.para_start(from) && !sentence_ends(cx, from - 1, from) {
            from -= 1;
        }
        // Matches are in order: the nearest place before the source wins.
        let here = matches.partition_point(|m| m.start < s.tok_start);
        let Some(state) = (0..here).rev().take_while(|&i| matches[i].start >= from).find_map(|i| state_placed(cx, matches, i)) else { continue };
        let Some(st) = cx.lex.state(state) else { continue };
        let guess = [STORY_GUESS, s.actor.as_deref().and_then(|a| a.get(..3)).unwrap_or_default()].concat();
        if guess.ends_with(state) {
            continue;
        }
        let role = s.role.clone().unwrap_or(Cow::Borrowed(""));
        s.actor = Some(actor_of(cx.lex, &st.code, &role));
        s.country = Some(Cow::Borrowed(st.iso3.as_str()));
        s.rule = Cow::Owned(s.rule.replacen(&guess, &["+scene:", &st.code].concat(), 1));
    }
}

/// The state that match `i` names as a place where one is (a state, a capital, a listed
/// city or province, or a city standing for an institution: بروكسل): not as a dateline
/// (طهران، إيران (CNN)-- opens its paragraph: the reporter's desk) nor as a destination.
fn state_placed<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], i: usize) -> Option<&'a str> {
    let e = (*cx.entries.get(i)?)?;
    let state = match e.kind {
        Kind::State | Kind::Capital | Kind::Place => cx.lex.state_of(e),
        Kind::Metonym => e.place.as_deref(),
        _ => None,
    }?;
    let start = ms[i].start;
    let dateline = (start.saturating_sub(6)..=start).any(|t| cx.para_start(t)) && (ms[i].end..(ms[i].end + 6).min(cx.keys.len())).any(|t| cx.punct_is(t, "("));
    let destination = start > 0 && DESTINATION.contains(&cx.keys[start - 1].as_str());
    (capital_as_place(cx, ms, i) && !dateline && !destination).then_some(state)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    /// A story whose actors are Russian (named most, by nisba).
    const RUSSIANS: &str = "قالت وزارة الخارجية الروسية إن ثلاثة صحافيين روس قتلوا. ونفت السلطات الروسية علمها بوجود الصحافيين الروس. \
        وأكدت الخارجية الروسية أن الجثث نقلت.\n";

    #[test]
    fn an_unnamed_source_speaks_from_the_scene_its_sentence_names() {
        let ms = mentions(&format!("{RUSSIANS}وعثر على الجثث قرب مدينة كانو في نيجيريا، على ما أفاد مصدر قضائي."));
        assert_eq!(code(&ms, "مصدر قضائي"), Some("NGAJUD"), "{ms:?}");
        let ms = mentions(&format!("{RUSSIANS}وفي نيجيريا، قال مصدر أمني إن المسلحين فروا."));
        assert_eq!(code(&ms, "مصدر أمني"), Some("NGACOP"), "{ms:?}");
        // A nisba of its own still places it.
        let ms = mentions(&format!("{RUSSIANS}وفي نيجيريا، قال مصدر قضائي روسي إن المسلحين فروا."));
        assert_eq!(code(&ms, "مصدر قضائي روسي"), Some("RUSJUD"), "{ms:?}");
    }

    #[test]
    fn a_scene_of_an_earlier_sentence_a_destination_or_a_crowd_is_not_theirs() {
        let ms = mentions(&format!("{RUSSIANS}وعثر على الجثث في نيجيريا. وقال مصدر أمني إن التحقيق بدأ."));
        assert_eq!(code(&ms, "مصدر أمني"), Some("RUSCOP"), "{ms:?}");
        let ms = mentions(&format!("{RUSSIANS}وكان يفترض أن ترحل الجثث إلى نيجيريا، بحسب مصدر قضائي."));
        assert_eq!(code(&ms, "مصدر قضائي"), Some("RUSJUD"), "{ms:?}");
        let ms = mentions(&format!("{RUSSIANS}وفي نيجيريا، تجمع متظاهرون أمام السفارة."));
        assert_ne!(code(&ms, "متظاهرون"), Some("NGACVL"), "{ms:?}");
    }

    #[test]
    fn a_diplomatic_source_or_a_place_in_the_source_s_words_is_no_scene() {
        let ms = mentions(&format!("{RUSSIANS}وفي نيجيريا، قال مصدر دبلوماسي إن موسكو تنتظر التحقيق."));
        assert_eq!(code(&ms, "مصدر دبلوماسي"), Some("RUSGOV"), "{ms:?}");
        let ms = mentions(&format!("{RUSSIANS}وقال مصدر أمني إن المسلحين فروا في نيجيريا."));
        assert_eq!(code(&ms, "مصدر أمني"), Some("RUSCOP"), "{ms:?}");
    }
}
