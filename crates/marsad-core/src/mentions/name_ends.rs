//! Where a two-word unknown name ends with no punctuation, function word or mention
//! after it: before a common word (أحرز تياغو نيفيز هدفا، سجل كيفن دوبروين
//! الهدف، جيريمي شاردي 6). The family name itself must be a proper name: a word the
//! press never writes with the article, as a verb or as a construct noun
//! (`data/common_words.txt`, see [`super::org_names`]), so that عمر يناهز، تمام الساعة،
//! كيلي زخما stay no names. What follows it must be no name word in turn (a common
//! word, a definite word, a number): a third name word (خوسيه سولومون روندون) leaves the
//! name to the reader's other rules. Such a name is often a player of a foreign club or a
//! foreign expert, so the story's country is no guess for it: it is coded only from the
//! text (a nisba before it; `unknown_people`).

use super::extent::KeySet;
use super::org_names::is_common;
use marsad_text::normalize::{has_chars, key_is_definite};
use std::sync::OnceLock;

/// Function words the common-word list does not hold (it lists words seen with the
/// article or as verbs), which follow a given name used as a common word or a name in
/// a clause (جواد أنهم لم يتابعوا، صالح آنذاك، سنان فلا تلوح).
const FUNCTION_WORDS: &[&str] = &[
    "انه", "انها", "انهم", "انهن", "انني", "اننا", "انك", "انذاك", "عندما", "بينما", "فيما", "حينما", "كلما", "لما", "لا",
    "لم", "لن", "ما", "اذا", "اذ", "لو", "قد", "لقد", "ايضا", "جدا", "حتي", "رغم", "تحت", "فوق", "امام", "وراء", "خلف",
    "دون", "بدون", "سوي", "مثل", "مثلك", "مثله", "مثلها", "عده", "عدم", "قرابه", "نحو", "عبر", "ضمن", "لدي", "لديك",
    "لديه", "لديها", "اني", "هنا", "هناك", "الان", "كذلك", "ذاته", "نفسه", "نفسها", "اما", "الا", "بل", "كي", "لكي", "سوف",
    "ليس", "ليست", "احد", "احدي", "كيف", "هل", "متي", "اين", "لماذا", "حسب", "حيث",
];

/// Is `key` one of [`FUNCTION_WORDS`], perhaps after ب ل ف (بأنها، فلا، بعدم)? Asked
/// about the word after most given names: a set, not a search of the list's eighty words
/// (twice).
pub(super) fn function_word(key: &str) -> bool {
    static SET: OnceLock<KeySet> = OnceLock::new();
    let set = SET.get_or_init(|| FUNCTION_WORDS.iter().map(|w| w.to_string()).collect());
    set.contains(key) || key.strip_prefix(['ب', 'ل', 'ف']).is_some_and(|rest| set.contains(rest))
}

/// A future verb (سيعود، ستقوم): سـ and an imperfect the common words list.
fn future_verb(key: &str) -> bool {
    key.strip_prefix('س').is_some_and(|rest| rest.starts_with(['ي', 'ت', 'ن', 'ا']) && has_chars(rest, 3) && is_common(rest))
}

/// Can `key`, the word after a given name, be a family name by itself: three Arabic
/// letters or more, no article, no و (a conjunction; family names with و are read by the
/// reader), no common or function word, no future verb?
pub(super) fn proper_family_name(key: &str) -> bool {
    has_chars(key, 3)
        // Arabic letters only (أيوب 183 is no name).
        && key.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !key_is_definite(key)
        && !key.starts_with('و')
        && !function_word(key)
        && !future_verb(key)
        && !is_common(key)
}

/// Is `key`, the word after a name, no name word: a common, definite or function word, or
/// a number?
pub(super) fn no_name_after(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit()) || function_word(key) || key_is_definite(key) || is_common(key)
}

