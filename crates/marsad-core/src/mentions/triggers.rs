//! The words some passes cannot act without (المرافق، لشؤون، السابق، رئاسة, member and
//! citizen nouns, "foreign", armed words, film words; الحاكم/المعارض, مكتب, armed
//! adjectives, القاعدة, participles of belonging), found once per document, so that `find_with`
//! calls a pass only when its words are there. The mention layer's time goes less to its
//! instructions than to fetching some fifty passes' code for every document and to their
//! mispredicted per-mention tests (docs/benchmarks.md, twenty-first and twenty-second
//! sessions): a pass left out is neither. The lexicon scan marks the tokens that may be
//! such a word with one more filter probe per token ([`filter`]); those few are looked
//! up here, among the filter's forms with their classes by the passes' exact tests. Each class is a condition its pass needs, read off the pass's own test
//! and built from the pass's own word list, so that a gate never changes what is found.

use super::{affairs, armed_bodies, armed_opposition, common_noun_names, communities, complements, escorts, foreign, former_indefinite, former_office, given_ali, joined_portfolios, members, noun_forms, office_held, offices, party_status, performers, FxMap};
use marsad_lexicon::WordFilter;
use marsad_text::normalize::key;
use std::sync::OnceLock;

/// A class of words a pass needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Trigger {
    /// المرافق, before له/لها ([`escorts::code`]).
    Escort = 1,
    /// لشؤون after an office ([`affairs::widen`]).
    Affairs = 2,
    /// السابق and its kin before ل a body ([`former_office::join`]).
    PastWord = 4,
    /// رئاسة with its clitics ([`office_held::drop_offices`]).
    Presidency = 8,
    /// A member or citizen noun, clitics aside ([`members::widen`]).
    MemberNoun = 16,
    /// A citizen noun, clitics aside ([`members::residents_of_places`]).
    CitizenNoun = 32,
    /// "Foreign", clitics aside ([`foreign::uncountry`]).
    Foreign = 64,
    /// An armed word, clitics aside ([`armed_opposition::recode`]).
    ArmedWord = 128,
    /// A word of film or stage, clitics aside ([`performers::films`]).
    ScreenWord = 256,
    /// A noun of post, clitics aside ([`office_held::drop_posts`]).
    PostNoun = 512,
    /// A community's name or adjective, clitics aside ([`communities::find`]).
    Community = 1024,
    /// سابق/سابقة after a role noun ([`former_indefinite::join`]).
    IndefinitePast = 2048,
    /// A dual or plural minister noun, clitics aside ([`joined_portfolios::join`]).
    JointMinisters = 4096,
    /// الحاكم/المعارض (and their feminines) alone ([`party_status::find`]).
    PartyStatus = 8192,
    /// مكتب without the article, behind و/ف and ب/ل ([`offices::take_in`]).
    Bureau = 16384,
    /// An armed or terrorist adjective, clitics aside ([`armed_bodies::code`]).
    ArmedAdjective = 32768,
    /// A common noun that is also a group's bare name, definite ([`common_noun_names`]).
    CommonNoun = 65536,
    /// A participle of belonging or work with the article ([`complements::participles`]).
    Participle = 131072,
}

/// The classes present in one document, and its tokens keyed as the given name علي.
pub(super) struct Triggers {
    bits: u32,
    /// The tokens keyed علي or وعلي, in order ([`given_ali::tokens`] reads their text).
    pub(super) ali: Vec<usize>,
    /// The tokens with a community's name or adjective, in order ([`communities::find`]
    /// looks nowhere else).
    pub(super) communities: Vec<usize>,
    /// The tokens with a dual or plural minister noun, in order ([`joined_portfolios::join`]
    /// reads a phrase only from these).
    pub(super) ministers: Vec<usize>,
}

impl Triggers {
    /// The classes of the `marked` tokens (those that passed [`filter`], in order): each
    /// token's classes read from [`classes_of_forms`] in one lookup.
    pub(super) fn of(keys: &[String], marked: &[usize]) -> Triggers {
        let mut triggers = Triggers { bits: 0, ali: Vec::new(), communities: Vec::new(), ministers: Vec::new() };
        let classes = classes_of_forms();
        for &t in marked {
            // (A false alarm of the filter is no form: none of the tests takes it.)
            let Some(&bits) = classes.get(keys[t].as_str()) else { continue };
            if bits & ALI != 0 {
                triggers.ali.push(t);
                continue;
            }
            triggers.bits |= bits;
            // (Every community word is listed, not only the first.)
            if bits & Trigger::Community as u32 != 0 {
                triggers.communities.push(t);
            }
            if bits & Trigger::JointMinisters as u32 != 0 {
                triggers.ministers.push(t);
            }
        }
        triggers
    }

