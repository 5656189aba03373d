//! Children separated from their families (فصل، عزل … عن ذويهم، عن أسرهم، عن آبائهم):
//! coercion (COERCE 170), the rows of `فصل` and `عزل` whose `then` words open with عن and
//! name the family. The separated stand between the noun and عن, so they are its
//! recipient (`inner_agent::then_is_destination`). Without the family after them the
//! words are something else (يفصل بين غزة وإسرائيل، فصل القوات، بعزل الرئيس، مدنيين عزل),
//! so they are then no trigger word at all and bound no other event's search.

use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// The preposition that opens a separation's `then` words (key).
const FROM: &str = "عن";

/// Are the `then` words those of a separation: عن first?
pub(super) fn is_separation(then: &[String]) -> bool {
    then.first().is_some_and(|w| w == FROM)
}

/// Is the separation verb at `i`, its `then` words ending at `end`, the unvowelled passive:
/// its family words right after it, no object between (أطفال فصلوا عن ذويهم)? Its subject
/// is then the separated.
pub(super) fn told_passively(t: &Trigger, i: usize, end: usize) -> bool {
    is_separation(&t.then) && end == i + 1 + t.then.len()
}

/// Is `t` at token `k` a separation row whose family words do not follow it, in order,
/// within the `then` reach and before the sentence ends?
pub(super) fn lacks_family(input: &Input, t: &Trigger, k: usize) -> bool {
    is_separation(&t.then) && lacks_then(input, t, k)
}

/// Do `t`'s `then` words fail to follow token `k`, in order, within the `then` reach and
/// before the sentence ends? (Shared with `house_arrest.rs`.)
pub(super) fn lacks_then(input: &Input, t: &Trigger, k: usize) -> bool {
    let end = (k + 1 + super::THEN_SPAN).min(input.keys.len());
    let mut j = k + 1;
    for w in &t.then {
        let mut words = 0;
        loop {
            if j >= end || words >= super::THEN_WINDOW || sentence_end(input, j) {
                return true;
            }
            if super::same_word(&input.keys[j], w) {
                break;
            }
            if input.tokens[j].kind != TokenKind::Punct {
                words += 1;
            }
            j += 1;
        }
        j += 1;
    }
    false
}

fn sentence_end(input: &Input, j: usize) -> bool {
    input.tokens[j].kind == TokenKind::Punct && matches!(input.tokens[j].text(input.text), "." | "؟" | "!" | "?")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// Each COERCE event's numbers of actors and recipients.
    fn coerce(t: &str) -> Vec<(usize, usize)> {
        events(t).into_iter().filter(|e| e.kind == "COERCE").map(|e| (e.actors.len(), e.recipients.len())).collect()
    }

    #[test]
    fn children_separated_from_their_families_are_coerced() {
        let c = coerce("وقالت المنظمة إن السلطات فصلت مئات الأطفال عن ذويهم على الحدود.");
        assert_eq!(c.len(), 1, "{c:?}");
        let c = coerce("وندد النواب بفصل الأطفال المهاجرين عن آبائهم عند الحدود.");
        assert_eq!(c.len(), 1, "{c:?}");
        // The separated are the noun's recipient, not its agent.
        assert_eq!(c[0], (0, 1), "{c:?}");
        let c = coerce("وتم عزل عشرات القاصرين عن أسرهم في مراكز الإيواء.");
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn the_unvowelled_passive_tells_the_separated() {
        // No one who separates is named: still an event, the children its recipient.
        let c = coerce("وقالت المحامية إن مئات القاصرين فصلوا عن أهاليهم عند الحدود.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, 0, "{c:?}");
        let c = coerce("ويعد هؤلاء من بين ألفي طفل عزلوا عن أسرهم هذا العام.");
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn separating_other_things_is_no_event() {
        assert!(coerce("ويفصل الجدار بين القرية وأراضيها الزراعية.").is_empty());
        assert!(coerce("وطالب النائب بعزل الرئيس من منصبه.").is_empty());
        assert!(coerce("وانتهى الفصل الدراسي الأول في المدارس.").is_empty());
    }

    #[test]
    fn a_separation_word_without_the_family_bounds_no_other_event() {
        // عزل "unarmed" after the victims: the killing keeps its place.
        let e = events("وقتلت الشرطة رجلين عزل في مدينة ممفيس الأمريكية.");
        assert!(e.iter().any(|e| e.kind == "ASSAULT"), "{e:?}");
    }
}
