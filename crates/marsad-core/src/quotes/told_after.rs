//! A verb of telling after its clause: …، تقول صحيفة العرب. · …، تضيف الصحيفة. · …، يكتب
//! الكاتب.
//!
//! Press reviews and reportage give a paper's or a writer's words first and name them
//! after a comma with an imperfect verb of telling whose subject then closes the sentence.
//! No إن/أن follows such a verb, so it reported nothing and the clause went unquoted. It
//! is read as a frame after its claim (…، بحسب الصحيفة): the clause before the comma is the
//! quotation, the subject the speaker. Only when a mention right after the verb (past لي،
//! لنا) is its subject and at most a few words (في صحيفة الحياة) follow it before the
//! sentence ends: a verb with anything else after it opens a report of its own (…، تقول إن
//! …) or has an object, not a subject (…، يتابع تطور الأحداث).

use marsad_text::normalize::nisba_shaped;
use super::{is_comma, Input};
use marsad_text::token::TokenKind;

/// Imperfect verbs of telling, as keys, with no و/ف: a verb joined by و continues the
/// story, it does not close a quotation.
const TELLING: &[&str] = &[
    "يقول", "تقول", "يضيف", "تضيف", "يتابع", "تتابع", "يكتب", "تكتب", "يعلق", "تعلق", "يختم", "تختم", "يردف", "تردف", "يستطرد", "تستطرد",
];

/// Addressees between the verb and its subject (يقول لي أحد السكان).
const TO_US: &[&str] = &["لي", "لنا"];

/// Words that bind a verb right after them to their own clause (كما تقول الصحيفة، ما
/// يقوله، الذي يكتب): the verb then closes no claim.
const BOUND: &[&str] = &["كما", "وكما", "ما", "وما", "مما", "فيما", "بما", "لما", "حسبما", "بحسبما", "الذي", "التي", "الذين", "اللذين", "اللتين", "من", "ومن", "لا", "لم", "ولم", "فلم", "لن", "حتي", "كي", "لكي", "قد", "وقد", "ان", "انه", "انها", "بان", "بانه", "وان", "كان", "كانت", "وكان", "وكانت", "حين", "عندما", "بينما", "كلما"];

/// Fewest tokens from the sentence start to the comma: a claim, not an adverb (وبعدها، …).
const MIN_CLAIM: usize = 5;

/// Most words after the subject before the sentence ends (في صحيفة الحياة اللندنية).
const MAX_TAIL: usize = 4;

/// The verb tokens that close their clause this way.
pub(super) fn verbs(input: &Input) -> Vec<usize> {
    let Input { text, tokens, keys, mentions, .. } = *input;
    let mut out = Vec::new();
    for verb in 1..tokens.len().saturating_sub(1) {
        // (The verb first, by its first letter: most tokens stop there.)
        let key = keys[verb].as_str();
        if !key.starts_with(['ي', 'ت']) || !TELLING.contains(&key) {
            continue;
        }
        let c = verb - 1;
        let comma = tokens[c].kind == TokenKind::Punct && is_comma(tokens[c].text(text));
        // (Unpunctuated transcripts set no comma: …مع إيران تقول الحياة.)
        let word = tokens[c].kind == TokenKind::Arabic && !BOUND.contains(&keys[c].as_str());
        if !comma && !word {
            continue;
        }
        let (s0, s1) = input.sentence_tokens(verb);
        if c < s0 + MIN_CLAIM {
            continue;
        }
        let subject = if TO_US.contains(&keys[verb + 1].as_str()) { verb + 2 } else { verb + 1 };
        let first = mentions.partition_point(|m| m.tok_start < subject);
        let Some(m) = mentions.get(first).filter(|m| m.tok_start == subject && !m.prepositional) else {
            continue;
        };
        // Up to the sentence's end only a few plain words, and its full stop.
        let mut words = 0;
        let closes = (m.tok_end..s1).all(|k| {
            if tokens[k].kind == TokenKind::Punct {
                return k + 1 == s1 && matches!(tokens[k].text(text), "." | "…");
            }
            words += 1;
            // (With no comma, only an adjective of origin: تكتب صحيفة ليبراسيون الفرنسية; not
            // an object, حتى تتابع الشرطة الموقف.)
            let plain = comma || nisba(&keys[k]);
            plain && tokens[k].kind == TokenKind::Arabic && !super::is_complementizer(&keys[k]) && words <= MAX_TAIL
        });
        if closes {
            out.push(verb);
        }
    }
    out
}

/// A definite adjective of origin (الفرنسية، البريطاني), as a key.
fn nisba(key: &str) -> bool {
    key.starts_with("ال") && nisba_shaped(key)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn a_paper_named_after_its_words_is_their_speaker() {
        let q = quotes("حلفاء واشنطن سيتحولون من أطراف في المعضلة النووية إلى وسطاء، تقول صحيفة العرب.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].text, "حلفاء واشنطن سيتحولون من أطراف في المعضلة النووية إلى وسطاء");
        assert_eq!(q[0].rule, "told-after");
        assert!(q[0].speaker.as_ref().is_some_and(|s| s.text.contains("صحيفة العرب")), "{q:?}");
        // An unpunctuated transcript: no comma before the verb.
        let q = quotes("حلفاء واشنطن سيتحولون من أطراف في المعضلة النووية إلى وسطاء تقول صحيفة العرب.");
        assert_eq!(q.iter().filter(|q| q.rule == "told-after").count(), 1, "{q:?}");
    }

    #[test]
    fn with_no_comma_an_object_after_the_subject_is_no_tail() {
        let q = quotes("وترك الضابط هاتفه المحمول مفتوحا حتى تتابع الشرطة الموقف.");
        assert!(q.iter().all(|q| q.rule != "told-after"), "{q:?}");
        let q = quotes("وترك الضابط هاتفه المحمول مفتوحا في المتجر كما تقول الشرطة.");
        assert!(q.iter().all(|q| q.rule != "told-after"), "{q:?}");
    }

    #[test]
    fn a_verb_with_an_object_or_its_own_clause_closes_nothing() {
        // An object, no mention after the verb.
        assert!(quotes("وصل الوفد إلى المدينة في ساعة متأخرة، يتابع تطور الأحداث.").is_empty());
        // Its own clause after it.
        let q = quotes("وصل الوفد إلى المدينة في ساعة متأخرة، تقول الشرطة إن الطرق كانت مغلقة.");
        assert!(q.iter().all(|q| q.rule != "told-after"), "{q:?}");
        // Joined by و: the story goes on.
        let q = quotes("وصل الوفد إلى المدينة في ساعة متأخرة، وتقول صحيفة العرب.");
        assert!(q.iter().all(|q| q.rule != "told-after"), "{q:?}");
    }
}
