//! A definite attack noun whose only party is its nisba (`الهجوم التركي`، `العدوان الأمريكي`،
//! `الضربة الأميركية`، `الهجمات الإسرائيلية`), with no target, place or time read after it,
//! names a campaign the story told before or takes as known: a topic (`ودفع الهجوم التركي
//! آلاف الأشخاص للنزوح`، `في مواجهة العدوان الأمريكي السعودي`), not a new attack of the
//! story. It is a reference back like the partyless definite noun (`antecedent.rs`), and is
//! dropped under the same conditions; the nisba alone names who attacks but not whom, and
//! the gold sets never label it (11 such nouns on the study sets, none labelled). An
//! indefinite noun (`بغارة إسرائيلية`) tells a new attack and stays, and so does a noun
//! with its target or place (`الغارات الإسرائيلية على غزة`، `القصف التركي في عفرين`).
//! Inside a quotation the noun is still the speaker's charge against the nisba's state
//! (`add_reported_accusations`), so it is marked and dropped only after that is read; till
//! then the sentence reads as it did with it (another partyless attack noun beside it is
//! merged into it, not told alone).

use super::EventSpan;

/// The rule mark of such a noun, kept until the speaker's reported accusation is read
/// from it (`في مواجهة العدوان الأمريكي السعودي` in a Houthi's words: his charge against
/// both).
pub(super) const RULE: &str = "+nisba-topic";

/// Is the event a topic attack kept only for its reported accusation?
pub(super) fn is_topic(e: &EventSpan) -> bool {
    e.kind == "ASSAULT" && e.rule.contains(RULE) && !e.rule.starts_with("reported-accusation")
}

/// Is the event an attack noun whose only party is the nisba right after it (the argument
/// search's `rule` just `+nisba`, no recipient)?
pub(super) fn only_nisba(kind: Option<&str>, is_noun: bool, rule: &str, recipients_empty: bool) -> bool {
    kind == Some("ASSAULT") && is_noun && recipients_empty && rule == "+nisba"
}

#[cfg(test)]
mod tests {
    use super::only_nisba;
    use crate::events::tests::sides;

    #[test]
    fn the_rule_shape_is_read_exactly() {
        assert!(only_nisba(Some("ASSAULT"), true, "+nisba", true));
        assert!(!only_nisba(Some("ASSAULT"), true, "+nisba+prep", true));
        assert!(!only_nisba(Some("ASSAULT"), true, "+nisba", false));
        assert!(!only_nisba(Some("THREATEN"), true, "+nisba", true));
        assert!(!only_nisba(Some("ASSAULT"), false, "+nisba", true));
    }

    #[test]
    fn a_known_campaign_named_by_its_nisba_is_a_topic() {
        // Two paragraphs: the offensive told first, then named back as a cause.
        let t = "وبدأت القوات التركية هجوما على مدينة عفرين السورية الشهر الماضي.\nوأجبر الهجوم التركي آلاف السكان على النزوح نحو القرى المجاورة.";
        let s = sides(t, "ASSAULT");
        assert!(!s.contains(&(Some("TUR".into()), None)), "{s:?}");
        assert!(s.contains(&(Some("TUR".into()), Some("SYR".into()))), "{s:?}");
    }

    #[test]
    fn a_topic_attack_in_someone_s_words_is_still_his_charge() {
        let t = "وقال مسؤول حوثي إن الوضع صعب.\nوأكد المتحدث باسم الحكومة اليمنية أن \"الشعب صامد في وجه العدوان الإيراني\".";
        let s = sides(t, "ACCUSE");
        assert!(s.contains(&(Some("YEM".into()), Some("IRN".into()))), "{s:?}");
        let s = sides(t, "ASSAULT");
        assert!(!s.contains(&(Some("IRN".into()), None)), "{s:?}");
    }

    #[test]
    fn a_new_or_placed_attack_stays() {
        // Indefinite: a new strike of the story.
        let t = "وقال مسؤول محلي إن ثلاثة أشخاص قتلوا أمس.\nوأصيب خمسة مدنيين بغارة إسرائيلية ليلة الثلاثاء.";
        let s = sides(t, "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{s:?}");
        // With its target after it.
        let t = "وقال مسؤول محلي إن ثلاثة أشخاص قتلوا أمس.\nوتواصلت الغارات الإسرائيلية على قطاع غزة طوال الليل.";
        let s = sides(t, "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{s:?}");
    }
}
