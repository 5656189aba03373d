//! A person's name never ends on the word that ties it to a father's or a family name
//! (بن، بنت، ابن، آل، أبو، عبد; not أبي, which is also آبي, Abe). The name readers stop at a word they do not know
//! as a name's (دغر، العزيز، الشيخ) and can leave such a word last: الملك سلمان بن عبد،
//! أحمد عبيد بن. The name takes the words after it while they can be a name's; where the
//! next word cannot (a role noun, a function word, punctuation), the tie word is a
//! kinship noun of the sentence (مازن مرتضى ابن وزير سابق "son of a former minister") and
//! is left out.

use super::*;

/// Matching keys of the words that join the parts of an Arabic name (آل keys as ال).
const TIES: &[&str] = &["بن", "بنت", "ابن", "ال", "ابو", "عبد"];

/// At most this many words are read past a tie (بن عبد العزيز: two).
const MOST_WORDS: usize = 2;

/// Mends every person's span that ends on a tie word: it grows over the name words after
/// it, or loses the tie; a span that was the tie alone is dropped.
pub(super) fn mend<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let ends_on_tie = |s: &ActorSpan<'_>| s.kind == Kind::Person && s.tok_end > s.tok_start && TIES.contains(&keys[s.tok_end - 1].as_str());
    if !out.iter().any(ends_on_tie) {
        return;
    }
    let starts: Vec<usize> = out.iter().map(|s| s.tok_start).collect();
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for s in out.iter_mut().filter(|s| ends_on_tie(s)) {
        let old_end = s.tok_end;
        let mut end = old_end;
        while end < old_end + MOST_WORDS && TIES.contains(&keys[end - 1].as_str()) && name_word_at(cx, end, keys[end - 1] == "عبد", &starts) {
            end += 1;
        }
        if TIES.contains(&keys[end - 1].as_str()) {
            // Nothing a name's follows: the ties were kinship nouns, not part of the name.
            end = old_end;
            while end > s.tok_start && TIES.contains(&keys[end - 1].as_str()) {
                end -= 1;
            }
        }
        let words: Vec<&str> = keys[old_end.min(end)..old_end.max(end)].iter().map(String::as_str).collect();
        if let Some(Cow::Owned(entity)) = s.entity.as_mut() {
            if end > old_end {
                for w in &words {
                    entity.push(' ');
                    entity.push_str(w);
                }
            } else {
                for w in words.iter().rev() {
                    let Some(rest) = entity.strip_suffix(w) else { break };
                    let trimmed = rest.trim_end().len();
                    entity.truncate(trimmed);
                }
            }
        }
        if let Some((a, _)) = s.name.filter(|&(_, b)| b == old_end) {
            s.name = (end > a).then_some((a, end));
        }
        if end > old_end {
            grown.push((s.tok_start, end));
        }
        s.tok_end = end;
    }
    // What a grown name took in (الملك of عبد الملك) is no mention of its own.
    out.retain(|s| s.tok_end > s.tok_start && !grown.iter().any(|&(a, b)| a <= s.tok_start && s.tok_end <= b && (a, b) != (s.tok_start, s.tok_end)));
}

/// Whether token `t` can go on a name after a tie word: a word of the same paragraph
/// and clause that starts no mention of its own (after عبد it may: عبد الملك is one
/// name), is no function word, conjunction or glued preposition, and no reporting verb.
fn name_word_at(cx: &Cx<'_, '_>, t: usize, after_abd: bool, starts: &[usize]) -> bool {
    let Some(key) = cx.keys.get(t) else { return false };
    let same_line = cx.doc.is_none_or(|doc| {
        let (this, before) = (&doc.tokens[t], &doc.tokens[t - 1]);
        !doc.text[before.end..this.start].contains('\n')
    });
    same_line
        && (after_abd || !starts.contains(&t))
        && !no_name_word(key, cx.first_names)
        && !name_ends::function_word(key)
        && cx.lex.cue(key).is_none()
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_name_goes_on_past_bin_to_the_fathers_name() {
        let ms = mentions("قال رئيس الوزراء اليمني الدكتور أحمد عبيد بن دغر، إن بلاده تمر بأيام عصيبة.");
        let m = ms.iter().find(|m| m.text.contains("أحمد")).expect("the prime minister");
        assert!(m.text.ends_with("بن دغر"), "{}", m.text);
    }

    #[test]
    fn abd_takes_the_word_after_it_even_a_title() {
        let ms = mentions("كتب الخليفة سليمان بن عبد الملك إلى واليه رسالة.");
        assert!(ms.iter().all(|m| m.text != "الملك"), "{:?}", ms.iter().map(|m| &m.text).collect::<Vec<_>>());
        assert!(ms.iter().all(|m| !m.text.ends_with("بن") && !m.text.ends_with("عبد")), "{:?}", ms.iter().map(|m| &m.text).collect::<Vec<_>>());
    }

    #[test]
    fn abe_is_no_tie_word() {
        let ms = mentions("وقال رئيس الوزراء الياباني شينزو آبي إن بلاده مستعدة للحوار.");
        assert!(ms.iter().any(|m| m.text == "رئيس الوزراء الياباني شينزو آبي"), "{:?}", ms.iter().map(|m| &m.text).collect::<Vec<_>>());
    }

    #[test]
    fn son_of_a_minister_is_no_part_of_the_name() {
        let ms = mentions("واعتقلت السلطات السورية رجل الأعمال مازن مرتضى ابن وزير تعليم سابق.");
        assert!(ms.iter().all(|m| !m.text.ends_with("ابن")), "{:?}", ms.iter().map(|m| &m.text).collect::<Vec<_>>());
    }
}
