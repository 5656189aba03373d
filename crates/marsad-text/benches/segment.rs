//! Segmentation throughput over real news text: the first ~2,000 articles of the shared
//! ANT corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if absent).
//!
//! `cargo bench -p marsad-text --bench segment` — divan prints bytes/s per benchmark.

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_text::segment::Segmenter;
use std::io::{BufRead, BufReader};
use std::sync::OnceLock;

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

fn corpus() -> Option<&'static Vec<String>> {
    static LINES: OnceLock<Option<Vec<String>>> = OnceLock::new();
    LINES
        .get_or_init(|| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ant-v2.1.jsonl.gz");
            let file = match std::fs::File::open(&path) {
                Ok(f) => f,
                Err(_) => {
                    eprintln!("skipping segment bench: corpus {} not found", path.display());
                    return None;
                }
            };
            let reader = BufReader::new(flate2::read::GzDecoder::new(file));
            let mut lines = Vec::new();
            for line in reader.lines().take(ARTICLES) {
                let Ok(line) = line else { break };
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
                if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
                    lines.extend(text.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned));
                }
            }
            Some(lines)
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
