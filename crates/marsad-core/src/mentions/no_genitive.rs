//! A word with the article is never the head of a construct (إضافة): the genitive follows
//! `حكومة قطر`، `محتجو قطر`, never `المحتجون قطر`.
//! A state's or a person's name right after such a word is the next phrase of the clause,
//! mostly the object after a subject (`واتهم المحتجون قطر بالادعاء`، `وتتهم النيابة رونالدو
//! بأنه`، `تتهم تلك الدول قطر بدعم الإرهاب`), not the role phrase's complement. A role noun
//! for one person before a name is a title in apposition (`الرئيس ترامب`، `الوزير لافروف`)
//! and still joins it; so may a noun for one person the dictionary does not mark as one
//! (`الخبير الاقتصادي هاني توفيق`). A bare institution of one word (`alone = home`:
//! النيابة، المعارضة) before a person is kept apart only as a verb's subject (the name its
//! object; a longer phrase may end in an office for one person: `حكومة رئيس الوزراء جاستن
//! ترودو`); a nisba
//! or demonym after the article agrees as an adjective
//! (`الحكومة العراقية`، `المحتجون الروس`) and is not concerned, nor is a state's name with
//! the article, which may be the nisba's feminine (`القنصلية السعودية`).

use super::Cx;
use marsad_lexicon::{Alone, Kind};
use marsad_lexicon::events::Tense;
use marsad_text::normalize::{key_is_definite, nisba_shaped};

/// Can the word at `at` take no genitive: it carries the article?
pub(super) fn takes_no_genitive(cx: &Cx<'_, '_>, at: usize) -> bool {
    key_is_definite(&cx.keys[at])
}

/// Does a finite verb stand right before the token at `at` (its subject then follows it:
/// وتتهم النيابة رونالدو)? The word must show it is a verb (و or ف before it, the ت of the
/// feminine, the imperfect's ي): a bare form is as often a verbal noun.
pub(super) fn after_verb(cx: &Cx<'_, '_>, at: usize) -> bool {
    at > 0 && {
        let verb = cx.keys[at - 1].as_str();
        (verb.starts_with(['و', 'ف', 'ي']) || verb.ends_with('ت')) && super::bare_people::is_finite_verb(cx, verb)
    }
}

/// Is the mention `a`, right before a person's name, a verb's subject that the name follows
/// as its object rather than a title in apposition (وتتهم النيابة رونالدو، واتهمت النيابة
/// التركية برونسون، تتهم المعارضة نتنياهو)? A bare institution with the article (not a
/// noun for one person: الرئيس التركي أردوغان is a title), alone or with its nisba after it,
/// right after a finite verb: a definite word heads no construct, and an institution is no
/// person's title. The imperfect's ت (تتهم) counts here only for a trigger verb of the
/// imperfect: elsewhere a word opening with ت is as often a noun.
pub(super) fn subject_before_object(cx: &Cx<'_, '_>, a: &super::ActorSpan<'_>) -> bool {
    let institution = a.kind == Kind::Agent && a.home && a.entity.is_none() && !a.person_noun && takes_no_genitive(cx, a.tok_start);
    let bare_or_nisbas = (a.rule == "agent" && a.tok_end == a.tok_start + 1)
        || (a.rule == "agent+state" && a.tok_end == a.tok_start + 2 && takes_no_genitive(cx, a.tok_start + 1) && nisba_shaped(&cx.keys[a.tok_start + 1]));
    institution && bare_or_nisbas && (after_verb(cx, a.tok_start) || after_imperfect_t(cx, a.tok_start))
}

/// Is the word before `at` an imperfect opening with ت that the event dictionaries read as
/// a verb (تتهم، تطالب)?
pub(super) fn after_imperfect_t(cx: &Cx<'_, '_>, at: usize) -> bool {
    at > 0 && {
        let verb = cx.keys[at - 1].as_str();
        verb.starts_with('ت')
            && cx.lex.events().lookup(verb).is_some_and(|hit| !hit.nominal && !hit.preposition && !hit.enclitic && hit.forms.iter().all(|f| f.tense == Tense::Imperfect))
    }
}

