//! A region of "the country" named by a compass word (في شمال البلاد، بجنوب غرب البلاد،
//! شرقي البلد): news writes the story's own state so once it has been named, and an event
//! placed there happens in that state (`هجمات جهادية مفترضة في شمال البلاد` in a story
//! about Mali → MLI). The state is the story's (`home`). A bare `في البلاد` is left out: it
//! is as often a remark on the whole country (`حقوق المرأة في البلاد`) as a scene.

use super::args::{bare, Arg};
use super::place_words::COMPASS_WORDS;
use super::Input;

/// Words for "the country" (keys).
const COUNTRY_WORDS: &[&str] = &["البلاد", "البلد"];

/// The story's state when token `k` is "the country" right after a compass word (written
/// alone or with بـ: شمال البلاد، بشمال البلاد، جنوب غرب البلاد).
pub(super) fn region_of_home(input: &Input, k: usize) -> Option<Arg> {
    let home = input.home?;
    if k == 0 || !COUNTRY_WORDS.contains(&input.keys[k].as_str()) {
        return None;
    }
    let before = bare(&input.keys[k - 1]);
    let before = before.strip_prefix('ب').unwrap_or(before);
    COMPASS_WORDS.contains(&before).then(|| Arg::of_home((k, k + 1), home, true))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The recipients' countries of the ASSAULT events of `t`.
    fn struck(t: &str) -> Vec<Option<String>> {
        events(t).into_iter().filter(|e| e.kind == "ASSAULT").map(|e| e.recipients.first().and_then(|p| p.country.clone())).collect()
    }

    #[test]
    fn a_region_of_the_country_is_the_storys_state() {
        for t in [
            "أجرت مالي انتخابات رئاسية في موعدها. وتخللت الانتخابات في مالي هجمات جهادية في شمال البلاد.",
            "أجرت مالي انتخابات رئاسية في موعدها. وتخللت الانتخابات في مالي هجمات جهادية بجنوب غرب البلاد.",
        ] {
            assert_eq!(struck(t).last().cloned().flatten().as_deref(), Some("MLI"), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn the_country_alone_or_after_another_word_is_no_scene() {
        for t in [
            "أجرت مالي انتخابات رئاسية في موعدها. وتخللت الانتخابات في مالي هجمات جهادية في البلاد.",
            "أجرت مالي انتخابات رئاسية في موعدها. وتخللت الانتخابات في مالي هجمات جهادية في عاصمة البلاد.",
        ] {
            assert!(struck(t).iter().all(|r| r.is_none()), "{t}: {:?}", events(t));
        }
    }
}
