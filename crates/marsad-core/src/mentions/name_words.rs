//! The one reader of an unknown name's extent: from a given name, the name words that
//! follow it (a middle name, a family name, بن and its father's name, particles such as
//! دي، فون), counted the same way for a name after a role phrase
//! ([`super::unknown_name`]) and a name standing alone ([`super::name_extent`]).

use super::{abd_names, clause_words, name_particles, no_name_word, ActorSpan, Cx, Kind};

/// How the words after a given name are read.
pub(super) struct Reading<'o, 'a, W: Fn(usize) -> bool> {
    /// A two-word given name (عبد الله، أبو بكر) counts as one word.
    pub two_word_given: bool,
    /// Is the word at this token a family name written with و (روبرت وود), not the
    /// conjunction?
    pub waw_surname: W,
    /// The mentions found so far and the first at or after the name: another mention
    /// ends the name, unless it is a lone known surname of one or two words, which the
    /// name takes in (إبراهيم نصر الله is not Hassan Nasrallah). `None`: no mention stops it.
    pub mentions: Option<(&'o [ActorSpan<'a>], usize)>,
}

/// Where the reading stopped.
pub(super) struct NameWords {
    /// The token after the name's last word.
    pub end: usize,
    /// Stopped by a word that cannot be part of a name (punctuation, a function word, a
    /// conjunction or a preposition glued to the article).
    pub ended: bool,
    /// The lone known surname read in, by its index in the mentions.
    pub absorbed: Option<usize>,
    /// The most tokens the name could have had.
    pub longest: usize,
}

/// Reads the name words after the given name at token `at`.
pub(super) fn read<W: Fn(usize) -> bool>(cx: &Cx<'_, '_>, at: usize, how: &Reading<'_, '_, W>) -> NameWords {
    let keys = cx.keys;
    let with_bin = keys.get(at + 1).is_some_and(|k| k == "بن");
    // (عبد + one of God's names is one given name wherever the name is read.)
    let compound = usize::from(how.two_word_given && matches!(keys[at].as_str(), "عبد" | "ابو") || abd_names::compound_at(keys, at));
    let mut longest = at + 3 + usize::from(with_bin) + compound + name_particles::after(keys, at);
    let mut read = NameWords { end: at + 1, ended: false, absorbed: None, longest };
    // Name words read past the longest name, of a lineage name (at most two: its fourth
    // and fifth words).
    let mut lineage = 0;
    while read.end < keys.len() && (read.end < longest || lineage < 2 && four_part(cx, at, read.end)) {
        if read.end == longest {
            lineage += 1;
            longest += 1;
        }
        let end = read.end;
        // A father's name عبد + one of God's names inside the name (جابر عبد الهادي
        // المري) is one word too.
        if longest == read.longest && abd_names::compound_at(keys, end) {
            longest += 1;
        }
        if no_name_word(&keys[end], cx.first_names) && !(how.waw_surname)(end) && !cx.is_ali(end) {
            read.ended = true;
            break;
        }
        // A verb or a noun with a pronoun goes on with the clause (جمال ينحدر، جون ديفيد
        // يقول): the name stops there, as weakly as before a common word (one with و is a
        // conjunction's, which ends it as before: ألابا وعكسها).
        if clause_words::ends_name(&keys[end], cx.first_names) {
            break;
        }
        // A third word follows only a middle name that is a first name too (أحمد فوزي
        // صواقطة), so that قال أحمد بيانا جديدا is no name and مراسل CNN فريد بلايتين
        // مقابلة ends before the noun.
        let middle = keys[end - 1].as_str();
        let inner_compound = end >= at + 3 && abd_names::compound_at(keys, end - 2);
        // After it only a family name with the article or a given name (جابر عبد الهادي
        // المري، سليمان عبد الله سليمان): a word of the clause (سامح عبد العزيز نفسه،
        // أشرف عبد الغني بشأن) is no name word, and the name ends with the father's.
        if inner_compound && !(keys[end].starts_with("ال") || cx.first_names.contains(&keys[end])) {
            read.ended = true;
            break;
        }
        if end >= at + 2 + compound && !with_bin && !cx.first_names.contains(middle) && !name_particles::is_particle(middle) && !inner_compound {
            break;
        }
        if let Some((out, j)) = how.mentions {
            if let Some(n) = out.get(j).filter(|n| n.tok_start == end) {
                if n.kind == Kind::PersonShort && n.tok_end <= end + 2 && read.absorbed.is_none() {
                    read.absorbed = Some(j);
                    read.end = n.tok_end;
                    continue;
                }
                break;
            }
        }
        read.end += 1;
    }
    read.longest = longest;
    read
}

