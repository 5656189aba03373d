//! A hashtag of one word written as the last word of a phrase (الرئيس التركي رجب طيب
//! #أردوغان، المملكة العربية #السعودية، وزارة الخارجية #القطرية) is read as if its # were
//! not there: no phrase crosses punctuation, so the scan gave the words before the # and
//! the hashtag apart (or the words alone, coded by the story). The words before it and
//! the hashtag's word are read again as a text of their own, and a mention found across
//! the # replaces the mentions inside it, the # in its span.

use super::{find_with, is_stop, merge_by_start, ActorSpan, Cx, Passes};

/// Most words before a hashtag read with it (a role phrase and a name: الرئيس التركي رجب
/// طيب).
const WORDS_BEFORE: usize = 6;

/// Join each one-word hashtag to the phrase it ends (see the module docs).
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    if !cx.hash_sign {
        return;
    }
    let keys = cx.keys;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    for &t in &cx.unkeyed {
        // `# word` after a word, and no `_` after it (a hashtag of several words is
        // `hashtags`'s): the key tests first, the text only then.
        // (After a preposition the hashtag is a complement that may go with the verb:
        // تستخدم روسيا متعاقدين في #سوريا.)
        // The mark is read before the stop-word lookup: most punctuation is no #.
        let shape = t > 0 && t + 1 < keys.len() && !keys[t - 1].is_empty() && !keys[t + 1].is_empty();
        if !shape || !cx.punct_is(t, "#") || is_stop(&keys[t - 1]) || cx.punct_is(t + 2, "_") || cx.para_start(t) || cx.para_start(t + 1) {
            continue;
        }
        // A phrase across the # ends a mention right before it, or has begun within the
        // two words before it (المملكة العربية #السعودية، عبد الفتاح #السيسي); mentions do
        // not overlap, so only the last one that starts before the # can end there.
        let named = |w: usize| cx.name_starts.binary_search(&w).is_ok() || keys[w] == "بن";
        let begins = |w: usize| !keys[w].is_empty() && (cx.lex.may_begin_phrase(&keys[w]) || named(w));
        let k = out.partition_point(|o| o.tok_start < t);
        let ends_mention = k > 0 && out[k - 1].tok_end == t;
        if !(ends_mention || begins(t - 1) || t >= 2 && begins(t - 2)) {
            continue;
        }
        let mut a = t;
        while a > 0 && t - a < WORDS_BEFORE && !keys[a - 1].is_empty() && !cx.para_start(a) {
            a -= 1;
        }
        let inner: Vec<String> = keys[a..t].iter().chain(std::iter::once(&keys[t + 1])).cloned().collect();
        let last = inner.len() - 1;
        let at = |i: usize| if i < last { a + i } else { t + 1 };
        let end = |e: usize| at(e - 1) + 1;
        for mut s in find_with(cx.lex, &inner, cx.first_names, cx.date, None, Passes::Hashtag) {
            // Only a mention across the #, ending with the hashtag's word, and one the
            // dictionaries name: an unknown name read without the story's words before
            // it may start inside another (الأديب المصري عباس محمود #العقاد).
            if s.tok_end != inner.len() || s.tok_start >= last || s.rule.starts_with("unknown-name") {
                continue;
            }
            s.tok_start = at(s.tok_start);
            s.tok_end = t + 2;
            s.name = s.name.map(|(x, y)| (at(x), end(y)));
            s.antecedent = s.antecedent.map(|(x, y)| (at(x), end(y)));
            // A mention it would cut (one that starts before it or runs on past the
            // hashtag) keeps its reading.
            let cuts = out.iter().any(|o| o.tok_start < s.tok_end && o.tok_end > s.tok_start && (o.tok_start < s.tok_start || o.tok_end > s.tok_end));
            if !cuts {
                added.push(s);
            }
        }
    }
    if added.is_empty() {
        return;
    }
    out.retain(|o| !added.iter().any(|s| o.tok_start < s.tok_end && o.tok_end > s.tok_start));
    merge_by_start(out, added);
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions_on;

    fn texts(ms: &[crate::model::Mention]) -> Vec<&str> {
        ms.iter().map(|m| m.text.as_str()).collect()
    }

    #[test]
    fn a_one_word_hashtag_ends_a_state_name() {
        let ms = mentions_on("وزار المملكة العربية #السعودية وفد رفيع.", Some("2018-05-10"));
        let m = ms.iter().find(|m| m.text == "المملكة العربية #السعودية").unwrap_or_else(|| panic!("{:?}", texts(&ms)));
        assert_eq!(m.country.as_deref(), Some("SAU"));
        assert!(!ms.iter().any(|m| m.text == "المملكة"), "{:?}", texts(&ms));
    }

    #[test]
    fn a_one_word_hashtag_ends_a_persons_name_and_title() {
        let ms = mentions_on("وقال الرئيس التركي رجب طيب #أردوغان إن بلاده لن تتراجع.", Some("2018-05-10"));
        assert!(ms.iter().any(|m| m.text == "الرئيس التركي رجب طيب #أردوغان" && m.entity.as_deref() == Some("Recep Tayyip Erdogan")), "{:?}", texts(&ms));
        let ms = mentions_on("والتقى عبد الفتاح #السيسي وزير الخارجية.", Some("2018-05-10"));
        let m = ms.iter().find(|m| m.text.ends_with("#السيسي")).unwrap_or_else(|| panic!("{:?}", texts(&ms)));
        assert_eq!(m.text, "عبد الفتاح #السيسي");
        assert_eq!(m.role.as_deref(), Some("GOV"));
    }

    #[test]
    fn a_nisba_hashtag_codes_the_body_before_it() {
        let ms = mentions_on("وأعلنت وزارة الخارجية #القطرية أنها ترفض البيان.", Some("2018-05-10"));
        let m = ms.iter().find(|m| m.text.starts_with("وزارة الخارجية")).unwrap_or_else(|| panic!("{:?}", texts(&ms)));
        assert_eq!((m.text.as_str(), m.country.as_deref()), ("وزارة الخارجية #القطرية", Some("QAT")));
    }

    #[test]
    fn a_hashtag_after_a_preposition_or_an_unknown_name_stays_alone() {
        let ms = mentions_on("وتستخدم روسيا عددا كبيرا من المتعاقدين في #سوريا منذ سنوات.", Some("2018-05-10"));
        assert!(ms.iter().any(|m| m.text == "#سوريا"), "{:?}", texts(&ms));
        let ms = mentions_on("وأوضح أن مالك #السينما له مطلق الحرية.", Some("2018-05-10"));
        assert!(!ms.iter().any(|m| m.text.contains("مالك")), "{:?}", texts(&ms));
        // A hashtag of several words is not this pass's.
        let ms = mentions_on("وقال #صالح_مسلم إن الهجوم فشل.", Some("2018-06-01"));
        assert!(ms.iter().any(|m| m.text == "#صالح_مسلم"), "{:?}", texts(&ms));
    }
}
