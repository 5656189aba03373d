//! A hashtag written as the last word of a phrase (الرئيس التركي رجب طيب #أردوغان، المملكة
//! العربية #السعودية، وزارة الخارجية #القطرية), or as its complement in several words
//! (وزير خارجية #كوريا_الشمالية، طيران #التحالف_العربي), is read as if its # and
//! underscores were not there: no phrase crosses punctuation, so the scan gave the words
//! before the # and the hashtag apart (or the words alone, coded by the story). The words
//! before it and the hashtag's words are read again as a text of their own, and a mention
//! found across the # replaces the mentions inside it, the # in its span.

use super::{find_with, is_stop, merge_by_start, ActorSpan, Cx, Passes};
use marsad_lexicon::Kind;

/// Most words before a hashtag read with it (a role phrase and a name: الرئيس التركي رجب
/// طيب).
const WORDS_BEFORE: usize = 6;

/// Most words of a hashtag read with the phrase before it (#الإمارات_العربية_المتحدة).
const HASHTAG_WORDS: usize = 3;

/// Join each hashtag to the phrase it ends (see the module docs).
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    for &t in &cx.hash_signs {
        // `# word` after a word, the sign keyed "" as punctuation is.
        // (After a preposition the hashtag is a complement that may go with the verb:
        // تستخدم روسيا متعاقدين في #سوريا.)
        let shape = t > 0 && t + 1 < keys.len() && keys[t].is_empty() && !keys[t - 1].is_empty() && !keys[t + 1].is_empty();
        if !shape || is_stop(&keys[t - 1]) || cx.para_start(t) || cx.para_start(t + 1) {
            continue;
        }
        // The hashtag's words, joined by `_` (# word _ word); a longer one is a slogan.
        let mut words = vec![t + 1];
        while let Some(&w) = words.last().filter(|_| words.len() <= HASHTAG_WORDS) {
            if w + 2 < keys.len() && !keys[w + 2].is_empty() && cx.punct_is(w + 1, "_") {
                words.push(w + 2);
            } else {
                break;
            }
        }
        if words.len() > HASHTAG_WORDS {
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
        // A hashtag of several words is read with what is before it only as the
        // complement of a bare role noun, uncoded, that ends right at the # (رئيس
        // #كوريا_الجنوبية); the other phrases before one were read with it by `hashtags`
        // and the passes after, or are names of their own (الفنانة السعودية #مريم_الغامدي).
        let bare_role = ends_mention && out[k - 1].kind == Kind::Agent && out[k - 1].actor.is_none() && out[k - 1].entity.is_none();
        if words.len() > 1 && !bare_role {
            continue;
        }
        let mut a = t;
        while a > 0 && t - a < WORDS_BEFORE && !keys[a - 1].is_empty() && !cx.para_start(a) {
            a -= 1;
        }
        let inner: Vec<String> = keys[a..t].iter().chain(words.iter().map(|&w| &keys[w])).cloned().collect();
        // The hashtag's first word in `inner`.
        let first = t - a;
        let at = |i: usize| if i < first { a + i } else { words[i - first] };
        let end = |e: usize| at(e - 1) + 1;
        for mut s in find_with(cx.lex, &inner, cx.first_names, cx.date, None, Passes::Hashtag) {
            // Only a mention across the #, ending with the hashtag's last word, and one the
            // dictionaries name: an unknown name read without the story's words before
            // it may start inside another (الأديب المصري عباس محمود #العقاد).
            if s.tok_end != inner.len() || s.tok_start >= first || s.rule.starts_with("unknown-name") {
                continue;
            }
            // Across a hashtag of several words, only the role noun and its complement (a
            // state, an organisation): a person's name after a role is joined by the later
            // passes (الرئيس #إيمانويل_ماكرون), and joined here it changes what they read;
            // an unknown one (الفنان #حسين_فهمي) the story's guess would code, often wrongly.
            // It begins with the role noun: the words before that were read already.
            if words.len() > 1 && (s.entity.is_some() || at(s.tok_start) != out[k - 1].tok_start) {
                continue;
            }
            s.tok_start = at(s.tok_start);
            s.tok_end = end(s.tok_end);
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
        // A hashtag of several words with no phrase before it stays as `hashtags` read it.
        let ms = mentions_on("وقال #صالح_مسلم إن الهجوم فشل.", Some("2018-06-01"));
        assert!(ms.iter().any(|m| m.text == "#صالح_مسلم"), "{:?}", texts(&ms));
        let ms = mentions_on("وسافر الوفد إلى #كوريا_الشمالية أمس.", Some("2018-06-01"));
        assert!(ms.iter().any(|m| m.text == "#كوريا_الشمالية"), "{:?}", texts(&ms));
    }

    #[test]
    fn a_hashtag_of_several_words_completes_the_role_before_it() {
        let ms = mentions_on("وصرح رئيس برلمان #كوريا_الجنوبية بأن المحادثات مستمرة.", Some("2018-05-10"));
        let m = ms.iter().find(|m| m.text.ends_with("#كوريا_الجنوبية")).unwrap_or_else(|| panic!("{:?}", texts(&ms)));
        assert_eq!((m.text.as_str(), m.actor.as_deref()), ("رئيس برلمان #كوريا_الجنوبية", Some("KORLEG")));
        // Nor an unknown name after a role noun: the story's guess does not code it.
        let ms = mentions_on("وقالت وزارة الثقافة المصرية إن مصر ستستضيف المهرجان في مصر. وقال المخرج #سمير_عبد_الجواد إن الفيلم جاهز.", Some("2018-05-10"));
        let m = ms.iter().find(|m| m.text.starts_with("المخرج")).unwrap_or_else(|| panic!("{:?}", texts(&ms)));
        assert_eq!((m.actor.as_deref(), m.rule.as_str()), (None, "agent+unknown-name"));
        // A slogan of four words or more is not a complement.
        let ms = mentions_on("وقال الوزير #لا_لقانون_الخدمة_الجديد اليوم.", Some("2018-05-10"));
        assert!(!ms.iter().any(|m| m.text.contains('#')), "{:?}", texts(&ms));
    }
}
