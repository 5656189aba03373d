//! Counted people (ثمانية أشخاص، 280 شخصا، آلاف الأشخاص، العديد من الأشخاص، شخصين): a crowd
//! or a casualty count, private people of the story's country as protesters are. The
//! noun شخص alone is anyone (أي شخص، هذا الشخص، الأشخاص الذين): only a count makes it a
//! group the news reports on, so it is no dictionary row.

use super::extent::{is_one_of, set, KeySet};
use super::*;
use std::sync::OnceLock;

/// The noun in its counted forms: plural (ثمانية أشخاص، آلاف الأشخاص) and singular after a
/// number of eleven or more (280 شخصا، 1400 شخص، ملايين شخص).
const PERSON_NOUNS: &[&str] = &["أشخاص", "الأشخاص", "شخص", "شخصا"];

/// The dual counts by itself (اعتقلت الشرطة شخصين).
const PERSON_DUALS: &[&str] = &["شخصين", "شخصان", "الشخصين", "الشخصان"];

/// Number words that count the noun right after them.
const NUMBER_WORDS: &[&str] = &[
    "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع", "ثمانية", "ثماني", "تسعة", "تسع",
    "عشرة", "عشر", "عشرات", "مئات", "آلاف", "ألوف", "ملايين", "ألف", "ألفي", "ألفا", "مئة", "مائة", "مليون", "الآلاف",
];

/// The first word of eleven to nineteen, before عشر or عشرة.
const TEEN_UNITS: &[&str] = &[
    "أحد", "إحدى", "اثنا", "اثني", "اثنتا", "اثنتي", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة",
    "سبع", "ثمانية", "ثماني", "تسعة", "تسع",
];

/// Words that count through من (العديد من الأشخاص، عشرات من الأشخاص).
const PARTITIVES: &[&str] = &["العديد", "عدد", "عددا", "عشرات", "مئات", "آلاف", "الآلاف", "العشرات", "المئات"];

/// "About" before a number (نحو 1400 شخص): part of the count.
const ABOUT: &[&str] = &["نحو", "حوالي", "قرابة", "زهاء"];

/// Words of capacity before a count (ملعب يتسع لـ100 ألف شخص): seats, not people who act.
const CAPACITY: &[&str] = &["يتسع", "تتسع", "يستوعب", "تستوعب", "لاستيعاب", "سعة", "بسعة", "سعته", "سعتها"];

