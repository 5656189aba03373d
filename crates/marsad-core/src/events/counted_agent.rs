//! The killer of victims told by their count (قتل 5 بنيران القوات الإسرائيلية، قتل عشرة
//! أشخاص على يد تنظيم داعش، قتل ثلاثة من عناصر الأمن برصاص مسلحين): an unvowelled
//! passive whose agent phrase (برصاص، بنيران، على يد، من قبل …) comes after the counted
//! words rather than right after a party. The agent is the actor, and never a victim:
//! without this the first party after the count, the agent itself, was taken as the
//! counted (`+counted`).

use super::args::{agent_right_after, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// How far after the count the agent phrase may start, in tokens (past the counted noun
/// and a partitive phrase: ثلاثة من عناصر الأمن العراقي برصاص).
const REACH: usize = 9;

/// The agent's mention and the token its phrase starts at, for a count ending the verb at
/// `end`: the first agent phrase after it in its clause, outside any mention.
pub(super) fn agent(ctx: &Context, input: &Input, end: usize, s1: usize) -> Option<(usize, usize)> {
    for k in end..(end + REACH).min(s1) {
        if input.tokens[k].kind == TokenKind::Punct {
            return None;
        }
        if ctx.in_mention(k) {
            continue;
        }
        if let Some(m) = agent_right_after(ctx, input, k, s1) {
            return Some((m, k));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn assault(t: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(t, "ASSAULT")
    }

    #[test]
    fn the_agent_after_a_count_is_the_killer() {
        // The agent is no victim.
        let found = assault("قتل 5 بنيران القوات الإسرائيلية في المدينة.");
        assert_eq!(found, [(Some("ISR".to_string()), None)], "{:?}", events("قتل 5 بنيران القوات الإسرائيلية في المدينة."));
        // Past a counted noun no mention covers.
        let found = assault("وقتل عشرة أشخاص على يد تنظيم داعش أمس.");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("IMGMUSISI")), "{found:?}");
        // Past a partitive whose party is the victim.
        let found = assault("وقتل ثلاثة من عناصر الأمن العراقي برصاص قوات الجيش التركي.");
        assert!(found.contains(&(Some("TUR".to_string()), Some("IRQ".to_string()))), "{found:?}");
    }

    #[test]
    fn no_agent_across_a_comma() {
        let found = assault("وقتل عشرة أشخاص، وأكدت الشرطة الفرنسية ذلك.");
        assert!(found.iter().all(|(a, _)| a.is_none()), "{found:?}");
    }
}
