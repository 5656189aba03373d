//! A participle's speaker after a phrase fronted before the main clause.
//!
//! وفي مؤتمر صحفي مع نظيره الفرنسي، هاجم وزير الخارجية الروسي واشنطن قائلا إن …; بعد
//! حادثة مقتل الفتاة واتهام شاب بقتلها، هاجمت وسائل الإعلام المحلية الشرطة قائلة إنها …:
//! the sentence opens with a prepositional or temporal phrase set off by a comma, and the
//! participle goes on with the main clause after the comma. Its subject speaks, not a word
//! inside the fronted phrase that the sentence's first mention would be (صحفي، الفتاة).
//! Only when a verb opens the main clause and a mention follows it as its subject; a
//! fronted clause with its own verb (بعد أن التقى الرئيس …، أكد …) is left alone.

use super::fronted_subject::RELATIVE_PRONOUNS;
use super::{is_comma, is_complementizer, sentence_subject, Input, PREPOSITIONS};
use marsad_lexicon::CueKind;
use crate::mentions::ActorSpan;
use marsad_text::token::TokenKind;

/// Prepositions and temporal words (keys, without و) that open a fronted phrase.
const FRONTING: &[&str] = &["في", "بعد", "عقب", "اثر", "خلال", "قبل", "مع", "امام", "علي", "لدي", "وسط", "ازاء"];

/// Words between the verb and its subject: a partitive or an approximation (تجمع نحو ألفي
/// فلسطيني، هاجمت بعض وسائل الإعلام).
const BEFORE_SUBJECT: &[&str] = &["بعض", "نحو", "قرابه", "حوالي"];

/// The longest fronted phrase read, in tokens.
const MAX_PHRASE: usize = 16;

/// The subject of the main clause when the sentence starting at `s0` opens with a fronted
/// phrase closed by a comma before the participle at `cue`: a mention right after the verb
/// that follows the comma (after a title or a partitive, بعض، نحو, at most).
pub(super) fn main_clause_subject<'m>(input: &Input<'m>, s0: usize, cue: usize) -> Option<&'m ActorSpan<'m>> {
    let Input { text, tokens, keys, lexicon, .. } = *input;
    let first = keys.get(s0)?;
    let first = first.strip_prefix('و').unwrap_or(first);
    if !FRONTING.contains(&first) || keys.get(s0 + 1).is_some_and(|k| k == "ان" || k == "ما") {
        return None;
    }
    let comma = (s0 + 1..cue.min(s0 + MAX_PHRASE)).find(|&j| tokens[j].kind == TokenKind::Punct && is_comma(tokens[j].text(text)))?;
    // A phrase with a clause of its own is no adverbial: a reported clause (في حين قال إن
    // …،), a reporting verb (وفي هذا السياق ذكر فلان،) or a relative (في الوقت الذي استعد
    // فيه فلان،), whose subject may be the main clause's.
    let verb_cue = |j: usize| tokens[j].kind == TokenKind::Arabic && lexicon.cue(&keys[j]).is_some_and(|c| c.kind == CueKind::Verb);
    if (s0..comma).any(|j| is_complementizer(&keys[j]) || RELATIVE_PRONOUNS.contains(&keys[j].as_str()) || verb_cue(j)) {
        return None;
    }
    // A verb after the comma: an Arabic word with no article and no mention on it, and
    // the subject right after it, not a preposition's object (انتقلت إلى ألمانيا) nor the
    // verb's object after a dropped subject (أوجزت سياسة فرنسا).
    let verb = comma + 1;
    let word = |j: usize| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Arabic);
    let on_verb = input.mentions.iter().any(|m| m.tok_start <= verb && verb < m.tok_end);
    if !word(verb) || !word(verb + 1) || keys[verb].starts_with("ال") || on_verb || verb + 1 >= cue || PREPOSITIONS.contains(&keys[verb + 1].as_str()) {
        return None;
    }
    let between = |k: &str| BEFORE_SUBJECT.contains(&k) || crate::mentions::TITLES.contains(&k);
    sentence_subject(input, verb + 1, cue).filter(|m| m.tok_start == verb + 1 || m.tok_start == verb + 2 && between(&keys[verb + 1]))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{country_of, speaker_of};

    #[test]
    fn the_main_clauses_subject_speaks_not_a_word_in_the_fronted_phrase() {
        let t = "وفي مؤتمر صحفي مع نظيره الفرنسي، هاجم وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة قائلا إنها تعرقل أي تسوية.";
        assert_eq!(speaker_of(t, "تعرقل").as_deref(), Some("وزير الخارجية الروسي سيرغي لافروف"));
        let t = "بعد مقتل المواطن الألماني في مدينة كيمنتس، انتقدت وسائل إعلام فرنسية الحكومة الألمانية قائلة إنها تأخرت في الرد.";
        assert_eq!(country_of(t, "تأخرت").as_deref(), Some("FRA"));
    }

    #[test]
    fn no_object_after_the_verb_speaks() {
        // (A preposition's object, or the object of a verb whose subject is dropped.)
        let t = "أعلنت الوزيرة الفرنسية فلورنس بارلي خطة جديدة. وفي عام 1990، انتقلت إلى ألمانيا مؤكدة أن القرار كان صائبا.";
        assert_eq!(country_of(t, "القرار").as_deref(), Some("FRA"));
        let t = "تحدثت الوزيرة الفرنسية فلورنس بارلي أمام البرلمان. وخلال كلمتها، انتقدت سياسة روسيا واصفة إياها بأنها خطيرة.";
        assert_eq!(country_of(t, "خطيرة").as_deref(), Some("FRA"));
    }

    #[test]
    fn a_fronted_clause_with_its_own_verb_is_left_alone() {
        // (A reporting verb before the comma: ذكر فلان، …)
        let t = "وفي هذا السياق ذكر النائب الأمريكي آدم كينزنغر، دور إيران في المنطقة قائلا إن طهران تمول الجماعات المسلحة.";
        assert_eq!(country_of(t, "طهران").as_deref(), Some("USA"));
    }
}
