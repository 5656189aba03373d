//! A demand, a condemnation or a rejection told as the purpose of a protest (خرج آلاف
//! الأردنيين في مسيرات للمطالبة بإسقاط الحكومة، تجمع المتظاهرون للتنديد بالحكم): a
//! verbal noun with لـ written on it, whose actor is the protesters. Such a noun rarely
//! names its own doer, so without this it is dropped as partyless. Only after a protest:
//! after an attack or a clash the demand is the victims' (اعتدى مسلحون على مسيرة نسائية
//! خرجت للمطالبة), not the actor's.

use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::normalize::key;

/// The types people act *for*: demands, condemnations, rejections. (Not support, whose
/// لـ is mostly a body's name or aim, قوات التحالف لدعم الشرعية; nor protest, whose لـ is
/// mostly a complement, قمع النظام للتظاهرات، المنظمة للاحتجاجات.)
const PURPOSE_TYPES: &[&str] = &["REQUEST", "ACCUSE", "REJECT"];

/// Words after which a noun with لـ answers something rather than being aimed at
/// (استجابة لدعوة، تلبية لطلب: in response to), keys.
const RESPONSE: &[&str] = &["استجابه", "تلبيه"];

/// Is the noun trigger at `i`, with لـ written on it, a purpose: the act itself in the
/// singular (للمطالبة، لمطالبة، وللتنديد, not the things, لاتهامات, nor a cause with its
/// pronoun, لإدانته "for his conviction"), not after a word of response?
pub(super) fn is_purpose(input: &Input, t: &Trigger, i: usize, s0: usize, enclitic: bool) -> bool {
    if enclitic || t.kind != TriggerKind::Noun || !t.event.as_deref().is_some_and(|k| PURPOSE_TYPES.contains(&k)) {
        return false;
    }
    if i > s0 && RESPONSE.contains(&input.keys[i - 1].as_str()) {
        return false;
    }
    let k = input.keys[i].as_str();
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    let bare = k.strip_prefix("لل").or_else(|| k.strip_prefix('ل').map(|r| r.strip_prefix("ال").unwrap_or(r)));
    bare == Some(key(&t.lemma).as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_demand_as_the_purpose_of_a_protest_is_the_protesters() {
        let t = "وتظاهر آلاف الأردنيين في عمان للمطالبة بإسقاط الحكومة.";
        assert!(sides(t, "REQUEST").iter().any(|(a, _)| a.as_deref() == Some("JOR")), "{:?}", sides(t, "REQUEST"));
    }

    #[test]
    fn a_purpose_after_a_clash_is_not_the_attackers() {
        let t = "واشتبكت الشرطة الإسرائيلية مع متظاهرين أقاموا اعتصاما في القدس للمطالبة بالإفراج عن المعتقلين.";
        assert!(!sides(t, "REQUEST").iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{:?}", sides(t, "REQUEST"));
    }

    #[test]
    fn a_protest_keeps_the_target_its_purpose_names() {
        let t = "وخرجت في طهران مظاهرات حاشدة للتنديد بالولايات المتحدة.";
        assert!(sides(t, "PROTEST").iter().any(|(_, r)| r.as_deref() == Some("USA")), "{:?}", sides(t, "PROTEST"));
    }

    #[test]
    fn a_response_or_a_plural_is_no_purpose() {
        let t = "وتجمع آلاف المحتجين في البصرة استجابة لدعوة على مواقع التواصل.";
        assert!(sides(t, "REQUEST").is_empty(), "{:?}", sides(t, "REQUEST"));
        let t = "وتظاهر آلاف الأردنيين في عمان، رغم تعرضهم لاتهامات بالتخريب.";
        assert!(sides(t, "ACCUSE").iter().all(|(a, _)| a.as_deref() != Some("JOR")), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn a_purpose_with_no_event_before_it_takes_no_actor_from_the_sentence_before() {
        let t = "واجتمع وزير الخارجية المصري مع نظيره الأردني في القاهرة. وهناك حاجة للمطالبة بالحقوق.";
        assert!(sides(t, "REQUEST").is_empty(), "{:?}", sides(t, "REQUEST"));
    }
}