    /// The classes of one key by the passes' own tests, as [`Triggers::of`] once ran them
    /// on every marked token (now only to check [`classes_of_forms`]).
    #[cfg(test)]
    fn exact(k: &str) -> u32 {
        use super::extent::is_one_of;
        if given_ali::FORMS.contains(&k) {
            return ALI;
        }
        let mut triggers = Triggers { bits: 0, ali: Vec::new(), communities: Vec::new(), ministers: Vec::new() };
        triggers.add(Trigger::Escort, || k == escorts::ACCOMPANYING);
        triggers.add(Trigger::Affairs, || affairs::affairs_words().contains(k));
        triggers.add(Trigger::PastWord, || former_office::past_words().contains(k));
        triggers.add(Trigger::IndefinitePast, || former_indefinite::past_words().contains(k));
        triggers.add(Trigger::Presidency, || office_held::presidency(k));
        let citizen = is_one_of(k, members::citizen_nouns());
        triggers.add(Trigger::MemberNoun, || citizen || is_one_of(k, members::member_nouns()) || is_one_of(k, members::official_nouns()));
        triggers.add(Trigger::CitizenNoun, || citizen);
        triggers.add(Trigger::Foreign, || foreign::foreign(k));
        triggers.add(Trigger::ArmedWord, || armed_opposition::armed_word(k));
        triggers.add(Trigger::ScreenWord, || performers::screen_word(k));
        triggers.add(Trigger::PostNoun, || is_one_of(k, office_held::post_nouns()));
        triggers.add(Trigger::Community, || communities::community_word(k));
        triggers.add(Trigger::JointMinisters, || joined_portfolios::minister(k).is_some());
        triggers.add(Trigger::PartyStatus, || party_status::status(k).is_some());
        triggers.add(Trigger::Bureau, || offices::bureau(k));
        triggers.add(Trigger::ArmedAdjective, || armed_bodies::armed_adjective(k));
        triggers.add(Trigger::CommonNoun, || common_noun_names::COMMON_NOUNS.iter().any(|n| noun_forms::is_definite(k, n)));
        triggers.add(Trigger::Participle, || complements::complement_at(&[k.to_string()], 0).is_some());
        triggers.bits
    }

    /// Add `class` when `found` says the word is of it. A class already found is not
    /// tested again: a document repeats its member nouns and posts.
    #[cfg(test)]
    fn add(&mut self, class: Trigger, found: impl FnOnce() -> bool) {
        if !self.has(class) && found() {
            self.bits |= class as u32;
        }
    }

    /// Has the document a word of `class`?
    pub(super) fn has(&self, class: Trigger) -> bool {
        self.bits & class as u32 != 0
    }
}

/// Not a class: the token is keyed as the given name علي ([`Triggers::ali`]).
const ALI: u32 = 1 << 31;

/// Every key the classes' exact tests accept (and a few more, the filter's false alarms),
/// for the scan to mark.
pub(super) fn filter() -> &'static WordFilter {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    FILTER.get_or_init(|| {
        // Some 1,180 forms: at 2^15 bits (4 KiB) about one word in 300 is a false alarm (at
        // 2^12, one in 14, each then tested against every class).
        let mut bits = WordFilter::new(15);
        add_forms(&mut bits);
        bits
    })
}

/// Insert the words of [`filter`] into `bits`.
pub(super) fn add_forms(bits: &mut WordFilter) {
    each_form(|form, _| bits.insert(form));
}

/// The classes of each form of [`filter`] (or [`ALI`]): a marked token's classes in one
/// lookup, where each class's test cost a set probe or two. Each form takes the class of
/// the list it is written from, so a form of two lists has both; the forms are every key
/// the tests accept, so a key not here is of no class (the tests' own answers on every
/// form are checked against these in the unit tests).
fn classes_of_forms() -> &'static FxMap<String, u32> {
    static CLASSES: OnceLock<FxMap<String, u32>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut classes: FxMap<String, u32> = FxMap::default();
        each_form(|form, class| {
            if let Some(bits) = classes.get_mut(form) {
                *bits |= class;
            } else {
                classes.insert(form.to_string(), class);
            }
        });
        // (علي is read as a given name, never as a class's word.)
        for form in given_ali::FORMS {
            classes.insert(form.to_string(), ALI);
        }
        classes
    })
}

