//! Force announced by its own side for later (`أعلنت القوات الشرعية أنها ستطلق عمليات
//! عسكرية`، `قال أردوغان إن بلاده ستنفذ عمليات عسكرية`، `سنقتل الإرهابيين`) has not
//! happened: announcing it threatens force, CAMEO 138 (THREATEN), as the labels code it.
//! Only when the side that will strike says so itself (the pronoun of a that-clause after
//! its own reporting verb, a quotation's speaker, or a subject after إن/أن of the same
//! country as the party that reports it): a future attack told by others (`الصواريخ التي
//! ستستهدف سوريا`، `متطرف سينفذ هجوما`) is a forecast, left as it was.
//!
//! Checked twice: where the event is built (`is_announced`, from the argument rule and the
//! mentions), and once the quotations' speakers are known (`turn`: a future attack in a
//! quotation whose speaker is of the attacker's country, `قال وزير الدفاع التركي إن تركيا
//! ستهاجم`).

use super::args::Arg;
use super::{EventSpan, Input};

/// The CAMEO code of threatening military force.
pub(super) const THREATEN_FORCE: &str = "138";

/// Whether an attack told in the future (`kind`, `future`, not denied) with actor `actor`
/// and argument rule `rule` is announced by its own side. `s0` is the sentence start.
pub(super) fn is_announced(input: &Input, kind: &str, future: bool, actor: Option<&Arg>, rule: &str, s0: usize) -> bool {
    let Some(actor) = actor.filter(|a| a.country.is_some()) else {
        return false;
    };
    if kind != "ASSAULT" || !future {
        return false;
    }
    if rule.contains("+speaker") || rule.contains("+that-pronoun") && !rule.contains("+that-pronoun-unknown") {
        return true;
    }
    reported_by_own_side(input, actor, s0)
}

/// A subject right after إن/أن (`إن بلاده ستنفذ`) whose country is that of a party within
/// twelve words before the complementizer: the reporting clause's speaker.
fn reported_by_own_side(input: &Input, actor: &Arg, s0: usize) -> bool {
    let that = match actor.tok_start.checked_sub(1) {
        Some(k) if k > s0 => k,
        _ => return false,
    };
    let key = input.keys[that].as_str();
    if !matches!(key.strip_prefix('و').unwrap_or(key), "ان") {
        return false;
    }
    let lo = that.saturating_sub(12).max(s0);
    input.mentions.iter().any(|m| m.tok_start >= lo && m.tok_end <= that && m.country.as_deref() == actor.country.as_deref())
}

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
    use crate::events::announced_protest::tests::kinds;
    use crate::events::tests::{events, sides};

    #[test]
    fn a_side_announcing_its_own_attack_threatens() {
        let k = kinds("وقال وزير الدفاع التركي إن بلاده ستشن هجوما على المسلحين الأكراد.");
        assert!(k.contains(&("THREATEN".into(), Some("138".into()))), "{k:?}");
        let k = kinds("وأعلن الجيش اليمني أنه سيطلق عملية عسكرية جديدة في صعدة.");
        assert!(k.contains(&("THREATEN".into(), Some("138".into()))), "{k:?}");
    }

    #[test]
    fn an_attack_done_or_forecast_by_others_stays_an_attack() {
        let k = kinds("وشنت القوات التركية هجوما على المسلحين الأكراد.");
        assert!(k.iter().any(|(t, _)| t == "ASSAULT") && !k.iter().any(|(t, _)| t == "THREATEN"), "{k:?}");
        let k = kinds("وقالت صحيفة أمريكية إن إيران ستشن هجوما على القوات الأمريكية.");
        assert!(!k.iter().any(|(t, _)| t == "THREATEN"), "{k:?}");
    }

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
