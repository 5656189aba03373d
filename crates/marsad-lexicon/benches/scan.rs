//! The dictionary scan alone over real news text: the first ~2,000 articles of the shared
//! ANT corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if absent),
//! keyed by `token_keys` as documents are, with three word filters as the mentions
//! pass passes them (first names, بن, and a small set).
//!
//! `cargo bench -p marsad-lexicon --bench scan`

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_lexicon::{Kind, Lexicon, WordFilter};
use marsad_text::token;

#[path = "../../marsad-text/benches/common/corpus.rs"]
mod corpus;

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

/// The corpus texts and their token keys.
fn corpus() -> Option<Vec<(String, Vec<String>)>> {
    let texts = corpus::texts("scan", ARTICLES)?;
    let keyed = texts.into_iter().map(|text| {
        let keys = marsad_lexicon::token_keys(&text, &token::tokenize(&text));
        (text, keys)
    });
    Some(keyed.collect())
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
            let scan = lex.scan_marked(divan::black_box(keys), &filters);
            n += scan.matches.len() + scan.marked.iter().map(Vec::len).sum::<usize>();
        }
        n
    });
}

