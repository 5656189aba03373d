//! Frame phrases that are not the speaker of the reporting verb beside them.
//!
//! - A frame right after a verb with a dropped subject (وأضاف، وفقا لما نقلته الوكالة
//!   الرسمية: "…"، قال بحسب ترجمة نشرها الإعلام الرسمي "…"): the outlet only relays the
//!   words; the verb's own (pronoun) subject speaks, as for a verb with nothing after it.
//! - على ما وصفه بـ"…" ("on what he called …"): the على is the verb before it (علّق على،
//!   رد على، ألقى المسؤولية على), and وصف names a thing; it is no "as X said" frame.

use super::{is_comma, is_complementizer, is_mark, Input, CUE_WINDOW, FRAME_FILLERS};
use marsad_lexicon::CueKind;
use marsad_text::token::TokenKind;

/// Does the subject region of a reporting verb, starting at token `start`, open with a
/// frame word (وفقا، بحسب، حسب، وفق)? Then the verb has no subject after it.
pub(super) fn opens_subject_region(input: &Input, start: usize) -> bool {
    input.tokens.get(start).is_some_and(|t| t.kind == TokenKind::Arabic)
        && input.lexicon.cue(&input.keys[start]).is_some_and(|c| c.kind == CueKind::Frame)
        && !input.keys[start].starts_with("نقل")
}

/// Is the verb at `verb` (after على ما) وصف with its own بـ (وصفها بـ"…"، وصفه بسياسة …)?
pub(super) fn describes_as(input: &Input, verb: usize) -> bool {
    input.lexicon.cue(&input.keys[verb]).is_some_and(|c| c.lemma == "وصف")
        && input.keys.get(verb + 1).is_some_and(|k| k.starts_with('ب'))
}

/// The frame word whose own reporting verb stands at `verb` (بحسب ما نقلت، وفقا لما نشره),
/// with only its fillers (ما، لما) between.
pub(super) fn frame_of_verb(input: &Input, verb: usize, cue_kinds: &[Option<CueKind>]) -> Option<usize> {
    (verb.saturating_sub(2)..verb)
        .find(|&f| cue_kinds[f] == Some(CueKind::Frame) && (f + 1..verb).all(|j| FRAME_FILLERS.contains(&input.keys[j].as_str())))
        .filter(|_| cue_kinds[verb] == Some(CueKind::Verb))
}

/// Between the reporting verb at `verb` and the frame at `frame`, at most its subject phrase
/// and a time word, closed by a comma: no mark, no إن/أن clause and no other cue, so the
/// frame relays that verb's words.
pub(super) fn subject_only_between(input: &Input, verb: usize, frame: usize) -> bool {
    let Input { text, tokens, keys, .. } = *input;
    frame - verb <= 2
        || frame - verb <= CUE_WINDOW
            && (verb + 1..frame).all(|j| !is_mark(tokens[j].text(text)) && !is_complementizer(&keys[j]) && input.lexicon.cue(&keys[j]).is_none())
            && is_comma(tokens[frame - 1].text(text))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{quotes, speaker_of};

    #[test]
    fn a_frame_after_a_verb_with_no_subject_does_not_speak() {
        let t = "التقى الرئيس المصري عبد الفتاح السيسي وفدا من رجال الأعمال. وأضاف السيسي أن الاستثمار مهم.\n\nوقال، وفقا لما نقلته وكالة الأنباء الرسمية: \"نحن نرحب بكل المستثمرين\".";
        let sp = speaker_of(t, "نحن نرحب بكل المستثمرين");
        assert!(sp.as_deref().is_some_and(|s| s.contains("السيسي")), "{sp:?}");
    }

    #[test]
    fn a_subject_before_the_frame_still_speaks() {
        let t = "وقال وزير الخارجية الفرنسي، الأحد، بحسب ما نقلت وكالة الأنباء الرسمية: \"لن نقبل بهذا الاتفاق\".";
        let sp = speaker_of(t, "لن نقبل بهذا الاتفاق");
        assert!(sp.as_deref().is_some_and(|s| s.contains("وزير الخارجية")), "{sp:?}");
    }

    #[test]
    fn described_as_is_no_as_said_frame() {
        let q = quotes("ورد وزير الخارجية البحريني، الأحد، على ما وصفه بـ\"الحملة المغرضة\" ضد بلاده في وسائل الإعلام.");
        assert!(q.iter().all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "بـ")), "{q:?}");
        assert!(q.iter().all(|q| q.rule != "frame"), "{q:?}");
    }

    #[test]
    fn as_officials_said_stays_a_frame() {
        let q = quotes("وارتفعت أسعار النفط في الأسواق العالمية بشكل حاد، على ما أفاد مسؤولون في وزارة الطاقة.");
        assert!(q.iter().any(|q| q.rule == "frame" && q.speaker.as_ref().is_some_and(|s| s.text.contains("مسؤولون"))), "{q:?}");
    }
}
