//! الأخير / الأخيرة ("the latter") as a speaker: the second of the actors just named.
//!
//! The mentions layer leaves the word uncoded, so the speaker took the story's home
//! country. The latter is the last actor named before it, in its sentence or the one
//! before (أقنع نظيره الأمريكي دونالد ترامب …، وذلك بعد أن أعلن الأخير → Trump) — but never
//! the subject of its own sentence, which it is set against (وخلال لقائه بالرئيس الفرنسي،
//! إيمانويل ماكرون، تحدث ترامب عن …، بينما رأى الأخير → Macron). الأخير names a person,
//! الأخيرة a state or a feminine noun (بين بغداد وأنقرة، بعد أن قالت الأخيرة → Turkey;
//! مندوبة واشنطن …، بعد أن هددت الأخيرة).

use super::{is_comma, ActorSpan, Input, NP_END, PREPOSITIONS};
use marsad_lexicon::Kind;

/// Is `key` الأخير (`Some(false)`) or الأخيرة (`Some(true)`)?
pub(super) fn feminine(key: &str) -> Option<bool> {
    match key {
        "الاخير" => Some(false),
        "الاخيره" => Some(true),
        _ => None,
    }
}

/// The actor that الأخير/الأخيرة at token `at` (the subject of the cue at `cue`) stands
/// for, if the word is one of them and such an actor was named.
pub(super) fn antecedent<'m>(input: &Input<'m>, at: usize, cue: usize) -> Option<&'m ActorSpan<'m>> {
    let feminine = feminine(input.keys[at].strip_prefix('و').unwrap_or(&input.keys[at]))?;
    let (s0, _) = input.sentence_tokens(cue);
    let from = if s0 > 0 { input.sentence_tokens(s0 - 1).0 } else { s0 };
    let fits = |m: &&ActorSpan| {
        if m.actor.is_none() && m.country.is_none() {
            return false;
        }
        if feminine {
            matches!(m.kind, Kind::State | Kind::Capital) || input.keys[m.tok_start].ends_with('ه')
        } else {
            m.names_one_person()
        }
    };
    let subject = subject_of(input, s0, at);
    let upto = input.mentions.partition_point(|m| m.tok_end <= at);
    let first = input.mentions.partition_point(|m| m.tok_start < from);
    input.mentions[first..upto].iter().rev().filter(fits).find(|m| Some(m.tok_start) != subject)
}

/// The start of the first mention in tokens `[s0, at)` that is no prepositional phrase
/// (بالرئيس، في البيت الأبيض) nor a name in apposition to one (بالرئيس الفرنسي، إيمانويل ماكرون): the sentence's
/// subject, or its object after a verb-first subject.
fn subject_of(input: &Input, s0: usize, at: usize) -> Option<usize> {
    let first = input.mentions.partition_point(|m| m.tok_start < s0);
    let mut prepositional_end = None;
    for m in input.mentions[first..].iter().take_while(|m| m.tok_end <= at) {
        let apposed = prepositional_end.is_some_and(|e: usize| m.tok_start == e + 1 && is_comma(input.tokens[e].text(input.text)));
        let after_preposition = m.tok_start > 0 && {
            let k = input.keys[m.tok_start - 1].as_str();
            PREPOSITIONS.contains(&k) || NP_END.contains(&k)
        };
        if m.prepositional || after_preposition || apposed {
            prepositional_end = Some(m.tok_end);
            continue;
        }
        return Some(m.tok_start);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn country_of(text: &str, quote_start: &str) -> Option<String> {
        let q = quotes(text);
        q.iter().find(|q| q.text.starts_with(quote_start)).unwrap_or_else(|| panic!("{q:?}")).speaker.as_ref().and_then(|s| s.country.clone())
    }

    #[test]
    fn the_latter_is_the_last_named() {
        let t = "أعلن الرئيس الفرنسي إيمانويل ماكرون أنه أقنع نظيره الأمريكي دونالد ترامب بالبقاء في سوريا، وذلك بعد أن أعلن الأخير أنه ينوي سحب قوات بلاده.";
        assert_eq!(country_of(t, "ينوي سحب").as_deref(), Some("USA"));
    }

    #[test]
    fn the_latter_is_not_its_sentences_subject() {
        let t = "وخلال لقائه بالرئيس الفرنسي، إيمانويل ماكرون، في البيت الأبيض، تحدث ترامب عن \"ترك بصمة قوية\" في سوريا لدى انسحاب قواته، بينما رأى الأخير أنه لا يجب ترك مجال للنفوذ الإيراني بسوريا.";
        assert_eq!(country_of(t, "لا يجب ترك").as_deref(), Some("FRA"));
    }

    #[test]
    fn the_feminine_latter_is_a_state() {
        let t = "وتصاعدت حدة التوتر خلال الأيام الأخيرة بين العراق وتركيا، بعد أن قالت الأخيرة إنها تسعى إلى إطلاق عملية عسكرية في شمال العراق.";
        assert_eq!(country_of(t, "تسعى إلى").as_deref(), Some("TUR"));
    }
}
