//! Exchanged accusations and threats (تبادلت طهران وواشنطن الاتهامات، تبادل كيم وترامب
//! التهديدات): the verb تبادل with its `then` word in `events.tsv`. The sides of its
//! subject act on each other, as those that agree or meet do, so the first side is the
//! actor and the others its recipients. (Exchanged fire, visits and expulsions are events
//! of their own nouns; تبادل is no support verb, which took wrong subjects for them.)

use marsad_lexicon::events::Trigger;

/// Whether the trigger is an exchange of accusations or threats.
pub(super) fn is_exchange(t: &Trigger) -> bool {
    t.lemma == "تبادل" && t.event.as_deref().is_some_and(|k| matches!(k, "ACCUSE" | "THREATEN"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn exchanged_accusations_go_from_one_side_to_the_other() {
        assert_eq!(sides("وتبادلت مصر وإثيوبيا الاتهامات بشأن السد.", "ACCUSE"), vec![(Some("EGY".into()), Some("ETH".into()))]);
        assert_eq!(sides("تتبادل روسيا وأوكرانيا التهديدات منذ أشهر.", "THREATEN"), vec![(Some("RUS".into()), Some("UKR".into()))]);
    }

    #[test]
    fn other_exchanges_are_no_accusation() {
        let es = events("قتل ثلاثة أطفال في تبادل لإطلاق النار بين الجيش والمسلحين.");
        assert!(es.iter().all(|e| !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN")), "{es:?}");
        let es = events("وتبادل الوزيران الحديث عن العلاقات الثنائية بين مصر وإثيوبيا.");
        assert!(es.iter().all(|e| !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN")), "{es:?}");
    }
}
