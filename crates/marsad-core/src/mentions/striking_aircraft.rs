//! The plural `طائرات` with its owner after it (`agents.tsv`, `alone = no`: طائرات روسية،
//! طائرات التحالف) is that owner's air arm only as the doer of a strike: right after a
//! verb of attack or a support verb (قصفت طائرات التحالف معاقل، شنت طائرات روسية غارات،
//! غارات نفذتها طائرات إسرائيلية) or right before one (أن الطائرات السورية نفذت ضربات).
//! Elsewhere aircraft are things — civil fleets and flights (أمام الطائرات القطرية),
//! purchases (اشترت مصر طائرات روسية), drones chased or downed (أسقطوا اثنتين من هذه
//! الطائرات الإسرائيلية) — and a named body owning them keeps its own mention.

use super::extent::{is_one_of, set, KeySet};
use super::place_complement::DIVISIONS;
use super::{nationality, ActorSpan, Cx};
use std::sync::OnceLock;
use marsad_lexicon::events::{Tense, TriggerKind};
use marsad_lexicon::Kind;
use std::borrow::Cow;

/// The `agents.tsv` row of the bare plural (its id is `agent:` and its first form).
const AIRCRAFT: &str = "agent:طائرات";

/// Drop the aircraft mentions that strike nothing and are owned by a nisba; one whose owner
/// is a named body (كثفت طائرات التحالف غاراتها) gives its span back to the body's mention.
pub(super) fn keep_strikers(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    out.retain_mut(|s| {
        if s.agent_id != Some(AIRCRAFT) {
            return true;
        }
        if strikes(cx, s.tok_start, s.tok_end) {
            // A subdivision with no preposition after the owner is the place struck, the
            // verb's object (قصفت الطائرات الإسرائيلية مدينة رفح), not where the aircraft are.
            static KEYS: OnceLock<KeySet> = OnceLock::new();
            if let Some(t) = (s.tok_start + 2..s.tok_end).find(|&t| is_one_of(&cx.keys[t], set(&KEYS, DIVISIONS))) {
                s.tok_end = t;
            }
            return true;
        }
        let kind = if s.rule.starts_with("agent+group:") {
            Kind::Group
        } else if s.rule.starts_with("agent+igo:") {
            Kind::Igo
        } else {
            // A nisba right after the noun is the aircraft's adjective, no actor; another
            // body's phrase after it (طائرات سلاح الجو القطري) stays with the body's code.
            // (A demonstrative may stand before the noun: هذه الطائرات الإسرائيلية.)
            let noun = (s.tok_start..s.tok_end).find(|&t| cx.keys[t].ends_with("طائرات"));
            return !noun.is_some_and(|t| t + 1 < s.tok_end && nationality(cx, t + 1).is_some());
        };
        s.rule = Cow::Owned(s.rule["agent+".len()..].to_string());
        s.kind = kind;
        s.tok_start += 1;
        s.agent_id = None;
        true
    });
}

/// Is the phrase `start..end` the subject of a verb of attack or a support verb next to it?
/// The phrase must open with the noun: a count or a demonstrative before it (أسقطوا عددا من
/// طائرات الركاب، هذه الطائرات) makes the aircraft the verb's object or a thing told of.
fn strikes(cx: &Cx<'_, '_>, start: usize, end: usize) -> bool {
    if !cx.keys.get(start).is_some_and(|k| k.ends_with("طائرات")) {
        return false;
    }
    let before = start.checked_sub(1).and_then(|p| cx.keys.get(p));
    before.into_iter().chain(cx.keys.get(end)).any(|k| attack_verb(cx, k))
}

/// A verb form (not a noun) of an ASSAULT trigger or of a support verb (شن، نفذ).
fn attack_verb(cx: &Cx<'_, '_>, key: &str) -> bool {
    let ev = cx.lex.events();
    ev.lookup(key).is_some_and(|h| {
        h.forms.iter().any(|f| {
            let t = ev.trigger(f.trigger);
            f.tense != Tense::Noun && (t.kind == TriggerKind::Light || t.event.as_deref() == Some("ASSAULT"))
        })
    })
}
