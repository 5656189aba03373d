//! Exchanged accusations, insults and threats (تبادلت طهران وواشنطن الاتهامات، تبادل
//! الزعيمان الإهانات، تبادل كيم وترامب التهديدات): the verb تبادل with its `then` word in
//! `events.tsv`. The sides of its subject act on each other, as those that agree or meet
//! do, so the first side is the actor and the others its recipients; and since each side
//! does it to the other, [`mirror`] adds the same act the other way, as the labels code an
//! exchange (both directions). (Exchanged fire, visits and expulsions are events of their
//! own nouns; تبادل is no support verb, which took wrong subjects for them.)

use super::EventSpan;
use marsad_lexicon::events::Trigger;

/// Whether the trigger is an exchange of accusations or threats.
pub(super) fn is_exchange(t: &Trigger) -> bool {
    t.lemma == "تبادل" && t.event.as_deref().is_some_and(|k| matches!(k, "ACCUSE" | "THREATEN"))
}

/// The rule prefix of an exchange's events (`verb:تبادل+vso`, `verb:تبادل+between`).
const EXCHANGE_RULE: &str = "verb:تبادل";

/// Each exchange of accusations, insults or threats told from its first side to the others
/// is also told from each other side back to the first (`تبادلت موسكو ولندن الاتهامات`:
/// RUS → GBR and GBR → RUS), right after it; a side of the first side's own country adds
/// nothing (its act would be on itself).
pub(super) fn mirror(events: &mut Vec<EventSpan>) {
    let exchange = |e: &EventSpan| e.rule.starts_with(EXCHANGE_RULE) && matches!(e.kind.as_str(), "ACCUSE" | "THREATEN") && !e.actors.is_empty();
    super::reversed::insert(events, exchange, |_, _, _| true);
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn exchanged_accusations_go_from_each_side_to_the_other() {
        let both = |a: &str, b: &str| vec![(Some(a.to_string()), Some(b.to_string())), (Some(b.to_string()), Some(a.to_string()))];
        assert_eq!(sides("وتبادلت مصر وإثيوبيا الاتهامات بشأن السد.", "ACCUSE"), both("EGY", "ETH"));
        assert_eq!(sides("تتبادل روسيا وأوكرانيا التهديدات منذ أشهر.", "THREATEN"), both("RUS", "UKR"));
    }

    #[test]
    fn exchanged_insults_are_accusations_both_ways() {
        assert_eq!(
            sides("وتبادلت باكستان والهند الشتائم خلال جلسة الجمعية العامة.", "ACCUSE"),
            vec![(Some("PAK".into()), Some("IND".into())), (Some("IND".into()), Some("PAK".into()))]
        );
        let es = events("وتبادل رئيس الوزراء الإسرائيلي والرئيس التركي الإهانات على تويتر.");
        let mut got: Vec<_> = es.iter().filter(|e| e.kind == "ACCUSE").map(|e| (e.actors[0].country.clone(), e.recipients[0].country.clone())).collect();
        got.sort();
        assert_eq!(got, vec![(Some("ISR".into()), Some("TUR".into())), (Some("TUR".into()), Some("ISR".into()))], "{es:?}");
    }

    #[test]
    fn one_country_exchanging_is_not_mirrored() {
        // Two parties of one country stay one event, none told back.
        let es = events("وتبادل الديمقراطيون والجمهوريون في الكونغرس الأمريكي الاتهامات.");
        assert!(es.iter().filter(|e| e.kind == "ACCUSE").count() <= 1, "{es:?}");
    }

    #[test]
    fn other_exchanges_are_no_accusation() {
        let es = events("قتل ثلاثة أطفال في تبادل لإطلاق النار بين الجيش والمسلحين.");
        assert!(es.iter().all(|e| !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN")), "{es:?}");
        let es = events("وتبادل الوزيران الحديث عن العلاقات الثنائية بين مصر وإثيوبيا.");
        assert!(es.iter().all(|e| !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN")), "{es:?}");
    }
}
