//! The text layer and the mention layer over the bench's 2,000 articles, each in its own
//! never-inlined function, so that one callgrind run (`--cache-sim=yes --branch-sim=yes`)
//! gives both layers' instructions, cache misses and mispredicted branches side by side
//! (read `text_layer` and `mention_layer` inclusive with `callgrind_annotate --inclusive=yes`).
//! As the `analyze` bench: every document's text layer is built first, then `find_in` runs
//! over them in sequence. Prints each layer's CPU time per round and the best round.
//!
//! `cargo run --release -p marsad-core --example layers -- [rounds]` (see
//! docs/benchmarks.md, twenty-first session).

use marsad_core::{mentions, Analyzer};
use marsad_text::{sentence, token};

#[path = "../../marsad-text/benches/common/corpus.rs"]
mod corpus;
#[path = "../benches/common/prepared.rs"]
mod prepared;

/// What the `text_layer` bench times.
#[inline(never)]
fn text_layer(texts: &[String]) -> usize {
    let mut n = 0usize;
    for t in texts {
        let t = std::hint::black_box(t.as_str());
        n += sentence::paragraphs(t).len() + sentence::sentences(t).len();
        let tokens = token::tokenize(t);
        n += mentions::token_keys(t, &tokens).len();
    }
    n
}

/// What the `mentions` bench times.
#[inline(never)]
fn mention_layer(a: &Analyzer, prepared: &[prepared::Prepared<'_>]) -> usize {
    let mut n = 0usize;
    for p in prepared {
        n += mentions::find_in(a.lexicon(), std::hint::black_box(&p.keys), a.first_names(), None, &p.doc()).len();
    }
    n
}

/// This thread's CPU time so far, in nanoseconds (the first field of its schedstat).
fn cpu_ns() -> u64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    s.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(1);
    let texts = corpus::texts("layers", 2_000).expect("corpus");
    let a = Analyzer::new().expect("dictionaries");
    let prepared = prepared::prepare(&texts);
    let (mut best_text, mut best_mentions) = (u64::MAX, u64::MAX);
    for _ in 0..rounds {
        let t0 = cpu_ns();
        let n = text_layer(&texts);
        let t1 = cpu_ns();
        let m = mention_layer(&a, &prepared);
        let t2 = cpu_ns();
        best_text = best_text.min(t1 - t0);
        best_mentions = best_mentions.min(t2 - t1);
        eprintln!("text {n} {:.1} ms, mentions {m} {:.1} ms", (t1 - t0) as f64 / 1e6, (t2 - t1) as f64 / 1e6);
    }
    eprintln!("best: text {:.1} ms, mentions {:.1} ms, ratio {:.2}", best_text as f64 / 1e6, best_mentions as f64 / 1e6, best_mentions as f64 / best_text as f64);
}
