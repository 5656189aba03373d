//! A subject set off by commas before a bare reporting verb.
//!
//! When the subject comes first and an apposition or relative clause follows it between
//! commas (ويذكر أن مندوب سوريا في الأمم المتحدة، بشار الجعفري، قال …; بيد أن بولت، الذي
//! وضع وشاح النادي …، أكد أن …), the comma before the verb hides it from the SVO rule, and
//! an أن before it hides it from the sentence's first subject. The mention opening the
//! clause (the sentence's start or right after a bare إن/أن), followed by a comma, speaks;
//! so does a person's name between commas right before the verb when a role phrase opens
//! the clause (بأن رئيس الجالية المصرية بغزة، عادل عبدالرحمن، قال: the name, with the role
//! phrase's code when no dictionary knows the name). A verb joined by و/ف after a reported
//! clause (أعلن الجيش أن القائد، …، وقال) is not that clause's: it goes on with the main
//! subject.

use super::{bare_complementizer, is_comma, speaker_from_mention, Input, Speaker, NOT_SUBJECT, NP_END};
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// Words that may stand between a clause opener and its subject (لكن X، …، قال).
const OPENERS: &[&str] = &["لكن", "ولكن", "بينما", "فيما", "اما"];

/// Words opening an adverbial phrase, not a subject (إثر زيارة وزير …، فلان، قال).
const ADVERBIAL: &[&str] = &["اثر", "رغم", "وسط", "بين", "لدي", "ازاء", "تزامنا", "بحضور"];

/// The subject of verb `cue` in sentence `[s0, cue)` set off by commas, if the token
/// before the cue is a comma.
pub(super) fn subject(input: &Input, s0: usize, cue: usize) -> Option<Speaker> {
    let Input { text, tokens, keys, mentions, lexicon, .. } = *input;
    if cue <= s0 + 2 || !is_comma(tokens[cue - 1].text(text)) {
        return None;
    }
    // The clause opens at the sentence start or after the last bare complementizer.
    let comp = (s0..cue - 1).rev().find(|&j| bare_complementizer(&keys[j]));
    let coordinated = keys[cue].strip_prefix(['و', 'ف']).is_some_and(|r| lexicon.cue(r).is_some());
    if comp.is_some() && coordinated {
        return None;
    }
    let open = comp.map_or(s0, |j| j + 1);
    let first = mentions.partition_point(|m| m.tok_start < open);
    let m = mentions.get(first)?;
    let at_open = m.tok_start == open || m.tok_start == open + 1 && OPENERS.contains(&keys[open].as_str());
    // The subject ends at a comma (its apposition or relative clause follows), before the
    // verb's own comma.
    let comma_after = m.tok_end < cue && is_comma(tokens[m.tok_end].text(text));
    if at_open && !m.prepositional && comma_after {
        return Some(speaker_from_mention(input, m));
    }
    if coordinated {
        return None;
    }
    name_in_apposition(input, open, cue)
}

/// A person's name between commas right before the verb at `cue` (…، عادل عبدالرحمن، قال),
/// after a subject phrase of a few words opening the clause at `open` with no other
/// punctuation, no reporting word and no preposition or time word first.
pub(super) fn name_in_apposition(input: &Input, open: usize, cue: usize) -> Option<Speaker> {
    let Input { text, tokens, keys, mentions, lexicon, .. } = *input;
    let upto = mentions.partition_point(|m| m.tok_end < cue);
    let n = upto.checked_sub(1).map(|u| &mentions[u]).filter(|n| n.tok_end == cue - 1)?;
    let person = matches!(n.kind, Kind::Person | Kind::PersonShort);
    if !person || n.tok_start < open + 2 || !is_comma(tokens[n.tok_start - 1].text(text)) {
        return None;
    }
    let head = if OPENERS.contains(&keys[open].as_str()) { open + 1 } else { open };
    let head_end = n.tok_start - 1;
    let first = keys[head].as_str();
    let adverbial = NP_END.contains(&first) || NOT_SUBJECT.contains(&first) || ADVERBIAL.contains(&first) || first.starts_with(['و', 'ف', 'ب', 'ل', 'ك']);
    let plain = (head..head_end).all(|j| tokens[j].kind == TokenKind::Arabic && lexicon.cue(&keys[j]).is_none());
    if head >= head_end || head_end - head > 8 || adverbial || !plain {
        return None;
    }
    // (The role phrase's code for a name no dictionary knows: رئيس الجالية المصرية.)
    let in_head = mentions[mentions.partition_point(|m| m.tok_start < head)..].iter().take_while(|m| m.tok_end <= head_end);
    let role = in_head.filter(|m| !m.prepositional && m.actor.is_some()).find(|m| m.kind == Kind::Agent);
    match role {
        Some(r) if n.entity_id.is_none() => {
            let mut sp = speaker_from_mention(input, r);
            (sp.tok_start, sp.tok_end, sp.entity) = (n.tok_start, n.tok_end, None);
            Some(sp)
        }
        _ => Some(speaker_from_mention(input, n)),
    }
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
    fn a_name_set_off_after_a_role_phrase_speaks() {
        let text = "وقال المرصد السوري لحقوق الإنسان إن القصف استمر.\n\nوأفاد المركز الفلسطيني للإعلام بأن رئيس الجالية المصرية بغزة، عادل عبدالرحمن، قال إن المقر الثقافي دمر.";
        assert_eq!(speaker_country(text, "قال").as_deref(), Some("EGY"));
        let text = "وقال المرصد السوري لحقوق الإنسان إن القصف استمر.\n\nويذكر أن مندوب سوريا في الأمم المتحدة، بشار الجعفري، قال إن بلاده لن تقبل القرار.";
        assert_eq!(speaker_country(text, "قال").as_deref(), Some("SYR"));
    }

    #[test]
    fn a_name_after_a_time_phrase_does_not() {
        // The name is the visitor's, the pronoun subject the Russian minister's.
        let text = "وقال وزير الخارجية الروسي إن القصف استمر.\n\nويذكر أن عقب زيارة وزير الخارجية الفرنسي، جان إيف لودريان، قال إن بلاده لن توافق.";
        assert_eq!(speaker_country(text, "قال").as_deref(), Some("RUS"));
    }

    #[test]
    fn a_verb_joined_after_a_reported_clause_keeps_the_main_subject() {
        let text = "أعلن الجيش الإسرائيلي أن وزير الدفاع الأمريكي، جيمس ماتيس، زار القاعدة، وقال إن التعاون سيستمر.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == "وقال").unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("ISR"), "{q:?}");
    }

    #[test]
    fn a_mention_deeper_in_the_clause_does_not() {
        // The French minister is a genitive inside a time phrase: the Russian one goes on.
        let text = "وقال وزير الخارجية الروسي إن القصف استمر.\n\nوفي اليوم التالي لزيارة وزير الخارجية الفرنسي، قال إن بلاده لن توافق.";
        assert_eq!(speaker_country(text, "قال").as_deref(), Some("RUS"));
    }
}
