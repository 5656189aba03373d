//! Words that show a given name is no person's name but a word of a clause, and so end
//! an unknown name or start none: after the given name, an imperfect verb (جمال ينحدر،
//! عادل يقود) or a noun with an attached pronoun (غيرت مسارها، حسن نواياها، إيفانكا
//! وزوجها), which no family name is; and a given name read behind a preposition whose
//! whole word is a word of its own (بدأنا "we began" is no بـ + دانا, لديك "you have" no
//! لـ + ديك, لأني "because I" no لـ + آني).

use super::name_ends::function_word;
use super::org_names::{is_common, is_common_as_written};
use super::FirstNames;
use marsad_text::normalize::has_chars;

/// Attached pronouns no family name ends in (ـه is left out: it is also the folded ة).
const PRONOUN_SUFFIXES: &[&str] = &["هما", "هم", "هن", "ها", "كم"];

/// Prepositions and quantifiers that take an attached pronoun (فيها، بينهم، أحدهما).
const PRONOUN_HOSTS: &[&str] = &[
    "في", "عن", "من", "مع", "بين", "الي", "علي", "عند", "حين", "ذات", "بعض", "احد", "معظم", "كل", "مثل", "نفس", "لدي",
];

/// Is `key`, the word after a given name (or after its middle name), a word of a clause
/// and no name word: an imperfect verb or a noun with an attached pronoun?
pub(super) fn ends_name(key: &str, first_names: &FirstNames) -> bool {
    !first_names.contains(key) && (imperfect_verb(key) || with_pronoun(key))
}

/// An imperfect verb (يقود، تبلغ) or a verbal noun of the form تفعيل (تحقيق، تطبيق): ي or
/// ت, four letters or more, a word the press writes as a verb or with the article. Not
/// one ending in ي, as foreign and nisba family names do (تهامي، تابي), nor a foreign
/// name's تش, تا, تي (فيكتور تشا، باتريس تالون، مايلز تيلر، جوردان تايمز), which no
/// imperfect begins with.
fn imperfect_verb(key: &str) -> bool {
    key.starts_with(['ي', 'ت'])
        && !["تش", "تا", "تي"].iter().any(|p| key.starts_with(p))
        && has_chars(key, 4)
        && !key.ends_with('ي')
        && is_common(key)
}

/// A common noun, verb or preposition with an attached pronoun (مسارها، بينهم، وزوجها).
fn with_pronoun(key: &str) -> bool {
    let Some(stem) = PRONOUN_SUFFIXES.iter().find_map(|s| key.strip_suffix(s)) else { return false };
    let host = |k: &str| PRONOUN_HOSTS.contains(&k);
    has_chars(stem, 2) && (is_common(stem) || host(stem) || stem.strip_prefix(['و', 'ف', 'ب', 'ل']).is_some_and(host))
}

/// Is the word `key`, in which a given name was found behind the preposition ب or ل, a
/// word in its own right as written (بدأنا، لديك، لأني)?
pub(super) fn word_of_its_own(key: &str) -> bool {
    function_word(key) || is_common_as_written(key)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    fn has_text(text: &str, part: &str) -> bool {
        mentions(text).iter().any(|m| m.text.contains(part))
    }

    #[test]
    fn a_verb_after_a_given_name_makes_no_name() {
        assert!(!has_text("وقال إن جمال ينحدر من عائلة معروفة في جدة.", "جمال"));
        assert!(!has_text("وفي المباراة عادل يقود الفريق إلى الفوز في القاهرة.", "عادل يقود"));
        // A family name is still read (جمال خاشقجي).
        assert!(has_text("وقال جمال بغال إن الحكومة لم تفعل شيئا.", "جمال بغال"));
        // Nor is a foreign family name in تا or تي (رئيس بنين باتريس تالون).
        assert!(has_text("والتقى ماكرون رئيس بنين باتريس تالون الاثنين في باريس.", "باتريس تالون"));
    }

    #[test]
    fn a_verb_after_a_full_name_ends_it() {
        let ms = mentions("وكان جون ديفيد يقول إن الحكومة لم تفعل شيئا.");
        assert!(ms.iter().any(|m| m.text == "جون ديفيد"), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.contains("يقول")), "{ms:?}");
    }

    #[test]
    fn a_noun_with_a_pronoun_is_no_family_name() {
        assert!(!has_text("وقالت إن الشركة غيرت مسارها بعد الأزمة في لندن.", "غيرت"));
        assert!(!has_text("وأكد حسن نواياها تجاه الجيران في المنطقة.", "نواياها"));
        // (وزوجها is her husband, a relative of its own, not her family name.)
        assert!(mentions("وصلت إيفانكا وزوجها إلى القدس أمس.").iter().all(|m| m.text != "إيفانكا وزوجها"));
        // A family name ending in ـه (the folded ة) is still read.
        assert!(has_text("وقال طلال حمية إن الحكومة لم تفعل شيئا.", "طلال حمية"));
        // A conjunct after a full name ends it as before (دافيد ألابا وعكسها).
        assert!(has_text("وتبادل اللاعب الكرة مع النمسوي دافيد ألابا وعكسها الأخير إلى المرمى.", "دافيد ألابا"));
    }

    #[test]
    fn a_word_of_its_own_hides_no_given_name() {
        assert!(!has_text("وقال المدرب: بدأنا الآن مرحلة جديدة في الفريق.", "بدأنا"));
        assert!(!has_text("إذا كان لديك حساب على الموقع فعليك تغيير كلمة السر.", "لديك"));
        // A given name behind a preposition is still one (لجمال خاشقجي).
        assert!(has_text("وقدمت تعازيها لمحمود درويش في رام الله.", "لمحمود درويش"));
    }

    #[test]
    fn a_discarded_place_is_no_person_but_a_known_one_is() {
        // (discards.tsv: the Iraqi governorate.) The discard also stops an unknown name
        // that begins with it (صلاح الدين بوناصر): only a dictionary person is still read.
        assert!(!has_text("وقتل ثلاثة في هجوم بمحافظتي ديالى وصلاح الدين في العراق.", "صلاح الدين"));
        assert!(has_text("وقال صلاح الدين دميرتاش إن الحكومة لم تفعل شيئا.", "صلاح الدين دميرتاش"));
    }
}
