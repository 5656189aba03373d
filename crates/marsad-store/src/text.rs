//! Text keys for the store: the dedup hash, the full-text index terms, query compilation
//! and snippets.
//!
//! SQLite's `unicode61` tokenizer cannot be trusted with Arabic (it splits words at medial
//! harakat and folds none of the letter variants), so marsad never gives it raw Arabic:
//! the indexed columns hold, token by token, the matching key of each word
//! (`marsad_text::normalize::key`: diacritics, tatweel, hamza-on-alef, ى/ي, ة/ه folded) and
//! the key of its clitic-stripped stem (`Segmenter`: وللحكومة → حكومه). Queries are put
//! through the same two functions, so a query matches a word iff their keys or stems do.
//! Snippets are cut from the original text by token offsets, never from the keys.

use marsad_text::normalize::key;
use marsad_text::segment::Segmenter;
use marsad_text::token::{TokenKind, Tokens};
use std::collections::HashSet;

/// Hash of the normalized text: keys folded, white space collapsed. Two articles with
/// the same hash are the same text, whatever the outlet, spacing or diacritics.
pub fn text_hash(text: &str) -> [u8; 16] {
    let k = key(text);
    let mut norm = String::with_capacity(k.len());
    for w in k.split_whitespace() {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.push_str(w);
    }
    xxhash_rust::xxh3::xxh3_128(norm.as_bytes()).to_be_bytes()
}

fn is_word(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Arabic | TokenKind::Word | TokenKind::Number)
}

/// The key and stem key of one word token.
fn word_terms(seg: &Segmenter, word: &str, kind: TokenKind) -> (String, String) {
    let k = key(word).to_lowercase();
    let s = if kind == TokenKind::Arabic {
        let sg = seg.segment_word(word);
        if sg.is_whole() {
            k.clone()
        } else {
            key(sg.stem).to_lowercase()
        }
    } else {
        k.clone()
    };
    (k, s)
}

/// The `(words, stems)` columns for the full-text index of `parts` (title, text, …).
pub fn index_columns(seg: &Segmenter, parts: &[&str]) -> (String, String) {
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let (mut words, mut stems) = (String::with_capacity(total), String::with_capacity(total));
    for part in parts {
        for t in Tokens::new(part) {
            if !is_word(t.kind) {
                continue;
            }
            let (k, s) = word_terms(seg, t.text(part), t.kind);
            if k.is_empty() {
                continue;
            }
            words.push_str(&k);
            words.push(' ');
            stems.push_str(&s);
            stems.push(' ');
        }
    }
    (words, stems)
}

/// A search query compiled for FTS5, plus the terms to highlight in snippets.
#[derive(Debug, Clone)]
pub struct Query {
    /// The FTS5 MATCH expression.
    pub fts: String,
    /// Keys and stem keys of every query word (for highlighting).
    pub keys: HashSet<String>,
    pub stems: HashSet<String>,
}

/// Compile a user query: words are ANDed; `"…"` is a phrase; a word ending in `*` is a
/// prefix; `OR` between two items is an alternative. Each word matches a document word
/// with the same key, or with the same clitic-stripped stem.
pub fn compile(seg: &Segmenter, q: &str) -> Option<Query> {
    let mut items: Vec<String> = Vec::new();
    let (mut keys, mut stems) = (HashSet::new(), HashSet::new());
    let mut pending_or = false;
    let mut rest = q.trim();
    while !rest.is_empty() {
        let (chunk, phrase, next) = if let Some(r) = rest.strip_prefix('"') {
            match r.find('"') {
                Some(e) => (&r[..e], true, &r[e + 1..]),
                None => (r, true, ""),
            }
        } else {
            let e = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (&rest[..e], false, &rest[e..])
        };
        rest = next.trim_start();
        if !phrase && chunk == "OR" {
            pending_or = !items.is_empty();
            continue;
        }
        let prefix = !phrase && chunk.ends_with('*');
        let mut ks = Vec::new();
        let mut ss = Vec::new();
        for t in Tokens::new(chunk) {
            if !is_word(t.kind) {
                continue;
            }
            let (k, s) = word_terms(seg, t.text(chunk), t.kind);
            if k.is_empty() {
                continue;
            }
            keys.insert(k.clone());
            stems.insert(s.clone());
            ks.push(k);
            ss.push(s);
        }
        if ks.is_empty() {
            continue;
        }
        let star = if prefix { " *" } else { "" };
        let item = format!("(words : {}{star} OR stems : {}{star})", quote(&ks), quote(&ss));
        if pending_or {
            let last = items.pop().unwrap_or_default();
            items.push(format!("({last} OR {item})"));
            pending_or = false;
        } else {
            items.push(item);
        }
    }
    if items.is_empty() {
        return None;
    }
    Some(Query { fts: items.join(" AND "), keys, stems })
}

