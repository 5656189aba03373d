//! Counted people (ثمانية أشخاص، 280 شخصا، آلاف الأشخاص، العديد من الأشخاص، شخصين): a crowd
//! or a casualty count, private people of the story's country as protesters are. The
//! noun شخص alone is anyone (أي شخص، هذا الشخص، الأشخاص الذين): only a count makes it a
//! group the news reports on, so it is no dictionary row. So are the dead and wounded
//! (أكثر من 250 قتيلا، 22 ألف مصاب، عدد من الجرحى، قتيلين), civilians and citizens in the
//! counted singular (36 مدنيا، 18 مواطنا), and the others counted after a group (مقتل 6
//! فلسطينيين وإصابة 192 آخرين), who are of that group: alone, القتلى or مصاب is a state of
//! things as often as people who act. A count with no noun is a crowd too where an event
//! word counts it (وجرح الآلاف، تظاهر عشرات الآلاف، مقتل العشرات): the people it struck
//! or who took part.

use super::extent::{is_one_of, set, KeySet};
use super::word_classes::{self, class};
use super::*;
use marsad_text::normalize::without_conjunction;
use std::sync::OnceLock;

/// The noun in its counted forms: plural (ثمانية أشخاص، آلاف الأشخاص) and singular after a
/// number of eleven or more (280 شخصا، 1400 شخص، ملايين شخص).
pub(super) const PERSON_NOUNS: &[&str] = &["أشخاص", "الأشخاص", "شخص", "شخصا"];

/// The dual counts by itself (اعتقلت الشرطة شخصين).
pub(super) const PERSON_DUALS: &[&str] = &["شخصين", "شخصان", "الشخصين", "الشخصان"];

/// The dead and wounded, and private people in the singular a number of eleven or more
/// takes (36 مدنيا، 18 مواطنا): counted, a casualty toll of the story's people.
pub(super) const CASUALTY_NOUNS: &[&str] = &[
    "قتيل", "قتيلا", "قتلى", "القتلى", "جريح", "جريحا", "جرحى", "الجرحى", "مصاب", "مصابا", "مصابين", "المصابين",
    "مدنيا", "مواطنا",
];

/// Their duals count by themselves (أسفرت عن قتيلين).
pub(super) const CASUALTY_DUALS: &[&str] = &["قتيلين", "قتيلان", "جريحين", "جريحان"];

/// "Others" counted (وإصابة 192 آخرين): people of the counted group named just before.
const OTHERS: &[&str] = &["آخرين", "آخرون"];

/// Counts with no noun after them (وجرح الآلاف، تظاهر المئات): people only where an event
/// word counts them ([`crowd_after_event`]); not الملايين, as often money or an audience.
const CROWD_COUNTS: &[&str] = &["الآلاف", "العشرات", "المئات"];

/// Words of wounding, fleeing and gathering that no event row lists, after which a count
/// with no noun is people (وأصيب العشرات، وإصابة المئات، نزح الآلاف، تجمع المئات).
const CROWD_WORDS: &[&str] = &[
    "أصيب", "أصيبت", "إصابة", "وإصابة", "جرح", "جرحى", "نزح", "فر", "هرب", "تجمع", "سقط", "أصابت", "أصاب", "شارك",
    "شاركت", "لجأ", "اعتقل",
];

/// Comparatives before من and a number (أكثر من 250 قتيلا): part of the count.
pub(super) const MORE_OR_LESS: &[&str] = &["أكثر", "أقل"];

/// Number words that count the noun right after them, the tens in both cases among them
/// (أكثر من ستين شخصا، عشرون قتيلا).
pub(super) const NUMBER_WORDS: &[&str] = &[
    "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع", "ثمانية", "ثماني", "تسعة", "تسع",
    "عشرة", "عشر", "عشرات", "مئات", "آلاف", "ألوف", "ملايين", "ألف", "ألفي", "ألفا", "مئة", "مائة", "مليون", "الآلاف",
    "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون",
    "ثمانين", "ثمانون", "تسعين", "تسعون",
];

