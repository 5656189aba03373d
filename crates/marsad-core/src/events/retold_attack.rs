//! An attack noun told with no party of any country (`غارة`، `هجمات`، `عملية عسكرية`,
//! `قصف`) within two sentences after an attack told with both its sides is mostly that
//! attack, or the same campaign, retold (`شنت طائرات التحالف … غارات على صنعاء … وجاءت
//! الغارة الجديدة`): it takes the parties of the latest such attack. A partyless attack
//! gives no one to the data, and the labels hold none (4 of the study sets' 302 ASSAULT
//! events have neither side). Not further back (the story has moved on: background,
//! other conflicts), not inside a quotation (mostly a threat or a fear, `محاولات إيرانية
//! لمهاجمتها`), nor for a noun with its own `على`/`ضد` phrase (`إطلاق النار عليه`, `تنفيذ
//! هجمات عليها`: its target is that phrase's, unread), nor under a support verb (its
//! subject is sought there).

use super::args::{bare, Arg};
use super::{EventSpan, Input};
use marsad_text::ByteSpan;
use marsad_text::token::TokenKind;

pub(super) const RULE: &str = "+retold-attack";

/// How many sentences back the attack retold may stand (0 would be the same sentence).
const SENTENCES_BACK: usize = 2;

/// How far after the noun a target phrase of its own may open (`هجمات جوية على`).
const OWN_PHRASE: usize = 4;

/// The (actors, recipients) the partyless attack noun ending at token `end` of the
/// sentence `sent` (tokens up to `s1`) takes from `before` (the document's events of
/// earlier sentences, in text order): those of the latest ASSAULT, neither ghost nor
/// negated, with a country on both sides, at most [`SENTENCES_BACK`] sentences back.
pub(super) fn parties(input: &Input, sent: ByteSpan, end: usize, s1: usize, before: &[EventSpan]) -> Option<(Vec<Arg>, Vec<Arg>)> {
    if own_phrase(input, end, s1) {
        return None;
    }
    let index = |s: ByteSpan| input.sentences.iter().position(|&x| x == s);
    let here = index(sent)?;
    let sided = |ps: &[Arg]| ps.iter().any(|p| p.country.is_some());
    let source = before
        .iter()
        .rev()
        .filter(|e| e.kind == "ASSAULT" && !e.ghost && !e.negated && sided(&e.actors) && sided(&e.recipients))
        .find(|e| index(e.sentence).is_some_and(|k| k < here && here - k <= SENTENCES_BACK))?;
    Some((source.actors.clone(), source.recipients.clone()))
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
    fn an_earlier_attack_with_one_side_lends_nothing() {
        let text = "وقتل ثلاثة أشخاص في قطاع غزة. وجاءت غارة جديدة مساء الجمعة.";
        assert!(retold(text).is_empty(), "{:?}", attacks(text));
    }
}
