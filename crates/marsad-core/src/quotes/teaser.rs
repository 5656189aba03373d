//! A teaser line: a link to another story, set in the article's body.
//!
//! News sites break an article with a line that points at another of their stories
//! (قد يهمك| أردوغان يصف خاشقجي بـ"الصديق" ويؤكد: …، اقرأ أيضا: ترامب يصف … بأنه "…"،
//! للمزيد: …). What follows the label is that story's headline, and the guide counts no
//! headline as a quotation (it is the other article's, not this one's report).

/// Labels that always open a teaser (keys): قد يهمك، اقرأ / إقرأ (أيضا، المزيد …).
const ALWAYS: &[&[&str]] = &[&["قد", "يهمك"], &["اقرا"]];

/// Labels that open one only before أيضا or punctuation (keys): شاهد and طالع are verbs
/// too (شاهد الجمهور …), للمزيد opens a sentence too (للمزيد من المعلومات …).
const BEFORE_ALSO_OR_PUNCT: &[&str] = &["شاهد", "طالع", "للمزيد"];

/// "Also" (key).
const ALSO: &str = "ايضا";

/// Does the paragraph whose tokens start at `p0` and end before `p1` open with a teaser
/// label? `is_punct` tells a punctuation token.
pub(super) fn opens_teaser(keys: &[String], p0: usize, p1: usize, is_punct: impl Fn(usize) -> bool) -> bool {
    let key = |i: usize| if i < p1 { keys[i].as_str() } else { "" };
    if ALWAYS.iter().any(|label| label.iter().enumerate().all(|(n, w)| key(p0 + n) == *w)) {
        return true;
    }
    BEFORE_ALSO_OR_PUNCT.contains(&key(p0)) && p0 + 1 < p1 && (key(p0 + 1) == ALSO || is_punct(p0 + 1))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for w in super::ALWAYS.iter().flat_map(|l| l.iter()).chain(super::BEFORE_ALSO_OR_PUNCT).chain([&super::ALSO]) {
            assert_eq!(&key(w), w);
        }
        assert_eq!(key("اقرأ"), "اقرا");
        assert_eq!(key("إقرأ"), "اقرا");
        assert_eq!(key("أيضاً"), "ايضا");
    }

    #[test]
    fn another_storys_headline_is_no_quotation() {
        let text = "وقال مسؤول تركي إن التحقيق مستمر.\nقد يهمك| أردوغان يصف الصحفي بـ\"الصديق\" ويؤكد: لن نصل إلى وضع غير مرغوب فيه\nوأضاف المسؤول أن النتائج ستعلن قريبا.";
        let q = quotes(text);
        assert!(q.iter().all(|q| !q.text.contains("الصديق") && !q.text.contains("وضع غير مرغوب")), "{q:?}");
        assert_eq!(q.len(), 2, "{q:?}");
        let q = quotes("اقرأ أيضا: وزير الخارجية يصف الاتفاق بأنه \"خطوة تاريخية\"\nوأعلنت الوزارة أن الوفد سيصل غدا.");
        assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["الوفد سيصل غدا"]);
        let q = quotes("للمزيد: الرئيس يؤكد أن الانتخابات ستجرى في موعدها\nوقال المتحدث إن الحكومة مستعدة.");
        assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["الحكومة مستعدة"]);
    }

    #[test]
    fn the_same_words_as_verbs_still_report() {
        let q = quotes("شاهد الجمهور المباراة، وقال المدرب إن فريقه قدم أداء جيدا.");
        assert_eq!(q.len(), 1, "{q:?}");
        let q = quotes("للمزيد من التفاصيل قال المتحدث إن الوزارة ستنشر بيانا.");
        assert_eq!(q.len(), 1, "{q:?}");
    }
}
