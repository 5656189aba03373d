//! Phrase lookup over normalized token keys, aware of Arabic proclitics.
//!
//! A dictionary name is compiled into the keys of its tokens (the same tokenizer and
//! normalization as the text, so both sides agree). In the text, only the first token of
//! a phrase can carry proclitics: وبالعراق is و+ب+العراق, لإيران is ل+إيران, للعراق is
//! ل+العراق; so the first token is looked up under a few variants with proclitics (and
//! then the article) stripped, and later tokens must match exactly. The unstripped form
//! is tried first, which protects names that begin with a letter that could be a clitic
//! (بريطانيا، لبنان، كندا).

use crate::Lexicon;

/// A phrase in the index: the keys of its tokens after the first, and the entries it names.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub rest: Vec<String>,
    pub entries: Vec<u32>,
}

/// One way to read the first token: the key with `stripped` proclitic letters removed
/// (the article ال counts as one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: String,
    pub stripped: u8,
    /// The article ال was removed to get `key` (الروس → روس): only adjectives, demonyms
    /// and role nouns are listed without their article, so only they may match this way.
    pub article: bool,
    /// A conjunction و or ف was stripped (والعراق): the word starts a new phrase.
    pub conj: bool,
    /// A preposition ب ل ك was stripped (لإيران، بالعراق).
    pub prep: bool,
}

/// A dictionary match over tokens `[start, end)`.
#[derive(Clone, Debug)]
pub struct Match<'a> {
    pub start: usize,
    pub end: usize,
    pub entries: &'a [u32],
    /// Proclitic letters stripped from the first token to find it.
    pub stripped: u8,
    /// The article was stripped from the first token to find it (see [`Variant::article`]).
    pub article: bool,
    /// A conjunction was stripped from the first token.
    pub conj: bool,
    /// A preposition was stripped from the first token.
    pub prep: bool,
}

const MIN_STEM_CHARS: usize = 2;

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The readings of a first token's key, fewest stripped letters first.
pub fn first_token_variants(key: &str) -> Vec<Variant> {
    let plain = Variant { key: key.to_string(), stripped: 0, article: false, conj: false, prep: false };
    let mut out = vec![plain];
    let mut push = |k: &str, prefix: Option<&str>, n: u8, base: &Base| {
        let k = match prefix {
            Some(p) => format!("{p}{k}"),
            None => k.to_string(),
        };
        if char_len(&k) >= MIN_STEM_CHARS && !out.iter().any(|v| v.key == k) {
            out.push(Variant { key: k, stripped: n, article: base.article, conj: base.conj, prep: base.prep });
        }
    };
    // Conjunction و / ف, then preposition ب ل ك, then the article.
    let mut bases: Vec<(&str, u8, Base)> = vec![(key, 0, Base::default())];
    if let Some(rest) = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')) {
        if char_len(rest) > MIN_STEM_CHARS {
            bases.push((rest, 1, Base { conj: true, ..Base::default() }));
        }
    }
    for &(base, n, b) in &bases.clone() {
        if let Some(rest) = base.strip_prefix("لل") {
            // ل + ال written لل: restore the article.
            push(rest, Some("ال"), n + 1, &Base { prep: true, ..b });
            push(rest, None, n + 2, &Base { prep: true, article: true, ..b });
        }
        for p in ['ب', 'ل', 'ك'] {
            if let Some(rest) = base.strip_prefix(p) {
                if char_len(rest) > MIN_STEM_CHARS {
                    bases.push((rest, n + 1, Base { prep: true, ..b }));
                }
            }
        }
    }
    for &(base, n, b) in &bases {
        if n > 0 {
            push(base, None, n, &b);
        }
        if let Some(rest) = base.strip_prefix("ال") {
            push(rest, None, n + 1, &Base { article: true, ..b });
        }
    }
    out.sort_by_key(|v| v.stripped);
    out
}

/// What was stripped on the way to a base form.
#[derive(Clone, Copy, Debug, Default)]
struct Base {
    article: bool,
    conj: bool,
    prep: bool,
}

impl Lexicon {
    /// The longest dictionary phrase starting at token `i` of `keys` (the normalized keys
    /// of a run of tokens). Ties go to the reading that stripped fewer proclitics.
    pub fn longest_at(&self, keys: &[String], i: usize) -> Option<Match<'_>> {
        let first = keys.get(i)?;
        if first.is_empty() {
            return None;
        }
        let mut best: Option<Match<'_>> = None;
        for v in first_token_variants(first) {
            let Some(bucket) = self.index.get(&v.key) else { continue };
            for phrase in bucket {
                let end = i + 1 + phrase.rest.len();
                if end > keys.len() || keys[i + 1..end] != phrase.rest[..] {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some(b) => end > b.end,
                };
                if better {
                    best = Some(Match { start: i, end, entries: &phrase.entries, stripped: v.stripped, article: v.article, conj: v.conj, prep: v.prep });
                }
                // Buckets are sorted longest first: the first hit is this reading's best.
                break;
            }
        }
        best
    }

    /// Every token's longest match, left to right, without overlaps (leftmost-longest).
    pub fn scan<'a>(&'a self, keys: &[String]) -> Vec<Match<'a>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < keys.len() {
            match self.longest_at(keys, i) {
                Some(m) => {
                    i = m.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(v: &[Variant]) -> Vec<&str> {
        v.iter().map(|v| v.key.as_str()).collect()
    }

    #[test]
    fn strips_conjunction_preposition_and_article() {
        let v = first_token_variants("وبالعراق");
        assert!(keys(&v).contains(&"العراق"));
        assert!(keys(&v).contains(&"عراق"));
        assert_eq!(v[0].key, "وبالعراق");
    }

    #[test]
    fn lam_lam_restores_the_article() {
        let v = first_token_variants("للعراق");
        assert!(keys(&v).contains(&"العراق"));
    }

    #[test]
    fn readings_say_what_was_stripped() {
        let v = first_token_variants("وبالعراق");
        let iraq = v.iter().find(|v| v.key == "العراق").expect("العراق");
        assert!(iraq.conj && iraq.prep && !iraq.article);
        let rus = first_token_variants("الروس");
        assert!(rus.iter().any(|v| v.key == "روس" && v.article && !v.conj && !v.prep));
    }

    #[test]
    fn unstripped_reading_comes_first() {
        let v = first_token_variants("بريطانيا");
        assert_eq!(v[0].key, "بريطانيا");
        assert_eq!(v[0].stripped, 0);
    }
}
