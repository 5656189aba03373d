//! "BBC has learned that …": وعلمت بي بي سي أن …، علمت شبكة CNN بأن …، لكن بي بي سي علمت أن ….
//!
//! An outlet reporting what its own sources told it is a report the outlet vouches for:
//! the labels give it as an indirect quote with the outlet as speaker. علمت is otherwise
//! "she learned" (بعدما علمت أنها حامل), "I learned" (علمت للتو بأن …) or "taught" (علمت
//! الجميع معاني الفداء), a person's knowledge and no report, so the cue counts only with
//! the press (a mention coded MED) as its subject, right after the verb (a mark may open its
//! name) or right before it (with قد between: وكانت CNN قد علمت). Not after حسبما / ما
//! (حسبما علمت بي بي سي: a frame, read as one), nor when a frame later in the sentence names
//! the outlet's own source (علمت CNN بأن …، وفقا لما أكدته مصادر في البنتاغون: the sources
//! speak, as the frame already said). The outlet is not carried on to the continuations
//! after it (rule `press-learned`, `carry::carries`): a وقالت after it goes on with the
//! speaker before.

use super::{is_mark, mention_covering, ActorSpan, Input};

/// The cue's lemma in `dictionaries/cues.tsv`.
pub(super) const LEMMA: &str = "علم";

/// Is mention `m` coded as the press?
fn is_press(m: &ActorSpan) -> bool {
    m.actor.as_deref().is_some_and(|a| a.contains("MED"))
}

/// Words before the verb that make it a frame's (حسبما علمت، بحسب ما علمت، وفق ما علمت).
const FRAME_BEFORE: &[&str] = &["حسبما", "وحسبما", "ما", "كما"];

/// Is the press the subject of the verb "learned" at `cue`, with no frame after it in its
/// sentence (`frame_at`)?
pub(super) fn outlet_learned(input: &Input, cue: usize, frame_at: impl Fn(usize) -> bool) -> bool {
    let Input { text, tokens, keys, mentions, .. } = *input;
    // (كما علمت بي بي سي بأن …: "also", the verb's own report; كما right before its name
    // only: كما علمت, "as BBC learned", closes a clause, …، كما علمت بي بي سي.)
    let as_frame = cue > 0 && FRAME_BEFORE.contains(&keys[cue - 1].as_str()) && !(keys[cue - 1] == "كما" && (cue + 1..(cue + 8).min(keys.len())).any(|j| super::is_complementizer(&keys[j])));
    let (_, s1) = input.sentence_tokens(cue);
    if as_frame || (cue + 1..s1).any(&frame_at) {
        return false;
    }
    let press_at = |t: usize| mention_covering(mentions, t).is_some_and(|m| m.tok_start == t && !m.prepositional && is_press(m));
    let mark = |t: usize| t < tokens.len() && is_mark(tokens[t].text(text));
    let after = cue + 1 < keys.len() && (press_at(cue + 1) || mark(cue + 1) && cue + 2 < keys.len() && press_at(cue + 2));
    let before_end = if cue >= 2 && keys[cue - 1] == "قد" { cue - 1 } else { cue };
    let before = before_end > 0
        && mention_covering(mentions, before_end - 1).is_some_and(|m| m.tok_end == before_end && !m.prepositional && is_press(m));
    after || before
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes, speaker_of};

    #[test]
    fn an_outlet_that_learned_reports() {
        let t = "وعلمت بي بي سي أن أحد أعضاء الفريق عقيد في جهاز المخابرات.";
        assert_eq!(indirect(t), vec!["أحد أعضاء الفريق عقيد في جهاز المخابرات".to_string()]);
        assert_eq!(speaker_of(t, "أحد أعضاء").as_deref(), Some("بي بي سي"));
        assert_eq!(indirect("وقد علمت شبكة CNN بأن الجيش الأمريكي يخطط لإرسال جنود إلى سوريا.").len(), 1);
    }

    #[test]
    fn the_outlet_is_not_carried_on() {
        let t = "وقالت متحدثة باسم فيسبوك إن الشركة تراجع الطلبات. وعلمت بي بي سي أن الشركة أزالت مشاركتين. وأضافت أن الشركة تتحلى بالشفافية.";
        assert_eq!(speaker_of(t, "الشركة تتحلى").as_deref(), Some("متحدثة باسم فيسبوك"));
    }

    #[test]
    fn a_source_framed_after_it_speaks() {
        let q = quotes("علمت شبكة CNN أن هناك خططا عسكرية قد ترسل قوات أمريكية إضافية إلى شمال سوريا، بحسب ما قاله مسؤول بوزارة الدفاع.");
        assert!(q.iter().all(|q| q.rule != "press-learned"), "{q:?}");
        let q = quotes("وحسبما علمت بي بي سي، فإن ماي متحفظة من مطالبة الولايات المتحدة بتأجيل أي تحرك.");
        assert!(q.iter().all(|q| q.rule != "press-learned"), "{q:?}");
    }

    #[test]
    fn a_person_who_learned_reports_nothing() {
        assert!(indirect("وأصيبت بصدمة بعدما علمت أنها حامل في الشهر الثالث.").is_empty());
        assert!(indirect("وعلمت المحكمة أن والديها حصلوا على تبرعات من أصدقائهم.").is_empty());
    }
}
