//! An event noun with no party at all that is only negated, planned or conditional (كانت
//! تخطط لاستهداف مقرات أمنية، في حال تعرضها لأي هجوم، لا يسمح بإضراب) tells no event:
//! nothing says it took place and no one is named. With a party it stays (تعتزم الولايات
//! المتحدة مهاجمة إيران: an intention, ASSAULT USA → IRN), and so do a plain partyless noun,
//! which may still tell its paragraph's type, one in the future, and one dated in a past
//! year, which is mostly a past event told (تعرضت عام 2012 لهجوم).

use super::EventSpan;

/// Is the event a partyless noun that the text does not tell as having happened?
pub(super) fn is_untold(e: &EventSpan) -> bool {
    e.actors.is_empty() && e.recipients.is_empty() && e.rule.starts_with("noun:")
        && (e.negated || matches!(e.modality, Some("hypothetical" | "intent")))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_planned_or_conditional_attack_with_no_party_is_no_event() {
        let t = "وقالت الشرطة إن الخلية كانت تخطط لاستهداف مقرات أمنية في المدينة.";
        assert!(events(t).is_empty(), "{:?}", events(t));
        let t = "وأكد البيان تقديم الدعم الكامل للبلاد في حال تعرضها لأي هجوم.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }

    #[test]
    fn a_planned_attack_on_a_named_party_stays() {
        let t = "وقالت الشرطة إن المعتقلين كانوا يخططون لاستهداف السفارة الأمريكية في القاهرة.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }
}
