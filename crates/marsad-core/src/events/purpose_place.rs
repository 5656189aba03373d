//! The place an attack is launched to take (`عملية عسكرية واسعة … لتحرير مدينة الحديدة`،
//! `هجوما لاستعادة مدينة عفرين`): an operation's purpose names the place it strikes, so
//! an attack with no target named takes that place's state, as the labels code the state
//! where an attack happens (`+location`). News of the Yemeni and Syrian wars writes it so,
//! often past a comma or a party (`بإسناد جوي من قوات التحالف، لتحرير سلسلة تباب`).

use super::args::{self, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// The tag of a recipient taken from the purpose's place (after `+location`): only the
/// recipient is read so, and a retold attack may still lend the actor.
pub(super) const RULE: &str = "+purpose-place";

/// Purpose words of taking a place (token texts, with their لـ).
const PURPOSE_WORDS: &[&str] = &["لتحرير", "لاستعادة", "لاستعاده"];
/// How many tokens after the trigger the purpose word may stand.
const REACH: usize = 12;

/// The state of a named place right after a purpose word of taking it, within [`REACH`]
/// tokens from `from`: not past a full stop or colon, nor past another event word.
pub(super) fn place_taken(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<Arg> {
    for j in from..(from + REACH).min(s1) {
        let w = input.tokens[j].text(input.text);
        if PURPOSE_WORDS.contains(&w) {
            return args::state_or_place_at(ctx, input, j + 1, s1);
        }
        let stop = input.tokens[j].kind == TokenKind::Punct && !args::is_comma(input, j);
        if stop || (j > from && args::is_trigger(input, j) && !ctx.in_mention(j)) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn struck(t: &str) -> Vec<Option<String>> {
        events(t).into_iter().filter(|e| e.kind == "ASSAULT").map(|e| e.recipients.first().and_then(|p| p.country.clone())).collect()
    }

    #[test]
    fn the_place_an_operation_is_to_take_is_struck() {
        let a = struck("وأطلقت القوات الحكومية عملية عسكرية واسعة، لتحرير مدينة الحديدة ومينائها.");
        assert!(a.contains(&Some("YEM".to_string())), "{a:?}");
    }

    #[test]
    fn a_purpose_with_no_place_or_past_another_event_is_left() {
        let a = struck("وشنت القوات الحكومية هجوما لاستعادة أراض تسيطر عليها المعارضة.");
        assert!(a.iter().all(Option::is_none), "{a:?}");
        let a = struck("وشنت القوات الحكومية هجوما. وتسعى لتحرير مدينة الحديدة.");
        assert!(a.iter().all(Option::is_none), "{a:?}");
    }
}
