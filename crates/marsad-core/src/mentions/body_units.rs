//! A unit of a body named before it (مختبر الفيزياء في جامعة جونز هوبكنز، كلية الطب
//! بجامعة هارفارد، مكتب الشؤون الأمنية بالبيت الأبيض): the label guide spans the whole
//! phrase (the maximal phrase rule) and codes it as the body, whose part it is. The
//! unit noun stands in construct with its own complement of definite words, then في or
//! بـ the body. Only a coded body: a state or city after في says where the unit is, not
//! whose it is (مركز المصالحة في سوريا).

use super::extent::{is_one_of, own_complement_end, set, KeySet};
use super::*;
use std::sync::OnceLock;

/// Nouns for a unit of a body: a faculty, department, laboratory, office or branch.
/// (Not مقر, a headquarters named as a place, nor إدارة, as often "the management of".)
const UNITS: &[&str] = &["كلية", "قسم", "مختبر", "معهد", "مكتب", "مركز", "وحدة", "شعبة", "دائرة", "مديرية", "فرع"];

/// Most definite words of the unit's own complement (قسم الطب النفسي).
const UNIT_COMPLEMENT_WORDS: usize = 3;

/// Where the phrase of a unit of the body `s` begins, if a unit is named right before
/// it (see the module docs): the unit noun's token.
pub(super) fn unit_start(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> Option<usize> {
    static SET: OnceLock<KeySet> = OnceLock::new();
    if s.actor.is_none() || !matches!(s.kind, Kind::Agent | Kind::Group | Kind::Igo | Kind::Metonym) {
        return None;
    }
    let keys = cx.keys;
    let start = s.tok_start;
    // The complement ends at في before the body, or at the body itself when بـ is on it.
    let complement_end = if start > 0 && keys[start - 1] == "في" {
        start - 1
    } else if s.prepositional && keys[start].starts_with('ب') {
        start
    } else {
        return None;
    };
    (1..=UNIT_COMPLEMENT_WORDS).filter_map(|len| complement_end.checked_sub(len + 1)).find(|&unit| {
        is_one_of(&keys[unit], set(&SET, UNITS))
            && own_complement_end(cx, unit + 1, complement_end) == complement_end
            && !cx.crosses_paragraph(unit, start)
    })
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_unit_before_a_coded_body_is_the_body() {
        let ms = mentions("وأعلنت كلية الطب بجامعة هارفارد أن الدواء فعال.");
        assert_eq!(code(&ms, "كلية الطب بجامعة هارفارد"), Some("USAEDU"), "{ms:?}");
        let ms = mentions("وأعلن قسم الطب النفسي في جامعة بيتسبرغ نتائج الدراسة.");
        assert_eq!(code(&ms, "قسم الطب النفسي في جامعة بيتسبرغ"), Some("USAEDU"), "{ms:?}");
    }

    #[test]
    fn a_unit_in_a_state_is_only_there() {
        // A state after في is where the unit is: the state alone is the mention.
        let ms = mentions("وقال مركز الأبحاث الزراعية في مصر إن المحصول تضاعف.");
        assert!(ms.iter().all(|m| !m.text.contains("في مصر")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "مصر"), "{ms:?}");
    }
}
