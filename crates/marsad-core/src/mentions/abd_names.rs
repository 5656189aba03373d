//! Given names written عبد + a space + one of God's names (عبد الرحمن العلي، عبد الفتاح
//! الشريف، وقال عبد الله المحيسني): one given name in two words, as the given-names list
//! holds it joined (عبدالرحمن). Read as two, the name after them counted as a third word
//! after a middle name that is no given name, and the person was lost when no role
//! phrase came before (a role phrase's name already reads عبد + any word as one). Only
//! God's names, a closed list: after عبد another word is as often a descriptive phrase
//! (عبد مأمور) as a name. A name inside a place (مطار الملك عبد العزيز، مسجد عبد الله)
//! is no person: those name starts are dropped before (`places::names_of_places`).

use super::extent::{set, KeySet};
use super::{first_name_at, FirstNames};
use std::sync::OnceLock;

/// God's names written after عبد in given names (the press spelling; keys fold hamza and
/// ة). ربه "his Lord" (عبد ربه) and the spelling الرحمان are written as names too.
const GOD_NAMES: &[&str] = &[
    "الله", "الرحمن", "الرحمان", "الرحيم", "الملك", "المالك", "القدوس", "السلام", "المؤمن", "العزيز", "الجبار",
    "الخالق", "الباري", "الغفار", "الغفور", "الوهاب", "الرزاق", "الفتاح", "العليم", "الباسط", "السميع", "البصير",
    "اللطيف", "الخبير", "الحليم", "العظيم", "الشكور", "الكبير", "الحفيظ", "الجليل", "الكريم", "الرقيب", "الودود",
    "المجيد", "الحق", "الوكيل", "القوي", "الولي", "الحميد", "المحسن", "الحي", "القيوم", "الواحد", "الصمد",
    "القادر", "المنعم", "الهادي", "الرؤوف", "النور", "الغني", "العالي", "الإله", "الرب", "ربه", "الستار", "المعطي",
    "الصبور", "الرشيد", "التواب", "المتعال", "القهار", "الحكيم",
];

/// Is token `at` عبد (alone or after و، ل، ب) followed by one of God's names: the first
/// word of a two-word given name?
pub(super) fn compound_at(keys: &[String], at: usize) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    let Some(word) = keys.get(at) else { return false };
    // (Most words are not عبد: the length answers first.)
    if word.len() > 8 {
        return false;
    }
    let bare = word.strip_prefix(['و', 'ل', 'ب']).filter(|rest| *rest == "عبد").unwrap_or(word);
    bare == "عبد" && keys.get(at + 1).is_some_and(|next| set(&KEYS, GOD_NAMES).contains(next))
}

/// Is token `at` such a given name right after a given name that may start a name, with
/// or without و ل ب (not a title the people list begins with, as الملك) (ياسمين عبد العزيز،
/// مريم مصطفى عبد السلام، عمرو عبد العزيز)? Then عبد begins the father's name inside a
/// name whose first word was not read as one: no name starts there, as before. (وعبد
/// after a name begins the next person: أحمد وعبد المجيد مجذوب.)
pub(super) fn fathers_name_at(keys: &[String], first_names: &FirstNames, at: usize) -> bool {
    at > 0 && keys[at] == "عبد" && compound_at(keys, at) && first_name_at(&keys[at - 1], first_names).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;
    use super::{compound_at, fathers_name_at, FirstNames};

    #[test]
    fn abd_and_a_name_of_god_is_one_given_name() {
        let ms = mentions("قال عبد الرحمن العلي إن الوضع صعب.");
        assert!(ms.iter().any(|m| m.text == "عبد الرحمن العلي"), "{ms:?}");
        let ms = mentions("وأكد عبد الفتاح الشريف، أن القوات تقدمت.");
        assert!(ms.iter().any(|m| m.text == "عبد الفتاح الشريف"), "{ms:?}");
    }

    #[test]
    fn abd_and_another_word_is_not_read_as_a_given_name() {
        // عبد + a word that is none of God's names: two words, as before.
        let ms = mentions("قال عبد المأمور العلي إن الوضع صعب.");
        assert!(!ms.iter().any(|m| m.text.contains("العلي")), "{ms:?}");
    }

    #[test]
    fn abd_after_another_given_name_starts_no_name() {
        // (ياسمين is a given name: عبد العزيز is her father's name, not a new person.)
        let names: FirstNames = ["ياسمين".to_string()].into_iter().collect();
        let keys: Vec<String> = "اصابه ياسمين عبد العزيز ياسمين وعبد العزيز".split(' ').map(String::from).collect();
        assert!(fathers_name_at(&keys, &names, 2));
        // After a word that is no given name, or written with و: a name starts.
        assert!(!fathers_name_at(&keys, &names, 1));
        assert!(!fathers_name_at(&keys, &names, 5));
        assert!(compound_at(&keys, 5));
    }

    #[test]
    fn abd_after_a_title_still_starts_a_name() {
        let ms = mentions("وقدم الملقي استقالته إلى الملك عبد الله الثاني الذي وافق عليها.");
        assert!(ms.iter().any(|m| m.text.starts_with("الملك عبد الله")), "{ms:?}");
    }

    #[test]
    fn abd_inside_a_name_is_one_word_of_it() {
        let ms = mentions("وقال جابر عبد الهادي المري، أحد نشطاء العشيرة، إن الوضع صعب.");
        assert!(ms.iter().any(|m| m.text == "جابر عبد الهادي المري"), "{ms:?}");
        let ms = mentions("والتقى الرئيس الأفغاني أشرف عبد الغني بشأن الانتخابات.");
        assert!(!ms.iter().any(|m| m.text.ends_with("بشأن")), "{ms:?}");
        let ms = mentions("وقال سامح عبد العزيز رغم ذلك إن الفيلم جاهز.");
        assert!(ms.iter().any(|m| m.text == "سامح عبد العزيز"), "{ms:?}");
    }

    #[test]
    fn a_place_named_after_abd_names_no_person() {
        let ms = mentions("وصل الوفد إلى مطار الملك عبد العزيز الدولي أمس.");
        assert!(!ms.iter().any(|m| m.text.contains("عبد العزيز")), "{ms:?}");
        let ms = mentions("وصلى المصلون في مسجد عبد الله الحسيني أمس.");
        assert!(!ms.iter().any(|m| m.text.contains("عبد الله")), "{ms:?}");
    }

    #[test]
    fn a_name_after_a_role_phrase_is_read_as_before() {
        let ms = mentions("وقال الكاتب المغربي عبد الله الطايع إن الرواية جديدة.");
        assert!(ms.iter().any(|m| m.text == "الكاتب المغربي عبد الله الطايع"), "{ms:?}");
    }
}
