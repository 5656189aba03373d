//! A state without armed forces of its own (states.tsv `army = none`: Palestine) has no
//! army for a bare military noun to name: الجيش، الجنود، فرقة غزة in a Gaza story are the
//! army that acts there, the other state with an army the story names most (Israel). A
//! military mention that only the story's state placed (`+context:STATE`) takes that
//! state instead, with rule `+story-army:STATE`; one named with its state (جيش التحرير
//! الفلسطيني, a group) or placed otherwise keeps its code.

use super::{actor_of, leader, ActorSpan, Cx};
use std::borrow::Cow;

/// Recode the story-placed military mentions of a state without armed forces (see the
/// module docs).
pub(super) fn recode<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let mut army: Option<Option<(&'a str, &'a str)>> = None;
    for s in out.iter_mut() {
        let Some(state) = story_placed_soldiers(cx, s) else { continue };
        let Some((to, iso)) = *army.get_or_insert_with(|| army_of_the_story(cx, state)) else { return };
        let role = s.actor.as_deref().and_then(|a| a.get(3..)).unwrap_or("");
        s.actor = Some(actor_of(cx.lex, to, role));
        s.country = Some(Cow::Borrowed(iso));
        s.extend_rule(&["+story-army:", to]);
    }
}

/// The armyless state that placed `s`, when `s` is military (role MIL) and its code came
/// from the story's state alone.
fn story_placed_soldiers<'a>(cx: &Cx<'a, '_>, s: &ActorSpan<'_>) -> Option<&'a str> {
    if !s.role.as_deref().is_some_and(|r| r.starts_with("MIL")) {
        return None;
    }
    let state = cx.lex.state(s.actor.as_deref()?.get(..3)?)?;
    let placed_by_story = s.rule.split('+').any(|part| part.strip_prefix("context:") == Some(state.code.as_str()));
    (!state.has_army && placed_by_story).then_some(state.code.as_str())
}

/// The state with armed forces the story names most as a place, besides `home`, with its
/// ISO code: none when two lead equally or no such state is named.
fn army_of_the_story<'a>(cx: &Cx<'a, '_>, home: &str) -> Option<(&'a str, &'a str)> {
    let armed: Vec<&str> = cx.places.iter().map(|&(s, _)| s).filter(|&s| s != home && cx.lex.state(s).is_some_and(|st| st.has_army)).collect();
    let state = cx.lex.state(leader(&cx.places, Some(&armed))?)?;
    Some((state.code.as_str(), state.iso3.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn soldiers_in_a_story_about_a_state_without_an_army_are_the_other_states() {
        let ms = mentions(
            "تظاهر آلاف الفلسطينيين في قطاع غزة قرب الحدود مع إسرائيل. وقال مسعفون في غزة إن الجنود أطلقوا النار على المتظاهرين. وقال الجيش إن المتظاهرين رشقوا الحجارة. وأكدت وزارة الصحة في غزة مقتل شاب.",
        );
        assert_eq!(code(&ms, "الجنود"), Some("ISRMIL"), "{ms:?}");
        assert_eq!(code(&ms, "الجيش"), Some("ISRMIL"), "{ms:?}");
    }

    #[test]
    fn soldiers_stay_the_storys_when_it_has_an_army_or_names_no_other_state() {
        // Egypt has an army of its own: Israel named once does not take it.
        let ms = mentions("قال الجيش في القاهرة إن الجنود أغلقوا المعبر مع غزة. وأكد الجيش المصري في مصر أن الحدود مع إسرائيل هادئة.");
        assert_eq!(code(&ms, "الجنود"), Some("EGYMIL"), "{ms:?}");
        // A Palestinian story naming no state with an army leaves the story's code.
        let ms = mentions("قال مسعفون في غزة إن الجنود أطلقوا النار. وأكدت مصادر في غزة إصابة شاب في قطاع غزة.");
        assert_eq!(code(&ms, "الجنود"), Some("PSEMIL"), "{ms:?}");
    }
}