/// The tens, which take the unit before them through و (خمسة وعشرين شخصا).
const TENS_WORDS: &[&str] = &[
    "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون",
    "ثمانين", "ثمانون", "تسعين", "تسعون",
];

/// The units before و and the tens (واحد وعشرين، ثلاثة وأربعين).
const UNITS_BEFORE_TENS: &[&str] = &[
    "واحد", "واحدة", "إحدى", "اثنين", "اثنان", "اثنتين", "اثنتان", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس",
    "ستة", "ست", "سبعة", "سبع", "ثمانية", "ثماني", "تسعة", "تسع",
];

/// The first word of eleven to nineteen, before عشر or عشرة.
const TEEN_UNITS: &[&str] = &[
    "أحد", "إحدى", "اثنا", "اثني", "اثنتا", "اثنتي", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة",
    "سبع", "ثمانية", "ثماني", "تسعة", "تسع",
];

/// Words that count through من (العديد من الأشخاص، عشرات من الأشخاص).
pub(super) const PARTITIVES: &[&str] = &["العديد", "عدد", "عددا", "عشرات", "مئات", "آلاف", "الآلاف", "العشرات", "المئات"];

/// "About" before a number (نحو 1400 شخص): part of the count.
pub(super) const ABOUT: &[&str] = &["نحو", "حوالي", "قرابة", "زهاء"];

/// Words of capacity before a count (ملعب يتسع لـ100 ألف شخص): seats, not people who act.
const CAPACITY: &[&str] = &["يتسع", "تتسع", "يستوعب", "تستوعب", "لاستيعاب", "سعة", "بسعة", "سعته", "سعتها"];

/// A number written in digits, perhaps with a decimal point (280، 9.3).
pub(super) fn is_digits(key: &str) -> bool {
    key.bytes().next().is_some_and(|b| b.is_ascii_digit()) && key.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A year (عين في 2014 سفيرا "appointed ambassador in 2014": the noun is no count).
pub(super) fn is_year(key: &str) -> bool {
    key.len() == 4 && (key.starts_with("19") || key.starts_with("20"))
}

/// What the counted noun at a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Counted {
    /// شخص and the dead and wounded: private people of the story's country.
    People,
    /// آخرين: more of the group counted before.
    Others,
    /// الآلاف with no noun: a crowd where an event word counts it.
    Crowd,
}

/// Which counted noun token `t` is, if any, and whether it is a dual (which counts itself).
pub(super) fn counted_noun(key: &str) -> Option<(Counted, bool)> {
    static OTHER: OnceLock<KeySet> = OnceLock::new();
    static CROWDS: OnceLock<KeySet> = OnceLock::new();
    // The four sets of people in one lookup.
    let people = word_classes::classes_of(key, class::PERSON_DUAL | class::CASUALTY_DUAL | class::PERSON_NOUN | class::CASUALTY_NOUN);
    if people & (class::PERSON_DUAL | class::CASUALTY_DUAL) != 0 {
        return Some((Counted::People, true));
    }
    if people != 0 {
        return Some((Counted::People, false));
    }
    if set(&CROWDS, CROWD_COUNTS).contains(key.trim_start_matches(['و', 'ف'])) {
        return Some((Counted::Crowd, false));
    }
    set(&OTHER, OTHERS).contains(key).then_some((Counted::Others, false))
}