/// Call `f` on every key the classes' exact tests accept, with the classes of the list it
/// is written from (some keys more than once).
fn each_form(mut f: impl FnMut(&str, u32)) {
    use Trigger::*;
    for form in given_ali::FORMS {
        f(form, ALI);
    }
    f(escorts::ACCOMPANYING, Escort as u32);
    for (words, class) in [(affairs::AFFAIRS, Affairs), (former_office::PAST, PastWord), (former_indefinite::PAST, IndefinitePast)] {
        for word in words {
            f(&key(word), class as u32);
        }
    }
    // رئاسة behind up to two of و ف ب ل, as `strip_proclitics` takes them off.
    for head in ["رئاسة", "الرئاسة"].map(key) {
        for first in ["", "و", "ف", "ب", "ل"] {
            for second in ["", "و", "ف", "ب", "ل"] {
                f(&[first, second, &head].concat(), Presidency as u32);
            }
        }
    }
    // The minister nouns behind up to two of و ف ب ل, as `joined_portfolios::minister`
    // takes them off (its nouns are keys already).
    for head in joined_portfolios::MINISTERS {
        for first in ["", "و", "ف", "ب", "ل"] {
            for second in ["", "و", "ف", "ب", "ل"] {
                f(&[first, second, head].concat(), JointMinisters as u32);
            }
        }
    }
    // The status adjectives as `party_status::status` reads them, the key alone.
    for (form, _, _) in party_status::STATUS {
        f(form, PartyStatus as u32);
    }
    // مكتب behind و/ف and ب/ل, as `offices::bureau` takes them off.
    for conj in ["", "و", "ف"] {
        for prep in ["", "ب", "ل"] {
            f(&[conj, prep, offices::BUREAU].concat(), Bureau as u32);
        }
    }
    // Every definite form `noun_forms::is_definite` takes (a superset: the idioms it
    // refuses are in it too).
    for noun in common_noun_names::COMMON_NOUNS {
        noun_forms::definite_forms(noun).for_each(|form| f(&form, CommonNoun as u32));
    }
    // The participles as `complements::complement_at` reads them, each the key alone.
    for words in [complements::PARTICIPLES_LOYAL, complements::PARTICIPLES_LAM, complements::PARTICIPLES_BA, complements::PARTICIPLES_FI] {
        for word in words {
            f(&key(word), Participle as u32);
        }
    }
    let one_of_lists = [
        (members::MEMBER_NOUNS, MemberNoun as u32),
        (members::OFFICIAL_NOUNS, MemberNoun as u32),
        (members::CITIZEN_NOUNS, MemberNoun as u32 | CitizenNoun as u32),
        (foreign::FOREIGN, Foreign as u32),
        (armed_opposition::ARMED_WORDS, ArmedWord as u32),
        (performers::SCREEN_WORDS, ScreenWord as u32),
        (office_held::POST_NOUNS, PostNoun as u32),
        (communities::NAMES, Community as u32),
        (communities::ADJECTIVES, Community as u32),
        (armed_bodies::ARMED_ADJECTIVES, ArmedAdjective as u32),
    ];
    for (words, class) in one_of_lists {
        for word in words {
            one_of_forms(&key(word), &mut |form| f(form, class));
        }
    }
}

