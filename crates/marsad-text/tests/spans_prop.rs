//! Property tests for the span invariants of tokens, paragraphs and sentences.
//!
//! For any input: nothing panics; every span is a non-empty byte range on char boundaries
//! inside the text; spans of one layer are ordered and disjoint; tokens hold no white space
//! and never start or end with an invisible control; every visible character is covered by
//! exactly one token and lies in a paragraph and a sentence; sentences lie inside
//! paragraphs and start and end on token boundaries.

use marsad_text::sentence::{paragraphs, sentences, sentences_in, Paragraphs};
use marsad_text::token::{tokenize, TokenKind, Tokens};
use marsad_text::ByteSpan;
use proptest::prelude::*;

/// Invisible format controls: skipped at token edges and trimmed from paragraphs.
fn is_control(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_control(c)
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Pieces that exercise the interesting cases, repeated to weight them.
const POOL: &[&str] = &[
    // Arabic letters and words, with abbreviation-like pieces.
    "ا", "ب", "ت", "م", "ح", "د", "ق", "ل", "ي", "ة", "ى", "أ", "ؤ", "ئ", "ﻻ", "ﷲ",
    "قال", "الرئيس", "و", "ق.م", "هـ", "سو\u{200C}ريا",
    // Harakat, tatweel, Quranic mark, Arabic number sign.
    "\u{064E}", "\u{064B}", "\u{0651}", "\u{0652}", "\u{0670}", "ـ", "\u{06D6}", "\u{0600}",
    // Punctuation.
    "«", "»", "“", "”", "\"", "\"", ".", ".", ".", "؟", "،", "!", "?", "…", "(", ")", "[", "]",
    "؛", ":", "'", "’", "٫", "٬", ",", "-", "٪", "%", "#", "_", "$", "۔", "؞",
    // Digits.
    "٠", "١", "٢", "٥", "٩", "۱", "0", "1", "2", "5", "9", "2.5", "1,000", "٢٫٥",
    // Latin.
    "J", "Mr", "U.S", "a", "Z", "word", "e.g", "é", "\u{0301}", "G20",
    // Emoji and symbols.
    "😀", "👍🏽", "🇸", "🇾", "👩\u{200D}💻", "\u{FE0F}", "\u{20E3}", "©", "+",
    // Controls and white space.
    "\u{200D}", "\u{200C}", "\u{200B}", "\u{200F}", "\u{200E}", "\u{202B}", "\u{202C}",
    "\u{2067}", "\u{FEFF}", "\u{061C}", "\u{AD}", "\0", "\u{1}", "\u{7F}",
    " ", " ", " ", " ", "\n", "\n", "\r", "\r\n", "\u{2029}", "\u{2028}", "\u{85}", "\t",
    "\u{A0}", "\u{0B}", "\u{0C}", "\u{3000}",
];

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..80).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => mixed_text(),
        1 => any::<String>(),
        1 => "[\\u{0600}-\\u{06FF} .؟!\"«»\\n\\u{200F}]{0,60}",
    ]
}

fn check_span(text: &str, (s, e): ByteSpan, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(s < e, "{what} span ({s}, {e}) is empty");
    prop_assert!(e <= text.len(), "{what} span ({s}, {e}) past the end {}", text.len());
    prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{what} span ({s}, {e}) splits a char");
    Ok(())
}

fn check_ordered(spans: &[ByteSpan], what: &str) -> Result<(), TestCaseError> {
    for w in spans.windows(2) {
        prop_assert!(w[0].1 <= w[1].0, "{what} spans {:?} and {:?} overlap or are out of order", w[0], w[1]);
    }
    Ok(())
}

/// Which span (by index) covers byte `i`, if any.
fn covering(spans: &[ByteSpan], i: usize) -> Option<usize> {
    let k = spans.partition_point(|&(_, e)| e <= i);
    (k < spans.len() && spans[k].0 <= i).then_some(k)
}