/// Is the agent match `k`, after a phrase whose last word has the article, a state's body
/// named by one bare noun (الحكومة، السلطات، الشرطة، البرلمان) that begins the next phrase,
/// mostly the verb's object, rather than a further genitive (اتهمت نقابات العمال الحكومة،
/// وطالبت المنظمة الحقوقية السلطات القطرية: a definite genitive heads no construct)? Not a
/// sound plural nor a word `head_roles::adjectival` reads as the adjective of the word
/// before: those may agree with it (الأطفال المجندين).
pub(super) fn next_body(cx: &Cx<'_, '_>, ms: &[marsad_lexicon::Match<'_>], k: usize) -> bool {
    let m = &ms[k];
    // (A sound plural may agree as an adjective: الأطفال المجندين are child soldiers.)
    let key = cx.keys[m.start].as_str();
    m.end == m.start + 1
        && m.article
        && !key.ends_with("ون")
        && !key.ends_with("ين")
        && cx.entry(k).is_some_and(|e| e.alone == Alone::Home && e.role.as_deref().is_some_and(|r| STATE_BODIES.iter().any(|b| r.starts_with(b))))
        && !super::head_roles::adjectival(cx, ms, k)
}

/// Roles of a state's bodies, whose bare nouns are no adjective (المعارضة، المسلحة،
/// المدنيين may agree with the noun before).
const STATE_BODIES: &[&str] = &["GOV", "LEG", "JUD", "MIL", "COP"];

/// Is a name of this kind (a state, a capital, a place, a metonym) one that only a
/// construct or a preposition ties to a role noun before it?
pub(super) fn is_place_name(kind: Kind) -> bool {
    matches!(kind, Kind::State | Kind::Capital | Kind::Place | Kind::Metonym)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_name_after_a_definite_subject_is_the_object() {
        let ms = mentions("واتهمت المنظمة روسيا بقمع الصحفيين.");
        assert_eq!(code(&ms, "روسيا"), Some("RUS"), "{ms:?}");
        let ms = mentions("وتتهم النيابة رونالدو بالتهرب الضريبي.");
        assert!(ms.iter().any(|m| m.text == "رونالدو"), "{ms:?}");
    }

    #[test]
    fn a_person_after_a_verbs_institution_and_its_nisba_is_the_object() {
        // An institution with its nisba, then the person it accuses.
        let ms = mentions("واتهمت الشرطة الألمانية بوجديمون بالتمرد.");
        assert!(ms.iter().any(|m| m.text == "الشرطة الألمانية") && ms.iter().any(|m| m.text == "بوجديمون"), "{ms:?}");
        // The imperfect's ت before a bare institution.
        let ms = mentions("تتهم المعارضة رجب طيب أردوغان بتقويض القضاء.");
        assert!(ms.iter().any(|m| m.text == "المعارضة") && ms.iter().any(|m| m.text == "رجب طيب أردوغان"), "{ms:?}");
    }

    #[test]
    fn a_title_for_one_person_still_joins_the_name_after_a_verb() {
        let ms = mentions("وقال الرئيس التركي رجب طيب أردوغان إن بلاده سترد.");
        assert!(ms.iter().any(|m| m.text == "الرئيس التركي رجب طيب أردوغان"), "{ms:?}");
        let ms = mentions("وتقول الحكومة الأمريكية إن الاتفاق سيئ.");
        assert!(ms.iter().any(|m| m.text == "الحكومة الأمريكية"), "{ms:?}");
    }

    #[test]
    fn a_state_body_after_a_definite_phrase_is_the_next_phrase() {
        let ms = mentions("وطالبت نقابات العمال الحكومة بزيادة الأجور.");
        assert!(ms.iter().any(|m| m.text == "نقابات العمال"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "الحكومة"), "{ms:?}");
        let ms = mentions("ودعت اللجنة الحقوقية السلطات المغربية إلى الإفراج عن المعتقلين.");
        assert!(ms.iter().any(|m| m.text == "السلطات المغربية"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.text.contains("الحقوقية السلطات")), "{ms:?}");
    }

    #[test]
    fn a_construct_and_an_agreeing_plural_still_join() {
        // An indefinite head still takes its genitive; a sound plural after a definite
        // plural agrees with it.
        let ms = mentions("وقال قائد الشرطة إن الاجتماع انتهى.");
        assert!(ms.iter().any(|m| m.text == "قائد الشرطة"), "{ms:?}");
        let ms = mentions("وأطلقت الجماعة سراح الأطفال المجندين أمس.");
        assert!(ms.iter().any(|m| m.text == "الأطفال المجندين"), "{ms:?}");
    }

    #[test]
    fn a_construct_a_title_and_a_nisba_still_join() {
        let ms = mentions("وقالت حكومة قطر والرئيس ترامب والقنصلية السعودية في بيان.");
        assert_eq!(code(&ms, "حكومة قطر"), Some("QATGOV"), "{ms:?}");
        assert_eq!(code(&ms, "والرئيس ترامب"), Some("USAGOV"), "{ms:?}");
        assert_eq!(code(&ms, "والقنصلية السعودية"), Some("SAUGOV"), "{ms:?}");
    }
}
