//! A resumptive preposition right after a verb (الهجوم الذي قتل فيه 22 شخصا، اشتباكات قتل
//! خلالها عشرة منهم): the verb's clause refers back to the event it names, and what
//! follows is read as right after the verb. An attack verb then counting the dead is the
//! unvowelled passive ("in which 22 people were killed"), not their act.

use super::Input;

/// في or خلال with a pronoun that takes back the noun a clause describes.
const RESUMPTIVE: &[&str] = &["فيه", "فيها", "فيهما", "خلاله", "خلالها"];

/// The token a verb's arguments start at: past a resumptive preposition at `end`.
pub(super) fn past_resumptive(input: &Input, end: usize, s1: usize) -> usize {
    if end < s1 && RESUMPTIVE.contains(&input.keys[end].as_str()) {
        end + 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    fn attacks(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "ASSAULT")
    }

    #[test]
    fn the_counted_dead_after_a_resumptive_are_victims() {
        let found = attacks("وقعت مواجهات عنيفة على الحدود قتل فيها 12 فلسطينيا.");
        assert!(found.iter().any(|(a, r)| a.is_none() && r.as_deref() == Some("PSE")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("PSE")), "{found:?}");
    }

    #[test]
    fn a_subject_after_the_verb_without_a_resumptive_still_acts() {
        let found = attacks("وقعت مواجهات عنيفة على الحدود قتل الجيش الإسرائيلي فيها 12 فلسطينيا.");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{found:?}");
    }
}
