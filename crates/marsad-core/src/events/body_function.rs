//! A verbal noun in construct after a body's noun names what the body does, not an act
//! that took place: مركز استهداف تمويل الإرهاب، غرفة عمليات الجيش، وحدة مكافحة الاغتيالات،
//! صندوق دعم الصحفيين. The body's noun is indefinite in form (the construct state takes
//! no article), so المركز … or a body named before the noun (أعلن المركز استهداف …) is
//! not one. (Not برنامج: برنامج زيارة الأمير is the visit's schedule, and the visit took
//! place.)

use super::Input;

/// Nouns of bodies and units (keys, hamza folded, ة as ه) whose genitive is their task.
const BODIES: &[&str] = &[
    "مركز", "هيئه", "لجنه", "وحده", "جهاز", "اداره", "قسم", "مكتب", "صندوق", "مؤسسه", "دائره", "غرفه", "خليه", "فريق", "شعبه",
];

/// Is the event noun at `i` the genitive of a body's noun right before it?
pub(super) fn names_task(input: &Input, i: usize, s0: usize) -> bool {
    if i == s0 {
        return false;
    }
    let prev = input.keys[i - 1].as_str();
    // (With و، لـ، بـ written on it: لمركز استهداف.)
    let bare = prev.strip_prefix('و').filter(|r| r.chars().count() > 3).unwrap_or(prev);
    let bare = bare.strip_prefix(['ل', 'ب']).filter(|r| BODIES.contains(r)).unwrap_or(bare);
    BODIES.contains(&bare)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_centre_for_targeting_is_no_attack() {
        let t = "وأعلنت دول الخليج والولايات المتحدة عن إنشاء مركز استهداف تمويل الإرهاب في الرياض.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
        let t = "واجتمع الضباط الأمريكيون في غرفة عمليات مشتركة في بغداد.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }

    #[test]
    fn a_body_announcing_an_attack_still_tells_it() {
        let t = "وأعلن المركز استهداف القوات التركية مواقع للمسلحين الأكراد في عفرين.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }
}
