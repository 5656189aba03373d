//! A support verb of imposing (`فرض`) governs only a measure: sanctions, tariffs, a
//! blockade, a ban or a curfew (`فرضت الولايات المتحدة عقوبات على إيران`), or a boycott
//! (`الدول التي فرضت مقاطعة على قطر`, a PROTEST noun). Any other event
//! noun after it is no deed of its subject (`فرض ضغوطات إضافية على التعاون` is no
//! cooperation, `فرض اتفاق` no agreement of the one who imposes it): it is read on its own.

use marsad_lexicon::events::Trigger;

/// The lemmas of imposing, as events.tsv writes them.
const IMPOSING: &[&str] = &["فرض"];

/// Measures of another type that are imposed too.
const IMPOSED_NOUNS: &[&str] = &["مقاطعة"];

/// May the support verb `light` govern the event noun `noun`?
pub(super) fn governs(light: &Trigger, noun: &Trigger) -> bool {
    !IMPOSING.contains(&light.lemma.as_str())
        || noun.event.as_deref().is_some_and(|k| matches!(k, "COERCE" | "SANCTION"))
        || IMPOSED_NOUNS.contains(&noun.lemma.as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn imposing_governs_a_measure_only() {
        assert_eq!(sides("فرضت الولايات المتحدة عقوبات جديدة على إيران.", "COERCE"), vec![(Some("USA".into()), Some("IRN".into()))]);
        // The cooperation is read on its own (between the two), not as the imposer's.
        let es = events("ويدرس الكونغرس الأمريكي فرض ضغوطات إضافية على التعاون العسكري بين واشنطن وأنقرة.");
        assert!(es.iter().all(|e| !e.rule.contains("فرض+")), "{es:?}");
    }
}
