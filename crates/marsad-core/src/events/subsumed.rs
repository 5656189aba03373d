//! An event that another event of its sentence already tells, with more: same type, every
//! party it names among the other's (same country, and one actor code within the other:
//! `YEM` within `YEMREB`, not `YEMMIL`), while the other fills a side it leaves empty. A
//! partyless attack beside a partied one (وجدد الجيش الإسرائيلي غاراته على غزة غداة
//! اشتباكات عنيفة) says only that such a thing happened; an attack with only its actor
//! beside the same actor's attack on a named target (وشنت مقاتلات التحالف ثلاث غارات
//! استهدفت مواقع الميليشيات), or a killing with only its victims beside the strike that
//! names both sides, adds no party either. The labels give such a sentence one event.
//! Dropped; an event alone of its type in its sentence stays, even partyless (it still
//! tells the paragraph's event type).
//!
//! A one-sided event is not dropped for an event whose actor and recipient share a
//! country: that is most often a party misread (the actor's own country taken for the
//! target, `استهدف الجيش المصري` for the victims), and the one-sided event is the right one.

use super::args::Arg;
use super::EventSpan;

/// Remove, sentence by sentence, the events another event of the sentence subsumes.
/// `events` are in sentence order.
pub(super) fn drop_subsumed(events: &mut Vec<EventSpan>) {
    let mut keep = vec![true; events.len()];
    let mut i = 0;
    while i < events.len() {
        let sentence = events[i].sentence;
        let j = i + events[i..].iter().take_while(|e| e.sentence == sentence).count();
        let group = &events[i..j];
        // Most sentences hold one event: nothing to compare.
        if group.len() > 1 {
            for (k, e) in group.iter().enumerate() {
                if group.iter().any(|o| subsumes(o, e)) {
                    keep[i + k] = false;
                }
            }
        }
        i = j;
    }
    let mut flags = keep.into_iter();
    events.retain(|_| flags.next().unwrap_or(true));
}

/// `o` tells all that `e` tells and fills a side `e` leaves empty.
fn subsumes(o: &EventSpan, e: &EventSpan) -> bool {
    o.kind == e.kind
        && side_within(&e.actors, &o.actors)
        && side_within(&e.recipients, &o.recipients)
        && filled_sides(e) < filled_sides(o)
        && (filled_sides(e) == 0 || !domestic(o))
}

/// An empty side is within anything; a named one only within a side naming the same
/// parties (a partyless event goes beside any partied one, as before).
fn side_within(side: &[Arg], of: &[Arg]) -> bool {
    side.iter().all(|a| of.iter().any(|b| same_party(a, b)))
}

/// Same country, and one actor code the other's or a narrowing of it (`SOM`، `SOMCVL`).
fn same_party(a: &Arg, b: &Arg) -> bool {
    let (x, y) = (a.actor.as_deref().unwrap_or_default(), b.actor.as_deref().unwrap_or_default());
    a.country == b.country && (x.starts_with(y) || y.starts_with(x))
}

/// An actor and a recipient of one country.
fn domestic(e: &EventSpan) -> bool {
    e.actors.iter().any(|a| e.recipients.iter().any(|r| r.country == a.country))
}

fn filled_sides(e: &EventSpan) -> usize {
    usize::from(!e.actors.is_empty()) + usize::from(!e.recipients.is_empty())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_partyless_attack_beside_a_partied_one_goes() {
        let found = sides("وجدد الجيش الإسرائيلي غاراته على غزة غداة اشتباكات عنيفة على الحدود.", "ASSAULT");
        assert!(!found.is_empty());
        assert!(found.iter().all(|(a, r)| a.is_some() || r.is_some()), "{found:?}");
    }

    #[test]
    fn a_partyless_attack_alone_in_its_sentence_stays() {
        let found = sides("وقعت اشتباكات عنيفة على الحدود مساء السبت.", "ASSAULT");
        assert_eq!(found, vec![(None, None)]);
    }

    #[test]
    fn an_actor_only_raid_beside_the_same_actors_strike_on_a_target_goes() {
        let found = sides("وشنت مقاتلات التحالف العربي غارات جوية استهدفت مواقع لميليشيات الحوثي في محافظة صعدة.", "ASSAULT");
        assert_eq!(found, vec![(Some("SAU".into()), Some("YEM".into()))]);
    }

    #[test]
    fn an_actorless_attack_on_those_an_actored_one_strikes_goes() {
        let found = sides("تظاهر فلسطينيون في غزة قرب السياج في غزة. وقتل 49 فلسطينيا برصاص الجيش الإسرائيلي وأصيب الآلاف.", "ASSAULT");
        assert!(!found.is_empty());
        assert!(found.iter().all(|(a, _)| a.is_some()), "{found:?}");
    }

    #[test]
    fn subsumption_needs_the_same_parties() {
        use super::{subsumes, Arg, EventSpan};
        let arg = |code: &str| Arg {
            tok_start: 0,
            tok_end: 1,
            entity: None,
            actor: Some(code.into()),
            country: Some(code[..3].into()),
            role: None,
            person: false,
            thing: false,
        };
        let ev = |actors: Vec<Arg>, recipients: Vec<Arg>| EventSpan {
            kind: "ASSAULT".into(),
            cameo: None,
            mode: None,
            actors,
            recipients,
            negated: false,
            modality: None,
            claimed_by: None,
            sentence: (0, 10),
            trigger: (0, 1),
            confidence: 0.5,
            rule: String::new(),
            ghost: false,
        };
        let full = ev(vec![arg("ISR")], vec![arg("PSE")]);
        assert!(subsumes(&full, &ev(vec![arg("ISR")], vec![])));
        assert!(subsumes(&full, &ev(vec![], vec![])));
        // Another actor is news of its own.
        assert!(!subsumes(&full, &ev(vec![arg("EGY")], vec![])));
        // Nor does an event subsume its equal.
        assert!(!subsumes(&full, &full.clone()));
        // A narrower code is the same party; a sibling code of the country is not.
        let rebels = ev(vec![arg("YEMREB")], vec![arg("YEMMIL")]);
        assert!(subsumes(&ev(vec![arg("ISRMIL")], vec![arg("PSE")]), &ev(vec![arg("ISR")], vec![])));
        assert!(!subsumes(&ev(vec![arg("SAUMIL")], vec![arg("YEMREB")]), &ev(vec![arg("YEMMIL")], vec![])));
        // A domestic event takes no one-sided event's place, though it still drops a partyless one.
        assert!(!subsumes(&rebels, &ev(vec![arg("YEMREB")], vec![])));
        assert!(subsumes(&rebels, &ev(vec![], vec![])));
    }
}
