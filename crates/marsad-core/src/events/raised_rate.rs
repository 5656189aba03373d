//! A rate raised is more of the measure, not its lifting. The support verb `رفع` turns a
//! measure noun into its lifting (`رفع العقوبات`، `رفع الحصار`: RETREAT 085), but on a rate
//! (customs duties, tariffs: `رسوم جمركية`، `تعريفات`) the same verb means "raise":
//! `رفعت الصين الرسوم الجمركية على سلع أميركية` imposes more of them (COERCE 163), and in the
//! corpus every `رفع` before a tariff noun raised it (fortieth session, `evfreq40`).

/// Lemmas (as `events.tsv` writes them) of the measure nouns that are rates.
const RATES: &[&str] = &["رسوم", "تعريفات"];

/// Whether a measure noun's lemma names a rate, which a verb of lifting raises instead.
pub(crate) fn is_rate(lemma: &str) -> bool {
    RATES.contains(&lemma)
}

#[cfg(test)]
mod tests {
    use super::is_rate;

    #[test]
    fn tariffs_are_rates_and_sanctions_are_not() {
        assert!(is_rate("رسوم"));
        assert!(is_rate("تعريفات"));
        assert!(!is_rate("عقوبات"));
        assert!(!is_rate("حصار"));
    }
}
