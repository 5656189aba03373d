//! A speaker phrase ends where a relative clause on it begins.
//!
//! قال المسؤول الذي التقى وزير الخارجية الروسي إن …; قالت المرأة التي اتهمت رئيس الوزراء
//! الكندي إنها …: the actor named inside the clause is the one the speaker met or accused,
//! not the speaker, who used to take that actor's code. The subject phrase stops before the
//! relative pronoun. Not when the clause's verb carries a pronoun for its head (الوثائق التي
//! نشرتها الصحيفة، التقرير الذي أعده خبراء): the head is the verb's object, and the clause's
//! subject, its author or publisher, is the source.
//!
//! An indefinite head takes its clause without a pronoun (قال مسؤول التقى وزير الخارجية
//! الروسي إن …): a role noun's complement stops at the clause's finite verb (`complement`,
//! with `finite_verb` here). The subject phrase itself is not cut at such a verb: names read
//! as verbs (كوري إيدا، مختار إدان) lost their second word on the corpus.

use super::fronted_subject::RELATIVE_PRONOUNS;
use super::Input;
use marsad_lexicon::events::{Person, Tense};
use marsad_text::token::TokenKind;

/// Object pronouns on the relative clause's verb that take its head back (أعدته، نشرتها).
const RESUMPTIVE: &[&str] = &["ه", "ها", "هم", "هما", "هن"];
/// Prepositions with such a pronoun right after the verb (اطلعت عليها، حصلت عليه، قام به).
const RESUMPTIVE_PREPOSITIONS: &[&str] = &["عليه", "عليها", "عليهم", "به", "بها", "بهم", "فيه", "فيها", "منه", "منها", "عنه", "عنها"];

/// Where the subject phrase `[start, np_end)` ends before a relative pronoun after its head,
/// when one comes before the first actor named in the phrase (`first_mention`, its first
/// token).
pub(super) fn subject_end(input: &Input, start: usize, np_end: usize, first_mention: usize) -> Option<usize> {
    let Input { text, tokens, keys, .. } = *input;
    let upto = first_mention.min(np_end);
    // الذي / التي …: the pronoun, unless the verb after it takes the head back.
    // (Read on the written word: ة is a noun's ending, not the pronoun ه.)
    let takes_head_back = |verb: usize| {
        let written = tokens[verb].text(text);
        RESUMPTIVE.iter().any(|p| written.ends_with(p) && written.chars().count() > p.chars().count() + 2)
            || keys.get(verb + 1).is_some_and(|k| RESUMPTIVE_PREPOSITIONS.contains(&k.as_str()))
    };
    let r = (start + 1..upto).find(|&j| RELATIVE_PRONOUNS.contains(&keys[j].as_str()))?;
    tokens.get(r + 1).filter(|t| t.kind == TokenKind::Arabic)?;
    (!takes_head_back(r + 1)).then_some(r)
}

/// Is `key` a finite verb in the third person (a perfect or imperfect event verb, no
/// article, preposition or pronoun seen through)?
/// (التقى and other verbs of form VIII begin like the article: the lookup tells them apart.)
pub(super) fn finite_verb(input: &Input, key: &str) -> bool {
    let ev = input.lexicon.events();
    ev.lookup(key).is_some_and(|hit| {
        !hit.nominal && !hit.preposition && !hit.enclitic && hit.forms.iter().all(|f| matches!(f.tense, Tense::Perfect | Tense::Imperfect) && f.person == Person::Third)
    })
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{country_of, speaker_of};

    /// The speaker's text and country of the quote starting with `quote_start` in
    /// `sentence`, told in a story about Egypt (so that an unnamed official is Egyptian).
    fn spoken(sentence: &str, quote_start: &str) -> (Option<String>, Option<String>) {
        let t = format!("أعلنت الحكومة المصرية عن جولة محادثات جديدة. وأكدت الحكومة المصرية أهمية الجولة. {sentence}");
        (speaker_of(&t, quote_start), country_of(&t, quote_start))
    }

    #[test]
    fn the_head_of_a_relative_clause_speaks_not_the_actor_inside_it() {
        let (text, country) = spoken("وقال المسؤول الذي التقى وزير الخارجية الروسي إن الاتفاق بات قريبا.", "الاتفاق");
        assert_eq!((text.as_deref(), country.as_deref()), (Some("المسؤول"), Some("EGY")));
        let (_, country) = spoken("وقالت السيدة التي انتقدت الرئيس الفرنسي إنها لن تتراجع عن موقفها.", "لن تتراجع");
        assert_eq!(country.as_deref(), Some("EGY"));
        // (An indefinite role noun's complement ends before its clause's verb.)
        let (text, country) = spoken("وقال مسؤول التقى وزير الخارجية الروسي إن الاتفاق بات قريبا.", "الاتفاق");
        assert_eq!((text.as_deref(), country.as_deref()), (Some("مسؤول"), Some("EGY")));
        // (A name that reads as a verb keeps its words.)
        let (text, _) = spoken("وقال مختار إدان إن الاتفاق بات قريبا.", "الاتفاق");
        assert_eq!(text.as_deref(), Some("مختار إدان"));
    }

    #[test]
    fn a_document_taken_back_by_its_verb_speaks_for_its_author() {
        let (_, country) = spoken("وذكرت الوثائق التي نشرتها وزارة الخارجية الروسية أن المحادثات ستستمر أسبوعا.", "المحادثات");
        assert_eq!(country.as_deref(), Some("RUS"));
        let (_, country) = spoken("وتشير الدراسة التي قام بها معهد روسي للأبحاث إلى أن المحادثات ستستمر أسبوعا.", "المحادثات");
        assert_eq!(country.as_deref(), Some("RUS"));
    }
}
