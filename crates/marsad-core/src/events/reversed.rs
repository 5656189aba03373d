//! The same event told back from its recipients to its actors: what an exchange
//! (`exchanged.rs`) and an agreement of sides named together (`mutual.rs`) add.

use super::{Arg, EventSpan};

/// Rule mark of an event added as another's reverse.
const MIRRORED: &str = "+mirrored";

/// After each event that `wanted` picks, the same event from each of its recipients to its
/// actors, right after it. A recipient adds nothing when it shares an actor's country (its
/// act would be on itself) or when `keep` (asked with the events so far) refuses it.
pub(super) fn insert(events: &mut Vec<EventSpan>, wanted: impl Fn(&EventSpan) -> bool, keep: impl Fn(&[EventSpan], &EventSpan, &Arg) -> bool) {
    let mut k = 0;
    while k < events.len() {
        let e = &events[k];
        k += 1;
        if !wanted(e) {
            continue;
        }
        let back: Vec<EventSpan> = e
            .recipients
            .iter()
            .filter(|r| r.country.is_some() && !e.actors.iter().any(|a| a.country == r.country) && keep(events, e, r))
            .map(|r| EventSpan { actors: vec![r.clone()], recipients: e.actors.clone(), rule: format!("{}{MIRRORED}", e.rule), ..e.clone() })
            .collect();
        let n = back.len();
        events.splice(k..k, back);
        k += n;
    }
}
