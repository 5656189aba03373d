//! Segmentation throughput over real news text: the first ~2,000 articles of the shared
//! ANT corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if absent).
//!
//! `cargo bench -p marsad-text --bench segment` — divan prints bytes/s per benchmark.

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_text::segment::Segmenter;
use std::sync::OnceLock;

#[path = "common/corpus.rs"]
mod corpus;

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

/// The corpus split into its non-empty lines.
fn corpus() -> Option<&'static Vec<String>> {
    static LINES: OnceLock<Option<Vec<String>>> = OnceLock::new();
    LINES
        .get_or_init(|| {
            let texts = corpus::texts("segment", ARTICLES)?;
            Some(texts.iter().flat_map(|t| t.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned)).collect())
        })
        .as_ref()
}

#[divan::bench(sample_count = 10)]
fn segment_line(bencher: Bencher) {
    let Some(lines) = corpus() else { return };
    let seg = Segmenter::new();
    let bytes: usize = lines.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut out = 0usize;
        for l in lines {
            out += seg.segment_line(divan::black_box(l)).len();
        }
        out
    });
}

#[divan::bench(sample_count = 20)]
fn startup(bencher: Bencher) {
    bencher.bench(Segmenter::new);
}
