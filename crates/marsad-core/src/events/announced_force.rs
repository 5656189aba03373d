//! Force a speaker announces for their own side: `قال أردوغان إن بلاده ستنفذ عمليات
//! عسكرية جديدة`، `أعلنت القوات الشرعية أنها ستطلق عمليات عسكرية`، `"سنقتل من ارتكبوا
//! هذه الجريمة"`. Nothing has been attacked yet: what the statement does is threaten
//! (CAMEO 138, "threaten to use military force"), as the labels code it, with the
//! attack's target as the threatened. Only events already found are looked at: an
//! attack in the future (not negated, not an intention) inside a quotation whose
//! speaker is of the attacker's own country; another state's attack foretold
//! (`كشف نتانياهو أن واشنطن ستوجه ضربة`) is a report, and stays an attack.

use super::{EventSpan, Input};

/// Threaten with military force.
const THREATEN_FORCE: &str = "138";

/// Turn the speaker's own side's announced attacks into the speaker's threats.
pub(super) fn turn(input: &Input, out: &mut [EventSpan]) {
    for e in out.iter_mut().filter(|e| e.kind == "ASSAULT" && e.modality == Some("future") && !e.negated) {
        let Some(speaker) = e.claimed_by.and_then(|q| input.quotes[q].speaker.as_ref()) else { continue };
        let Some(home) = speaker.country.as_deref() else { continue };
        let own = |c: &str| c.get(..3) == home.get(..3);
        if e.actors.is_empty() || !e.actors.iter().all(|a| a.country.as_deref().is_some_and(own)) {
            continue;
        }
        e.kind = "THREATEN".into();
        e.cameo = Some(THREATEN_FORCE.into());
        e.mode = None;
        e.modality = None;
        e.rule.push_str("+announced-force");
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn ones_own_attack_announced_is_a_threat() {
        let t = "وقال وزير الدفاع التركي إن تركيا ستهاجم معسكرات المسلحين في شمال العراق.";
        assert!(!sides(t, "THREATEN").is_empty(), "{:?}", events(t));
        assert!(sides(t, "ASSAULT").is_empty(), "{:?}", events(t));
    }

    #[test]
    fn another_states_attack_foretold_stays_an_attack() {
        let t = "وقال وزير الدفاع التركي إن روسيا ستهاجم معسكرات المسلحين في شمال سوريا.";
        assert!(sides(t, "THREATEN").is_empty(), "{:?}", events(t));
        // Nor a past attack of one's own.
        let t = "وقال وزير الدفاع التركي إن تركيا هاجمت معسكرات المسلحين في شمال العراق.";
        assert!(sides(t, "THREATEN").is_empty(), "{:?}", events(t));
    }
}
