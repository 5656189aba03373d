//! Which full stops end a sentence for the quote finder. A dot glued inside a name (a web
//! address, العربية.نت; an acronym, سي.إن.إن، إن.تي.في.; an initial, ميتشل ب. ريس) is no full
//! stop: read as one, it cut a reporting verb off from its إن or colon.

use super::{is_sentence_end, Input};
use marsad_text::token::TokenKind;

/// Is token `j` glued by a dot to a word beside it (إن in سي.إن.إن)? Then it is a letter
/// of an acronym.
pub(super) fn in_dotted_name(input: &Input, j: usize) -> bool {
    let t = &input.tokens;
    let dot = |k: usize| t[k].text(input.text) == ".";
    (j > 0 && dot(j - 1) && t[j - 1].end == t[j].start) || (j + 1 < t.len() && dot(j + 1) && t[j].end == t[j + 1].start && t.get(j + 2).is_some_and(|n| n.start == t[j + 1].end && n.kind != TokenKind::Punct))
}

/// Does token `j` end a sentence? A full stop glued to the word before it and to what
/// follows (لـ"العربية.نت" إن، قناة "إن.تي.في." الروسية:) ends one only where the sentence
/// splitter ended one: a web address or an acronym is part of a name, and treating its dot
/// as a full stop cut the cue off from its clause.
pub(super) fn ends_sentence(input: &Input, j: usize) -> bool {
    let tok = &input.tokens[j];
    // (Words first: most tokens asked are.)
    if tok.kind != TokenKind::Punct {
        return false;
    }
    let t = tok.text(input.text);
    if !is_sentence_end(t) {
        return false;
    }
    let glued_before = j > 0 && input.tokens[j - 1].end == tok.start && input.tokens[j - 1].kind != TokenKind::Punct;
    let spaced_after = input.text[tok.end..].chars().next().is_none_or(char::is_whitespace);
    // (So is the dot of an initial, ميتشل ب. ريس، آر. في شاندرافادان, where the splitter
    // went on: a full stop after a longer word inside marks still ends one here.)
    let initial = glued_before && input.tokens[j - 1].text(input.text).chars().count() <= 2;
    if t != "." || !glued_before || spaced_after && !initial {
        return true;
    }
    let (_, s1) = input.sentence_tokens(j);
    (j + 1..s1).all(|k| input.tokens[k].kind == TokenKind::Punct)
}
