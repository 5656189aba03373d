//! An unknown name written right before a definite coded role phrase for one person, with
//! no comma between them, is one mention with it (eval/README.md: a name and its role with
//! no comma are one mention, in either order): مالك احمد خان المتحدث باسم الحكومة
//! الباكستانية, ستيبانكا زينكلوفا المتحدثة باسم النيابة العامة التشيكية. The role phrase
//! takes the name ([`super::appositions`] finds it); a comma keeps the two apart.
//!
//! Not when a word between the given name and the role phrase shows a clause or a
//! construct rather than a name: an imperfect verb or a noun with a pronoun, or a kinship
//! noun whose complement the role phrase is (أشرف مروان صهر الرئيس المصري): then the name
//! takes neither the role phrase nor its code (nor in `office_after_unknown_name`). A
//! common word right after the given name may be a perfect verb (كيم أبلغ الرئيس الصيني,
//! where the role phrase is the verb's object) as well as a family name (كريس هيل): the
//! two stay two mentions, as before this rule.

use super::{clause_words, first_name, org_names, ActorSpan, FirstNames};
use marsad_lexicon::Kind;

/// Kinship nouns in construct before a role phrase, as matching keys: the role phrase is
/// the relative's, not the name's (صهر الرئيس، نجل الرئيس).
const KIN_IN_CONSTRUCT: &[&str] = &[
    "صهر", "نجل", "ابن", "ابنه", "زوج", "زوجه", "شقيق", "شقيقه", "والد", "والده", "حفيد", "حفيده", "ارمله",
];

/// How an unknown name before a definite role phrase with no comma is read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Reading {
    /// One mention, the role phrase's, which takes the name.
    One,
    /// Two mentions, the name coded by the role phrase: the word right after the given
    /// name is a common word and no given name (a perfect verb, كيم أبلغ, or a family name
    /// that is also a word, كريس هيل), so the name may be a clause's subject.
    Two,
    /// No apposition: a kinship noun or a word of a clause after the given name
    /// ([`construct_between`]); the role phrase is its complement or object.
    None,
}

/// How the name on `words` (the given name's, up to the role phrase) and the role phrase
/// after it are read.
pub(super) fn reading(words: &[String], first_names: &FirstNames) -> Reading {
    if construct_between(&words[1..], first_names) {
        Reading::None
    } else if words.get(1).is_some_and(|k| !first_name(k, first_names) && org_names::is_common(k)) {
        Reading::Two
    } else {
        Reading::One
    }
}

/// Is the last of `words` after a given name a kinship noun, whose complement the role
/// phrase after it is (ابن within a name, محمد ابن راشد, is not last), or any of them a word
/// of a clause (a verb or a noun with a pronoun, [`clause_words::ends_name`])? Family
/// names are often common words (عساف عبود، علي أملاك), so a common word alone is none.
pub(super) fn construct_between(words: &[String], first_names: &FirstNames) -> bool {
    words.last().is_some_and(|k| KIN_IN_CONSTRUCT.contains(&k.as_str()))
        || words.iter().any(|k| clause_words::ends_name(k, first_names))
}

/// The role phrase `role` takes the name on tokens `a..role.tok_start` before it: one
/// person mention, the name its entity.
pub(super) fn take_name(role: &mut ActorSpan<'_>, keys: &[String], a: usize) {
    let b = role.tok_start;
    role.kind = Kind::Person;
    role.tok_start = a;
    role.name = Some((a, b));
    role.entity = Some(keys[a..b].join(" ").into());
    role.extend_rule(&["+name-before"]);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions_on;

    #[test]
    fn a_name_and_its_definite_role_with_no_comma_are_one_mention() {
        let ms = mentions_on("وقال مالك احمد خان المتحدث باسم الحكومة الباكستانية إن الوضع هادئ.", Some("2018-05-10"));
        let m = ms.iter().find(|m| m.text.starts_with("مالك احمد خان")).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.text, "مالك احمد خان المتحدث باسم الحكومة الباكستانية", "{ms:?}");
        assert_eq!(m.entity.as_deref(), Some("مالك احمد خان"), "{ms:?}");
        assert_eq!(m.actor.as_deref(), Some("PAKGOV"), "{ms:?}");
        // ابن within the name is no kinship noun before the role (a common word right after
        // the given name, it keeps the two mentions, the name coded).
        let ms = mentions_on("وقال أحمد ابن عقيل المتحدث باسم الحكومة اليمنية إن", Some("2018-05-10"));
        assert!(ms.iter().any(|m| m.text == "أحمد ابن عقيل" && m.actor.as_deref() == Some("YEMGOV")), "{ms:?}");
    }

    #[test]
    fn a_comma_keeps_the_name_and_its_role_two_mentions() {
        let ms = mentions_on("وقال فهد التميمي، الملحق الصحي السعودي، إن العلاج مجاني.", Some("2018-05-10"));
        assert!(ms.iter().any(|m| m.text == "فهد التميمي") && ms.iter().any(|m| m.text == "الملحق الصحي السعودي"), "{ms:?}");
    }

    #[test]
    fn a_clause_or_kin_word_after_the_given_name_keeps_the_role_apart() {
        let ms = mentions_on("وقال إن كيم أبلغ الرئيس الصيني بقراره.", Some("2018-05-10"));
        assert!(ms.iter().any(|m| m.text == "الرئيس الصيني"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.text.contains("أبلغ") && m.rule.contains("name-before")), "{ms:?}");
        // A common word right after the given name: two mentions, the name coded.
        let ms = mentions_on("وقال كريس هيل السفير الأميركي في كوريا الجنوبية سابقا إن", Some("2018-05-30"));
        assert!(ms.iter().any(|m| m.text == "كريس هيل" && m.actor.as_deref() == Some("USAGOV")), "{ms:?}");
        let ms = mentions_on("ويحكي الفيلم قصة أشرف مروان صهر الرئيس المصري الراحل.", Some("2018-08-24"));
        assert!(ms.iter().any(|m| m.text.starts_with("الرئيس المصري")), "{ms:?}");
        assert!(!ms.iter().any(|m| m.text.contains("صهر") && m.actor.as_deref() == Some("EGYGOV")), "{ms:?}");
    }

    #[test]
    fn a_hyphenated_name_before_its_role_is_one_mention() {
        let ms = mentions_on("وقال كيم أوي-كيوم المتحدث باسم رئيس كوريا الجنوبية إن", Some("2018-03-16"));
        let one = |m: &crate::Mention| m.text == "كيم أوي-كيوم المتحدث باسم رئيس كوريا الجنوبية" && m.actor.as_deref() == Some("KORGOV");
        assert!(ms.iter().any(one), "{ms:?}");
    }
}
