//! A definite event noun with no party (الهجمات الجوية، الاحتجاجات، المعارك) is read as a
//! reference back to an event told before with its parties, and dropped. That needs
//! something to refer back to. A document of one paragraph (a sentence analysed alone, as
//! public event benchmarks give them, or a short report) in which no event of the noun's
//! type or lemma was told before it has none: the noun is the event itself, kept with no
//! party (`استمرت الاحتجاجات في البصرة`). In a story of several paragraphs the earlier
//! telling is mostly there, a lead's noun included (kept there, the whole-article sets
//! fell); and in a sport story a partyless clash or dismissal is a match or a coach's
//! sacking (`المواجهات الأخرى بالدور نفسه`، `تعرض للإقالة`).
//! Nor is it the event when it names a kind of act rather than one that took place: an
//! attack qualified as cyber or verbal (`عرضة للهجمات السيبرانية`، the metaphor words of
//! `event-words.tsv`, here with their article), or the genitive of a noun of kind, size or
//! movement (`قائد حركة الاحتجاج`، `قصص الاعتداء`، `في حجم الهجوم`). Those stay dropped.

use super::{sport_sentence, EventSpan, Input};
use marsad_lexicon::events::EventWord;

/// Nouns (keys: hamza folded, ة as ه) whose definite genitive event noun names a kind, a
/// measure or a movement, not an act that took place. (Not موقع، جراء، ضحايا: the site or
/// the victims of an attack are of one that happened.)
const KIND_NOUNS: &[&str] = &["حركه", "حركات", "قصص", "قصه", "حجم", "نوع", "انواع", "ظاهره"];

/// May the partyless definite noun of type `kind` and lemma `lemma` at tokens `i..end` of
/// the sentence opening at `s0` refer back to an event told before it (`before`: the
/// document's events of earlier sentences), or name a kind of act?
pub(super) fn may_refer_back(input: &Input, before: &[EventSpan], (kind, lemma): (&str, &str), (s0, i, end): (usize, usize, usize)) -> bool {
    !one_paragraph(input) || told_before(before, kind, lemma) || sport_sentence::is_sport_story(input) || names_a_kind(input, s0, i, end)
}

/// Does the noun at `i..end` name a kind of act: qualified right after it by a metaphor
/// word (السيبرانية، الإلكترونية، الكلامية), or governed right before it by a noun of kind?
fn names_a_kind(input: &Input, s0: usize, i: usize, end: usize) -> bool {
    let ev = input.lexicon.events();
    let figure = input.keys.get(end).is_some_and(|k| {
        let k = marsad_text::normalize::without_conjunction(k);
        ev.word(k.strip_prefix("ال").unwrap_or(k)) == Some(EventWord::Metaphor)
    });
    let governed = i > s0 && {
        let prev = marsad_text::normalize::without_conjunction(&input.keys[i - 1]);
        // (With لـ، بـ، فـ written on it: في حجم، لقصص.)
        KIND_NOUNS.contains(&prev) || prev.strip_prefix(['ل', 'ب']).is_some_and(|r| KIND_NOUNS.contains(&r))
    };
    figure || governed
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

    #[test]
    fn a_kind_of_act_is_no_event_even_alone() {
        let attacks = |t: &str| events(t).iter().filter(|e| e.kind == "ASSAULT").count();
        let t = "تبقى شبكات الكهرباء في أوروبا عرضة للهجمات السيبرانية.";
        assert_eq!(attacks(t), 0, "{:?}", events(t));
        let t = "تحدث زعيم حركة الاحتجاج إلى الصحفيين في المدينة.";
        assert_eq!(protests(t), 0, "{:?}", events(t));
        let t = "يروي الكتاب قصص الاعتداء في الطريق الطويل إلى الشمال.";
        assert_eq!(attacks(t), 0, "{:?}", events(t));
        // The site of an attack is of one that took place.
        let t = "وصل المحققون إلى موقع الهجوم في وسط المدينة.";
        assert_eq!(attacks(t), 1, "{:?}", events(t));
    }
}
