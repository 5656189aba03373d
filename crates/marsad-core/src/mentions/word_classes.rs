//! Class bits for the passes' fixed word sets: one table, built once, that gives a key
//! every class whose [`is_one_of`](super::extent::is_one_of) test would take it, so a pass
//! that tests a token against several sets (a counted noun's four, a member noun's
//! three, a partitive or a share) looks the key up once, and each set is a bit test.
//!
//! A class is a pass's own word list; its forms are every key `is_one_of` accepts for a
//! word of it (behind و or ف, ب or ل, the article after ل written لل:
//! [`super::triggers::one_of_forms`]), so a class bit answers exactly as the pass's set
//! did (unit tests over every form of every class). The quick "no" is the sets' own: one
//! word per ending of the key's last four bytes ([`EndingFilter::tail`]), here a word of
//! class bits per ending, so a key ending like no word of the classes asked is refused
//! before it is hashed (most keys, as before).

use super::inline_keys::inline;
use super::{affairs, counted, extent, members, place_complement, places, someone, submitted_participle, EndingFilter, FxMap};
use marsad_text::normalize::key;
use std::sync::OnceLock;

/// The classes: one bit each.
pub(super) mod class {
    /// Nouns for the kind of body a name is ([`super::extent::is_classifier`]).
    pub(crate) const CLASSIFIER: u64 = 1 << 0;
    /// Classifiers before a state's name (جمهورية، دولة).
    pub(crate) const STATE_CLASSIFIER: u64 = 1 << 1;
    /// Titles before a person ([`crate::mentions::TITLES`]).
    pub(crate) const TITLE: u64 = 1 << 2;
    /// Quantifiers before people (عشرات، بعض).
    pub(crate) const QUANTIFIER: u64 = 1 << 3;
    /// Partitives before من (العديد، عدد).
    pub(crate) const PARTITIVE: u64 = 1 << 4;
    /// Shares of people before an adjective of size (قسم، نسبة).
    pub(crate) const SHARE: u64 = 1 << 5;
    /// العاصمة.
    pub(crate) const CAPITAL: u64 = 1 << 6;
    /// Duals of a person noun (شخصين).
    pub(crate) const PERSON_DUAL: u64 = 1 << 7;
    /// Duals of a casualty noun (قتيلين).
    pub(crate) const CASUALTY_DUAL: u64 = 1 << 8;
    /// Person nouns counted (أشخاص، شخصا).
    pub(crate) const PERSON_NOUN: u64 = 1 << 9;
    /// Casualty nouns counted (قتيلا، جريحا).
    pub(crate) const CASUALTY_NOUN: u64 = 1 << 10;
    /// Numbers written as words (ثلاثة، عشرات).
    pub(crate) const NUMBER_WORD: u64 = 1 << 11;
    /// Verbs of being somewhere before an actor (زار، وصل).
    pub(crate) const PLACE_VERB: u64 = 1 << 12;
    /// Words of distance (يبعد، كيلومترا).
    pub(crate) const DISTANCE: u64 = 1 << 13;
    /// Words of direction from a place (شمال، جنوب).
    pub(crate) const FROM_PLACE: u64 = 1 << 14;
    /// Nouns of a place named after someone (ساحة، مطار).
    pub(crate) const NAMED_AFTER: u64 = 1 << 15;
    /// The forms of المقدم "submitted".
    pub(crate) const SUBMITTED: u64 = 1 << 16;
    /// Nouns of age or sex uncoded unless one person is counted (فتاة، صبي).
    pub(crate) const ONLY_AS_PARTICIPANT: u64 = 1 << 17;
    /// Member nouns in construct before a body (عناصر، أعضاء).
    pub(crate) const MEMBER_NOUN: u64 = 1 << 18;
    /// Official nouns in construct (مسؤولي، ممثلي).
    pub(crate) const OFFICIAL_NOUN: u64 = 1 << 19;
    /// Citizen nouns in construct before a state (مواطني، سكان).
    pub(crate) const CITIZEN_NOUN: u64 = 1 << 20;
    /// لشؤون and its spellings.
    pub(crate) const AFFAIRS: u64 = 1 << 21;
}

/// Each class with the word list its pass tests with `is_one_of` (the same constant).
fn lists() -> [(u64, &'static [&'static str]); 22] {
    use class::*;
    [
        (CLASSIFIER, extent::CLASSIFIERS),
        (STATE_CLASSIFIER, extent::STATE_CLASSIFIERS),
        (TITLE, super::TITLES),
        (QUANTIFIER, extent::QUANTIFIERS),
        (PARTITIVE, extent::PARTITIVES),
        (SHARE, extent::SHARES),
        (CAPITAL, extent::CAPITAL_NOUN),
        (PERSON_DUAL, counted::PERSON_DUALS),
        (CASUALTY_DUAL, counted::CASUALTY_DUALS),
        (PERSON_NOUN, counted::PERSON_NOUNS),
        (CASUALTY_NOUN, counted::CASUALTY_NOUNS),
        (NUMBER_WORD, counted::NUMBER_WORDS),
        (PLACE_VERB, place_complement::PLACE_VERBS),
        (DISTANCE, places::DISTANCE),
        (FROM_PLACE, places::FROM_PLACE),
        (NAMED_AFTER, places::NAMED_AFTER),
        (SUBMITTED, submitted_participle::FORMS),
        (ONLY_AS_PARTICIPANT, someone::ONLY_AS_PARTICIPANT),
        (MEMBER_NOUN, members::MEMBER_NOUNS),
        (OFFICIAL_NOUN, members::OFFICIAL_NOUNS),
        (CITIZEN_NOUN, members::CITIZEN_NOUNS),
        (AFFAIRS, affairs::AFFAIRS),
    ]
}

