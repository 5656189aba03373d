//! A role phrase, then where the role is held, then the person's name (مندوب الكويت
//! الدائم لدى الأمم المتحدة السفير منصور العتيبي; السفير الأميركي لدى إسرائيل ديفيد
//! فريدمان): the named person speaks. The post (لدى/في + the body or place) stands
//! between the role phrase and the name, so the name is not right after the role phrase,
//! where `apposed_name` looks for it.

use super::{in_mention_at, is_comma, ActorSpan, Input};
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// The prepositions of a post: "to" a body or state (لدى), "in" a place (في).
const POST: &[&str] = &["لدي", "في"];

/// The person named after the post that follows a role phrase ending at token `end`,
/// when that person's country agrees with the role phrase's (`country`).
pub(super) fn person<'m>(input: &Input<'m>, end: usize, country: Option<&str>) -> Option<&'m ActorSpan<'m>> {
    let (tokens, keys) = (input.tokens, input.keys);
    let plain_definite = |j: usize| {
        tokens.get(j).is_some_and(|t| t.kind == TokenKind::Arabic)
            && keys[j].starts_with("ال")
            && !in_mention_at(input.mentions, j)
            && input.lexicon.cue(&keys[j]).is_none()
    };
    let mut j = end;
    // One adjective of the role (الدائم) may come before the post.
    if plain_definite(j) {
        j += 1;
    }
    if !keys.get(j).is_some_and(|k| POST.contains(&k.as_str())) {
        return None;
    }
    j += 1;
    // Where: a body, state or place named (الأمم المتحدة، إسرائيل), or up to two plain
    // definite words (في الجنوب).
    let at = input.mentions.partition_point(|m| m.tok_start < j);
    match input.mentions.get(at).filter(|m| m.tok_start == j) {
        Some(place) if !place.names_one_person() => j = place.tok_end,
        Some(_) => return None,
        None => {
            let words = (j..j + 2).take_while(|&k| plain_definite(k)).count();
            if words == 0 {
                return None;
            }
            j += words;
        }
    }
    if tokens.get(j).is_some_and(|t| is_comma(t.text(input.text))) {
        j += 1;
    }
    let n = input.mentions.get(input.mentions.partition_point(|m| m.tok_start < j)).filter(|n| n.tok_start == j)?;
    let person = matches!(n.kind, Kind::Person | Kind::PersonShort) || n.name.is_some();
    let agrees = country.is_none() || n.country.is_none() || n.country.as_deref() == country;
    (person && n.entity.is_some() && agrees).then_some(n)
}