/// Where the count of the noun at `t` begins, if it is counted: its own dual, or a
/// number (digits or a word) right before it, perhaps a number before that (4 آلاف
/// شخص) and "about" or "more than" before all (نحو 1400 شخص، أكثر من 250 قتيلا), or a
/// partitive and من.
fn count_start(keys: &[String], t: usize) -> Option<(usize, Counted)> {
    static PARTS: OnceLock<KeySet> = OnceLock::new();
    static CAPACITIES: OnceLock<KeySet> = OnceLock::new();
    let (what, dual) = counted_noun(&keys[t])?;
    if dual {
        return Some((t, what));
    }
    if what == Counted::Crowd {
        // A number word before it is part of the count (عشرات الآلاف، مئات الآلاف).
        let start = t.checked_sub(1).filter(|&b| is_number_word(&keys[b])).unwrap_or(t);
        return Some((about_before(keys, start), what));
    }
    let number = |k: &str| is_digits(k) || is_number_word(k);
    let start = match t.checked_sub(1) {
        Some(b) if number(&keys[b]) => b,
        // Others are counted by a number only (منهم من قتل وآخرين is no count).
        // (ثلاثة من المصابين: a number word too.)
        Some(b) if what == Counted::People && keys[b] == "من" && b > 0 && (is_one_of(&keys[b - 1], set(&PARTS, PARTITIVES)) || is_digits(&keys[b - 1]) || is_number_word(&keys[b - 1])) => b - 1,
        _ => return None,
    };
    let start = number_start(keys, start);
    // The capacity word, perhaps with ل written apart before the number (يتسع لـ100).
    let capacity = (start.saturating_sub(2)..start).any(|b| is_one_of(&keys[b], set(&CAPACITIES, CAPACITY)));
    (!capacity).then_some((start, what))
}

/// Where the number whose last word is token `b` begins: digits before a number word (4
/// آلاف، 150 ألف), the unit before عشر/عشرة (أحد عشر) or before و and the tens (خمسة
/// وعشرين), and "about" or "more than" before all.
pub(super) fn number_start(keys: &[String], b: usize) -> usize {
    static TENS: OnceLock<KeySet> = OnceLock::new();
    static UNITS: OnceLock<KeySet> = OnceLock::new();
    static TENS_OF_TEN: OnceLock<KeySet> = OnceLock::new();
    static UNITS_OF_TEN: OnceLock<KeySet> = OnceLock::new();
    let mut start = b;
    if start > 0 && is_digits(&keys[start - 1]) && !is_digits(&keys[start]) {
        start -= 1;
    }
    // The units of eleven to nineteen before عشر/عشرة (أحد عشر شخصا، ثلاثة عشر شخصا).
    if start > 0 && is_one_of(&keys[start], set(&TENS, &["عشر", "عشرة"])) && is_one_of(&keys[start - 1], set(&UNITS, TEEN_UNITS)) {
        start -= 1;
    }
    // The unit before و and the tens (خمسة وعشرين شخصا): one number.
    let tens_after_and = |k: &str| k.strip_prefix('و').is_some_and(|rest| set(&TENS_OF_TEN, TENS_WORDS).contains(rest));
    if start > 0 && tens_after_and(&keys[start]) && set(&UNITS_OF_TEN, UNITS_BEFORE_TENS).contains(keys[start - 1].as_str()) {
        start -= 1;
    }
    about_before(keys, start)
}

/// Is `key` a number written as a word that counts the noun after it (ثلاثة، عشرات)?
pub(super) fn is_number_word(key: &str) -> bool {
    word_classes::is_of(key, class::NUMBER_WORD)
}

/// Where a count that begins at token `start` begins with "about" or "more/less than"
/// before it (نحو 1400 شخص، أكثر من 250 قتيلا), و or ف included (وأكثر من 4 آلاف: the
/// guide's attached proclitics).
pub(super) fn about_before(keys: &[String], start: usize) -> usize {
    static ABOUTS: OnceLock<KeySet> = OnceLock::new();
    static MORE: OnceLock<KeySet> = OnceLock::new();
    if start > 0 && set(&ABOUTS, ABOUT).contains(without_conjunction(&keys[start - 1])) {
        start - 1
    } else if start > 1 && keys[start - 1] == "من" && set(&MORE, MORE_OR_LESS).contains(without_conjunction(&keys[start - 2])) {
        start - 2
    } else {
        start
    }
}


/// Every counted noun: people, the dead and wounded, their duals, and others.
fn counted_words() -> impl Iterator<Item = &'static &'static str> {
    PERSON_NOUNS.iter().chain(PERSON_DUALS).chain(CASUALTY_NOUNS).chain(CASUALTY_DUALS).chain(OTHERS).chain(CROWD_COUNTS)
}

