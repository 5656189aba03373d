//! A party named between a support verb and its noun is the verb's subject (`فرضت الولايات
//! المتحدة عقوبات`، `بعدما شن النظام هجوما`، `عندما يعقد الرئيس ترامب قمة`): the clause is
//! verb–subject–object, so a party before the verb (`على الحرس الثوري الإيراني فرضت …`،
//! `مساعدة الفصائل بعدما شن …`) is no subject of it, however close. Only a party that can
//! stand as a subject there: not one written with a preposition (`تقدم للبيت الأبيض
//! اتفاقا`), nor an indefinite role noun, which is mostly the verb's first object (`سترسل
//! خبراء … للتحقيق`، `قدمت السلطات 43 شخصا إلى المحاكمة`; a possessed one is definite: `التي خرج سكانها في مظاهرات`), nor a
//! place. Only after a support verb: a verb of telling that a noun's owner is read from
//! takes its hearer there (`أبلغت الوزارة السفارة رفضها`).

use super::args::{mention_starting, Context, Request};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;

/// Is a subject named right after the support (or intent) verb of the request, before its
/// noun?
pub(super) fn named(ctx: &Context, input: &Input, req: &Request) -> bool {
    if req.pred >= req.trigger_start || req.pred + 1 >= req.trigger_start {
        return false;
    }
    let Some(m) = mention_starting(ctx, input, req.pred + 1) else { return false };
    let mention = &input.mentions[m];
    if mention.tok_end > req.trigger_start || mention.prepositional || mention.kind == Kind::Place {
        return false;
    }
    // (A count is mostly the object: قدمت السلطات 43 شخصا إلى المحاكمة.)
    let definite = key_is_definite(&input.keys[mention.tok_start]) || mention.rule.contains("possessed");
    (mention.kind != Kind::Agent || definite) && support_verb(input, req.pred)
}

/// Is token `k` a support verb (شن، فرض، قام، أجرى)?
fn support_verb(input: &Input, k: usize) -> bool {
    support_verb_where(input, k, |_| true)
}

/// Is token `k` a form of a support verb that `wanted` accepts?
pub(super) fn support_verb_where(input: &Input, k: usize, wanted: impl Fn(&Trigger) -> bool) -> bool {
    super::args::form_at(input, k, |t, _| t.kind == TriggerKind::Light && wanted(t))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn the_party_after_the_support_verb_imposes_not_the_one_before() {
        let text = "وفي إطار الضغط على الحرس الثوري الإيراني فرضت الولايات المتحدة عقوبات على محافظ البنك المركزي الإيراني.";
        let found = sides(text, "COERCE");
        assert!(found.contains(&(Some("USA".into()), Some("IRN".into()))), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("IRN")), "{found:?}");
    }

    #[test]
    fn a_possessed_subject_after_the_verb_protests_not_the_head_before() {
        let text = "وتحدث التقرير عن مدينة درعا جنوب سوريا، التي خرج سكانها في مظاهرات ضد النظام.";
        let found = events(text);
        assert!(found.iter().any(|e| e.kind == "PROTEST" && e.rule.contains("+vso")), "{found:?}");
        assert!(!found.iter().any(|e| e.rule.contains("+relative-subject")), "{found:?}");
    }

    #[test]
    fn a_count_after_the_verb_is_its_object() {
        let text = "وقالت الصحيفة إن السلطات المصرية قدمت 43 ناشطا للمحاكمة.";
        let found = events(text);
        assert!(found.iter().any(|e| e.kind == "COERCE" && e.rule.contains("+svo")), "{found:?}");
    }

    #[test]
    fn the_hearer_of_a_verb_of_telling_owns_no_stance() {
        let text = "وكانت وزارة الخارجية البريطانية قد أبلغت السفارة الروسية رفضها طلب التأشيرة.";
        let found = sides(text, "REJECT");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{found:?}");
    }

    #[test]
    fn a_party_with_a_preposition_after_the_verb_leaves_the_subject_before() {
        // على روسيا is the one sanctioned: بريطانيا, before the verb, imposes.
        let text = "وقالت الصحيفة إن بريطانيا فرضت على روسيا عقوبات جديدة بسبب الهجوم.";
        let found = sides(text, "COERCE");
        assert!(found.contains(&(Some("GBR".into()), Some("RUS".into()))), "{found:?}");
    }
}
