//! An attack noun told with no party of any country (`غارة`، `هجمات`، `عملية عسكرية`,
//! `قصف`) within two sentences after an attack told with both its sides is mostly that
//! attack, or the same campaign, retold (`شنت طائرات التحالف … غارات على صنعاء … وجاءت
//! الغارة الجديدة`): it takes the parties of the latest such attack. A partyless attack
//! gives no one to the data, and the labels hold none (4 of the study sets' 302 ASSAULT
//! events have neither side). Not further back (the story has moved on: background,
//! other conflicts), not inside a quotation (mostly a threat or a fear, `محاولات إيرانية
//! لمهاجمتها`), nor for a noun with its own `على`/`ضد` phrase (`إطلاق النار عليه`, `تنفيذ
//! هجمات عليها`: its target is that phrase's, unread), nor under a support verb (its
//! subject is sought there). It runs last, over the events kept: lent inside `build()`,
//! partyless nouns later dropped survived with parties and carried subjects moved.

use super::args::{bare, Arg};
use super::{EventSpan, Input};
use marsad_text::ByteSpan;
use marsad_text::token::TokenKind;

pub(super) const RULE: &str = "+retold-attack";

/// How many sentences back the attack retold may stand (0 would be the same sentence).
const SENTENCES_BACK: usize = 2;

/// How far after the noun a target phrase of its own may open (`هجمات جوية على`).
const OWN_PHRASE: usize = 4;

/// Give each partyless attack noun of `out` (no support verb, not in a quotation, no
/// target phrase of its own; its parties, if any, of no country) the parties of the latest
/// ASSAULT of an earlier sentence, at most [`SENTENCES_BACK`] back, neither negated nor
/// itself short of a side. Run last, on the events kept, so that what it lends from is
/// what the output tells.
pub(super) fn lend(input: &Input, out: &mut [EventSpan]) {
    let index = |s: ByteSpan| input.sentences.iter().position(|&x| x == s);
    let countryless = |ps: &[Arg]| ps.iter().all(|p| p.country.is_none());
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&k| (out[k].sentence.0, out[k].trigger.0));
    for (n, &k) in order.iter().enumerate() {
        let e = &out[k];
        if e.kind != "ASSAULT" || !e.rule.starts_with("noun:") || e.claimed_by.is_some() || !countryless(&e.actors) {
            continue;
        }
        // An operation whose only recipient is the place it is to take (`عملية عسكرية …
        // لتحرير الحديدة`, purpose_place.rs) lacks only its actor: it takes the actor of
        // an earlier attack on that same state, keeping its own recipient.
        // So does one placed by the scene further on in its clause (scene_place.rs).
        let place_only = e.rule.contains(super::purpose_place::RULE) || e.rule.contains(super::scene_place::RULE);
        if !place_only && !countryless(&e.recipients) {
            continue;
        }
        let struck: Vec<String> = e.recipients.iter().filter_map(|r| r.country.clone()).collect();
        let (_, s1) = input.token_range(e.sentence);
        let Some(here) = index(e.sentence) else { continue };
        if own_phrase(input, e.trigger.1, s1) {
            continue;
        }
        let source = order[..n].iter().rev().copied().find(|&j| {
            let d = &out[j];
            d.kind == "ASSAULT" && !d.negated && !countryless(&d.actors) && !countryless(&d.recipients) && index(d.sentence).is_some_and(|m| m < here && here - m <= SENTENCES_BACK)
                && (!place_only || d.recipients.iter().any(|r| r.country.as_ref().is_some_and(|c| struck.contains(c))))
        });
        if let Some(j) = source {
            let (actors, recipients) = (out[j].actors.clone(), out[j].recipients.clone());
            let e = &mut out[k];
            e.actors = actors;
            if !place_only {
                e.recipients = recipients;
            }
            e.rule.push_str(RULE);
        }
    }
}

/// Whether `على` (or its pronoun forms), `ضد` or `بحق` follows the noun within
/// [`OWN_PHRASE`] words, before punctuation.
fn own_phrase(input: &Input, end: usize, s1: usize) -> bool {
    (end..(end + OWN_PHRASE).min(s1))
        .take_while(|&k| input.tokens[k].kind != TokenKind::Punct)
        .any(|k| matches!(bare(&input.keys[k]), "علي" | "عليه" | "عليها" | "عليهم" | "عليهما" | "ضد" | "بحق"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, first_country};

    /// The (actor, recipient) countries of the ASSAULT events of `text`, with their rule.
    fn attacks(text: &str) -> Vec<(String, String, String)> {
        events(text)
            .into_iter()
            .filter(|e| e.kind == "ASSAULT")
            .map(|e| {
                let first = |ps: &[crate::Party]| first_country(ps).unwrap_or_default();
                (first(&e.actors), first(&e.recipients), e.rule.clone())
            })
            .collect()
    }

    fn retold(text: &str) -> Vec<(String, String)> {
        attacks(text).into_iter().filter(|(_, _, r)| r.contains(super::RULE)).map(|(a, r, _)| (a, r)).collect()
    }

    #[test]
    fn a_partyless_attack_noun_takes_the_parties_of_the_attack_just_told() {
        let text = "وقصفت إسرائيل مواقع لحركة حماس في قطاع غزة. وجاءت غارة جديدة مساء الجمعة.";
        assert_eq!(retold(text), vec![("ISR".into(), "PSE".into())], "{:?}", attacks(text));
    }

    #[test]
    fn not_three_sentences_on_nor_in_a_quotation_nor_with_its_own_target() {
        let far = "وقصفت إسرائيل مواقع لحركة حماس في قطاع غزة. وعاد الهدوء. وفتحت المعابر. وجاءت غارة جديدة مساء الجمعة.";
        assert!(retold(far).is_empty(), "{:?}", attacks(far));
        let quoted = "وقصفت إسرائيل مواقع لحركة حماس في قطاع غزة. وقال المتحدث: \"نخشى هجمات جديدة\".";
        assert!(retold(quoted).is_empty(), "{:?}", attacks(quoted));
        let own = "وقصفت إسرائيل مواقع لحركة حماس في قطاع غزة. وتكررت هجمات عليهم مساء الجمعة.";
        assert!(retold(own).is_empty(), "{:?}", attacks(own));
    }

    #[test]
    fn an_operation_to_take_a_place_of_the_same_state_takes_only_the_actor() {
        let text = "وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في صعدة. وتواصلت عملية عسكرية واسعة لتحرير مدينة الحديدة.";
        let lent = retold(text);
        assert!(lent.iter().any(|(a, r)| a == "SAU" && r == "YEM"), "{:?}", attacks(text));
        let other = "وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في صعدة. وتواصلت عملية عسكرية واسعة لتحرير مدينة درنة.";
        assert!(retold(other).is_empty(), "{:?}", attacks(other));
    }

    #[test]
    fn an_earlier_attack_with_one_side_lends_nothing() {
        let text = "وقتل ثلاثة أشخاص في قطاع غزة. وجاءت غارة جديدة مساء الجمعة.";
        assert!(retold(text).is_empty(), "{:?}", attacks(text));
    }
}
