//! A count of people before a verb of killing or abduction that has no object after it
//! is the toll told in the unvowelled passive: `إن 10 أشخاص على الأقل قتلوا، وأصيب 37
//! آخرون`، `أن ثمانية أشخاص قتلوا السبت في أعمال عنف`، `8 عمال اختطفوا يوم الاثنين`. The
//! counted are the victims, not the killers. `args` reads the subject before a verb this
//! way only when a preposition or the sentence's end follows the verb; a comma, a day or
//! a conjunction (`بينما أصيب`) was read as the place an object might still come, and the
//! count became the actor.
//! So are people who only suffer such acts, named uncounted or counted through من
//! (`مدنيين بينهم نساء وأطفال، قتلوا بالقصف`، `خمسة من مقاتلي الحشد قتلوا ليل الأربعاء`),
//! and the verb has no object either when a glued preposition, an adverb or the
//! speaker's closing mark follows it (`قتلوا بغارات`، `قتلوا فقط`، `"قد قتلوا".`); a count
//! after a phrase (`قتلوا بدم بارد 12 شخصا`) is still an object.

use super::args::{bare, is_comma, is_preposition, is_quote_mark, Context, Request, TIME_WORDS};
use super::{counted_at, crowd_at, Input};
use marsad_lexicon::events::Slot;
use marsad_text::token::TokenKind;

/// Lemmas whose object is a person: killed or abducted, the counted undergo it.
const VERBS: &[&str] = &["قتل", "اغتال", "خطف", "اختطف", "اعتقل"];

/// Nouns of people who suffer violence rather than deal it (after و and the article):
/// with no object after the verb they were killed, abducted or arrested, counted or not.
const SUFFERERS: &[&str] = &[
    "مدنيين", "مدنيون", "اطفال", "نساء", "اشخاص", "سكان", "مواطنين", "مواطنون", "متظاهرين", "متظاهرون", "محتجين",
    "محتجون", "مهاجرين", "لاجئين", "ركاب", "ابرياء", "مصلين",
];

/// Adverbs after the verb that stand before no object (`قتلوا فقط`، `قتلوا جميعا`، `حتى الآن`).
const ADVERBS: &[&str] = &["فقط", "جميعا", "جميعهم", "كلهم", "حتي"];

/// Words that open the next clause or a cause, never an object (`قتلوا بينما أصيب`،
/// `قتلوا جراء القصف`).
const CLAUSE_OPENERS: &[&str] = &["بينما", "فيما", "حين", "حينما", "عندما", "بعدما", "حيث", "جراء", "اثر", "بسبب", "نتيجه", "اثناء", "وسط", "لدي"];

/// Are the `subjects` (mention indices before the verb) counted people who undergo the
/// verb, no object following it from `next`?
pub(super) fn victims(ctx: &Context, input: &Input, req: &Request, slots: &[Slot], subjects: &[usize], next: usize) -> bool {
    if !VERBS.contains(&req.trigger.lemma.as_str()) || !req.trigger.then.is_empty() || req.enclitic || req.first_person || !slots.contains(&Slot::Object) {
        return false;
    }
    if !subjects.first().is_some_and(|&m| counted(input, m, req.s1) || sufferers(input, m)) {
        return false;
    }
    // Past commas, days and adverbs (قتلوا، يوم الخميس، فقط).
    let mut j = next;
    while j < req.s1 && (is_comma(input, j) || !ctx.in_mention(j) && (TIME_WORDS.contains(&bare(&input.keys[j])) || ADVERBS.contains(&input.keys[j].as_str())) || input.keys[j] == "يوم") {
        j += 1;
    }
    if j >= req.s1 {
        return true;
    }
    let key = input.keys[j].as_str();
    match input.tokens[j].kind {
        // (A quotation closing on the verb ends its clause: إن "86 شخصا قد قتلوا".)
        TokenKind::Punct if is_quote_mark(input, j) => j + 1 >= req.s1 || input.tokens[j + 1].kind == TokenKind::Punct && !is_quote_mark(input, j + 1),
        TokenKind::Punct => true,
        TokenKind::Arabic if ctx.in_mention(j) || counted_at(input, j, req.s1) => false,
        // (A word with و opens the next clause: وأصيب 37 آخرون.)
        TokenKind::Arabic if is_preposition(key) || CLAUSE_OPENERS.contains(&key) || bare(key) != key => true,
        // A preposition glued to its noun (بغارات، بالرصاص، بينهم), unless a count, the
        // object, comes after its phrase.
        TokenKind::Arabic => key.starts_with('ب') && key.chars().count() > 3 && !super::killed_one::object_after_phrase(input, j + 1, req.s1),
        _ => false,
    }
}

/// Is the party counted, by a number or crowd word opening it or right before it, or
/// through من (`عشرات الجنود`، `خمسة من مقاتلي الحشد`)?
fn counted(input: &Input, m: usize, s1: usize) -> bool {
    let start = input.mentions[m].tok_start;
    crowd_at(input, start, s1) || start > 0 && counted_at(input, start - 1, s1) || start > 1 && input.keys[start - 1] == "من" && crowd_at(input, start - 2, s1)
}

/// Is the party headed by a noun of people who suffer violence (`SUFFERERS`), also after
/// a demonstrative (هؤلاء الأطفال)?
fn sufferers(input: &Input, m: usize) -> bool {
    let mention = &input.mentions[m];
    (mention.tok_start..mention.tok_end.min(mention.tok_start + 2)).any(|k| {
        let key = bare(&input.keys[k]);
        SUFFERERS.contains(&key.strip_prefix("ال").unwrap_or(key))
    })
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
    fn sufferers_before_a_verb_with_no_object_are_the_victims() {
        for (t, victims) in [
            // A glued preposition, an adverb, a closing mark after the verb.
            ("وقالت الوزارة إن 25 فلسطينيا قتلوا بقصف مدفعي على خان يونس.", "PSE"),
            ("وأكدت المنظمة أن سبعة أتراك قتلوا فقط.", "TUR"),
            ("وقال المتحدث إن \"12 عراقيا قد قتلوا\".", "IRQ"),
            // Counted through من, or uncounted sufferers.
            ("وقال المسؤول إن تسعة من الجنود الأفغان قتلوا أمس.", "AFG"),
            // (ليل، ليلة are time words as مساء is.)
            ("وقال المسؤول إن تسعة من الجنود الأفغان قتلوا ليل الأربعاء في الولاية.", "AFG"),
            ("وقالت الوزارة إن المدنيين اليمنيين قتلوا بغارات على صنعاء.", "YEM"),
        ] {
            let s = sides(t, "ASSAULT");
            assert!(!s.is_empty() && s.iter().all(|(a, r)| a.as_deref() != Some(victims) && r.as_deref() == Some(victims)), "{t}: {s:?}");
        }
    }

    #[test]
    fn an_object_after_a_glued_phrase_keeps_the_killer() {
        // A count after the phrase is the object; a party right after the verb too.
        for t in ["وقال إن 4 مسلحين سوريين قتلوا بدم بارد 12 جنديا تركيا.", "وقال إن مدنيين سوريين قتلوا جنديا تركيا."] {
            let s = sides(t, "ASSAULT");
            assert!(s.iter().any(|(a, _)| a.as_deref() == Some("SYR")), "{t}: {s:?}");
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