/// Insert into `bits` every form of the counted nouns that [`counted_noun`] reads (و/ف,
/// then ب/ل or لل for the article), so that the lexicon scan marks their tokens among the
/// cue words and [`find`] reads no other token.
pub(super) fn add_forms(bits: &mut WordFilter) {
    insert_noun_forms(bits, counted_words().copied(), &["", "و", "ف"]);
}

/// Insert into `bits` every form of `words` as a noun is written after one of
/// `conjunctions` (then ب/ل, or لل for the article), so that the scan marks their tokens
/// among the cue words.
pub(super) fn insert_noun_forms(bits: &mut WordFilter, words: impl IntoIterator<Item = &'static str>, conjunctions: &[&str]) {
    for word in words {
        let key = marsad_text::normalize::key(word);
        for &conj in conjunctions {
            for prep in ["", "ب", "ل"] {
                bits.insert(&[conj, prep, &key].concat());
            }
            if let Some(rest) = key.strip_prefix("ال") {
                bits.insert(&[conj, "لل", rest].concat());
            }
        }
    }
}

/// Add a mention for every counted person noun no other mention covers: CVL of the
/// story's country, as crowds are (rule `agent+local+context:`), or for others (192
/// آخرين) the code of the counted group just before (rule `agent+others`). This runs after
/// the other passes: a crowd is no possessor (و4257 شخصا من أقاربه وأركان نظامه is Saddam's
/// regime) and في after it is a place, not an institution it belongs to (226 ألف شخص في
/// دول المحيط الهندي).
pub(super) fn find<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let Some(state) = story_country(cx, out) else { return };
    let Some(iso) = cx.lex.state(state).map(|s| s.iso3.as_str()) else { return };
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    let mut j = 0;
    // Only the tokens the scan marked may be a counted noun ([`add_forms`]).
    for &t in &cx.cues {
        let Some((start, what)) = count_start(keys, t) else { continue };
        while j < out.len() && out[j].tok_end <= start {
            j += 1;
        }
        if out.get(j).is_some_and(|s| s.tok_start <= t) || cx.crosses_paragraph(start, t + 1) {
            continue;
        }
        if what == Counted::Crowd && !crowd_after_event(cx, start, t) {
            continue;
        }
        // The nearest counted group before, past the other actors named between (مقتل 6
        // فلسطينيين برصاص الجيش الإسرائيلي وإصابة 192 آخرين).
        let group = || {
            let before = out[..j].iter().rev().take_while(|g| start - g.tok_end.min(start) <= OTHERS_REACH).find(|g| counted_group(cx, g, start));
            let after_added = added.iter().rev().find(|g| counted_group(cx, g, start));
            match (before, after_added) {
                (Some(b), Some(a)) => Some(if a.tok_end > b.tok_end { a } else { b }),
                (b, a) => b.or(a),
            }
        };
        let mut span = match (what, if what == Counted::People { None } else { group() }) {
            // A crowd after a counted group is more of it (مقتل 36 من ميليشيات الحوثي وإصابة
            // العشرات: the militia's men).
            (Counted::Others, Some(group)) | (Counted::Crowd, Some(group)) => {
                let mut span = ActorSpan::new(start, t + 1, Kind::Agent, Cow::Borrowed("agent"));
                span.resolve_as(group, "others");
                span
            }
            (Counted::Others, None) => continue,
            (Counted::People | Counted::Crowd, _) => {
                let mut span = ActorSpan::new(start, t + 1, Kind::Agent, Cow::Borrowed("agent+local"));
                code_from_story(cx.lex, &mut span, (state, iso), Cow::Borrowed("CVL"));
                span
            }
        };
        span.prepositional = strip_proclitics(&keys[start]).1;
        added.push(span);
    }
    merge_by_start(out, added);
}

/// How many tokens before "others" the group they add to may end.
const OTHERS_REACH: usize = 8;

