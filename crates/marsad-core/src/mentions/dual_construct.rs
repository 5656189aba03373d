//! The construct dual of an office noun (وزيرا، وزيري، سفيرا، زعيمي: "the two ministers
//! of", the nun dropped before the genitive) names two office-holders: وزيرا خارجية مصر
//! والأردن، زعيمي كوريا الشمالية والصين, read like the plural office before a list
//! (`office_lists.rs`). The same letters are the accusative singular (عُيّن وزيرا للمالية،
//! انتخب رئيسا للإنتربول، 28 وزيرا), a predicate or a count, so a dictionary row for two
//! whose first form ends in ا or ي is kept only in construct: without the article (محمد
//! الوزيري), after no number, and before its genitive: a name or role noun with no
//! preposition on it, or a definite noun.

use super::counted::is_number_word;
use super::Cx;
use marsad_lexicon::{Entry, Kind, Match};
use marsad_text::normalize::key_is_definite;

/// Is `e` a construct dual's row: an agent for two people ("two …" in English) whose
/// first form, its id, is one word in ـا or ـي (the genitive dual rows, وزيرين، end in ن;
/// a nisba's row, صحفي، عسكري, counts no two)?
fn is_construct_dual(e: &Entry) -> bool {
    e.kind == Kind::Agent
        && e.entity.starts_with("two ")
        && e.id.strip_prefix("agent:").is_some_and(|f| !f.contains(' ') && f.ends_with(['ا', 'ي']))
}

/// Is the one-token match `k`, a construct dual's, in construct: without the article,
/// no number before it, and right after it a match with no preposition stripped, or a definite word?
fn in_construct(cx: &Cx<'_, '_>, matches: &[Match<'_>], k: usize) -> bool {
    let t = matches[k].start;
    // The article makes no construct (الوزيري is a surname or nisba).
    if matches[k].article || key_is_definite(&cx.keys[t]) {
        return false;
    }
    let counted = t > 0 && {
        let before = cx.keys[t - 1].as_str();
        before.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(before)
    };
    let next = matches.get(k + 1).filter(|n| n.start == t + 1);
    let genitive = match next {
        Some(n) => !n.prep,
        None => cx.keys.get(t + 1).is_some_and(|w| key_is_definite(w) && !w.starts_with("لل")),
    };
    !counted && genitive
}

/// Drop the construct-dual readings of matches not in construct (the accusative singular
/// is no mention by itself, as the plain singular after a verb of naming is not).
pub(super) fn keep_in_construct<'a>(cx: &Cx<'a, '_>, matches: &[Match<'_>], entries: &mut [Option<&'a Entry>]) {
    for (k, entry) in entries.iter_mut().enumerate() {
        if entry.is_some_and(is_construct_dual) && !in_construct(cx, matches, k) {
            *entry = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn the_two_office_holders_of_listed_states() {
        let ms = mentions("وقال سفيرا كندا واليابان إن المحادثات كانت صريحة.");
        assert_eq!(code(&ms, "سفيرا كندا"), Some("CANGOV"), "{ms:?}");
        assert_eq!(code(&ms, "واليابان"), Some("JPNGOV"), "{ms:?}");
        let ms = mentions("واجتمع وزيرا خارجية تونس والمغرب في الرباط.");
        assert_eq!(code(&ms, "وزيرا خارجية تونس"), Some("TUNGOV"), "{ms:?}");
        assert_eq!(code(&ms, "والمغرب"), Some("MARGOV"), "{ms:?}");
        let ms = mentions("وأشاد البيان بدور زعيمي الهند وباكستان.");
        assert_eq!(code(&ms, "زعيمي الهند"), Some("INDGOV"), "{ms:?}");
    }

    #[test]
    fn nouns_in_ya_are_no_duals() {
        // صحفي ends in ي as وزيري does: it is no construct dual, and stays a mention.
        let ms = mentions("وقال صحفي إن الشرطة اعتقلته.");
        assert!(ms.iter().any(|m| m.text == "صحفي"), "{ms:?}");
        // With the article it is a surname, not two ministers.
        let ms = mentions("وقال الكاتب خالد الوزيري مدير الدار إن المعرض ناجح.");
        assert!(ms.iter().all(|m| !m.text.starts_with("الوزيري")), "{ms:?}");
    }

    #[test]
    fn the_accusative_singular_is_no_dual() {
        // A predicate after a verb of naming: the body after ل is the mention, alone.
        let ms = mentions("وانتخب المؤتمر رجلا من تونس رئيسا للاتحاد الأفريقي العام الماضي.");
        assert!(ms.iter().all(|m| !m.text.starts_with("رئيسا")), "{ms:?}");
        // A count of ministers stays a count.
        let ms = mentions("وتضم الحكومة الجديدة 24 وزيرا من أحزاب مختلفة.");
        assert!(ms.iter().all(|m| m.text != "وزيرا" && !m.text.starts_with("وزيرا ")), "{ms:?}");
        let ms = mentions("وعين الملك سفيرا جديدا في باريس.");
        assert!(ms.iter().all(|m| !m.text.starts_with("سفيرا")), "{ms:?}");
    }
}
