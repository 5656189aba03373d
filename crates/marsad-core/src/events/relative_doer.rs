//! A noun named again by the relative clause of its doing after it, the verb carrying the
//! head's pronoun (`المساعدات التي تقدمها بريطانيا`، `الرسوم التي فرضتها الولايات
//! المتحدة`، `الحصار الخانق الذي تفرضه إسرائيل`): the verb's subject, right after it, does
//! the deed the noun names. The shape `relative_giver` and `relative_imposer` share; each
//! says which verbs and which nouns, and where the other party stands.

use super::args::{self, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// How many adjectives may stand between the noun and the relative pronoun (`الحصار الخانق
/// الذي`، `المساعدات الإنسانية والغذائية التي`).
const ADJECTIVES: usize = 2;

/// Is `key` a perfect or imperfect verb whose stem `fits`, with the head's pronoun on it
/// (تقدمها، يفرضه، قدمتها، فرضته، فرضوها)?
pub(super) fn takes_head_pronoun(key: &str, fits: impl Fn(&str) -> bool) -> bool {
    let Some(stem) = key.strip_suffix("ها").or_else(|| key.strip_suffix('ه')) else { return false };
    // (The perfect's feminine ت and the plural و before the pronoun: قدمتها، فرضوها.)
    let stem = stem.strip_suffix('ت').or_else(|| stem.strip_suffix('و')).filter(|s| fits(s)).unwrap_or(stem);
    let stem = stem.strip_prefix(['ي', 'ت', 'ن']).filter(|s| fits(s)).unwrap_or(stem);
    fits(stem)
}

/// The doers of the noun ending before token `end` (the relative verb's subject, with its
/// list) and the token after them, when up to two definite adjectives, `الذي/التي` and a
/// verb of `verb_fits` with the head's pronoun follow the noun, and a party the verb.
pub(super) fn doers(ctx: &Context, input: &Input, end: usize, s1: usize, verb_fits: impl Fn(&str) -> bool) -> Option<(Vec<Arg>, usize)> {
    let definite_word = |k: usize| !ctx.in_mention(k) && input.tokens[k].kind == TokenKind::Arabic && args::bare(&input.keys[k]).starts_with("ال");
    let rel = (end..(end + ADJECTIVES + 1).min(s1)).find(|&k| matches!(input.keys[k].as_str(), "الذي" | "التي"))?;
    if !(end..rel).all(definite_word) || rel + 2 >= s1 || !takes_head_pronoun(&input.keys[rel + 1], verb_fits) || ctx.in_mention(rel + 1) {
        return None;
    }
    let doer = args::mention_starting(ctx, input, rel + 2).filter(|&m| !input.mentions[m].prepositional)?;
    let doers = args::listed_with(ctx, input, Arg::from_mention(&input.mentions[doer], input.home), s1, |_| true);
    let after = doers.last().map_or(rel + 2, |g| g.tok_end);
    Some((doers, after))
}
