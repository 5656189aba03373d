//! A partyless event beside a partied one of the same type in its sentence (وجدد الجيش
//! الإسرائيلي غاراته على غزة غداة اشتباكات عنيفة): it says only that such a thing
//! happened, which the partied event says already, and the labels never give an attack
//! or protest with neither party. Dropped; a partyless event alone in its sentence stays
//! (it still tells the paragraph's event type). So is an event with no actor whose every
//! recipient's country a same-type event of the sentence with an actor strikes already
//! (قتل 49 فلسطينيا برصاص الجيش الإسرائيلي وأصيب الآلاف: one attack, its agent named once).

use super::EventSpan;

/// Remove, sentence by sentence, the events with neither actor nor recipient whose type
/// another event of the sentence has with a party, and the events with no actor whose
/// recipients' countries are all among those of a same-type event with an actor there.
/// `events` are in sentence order.
pub(super) fn drop_beside_partied(events: &mut Vec<EventSpan>) {
    let has_party = |e: &EventSpan| !e.actors.is_empty() || !e.recipients.is_empty();
    let countries = |e: &EventSpan| e.recipients.iter().map(|r| r.country.clone()).collect::<Vec<_>>();
    // Does `o`, with an actor, strike every recipient's country of `e`, with none?
    let said_by = |e: &EventSpan, o: &EventSpan| {
        let (theirs, ours) = (countries(o), countries(e));
        e.actors.is_empty() && !o.actors.is_empty() && !ours.is_empty() && ours.iter().all(|c| c.is_some() && theirs.contains(c))
    };
    let mut keep = vec![true; events.len()];
    let mut i = 0;
    while i < events.len() {
        let sentence = events[i].sentence;
        let j = i + events[i..].iter().take_while(|e| e.sentence == sentence).count();
        let group = &events[i..j];
        for (k, e) in group.iter().enumerate() {
            if !has_party(e) && group.iter().any(|o| o.kind == e.kind && has_party(o)) || group.iter().any(|o| o.kind == e.kind && said_by(e, o)) {
                keep[i + k] = false;
            }
        }
        i = j;
    }
    let mut flags = keep.into_iter();
    events.retain(|_| flags.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(text: &str, kind: &str) -> Vec<(usize, usize)> {
        events(text).iter().filter(|e| e.kind == kind).map(|e| (e.actors.len(), e.recipients.len())).collect()
    }

    #[test]
    fn a_partyless_attack_beside_a_partied_one_goes() {
        let found = kinds("وجدد الجيش الإسرائيلي غاراته على غزة غداة اشتباكات عنيفة على الحدود.", "ASSAULT");
        assert!(!found.is_empty());
        assert!(found.iter().all(|&(a, r)| a + r > 0), "{found:?}");
    }

    #[test]
    fn an_actorless_attack_on_those_an_actored_one_strikes_goes() {
        let found = kinds("تظاهر فلسطينيون في غزة قرب السياج في غزة. وقتل 49 فلسطينيا برصاص الجيش الإسرائيلي وأصيب الآلاف.", "ASSAULT");
        assert!(!found.is_empty());
        assert!(found.iter().all(|&(a, _)| a > 0), "{found:?}");
    }

    #[test]
    fn a_partyless_attack_alone_in_its_sentence_stays() {
        let found = kinds("وقعت اشتباكات عنيفة على الحدود مساء السبت.", "ASSAULT");
        assert_eq!(found, vec![(0, 0)]);
    }
}
