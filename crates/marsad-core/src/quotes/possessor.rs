//! A bare role noun right before a person's name is a construct, not an apposition:
//! محامي ترمب is Trump's lawyer, مستشار بوتين Putin's adviser. The speaker is the one
//! the noun names, not the named person: no entity (the possessor's code stands, as the
//! nearest guess). An apposition has the article or a complete phrase before the name
//! (المحامي مايكل كوهين، وزير الخارجية جون كيري), and an honorific before a given name
//! (سلطان، شيخ) heads no construct.

use super::{ActorSpan, Input};
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// Honorifics written bare before a given name (سلطان أحمد بن سليم، شيخ …), normalized.
const HONORIFICS: &[&str] = &["سلطان", "شيخ", "سيد", "سيده", "دكتور", "دكتوره", "حاج", "حاجه", "امير", "اميره", "مولاي"];

/// Whether the role mention `m` is one indefinite noun whose possessor is the person `n`
/// right after it.
pub(super) fn owns(input: &Input, m: &ActorSpan, n: &ActorSpan) -> bool {
    let key = input.keys[m.tok_start].as_str();
    if !m.person_noun || HONORIFICS.contains(&key.strip_prefix('و').unwrap_or(key)) {
        return false;
    }
    // (والد، والدة: a parent, not و + the article.)
    let definite = key_is_definite(key) && !key.starts_with("والد");
    let construct = m.tok_end == m.tok_start + 1 && n.tok_start == m.tok_end && input.tokens[m.tok_start].kind == TokenKind::Arabic && !definite;
    // The name must open the person's span (not رئيس + هذه اللجنة باولو بينيرو), and the
    // noun must not be a word of that person's name written in full elsewhere (الباجي
    // قائد السبسي, later قائد السبسي).
    let name_first = n.name.is_none_or(|(a, _)| a == n.tok_start);
    construct && name_first && !in_full_name(input, key, n)
}

/// Whether `key` is a word inside a mention of the same person as `n`.
fn in_full_name(input: &Input, key: &str, n: &ActorSpan) -> bool {
    let Some(id) = n.entity_id else { return false };
    input.mentions.iter().filter(|p| p.entity_id == Some(id)).any(|p| input.keys[p.tok_start..p.tok_end].iter().any(|k| k == key))
}

