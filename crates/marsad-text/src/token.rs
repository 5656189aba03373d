//! Tokens with exact byte spans.
//!
//! [`tokenize`] (or the lazy [`Tokens`] iterator) splits a text into tokens without
//! rewriting it: every token is a byte range of the original on char boundaries.
//!
//! # Rules
//!
//! - **White space** (`char::is_whitespace`) is never part of a token.
//! - **Invisible format controls** (zero-width space/joiner/non-joiner, bidi marks and
//!   embeddings, word joiner, BOM, Arabic letter mark, soft hyphen) are kept *inside* a
//!   token when the token goes on after them (`سو\u{200C}ريا` is one word), and skipped
//!   otherwise: a token never starts or ends with one.
//! - **Arabic words** ([`TokenKind::Arabic`]): a run of Arabic-script letters (presentation
//!   forms included) with any harakat, Quranic marks and tatweel inside or at the end.
//! - **Other words** ([`TokenKind::Word`]): a run of letters of any other script, with
//!   digits after the first letter (`G20`, `mp3`) and an apostrophe between two letters
//!   (`don't`, `Qur'an`). A change of script ends a word: `CNNبالعربية` is two tokens.
//! - **Numbers** ([`TokenKind::Number`]): digits of any script (`2018`, `٢٠١٨`, `۱۳۹۷`),
//!   with `.` `,` `٫` `٬` kept when a digit is on both sides (`2.5`, `1,000`, `٢٫٥`). Signs
//!   and `%`/`٪` are separate tokens.
//! - **Punctuation** ([`TokenKind::Punct`]): one token per character (`،` `؛` `؟` `.` `!`
//!   `…` `«` `»` `"` `“` `”` `'` `(` `)` `[` `]` `:` `-` `_` `#` `%` …). A run of stray
//!   tatweel (used as a dash: `بيروت ـ`) is one punctuation token.
//! - **Symbols** ([`TokenKind::Symbol`]): everything else (`$` `+` `=` `©`, emoji, control
//!   characters such as NUL). An emoji keeps its modifiers, variation selectors and
//!   ZWJ-joined parts (`👩‍💻`); two regional indicators make one flag.
//! - **Combining marks** stay with the character they follow (a token never splits a
//!   grapheme); a mark with nothing before it is a symbol token of its own.
//!
//! Punctuation and symbol classes follow Unicode general categories for ASCII, Latin-1,
//! Arabic and the General Punctuation block; elsewhere they are approximated.

use crate::normalize::is_ignorable;
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
///
/// ```
/// use marsad_text::token::{tokenize, TokenKind};
/// let text = "بلغ النمو ٢٫٥٪.";
/// let toks: Vec<_> = tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect();
/// assert_eq!(toks, [
///     ("بلغ", TokenKind::Arabic), ("النمو", TokenKind::Arabic),
///     ("٢٫٥", TokenKind::Number), ("٪", TokenKind::Punct), (".", TokenKind::Punct),
/// ]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    // Arabic news averages ~7 bytes a token; a slight over-estimate avoids regrowth.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    out.extend(Tokens::new(text));
    out
}

/// A lazy iterator over the tokens of a text (what [`tokenize`] collects).
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Tokens<'a> {
        Tokens { text, pos: 0 }
    }

    /// The text being tokenized.
    pub fn text(&self) -> &'a str {
        self.text
    }
}

/// Character classes, as the tokenizer and the sentence splitter see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cl {
    /// `char::is_whitespace`.
    Space,
    /// Invisible format control (ZWJ, ZWNJ, bidi marks, BOM, soft hyphen).
    Control,
    /// Combining mark: harakat, Quranic marks, Latin combining marks, variation selectors,
    /// emoji modifiers.
    Mark,
    /// U+0640 ARABIC TATWEEL.
    Tatweel,
    /// A letter of the Arabic script.
    Arabic,
    /// A letter of any other script.
    Letter,
    /// A digit or other numeric character.
    Digit,
    Punct,
    Symbol,
}

