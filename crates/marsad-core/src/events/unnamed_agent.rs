//! A coercion, attack or sanction told with no named actor whose victim is a pronoun
//! (`وحكم عليه بالسجن 15 عاما`، `حُكم عليها بالسجن`، `وأطلقوا النار عليهم`): the labels
//! code it with a null actor and the pronoun's antecedent as recipient (eval/README.md).
//! The recipient pronoun rule of `args` takes an antecedent only when the actor is known,
//! since a pronoun alone is a weak party; but for these three types the victim is the
//! event's one party and news mostly leaves the agent (a court, the police) unsaid.
//! Only a verb, and only the pronoun on the trigger itself (an object) or on a recipient
//! preposition inside or right after the trigger's words: the antecedent is the nearest
//! agreeing party in the sentence or the one before (`args::antecedent`).

use super::args::pronoun_on;
use super::Input;
use marsad_lexicon::events::Slot;

/// Events whose victim alone makes the event worth keeping with no actor.
const VICTIM_EVENTS: &[&str] = &["COERCE", "ASSAULT", "SANCTION"];

/// Prepositions whose pronoun is the victim (حكم عليه، أطلق النار عليهم، صدر بحقه حكم).
const VICTIM_PREPOSITIONS: &[&str] = &["علي", "بحق", "ضد"];

/// May a recipient pronoun be sought for an event of type `event` (PLOVER mode `mode`)
/// with no actor? Not a seizure: what is seized is mostly a place or a thing (الأسلحة التي
/// استولت عليها، المناطق التي سيطر عليها), not a party.
pub(super) fn applies(event: Option<&str>, mode: Option<&str>, pred_is_verb: bool, is_noun: bool) -> bool {
    pred_is_verb && !is_noun && event.is_some_and(|e| VICTIM_EVENTS.contains(&e)) && mode != Some("seize")
}

/// The token with the victim's pronoun: a recipient preposition the trigger allows with a
/// pronoun written on it, between the trigger's first word and `to` (past the trigger's
/// words by at most one token).
pub(super) fn victim_pronoun(input: &Input, slots: &[Slot], trigger_start: usize, to: usize, s1: usize) -> Option<usize> {
    (trigger_start + 1..(to + 1).min(s1)).find(|&k| {
        let key = input.keys[k].trim_start_matches('و');
        let stem = ["هما", "هم", "هن", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p));
        stem.is_some_and(|p| {
            VICTIM_PREPOSITIONS.contains(&p) && slots.iter().any(|s| matches!(s, Slot::Prep(q) if q == p))
        }) && pronoun_on(input, k).is_some()
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// (type, actor country, recipient country) of each COERCE/ASSAULT event of `t`.
    fn victims(t: &str) -> Vec<(String, String, String)> {
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        events(t).into_iter().filter(|e| e.kind == "COERCE" || e.kind == "ASSAULT").map(|e| (e.kind.clone(), c(&e.actors), c(&e.recipients))).collect()
    }

    #[test]
    fn a_sentence_on_a_pronoun_names_the_antecedent() {
        let v = victims("وأدين الناشط الإيراني بتهمة التجسس. وحكم عليه بالسجن 15 عاما.");
        assert!(v.iter().any(|(k, a, r)| k == "COERCE" && a == "-" && r == "IRN"), "{v:?}");
    }

    #[test]
    fn a_place_seized_is_no_party() {
        // عليها is the lands: the body before it, which agrees, is not what was seized.
        let v = victims("وأعلنت الحكومة العراقية النصر بعد استرداد الأراضي التي سيطر عليها سابقا.");
        assert!(!v.iter().any(|(k, _, r)| k == "COERCE" && r == "IRQ"), "{v:?}");
    }

    #[test]
    fn no_pronoun_no_antecedent() {
        // The recipient is a thing after على here, not a pronoun: no party is borrowed.
        let v = victims("وأدين الناشط الإيراني بتهمة التجسس. وحكم على القضية بالسجن 15 عاما.");
        assert!(!v.iter().any(|(_, _, r)| r == "IRN"), "{v:?}");
    }
}
