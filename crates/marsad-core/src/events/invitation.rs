//! A call to come and meet is an invitation (CAMEO 036, PLOVER AGREE), not a demand:
//! `دعا وزير الخارجية الروسي الزعيم الكوري الشمالي إلى زيارة روسيا`، `دعوة ترامب لبوتين
//! لزيارة واشنطن`، `دعوة روسيا كل من الأردن والولايات المتحدة إلى لقاء`، `دعوة الرئيس
//! الأميركي لحضور الاحتفال`. A call to take part (`للمشاركة في التصويت، في القتال`) stays
//! a call: in the corpus it is as often a call to vote or fight as to a meeting.

use super::Input;
use marsad_text::token::TokenKind;

/// How many words after the call its visit or meeting may come (past the one invited).
const WINDOW: usize = 10;

/// Keys (ة folded to ه, hamza folded) of a visit or attendance with لـ written on it.
const WITH_LAM: &[&str] = &["لحضور", "للحضور", "لزياره", "لزيارتها", "لزيارته", "لزيارتهم", "للقاء"];
/// Keys of a visit, attendance or meeting after إلى (keyed الي).
const AFTER_ILA: &[&str] = &["زياره", "حضور", "لقاء", "اجتماع", "قمه"];

/// Does a visit, attendance or meeting follow the call ending at token `end`, within its
/// clause (no punctuation between) and before the sentence end `s1`?
pub(super) fn to_meet(input: &Input, end: usize, s1: usize) -> bool {
    let hi = (end + WINDOW).min(s1);
    for k in end..hi {
        if input.tokens[k].kind == TokenKind::Punct {
            return false;
        }
        let key = input.keys[k].as_str();
        if WITH_LAM.contains(&key) {
            return true;
        }
        if key == "الي" && k + 1 < hi && AFTER_ILA.contains(&input.keys[k + 1].as_str()) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_call_to_visit_is_an_invitation() {
        let es = events("ودعت الحكومة المصرية الرئيس الفرنسي لحضور افتتاح المتحف الجديد.");
        assert!(es.iter().any(|e| e.kind == "AGREE" && e.cameo.as_deref() == Some("036")), "{es:?}");
        assert!(es.iter().all(|e| e.kind != "REQUEST"), "{es:?}");
        // (The meeting further on than a noun right after the call.)
        let es = events("ودعت روسيا كلا من الأردن والولايات المتحدة وإسرائيل إلى لقاء في موسكو.");
        assert!(es.iter().any(|e| e.kind == "AGREE" && e.rule.contains("+invitation")), "{es:?}");
    }

    #[test]
    fn a_call_to_take_part_or_act_stays_a_call() {
        let es = events("ودعا الرئيس اللبناني المواطنين للمشاركة في الانتخابات.");
        assert!(es.iter().any(|e| e.kind == "REQUEST"), "{es:?}");
        let es = events("ودعت الحكومة المصرية إسرائيل إلى وقف الهجمات على غزة.");
        assert!(es.iter().any(|e| e.kind == "REQUEST"), "{es:?}");
    }
}
