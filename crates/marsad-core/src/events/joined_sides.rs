//! An attack told twice in one sentence, once by its deed with only the attacker and once
//! by its toll or target with only the victims (قصف الجيش الإسرائيلي غزة ما أدى إلى مقتل
//! أربعة فلسطينيين; قتل 15 شخصا في غارات للطيران التركي), is one attack: the attacker's
//! event takes the victims, and `subsumed` then drops the victims' one-sided event. The
//! labels code such a sentence once, with both sides. Only when both sides are coded by
//! country and share none: an attacker and victims of one country are most often a party
//! misread (the dead taken for the subject of قتلوا), and joining them would keep the error.
//! Nor an attacker found as the subject of a killing verb, whose unvowelled perfect is also
//! its passive (وقتل فلسطينيان … في مواجهات مع الجيش الإسرائيلي: the dead), unless an agent
//! phrase named it (برصاص الجيش); nor victims of a verb whose own subject is there but
//! uncoded (تستهدف حركة طالبان قوات الأمن … فإن التنظيم يستهدف الشيعة: two attackers).

use super::args::Arg;
use super::EventSpan;

const ASSAULT: &str = "ASSAULT";
/// Killing and wounding verbs, whose subject may be the victims (قتل، أصيب).
const KILLING_VERBS: &[&str] = &["verb:قتل+", "verb:أصاب+", "verb:استشهد+"];

/// Join, sentence by sentence, an actor-only attack with the nearest recipient-only attack
/// of its sentence. `events` are in sentence order.
pub(super) fn join(events: &mut [EventSpan]) {
    let mut i = 0;
    while i < events.len() {
        let sentence = events[i].sentence;
        let j = i + events[i..].iter().take_while(|e| e.sentence == sentence).count();
        // Most sentences hold one event: nothing to join.
        if j - i > 1 {
            join_group(&mut events[i..j]);
        }
        i = j;
    }
}

fn join_group(group: &mut [EventSpan]) {
    let told = |e: &EventSpan| e.kind == ASSAULT && !e.negated && e.modality.is_none();
    let attacker = |e: &EventSpan| !KILLING_VERBS.iter().any(|v| e.rule.starts_with(v)) || e.rule.contains("+agent");
    let Some(a) = group.iter().position(|e| told(e) && e.recipients.is_empty() && coded(&e.actors) && attacker(e)) else {
        return;
    };
    let at = group[a].trigger.0;
    let victims = group
        .iter()
        .enumerate()
        .filter(|(_, e)| told(e) && e.actors.is_empty() && coded(&e.recipients) && !e.rule.contains("+unknown-subject") && disjoint(&group[a].actors, &e.recipients))
        .min_by_key(|(_, e)| e.trigger.0.abs_diff(at))
        .map(|(k, _)| k);
    let Some(r) = victims else {
        return;
    };
    group[a].recipients = group[r].recipients.clone();
    group[a].rule.push_str("+joined");
}

/// A side naming parties, each coded by its country.
fn coded(side: &[Arg]) -> bool {
    !side.is_empty() && side.iter().all(|p| p.country.is_some())
}

fn disjoint(actors: &[Arg], recipients: &[Arg]) -> bool {
    !actors.iter().any(|a| recipients.iter().any(|r| r.country == a.country))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn a_raid_and_its_dead_are_one_attack() {
        let found = sides("قتل 9 أشخاص على الأقل جراء غارة تركية استهدفت مستشفى في مدينة عفرين في شمال سوريا.", "ASSAULT");
        assert!(found.contains(&(Some("TUR".into()), Some("SYR".into()))), "{found:?}");
        assert!(!found.contains(&(Some("TUR".into()), None)), "{found:?}");
        assert!(!found.contains(&(None, Some("SYR".into()))), "{found:?}");
    }

    #[test]
    fn the_subject_of_a_killing_verb_gets_no_victims() {
        let found = sides("وقتل فلسطينيان وأصيب عشرات آخرون خلال مواجهات مع الجيش الإسرائيلي.", "ASSAULT");
        assert!(!found.contains(&(Some("PSE".into()), Some("ISR".into()))), "{found:?}");
    }

    #[test]
    fn sides_of_one_country_stay_apart() {
        // The toll's Syrian victims are not joined to a Syrian strike (the strike's own
        // object, the hospital, is read by `args::attack_noun_subject`).
        let found = events("قتل 9 أشخاص على الأقل جراء غارة سورية استهدفت مستشفى في مدينة إدلب.");
        assert!(!found.iter().any(|e| e.rule.contains("+joined")), "{found:?}");
    }
}
