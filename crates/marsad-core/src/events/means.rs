//! A killing told with the strike that did it (قتل خمسة مدنيين في قصف الطيران الإسرائيلي
//! على غزة، مقتل 70 عنصرا من الحوثيين في غارات لمقاتلات التحالف، أصيب عشرة بقصف
//! للقوات الحكومية): the strike noun after the victims, governed by في، بـ، جراء، إثر …,
//! is the killing's means, not what the killing is about, and one deed. Its striker,
//! named in its own phrase (genitive, nisba, لـ owner, من قبل), is the killer the verb
//! leaves unsaid: the killing takes it as actor and the strike gives no event of its own.
//! Victims of no known country take the strike's target instead (على غزة). A strike with
//! no striker named lends nothing, as before (قتل 36 شخصا في غارات جوية). Victims that are
//! no mention at all (قتل عشرة أشخاص في الهجوم الذي نفذته طالبان) make the strike the
//! means as well: read as the killing's content instead, its striker was taken for the
//! victim.

use super::args::Arg;
use super::{EventSpan, Input};
use marsad_lexicon::events::Trigger;

/// Prepositions of means or cause before a strike noun (keys).
const MEANS_WORDS: &[&str] = &["في", "جراء", "اثر", "عقب", "نتيجه", "بسبب", "بفعل", "خلال"];

/// Is the attack noun at token `i` (with its preposition written on it or not) the means
/// of the attack event `prior` right before it: an attack that names no actor?
pub(super) fn is_means(input: &Input, prior: &EventSpan, t: &Trigger, i: usize, s0: usize) -> bool {
    if prior.kind != "ASSAULT" || t.event.as_deref() != Some("ASSAULT") || !prior.actors.is_empty() {
        return false;
    }
    let word = input.tokens[i].text(input.text);
    let word = word.strip_prefix('و').unwrap_or(word);
    word.starts_with('ب') || i > s0 && MEANS_WORDS.contains(&input.keys[i - 1].as_str())
}

/// Give the killing `prior` the actors the strike `means` names after its noun (at token
/// `noun`): not a subject carried from elsewhere in the text, and each of a known country
/// (not a word the mentions half read: هجمات انتحارية، هجوم لرعاة).
pub(super) fn lend_striker(prior: &mut EventSpan, means: &EventSpan, noun: usize) {
    let own: Vec<Arg> = means.actors.iter().filter(|a| a.tok_start > noun && a.country.is_some()).cloned().collect();
    let placed = |ps: &[Arg]| ps.iter().any(|p| p.country.is_some());
    if own.is_empty() || own.len() != means.actors.len() {
        // Unnamed victims with no striker either are still where the strike hit (قتل
        // خمسة أشخاص في هجوم على السفارة الأمريكية).
        if prior.recipients.is_empty() && placed(&means.recipients) {
            prior.recipients = means.recipients.clone();
            prior.rule.push_str("+target");
        }
        return;
    }
    prior.actors = own;
    prior.rule.push_str("+means");
    // Victims of no known country (خمسة مدنيين) are where the strike hit (على غزة).
    if !placed(&prior.recipients) && placed(&means.recipients) {
        prior.recipients = means.recipients.clone();
        prior.rule.push_str("+target");
    }
    prior.confidence = prior.confidence.max(means.confidence);
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, has, triples};

    #[test]
    fn a_killing_takes_the_striker_of_its_means() {
        let t = "قتل خمسة مدنيين في قصف الطيران الإسرائيلي على غزة.";
        assert!(has(t, "ASSAULT", "ISR", "PSE"), "{:?}", events(t));
        let t = "وقتل عدد من عناصر ميليشيات الحوثي بغارة للتحالف العربي في منطقة فضحة.";
        assert!(has(t, "ASSAULT", "SAU", "YEM"), "{:?}", events(t));
        let t = "وأصيب 15 شخصا بجروح في الغارات الإسرائيلية على قطاع غزة.";
        assert!(has(t, "ASSAULT", "ISR", "PSE"), "{:?}", events(t));
        // One deed: the strike gives no second event.
        assert_eq!(triples(t).len(), 1, "{:?}", events(t));
    }

    #[test]
    fn a_strike_with_no_striker_lends_nothing() {
        let t = "قتل 36 شخصا في غارات جوية على الغوطة الشرقية.";
        assert!(triples(t).iter().all(|(_, a, _)| a == "-"), "{:?}", events(t));
        // A suicide attack names no one: the adjective is no striker.
        let t = "قتل 13 شخصا في هجمات انتحارية على كنائس.";
        assert!(events(t).iter().all(|e| e.actors.is_empty()), "{:?}", events(t));
    }

    #[test]
    fn a_killer_named_keeps_the_killing() {
        let t = "وقتلت القوات الأمريكية عشرة مسلحين في غارة على مواقع حركة الشباب.";
        assert!(has(t, "ASSAULT", "USA", "-") || triples(t).iter().any(|(_, a, _)| a == "USA"), "{:?}", events(t));
        assert!(!triples(t).iter().any(|(_, a, _)| a == "SOM"), "{:?}", events(t));
    }
}