const fn ascii_class(b: u8) -> Cl {
    match b {
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => Cl::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Cl::Letter,
        b'0'..=b'9' => Cl::Digit,
        b'!' | b'"' | b'#' | b'%' | b'&' | b'\'' | b'(' | b')' | b'*' | b',' | b'-' | b'.'
        | b'/' | b':' | b';' | b'?' | b'@' | b'[' | b'\\' | b']' | b'_' | b'{' | b'}' => Cl::Punct,
        // $ + < = > ^ ` | ~ and the C0 controls other than white space, DEL.
        _ => Cl::Symbol,
    }
}

/// The Arabic block U+0600–U+06FF, by code point offset.
const fn arabic_block_class(off: u32) -> Cl {
    match off {
        0x00..=0x05 => Cl::Symbol, // number signs (prepended format characters)
        0x06..=0x08 => Cl::Symbol, // math symbols
        0x09..=0x0A => Cl::Punct,  // per mille / per ten thousand
        0x0B => Cl::Symbol,        // afghani sign
        0x0C..=0x0D => Cl::Punct,  // comma, date separator
        0x0E..=0x0F => Cl::Symbol, // poetic verse signs
        0x10..=0x1A => Cl::Mark,
        0x1B => Cl::Punct, // semicolon
        0x1C => Cl::Control,
        0x1D..=0x1F => Cl::Punct, // end of text mark, triple dot, question mark
        0x20..=0x3F => Cl::Arabic,
        0x40 => Cl::Tatweel,
        0x41..=0x4A => Cl::Arabic,
        0x4B..=0x5F => Cl::Mark,
        0x60..=0x69 => Cl::Digit,
        0x6A..=0x6D => Cl::Punct, // percent, decimal and thousands separators, star
        0x6E..=0x6F => Cl::Arabic,
        0x70 => Cl::Mark,
        0x71..=0xD3 => Cl::Arabic,
        0xD4 => Cl::Punct, // full stop
        0xD5 => Cl::Arabic,
        0xD6..=0xDC => Cl::Mark,
        0xDD..=0xDE => Cl::Symbol,
        // U+06DF–U+06E8 are all dropped from keys (normalize::is_ignorable), the small
        // waw/ya included, so they are marks here too.
        0xDF..=0xE8 => Cl::Mark,
        0xE9 => Cl::Symbol,
        0xEA..=0xED => Cl::Mark,
        0xEE..=0xEF => Cl::Arabic,
        0xF0..=0xF9 => Cl::Digit,
        0xFA..=0xFC => Cl::Arabic,
        0xFD..=0xFE => Cl::Symbol,
        _ => Cl::Arabic, // U+06FF
    }
}

const ASCII_CLASS: [Cl; 128] = {
    let mut t = [Cl::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_class(i as u8);
        i += 1;
    }
    t
};

const ARABIC_CLASS: [Cl; 256] = {
    let mut t = [Cl::Symbol; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = arabic_block_class(i as u32);
        i += 1;
    }
    t
};

