//! Tokens with exact byte spans. (Being written: see the tokenizer task.)

use crate::ByteSpan;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word in Arabic script (letters, with any diacritics and tatweel inside it).
    Arabic,
    /// A word in another script (Latin, Cyrillic, …).
    Word,
    /// A number: 2018, 2.5, 1,000, ٢٫٥.
    Number,
    /// One punctuation character (، ؛ ؟ . ! « » " …).
    Punct,
    /// Anything else that is not white space (symbols, emoji).
    Symbol,
}

/// One token: its byte span in the original text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn span(&self) -> ByteSpan {
        (self.start, self.end)
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Split `text` into tokens. White space is not a token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let _ = text;
    todo!("tokenizer task")
}