fn check_tokens(text: &str) -> Result<(), TestCaseError> {
    let tokens = tokenize(text);
    let lazy: Vec<_> = Tokens::new(text).collect();
    prop_assert_eq!(&tokens, &lazy);

    let spans: Vec<ByteSpan> = tokens.iter().map(|t| t.span()).collect();
    for t in &tokens {
        check_span(text, t.span(), "token")?;
        let s = t.text(text);
        prop_assert!(!s.chars().any(char::is_whitespace), "token {s:?} holds white space");
        let (first, last) = (s.chars().next().unwrap(), s.chars().next_back().unwrap());
        prop_assert!(!is_control(first) && !is_control(last), "token {s:?} starts or ends with a control");
        match t.kind {
            TokenKind::Number => prop_assert!(first.is_numeric(), "number {s:?}"),
            TokenKind::Arabic => prop_assert!(s.is_char_boundary(s.len()) && !first.is_ascii(), "arabic {s:?}"),
            TokenKind::Word => prop_assert!(first.is_alphabetic(), "word {s:?}"),
            TokenKind::Punct | TokenKind::Symbol => {}
        }
    }
    check_ordered(&spans, "token")?;

    // Every visible character is in exactly one token (disjointness gives "at most one").
    for (i, c) in text.char_indices() {
        if !is_blank(c) {
            prop_assert!(covering(&spans, i).is_some(), "char {c:?} at {i} is in no token of {text:?}");
        }
    }
    Ok(())
}

fn check_paragraphs_and_sentences(text: &str) -> Result<(), TestCaseError> {
    let paras = paragraphs(text);
    prop_assert_eq!(&paras, &Paragraphs::new(text).collect::<Vec<_>>());
    for &p in &paras {
        check_span(text, p, "paragraph")?;
        let s = &text[p.0..p.1];
        prop_assert!(!s.chars().any(is_line_break), "paragraph {s:?} holds a line break");
        let (first, last) = (s.chars().next().unwrap(), s.chars().next_back().unwrap());
        prop_assert!(!is_blank(first) && !is_blank(last), "paragraph {s:?} is not trimmed");
    }
    check_ordered(&paras, "paragraph")?;

    let sents = sentences(text);
    let per_para: Vec<ByteSpan> = paras.iter().flat_map(|&p| sentences_in(text, p)).collect();
    prop_assert_eq!(&sents, &per_para);
    for &s in &sents {
        check_span(text, s, "sentence")?;
        let st = &text[s.0..s.1];
        let (first, last) = (st.chars().next().unwrap(), st.chars().next_back().unwrap());
        prop_assert!(!is_blank(first) && !is_blank(last), "sentence {st:?} is not trimmed");
        let k = covering(&paras, s.0);
        prop_assert!(k.is_some_and(|k| s.1 <= paras[k].1), "sentence {s:?} is not inside one paragraph");
    }
    check_ordered(&sents, "sentence")?;

    // Sentences partition the visible content of paragraphs, on token boundaries.
    let tokens = tokenize(text);
    let starts: Vec<usize> = tokens.iter().map(|t| t.start).collect();
    let ends: Vec<usize> = tokens.iter().map(|t| t.end).collect();
    for (i, c) in text.char_indices() {
        if !is_blank(c) {
            prop_assert!(covering(&paras, i).is_some(), "char {c:?} at {i} is in no paragraph");
            prop_assert!(covering(&sents, i).is_some(), "char {c:?} at {i} is in no sentence");
        }
    }
    for &(s, e) in &sents {
        prop_assert!(starts.binary_search(&s).is_ok(), "sentence {:?} starts inside a token", &text[s..e]);
        prop_assert!(ends.binary_search(&e).is_ok(), "sentence {:?} ends inside a token", &text[s..e]);
    }
    Ok(())
}

proptest! {
    // 2,000 cases unless PROPTEST_CASES says otherwise.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn token_spans_are_exact_and_cover_the_text(text in any_text()) {
        check_tokens(&text)?;
    }

    #[test]
    fn paragraph_and_sentence_spans_nest(text in any_text()) {
        check_paragraphs_and_sentences(&text)?;
    }
}

#[test]
fn concatenated_pool_passes() {
    // Every pool piece next to every other, once: a cheap exhaustive pass over pairs.
    for a in POOL {
        for b in POOL {
            let text = format!("{a}{b} {a}.{b}");
            check_tokens(&text).unwrap();
            check_paragraphs_and_sentences(&text).unwrap();
        }
    }
}
