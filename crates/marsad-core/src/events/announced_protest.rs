//! A protest announced for later (سيواصلون الاحتجاج، يعتزمون الإضراب، قررنا تنفيذ إضراب) has
//! not happened: announcing it is a threat of dissent, CAMEO 133 (THREATEN), as the label
//! guide codes it. Force announced by its own side is a threat too (`announced_force`);
//! other events told in the future keep their type.

/// The CAMEO code of threatening to protest or strike.
pub(super) const THREATEN_DISSENT: &str = "133";

/// Is a PROTEST with this modality, under this support verb (its lemma), only announced:
/// in the future (سـ، سوف), intended (يعتزم، يريد) or decided (قرر), and not denied?
pub(super) fn is_announced(kind: &str, negated: bool, modality: Option<&str>, support_lemma: Option<&str>) -> bool {
    kind == "PROTEST" && !negated && (matches!(modality, Some("future" | "intent")) || support_lemma == Some("قرر"))
}

#[cfg(test)]
pub(super) mod tests {
    use super::is_announced;
    use crate::events::tests::events;

    /// The (type, CAMEO) of each event of `text`.
    pub(in crate::events) fn kinds(text: &str) -> Vec<(String, Option<String>)> {
        events(text).into_iter().map(|e| (e.kind, e.cameo)).collect()
    }

    #[test]
    fn protesters_who_will_go_on_threaten_to() {
        let k = kinds("ويقول المتظاهرون الأردنيون إنهم سيواصلون الاحتجاج حتى يتم التراجع عن إجراءات التقشف.");
        assert!(k.contains(&("THREATEN".into(), Some("133".into()))), "{k:?}");
        assert!(!k.iter().any(|(t, _)| t == "PROTEST"), "{k:?}");
    }

    #[test]
    fn a_protest_that_happens_stays_a_protest() {
        let k = kinds("تظاهر آلاف الأردنيين في عمان ضد مشروع قانون الضريبة.");
        assert!(k.iter().any(|(t, _)| t == "PROTEST"), "{k:?}");
        assert!(!k.iter().any(|(t, _)| t == "THREATEN"), "{k:?}");
    }

    #[test]
    fn only_protests_are_turned() {
        assert!(is_announced("PROTEST", false, Some("future"), None));
        assert!(is_announced("PROTEST", false, None, Some("قرر")));
        assert!(!is_announced("PROTEST", true, Some("future"), None));
        assert!(!is_announced("PROTEST", false, Some("hypothetical"), None));
        assert!(!is_announced("ASSAULT", false, Some("future"), None));
    }
}