fn quote(terms: &[String]) -> String {
    format!("\"{}\"", terms.join(" ").replace('"', "\"\""))
}

/// A snippet of the original text around the best cluster of matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The original text of the window, with each match wrapped in `open`…`close`.
    pub text: String,
    /// Code-point offsets `[start, end)` of the first highlighted match in the text.
    pub first: Option<(usize, usize)>,
}

/// Cut a snippet of about `width` words from `text`, highlighting words whose key or stem
/// matches the query; `open`/`close` are the highlight marks.
pub fn snippet(seg: &Segmenter, text: &str, q: &Query, width: usize, open: &str, close: &str) -> Snippet {
    let toks: Vec<_> = Tokens::new(text).filter(|t| is_word(t.kind)).collect();
    let hit: Vec<bool> = toks
        .iter()
        .map(|t| {
            let (k, s) = word_terms(seg, t.text(text), t.kind);
            q.keys.contains(&k) || q.stems.contains(&s)
        })
        .collect();
    if toks.is_empty() {
        return Snippet { text: String::new(), first: None };
    }
    let width = width.max(1);
    // The window with the most hits (first such window).
    let mut best = (0usize, 0usize);
    let mut count = 0usize;
    for i in 0..toks.len() {
        count += hit[i] as usize;
        if i >= width {
            count -= hit[i - width] as usize;
        }
        let start = (i + 1).saturating_sub(width);
        if count > best.1 {
            best = (start, count);
        }
    }
    let first_hit = hit.iter().position(|&h| h);
    let (from, to) = if best.1 == 0 { (0, width.min(toks.len())) } else {
        // Centre a little: start a few words before the window's first hit.
        let fh = (best.0..toks.len()).find(|&i| hit[i]).unwrap_or(best.0);
        let from = fh.saturating_sub(width / 4);
        (from, (from + width).min(toks.len()))
    };
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut pos = toks[from].start;
    for i in from..to {
        let t = toks[i];
        out.push_str(&text[pos..t.start]);
        if hit[i] {
            out.push_str(open);
            out.push_str(&text[t.start..t.end]);
            out.push_str(close);
        } else {
            out.push_str(&text[t.start..t.end]);
        }
        pos = t.end;
    }
    if to < toks.len() {
        out.push('…');
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = first_hit.map(|i| {
        let t = toks[i];
        let s = text[..t.start].chars().count();
        (s, s + text[t.start..t.end].chars().count())
    });
    Snippet { text: out, first }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_ignores_diacritics_spacing_and_letter_variants() {
        assert_eq!(text_hash("قالَ  الرئيسُ\nإن الحكومة"), text_hash("قال الرئيس ان الحكومه"));
        assert_ne!(text_hash("قال الرئيس"), text_hash("قال الوزير"));
    }

    #[test]
    fn stems_let_a_query_find_cliticised_words() {
        let seg = Segmenter::new();
        let (words, stems) = index_columns(&seg, &["وللحكومة موقف"]);
        assert!(words.contains("وللحكومه"), "{words}");
        assert!(stems.contains("حكومه"), "{stems}");
        let q = compile(&seg, "الحكومة").unwrap();
        assert!(q.fts.contains("stems : \"حكومه\""), "{}", q.fts);
    }

    #[test]
    fn snippet_shows_the_original_text() {
        let seg = Segmenter::new();
        let text = "بدأ الاجتماع صباحاً. وقالت الحُكومةُ إنها ستردّ على الاقتراح.";
        let q = compile(&seg, "حكومة").unwrap();
        let s = snippet(&seg, text, &q, 8, "[", "]");
        assert!(s.text.contains("[الحُكومةُ]"), "{}", s.text);
        let (a, b) = s.first.unwrap();
        let cs: String = text.chars().skip(a).take(b - a).collect();
        assert_eq!(cs, "الحُكومةُ");
    }
}
