//! Force announced by its own side for later (`أعلنت القوات الشرعية أنها ستطلق عمليات
//! عسكرية`، `قال أردوغان إن بلاده ستنفذ عمليات عسكرية`، `سنقتل الإرهابيين`) has not
//! happened: announcing it threatens force, CAMEO 138 (THREATEN), as the labels code it.
//! Only when the side that will strike says so itself (the pronoun of a that-clause after
//! its own reporting verb, a quotation's speaker, or a subject after إن/أن of the same
//! country as the party that reports it): a future attack told by others (`الصواريخ التي
//! ستستهدف سوريا`، `متطرف سينفذ هجوما`) is a forecast, left as it was.

use super::args::Arg;
use super::Input;

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

#[cfg(test)]
mod tests {
    use crate::events::announced_protest::tests::kinds;

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
}
