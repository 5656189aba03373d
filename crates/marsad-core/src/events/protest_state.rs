//! A protest told with no protesters and no place named (خلال احتجاجات على غلاء الأسعار،
//! بعد أسبوع من الاحتجاجات) is held in the state its sentence is about: the one state its
//! mentions name (أفرجت السلطات السودانية عن معتقلين اعتقلوا خلال احتجاجات → SDN), or, in
//! a sentence naming no state, the story's own. Coders place a protest so; the protest's
//! target then follows from the protesters (their own government by default).

use super::args::Arg;
use super::Input;

/// Rule suffix of a protest placed so.
pub(super) const RULE: &str = "+sentence-state";

/// The protesting party for a protest at tokens `trigger` in the sentence `[s0, s1)`:
/// the state, spanning the trigger (its evidence is the sentence). None when the
/// sentence names two states or a building of one (an embassy), or none and the story
/// has no state.
pub(super) fn protesters(input: &Input, trigger: (usize, usize), s0: usize, s1: usize) -> Option<Arg> {
    let mut one: Option<&str> = None;
    for m in input.mentions_in(s0, s1) {
        // (Protesters outside an embassy protest at its state, and are not its people.)
        if m.building {
            return None;
        }
        let Some(c) = m.country.as_deref() else { continue };
        match one {
            None => one = Some(c),
            Some(o) if o != c => return None,
            Some(_) => {}
        }
    }
    let state = match one {
        Some(iso) => (iso.to_string(), iso.to_string()),
        None => input.home?.clone(),
    };
    Some(Arg::of_home(trigger, &state, false))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn a_protest_is_held_in_the_state_its_sentence_names() {
        let t = "وأطلقت السلطات المغربية سراح عشرات الشبان الذين اعتقلوا خلال احتجاجات على البطالة.";
        assert_eq!(sides(t, "PROTEST"), vec![(Some("MAR".into()), Some("MAR".into()))], "{:?}", events(t));
    }

    #[test]
    fn a_sentence_naming_two_states_places_no_protest() {
        let t = "وقالت الحكومة الفرنسية إن الوفد الألماني وصل بعد أسبوع من الاحتجاجات.";
        assert!(sides(t, "PROTEST").iter().all(|(a, _)| a.is_none()), "{:?}", events(t));
    }

    #[test]
    fn protesters_at_an_embassy_are_not_its_states() {
        let t = "واحتشد العشرات خارج القنصلية الروسية مساء الأحد.";
        assert!(sides(t, "PROTEST").iter().all(|(a, _)| a.as_deref() != Some("RUS")), "{:?}", events(t));
    }

    #[test]
    fn a_sentence_naming_none_takes_the_story_state() {
        let t = "وخرجت مظاهرات حاشدة يوم الجمعة.";
        let story = format!("قالت الحكومة التونسية إن الأسعار سترتفع. {t}");
        assert!(sides(t, "PROTEST").iter().all(|(a, _)| a.is_none()), "{:?}", events(t));
        assert!(sides(&story, "PROTEST").contains(&(Some("TUN".into()), Some("TUN".into()))), "{:?}", events(&story));
    }
}
