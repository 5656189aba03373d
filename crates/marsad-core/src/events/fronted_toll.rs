//! A count of people before a verb of killing or abduction that has no object after it
//! is the toll told in the unvowelled passive: `إن 10 أشخاص على الأقل قتلوا، وأصيب 37
//! آخرون`، `أن ثمانية أشخاص قتلوا السبت في أعمال عنف`، `8 عمال اختطفوا يوم الاثنين`. The
//! counted are the victims, not the killers. `args` reads the subject before a verb this
//! way only when a preposition or the sentence's end follows the verb; a comma, a day or
//! a conjunction (`بينما أصيب`) was read as the place an object might still come, and the
//! count became the actor.

use super::args::{bare, is_comma, is_preposition, is_quote_mark, Context, Request, TIME_WORDS};
use super::{counted_at, Input};
use marsad_lexicon::events::Slot;
use marsad_text::token::TokenKind;

/// Lemmas whose object is a person: killed or abducted, the counted undergo it.
const VERBS: &[&str] = &["قتل", "اغتال", "خطف", "اختطف"];

/// Words that open the next clause or a cause, never an object (`قتلوا بينما أصيب`،
/// `قتلوا جراء القصف`).
const CLAUSE_OPENERS: &[&str] = &["بينما", "فيما", "حين", "عندما", "حيث", "جراء", "اثر", "بسبب", "نتيجه", "اثناء", "وسط", "لدي"];

/// Are the `subjects` (mention indices before the verb) counted people who undergo the
/// verb, no object following it from `next`?
pub(super) fn victims(ctx: &Context, input: &Input, req: &Request, slots: &[Slot], subjects: &[usize], next: usize) -> bool {
    if !VERBS.contains(&req.trigger.lemma.as_str()) || !req.trigger.then.is_empty() || req.enclitic || req.first_person || !slots.contains(&Slot::Object) {
        return false;
    }
    if subjects.is_empty() || !subjects.iter().all(|&m| counted_at(input, input.mentions[m].tok_start, req.s1)) {
        return false;
    }
    // Past commas and days (قتلوا، يوم الخميس، فقط).
    let mut j = next;
    while j < req.s1 && (is_comma(input, j) || !ctx.in_mention(j) && TIME_WORDS.contains(&bare(&input.keys[j])) || input.keys[j] == "يوم") {
        j += 1;
    }
    if j >= req.s1 {
        return true;
    }
    let key = input.keys[j].as_str();
    match input.tokens[j].kind {
        TokenKind::Punct => !is_quote_mark(input, j),
        TokenKind::Arabic if ctx.in_mention(j) || counted_at(input, j, req.s1) => false,
        // (A word with و opens the next clause: وأصيب 37 آخرون.)
        TokenKind::Arabic => is_preposition(key) || CLAUSE_OPENERS.contains(&key) || bare(key) != key,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_count_before_the_verb_with_no_object_is_the_victims() {
        for (t, victims) in [
            ("وقالت الوزارة إن 12 فلسطينيا على الأقل قتلوا، وأصيب 40 آخرون.", "PSE"),
            ("وقالت المصادر إن 8 عمال أتراك اختطفوا يوم الاثنين بينما كانوا في الطريق.", "TUR"),
        ] {
            let s = sides(t, "ASSAULT");
            assert!(!s.is_empty() && s.iter().all(|(a, r)| a.is_none() && r.as_deref() == Some(victims)), "{t}: {s:?}");
        }
    }

    #[test]
    fn a_count_with_an_object_after_its_verb_kills() {
        // The object after a day set off by commas, or right after the verb.
        for t in ["وقال إن 3 مسلحين سوريين قتلوا، الأحد، خمسة جنود أتراك.", "وقال إن 3 مسلحين سوريين قتلوا خمسة جنود أتراك."] {
            let s = sides(t, "ASSAULT");
            assert!(s.iter().any(|(a, _)| a.as_deref() == Some("SYR")), "{t}: {s:?}");
        }
    }
}
