//! Throughput of the analysis layers over real news text: the first ~2,000 articles of the
//! shared ANT corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if
//! absent).
//!
//! `cargo bench -p marsad-core --bench analyze` — divan prints bytes/s per benchmark:
//! - `text_layer`: paragraphs, sentences, tokens and token keys;
//! - `mentions`: dictionary matching and mention resolution on prepared keys (all 2,000
//!   documents' keys are built first, so each is cold in cache when read);
//! - `text_then_mentions`: the text layer and then mentions, one document at a time, as
//!   `analyze` runs them; its time less `text_layer`'s is what mentions add to the pipeline;
//! - `analyze`: the whole `Analyzer::analyze`;
//! - `startup`: loading and compiling the embedded dictionaries.

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_core::{mentions, Analyzer, Article};
use marsad_lexicon::Lexicon;
use marsad_text::{sentence, token};
use std::sync::OnceLock;

#[path = "../../marsad-text/benches/common/corpus.rs"]
mod corpus;
#[path = "common/prepared.rs"]
mod prepared;

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

fn corpus() -> Option<&'static Vec<String>> {
    static TEXTS: OnceLock<Option<Vec<String>>> = OnceLock::new();
    TEXTS.get_or_init(|| corpus::texts("analyze", ARTICLES)).as_ref()
}

fn bytes(texts: &[String]) -> BytesCount {
    BytesCount::new(texts.iter().map(String::len).sum::<usize>())
}

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new().expect("embedded dictionaries load"))
}

/// The same first names the analyzer derives from the people dictionary.
fn first_names(lex: &Lexicon) -> mentions::FirstNames {
    mentions::FirstNames::of(lex)
}

#[divan::bench(sample_count = 10)]
fn text_layer(bencher: Bencher) {
    let Some(texts) = corpus() else { return };
    bencher.counter(bytes(texts)).bench(|| {
        let mut n = 0usize;
        for t in texts {
            let t = divan::black_box(t.as_str());
            n += sentence::paragraphs(t).len() + sentence::sentences(t).len();
            let tokens = token::tokenize(t);
            n += mentions::token_keys(t, &tokens).len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn mentions(bencher: Bencher) {
    let Some(texts) = corpus() else { return };
    let lex = analyzer().lexicon();
    let names = first_names(lex);
    // Tokens, keys and paragraphs are the text layer's: prepared outside the timed loop.
    let prepared = prepared::prepare(texts);
    bencher.counter(bytes(texts)).bench(|| {
        let mut n = 0usize;
        for p in &prepared {
            n += mentions::find_in(lex, divan::black_box(&p.keys), &names, None, &p.doc()).len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn text_then_mentions(bencher: Bencher) {
    let Some(texts) = corpus() else { return };
    let lex = analyzer().lexicon();
    let names = first_names(lex);
    bencher.counter(bytes(texts)).bench(|| {
        let mut n = 0usize;
        for t in texts {
            let text = divan::black_box(t.as_str());
            let paragraphs = sentence::paragraphs(text);
            n += sentence::sentences(text).len();
            let tokens = token::tokenize(text);
            let keys = mentions::token_keys(text, &tokens);
            let doc = mentions::Doc { text, tokens: &tokens, paragraphs: &paragraphs };
            n += mentions::find_in(lex, &keys, &names, None, &doc).len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn analyze(bencher: Bencher) {
    let Some(texts) = corpus() else { return };
    let articles: Vec<Article> = texts
        .iter()
        .map(|t| Article { id: "b".into(), text: t.clone(), date: Some("2018-06-01".into()), ..Default::default() })
        .collect();
    let a = analyzer();
    bencher.counter(bytes(texts)).bench(|| articles.iter().map(|x| a.analyze(divan::black_box(x)).mentions.len()).sum::<usize>());
}

#[divan::bench(sample_count = 10)]
fn startup(bencher: Bencher) {
    bencher.bench(|| Lexicon::embedded().expect("embedded dictionaries load"));
}
