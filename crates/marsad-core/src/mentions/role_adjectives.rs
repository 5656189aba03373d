//! Role nouns that are also adjectives (agents.tsv marks them AMBIGUOUS: العسكري "military",
//! السياسية "political", المسلحة "armed", الخارجية "external", البحرية "maritime"; and
//! القنصلية, "the consulate" or "consular") are adjectives when they follow a definite
//! noun that names no actor: التدخل العسكري في سوريا، المشهد السياسي، النزاع المسلح،
//! السياسة الخارجية التركية، العلاقات القنصلية. The noun and its adjective agree in
//! definiteness, and no actor is named; a noun for a body or a person before them
//! (الجناح العسكري لحماس، المكتب الإعلامي للجيش، الرجل المسلح) makes the pair an actor,
//! and is left to the other passes.

use super::extent::{set, KeySet};
use super::Cx;
use marsad_lexicon::Match;
use std::sync::OnceLock;

/// The definite singular forms of the role nouns that are also adjectives, as written.
const ROLE_ADJECTIVES: &[&str] = &[
    "العسكري", "العسكرية", "السياسي", "السياسية", "المسلح", "المسلحة", "المدني", "المدنية", "الإرهابي", "الإرهابية",
    "الخارجية", "الداخلية", "البحرية", "السرية", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الإعلامي", "الإعلامية",
    "العامل", "العاملة", "البرلماني", "البرلمانية", "القاضية", "الجهادي", "الجهادية", "الإسلامي", "القاتل",
    "الانتحاري", "الانتحارية", "القنصلية",
];

/// Nouns before such an adjective that make the pair an actor: an arm, office or body
/// (الجناح العسكري، المكتب الإعلامي، القوة البحرية) or a person (الرجل المسلح), and the
/// fields of an office (محررة الشؤون السياسية).
const ACTOR_NOUNS: &[&str] = &[
    "الجناح", "الذراع", "القوة", "القوات", "المكتب", "المركز", "الجهاز", "الفرع", "المجلس", "الهيئة", "اللجنة", "المؤسسة", "الشعبة", "الشؤون",
    "الدائرة", "القسم", "القيادة", "الحكومة", "الرجل", "الشاب", "الشخص", "المرأة", "الفتاة", "الطفل", "السيدة",
    "الفتى", "الزعيم", "الناشط", "الناشطة",
];

/// Words with the article that are no noun an adjective could follow: times and relatives
/// (وأعلنت الخميس الداخلية), so the role noun after them is still the subject.
const NOT_NOUNS: &[&str] = &[
    "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "اليوم", "الليلة", "الآن", "التي", "الذي",
    "الذين", "اللذين", "اللتين", "الماضي", "الماضية", "الحالي", "الحالية",
];

/// Is the role noun of match `i` an adjective of the definite word right before it (see
/// the module docs)? Only a one-word match with the article and no clitic, after a
/// definite word no other match covers.
pub(super) fn describes_noun_before(cx: &Cx<'_, '_>, ms: &[Match<'_>], i: usize) -> bool {
    static ADJECTIVES: OnceLock<KeySet> = OnceLock::new();
    let m = &ms[i];
    if m.end != m.start + 1 || !m.article || m.prep || m.conj || m.start == 0 || i > 0 && ms[i - 1].end == m.start {
        return false;
    }
    let keys = cx.keys;
    if !set(&ADJECTIVES, ROLE_ADJECTIVES).contains(keys[m.start].as_str()) {
        return false;
    }
    definite_noun_before(cx, m.start)
}

/// Is the word before token `t` a definite noun that names no actor, one an adjective or
/// participle at `t` may describe (التدخل العسكري، الطلب المقدم)? Not a time or relative
/// word, an adjective, nor a body or person noun (الجناح العسكري).
pub(super) fn definite_noun_before(cx: &Cx<'_, '_>, t: usize) -> bool {
    static ACTORS: OnceLock<KeySet> = OnceLock::new();
    let Some(before) = t.checked_sub(1).map(|b| cx.keys[b].as_str()) else { return false };
    // The noun, its clitics aside (بالتدخل، والعملية، للسياسة).
    let noun = before
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.starts_with("ال") || r.starts_with("لل") || r.starts_with("بال"))
        .unwrap_or(before);
    let noun = noun.strip_prefix('ب').filter(|r| r.starts_with("ال")).unwrap_or(noun);
    let noun = match noun.strip_prefix("لل") {
        Some(rest) => format!("ال{rest}"),
        None => noun.to_string(),
    };
    // (After another adjective, الجماعات الكردية المسلحة, the noun further back may be
    // the actor the adjectives describe.)
    noun.starts_with("ال")
        && marsad_text::normalize::has_chars(&noun, 5)
        && !super::adjective(&noun)
        && !set(&ACTORS, ACTOR_NOUNS).contains(noun.as_str())
        && !no_noun(&noun)
}

/// Is `key` a time or relative word with the article ([`NOT_NOUNS`]), no noun of its own?
pub(super) fn no_noun(key: &str) -> bool {
    static NOT: OnceLock<KeySet> = OnceLock::new();
    set(&NOT, NOT_NOUNS).contains(key)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_role_adjective_after_a_noun_is_no_actor() {
        let ms = mentions("وساعد التدخل العسكري الروسي في سوريا، وقال إن المشهد السياسي في سوريا متعثر بسبب النزاع المسلح.");
        assert!(ms.iter().all(|m| !m.text.contains("العسكري") && !m.text.contains("السياسي") && !m.text.contains("المسلح")), "{ms:?}");
        // The state after في is still named.
        assert!(ms.iter().any(|m| m.text == "سوريا"), "{ms:?}");
        // Consular rights and relations are no consulate.
        let ms = mentions("وطالبت تركيا باحترام الحقوق القنصلية والعلاقات القنصلية بين البلدين.");
        assert!(ms.iter().all(|m| !m.text.contains("القنصلية")), "{ms:?}");
    }

    #[test]
    fn the_noun_itself_or_an_arm_before_it_is_still_an_actor() {
        let ms = mentions("وأعلن الجناح العسكري لحماس مسؤوليته، وقالت الخارجية الأمريكية إن الرجل المسلح قتل.");
        assert!(ms.iter().any(|m| m.text.contains("العسكري لحماس")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "الخارجية الأمريكية"), "{ms:?}");
        let ms = mentions("وقال نائب قائد القوة البحرية للحرس الثوري إن الجماعات الكردية المسلحة انسحبت.");
        assert!(ms.iter().any(|m| m.text.contains("البحرية")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.contains("المسلحة")), "{ms:?}");
        // Protesters storming the consulate: a mention before it is no noun it describes.
        let ms = mentions("واقتحم المتظاهرون القنصلية الإيرانية في البصرة.");
        assert!(ms.iter().any(|m| m.text.starts_with("القنصلية")), "{ms:?}");
        // A time word before the role noun is no noun it describes.
        let ms = mentions("وأكدت الخميس الخارجية الأمريكية أن الاتفاق قائم.");
        assert!(ms.iter().any(|m| m.text == "الخارجية الأمريكية"), "{ms:?}");
    }
}
