//! A meeting or visit noun with a possessive pronoun that opens its sentence as a frame of
//! time (وخلال لقائه بالرئيس الفرنسي، تحدث ترامب …؛ وبعد زيارته إلى غانا، يبدي الرئيس
//! الفرنسي …) points forward: its pronoun is the subject of the clause after the comma, the
//! one who met or visited, not a party of the sentence before. That subject is the first
//! mention right after the clause's verb, agreeing with the pronoun.

use super::args::{agrees, bare, is_comma, list_from, mention_starting, pronoun_on, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// Prepositions of time that open such a frame (keys, after a conjunction).
const FRAME: &[&str] = &["خلال", "اثناء", "عقب", "بعد", "قبيل", "قبل", "اثر", "لدي"];

/// The subject of the main clause after a frame opened by the noun at `i` (the sentence's
/// second token, after a preposition of time), if it is named right after its verb.
pub(super) fn main_subject(ctx: &Context, input: &Input, i: usize, (s0, s1): (usize, usize)) -> Option<Vec<Arg>> {
    if i != s0 + 1 || !FRAME.contains(&bare(&input.keys[s0])) {
        return None;
    }
    let p = pronoun_on(input, i)?;
    // The frame ends at its first comma, within twelve words.
    let comma = (i + 1..(i + 13).min(s1)).find(|&k| is_comma(input, k))?;
    let verb = comma + 1;
    if verb + 1 >= s1 || input.tokens[verb].kind != TokenKind::Arabic || ctx.in_mention(verb) {
        return None;
    }
    let m = mention_starting(ctx, input, verb + 1).filter(|&m| !input.mentions[m].prepositional && agrees(input, &input.mentions[m], p))?;
    Some(list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn the_frames_pronoun_is_the_main_clauses_subject() {
        let t = "وكان الرئيس العراقي في بغداد. وخلال لقائه بالرئيس الفرنسي في البيت الأبيض، تحدث الرئيس الأمريكي عن الانسحاب من سوريا.";
        let found = events(t);
        assert!(
            found.iter().any(|e| e.kind == "CONSULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("USA")) && e.recipients.iter().any(|r| r.country.as_deref() == Some("FRA"))),
            "{found:?}"
        );
        assert!(!found.iter().any(|e| e.kind == "CONSULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("IRQ"))), "{found:?}");
    }
}
