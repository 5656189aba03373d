//! A capital named as the place of a meeting or the name of a treaty (قمة هلسنكي، اجتماع
//! فيينا، مفاوضات أستانة، اتفاقية دبلن) is its venue, no party of an event: `أشاد ظريف
//! بخلاصات اجتماع فيينا` praises no Austria, and `اجتماع باريس` is no French meeting. So
//! is a state named right after قمة (قمة سنغافورة). Not a capital joined by و to another
//! party (محادثات واشنطن وبيونغ يانغ: the two sides).

use super::args::{self, Arg};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;
use marsad_text::normalize::key;
use std::sync::OnceLock;

/// Meetings and treaties named after the place they were held or signed (as written).
const GATHERINGS: &[&str] = &[
    "قمة", "اجتماع", "اجتماعات", "لقاء", "محادثات", "مفاوضات", "مباحثات", "مؤتمر", "مسار", "اتفاق", "اتفاقية", "معاهدة",
];

/// Is the word at key `k` (after و, ب or ل) a meeting or treaty noun; only قمة when `summit`?
fn gathering(k: &str, summit: bool) -> bool {
    // (Keys made once: قمة is the first.)
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| GATHERINGS.iter().map(|g| key(g)).collect());
    let k = args::bare(k);
    let stripped = k.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() >= 3);
    let is = |w: &str| if summit { w == keys[0] } else { keys.iter().any(|g| g == w) };
    is(k) || stripped.is_some_and(is)
}

/// Is the mention `m` a venue: a capital (any state, after قمة) right after a meeting or
/// treaty noun, and not joined by و to a party after it?
fn is_venue(input: &Input, m: &ActorSpan) -> bool {
    let place = matches!(m.kind, Kind::Capital | Kind::State);
    let Some(before) = m.tok_start.checked_sub(1).filter(|_| place) else { return false };
    if !gathering(&input.keys[before], m.kind == Kind::State) {
        return false;
    }
    let next = input.mentions.partition_point(|n| n.tok_start < m.tok_end);
    let joined = input.mentions.get(next).is_some_and(|n| n.tok_start == m.tok_end) && args::starts_with_conjunction(input, m.tok_end);
    !joined
}

/// Drops the parties that are venues.
pub(super) fn drop_venues(input: &Input, parties: &mut Vec<Arg>) {
    parties.retain(|a| !a.mentions(input).any(|m| is_venue(input, m)));
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn parties(t: &str, kind: &str) -> Vec<String> {
        events(t).into_iter().filter(|e| e.kind == kind).flat_map(|e| e.actors.into_iter().chain(e.recipients)).filter_map(|p| p.country).collect()
    }

    #[test]
    fn a_meeting_s_city_is_no_party() {
        let p = parties("وأشاد وزير الخارجية التركي بنتائج اجتماع بروكسل الأخير.", "SUPPORT");
        assert!(p.contains(&"TUR".to_string()) && !p.contains(&"BEL".to_string()), "{p:?}");
        let p = parties("ورحبت الحكومة الأردنية بقمة سنغافورة بين الزعيمين.", "SUPPORT");
        assert!(!p.contains(&"SGP".to_string()), "{p:?}");
    }

    #[test]
    fn a_capital_acting_or_joined_stays_a_party() {
        let p = parties("وانتقدت موسكو قرار واشنطن الأخير.", "ACCUSE");
        assert!(p.contains(&"RUS".to_string()) && p.contains(&"USA".to_string()), "{p:?}");
        let p = parties("وأشاد الوزير المصري بمحادثات واشنطن وبيونغ يانغ.", "SUPPORT");
        assert!(p.contains(&"USA".to_string()), "{p:?}");
    }
}
