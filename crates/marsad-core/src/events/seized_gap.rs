//! Where the place of a seizure of territory is when it does not follow the trigger
//! right away (`events/seized_place.rs` reads it there):
//!
//! - past adjuncts before its على: a manner adverb (سيطرت قوات النظام بالكامل على مدينة
//!   دوما، بشكل كامل), a day or a year set off or not by commas (سيطرت قوات الجيش، الخميس،
//!   على مركز مديرية موزع؛ الذي سيطر في العام 2015 على)، or the backing the takers had
//!   (سيطرت قوات الاتحاد الوطني الكردستاني، بدعم من إيران على مدينة حلبجة). News sets
//!   these between the verb (or its subject) and the place taken; without reading past
//!   them the seizure had no recipient.
//! - before the trigger, as the antecedent of a relative whose على carries its pronoun
//!   (ميناء الحديدة الذي سيطر عليه الحوثيون، عفرين التي سيطرت عليها تركيا).

use super::args::{bare, is_comma, is_trigger, place_party, Context, TIME_WORDS};
use super::Input;
use marsad_text::token::TokenKind;

/// Manner adverbs of a complete or partial take-over (keys).
const MANNER: &[&str] = &["بالكامل", "كامل", "تام", "كلي", "تماما", "كليا", "نهائيا", "الكامله", "التامه", "بشكل"];

/// Nouns of backing that open a phrase of who backed the takers (keys, with their ب).
const BACKING: &[&str] = &["بدعم", "باسناد", "بمسانده", "بغطاء", "بمشاركه", "بمؤازره", "بتغطيه"];

/// How many tokens the adjuncts may span before على.
const MAX_GAP: usize = 12;

/// The على of a place seized past the adjuncts from `from` on (see the module), or `from`
/// when anything else stands first. Only words of the adjuncts, commas, numbers, and
/// inside a backing phrase also its parties, may stand between: another trigger, a full
/// stop or an unknown word ends the search.
pub(super) fn ala_past_adjuncts(ctx: &Context, input: &Input, from: usize, s1: usize) -> usize {
    let mut j = from;
    let mut backing = false;
    while j < s1 && j < from + MAX_GAP {
        let key = bare(&input.keys[j]);
        let kind = input.tokens[j].kind;
        if key == "علي" && kind == TokenKind::Arabic {
            return j;
        }
        let adjunct = match kind {
            TokenKind::Punct => is_comma(input, j),
            TokenKind::Number => true,
            // (The backing noun is a trigger of its own: بدعم من إيران.)
            TokenKind::Arabic if !ctx.in_mention(j) && BACKING.contains(&key) => {
                backing = true;
                true
            }
            TokenKind::Arabic if is_trigger(input, j) => false,
            TokenKind::Arabic if ctx.in_mention(j) => backing,
            TokenKind::Arabic => {
                backing
                    || MANNER.contains(&key)
                    || TIME_WORDS.contains(&key)
                    // في العام 2015، عام 2014: a year.
                    || matches!(key, "العام" | "عام" | "في") && j + 1 < s1 && (input.tokens[j + 1].kind == TokenKind::Number || matches!(bare(&input.keys[j + 1]), "العام" | "عام"))
            }
            _ => false,
        };
        if !adjunct {
            return from;
        }
        j += 1;
    }
    from
}

/// The first token of the place a relative clause's seizure took, before the relative
/// pronoun right before the trigger at `first`, when the trigger's على carries its pronoun
/// (ميناء الحديدة الذي سيطر عليه الحوثيون). `None` without that shape or a place there.
pub(super) fn relative_antecedent(input: &Input, first: usize, last: usize, s0: usize, s1: usize) -> Option<usize> {
    if last + 1 >= s1 || !matches!(bare(&input.keys[last + 1]), "عليه" | "عليها" | "عليهما" | "عليهم") {
        return None;
    }
    let rel = first.checked_sub(1).filter(|&r| r >= s0 && matches!(bare(&input.keys[r]), "الذي" | "التي" | "اللذين" | "اللتين"))?;
    // (One comma may set the relative off: صنعاء، التي سيطر عليها الحوثيون.)
    let mut k = rel.checked_sub(1).filter(|&k| k >= s0)?;
    if is_comma(input, k) {
        k = k.checked_sub(1).filter(|&k| k >= s0)?;
    }
    // (Places are no mentions: the longest place name ending there, of up to three words.)
    (k.saturating_sub(2).max(s0)..=k).find(|&st| place_party(input, st, s1).is_some_and(|p| p.tok_end == k + 1))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The recipients' countries of the COERCE events of `t`.
    fn seized(t: &str) -> Vec<Option<String>> {
        events(t).into_iter().filter(|e| e.kind == "COERCE").map(|e| e.recipients.first().and_then(|p| p.country.clone())).collect()
    }

    #[test]
    fn the_place_comes_past_manner_time_and_backing() {
        for t in [
            "وقال مسؤول عسكري روسي إن قوات النظام السوري سيطرت بالكامل على مدينة دوما.",
            "وأعلنت وكالات أنباء أن القوات الحكومية السورية سيطرت بشكل كامل على مدينة دوما.",
            "وسيطرت قوات الجيش اليمني، الثلاثاء، على مدينة الحديدة.",
            "وكان تنظيم داعش قد سيطر في العام 2014 على مدينة الموصل.",
            "وسيطرت القوات اليمنية، بإسناد من التحالف العربي، على مدينة الحديدة.",
        ] {
            assert!(seized(t).iter().any(|r| r.is_some()), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn other_words_before_ala_end_the_search() {
        // A place where, then what was taken: no place seized is read past في.
        let t = "وسيطرت القوات التركية في شمال سوريا على كميات من الأسلحة.";
        assert!(seized(t).iter().all(|r| r.is_none()), "{t}: {:?}", events(t));
    }

    #[test]
    fn the_antecedent_of_a_relative_is_the_place_taken() {
        let t = "وتستعد القوات لبدء معركة استعادة مدينة الحديدة التي سيطر عليها الحوثيون عام 2015.";
        assert!(seized(t).iter().any(|r| r.as_deref() == Some("YEM")), "{t}: {:?}", events(t));
    }
}