/// Call `f` on every key [`is_one_of`](super::extent::is_one_of) takes for `word`: behind و or ف, ب or ل, and the
/// article after ل written لل. (The forms are written in one buffer, as the cue filter's
/// possessive forms are: a `concat` per form made and freed a string for each.)
pub(super) fn one_of_forms(word: &str, f: &mut impl FnMut(&str)) {
    let mut form = String::with_capacity(word.len() + 4);
    let mut call = |parts: [&str; 3]| {
        form.clear();
        parts.iter().for_each(|p| form.push_str(p));
        f(&form);
    };
    for conj in ["", "و", "ف"] {
        for prep in ["", "ب", "ل"] {
            call([conj, prep, word]);
        }
        if let Some(rest) = word.strip_prefix("ال") {
            call([conj, "لل", rest]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{filter, Trigger, Triggers};
    use marsad_text::normalize::key;

    /// The classes of a text, every token marked as the scan would mark it.
    fn triggers(text: &str) -> Triggers {
        let keys: Vec<String> = text.split(' ').map(key).collect();
        let marked: Vec<usize> = (0..keys.len()).filter(|&t| filter().may_contain(&keys[t])).collect();
        Triggers::of(&keys, &marked)
    }

    #[test]
    fn each_class_is_found_by_its_words_with_their_clitics() {
        assert!(triggers("استقبل الرئيس والوفد المرافق له").has(Trigger::Escort));
        assert!(triggers("وزير الدولة للشؤون الخارجية").has(Trigger::Affairs));
        assert!(triggers("الأمين العام السابق لجامعة الدول العربية").has(Trigger::PastWord));
        assert!(triggers("الترشح لرئاسة الجمهورية").has(Trigger::Presidency));
        assert!(triggers("وبرئاسة الوزراء").has(Trigger::Presidency));
        let members = triggers("عدد من لعناصر الحزب");
        assert!(members.has(Trigger::MemberNoun) && !members.has(Trigger::CitizenNoun));
        let citizens = triggers("ولمواطني كوريا الشمالية");
        assert!(citizens.has(Trigger::MemberNoun) && citizens.has(Trigger::CitizenNoun));
        assert!(triggers("وكانت وسائل إعلام أجنبية قد نشرت").has(Trigger::Foreign));
        assert!(triggers("وبالقوات الأجنبية").has(Trigger::Foreign));
        assert!(triggers("الجماعات المسلحة").has(Trigger::ArmedWord));
        assert!(triggers("ممثلة الأفلام الإباحية").has(Trigger::ScreenWord));
        assert!(triggers("تولى لمنصب الوزير").has(Trigger::PostNoun));
        assert_eq!(triggers("وقال علي إن وعلي").ali, vec![1, 3]);
        let ministers = triggers("التقى الرئيس بوزيري المالية والطاقة ثم ولوزراء الخارجية");
        assert!(ministers.has(Trigger::JointMinisters));
        assert_eq!(ministers.ministers, vec![2, 6]);
    }

    #[test]
    fn a_class_found_once_stays_found_and_every_community_word_is_listed() {
        // The citizen noun comes after a member noun, which sets one of its two classes.
        let t = triggers("أعضاء الحزب وعناصر الأمن ومواطني البلد من الأكراد والتركمان");
        assert!(t.has(Trigger::MemberNoun) && t.has(Trigger::CitizenNoun) && t.has(Trigger::Community));
        assert_eq!(t.communities, vec![7, 8]);
    }

    #[test]
    fn a_text_without_the_words_has_no_class() {
        let t = triggers("قال الرئيس الأمريكي إن الشؤون الداخلية شأن الحكومة ورئيس الوزراء السابقين عليه");
        let classes = [Trigger::Escort, Trigger::Affairs, Trigger::PastWord, Trigger::Presidency, Trigger::MemberNoun, Trigger::CitizenNoun];
        for class in classes.into_iter().chain([Trigger::Foreign, Trigger::ArmedWord, Trigger::ScreenWord, Trigger::PostNoun, Trigger::JointMinisters]) {
            assert!(!t.has(class), "{class:?}");
        }
        assert!(t.ali.is_empty());
    }

    /// The sixty-fifth session's gates: every key a gated pass's own test accepts, its
    /// word behind any run of up to four of و ف ب ل ك ا (so ال، لل، بال، وبال and the
    /// forms the tests refuse), is a form of the pass's class and passes the filter, so the
    /// gate never skips a document the pass could act on.
    #[test]
    fn each_new_class_covers_every_key_its_pass_accepts() {
        use super::{armed_bodies, classes_of_forms, common_noun_names, complements, offices, party_status};
        let lists: [(Trigger, Vec<String>); 5] = [
            (Trigger::PartyStatus, party_status::STATUS.iter().map(|&(k, _, _)| k.to_string()).collect()),
            (Trigger::Bureau, vec![offices::BUREAU.to_string()]),
            (Trigger::ArmedAdjective, armed_bodies::ARMED_ADJECTIVES.iter().map(|w| key(w)).collect()),
            (Trigger::CommonNoun, common_noun_names::COMMON_NOUNS.iter().map(|w| w.to_string()).collect()),
            (
                Trigger::Participle,
                [complements::PARTICIPLES_LOYAL, complements::PARTICIPLES_LAM, complements::PARTICIPLES_BA, complements::PARTICIPLES_FI]
                    .concat()
                    .iter()
                    .map(|w| key(w))
                    .collect(),
            ),
        ];
        let letters = ["و", "ف", "ب", "ل", "ك", "ا"];
        let mut prefixes = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = prefixes.iter().filter(|p| p.chars().count() == prefixes.last().map_or(0, |l| l.chars().count())).flat_map(|p| letters.iter().map(move |l| [p.as_str(), l].concat())).collect();
            prefixes.extend(longer);
        }
        assert_eq!(prefixes.len(), 1 + 6 + 36 + 216 + 1296);
        for (class, words) in lists {
            let mut accepted = 0;
            for word in &words {
                // The word itself and with its article taken off (a pass may read the bare
                // stem behind clitics the prefixes give back).
                let stems = [word.as_str(), word.strip_prefix("ال").unwrap_or(word)];
                for prefix in &prefixes {
                    for stem in stems {
                        let k = [prefix.as_str(), stem].concat();
                        if Triggers::exact(&k) & class as u32 == 0 {
                            continue;
                        }
                        accepted += 1;
                        assert!(classes_of_forms().get(k.as_str()).is_some_and(|&c| c & class as u32 != 0), "{class:?} {k}");
                        assert!(filter().may_contain(&k), "{class:?} {k}");
                        assert!(triggers(&["قال", k.as_str()].join(" ")).has(class), "{class:?} {k}");
                    }
                }
            }
            assert!(accepted >= words.len(), "{class:?}: {accepted}");
        }
    }

    /// A document without the gated words has none of the new classes.
    #[test]
    fn the_new_classes_need_their_words() {
        let t = triggers("قال رئيس الحزب إن الحكومة والمعارضين في المكتب السياسي قواعد عسكرية للمسلحين التابعي");
        for class in [Trigger::PartyStatus, Trigger::Bureau, Trigger::ArmedAdjective, Trigger::CommonNoun, Trigger::Participle] {
            assert!(!t.has(class), "{class:?}");
        }
        let t = triggers("حزب المحافظين الحاكم ومكتب رئيس الوزراء والجماعات الإرهابية غادرت القاعدة والقوات الموالية");
        for class in [Trigger::PartyStatus, Trigger::Bureau, Trigger::ArmedAdjective, Trigger::CommonNoun, Trigger::Participle] {
            assert!(t.has(class), "{class:?}");
        }
    }

    /// A token's classes looked up are the classes' own tests run on it, for every form
    /// and for words of no class, and the filter's false alarms are of none.
    #[test]
    fn looked_up_classes_are_the_exact_tests() {
        let mut forms = 0;
        super::each_form(|form, _| {
            forms += 1;
            assert_eq!(super::classes_of_forms().get(form).copied().unwrap_or(0), Triggers::exact(form), "{form}");
        });
        assert!(forms > 900, "{forms}");
        let text = "وقال مسؤولون في الجماعات المسلحة لرئاسة الوزراء إن القوات الأجنبية وعناصر الأمن غادروا المدينة ووزراء الزراعة";
        for word in text.split(' ') {
            assert_eq!(triggers(word).bits, Triggers::exact(&key(word)) & !super::ALI, "{word}");
        }
        assert_eq!(Triggers::exact(&key("المدينة")), 0);
        assert_eq!(Triggers::exact(&key("لرئاسة")), Trigger::Presidency as u32);
    }

    /// Each pass's own test agrees: the words that gate it make it act.
    #[test]
    fn the_gated_passes_act_on_their_words() {
        use crate::mentions::tests::{code, mentions};
        let ms = mentions("وأقام الرئيس الأمريكي دونالد ترامب مأدبة غداء للرئيس المصري عبد الفتاح السيسي والوفد المرافق له.");
        assert_eq!(code(&ms, "والوفد المرافق له"), Some("EGYGOV"), "{ms:?}");
        let ms = mentions("وقال سكان مدينة البصرة إن المياه ملوثة.");
        assert!(ms.iter().any(|m| m.text == "سكان مدينة البصرة"), "{ms:?}");
    }
}