/// Every form of every class with its class bits, and per ending the classes with a form
/// ending so.
struct ClassTable {
    /// Forms shorter than [`inline`]'s limit, as fixed arrays (compared in the table).
    short: FxMap<[u8; 32], u64>,
    /// Longer forms (multiword attributes and the like).
    long: FxMap<String, u64>,
    /// Per ending (the [`EndingFilter::tail`] of a key's last four bytes), the classes
    /// with a form ending so.
    tails: Box<[u64; 1024]>,
    /// The classes with a form of fewer than four bytes (no ending of its own).
    short_forms: u64,
}

fn table() -> &'static ClassTable {
    static TABLE: OnceLock<ClassTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = ClassTable { short: FxMap::default(), long: FxMap::default(), tails: Box::new([0; 1024]), short_forms: 0 };
        for (class, words) in lists() {
            for word in words {
                super::triggers::one_of_forms(&key(word), &mut |form| {
                    match EndingFilter::tail(form) {
                        Some(e) => t.tails[e] |= class,
                        None => t.short_forms |= class,
                    }
                    match inline(form) {
                        Some(a) => *t.short.entry(a).or_default() |= class,
                        None => *t.long.entry(form.to_string()).or_default() |= class,
                    }
                });
            }
        }
        t
    })
}

/// The classes among `wanted` whose `is_one_of` test takes `key` (0 when none).
#[inline]
pub(super) fn classes_of(key: &str, wanted: u64) -> u64 {
    let t = table();
    let may = match EndingFilter::tail(key) {
        Some(e) => t.tails[e],
        None => t.short_forms,
    } & wanted;
    if may == 0 {
        return 0;
    }
    let found = match inline(key) {
        Some(a) => t.short.get(&a),
        None => t.long.get(key),
    };
    found.copied().unwrap_or(0) & may
}

/// Does `is_one_of` take `key` for one of the classes `wanted`?
#[inline]
pub(super) fn is_of(key: &str, wanted: u64) -> bool {
    classes_of(key, wanted) != 0
}

#[cfg(test)]
mod tests {
    use super::super::extent::{is_one_of, KeySet};
    use super::{classes_of, is_of, lists};
    use marsad_text::normalize::key;

    /// Every class's set, as its pass builds it.
    fn sets() -> Vec<(u64, KeySet)> {
        lists().iter().map(|&(class, words)| (class, words.iter().map(|w| key(w)).collect())).collect()
    }

    /// The classes whose set's `is_one_of` takes `k`.
    fn exact(sets: &[(u64, KeySet)], k: &str) -> u64 {
        sets.iter().filter(|(_, set)| is_one_of(k, set)).fold(0, |bits, (class, _)| bits | class)
    }

    /// Each word of every class behind every run of up to three of و ف ب ل ك ا, and with
    /// its article taken off or written لل: the class bits are the sets' own answers, for
    /// every class at once and for each alone.
    #[test]
    fn class_bits_answer_as_the_word_sets_on_every_form() {
        let sets = sets();
        let letters = ["و", "ف", "ب", "ل", "ك", "ا"];
        let mut prefixes = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..3 {
            last = last.iter().flat_map(|p| letters.iter().map(move |l| [p.as_str(), l].concat())).collect();
            prefixes.extend(last.iter().cloned());
        }
        assert_eq!(prefixes.len(), 1 + 6 + 36 + 216);
        let (mut keys, mut taken) = (0, 0);
        for (_, words) in lists() {
            for word in words {
                let word = key(word);
                let bare = word.strip_prefix("ال").unwrap_or(&word).to_string();
                let lam = ["ل", bare.as_str()].concat();
                for stem in [word.as_str(), bare.as_str(), lam.as_str()] {
                    for prefix in &prefixes {
                        let k = [prefix.as_str(), stem].concat();
                        let want = exact(&sets, &k);
                        assert_eq!(classes_of(&k, u64::MAX), want, "{k}");
                        for &(class, _) in &sets {
                            assert_eq!(is_of(&k, class), want & class != 0, "{k} {class}");
                        }
                        keys += 1;
                        taken += (want != 0) as usize;
                    }
                }
            }
        }
        assert!(taken > 3_000 && keys > 100_000, "{taken} of {keys}");
    }

    /// Keys of no class, short and long ones, and the words of a text, agree too.
    #[test]
    fn class_bits_refuse_what_the_sets_refuse() {
        let sets = sets();
        let text = "وقال مسؤولون في الجماعات المسلحة إن عشرات المتظاهرين وثلاثة أشخاص قتلوا قرب ساحة التحرير شمال العاصمة \
                    بغداد ، و لـ # 2019 ل و ب ال لل ولل المعترف بها دوليا";
        let mut words: Vec<String> = text.split(' ').map(key).collect();
        words.extend(["", "ا", "ب", "x", "للا", "اللا"].map(String::from));
        words.push("ا".repeat(20));
        for k in &words {
            assert_eq!(classes_of(k, u64::MAX), exact(&sets, k), "{k:?}");
        }
        assert_eq!(classes_of(&key("أشخاص"), u64::MAX), super::class::PERSON_NOUN);
        assert_eq!(classes_of(&key("بالعاصمة"), u64::MAX), super::class::CAPITAL);
        assert_eq!(classes_of(&key("المدينة"), u64::MAX), 0);
    }
}
