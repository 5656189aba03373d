//! A measure named by the relative clause of its imposing after it: `الرسوم التي فرضتها
//! الولايات المتحدة على تركيا`، `القيود التي تفرضها إسرائيل على غزة`، `الحصار الخانق الذي
//! تفرضه إسرائيل على القطاع`. The verb of imposing with the head's pronoun (`تفرضها`،
//! `فرضته`، `يفرضها`) governs the noun as a support verb before it would (`فرضت الولايات
//! المتحدة رسوما على تركيا`): its subject imposes, the party after `على` or `ضد` undergoes.
//! A light measure (tariffs, restrictions) is told so only with both named: fees a militia
//! charges for schooling (`الرسوم الدراسية التي فرضتها الميليشيا`) or limits a state sets on
//! its own terms of office (`القيود التي تفرضها المكسيك على فترات الرئاسة`) are no coercion.

use super::args::{self, Arg, Context, TIME_WORDS};
use super::{relative_doer, Input};
use marsad_lexicon::events::{Trigger, TriggerKind};

/// The rule mark of an event read so.
pub(super) const RULE: &str = "+relative-imposer";

/// Is `t` a noun of a measure imposed on a party (sanctions, tariffs, restrictions, a
/// blockade)?
fn is_measure(t: &Trigger) -> bool {
    t.kind == TriggerKind::Noun && t.event.as_deref() == Some("COERCE") && matches!(t.mode.as_deref(), Some("restrict" | "blockade"))
}

/// The imposer and the party imposed on of the measure noun `t` ending before token `end`,
/// when a relative clause of its imposing follows it (`relative_doer`: تفرضها، يفرضه،
/// فرضتها، فرضته، فرضوها) with the imposer named right after the verb. The second list is empty when no party follows على/ضد.
pub(super) fn parties(ctx: &Context, input: &Input, t: &Trigger, end: usize, s1: usize) -> Option<(Vec<Arg>, Vec<Arg>)> {
    if !is_measure(t) {
        return None;
    }
    let (imposers, mut at) = relative_doer::doers(ctx, input, end, s1, |s| s == "فرض")?;
    let home = input.home;
    // (A time may stand between: التي فرضتها واشنطن الشهر الماضي على أنقرة.)
    while at < s1 && TIME_WORDS.contains(&args::bare(&input.keys[at])) {
        at += 1;
    }
    let target = (at + 1 < s1 && matches!(input.keys[at].as_str(), "علي" | "ضد"))
        .then(|| args::mention_starting(ctx, input, at + 1))
        .flatten()
        .filter(|&m| !input.mentions[m].prepositional);
    let targets = target.map(|m| args::listed_with(ctx, input, Arg::from_mention(&input.mentions[m], home), s1, |_| true)).unwrap_or_default();
    Some((imposers, targets))
}

/// Restrictions (`قيود`) are an event only as told by the relative clause of their
/// imposing, imposer and target named: under a support verb they were mostly an aim, a
/// condition or a policy in the corpus (`لتجنب فرض قيود جمركية`، `في مقابل فرض قيود على
/// برنامج إيران النووي`، `قانونا يفرض قيودا على حيازة الأسلحة`: of 22 such corpus changes
/// read, 6 right, 14 wrong).
pub(super) fn only_in_relative(t: &Trigger) -> bool {
    t.event.as_deref() == Some("COERCE") && t.lemma == RESTRICTIONS
}

/// The lemma of restrictions, as events.tsv writes it.
const RESTRICTIONS: &str = "قيود";

/// Does the light measure noun `t` stand as imposed by its relative clause: imposer and
/// target both named?
pub(super) fn imposed(found: &Option<(Vec<Arg>, Vec<Arg>)>) -> bool {
    found.as_ref().is_some_and(|(imposers, targets)| !imposers.is_empty() && !targets.is_empty())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair, sides};

    #[test]
    fn the_relative_verb_of_imposing_names_imposer_and_target() {
        let text = "وارتفعت الأسعار بسبب الرسوم الجمركية التي فرضتها الولايات المتحدة على تركيا.";
        assert!(sides(text, "COERCE").contains(&pair("USA", "TUR")), "{:?}", events(text));
        let text = "ويعاني السكان من القيود التي تفرضها إسرائيل على غزة.";
        assert!(sides(text, "COERCE").contains(&pair("ISR", "PSE")), "{:?}", events(text));
        // Adjectives may stand between the noun and the relative pronoun.
        let text = "ويعاني السكان من الحصار الخانق الذي تفرضه إسرائيل على غزة.";
        assert!(sides(text, "COERCE").contains(&pair("ISR", "PSE")), "{:?}", events(text));
    }

    #[test]
    fn a_light_measure_needs_its_target() {
        // School fees, and limits on terms of office: no party undergoes them.
        let es = events("وعجز الطلاب عن دفع الرسوم الدراسية التي فرضتها الحكومة اليمنية مقابل التعليم.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
        let es = events("ولا يمكنه الترشح بسبب القيود التي تفرضها المكسيك على فترات الرئاسة.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
    }

    #[test]
    fn restrictions_only_in_the_relative_clause() {
        // Under a support verb: an aim or a policy as often as a measure taken.
        let es = events("ويقترح التقرير فرض قيود على استخدام الوقود الأحفوري.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
        let es = events("وفرضت السلطات المصرية قيودا على الصحفيين الأجانب.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
    }

    #[test]
    fn only_the_verb_of_imposing_with_the_pronoun() {
        let imposes_it = |key: &str| crate::events::relative_doer::takes_head_pronoun(key, |s| s == "فرض");
        assert!(imposes_it("تفرضها") && imposes_it("فرضتها") && imposes_it("يفرضه") && imposes_it("فرضوها"));
        assert!(!imposes_it("فرض") && !imposes_it("تفرض") && !imposes_it("فرضيه"));
        // A verb of another act in the relative clause lends no imposer.
        let es = events("وتحدث التقرير عن القيود التي ناقشتها الصين مع اليابان.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
    }
}
