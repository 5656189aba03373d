//! Support verbs that take their event noun through a preposition: managing (تمكنت قوات
//! الأمن من اعتقال …) and doing (قامت الشرطة باعتقال …). Their dictionary row names the
//! preposition in its `recipient` column (`من`، `ب`); the verb governs only a noun that
//! carries it, so the act is the verb's subject's. Alone these verbs are common and mean
//! anything (قام بها، تمكن من الفرار), so nothing else is reached.

use super::Input;
use marsad_lexicon::events::{Needs, Slot, Trigger};

/// Whether the noun at `i` is linked to the support verb `light` as the verb requires:
/// right after its preposition (من اعتقال) or with the preposition on it (باعتقال).
/// A support verb whose row names no preposition takes its noun as it comes.
pub(super) fn carries_link(input: &Input, light: &Trigger, i: usize) -> bool {
    let mut preps = light.recipient.iter().filter_map(|s| match s {
        Slot::Prep(p) => Some(p.as_str()),
        Slot::Object => None,
    });
    let Some(first) = preps.next() else {
        return true;
    };
    let key = input.keys[i].as_str();
    let linked = |p: &str| {
        i > 0 && input.keys[i - 1] == p || p.chars().count() == 1 && key.strip_prefix(p).is_some_and(|rest| rest.chars().count() > 2)
    };
    linked(first) || preps.any(linked)
}

/// Whether a linked support verb may govern the noun trigger `noun`: not a noun that is an
/// event only under a support verb, since after these verbs it mostly has its other
/// sense (تمكن من تحقيق أهدافه "achieve", not an investigation).
pub(super) fn takes(light: &Trigger, noun: &Trigger) -> bool {
    let linked = light.recipient.iter().any(|s| matches!(s, Slot::Prep(_)));
    !linked || noun.needs != Needs::Light
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn an_arrest_the_police_managed_is_theirs() {
        let s = sides("وتمكنت الشرطة السودانية من اعتقال المتهمين.", "COERCE");
        assert_eq!(s, vec![(Some("SDN".into()), Some("SDN".into()))]);
    }

    #[test]
    fn a_strike_the_army_carried_out_with_ba_is_its_own() {
        let s = sides("وقام الجيش الإسرائيلي بقصف مواقع لحركة حماس.", "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{s:?}");
    }

    #[test]
    fn achieving_is_no_investigation() {
        let s = sides("وتمكنت الحكومة المصرية من تحقيق أهدافها الاقتصادية.", "ACCUSE");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn a_noun_without_the_preposition_is_not_governed() {
        // The shelling follows قبل, not من: the army managed its withdrawal, not the strike.
        let s = sides("وتمكن الجيش السوري من الانسحاب قبل قصف المدينة.", "ASSAULT");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("SYR")), "{s:?}");
    }
}
