//! A threat told by its step after بـ (هددت روسيا باتخاذ إجراءات مماثلة ضد لندن، هدد ترمب
//! بفرض رسوم على واردات من الصين، توعد الجيش بالرد على القوات التركية): with no one
//! threatened read after the verb, the party the step is aimed at is the one threatened,
//! the first party of another country than the threatener's named in the step. The step
//! ends at its clause: punctuation, a condition (في حال، إذا، ما لم), a time clause or a
//! relative (بشن ضربات في حال توافر أدلة على استخدام السلاح الكيميائي في سوريا names
//! no target). With no party named, a city or region after على or في in the step stands
//! for its state (وهددت تركيا بالهجوم على مدينة منبج → SYR), as an attack's place does.

use super::args::{is_quote_mark, listed_with, mention_starting, state_or_place_at, Arg, Context, TIME_WORDS};
use super::Input;
use marsad_text::token::TokenKind;

/// How many words may stand between the threatener and the step's بـ (a day, أيضا).
const GAP: usize = 3;
/// How far into the step its target may be named (words).
const REACH: usize = 14;

/// Words that end the step's clause: conditions, times, relatives, contrasts.
const CLAUSE_END: &[&str] = &[
    "اذا", "ان", "لو", "ما", "حال", "حاله", "بعد", "عقب", "قبل", "عندما", "حين", "حيث", "لكن", "بينما", "فيما", "اذ", "الذي", "التي", "الذين", "حتي", "كي", "لكي", "مما", "وذلك",
];

/// بـ-words that are no step: adverbs (بالفعل، بقوة، بشدة), بدوره (in turn), بقوله (by saying).
const ADVERBS: &[&str] = &["بالفعل", "بقوه", "بشده", "بدور", "بقول"];

/// Words of time that may stand before the step besides `TIME_WORDS` (في وقت سابق، يوم
/// الأربعاء، قبل عدة أيام، العام الماضي).
const BETWEEN: &[&str] = &["في", "وقت", "سابق", "يوم", "العام", "قبل", "عده", "ايام", "مره", "اخري", "مرارا"];

/// The parties threatened by the step after بـ that starts within a few words of `from`
/// (the end of the verb or of its subject after it); `actors` threaten.
pub(super) fn target(ctx: &Context, input: &Input, actors: &[Arg], from: usize, s1: usize) -> Option<Vec<Arg>> {
    // (A threatener of no country has no "other" party to aim at.)
    if !actors.iter().any(|a| a.country.is_some()) {
        return None;
    }
    let step = step_start(ctx, input, from, s1)?;
    let reach = (step, s1.min(step + REACH));
    other_country_party(ctx, input, actors, reach, s1, (CLAUSE_END, false)).or_else(|| struck_place(ctx, input, actors, reach, s1).map(|p| vec![p]))
}

/// The state of the first city or region of another country than the threateners' right
/// after على or في in `from..to`, before any punctuation or word of `CLAUSE_END`
/// (بالهجوم على مدينة منبج، بشن عملية في عفرين).
fn struck_place(ctx: &Context, input: &Input, actors: &[Arg], (from, to): (usize, usize), s1: usize) -> Option<Arg> {
    for k in from..to {
        let key = super::args::bare(&input.keys[k]);
        if input.tokens[k].kind == TokenKind::Punct || CLAUSE_END.contains(&key) {
            return None;
        }
        if !matches!(key, "علي" | "على" | "في") {
            continue;
        }
        let place = state_or_place_at(ctx, input, k + 1, s1.min(to + 3))?;
        let own = actors.iter().any(|a| a.country.is_some() && a.country == place.country);
        return (place.country.is_some() && !own).then_some(place);
    }
    None
}

