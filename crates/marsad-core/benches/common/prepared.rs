//! What `mentions::find_in` reads of each article (its tokens, their keys, its
//! paragraphs), made before any timing starts so the text layer is not measured with it.
//! Shared by `benches/analyze.rs` and `examples/icache.rs`.

use marsad_core::mentions;
use marsad_text::{sentence, token};

/// One article's text layer, as the mention layer takes it.
pub struct Prepared<'t> {
    pub text: &'t str,
    pub tokens: Vec<token::Token>,
    pub keys: Vec<String>,
    pub paragraphs: Vec<(usize, usize)>,
}

impl Prepared<'_> {
    pub fn doc(&self) -> mentions::Doc<'_> {
        mentions::Doc { text: self.text, tokens: &self.tokens, paragraphs: &self.paragraphs }
    }
}

pub fn prepare(texts: &[String]) -> Vec<Prepared<'_>> {
    texts
        .iter()
        .map(|text| {
            let tokens = token::tokenize(text);
            let keys = mentions::token_keys(text, &tokens);
            Prepared { text, tokens, keys, paragraphs: sentence::paragraphs(text) }
        })
        .collect()
}