/// A number written in digits, perhaps with a decimal point (280، 9.3).
fn is_digits(key: &str) -> bool {
    key.bytes().next().is_some_and(|b| b.is_ascii_digit()) && key.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// Where the count of the person noun at `t` begins, if it is counted: its own dual, or a
/// number (digits or a word) right before it, perhaps a number before that (4 آلاف
/// شخص) and "about" before all (نحو 1400 شخص), or a partitive and من.
fn count_start(keys: &[String], t: usize) -> Option<usize> {
    static NOUNS: OnceLock<KeySet> = OnceLock::new();
    static DUALS: OnceLock<KeySet> = OnceLock::new();
    static NUMBERS: OnceLock<KeySet> = OnceLock::new();
    static PARTS: OnceLock<KeySet> = OnceLock::new();
    static ABOUTS: OnceLock<KeySet> = OnceLock::new();
    static CAPACITIES: OnceLock<KeySet> = OnceLock::new();
    static TENS: OnceLock<KeySet> = OnceLock::new();
    static UNITS: OnceLock<KeySet> = OnceLock::new();
    if is_one_of(&keys[t], set(&DUALS, PERSON_DUALS)) {
        return Some(t);
    }
    if !is_one_of(&keys[t], set(&NOUNS, PERSON_NOUNS)) {
        return None;
    }
    let number = |k: &str| is_digits(k) || is_one_of(k, set(&NUMBERS, NUMBER_WORDS));
    let mut start = match t.checked_sub(1) {
        Some(b) if number(&keys[b]) => b,
        Some(b) if keys[b] == "من" && b > 0 && (is_one_of(&keys[b - 1], set(&PARTS, PARTITIVES)) || is_digits(&keys[b - 1])) => b - 1,
        _ => return None,
    };
    if start > 0 && is_digits(&keys[start - 1]) && !is_digits(&keys[start]) {
        start -= 1;
    }
    // The units of eleven to nineteen before عشر/عشرة (أحد عشر شخصا، ثلاثة عشر شخصا).
    if start > 0 && is_one_of(&keys[start], set(&TENS, &["عشر", "عشرة"])) && is_one_of(&keys[start - 1], set(&UNITS, TEEN_UNITS)) {
        start -= 1;
    }
    if start > 0 && set(&ABOUTS, ABOUT).contains(keys[start - 1].as_str()) {
        start -= 1;
    }
    // The capacity word, perhaps with ل written apart before the number (يتسع لـ100).
    let capacity = (start.saturating_sub(2)..start).any(|b| is_one_of(&keys[b], set(&CAPACITIES, CAPACITY)));
    (!capacity).then_some(start)
}

/// Insert into `bits` every form of the person nouns and duals that [`is_one_of`] reads
/// (و/ف, then ب/ل or لل for the article), so that the lexicon scan marks their tokens
/// among the cue words and [`find`] reads no other token.
pub(super) fn add_forms(bits: &mut WordFilter) {
    for word in PERSON_NOUNS.iter().chain(PERSON_DUALS) {
        let key = marsad_text::normalize::key(word);
        for conj in ["", "و", "ف"] {
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
/// story's country, as crowds are (rule `agent+local+context:`). This runs after the
/// other passes: a crowd is no possessor (و4257 شخصا من أقاربه وأركان نظامه is Saddam's
/// regime) and في after it is a place, not an institution it belongs to (226 ألف شخص في
/// دول المحيط الهندي).
pub(super) fn find<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let Some(state) = story_country(cx, out) else { return };
    let Some(iso) = cx.lex.state(state).map(|s| s.iso3.as_str()) else { return };
    let mut added = Vec::new();
    let mut j = 0;
    // Only the tokens the scan marked may be a person noun ([`add_forms`]).
    for &t in &cx.cues {
        let Some(start) = count_start(keys, t) else { continue };
        while j < out.len() && out[j].tok_end <= start {
            j += 1;
        }
        if out.get(j).is_some_and(|s| s.tok_start <= t) || cx.crosses_paragraph(start, t + 1) {
            continue;
        }
        let mut span = ActorSpan::new(start, t + 1, Kind::Agent, Cow::Borrowed("agent+local"));
        span.prepositional = strip_proclitics(&keys[start]).1;
        code_from_story(cx.lex, &mut span, (state, iso), Cow::Borrowed("CVL"));
        added.push(span);
    }
    merge_by_start(out, added);
}

#[cfg(test)]
mod tests {
    use super::count_start;

    fn keys(text: &str) -> Vec<String> {
        text.split(' ').map(marsad_text::normalize::key).collect()
    }

    #[test]
    fn a_count_begins_at_its_number_or_partitive() {
        let k = keys("غادر نحو 1400 شخص و 4 آلاف شخص والعديد من الأشخاص وشخصين وأحد عشر شخصا");
        assert_eq!(count_start(&k, 3), Some(1));
        assert_eq!(count_start(&k, 7), Some(5));
        assert_eq!(count_start(&k, 10), Some(8));
        assert_eq!(count_start(&k, 11), Some(11));
        assert_eq!(count_start(&k, 14), Some(12));
    }

    #[test]
    fn the_scan_marks_every_form_a_count_reads() {
        // Every written form that `count_start` takes for a person noun (proclitics read or
        // not) must pass the cue filter, or the scan would not mark its token.
        use super::super::extent::{is_one_of, set};
        use super::*;
        static NOUNS: OnceLock<KeySet> = OnceLock::new();
        let words = set(&NOUNS, &[PERSON_NOUNS, PERSON_DUALS].concat());
        let cues = super::super::cue_words();
        let prefixes = ["", "و", "ف", "ب", "ل", "لل", "ال", "وب", "ول", "فب", "فل", "ولل", "فلل", "وبال", "بال", "كال"];
        let mut read = 0;
        for word in PERSON_NOUNS.iter().chain(PERSON_DUALS) {
            let key = marsad_text::normalize::key(word);
            let bare = key.strip_prefix("ال").unwrap_or(&key).to_string();
            for prefix in prefixes {
                for stem in [&key, &bare] {
                    let form = [prefix, stem.as_str()].concat();
                    if is_one_of(&form, words) {
                        read += 1;
                        assert!(cues.may_contain(&form), "{form} is read as a person noun but not marked");
                    }
                }
            }
        }
        assert!(read > 40, "{read} forms");
    }

    #[test]
    fn an_uncounted_person_is_no_count() {
        let k = keys("أي شخص وهذا الشخص والأشخاص الذين وعدة أشخاص ملعب يتسع ل 100 ألف شخص");
        for t in [1, 3, 4, 7, 13] {
            assert_eq!(count_start(&k, t), None, "{t}");
        }
    }
}
