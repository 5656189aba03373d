//! A subject set off by commas before a bare reporting verb.
//!
//! When the subject comes first and an apposition or relative clause follows it between
//! commas (ويذكر أن مندوب سوريا في الأمم المتحدة، بشار الجعفري، قال …; بيد أن بولت، الذي
//! وضع وشاح النادي …، أكد أن …), the comma before the verb hides it from the SVO rule, and
//! an أن before it hides it from the sentence's first subject. The mention opening the
//! clause (the sentence's start or right after a bare إن/أن), followed by a comma, speaks.

use super::{bare_complementizer, is_comma, ActorSpan, Input};

/// Words that may stand between a clause opener and its subject (لكن X، …، قال).
const OPENERS: &[&str] = &["لكن", "ولكن", "بينما", "فيما", "اما"];

/// The subject of verb `cue` in sentence `[s0, cue)` set off by commas, if the token
/// before the cue is a comma.
pub(super) fn subject<'m>(input: &Input<'m>, s0: usize, cue: usize) -> Option<&'m ActorSpan<'m>> {
    let Input { text, tokens, keys, mentions, .. } = *input;
    if cue <= s0 + 2 || !is_comma(tokens[cue - 1].text(text)) {
        return None;
    }
    // The clause opens at the sentence start or after the last bare complementizer.
    let open = (s0..cue - 1).rev().find(|&j| bare_complementizer(&keys[j])).map_or(s0, |j| j + 1);
    let first = mentions.partition_point(|m| m.tok_start < open);
    let m = mentions.get(first)?;
    let at_open = m.tok_start == open || m.tok_start == open + 1 && OPENERS.contains(&keys[open].as_str());
    // The subject ends at a comma (its apposition or relative clause follows), before the
    // verb's own comma.
    let comma_after = m.tok_end < cue && is_comma(tokens[m.tok_end].text(text));
    (at_open && !m.prepositional && comma_after).then_some(m)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn speaker_country(text: &str, cue: &str) -> Option<String> {
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == cue).unwrap_or_else(|| panic!("no quote on {cue}: {q:?}"));
        p.speaker.as_ref().and_then(|s| s.country.clone())
    }

    #[test]
    fn a_subject_set_off_by_commas_speaks() {
        let text = "وقال المرصد السوري لحقوق الإنسان إن القصف استمر.\n\nويذكر أن وزير الخارجية الروسي، سيرغي لافروف، قال إن بلاده لن توافق على القرار.";
        assert_eq!(speaker_country(text, "قال").as_deref(), Some("RUS"));
    }

    #[test]
    fn a_mention_deeper_in_the_clause_does_not() {
        // The French minister is a genitive inside a time phrase: the Russian one goes on.
        let text = "وقال وزير الخارجية الروسي إن القصف استمر.\n\nوفي اليوم التالي لزيارة وزير الخارجية الفرنسي، قال إن بلاده لن توافق.";
        assert_eq!(speaker_country(text, "قال").as_deref(), Some("RUS"));
    }
}
