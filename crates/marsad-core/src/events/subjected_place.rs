//! Who undergoes an attack when no actor mention stands beside `تعرض لـ` (`undergone.rs`):
//! a relative clause's head (`جون ماكين الذي تعرض للتعذيب`، `منطقة عفرين السورية التي
//! تتعرض لغارات`، `من مدينة دوما، التي تعرضت لهجوم`), or a place that is the verb's subject
//! (`مدينة حمورية تتعرض لقصف`، `تعرضت بلدة دوما لهجوم`). A place is no actor mention, yet
//! the labels code the state where an attack happens as its recipient (`+location`), and a
//! place that "was subjected to shelling" is where it happened. News writes the besieged
//! town so (`الغوطة الشرقية المحاصرة التي تتعرض للقصف`).

use super::args::{self, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// Relative pronouns (keys) that open the clause whose verb is `تعرض`.
const RELATIVES: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين"];
/// How many words before the relative (or the verb) a place's first word may stand.
const PLACE_REACH: usize = 5;
/// How many adjectives (definite words: السورية، المحاصرة) may follow the place's name
/// before the relative (`منطقة عفرين السورية التي`).
const MAX_ADJECTIVES: usize = 2;

/// The sufferer of `تعرض` at `verb` whose event noun is at `noun`, in a sentence opening
/// at `s0`, when `args::subject_beside_verb` found no mention: a mention heading a relative
/// clause, else a place before the verb or its relative, else a place right after the verb.
pub(super) fn sufferer(ctx: &Context, input: &Input, verb: usize, noun: usize, s0: usize) -> Option<Arg> {
    let relative = verb > s0 && RELATIVES.contains(&input.keys[verb - 1].as_str());
    // The end of the subject's phrase: the relative and a comma before it are not in it.
    let mut end = if relative { verb - 1 } else { verb };
    if relative && end > s0 && args::is_comma(input, end - 1) {
        end -= 1;
    }
    if relative {
        if let Some(m) = ctx.mention_of(end.checked_sub(1)?).filter(|&m| input.mentions[m].tok_end == end && input.mentions[m].tok_start >= s0) {
            let mention = &input.mentions[m];
            return (!mention.prepositional).then(|| Arg::from_mention(mention, input.home));
        }
    }
    // A place undergoes attacks only (`تعرضت دوما الخاضعة لسيطرة المعارضة`: the control is
    // not done to it).
    if !args::form_at(input, noun, |t, _| t.event.as_deref() == Some("ASSAULT")) {
        return None;
    }
    place_before(ctx, input, end, s0, relative).or_else(|| place_after(ctx, input, verb, noun))
}

/// A place whose name ends at `end` or before at most [`MAX_ADJECTIVES`] definite words.
/// With no relative, the place is the subject only when no preposition governs it (`في
/// عفرين تتعرض` is no sentence news writes; `قتل في عفرين` is a scene).
fn place_before(ctx: &Context, input: &Input, end: usize, s0: usize, relative: bool) -> Option<Arg> {
    let lo = end.saturating_sub(PLACE_REACH).max(s0);
    for j in (lo..end).rev() {
        if input.tokens[j].kind == TokenKind::Punct || ctx.in_mention(j) && !relative {
            return None;
        }
        let Some(place) = args::state_or_place_at(ctx, input, j, end) else { continue };
        let between = place.tok_end..end;
        let adjectives = between.len() <= MAX_ADJECTIVES && between.clone().all(|k| input.tokens[k].kind == TokenKind::Arabic && input.keys[k].starts_with("ال") && !ctx.in_mention(k));
        if !adjectives {
            return None;
        }
        let governed = j > s0 && args::is_preposition(&input.keys[j - 1]);
        // (A region of "the country" before a relative is often an aside, `إخوانهم، شمالي
        // البلاد، الذين`: only a named place.)
        return (place.entity.is_some() && (relative || !governed)).then_some(place);
    }
    None
}

/// A place right after the verb, before its noun (`تعرضت مدينة دوما لهجوم`).
fn place_after(ctx: &Context, input: &Input, verb: usize, noun: usize) -> Option<Arg> {
    args::state_or_place_at(ctx, input, verb + 1, noun).filter(|p| p.tok_end <= noun)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// (actor country, recipient country) of the ASSAULT events of `t`.
    fn attacks(t: &str) -> Vec<(Option<String>, Option<String>)> {
        events(t)
            .into_iter()
            .filter(|e| e.kind == "ASSAULT")
            .map(|e| (e.actors.first().and_then(|p| p.country.clone()), e.recipients.first().and_then(|p| p.country.clone())))
            .collect()
    }

    fn some(c: &str) -> Option<String> {
        Some(c.to_string())
    }

    #[test]
    fn a_place_heading_the_relative_is_the_one_struck() {
        let a = attacks("وقتلت المتطوعة في 15 مارس في عفرين، التي تتعرض للقصف من قبل القوات التركية.");
        assert!(a.contains(&(some("TUR"), some("SYR"))), "{a:?}");
        let a = attacks("ونزح آلاف المدنيين من منطقة عفرين السورية التي تتعرض لغارات تركية.");
        assert!(a.iter().any(|(_, y)| y.as_deref() == Some("SYR")), "{a:?}");
    }

    #[test]
    fn a_place_subject_of_subjected_to_is_the_one_struck() {
        let a = attacks("وقال أحد السكان إن مدينة حمورية تتعرض لقصف جوي ومدفعي مستمر.");
        assert!(a.iter().any(|(_, y)| y.as_deref() == Some("SYR")), "{a:?}");
        let a = attacks("وتعرضت مدينة دوما لهجوم من قبل القوات الحكومية السورية.");
        assert!(a.contains(&(some("SYR"), some("SYR"))), "{a:?}");
    }

    #[test]
    fn a_person_heading_the_relative_is_the_one_struck() {
        let a = attacks("وكان السيناتور الأمريكي جون ماكين، الذي تعرض للتعذيب على يد الجيش الفيتنامي، أسيرا.");
        assert!(a.iter().any(|(_, y)| y.as_deref() == Some("USA")), "{a:?}");
    }

    #[test]
    fn a_place_that_is_no_subject_is_left() {
        // A thing heads the relative, the place is its genitive's (a pipeline of Iraq).
        let a = attacks("وتوقف الضخ في الخط الذي تعرض لهجوم يوم السبت.");
        assert!(a.iter().all(|(_, y)| y.is_none()), "{a:?}");
        // A region of "the country" in an aside before the relative is not read.
        let a = attacks("ذهب الأكراد ليساعدوا إخوانهم، شمالي البلاد، الذين يتعرضون لهجوم من تركيا.");
        assert!(a.iter().all(|(_, y)| y.is_none()), "{a:?}");
    }

    #[test]
    fn a_place_is_subjected_to_attacks_only() {
        let e = crate::events::tests::events("تعرضت دوما الخاضعة لسيطرة المعارضة السورية إلى غارات جوية جديدة السبت.");
        assert!(!e.iter().any(|e| e.kind == "COERCE" && e.recipients.first().and_then(|p| p.country.as_deref()) == Some("SYR")), "{e:?}");
    }
}
