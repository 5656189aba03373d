//! A verb of saying-type political acts (demanding, accusing, threatening, rejecting,
//! agreeing, backing) that opens its sentence with its subject dropped and its complement
//! right after it (`ودعا إلى فتح المنطقة فورا`، `وطالب بالإفراج عن المعتقلين`،
//! `كما دعا إلى وقف القتال`) tells that act even when no actor can be carried to it: the
//! subject is someone told before (a paragraph away, or outside the sentence when a
//! sentence is analysed alone, as public benchmarks give them). Such a verb used to make no
//! event ("a verb with no actor at all is no political event"), which lost the act's type.
//! Now the speaker of the last quotation of its sentence or the two before, who goes on
//! speaking, is its actor (rule `+dropped-speaker`); with no text before it at all (the
//! document's first sentence: a sentence analysed alone) it is kept with no actor (rule
//! `+dropped`). A party after the verb (`ودعا الرئيس`،
//! `زار السياح المتحف`) is a subject, not a dropped one, so only a preposition or a
//! complementiser right after the verb shows the drop; violence and arrests are left out
//! (a sentence-opening `وقتل في …` is mostly the unvowelled passive), and so is a word the
//! clause reading took for a subject the dictionaries do not know or a pronoun subject
//! (`وحث بريد بلاده`، `وستطالب بارك بحضور`، `وعدا عن الدعم`: a name or another word
//! written with ب; the caller checks the rule), and agreeing.

use super::args::Arg;
use super::Input;
use marsad_text::token::TokenKind;

/// The types whose verb is an act told by its words alone.
/// (Not AGREE: a partyless `اتفقوا على`، `ويتفقون على أن` is mostly agreeing on a view.)
const TYPES: &[&str] = &["REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"];

/// Words that may stand before the verb at the sentence's start (`كما دعا`، `ثم طالب`).
fn opener(key: &str) -> bool {
    matches!(key, "كما" | "ثم" | "كذلك" | "وكذلك" | "فيما")
}

/// Does the verb at `i` (its words ending at `end`) of type `kind` open the sentence
/// `s0..s1` with its subject dropped: nothing but an opener or punctuation before it, and a
/// preposition or complementiser right after it?
pub(super) fn dropped_subject(input: &Input, kind: Option<&str>, i: usize, end: usize, (s0, s1): (usize, usize)) -> bool {
    if !kind.is_some_and(|k| TYPES.contains(&k)) || end >= s1 {
        return false;
    }
    let opening = (s0..i).all(|k| input.tokens[k].kind != TokenKind::Arabic || opener(&input.keys[k]));
    opening && input.tokens[end].kind == TokenKind::Arabic && complement(&input.keys[end])
}

/// How many sentences back a quotation's speaker may be carried from.
const SENTENCES_BACK: usize = 2;

/// The speaker of the last quotation cued before the verb at `i`, within its sentence or
/// the `SENTENCES_BACK` before it, when the quotation layer knows their country: the one
/// who goes on speaking (`وقال وزير الخارجية الفرنسي إن … . ودعا إلى وقف القتال`).
pub(super) fn speaker_before(input: &Input, i: usize) -> Option<Arg> {
    let at = input.tokens[i].start;
    let sent = input.sentences.partition_point(|s| s.0 <= at).checked_sub(1)?;
    let from = input.sentences[sent.saturating_sub(SENTENCES_BACK)].0;
    let quote = input.quotes.iter().rev().find(|q| q.cue < i && input.tokens[q.cue].start >= from)?;
    quote.speaker.as_ref().filter(|s| s.country.is_some()).map(Arg::from_speaker)
}

/// Is the verb at `i` in the document's first sentence, with no text before it to name
/// the dropped subject (a sentence analysed alone)? There the act is kept with no actor;
/// further in, a subject no quotation names is left unsaid, no event (a partyless demand in
/// a story is mostly someone the story named paragraphs before).
pub(super) fn first_sentence(input: &Input, i: usize) -> bool {
    input.sentences.get(1).is_none_or(|s| input.tokens[i].start < s.0)
}

/// A preposition or complementiser opening a verb's complement (إلى، على، عن، بأن، بالإفراج).
fn complement(key: &str) -> bool {
    // (Not من: `ودعا من جهته الرئيس الروسي` has its subject after the aside.)
    matches!(key, "الي" | "علي" | "عن" | "ان" | "بان" | "لان")
        || key.starts_with('ب') && key.chars().count() >= 4 && !matches!(key, "بعد" | "بين" | "بسبب" | "بشان")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn kinds(text: &str) -> Vec<String> {
        events(text).into_iter().map(|e| e.kind).collect()
    }

    #[test]
    fn a_sentence_opening_demand_with_its_subject_dropped_is_kept() {
        assert!(kinds("ودعا إلى فتح المنطقة فورا أمام المساعدات الطبية.").contains(&"REQUEST".to_string()));
        assert!(kinds("كما طالب بالإفراج عن جميع المعتقلين السياسيين.").contains(&"REQUEST".to_string()));
    }

    #[test]
    fn a_verb_with_a_word_after_it_or_mid_sentence_is_not() {
        // A noun after the verb is its subject (an unknown one): no drop shown.
        assert!(!kinds("ودعا السياح إلى زيارة المتحف.").contains(&"REQUEST".to_string()));
        // Not the sentence's opening verb.
        assert!(!kinds("وقال إنه دعا إلى فتح المنطقة.").contains(&"REQUEST".to_string()));
        // Violence is left out.
        assert!(kinds("وقتل في الانفجار.").is_empty());
    }

    #[test]
    fn the_speaker_of_the_quotation_before_goes_on_demanding() {
        let t = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن \"الوضع في الغوطة خطير جدا\". ودعا إلى وقف القتال فورا.";
        assert_eq!(sides(t, "REQUEST"), vec![(Some("FRA".into()), None)]);
        // Further in, with no quotation to name the subject: no event.
        let t = "تدهور الوضع في الغوطة الشرقية. ودعا إلى وقف القتال فورا.";
        assert!(sides(t, "REQUEST").is_empty(), "{:?}", sides(t, "REQUEST"));
    }
}
