//! Sanctions told by their noun and the imposer's nisba alone (`بسبب العقوبات الأميركية`،
//! `تأثير العقوبات الأمريكية`، `والعقوبات الأوروبية`) name no target: they are the
//! sanctions the article has already told with one (`فرضت الولايات المتحدة عقوبات على
//! إيران`). Sanctions say nothing without their target, so such a noun was dropped; it
//! now takes the target of the latest earlier sanctions event of the same imposer in the
//! article. With no such event it is still dropped, and a noun with its own `على`/`ضد`
//! phrase keeps what that phrase names (or nothing).

use super::args::{bare, Arg};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;

pub(super) const RULE: &str = "+carried-target";

/// How far after the noun a target phrase of its own may open (`العقوبات الأمريكية
/// الجديدة على`).
const OWN_PHRASE: usize = 4;

/// The target the sanctions noun ending at token `end` carries from `earlier` events of
/// the article (in text order): the recipients of the latest sanctions event (CAMEO
/// `cameo`) one of whose actors shares a country with `actors`, those of another country
/// than the imposer. None when the noun opens a target phrase of its own.
pub(super) fn target(input: &Input, end: usize, s1: usize, actors: &[Arg], earlier: &[EventSpan], cameo: &str) -> Option<Vec<Arg>> {
    let imposers: Vec<&str> = actors.iter().filter_map(|a| a.country.as_deref()).collect();
    if imposers.is_empty() || own_phrase(input, end, s1) {
        return None;
    }
    let foreign = |r: &&Arg| r.country.as_deref().is_some_and(|c| !imposers.contains(&c));
    let same_imposer = |e: &EventSpan| e.actors.iter().any(|a| a.country.as_deref().is_some_and(|c| imposers.contains(&c)));
    let source = earlier
        .iter()
        .rev()
        .filter(|e| !e.ghost && !e.negated && e.cameo.as_deref() == Some(cameo))
        .find(|e| same_imposer(e) && e.recipients.iter().any(|r| foreign(&r)))?;
    Some(source.recipients.iter().filter(foreign).cloned().collect())
}

/// Whether `على`, `ضد` or `بحق` follows the noun within [`OWN_PHRASE`] words, before punctuation.
fn own_phrase(input: &Input, end: usize, s1: usize) -> bool {
    (end..(end + OWN_PHRASE).min(s1))
        .take_while(|&k| input.tokens[k].kind != TokenKind::Punct)
        .any(|k| matches!(bare(&input.keys[k]), "علي" | "ضد" | "بحق"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, first_country};

    /// The (actor, recipient) countries of the sanctions events of `text`.
    fn sanctions(text: &str) -> Vec<(String, String)> {
        events(text)
            .into_iter()
            .filter(|e| e.cameo.as_deref() == Some("163"))
            .map(|e| {
                let first = |ps: &[crate::Party]| first_country(ps).unwrap_or_default();
                (first(&e.actors), first(&e.recipients))
            })
            .collect()
    }

    #[test]
    fn bare_sanctions_take_the_earlier_target_of_their_imposer() {
        let text = "فرضت الولايات المتحدة عقوبات جديدة على إيران. وتراجع الريال بسبب العقوبات الأميركية.";
        assert_eq!(sanctions(text), vec![("USA".into(), "IRN".into()), ("USA".into(), "IRN".into())]);
    }

    #[test]
    fn no_earlier_sanctions_or_another_imposer_give_nothing() {
        assert!(sanctions("وتراجع الريال بسبب العقوبات الأميركية.").is_empty());
        // Russia's sanctions on Ukraine say nothing of whom the American ones target.
        let text = "فرضت روسيا عقوبات على أوكرانيا. وتراجع الروبل بسبب العقوبات الأميركية.";
        assert_eq!(sanctions(text), vec![("RUS".into(), "UKR".into())]);
    }

    #[test]
    fn sanctions_under_a_subjectless_support_verb_are_their_nisba_s() {
        let text = "وارتفعت أسعار النفط قبل فرض عقوبات أميركية على إيران الشهر المقبل.";
        assert_eq!(sanctions(text), vec![("USA".into(), "IRN".into())]);
    }

    #[test]
    fn a_target_phrase_of_its_own_is_not_overridden() {
        let text = "فرضت الولايات المتحدة عقوبات جديدة على إيران. وحذر من العقوبات الأميركية على الشركات الأوروبية.";
        assert!(!sanctions(text).iter().skip(1).any(|(_, r)| r == "IRN"));
    }
}
