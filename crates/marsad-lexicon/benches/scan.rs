//! The dictionary scan alone over real news text: the first ~2,000 articles of the shared
//! ANT corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if absent),
//! keyed as marsad-core's `token_keys` keys them, with three word filters as the mentions
//! pass passes them (first names, بن, and a small set).
//!
//! `cargo bench -p marsad-lexicon --bench scan`

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_lexicon::{Kind, Lexicon, WordFilter};
use marsad_text::normalize::{key_into, KeyOptions};
use marsad_text::token::{self, TokenKind};
use std::io::{BufRead, BufReader};

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

/// The corpus texts and their token keys.
fn corpus() -> Option<Vec<(String, Vec<String>)>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ant-v2.1.jsonl.gz");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipping scan bench: corpus {} not found", path.display());
        return None;
    };
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut out = Vec::new();
    for line in reader.lines().take(ARTICLES) {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let tokens = token::tokenize(text);
        let keys = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| match t.kind {
                TokenKind::Arabic | TokenKind::Word | TokenKind::Number => {
                    let mut k = String::new();
                    key_into(t.text(text), KeyOptions::default(), &mut k);
                    k
                }
                TokenKind::Punct if marsad_lexicon::word_hyphen(text, &tokens, i) => marsad_lexicon::WORD_HYPHEN.to_string(),
                TokenKind::Punct | TokenKind::Symbol => String::new(),
            })
            .collect();
        out.push((text.to_owned(), keys));
    }
    Some(out)
}

#[divan::bench(sample_count = 20)]
fn scan_marked(bencher: Bencher) {
    let Some(docs) = corpus() else { return };
    let lex = Lexicon::embedded().expect("embedded dictionaries load");
    let mut names = WordFilter::new(18);
    for e in lex.entries().iter().filter(|e| e.kind == Kind::Person) {
        if let Some(w) = e.name.split_whitespace().next() {
            names.insert(&marsad_text::normalize::key(w));
        }
    }
    let mut bin = WordFilter::new(6);
    bin.insert("بن");
    let mut few = WordFilter::new(16);
    for w in ["زوجته", "ابنه", "شقيقه", "والده", "ابنته"] {
        few.insert(w);
    }
    let filters = [&names, &bin, &few];
    bencher.counter(BytesCount::new(docs.iter().map(|d| d.0.len()).sum::<usize>())).bench(|| {
        let mut n = 0usize;
        for (_, keys) in &docs {
            let (m, marked) = lex.scan_marked(divan::black_box(keys), &filters);
            n += m.len() + marked.iter().map(Vec::len).sum::<usize>();
        }
        n
    });
}