/// Is the count with no noun at `start..=t` people an event word counts: right after an
/// event verb or verbal noun (تظاهر الآلاف، مقتل العشرات) or a word of wounding, fleeing or
/// gathering (وأصيب المئات), not behind ب/ل (بالآلاف "by the thousands") and not before
/// من or منهم (الآلاف من الدولارات، قتل العشرات منهم: a partitive that names them)?
fn crowd_after_event(cx: &Cx<'_, '_>, start: usize, t: usize) -> bool {
    static WORDS: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    // (A quotation mark may stand between: "قتل العشرات" من الحوثيين.)
    let quote = |s: &str| s.chars().all(|c| matches!(c, '"' | '«' | '»' | '“' | '”'));
    let next = (t + 1..keys.len().min(t + 3)).find(|&n| cx.punct_token(n).is_none_or(|(tok, text)| !quote(&text[tok.start..tok.end])));
    if strip_proclitics(&keys[t]).1 || next.is_some_and(|n| matches!(keys[n].as_str(), "من" | "منهم" | "منهن" | "منها" | "منهما")) {
        return false;
    }
    let Some(b) = start.checked_sub(1).filter(|&b| cx.punct_token(b).is_none()) else { return false };
    let before = keys[b].as_str();
    is_one_of(before, set(&WORDS, CROWD_WORDS)) || cx.lex.events().lookup(before).is_some_and(|hit| !hit.preposition && !hit.enclitic)
}

/// Is `g` a coded group of people counted a few words before token `start`, in its
/// paragraph (مقتل 6 فلسطينيين وإصابة 192 آخرين، مقتل شخصين وجرح 5 آخرين)?
fn counted_group(cx: &Cx<'_, '_>, g: &ActorSpan<'_>, start: usize) -> bool {
    let first = &cx.keys[g.tok_start];
    // (The number may follow "about" or "more than": نحو 123 فلسطينيا، أكثر من 250 عنصرا.)
    let numbered = cx.keys[g.tok_start..g.tok_end].iter().take(3).any(|k| is_digits(k) || is_number_word(k));
    let counted = g.rule.starts_with("counted:") || g.rule.starts_with("agent+local+context:") && counted_noun(first).is_some() || numbered;
    g.actor.is_some() && counted && g.tok_end <= start && start - g.tok_end <= OTHERS_REACH && !cx.crosses_paragraph(g.tok_start, start + 1)
}

#[cfg(test)]
mod tests {
    use super::{count_start, Counted};

    fn keys(text: &str) -> Vec<String> {
        text.split(' ').map(marsad_text::normalize::key).collect()
    }

    fn start(k: &[String], t: usize) -> Option<usize> {
        count_start(k, t).map(|(s, _)| s)
    }

    #[test]
    fn a_count_begins_at_its_number_or_partitive() {
        let k = keys("غادر نحو 1400 شخص و 4 آلاف شخص والعديد من الأشخاص وشخصين وأحد عشر شخصا");
        assert_eq!(start(&k, 3), Some(1));
        assert_eq!(start(&k, 7), Some(5));
        assert_eq!(start(&k, 10), Some(8));
        assert_eq!(start(&k, 11), Some(11));
        assert_eq!(start(&k, 14), Some(12));
    }

    #[test]
    fn the_tens_count_and_take_the_unit_before_them() {
        let k = keys("قتل أكثر من خمسين شخصا وأصيب خمسة وعشرون شخصا");
        assert_eq!(start(&k, 4), Some(1));
        assert_eq!(start(&k, 8), Some(6));
    }

    #[test]
    fn the_scan_marks_every_form_a_count_reads() {
        // Every written form that `count_start` takes for a counted noun (proclitics read or
        // not) must pass the cue filter, or the scan would not mark its token.
        use super::*;
        let cues = super::super::cue_words();
        let prefixes = ["", "و", "ف", "ب", "ل", "لل", "ال", "وب", "ول", "فب", "فل", "ولل", "فلل", "وبال", "بال", "كال"];
        let mut read = 0;
        for word in counted_words() {
            let key = marsad_text::normalize::key(word);
            let bare = key.strip_prefix("ال").unwrap_or(&key).to_string();
            for prefix in prefixes {
                for stem in [&key, &bare] {
                    let form = [prefix, stem.as_str()].concat();
                    if counted_noun(&form).is_some() {
                        read += 1;
                        assert!(cues.may_contain(&form), "{form} is read as a counted noun but not marked");
                    }
                }
            }
        }
        assert!(read > 100, "{read} forms");
    }