/// The first party of another country than every one of `actors`' named in `from..to`,
/// with the parties listed after it up to `s1` (of other countries too), before any
/// punctuation (but quotation marks when `past_quotes`: ستواصل "التحرك" ضد إيران) or word
/// of `stops`.
pub(super) fn other_country_party(ctx: &Context, input: &Input, actors: &[Arg], (from, to): (usize, usize), s1: usize, (stops, past_quotes): (&[&str], bool)) -> Option<Vec<Arg>> {
    let own = |c: &str| actors.iter().any(|a| a.country.as_deref() == Some(c));
    for k in from..to {
        let key = super::args::bare(&input.keys[k]);
        if past_quotes && is_quote_mark(input, k) {
            continue;
        }
        if input.tokens[k].kind == TokenKind::Punct || stops.contains(&key) {
            return None;
        }
        let Some(m) = mention_starting(ctx, input, k) else { continue };
        let m = &input.mentions[m];
        if m.country.as_deref().is_some_and(|c| !own(c)) {
            let first = Arg::from_mention(m, input.home);
            return Some(listed_with(ctx, input, first, s1, |ms| ms.country.as_deref().is_some_and(|c| !own(c))));
        }
    }
    None
}

/// The token after the step's بـ-noun (باتخاذ، بفرض): within `GAP` words of `from`, only
/// words of time or manner between (هدد في وقت سابق بوقف، هددت بالفعل بطرد); not one of
/// the `ADVERBS`, nor بين (تهديدات تركيا توترا بينها: no step).
fn step_start(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<usize> {
    for k in from..s1.min(from + GAP + 1) {
        let key = super::args::bare(&input.keys[k]);
        if input.tokens[k].kind != TokenKind::Arabic || ctx.in_mention(k) {
            return None;
        }
        let adverb = ADVERBS.iter().any(|a| key.starts_with(a));
        if key.starts_with('ب') && key.chars().count() > 3 && !adverb && !key.starts_with("بين") {
            return Some(k + 1);
        }
        if !adverb && !TIME_WORDS.contains(&key) && !BETWEEN.contains(&key) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, recipient_countries};

    #[test]
    fn the_target_of_the_threatened_step_is_threatened() {
        for (text, want) in [
            ("وهددت روسيا باتخاذ إجراءات مماثلة ضد لندن.", "GBR"),
            ("وهدد الرئيس الأمريكي بفرض رسوم جمركية على واردات من الصين.", "CHN"),
            ("وتوعد الجيش التركي بالرد على قوات سوريا الديمقراطية بقوة.", "SYR"),
        ] {
            assert_eq!(recipient_countries(text, "THREATEN"), vec![Some(want.to_string())], "{text}");
        }
    }

    #[test]
    fn a_place_struck_in_the_step_stands_for_its_state() {
        let t = "وهددت تركيا بالهجوم على مدينة منبج الخاضعة لسيطرة المقاتلين الأكراد.";
        assert_eq!(recipient_countries(t, "THREATEN"), vec![Some("SYR".to_string())], "{t}");
        // (A place of the threatener's own country is no target; nor one past a condition.)
        let t = "وهددت تركيا بالرد في إسطنبول.";
        assert_eq!(recipient_countries(t, "THREATEN"), vec![None], "{t}");
        let t = "وهددت فرنسا بشن ضربات إذا ثبت استخدام السلاح الكيميائي في دوما.";
        assert_eq!(recipient_countries(t, "THREATEN"), vec![None], "{t}");
    }

    #[test]
    fn an_event_noun_as_the_step_lends_its_own_party() {
        let t = "وهددت روسيا بالفعل بطرد وسائل الإعلام البريطانية من أراضيها.";
        let kinds: Vec<String> = events(t).into_iter().map(|e| e.kind).collect();
        assert_eq!(kinds, vec!["THREATEN".to_string()], "{t}");
        assert_eq!(recipient_countries(t, "THREATEN"), vec![Some("GBR".to_string())], "{t}");
    }

    #[test]
    fn a_party_past_the_steps_clause_or_of_the_threateners_own_country_is_not() {
        for text in [
            "وهددت فرنسا بشن ضربات في حال ثبت استخدام السلاح الكيميائي في سوريا.",
            "وهدد الرئيس الأمريكي بفرض رسوم على واردات الولايات المتحدة، وقالت الصين إنها سترد.",
            "وأثارت تهديدات روسيا توترا بينها وبين بريطانيا.",
        ] {
            assert_eq!(recipient_countries(text, "THREATEN"), vec![None], "{text}");
        }
    }
}
