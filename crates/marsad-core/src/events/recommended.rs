//! `أوصى` "recommend" is CAMEO's RECOMMEND (020), an appeal, when a state, a body or an
//! official makes it (`وأوصت وزارة التجارة الأميركية بفرض رسوم`، `أوصت الشرطة بتوجيه
//! الاتهام`، `أوصى مجلس حقوق الإنسان إيران بضمان`). News tells it as often of health
//! services, doctors, researchers and the wills of the dead (`توصي هيئة الصحة بعدم
//! تناول`، `أوصى العلماء بتناول جرعة`، `أوصت الفنانة الراحلة بعدم إقامة عزاء`): advice,
//! no political act. Such an actor's recommendation is no event.

use super::args::Arg;
use marsad_text::normalize::key;

/// Roles whose recommendation is advice: health bodies, scholars and scientists, private
/// persons.
const ADVISERS: &[&str] = &["HLH", "EDU", "CVL"];

/// Is a trigger of `lemma` with these actors a recommendation that is only advice? Every
/// actor must be an adviser (a minister recommending stays an appeal).
pub(super) fn is_advice(lemma: &str, actors: &[Arg]) -> bool {
    key(lemma) == key("أوصى") && !actors.is_empty() && actors.iter().all(|a| a.role.as_deref().is_some_and(|r| ADVISERS.contains(&r)))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn an_official_recommendation_is_an_appeal() {
        let s = sides("وأوصى صندوق النقد الدولي لبنان باعتماد خطة فورية للضبط المالي.", "REQUEST");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("LBN")), "{s:?}");
        let s = sides("وأوصت الشرطة الإسرائيلية بتوجيه الاتهام لنتانياهو بالرشوة.", "REQUEST");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{s:?}");
    }

    #[test]
    fn advice_of_health_bodies_scientists_and_the_dead_is_no_event() {
        let s = sides("وتوصي هيئة الخدمات الصحية البريطانية بعدم تناول أكثر من 70 غراما من اللحوم يوميا.", "REQUEST");
        assert!(s.is_empty(), "{s:?}");
        let s = sides("أوصت الفنانة المصرية الراحلة بعدم إقامة عزاء لها.", "REQUEST");
        assert!(s.is_empty(), "{s:?}");
    }
}
