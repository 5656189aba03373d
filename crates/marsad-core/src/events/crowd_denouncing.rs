//! A crowd that denounces is demonstrating (ندد الآلاف في تظاهرة بالقانون، استنكر
//! المتظاهرون …): a protest (CAMEO 141), not an accusation by the crowd.

/// Verbs of denouncing (lemmas as the dictionary writes them).
const DENOUNCING: &[&str] = &["ندد", "استنكر", "شجب", "أدان"];

/// Counts of a crowd's size without the article (آلاف، مئات، عشرات); with it they are
/// crowds already (الآلاف).
pub(super) const SIZES: &[&str] = &["الاف", "مئات", "عشرات"];

/// The CAMEO code of a demonstration.
pub(super) const DEMONSTRATE: &str = "141";

/// Is `lemma` a verb of denouncing?
pub(super) fn is_denouncing(lemma: &str) -> bool {
    DENOUNCING.contains(&lemma)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn thousands_denouncing_in_the_street_protest() {
        let t = "وندد آلاف المغاربة الأحد في مسيرة بالرباط بالأحكام الصادرة بحق المعتقلين.";
        let kinds: Vec<_> = events(t).iter().map(|e| e.kind.clone()).collect();
        assert!(kinds.iter().any(|k| k == "PROTEST") && !kinds.iter().any(|k| k == "ACCUSE"), "{:?}", events(t));
    }

    #[test]
    fn a_minister_or_states_denouncing_accuse() {
        let t = "وندد وزير الخارجية المغربي بالهجوم على السفارة.";
        assert!(events(t).iter().any(|e| e.kind == "ACCUSE"), "{:?}", events(t));
        let t = "ندد عدد من الدول الثلاثاء بترؤس سوريا مؤتمر نزع الأسلحة في جنيف.";
        assert!(!events(t).iter().any(|e| e.kind == "PROTEST"), "{:?}", events(t));
    }
}
