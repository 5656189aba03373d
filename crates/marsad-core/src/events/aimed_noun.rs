//! A violence noun with no party that is only aimed at, not done: the verbal noun of a
//! transitive attack verb with لـ written on it (أطلق الصاروخ بطريقة متعمدة لاستهداف
//! المناطق المدنية، كانت مجهزة لمهاجمة المسيرة، خطط لتفجير الأنفاق), or a noun after
//! للقيام بـ or المراد (كانوا يعدون للقيام باعتداء، المواقع المراد استهدافها), or after a
//! support verb's noun with لـ (تسعى لشن هجوم حاسم، خططوا لتنفيذ هجمات), also when that
//! noun opens the trigger (لشن هجمات، read as support verb and noun). It tells a
//! purpose or a plan, and names no one, so it is no event. Not the nouns whose لـ is mostly
//! a complement (تعرضت لهجوم، تصدت لعدوان، ذكرى لمقتل), nor after تعرض or تصدى, where the
//! attack did take place (تتعرض لاستهداف).

use super::{EventSpan, Input};
use marsad_text::normalize::key;

/// Verbal nouns of attack verbs that take their target as object: with لـ they are mostly
/// an aim (keys).
const AIMED: &[&str] = &["استهداف", "مهاجمه", "اغتيال", "خطف", "اختطاف", "تفجير", "غزو", "قمع", "اسقاط", "زرع", "قتل"];

/// Words right before a noun that make it a purpose or a plan (keys): the support verbs'
/// nouns with لـ among them.
const PLAN_BEFORE: &[&str] = &["للقيام", "وللقيام", "المراد", "لشن", "ولشن", "لتنفيذ", "ولتنفيذ"];

/// Is the event a partyless attack noun told only as an aim?
pub(super) fn is_aimed(input: &Input, e: &EventSpan) -> bool {
    if e.kind != "ASSAULT" || !e.actors.is_empty() || !e.recipients.is_empty() {
        return false;
    }
    let i = e.trigger.0;
    // A support verb's pattern whose first word is its noun with لـ (لشن هجمات).
    if !e.rule.starts_with("noun:") && e.rule.contains("+noun:") && PLAN_BEFORE.contains(&input.keys[i].as_str()) {
        return true;
    }
    let Some(lemma) = e.rule.strip_prefix("noun:").map(|r| r.split('+').next().unwrap_or(r)) else {
        return false;
    };
    let prev = (i > 0 && input.tokens[i - 1].start >= e.sentence.0).then(|| input.keys[i - 1].as_str());
    if prev.is_some_and(|p| PLAN_BEFORE.contains(&p)) {
        return true;
    }
    // After تعرض or تصدى the لـ is their complement: the attack took place.
    if prev.is_some_and(|p| p.contains("تعرض") || p.contains("تصد")) {
        return false;
    }
    let lemma = key(lemma);
    if !AIMED.contains(&lemma.as_str()) {
        return false;
    }
    let k = input.keys[i].as_str();
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    let bare = k.strip_prefix("لل").or_else(|| k.strip_prefix('ل').map(|r| r.strip_prefix("ال").unwrap_or(r)));
    bare == Some(lemma.as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, assert_some_of, count, events};


    #[test]
    fn an_aim_with_no_party_is_no_attack() {
        assert_eq!(count("وتم إطلاق الصاروخ بطريقة متعمدة لاستهداف المناطق المدنية والآهلة بالسكان.", "ASSAULT"), 0);
        assert_eq!(count("وقالت الشرطة إن الأسلحة كانت مجهزة لمهاجمة المسيرة الاحتفالية.", "ASSAULT"), 0);
    }

    #[test]
    fn a_plan_to_carry_out_an_attack_is_no_attack() {
        assert_eq!(count("وتشتبه النيابة بأن الموقوفين كانوا يعدون للقيام باعتداء جديد.", "ASSAULT"), 0);
        assert_eq!(count("وشملت المهام رصد المواقع المراد استهدافها ونقل العبوات.", "ASSAULT"), 0);
    }

    #[test]
    fn an_attack_a_support_noun_aims_at_is_no_attack() {
        assert_none_of("ASSAULT", &[
            "وتحتشد القوات على مشارف المدينة استعدادا لشن هجوم واسع خلال الأيام المقبلة.",
            "وأوقفت الشرطة ثلاثة أشخاص قالت إنهم كانوا يعدون لتنفيذ هجمات في العاصمة.",
        ]);
    }

    #[test]
    fn an_attack_launched_stays() {
        assert_some_of("ASSAULT", &[
            "وشنت الطائرات هجوما واسعا على مواقع المسلحين شمال المدينة.",
            "ونفذ مسلحون هجمات على نقاط التفتيش في العاصمة.",
        ]);
    }

    #[test]
    fn an_attack_undergone_stays() {
        let t = "وقال السكان إن الحي يتعرض لاستهداف متواصل منذ أسبوع.";
        assert_eq!(count(t, "ASSAULT"), 1, "{:?}", events(t));
    }

    #[test]
    fn an_aim_with_a_party_stays() {
        let t = "وقالت الشرطة إن المعتقلين كانوا يخططون لاستهداف السفارة الأمريكية في القاهرة.";
        assert_eq!(count(t, "ASSAULT"), 1, "{:?}", events(t));
    }
}
