//! Support verbs that take their event noun through a preposition: managing (تمكنت قوات
//! الأمن من اعتقال …) and doing (قامت الشرطة باعتقال …). Their dictionary row names the
//! preposition in its `recipient` column (`من`، `ب`); the verb governs only a noun that
//! carries it, so the act is the verb's subject's. Alone these verbs are common and mean
//! anything (قام بها، تمكن من الفرار), so nothing else is reached.

use super::args::{list_from, mention_starting, Arg, Context, Found};
use super::Input;
use marsad_lexicon::events::{Needs, Slot, Trigger};

/// The types of deeds these verbs carry out: force, coercion, measures, movements,
/// protests, releases and aid, visits and meetings. Words (a request, a warning, an
/// invitation, support) under them are mostly ordinary acts: قام بطلب البيانات، قام
/// بدعوة المهاجرين، قامت بالتحذير من مخاطره.
const DEEDS: &[&str] = &["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "RETREAT", "AID", "CONSULT"];

/// Whether the support verb takes its noun through a preposition.
pub(super) fn is_linked(light: &Trigger) -> bool {
    light.recipient.iter().any(|s| matches!(s, Slot::Prep(_)))
}

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
    !is_linked(light) || noun.needs != Needs::Light && noun.event.as_deref().is_some_and(|k| DEEDS.contains(&k))
}

/// The actor of a noun a linked support verb at `light_at` governs (the noun at
/// `noun_at`): the party between the two is the verb's subject (قامت القوات التركية
/// بإسقاط طائرة حربية روسية), whatever the clause search found before the verb (مع روسيا
/// عندما قامت …); a party after the noun never is (قامت حكومات … بطرد 100 دبلوماسي روسي:
/// the expelled). Returns true when no actor is left, so the noun is read on its own.
pub(super) fn settle_actor(ctx: &Context, input: &Input, (light_at, noun_at): (usize, usize), s1: usize, found: &mut Found) -> bool {
    let between = (light_at + 1..noun_at).find_map(|k| mention_starting(ctx, input, k)).filter(|&m| !input.mentions[m].prepositional);
    if let Some(m) = between {
        found.actors = list_from(ctx, input, m, s1)
            .into_iter()
            .filter(|&l| input.mentions[l].tok_end <= noun_at)
            .map(|l| Arg::from_mention(&input.mentions[l], input.home))
            .collect();
        found.rule.push_str("+linked-subject");
    } else {
        found.actors.retain(|a| a.tok_start < noun_at);
    }
    found.actors.is_empty()
}

/// A visit or a reception carried out (قام بزيارة، تمكن من استقبال) is a meeting only with
/// the party visited or received named: officials also visit dams and exhibitions (قام
/// مسؤولون بزيارة تفقدية للسدود) and countries receive refugees.
pub(super) fn enough_parties(noun: &Trigger, found: &Found) -> bool {
    noun.event.as_deref() != Some("CONSULT") || found.recipients.iter().any(|r| r.country.is_some())
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
    fn the_subject_stands_between_the_verb_and_its_noun() {
        // Not روسيا before the verb, nor the Russian plane after the noun.
        let s = sides("وفعل الشيء نفسه مع روسيا عندما قامت القوات التركية بإسقاط طائرة حربية روسية.", "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("TUR")), "{s:?}");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("RUS")), "{s:?}");
    }

    #[test]
    fn with_no_subject_the_noun_keeps_its_own_patient() {
        // (The host's reception, EGY → ETH, is an event of its own; the head of the
        // relative clause visits: `relative_support`.)
        let s = sides("استقبل الرئيس المصري رئيس وزراء إثيوبيا الذي يقوم بزيارة رسمية إلى مصر.", "CONSULT");
        assert!(s.contains(&(Some("ETH".into()), Some("EGY".into()))), "{s:?}");
        assert!(!s.contains(&(Some("EGY".into()), Some("EGY".into()))), "{s:?}");
    }

    #[test]
    fn a_visit_needs_the_visited() {
        let s = sides("قام الرئيس الروسي بوتين بزيارة لمصر.", "CONSULT");
        assert_eq!(s, vec![(Some("RUS".into()), Some("EGY".into()))]);
        let s = sides("وقام مسؤولون عمانيون بزيارة تفقدية لعدد من السدود.", "CONSULT");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn a_deed_not_managed_is_negated() {
        let e = crate::events::tests::events("ولم تتمكن الشرطة الفرنسية من اعتقال المشتبه به.");
        assert!(e.iter().any(|e| e.kind == "COERCE" && e.negated), "{e:?}");
    }

    #[test]
    fn words_are_not_deeds() {
        let s = sides("وقامت الحكومة السورية بالتحذير من مخاطر التنظيم.", "THREATEN");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn a_noun_without_the_preposition_is_not_governed() {
        // The shelling follows قبل, not من: the army managed its withdrawal, not the strike.
        let s = sides("وتمكن الجيش السوري من الانسحاب قبل قصف المدينة.", "ASSAULT");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("SYR")), "{s:?}");
    }
}
