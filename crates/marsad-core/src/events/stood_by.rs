//! Standing by a side (وقفت قطر إلى جانب تركيا، أكدت الكويت وقوفها إلى جانب السعودية) is
//! support for it (SUPPORT 050, the rows of `وقف` and `وقوف` whose recipient comes after
//! جانب). The words are otherwise mostly something else — stopping (وقف القتال، وقفا
//! للقتال بين), standing in a place (يقفون في طابور), standing behind a deed (وقوف إيران
//! وراء الهجوم) — so without إلى جانب after them they are no trigger at all, and lend no
//! subject to the next verb. And إلى جانب, which elsewhere adds one more party to a list
//! (الرئيس إلى جانب وزير خارجيته), there heads the recipient instead.

use super::args::{self, Context};
use super::Input;
use marsad_lexicon::events::{Slot, Trigger};

/// The word after which the side stood by is named (key).
const SIDE: &str = "جانب";

/// Does trigger `t` take its recipient after جانب?
pub(super) fn takes_side(t: &Trigger) -> bool {
    t.recipient.iter().any(|s| matches!(s, Slot::Prep(p) if p == SIDE))
}

/// Is the trigger `t` at token `i` one of standing by a side with no جانب within its
/// `then` reach after it, or told as a scene, someone standing beside another while he
/// speaks or acts (وقال وهو يقف إلى جانب زوجته، بينما كان يقف إلى جانب قوات الأمن)? Then it
/// is no event, not even one that lends its subject.
pub(super) fn lacks_side(input: &Input, ctx: &Context, t: &Trigger, i: usize, s1: usize) -> bool {
    takes_side(t) && (super::then_end(input, ctx, &[SIDE.to_string()], i + 1, s1).is_none() || in_scene(input, i))
}

/// Does the verb at token `i` describe a scene: right after وهو، وهي، وهم (a circumstantial
/// clause), or after كان that follows بينما، عندما، حين (the time of another deed)?
fn in_scene(input: &Input, i: usize) -> bool {
    let key = |k: usize| args::bare(&input.keys[k]);
    let circumstantial = i > 0 && matches!(input.keys[i - 1].as_str(), "وهو" | "وهي" | "وهم" | "وهما");
    let while_was = i > 1 && matches!(key(i - 1), "كان" | "كانت") && matches!(key(i - 2), "بينما" | "عندما" | "حين" | "حينما");
    circumstantial || while_was
}

/// Does إلى جانب between tokens `from` and `to`, inside a list whose first mention is
/// `first`, head the recipient of the standing-by verb right before that mention
/// (وقفت السعودية إلى جانب المغرب) rather than join one more party to the list?
pub(super) fn heads_side(input: &Input, first: usize, from: usize, to: usize) -> bool {
    let verb = input.mentions[first].tok_start.checked_sub(1);
    input.keys[from..to].iter().any(|k| k == SIDE) && verb.is_some_and(|v| args::firm_trigger_at(input, v, takes_side))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn support(t: &str) -> Vec<(Vec<String>, Vec<String>)> {
        events(t).into_iter().filter(|e| e.kind == "SUPPORT").map(|e| (e.actors.iter().filter_map(|a| a.actor.clone()).collect(), e.recipients.iter().filter_map(|a| a.actor.clone()).collect())).collect()
    }

    #[test]
    fn a_state_standing_by_another_supports_it() {
        let s = support("وقفت الجزائر إلى جانب تونس خلال أزمتها الاقتصادية.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert!(s[0].0.iter().any(|a| a.starts_with("DZA")) && s[0].1.iter().any(|r| r.starts_with("TUN")), "{s:?}");
        let s = support("وجدد وزير الخارجية الكويتي وقوف بلاده الكامل إلى جانب الأردن.");
        assert!(s.iter().any(|(_, r)| r.iter().any(|r| r.starts_with("JOR"))), "{s:?}");
    }

    #[test]
    fn a_word_of_standing_does_not_bound_another_event_s_recipient() {
        let s = support("وأعربت عمان عن تضامنها التام ووقوفها مع دولة الكويت في هذه الظروف.");
        assert!(s.iter().any(|(_, r)| r.iter().any(|r| r.starts_with("KWT"))), "{s:?}");
    }

    #[test]
    fn the_side_is_no_second_party_of_the_subject() {
        let s = support("وتقف فرنسا إلى جانب اليونان في هذه المحنة.");
        assert!(s.iter().any(|(a, r)| a.iter().all(|a| a.starts_with("FRA")) && r.iter().any(|r| r.starts_with("GRC"))), "{s:?}");
    }

    #[test]
    fn standing_without_a_side_is_no_event() {
        // Stopping a war between two parties, standing in a queue, standing behind an attack.
        for t in [
            "ودعا المبعوث إلى وقف الحرب بين الحكومة اليمنية والحوثيين.",
            "ووقف مئات الأردنيين في طوابير طويلة أمام السفارة ثم هاجموا الشرطة.",
            "واتهم الوزير إيران بالوقوف وراء الهجوم على الناقلة.",
            // A scene: standing beside someone while speaking.
            "وقال الرئيس المصري وهو يقف إلى جانب نظيره الفرنسي إن المحادثات كانت مثمرة.",
        ] {
            assert!(support(t).is_empty(), "{t}: {:?}", events(t));
        }
    }
}
