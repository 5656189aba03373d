//! A subhead: a line of a few words with no full stop (ترحيب إيراني، تشديد العقوبات على
//! إيران، "غزو تركي لسوريا"، الانسحاب الأمريكي مقابل التفاوض) names the topic of the
//! paragraphs under it, which tell the event with its parties and time. An event noun in it
//! is no event of its own (the labelled sets never code one). A headline with a verb stays
//! (أردوغان يشبه منع ألمانيا مظاهرات تأييد له), and so does a short sentence (ونفى ترامب
//! ذلك.).

use super::{EventSpan, Input};

/// The most words a subhead has.
const MAX_WORDS: usize = 5;

/// Is the event a bare noun's (no support verb) in a subhead line?
pub(super) fn is_subhead_noun(input: &Input, e: &EventSpan) -> bool {
    e.rule.starts_with("noun:") && is_subhead(input.text, e.sentence.0, e.sentence.1)
}

/// Is the sentence at bytes `start..end` a whole line of at most `MAX_WORDS` words that
/// does not end as a sentence does?
fn is_subhead(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].trim_end_matches([' ', '\t']).is_empty_or_ends_with_newline();
    let line_end = text[end..].trim_start_matches([' ', '\t']).is_empty_or_starts_with_newline();
    let line = text[start..end].trim();
    let stops = line.trim_end_matches(['"', '»', '”', ')']).ends_with(['.', '!', '؟', '?']);
    line_start && line_end && !stops && line.split_whitespace().count() <= MAX_WORDS
}

trait LineEdge {
    fn is_empty_or_ends_with_newline(&self) -> bool;
    fn is_empty_or_starts_with_newline(&self) -> bool;
}

impl LineEdge for str {
    fn is_empty_or_ends_with_newline(&self) -> bool {
        self.is_empty() || self.ends_with(['\n', '\r'])
    }
    fn is_empty_or_starts_with_newline(&self) -> bool {
        self.is_empty() || self.starts_with(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::is_subhead;
    use crate::events::tests::events;

    #[test]
    fn a_verbless_subhead_tells_no_event() {
        let t = "وأعلنت الحكومة الألمانية دعمها للاتفاق مع إيران.\nترحيب إيراني\nوأشاد وزير الخارجية الإيراني بموقف ألمانيا.";
        let e = events(t);
        assert!(!e.iter().any(|e| e.kind == "SUPPORT" && e.rule.starts_with("noun:ترحيب")), "{e:?}");
        let t = "قال الوزير إن المفاوضات مستمرة.\nتشديد العقوبات على إيران\nوقررت الولايات المتحدة فرض عقوبات جديدة على إيران.";
        let e = events(t);
        assert_eq!(e.iter().filter(|e| e.kind == "COERCE").count(), 1, "{e:?}");
    }

    #[test]
    fn lines_that_are_sentences_or_long_stay() {
        let text = "تمهيد\nونفى ترامب ذلك.\nمقدمة";
        let s = text.find("ونفى").unwrap();
        let e = s + "ونفى ترامب ذلك.".len();
        assert!(!is_subhead(text, s, e));
        let text = "تشديد العقوبات على إيران";
        assert!(is_subhead(text, 0, text.len()));
        let text = "أكد الوزير تشديد العقوبات على إيران اليوم";
        assert!(!is_subhead(text, 0, text.len()));
        // Part of a line is no subhead.
        let text = "قال الوزير. تشديد العقوبات على إيران\n";
        let s = text.find("تشديد").unwrap();
        assert!(!is_subhead(text, s, text.len() - 1));
    }
}
