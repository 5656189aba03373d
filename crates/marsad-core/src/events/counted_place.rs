//! The place of an attack right after its counted dead (وقتل 171 فلسطينيا في غزة، قتل 92
//! عسكريا روسيا في سوريا): the place was found as the recipient before the count was
//! read as the unvowelled passive's victims; it is no object that would make the count
//! the subject (اقتحم مئات المحتجين القنصلية), so the counted are the victims.

use super::args::Arg;
use super::Input;

/// Is `recipients` only the place of the attack, after في (and a compass word) right
/// after the counted subject `counted`, as the `+location` rule found it?
pub(super) fn only_place_after(input: &Input, rule: &str, counted: &Arg, recipients: &[Arg]) -> bool {
    let [place] = recipients else { return false };
    if !rule.contains("+location") || !place.thing || place.tok_start <= counted.tok_end {
        return false;
    }
    // (في, then the words that lead to a place's name: في شمال سوريا، في مدينة غزة.)
    let after_fi = counted.tok_end + 1;
    input.keys[counted.tok_end] == "في" && after_fi <= place.tok_start && super::place_words::past_lead(input.keys, after_fi, place.tok_start) == place.tok_start
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The countries of an event's actors and of its recipients.
    type Sides = (Vec<Option<String>>, Vec<Option<String>>);

    fn attacks(text: &str) -> Vec<Sides> {
        let countries = |ps: &[crate::Party]| ps.iter().map(|p| p.country.clone()).collect::<Vec<_>>();
        events(text).iter().filter(|e| e.kind == "ASSAULT").map(|e| (countries(&e.actors), countries(&e.recipients))).collect()
    }

    #[test]
    fn the_counted_dead_before_the_place_are_victims() {
        let found = attacks("ووفق الأرقام الرسمية، قتل 92 عسكريا روسيا في سوريا منذ بدء التدخل.");
        assert!(found.iter().any(|(a, r)| a.is_empty() && r.contains(&Some("RUS".into()))), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.contains(&Some("RUS".into()))), "{found:?}");
    }

    #[test]
    fn a_named_subject_before_the_place_still_acts() {
        let found = attacks("قتل الجيش الروسي 12 مدنيا سوريا في إدلب.");
        assert!(found.iter().any(|(a, _)| a.contains(&Some("RUS".into()))), "{found:?}");
    }
}
