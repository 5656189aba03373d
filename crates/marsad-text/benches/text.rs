//! Throughput of the text layer on real Arabic news: the `text` field of the first 3,000
//! articles of the ANT corpus (`../shared/corpora/ant-v2.1.jsonl.gz` from the project
//! root, or the file named by `MARSAD_ANT_CORPUS`). Skips with a message when it is absent.
//!
//! Targets (single core): key normalization ≥ 300 MB/s; tokens + sentences ≥ 100 MB/s.
//!
//! Run: `cargo bench -p marsad-text --bench text`

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::sync::OnceLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};
use marsad_text::normalize::{key_into, KeyOptions};
use marsad_text::sentence::{paragraphs, sentences};
use marsad_text::token::{tokenize, Tokens};

const ARTICLES: usize = 3_000;

fn corpus_path() -> PathBuf {
    match std::env::var_os("MARSAD_ANT_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ant-v2.1.jsonl.gz"),
    }
}

fn load() -> Result<Vec<String>, String> {
    let path = corpus_path();
    let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut texts = Vec::with_capacity(ARTICLES);
    for line in reader.lines().take(ARTICLES) {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| format!("bad JSON line: {e}"))?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_owned());
        }
    }
    Ok(texts)
}

static TEXTS: OnceLock<Vec<String>> = OnceLock::new();

fn texts() -> &'static [String] {
    TEXTS.get().expect("corpus loaded in main")
}

fn bytes() -> BytesCount {
    BytesCount::new(texts().iter().map(String::len).sum::<usize>())
}

fn main() {
    match load() {
        Ok(t) if !t.is_empty() => {
            let total: usize = t.iter().map(String::len).sum();
            eprintln!("text bench: {} articles, {:.1} MB of text", t.len(), total as f64 / 1e6);
            TEXTS.set(t).expect("set once");
            divan::main();
        }
        Ok(_) => eprintln!("text bench skipped: the corpus at {} holds no texts", corpus_path().display()),
        Err(e) => eprintln!(
            "text bench skipped: corpus not available ({e}). Set MARSAD_ANT_CORPUS or provide ../shared/corpora/ant-v2.1.jsonl.gz"
        ),
    }
}

/// (a) Matching keys for every text, reusing one buffer. Target ≥ 300 MB/s.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn key_normalize(bencher: Bencher) {
    let mut out = String::with_capacity(1 << 16);
    bencher.counter(bytes()).bench_local(|| {
        for t in texts() {
            out.clear();
            key_into(t, KeyOptions::default(), &mut out);
            black_box(out.len());
        }
    });
}

/// (b) Tokens and sentences for every text, as a `Doc` would build them. Target ≥ 100 MB/s.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn tokens_and_sentences(bencher: Bencher) {
    bencher.counter(bytes()).bench(|| {
        for t in texts() {
            black_box(tokenize(t));
            black_box(sentences(t));
        }
    });
}

/// Breakdown of (b): tokens alone, collected.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn tokenize_only(bencher: Bencher) {
    bencher.counter(bytes()).bench(|| {
        for t in texts() {
            black_box(tokenize(t));
        }
    });
}

/// Breakdown of (b): tokens alone, counted lazily (no allocation).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn tokens_lazy_count(bencher: Bencher) {
    bencher.counter(bytes()).bench(|| {
        for t in texts() {
            black_box(Tokens::new(t).count());
        }
    });
}

/// Breakdown of (b): sentences alone (paragraphs included).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn sentences_only(bencher: Bencher) {
    bencher.counter(bytes()).bench(|| {
        for t in texts() {
            black_box(sentences(t));
        }
    });
}

/// Paragraphs alone.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn paragraphs_only(bencher: Bencher) {
    bencher.counter(bytes()).bench(|| {
        for t in texts() {
            black_box(paragraphs(t));
        }
    });
}

/// Articles per second for tokens + sentences.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn articles_per_second(bencher: Bencher) {
    bencher.counter(ItemsCount::new(texts().len())).bench(|| {
        for t in texts() {
            black_box(tokenize(t));
            black_box(sentences(t));
        }
    });
}