/// True for the invisible format controls a token may hold inside but never at its edges.
#[inline]
pub(crate) fn is_format_control(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

#[inline]
fn is_arabic_script(u: u32) -> bool {
    matches!(u,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF
        | 0xFE70..=0xFEFF | 0x10E60..=0x10E7F | 0x1EE00..=0x1EEFF)
}

#[inline]
fn is_mark(u: u32) -> bool {
    matches!(u,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0898..=0x089F | 0x08CA..=0x08E1 | 0x08E3..=0x08FF
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

#[inline]
fn is_punct_other(u: u32) -> bool {
    matches!(u,
        0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF | 0x037E | 0x0387
        | 0x055A..=0x055F | 0x0589..=0x058A | 0x05BE | 0x05C0 | 0x05C3 | 0x05C6
        | 0x05F3..=0x05F4 | 0x0964..=0x0965 | 0x0970
        | 0x2010..=0x2027 | 0x2030..=0x2043 | 0x2045..=0x2051 | 0x2053..=0x205E
        | 0x207D..=0x207E | 0x208D..=0x208E | 0x2308..=0x230B | 0x2329..=0x232A
        | 0x2768..=0x2775 | 0x27C5..=0x27C6 | 0x27E6..=0x27EF | 0x2983..=0x2998
        | 0x29D8..=0x29DB | 0x29FC..=0x29FD | 0x2E00..=0x2E4F | 0x3001..=0x3003
        | 0x3008..=0x3011 | 0x3014..=0x301F | 0x3030 | 0x303D | 0x30A0 | 0x30FB
        | 0xFD3E..=0xFD3F | 0xFE10..=0xFE19 | 0xFE30..=0xFE52 | 0xFE54..=0xFE61 | 0xFE63
        | 0xFE68 | 0xFE6A..=0xFE6B | 0xFF01..=0xFF03 | 0xFF05..=0xFF0A | 0xFF0C..=0xFF0F
        | 0xFF1A..=0xFF1B | 0xFF1F..=0xFF20 | 0xFF3B..=0xFF3D | 0xFF3F | 0xFF5B | 0xFF5D
        | 0xFF5F..=0xFF65)
}

#[cold]
fn class_other(c: char) -> Cl {
    let u = c as u32;
    if is_format_control(c) {
        return Cl::Control;
    }
    if c.is_whitespace() {
        return Cl::Space;
    }
    if is_mark(u) || (is_ignorable(c) && u != 0x0640) {
        return Cl::Mark;
    }
    if c.is_numeric() {
        return Cl::Digit;
    }
    if c.is_alphabetic() {
        return if is_arabic_script(u) { Cl::Arabic } else { Cl::Letter };
    }
    if is_punct_other(u) {
        return Cl::Punct;
    }
    Cl::Symbol
}

/// The class of one character.
#[inline(always)]
pub(crate) fn class(c: char) -> Cl {
    let u = c as u32;
    if u < 0x80 {
        ASCII_CLASS[u as usize]
    } else if (0x0600..0x0700).contains(&u) {
        ARABIC_CLASS[(u - 0x0600) as usize]
    } else {
        class_other(c)
    }
}

/// Decodes the char starting at byte `i` of a valid UTF-8 string: (char, byte length).
#[inline(always)]
pub(crate) fn decode_at(b: &[u8], i: usize) -> (char, usize) {
    let b0 = b[i];
    if b0 < 0x80 {
        return (b0 as char, 1);
    }
    let (u, n) = if b0 < 0xE0 {
        (((b0 as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (
            ((b0 as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b0 as u32 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    };
    (char::from_u32(u).unwrap_or('\u{FFFD}'), n)
}

/// Decodes the char that ends at byte `end` (exclusive): (char, its start).
#[inline]
pub(crate) fn decode_before(b: &[u8], end: usize) -> (char, usize) {
    let mut s = end - 1;
    while s > 0 && (b[s] & 0xC0) == 0x80 {
        s -= 1;
    }
    (decode_at(b, s).0, s)
}

#[inline]
fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// What the token being built is, with the little state some kinds need.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Build {
    Arabic,
    Word,
    Number,
    Punct,
    Tatweel,
    Symbol { ri: bool },
    Marks,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let b = self.text.as_bytes();
        let len = b.len();
        let mut i = self.pos;

        // Skip white space and edge controls; classify the first char.
        let (start, mut end, mut build) = loop {
            if i >= len {
                self.pos = len;
                return None;
            }
            let (c, n) = decode_at(b, i);
            let build = match class(c) {
                Cl::Space | Cl::Control => {
                    i += n;
                    continue;
                }
                Cl::Arabic => Build::Arabic,
                Cl::Letter => Build::Word,
                Cl::Digit => Build::Number,
                Cl::Punct => Build::Punct,
                Cl::Tatweel => Build::Tatweel,
                Cl::Mark => Build::Marks,
                Cl::Symbol => Build::Symbol { ri: is_regional_indicator(c) },
            };
            break (i, i + n, build);
        };
        let kind = match build {
            Build::Arabic => TokenKind::Arabic,
            Build::Word => TokenKind::Word,
            Build::Number => TokenKind::Number,
            Build::Punct | Build::Tatweel => TokenKind::Punct,
            Build::Symbol { .. } | Build::Marks => TokenKind::Symbol,
        };

        // Extend. `end` is the end of the last char committed to the token.
        'extend: while end < len {
            let (mut c, mut n) = decode_at(b, end);
            let mut cl = class(c);

            // Fast path: the common continuation of an Arabic word.
            if build == Build::Arabic && matches!(cl, Cl::Arabic | Cl::Mark | Cl::Tatweel) {
                end += n;
                continue;
            }

            // Controls are taken only if the token goes on after them.
            let mut at = end;
            let mut zwj = false;
            while cl == Cl::Control {
                zwj |= c == '\u{200D}';
                at += n;
                if at >= len {
                    break 'extend;
                }
                (c, n) = decode_at(b, at);
                cl = class(c);
            }

            let takes = match (build, cl) {
                (_, Cl::Mark) => true,
                (Build::Arabic, Cl::Arabic | Cl::Tatweel) => true,
                (Build::Word, Cl::Letter | Cl::Digit) => true,
                (Build::Word, Cl::Punct) if (c == '\'' || c == '\u{2019}') && at == end => {
                    // Apostrophe between two letters (the one before is a letter or mark).
                    let next = at + n;
                    next < len && class(decode_at(b, next).0) == Cl::Letter && {
                        let (p, _) = decode_before(b, at);
                        matches!(class(p), Cl::Letter | Cl::Mark)
                    }
                }
                (Build::Number, Cl::Digit) => true,
                (Build::Number, Cl::Punct) if at == end && matches!(c, '.' | ',' | '٫' | '٬') => {
                    let next = at + n;
                    next < len
                        && class(decode_at(b, next).0) == Cl::Digit
                        && class(decode_before(b, at).0) == Cl::Digit
                }
                (Build::Tatweel, Cl::Tatweel) => true,
                (Build::Symbol { ri }, Cl::Symbol) => {
                    if ri && is_regional_indicator(c) && at == end {
                        // The second half of a flag; a third indicator starts a new one.
                        build = Build::Symbol { ri: false };
                        end = at + n;
                        continue 'extend;
                    }
                    zwj
                }
                _ => false,
            };
            if !takes {
                break;
            }
            if let Build::Symbol { .. } = build {
                // After a modifier or a ZWJ-joined part, no flag pairing any more.
                build = Build::Symbol { ri: false };
            }
            end = at + n;
        }

        self.pos = end;
        Some(Token { start, end, kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn arabic_words_split_on_space() {
        assert_eq!(toks("قال الرئيس"), [("قال", Arabic), ("الرئيس", Arabic)]);
    }

    #[test]
    fn diacritics_and_tatweel_stay_inside_words() {
        assert_eq!(texts("مُحَمَّدٌ الرئيـــس"), ["مُحَمَّدٌ", "الرئيـــس"]);
    }

    #[test]
    fn zero_width_non_joiner_inside_word_is_kept() {
        assert_eq!(texts("سو\u{200C}ريا"), ["سو\u{200C}ريا"]);
    }

    #[test]
    fn bidi_controls_at_word_edges_are_skipped() {
        assert_eq!(texts("\u{200F}سوريا\u{200F} \u{202B}لبنان\u{202C}"), ["سوريا", "لبنان"]);
    }

    #[test]
    fn arabic_punctuation_is_one_token_each() {
        assert_eq!(
            toks("نعم، لا؛ لماذا؟"),
            [("نعم", Arabic), ("،", Punct), ("لا", Arabic), ("؛", Punct), ("لماذا", Arabic), ("؟", Punct)]
        );
    }

    #[test]
    fn quotes_and_brackets_are_separate() {
        assert_eq!(texts("«نعم» \"لا\" “ربما” (أبدا) [كلا]"), [
            "«", "نعم", "»", "\"", "لا", "\"", "“", "ربما", "”", "(", "أبدا", ")", "[", "كلا", "]"
        ]);
    }

    #[test]
    fn decimal_and_grouped_numbers() {
        assert_eq!(
            toks("2.5 1,000 ٢٫٥ ٢٠١٨ ١٬٠٠٠"),
            [("2.5", Number), ("1,000", Number), ("٢٫٥", Number), ("٢٠١٨", Number), ("١٬٠٠٠", Number)]
        );
    }

    #[test]
    fn number_at_sentence_end_leaves_the_dot() {
        assert_eq!(toks("عام 2018."), [("عام", Arabic), ("2018", Number), (".", Punct)]);
    }

    #[test]
    fn percent_is_its_own_token() {
        assert_eq!(toks("5% ٥٪"), [("5", Number), ("%", Punct), ("٥", Number), ("٪", Punct)]);
    }

    #[test]
    fn ellipsis_is_punct() {
        assert_eq!(toks("ثم…"), [("ثم", Arabic), ("…", Punct)]);
        assert_eq!(texts("ثم..."), ["ثم", ".", ".", "."]);
    }

    #[test]
    fn script_change_splits_words() {
        assert_eq!(toks("CNNبالعربية"), [("CNN", Word), ("بالعربية", Arabic)]);
        assert_eq!(toks("كوفيد19"), [("كوفيد", Arabic), ("19", Number)]);
    }

    #[test]
    fn latin_words_keep_digits_and_apostrophes() {
        assert_eq!(toks("G20 don't"), [("G20", Word), ("don't", Word)]);
        assert_eq!(texts("'quoted'"), ["'", "quoted", "'"]);
    }

    #[test]
    fn hashtags_and_underscores_split() {
        assert_eq!(texts("#عاصي_الحلاني"), ["#", "عاصي", "_", "الحلاني"]);
    }

    #[test]
    fn emoji_are_symbols_with_their_modifiers() {
        assert_eq!(toks("👍🏽 👩\u{200D}💻 🇸🇾🇱🇧"), [
            ("👍🏽", Symbol), ("👩\u{200D}💻", Symbol), ("🇸🇾", Symbol), ("🇱🇧", Symbol)
        ]);
        assert_eq!(toks("$ +"), [("$", Symbol), ("+", Symbol)]);
    }

    #[test]
    fn stray_tatweel_is_a_dash() {
        assert_eq!(toks("بيروت ـــ قال"), [("بيروت", Arabic), ("ـــ", Punct), ("قال", Arabic)]);
    }

    #[test]
    fn stray_mark_is_a_symbol() {
        assert_eq!(toks(" \u{064E}"), [("\u{064E}", Symbol)]);
    }

    #[test]
    fn latin_combining_marks_stay_in_words() {
        assert_eq!(texts("cafe\u{0301} x"), ["cafe\u{0301}", "x"]);
    }

    #[test]
    fn presentation_forms_are_arabic() {
        assert_eq!(toks("ﻻ ﷲ"), [("ﻻ", Arabic), ("ﷲ", Arabic)]);
    }

    #[test]
    fn nul_and_controls_are_symbols() {
        assert_eq!(toks("a\0b"), [("a", Word), ("\0", Symbol), ("b", Word)]);
    }

    #[test]
    fn spans_are_byte_exact() {
        let text = "  «قال» ";
        let t = tokenize(text);
        assert_eq!(t[0].span(), (2, 4));
        assert_eq!(t[1].span(), (4, 10));
        assert_eq!(t[2].span(), (10, 12));
    }

    #[test]
    fn empty_and_blank_texts_have_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\u{200F}\t").is_empty());
    }
}