/// Does the unknown name of the given name at `t` and the word after it end at `t + 2`
/// because a common word follows a proper family name? Not for a given name written
/// with و that is no given name with it (وجاري استكمال: "and is being completed"), nor
/// right after another given name, where a longer name was turned down (محمد حيدر
/// زمار المتهم: حيدر زمار would cut it).
pub(super) fn before_common_word(keys: &[String], t: usize, end: usize, first_names: &super::FirstNames) -> bool {
    let conjoined = keys[t].starts_with('و') && !first_names.contains(&keys[t]);
    let after_given = t > 0 && first_names.contains(&keys[t - 1]);
    end == t + 2
        && end < keys.len()
        && !conjoined
        && !after_given
        && proper_family_name(&keys[t + 1])
        && no_name_after(&keys[end])
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn function_words_are_found_after_a_preposition_too() {
        for w in super::FUNCTION_WORDS {
            assert!(super::function_word(w) && super::function_word(&["ب", w].concat()), "{w}");
        }
        assert!(super::function_word("فلا") && super::function_word("بانها") && super::function_word("لكي"));
        for w in ["الا ان", "وانها", "انهما", "مثلهم", "ك", "", "بب", "لحيث"] {
            assert_eq!(super::function_word(w), w == "لحيث", "{w}");
        }
    }

    fn named(text: &str, name: &str) -> bool {
        mentions(text).iter().any(|m| m.text == name && m.rule.starts_with("unknown-name"))
    }

    #[test]
    fn a_two_word_name_ends_before_a_common_word() {
        assert!(named("وسجل كيفن دوبروين الهدف الثاني لفريقه في بلجيكا.", "كيفن دوبروين"));
        assert!(named("وأحرز تياغو نيفيز هدفا في الشوط الأول.", "تياغو نيفيز"));
        assert!(named("وفازت كارولين غارسيا 6 مقابل 4 في باريس.", "كارولين غارسيا"));
    }

    #[test]
    fn a_name_read_so_gets_no_guessed_code() {
        // The story's country is a poor guess for a name no boundary word ends (a player
        // of a foreign club): no code unless the text gives one.
        let ms = mentions("قالت الحكومة البريطانية إنها تدعم الفريق. وسجل كيفن دوبروين الهدف الثاني لمانشستر.");
        let name = ms.iter().find(|m| m.text == "كيفن دوبروين").expect("named");
        assert_eq!(name.actor, None, "{ms:?}");
        // A nisba before it still gives the nationality.
        let ms = mentions("وسجل البلجيكي كيفن دوبروين الهدف الثاني لمانشستر.");
        assert!(ms.iter().any(|m| m.text.ends_with("كيفن دوبروين") && m.actor.as_deref() == Some("BELCVL")), "{ms:?}");
    }

    #[test]
    fn a_given_name_before_a_common_word_is_no_name() {
        // A verb or a construct noun after the given name: no family name.
        let ms = mentions("توفي الكاتب الروسي عن عمر يناهز الثمانين في موسكو.");
        assert!(ms.iter().all(|m| !m.text.contains("يناهز")), "{ms:?}");
        let ms = mentions("بدأ الاجتماع في باريس في تمام الساعة الثالثة.");
        assert!(ms.iter().all(|m| !m.text.contains("تمام")), "{ms:?}");
        // A function word or a future verb is no family name.
        let ms = mentions("وقال إن غابرييل سيعود ربما خلال أسابيع إلى الفريق.");
        assert!(ms.iter().all(|m| !m.text.contains("سيعود")), "{ms:?}");
        let ms = mentions("ووصفت محاكمة عمران علي بأنها الأسرع في باكستان.");
        assert!(ms.iter().all(|m| !m.text.contains("بأنها")), "{ms:?}");
        assert!(!named("وقد أجرى أيوب 183 تحويلا ماليا.", "أيوب 183"));
        // Nor inside a longer name turned down (محمد حيدر زمار المتهم).
        let ms = mentions("اعتقلت قوات كردية الألماني محمد حيدر زمار المتهم بالتخطيط للاعتداءات.");
        assert!(ms.iter().all(|m| m.text != "حيدر زمار"), "{ms:?}");
        // A third name word after the family name: not cut before it here.
        assert!(!named("وسجل خوسيه سولومون روندون هدفا لفنزويلا.", "خوسيه سولومون"));
    }
}
