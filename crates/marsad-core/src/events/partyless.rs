//! A partyless event beside a partied one of the same type in its sentence (وجدد الجيش
//! الإسرائيلي غاراته على غزة غداة اشتباكات عنيفة): it says only that such a thing
//! happened, which the partied event says already, and the labels never give an attack
//! or protest with neither party. Dropped; a partyless event alone in its sentence stays
//! (it still tells the paragraph's event type).

use super::EventSpan;

/// Remove, sentence by sentence, the events with neither actor nor recipient whose type
/// another event of the sentence has with a party. `events` are in sentence order.
pub(super) fn drop_beside_partied(events: &mut Vec<EventSpan>) {
    let has_party = |e: &EventSpan| !e.actors.is_empty() || !e.recipients.is_empty();
    let mut keep = vec![true; events.len()];
    let mut i = 0;
    while i < events.len() {
        let sentence = events[i].sentence;
        let j = i + events[i..].iter().take_while(|e| e.sentence == sentence).count();
        let group = &events[i..j];
        for (k, e) in group.iter().enumerate() {
            if !has_party(e) && group.iter().any(|o| o.kind == e.kind && has_party(o)) {
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
    fn a_partyless_attack_alone_in_its_sentence_stays() {
        let found = kinds("وقعت اشتباكات عنيفة على الحدود مساء السبت.", "ASSAULT");
        assert_eq!(found, vec![(0, 0)]);
    }
}
