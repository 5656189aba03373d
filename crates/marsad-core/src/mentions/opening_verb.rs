//! A one-word role noun that is also a verb (طالب "student" / "demanded") at the head of
//! its clause, right before a role phrase, is the verb and the phrase its subject:
//! وطالب وزير الخارجية الفرنسي، طالب مستشار الأمن الوطني، كما طالب منظمات حقوق الإنسان.
//! A student is in construct with a place of study (طالب جامعة القاهرة), and a role noun
//! for a person or a body other than a school cannot be what he studies; mid-clause the
//! noun stays a noun (فيديو التقطه طالب ناشط). `verb_before_subject` asks this after its
//! own test (a definite word or a name after the noun).

use super::Cx;
use marsad_lexicon::{Kind, Match};

/// Words after which a verb opens its clause (كما طالب، وقد طالب، فيما طالب).
const CLAUSE_OPENERS: &[&str] = &[
    "كما", "وكما", "قد", "وقد", "فقد", "لقد", "ولقد", "ثم", "فيما", "بينما", "حيث", "عندما", "بعدما", "حين", "وحين",
];

/// Is match `ms[i]` (a one-word role noun without the article; the caller asks whether it
/// is a verb form) at the head
/// of its clause and followed right away by a role noun for a person, or for a body that
/// is not a place of study?
pub(super) fn before_role_subject(cx: &Cx<'_, '_>, ms: &[Match<'_>], i: usize) -> bool {
    if !ms.get(i + 1).is_some_and(|n| n.start == ms[i].end && !n.conj && !n.prep) {
        return false;
    }
    let subject = cx.entry(i + 1).is_some_and(|e| e.kind == Kind::Agent && (e.singular_person || e.role.as_deref() != Some("EDU")));
    subject && opens_clause(cx, &ms[i])
}

/// Does match `m` open its clause: first in its paragraph or after punctuation, written
/// with و/ف, or after a word such as كما، وقد?
fn opens_clause(cx: &Cx<'_, '_>, m: &Match<'_>) -> bool {
    let t = m.start;
    m.conj || cx.para_start(t) || cx.punct_token(t - 1).is_some() || CLAUSE_OPENERS.contains(&cx.keys[t - 1].as_str())
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_clause_opening_verb_before_a_role_phrase_is_the_verb() {
        let ms = mentions("وطالب وزير الخارجية البريطاني روسيا بتقديم تفسير لما حدث.");
        assert!(ms.iter().any(|m| m.text == "وزير الخارجية البريطاني" && m.actor.as_deref() == Some("GBRGOV")), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.contains("طالب")), "{ms:?}");
        let ms = mentions("وفي جنيف، طالب مبعوث الأمم المتحدة بإجراء تحقيق مستقل.");
        assert!(ms.iter().any(|m| m.text == "مبعوث الأمم المتحدة"), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.contains("طالب")), "{ms:?}");
        let ms = mentions("وقال البيان إن الحكومة رفضت ذلك، كما طالب نواب البرلمان العراقي بالتحقيق.");
        assert!(ms.iter().all(|m| !m.text.contains("طالب")), "{ms:?}");
    }

    #[test]
    fn a_student_stays_a_student() {
        // In construct with a place of study, or mid-clause before another noun.
        let ms = mentions("طالب جامعة مصري يفوز بجائزة دولية.");
        assert!(ms.iter().any(|m| m.text.starts_with("طالب جامعة")), "{ms:?}");
        let ms = mentions("ونشر الصورة طالب ناشط من الجامعة.");
        assert!(ms.iter().any(|m| m.text.starts_with("طالب ناشط")), "{ms:?}");
    }
}
