//! An act called possible (هجوم صاروخي محتمل، قمة محتملة بين …، الانسحاب الأميركي المحتمل من
//! الاتفاق) is no act that took place: it is expected, feared or prepared for (يستعد الأكراد
//! للتصدي لهجوم تركي محتمل). In the corpus nearly every event noun so called was one to
//! come, so it gives no event, as an act after أي gives none (`any_noun`). A support verb
//! before it keeps its own reading (the verb's clause tells the act).

/// Is the noun ending before token `end` called possible (محتمل) within the next three
/// words of its phrase (ضربات جوية وصاروخية محتملة), before any punctuation or `s1`?
pub(super) fn called_possible(keys: &[String], end: usize, s1: usize) -> bool {
    keys[end.min(s1)..(end + 3).min(s1)].iter().take_while(|k| !k.is_empty()).any(|k| is_possible(k))
}

fn is_possible(key: &str) -> bool {
    let key = key.strip_prefix('و').unwrap_or(key);
    let key = key.strip_prefix("ال").unwrap_or(key);
    matches!(key, "محتمل" | "محتمله" | "محتملين" | "محتملون" | "محتملان" | "محتملتين")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::count;

    #[test]
    fn a_possible_act_is_no_event() {
        assert_eq!(count("ويستعد المقاتلون الأكراد للتصدي لهجوم بري تركي على منبج.", "ASSAULT"), 1);
        assert_eq!(count("ويستعد المقاتلون الأكراد للتصدي لهجوم بري تركي محتمل على منبج.", "ASSAULT"), 0);
    }

    #[test]
    fn possible_past_the_phrase_or_after_a_support_verb_is_not_the_acts() {
        // (Past the comma it is another phrase's word; شن tells the attack itself.)
        assert_eq!(count("وشنت القوات التركية هجوما بريا على منبج، محتملا أن يستمر أياما.", "ASSAULT"), 1);
    }

    #[test]
    fn possible_in_its_forms() {
        assert!(super::is_possible("المحتمله") && super::is_possible("ومحتمله") && super::is_possible("محتملين"));
        assert!(!super::is_possible("احتمال") && !super::is_possible("المحتل"));
    }
}