    #[test]
    fn an_uncounted_person_is_no_count() {
        let k = keys("أي شخص وهذا الشخص والأشخاص الذين وعدة أشخاص ملعب يتسع ل 100 ألف شخص");
        for t in [1, 3, 4, 7, 13] {
            assert_eq!(count_start(&k, t), None, "{t}");
        }
    }

    #[test]
    fn the_dead_and_wounded_are_counted_people_and_others_count_after_a_number() {
        let k = keys("أوقع أكثر من 250 قتيلا و 22 ألف مصاب وعدد من الجرحى وقتيلين و 36 مدنيا وإصابة 192 آخرين");
        assert_eq!(count_start(&k, 4), Some((1, Counted::People)));
        assert_eq!(start(&k, 8), Some(6));
        assert_eq!(start(&k, 11), Some(9));
        assert_eq!(start(&k, 12), Some(12));
        assert_eq!(start(&k, 15), Some(14));
        assert_eq!(count_start(&k, 18), Some((17, Counted::Others)));
    }

    #[test]
    fn casualties_and_others_alone_are_no_count() {
        let k = keys("سقوط قتلى وجرحى وسمعت من آخرين عن القتلى وكان مصابا");
        for t in 0..k.len() {
            assert_eq!(count_start(&k, t), None, "{t}");
        }
    }

    #[test]
    fn casualties_are_the_story_country_s_people_and_others_those_counted_before() {
        use crate::mentions::tests::{code, mentions};
        let ms = mentions("في سوريا أوقع الهجوم أكثر من 250 قتيلا وعددا من الجرحى، وقالت سوريا إن 36 مدنيا خطفوا");
        for counted in ["أكثر من 250 قتيلا", "وعددا من الجرحى", "36 مدنيا"] {
            assert_eq!(code(&ms, counted), Some("SYRCVL"), "{counted}: {ms:?}");
        }
        let ms = mentions("في سوريا قتل 6 فلسطينيين وأصيب 192 آخرين، وقالت سوريا إن القتلى بخير وإن المصابين بخير");
        assert_eq!(code(&ms, "192 آخرين"), Some("PSECVL"), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.contains("القتلى") && !m.text.contains("المصابين")), "{ms:?}");
    }

    #[test]
    fn others_count_past_the_actor_named_between() {
        use crate::mentions::tests::{code, mentions};
        let ms = mentions("في سوريا قتل 6 فلسطينيين برصاص الجيش التركي، وأصيب آلاف آخرون في سوريا");
        assert_eq!(code(&ms, "آلاف آخرون"), Some("PSECVL"), "{ms:?}");
    }

    #[test]
    fn a_count_with_no_noun_is_a_crowd_after_an_event_word() {
        use crate::mentions::tests::{code, mentions};
        let ms = mentions("في لبنان تظاهر الآلاف أمام البرلمان في لبنان، وأصيب العشرات، وشارك عشرات الآلاف في المسيرة");
        for crowd in ["الآلاف", "العشرات", "عشرات الآلاف"] {
            assert_eq!(code(&ms, crowd), Some("LBNCVL"), "{crowd}: {ms:?}");
        }
        // After a counted group, more of it (the soldiers' army, not the story's people).
        let ms = mentions("في سوريا قالت سوريا إن الغارات أدت إلى مقتل 20 جنديا إيرانيا وإصابة العشرات");
        assert_eq!(code(&ms, "العشرات"), code(&ms, "20 جنديا إيرانيا"), "{ms:?}");
        assert_eq!(code(&ms, "العشرات"), Some("IRNMIL"), "{ms:?}");
        // Not by the thousands, not a partitive, not after a word that counts no people.
        let ms = mentions("في لبنان قالت لبنان إن الخسائر تقدر بالآلاف، وأنفقت الحكومة الآلاف من الدولارات، ويتابعها الآلاف على الإنترنت");
        assert!(ms.iter().all(|m| !m.text.contains("الآلاف") || m.actor.is_none()), "{ms:?}");
    }
}
