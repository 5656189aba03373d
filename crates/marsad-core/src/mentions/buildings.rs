//! An embassy or consulate named bare before its state is (مبنى القنصلية … دخل إلى
//! القنصلية السعودية): news often opens on the building the headline named, and the next
//! phrase that names it with its state, a sentence or two on, says whose it is. A bare one
//! with nothing before it to refer back to (`link`) takes that phrase's code.

use super::*;

/// How many tokens on the phrase that names the building may be: a sentence or two.
const AHEAD: usize = 40;

/// Code each uncoded definite embassy or consulate alone by the next coded phrase of the
/// same noun within [`AHEAD`] tokens (after `link`, which tried the phrases before it). One
/// building, not the plural or dual (حي السفارات، السفارات في البلدين: many states').
pub(super) fn code_by_next(cx: &Cx<'_, '_>, spans: &mut [ActorSpan<'_>]) {
    for i in 0..spans.len() {
        let s = &spans[i];
        let key = cx.keys[s.tok_start].as_str();
        let one = !(key.ends_with("ات") || super::plural_ending(key));
        let bare = s.building && s.actor.is_none() && s.definite && s.tok_end == s.tok_start + 1 && one;
        let Some(id) = s.agent_id.filter(|_| bare) else { continue };
        let found = spans[i + 1..]
            .iter()
            .take_while(|n| n.tok_start <= s.tok_end + AHEAD)
            .position(|n| n.building && n.agent_id == Some(id) && n.country.is_some() && n.rule.starts_with("agent+state"));
        if let Some(k) = found {
            let (upto, after) = spans.split_at_mut(i + 1);
            upto[i].resolve_as(&after[k], "next");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_bare_consulate_before_its_state_is_named_is_that_states() {
        let ms = mentions("ورصدت الكاميرات سيارات تخرج من مبنى القنصلية صباح الثلاثاء. ودخل المحققون إلى القنصلية السعودية في إسطنبول مساء الاثنين.");
        assert_eq!(code(&ms, "القنصلية"), Some("SAUGOV"), "{ms:?}");
        // Named in a later paragraph too (the headline named it before).
        let ms = mentions("ورصدت الكاميرات سيارات تخرج من مبنى القنصلية صباح الثلاثاء.\nوتظاهر العشرات أمام القنصلية الأمريكية في أنقرة.");
        assert_eq!(code(&ms, "القنصلية"), Some("USAGOV"), "{ms:?}");
        // Embassies in the plural are many states'.
        let ms = mentions("وتجمع الناخبون في حي السفارات صباح الجمعة. وقالت السفارة السعودية إن التصويت بدأ.");
        assert_eq!(code(&ms, "السفارات"), None, "{ms:?}");
        // Never named with its state: it stays bare.
        let ms = mentions("ورصدت الكاميرات سيارات تخرج من مبنى القنصلية صباح الثلاثاء. ووصل المحققون إلى المكان.");
        assert_eq!(code(&ms, "القنصلية"), None, "{ms:?}");
    }
}
