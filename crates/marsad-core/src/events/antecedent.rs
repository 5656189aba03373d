//! A definite event noun with no party (الهجمات الجوية، الاحتجاجات، المعارك) is read as a
//! reference back to an event told before with its parties, and dropped. That needs
//! something to refer back to. A document of one paragraph (a sentence analysed alone, as
//! public event benchmarks give them, or a short report) in which no event of the noun's
//! type or lemma was told before it has none: the noun is the event itself, kept with no
//! party (`استمرت الاحتجاجات في البصرة`). In a story of several paragraphs the earlier
//! telling is mostly there, a lead's noun included (kept there, the whole-article sets
//! fell); and in a sport story a partyless clash or dismissal is a match or a coach's
//! sacking (`المواجهات الأخرى بالدور نفسه`، `تعرض للإقالة`).

use super::{sport_sentence, EventSpan, Input};

/// May the partyless definite noun of type `kind` and lemma `lemma` refer back to an event
/// told before it (`before`: the document's events of earlier sentences)?
pub(super) fn may_refer_back(input: &Input, before: &[EventSpan], kind: &str, lemma: &str) -> bool {
    !one_paragraph(input) || told_before(before, kind, lemma) || sport_sentence::is_sport_story(input)
}

/// Is the document a single paragraph (no line break inside it)?
fn one_paragraph(input: &Input) -> bool {
    !input.text.trim().contains('\n')
}

/// Was an event of the noun's type, or of its lemma, told earlier in the document?
fn told_before(before: &[EventSpan], kind: &str, lemma: &str) -> bool {
    before.iter().any(|p| p.kind == kind || lemma_of(p) == Some(lemma))
}

/// The lemma of the event's own trigger (`noun:هجوم+genitive` → هجوم).
fn lemma_of(e: &EventSpan) -> Option<&str> {
    e.rule.split('+').next()?.split_once(':').map(|(_, l)| l)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn protests(text: &str) -> usize {
        events(text).iter().filter(|e| e.kind == "PROTEST").count()
    }

    #[test]
    fn a_partyless_noun_with_nothing_before_it_is_the_event() {
        let t = "استمرت الاحتجاجات في مدينة البصرة العراقية لليوم الخامس على التوالي.";
        assert_eq!(protests(t), 1, "{:?}", events(t));
        let t = "نزح آلاف السكان من المدينة خوفا من القصف.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }

    #[test]
    fn with_an_earlier_telling_or_another_paragraph_it_refers_back() {
        // Told before in the same paragraph: the noun is that protest again.
        let t = "تظاهر آلاف العراقيين في البصرة ضد الحكومة. واستمرت الاحتجاجات لليوم الخامس على التوالي.";
        assert!(!events(t).iter().any(|e| e.trigger.text.contains("الاحتجاجات")), "{:?}", events(t));
        // A story of several paragraphs: the telling may be anywhere before.
        let t = "قال وزير الداخلية إن الوضع هادئ.\nواستمرت الاحتجاجات لليوم الخامس على التوالي.";
        assert_eq!(protests(t), 0, "{:?}", events(t));
    }
}