/// Is `key` a word that names the person another way or gives the age after a name's last
/// word (المعروف بـ، المكنى، البالغ من العمر)? Then the name ends before it, as at
/// punctuation (أحمد يوسف سرحان المعروف باسم …).
pub(super) fn clause_goes_on(key: &str) -> bool {
    AFTER_NAME.contains(&key)
}

/// Words that follow a whole name: "known as", "nicknamed", "called", "aged".
const AFTER_NAME: &[&str] = &["المعروف", "المعروفه", "الملقب", "الملقبه", "المكني", "المكناه", "المدعو", "البالغ", "البالغه"];

/// Definite words after three name words that go on with the clause: days (توفي أحمد خالد
/// توفيق الاثنين) and the time adjectives after a name; no fourth name word either.
const NOT_FAMILY: &[&str] =
    &["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السابق", "الحالي", "الجديد", "الاسبق", "الراحل", "الخزينه"];

/// Does a full lineage name go on at token `end`, its fourth or fifth word: the given name
/// at `at`, then only the father's and grandfather's (and great-grandfather's) given names
/// (listed, or عبد + one of God's names), then a family name with the article or one more
/// given name (أحمد إبراهيم زكي الطويل، محمد عبد الحفيظ يوسف إسماعيل، أحمد محمد أحمد هزاع
/// الدربي), as lists of the killed or detained write them?
/// Read as three words, the name was unbounded and lost, and its last three words were
/// read again as another person.
fn four_part(cx: &Cx<'_, '_>, at: usize, end: usize) -> bool {
    let keys = cx.keys;
    let Some(last) = keys.get(end) else { return false };
    if !(last.starts_with("ال") || cx.first_names.contains(last)) || no_name_word(last, cx.first_names) || clause_goes_on(last) || NOT_FAMILY.contains(&last.as_str()) {
        return false;
    }
    // A state, place or role noun there is no family name (… الإمارات، … الرئيس).
    if cx.lex.longest_at(&keys[end..=end], 0).is_some_and(|m| m.entries.iter().any(|&id| !matches!(cx.lex.entry_kind(id), Kind::Nisba | Kind::Person | Kind::PersonShort))) {
        return false;
    }
    // The words between are given names, an عبد compound counted as one.
    let mut k = at + 1;
    let mut names = 0;
    while k < end {
        if abd_names::compound_at(keys, k) {
            k += 2;
        } else if cx.first_names.contains(&keys[k]) && !keys[k].starts_with("ال") {
            k += 1;
        } else {
            return false;
        }
        names += 1;
    }
    k == end && names >= 2
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn a_four_part_lineage_name_is_read_whole() {
        let ms = mentions("وقال البيان إن القتلى هم خالد سعيد محمود العتيبي، وأحمد إبراهيم زكي الشمري.");
        assert!(ms.iter().any(|m| m.text == "خالد سعيد محمود العتيبي"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "وأحمد إبراهيم زكي الشمري"), "{ms:?}");
        // عبد + one of God's names is one of the three given names.
        let ms = mentions("وأصيب في القصف محمد عبد الحفيظ يوسف الحداد.");
        assert!(ms.iter().any(|m| m.text == "محمد عبد الحفيظ يوسف الحداد"), "{ms:?}");
        let ms = mentions("وأفرج عن سالم محمد أحمد حسن الكعبي بعد عامين.");
        assert!(ms.iter().any(|m| m.text == "سالم محمد أحمد حسن الكعبي"), "{ms:?}");
    }

    #[test]
    fn a_name_ends_before_known_as_and_no_day_is_its_fourth_word() {
        let ms = mentions("وقتل في الغارة سمير عادل حسين المعروف بأبي علي.");
        assert!(ms.iter().any(|m| m.text == "سمير عادل حسين"), "{ms:?}");
        // (Three given names and a definite word would make a lineage name.)
        let ms = mentions("وقال سمير عادل حسين الاثنين إن الوضع صعب.");
        assert!(ms.iter().all(|m| m.text != "سمير عادل حسين الاثنين"), "{ms:?}");
    }
}
