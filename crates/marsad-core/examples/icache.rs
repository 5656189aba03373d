//! How much of `mentions::find_in`'s time is its code and data coming back into the
//! cache: run it over the bench's 2,000 articles in sequence (`seq`), each document twice
//! in a row with only the second call measured (`warm`), or with the text layer run between
//! calls as in `analyze` (`pipe`). Prints the measured calls' time per round (`seq`: the
//! thread's CPU time; the others wall time) and the best round. `min` times each document
//! in sequence and sums each one's fastest call over the rounds: on a shared machine a
//! round is interrupted many times, a document's ~0.1 ms call in most rounds not at all,
//! so this sum moves far less with the load than any round's time. It times the text
//! layer the same way (as the divan bench's `text_layer`, all documents before the
//! mention layer's loop, so neither warms the other's data) and prints the ratio. `fit`
//! is `min` with each document's mention layer called a second time right after the
//! first (its code, data and branch history then warm), and splits each layer's fastest
//! times by least squares into a cost per document and a cost per token: how much of the
//! mention layer is paid once a document whatever its length. `batch` runs the whole
//! analysis as `Analyzer::analyze_batch` does, stage by stage (`marsad_core::stages`) over
//! chunks of N documents, for each N of a list (alternated within each round, so every
//! size sees the same load), times every document's every stage and sums each one's
//! fastest over the rounds as `min` does: the mention stage ÷ the text stage is the ratio
//! of a real run with that chunk size (N = 1 is `analyze` one document at a time).
//! `passes` times, chunk by chunk of N documents, the text layer and then the mention
//! stage either document by document (`find_in` each) or pass by pass
//! (`mentions::pass_batch::find_batch`), summing each chunk's fastest time over the
//! rounds, and prints mentions ÷ text layer for each way and N (sixty-first session).
//!
//! `cargo run --release -p marsad-core --example icache -- seq|warm|pipe|min|fit [rounds]`, or
//! `-- batch [rounds] [N,N,…]` (default 1,16,64,256), or
//! `-- passes [rounds] [N,N,…] [docwise|passwise]` (default 1,8,16,64, both ways); under
//! `valgrind --tool=callgrind --cache-sim=yes --collect-atstart=no
//! --toggle-collect=icache::measured` only the measured calls are counted (see
//! docs/benchmarks.md, eighteenth session).

use marsad_core::stages::ArticleLayers;
use marsad_core::{mentions, Analyzer, Article};
use marsad_text::{sentence, token};
use std::time::{Duration, Instant};

#[path = "../../marsad-text/benches/common/corpus.rs"]
mod corpus;
#[path = "../benches/common/prepared.rs"]
mod prepared;

#[inline(never)]
fn measured(lex: &marsad_lexicon::Lexicon, keys: &[String], names: &mentions::FirstNames, doc: &mentions::Doc<'_>) -> usize {
    mentions::find_in(lex, keys, names, None, doc).len()
}

/// The divan bench's `text_layer` for one text: paragraphs, sentences, tokens and keys.
fn text_layer(text: &str) -> usize {
    let tokens = token::tokenize(text);
    sentence::paragraphs(text).len() + sentence::sentences(text).len() + mentions::token_keys(text, &tokens).len()
}

/// This thread's CPU time so far, in nanoseconds (the first field of its schedstat):
/// under load, wall time counts the other jobs' turns too.
fn cpu_ns() -> u64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    s.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "seq".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let texts = corpus::texts("icache", 2_000).expect("corpus");
    let a = Analyzer::new().expect("dictionaries");
    let lex = a.lexicon();
    let names = a.first_names();
    if mode == "passes" {
        let sizes: Vec<usize> = args
            .next()
            .map(|l| l.split(',').filter_map(|n| n.parse().ok()).collect())
            .unwrap_or_else(|| vec![1, 8, 16, 64]);
        let ways = match args.next().as_deref() {
            Some("docwise") => vec![Way::Docwise],
            Some("passwise") => vec![Way::Passwise],
            _ => vec![Way::Docwise, Way::Passwise],
        };
        pass_by_pass(&a, &texts, rounds, &sizes, &ways);
        return;
    }
    if mode == "batch" {
        let sizes: Vec<usize> = args
            .next()
            .map(|l| l.split(',').filter_map(|n| n.parse().ok()).collect())
            .unwrap_or_else(|| vec![1, 16, 64, 256]);
        batched(&a, &texts, rounds, &sizes);
        return;
    }
    let prepared = prepared::prepare(&texts);
    let mut best = Duration::MAX;
    let mut fastest = vec![Duration::MAX; prepared.len()];
    let mut text_fastest = vec![Duration::MAX; prepared.len()];
    let mut again_fastest = vec![Duration::MAX; prepared.len()];
    for _ in 0..rounds {
        let mut n = 0usize;
        if mode == "min" || mode == "fit" {
            for (p, fastest) in prepared.iter().zip(&mut text_fastest) {
                let t0 = Instant::now();
                n += text_layer(std::hint::black_box(p.text));
                *fastest = (*fastest).min(t0.elapsed());
            }
        }
        let mut spent = Duration::ZERO;
        let cpu0 = cpu_ns();
        for ((p, fastest), again) in prepared.iter().zip(&mut fastest).zip(&mut again_fastest) {
            let (text, keys, doc) = (p.text, &p.keys, p.doc());
            match mode.as_str() {
                "min" | "fit" => {
                    let t0 = Instant::now();
                    n += measured(lex, keys, names, &doc);
                    let took = t0.elapsed();
                    *fastest = (*fastest).min(took);
                    spent += took;
                    if mode == "fit" {
                        let t0 = Instant::now();
                        n += measured(lex, keys, names, &doc);
                        *again = (*again).min(t0.elapsed());
                    }
                }
                "warm" => {
                    n += mentions::find_in(lex, keys, names, None, &doc).len();
                    let t0 = Instant::now();
                    n += measured(lex, keys, names, &doc);
                    spent += t0.elapsed();
                }
                "pipe" => {
                    // A text layer in between (the document's own, run again), as `analyze`
                    // runs one between two documents' mentions.
                    let toks = token::tokenize(text);
                    n += mentions::token_keys(text, &toks).len() + sentence::sentences(text).len();
                    let t0 = Instant::now();
                    n += measured(lex, keys, names, &doc);
                    spent += t0.elapsed();
                }
                _ => n += measured(lex, keys, names, &doc),
            }
        }
        // In sequence the whole loop is the measured calls: its CPU time, not wall time.
        if mode == "seq" {
            spent = Duration::from_nanos(cpu_ns() - cpu0);
        }
        best = best.min(spent);
        eprintln!("{mode}: {n} {:.1} ms", spent.as_secs_f64() * 1e3);
    }
    eprintln!("{mode}: best {:.1} ms", best.as_secs_f64() * 1e3);
    if mode == "min" || mode == "fit" {
        let sum = |d: &[Duration]| d.iter().sum::<Duration>().as_secs_f64() * 1e3;
        let (mentions, text) = (sum(&fastest), sum(&text_fastest));
        eprintln!("{mode}: fastest per document, summed: text layer {text:.2} ms, mentions {mentions:.2} ms, ratio {:.3}", mentions / text);
    }
    if mode == "fit" {
        let tokens: Vec<f64> = prepared.iter().map(|p| p.keys.len() as f64).collect();
        let layers = [("text layer", &text_fastest), ("mentions", &fastest), ("mentions again", &again_fastest)];
        for (name, times) in layers {
            let micros: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e6).collect();
            let (per_doc, per_token) = fit(&tokens, &micros);
            eprintln!("fit: {name}: {per_doc:.2} µs a document + {per_token:.1} ns a token (mean {:.2} µs, {:.0} tokens)", mean(&micros), mean(&tokens));
        }
    }
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

/// The least-squares line of `y` (µs) over `x` (tokens): µs at no token, ns a token.
fn fit(x: &[f64], y: &[f64]) -> (f64, f64) {
    let (mx, my) = (mean(x), mean(y));
    let sxy: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let sxx: f64 = x.iter().map(|a| (a - mx) * (a - mx)).sum();
    let slope = sxy / sxx;
    (my - slope * mx, slope * 1e3)
}

/// The stages of `marsad_core::stages`, in the order a document goes through them.
const STAGES: [&str; 5] = ["text", "mentions", "quotes", "events", "output"];

/// Mode `batch`: the whole analysis stage by stage over chunks of each size in `sizes`.
fn batched(a: &Analyzer, texts: &[String], rounds: usize, sizes: &[usize]) {
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article { id: i.to_string(), text: t.clone(), ..Default::default() }).collect();
    // fastest[size][stage][document], and the best round's CPU time for each size.
    let per_stage = || std::array::from_fn::<_, 5, _>(|_| vec![Duration::MAX; articles.len()]);
    let mut fastest: Vec<[Vec<Duration>; 5]> = sizes.iter().map(|_| per_stage()).collect();
    let mut best_round = vec![Duration::MAX; sizes.len()];
    for _ in 0..rounds {
        for (s, &size) in sizes.iter().enumerate() {
            let cpu0 = cpu_ns();
            let mut n = 0usize;
            for (c, chunk) in articles.chunks(size.max(1)).enumerate() {
                let docs = c * size.max(1)..c * size.max(1) + chunk.len();
                let [text, mentions, quotes, events, output] = &mut fastest[s];
                let mut staged = Vec::with_capacity(chunk.len());
                for (article, slot) in chunk.iter().zip(&mut text[docs.clone()]) {
                    let t0 = Instant::now();
                    staged.push(ArticleLayers::text(std::hint::black_box(article)));
                    *slot = (*slot).min(t0.elapsed());
                }
                timed(&mut staged, &mut mentions[docs.clone()], |layers| layers.mentions(a));
                timed(&mut staged, &mut quotes[docs.clone()], |layers| layers.quotes(a));
                timed(&mut staged, &mut events[docs.clone()], |layers| layers.events(a));
                for (layers, slot) in staged.into_iter().zip(&mut output[docs]) {
                    let t0 = Instant::now();
                    let analysis = layers.finish(a);
                    *slot = (*slot).min(t0.elapsed());
                    n += analysis.mentions.len() + analysis.quotes.len() + analysis.events.len();
                }
            }
            let spent = Duration::from_nanos(cpu_ns() - cpu0);
            best_round[s] = best_round[s].min(spent);
            eprintln!("batch {size}: {n} {:.1} ms", spent.as_secs_f64() * 1e3);
        }
    }
    for (s, &size) in sizes.iter().enumerate() {
        let sums: Vec<f64> = fastest[s].iter().map(|d| d.iter().sum::<Duration>().as_secs_f64() * 1e3).collect();
        let stages: Vec<String> = STAGES.iter().zip(&sums).map(|(name, ms)| format!("{name} {ms:.2}")).collect();
        eprintln!(
            "batch {size}: fastest per document, summed (ms): {}; all {:.2}; mentions ÷ text {:.3}; best round {:.1} ms",
            stages.join(", "),
            sums.iter().sum::<f64>(),
            sums[1] / sums[0],
            best_round[s].as_secs_f64() * 1e3
        );
    }
}

/// Run one later stage over a chunk, keeping each document's fastest time.
fn timed<'a>(staged: &mut [ArticleLayers<'a>], fastest: &mut [Duration], stage: impl Fn(&mut ArticleLayers<'a>)) {
    for (layers, slot) in staged.iter_mut().zip(fastest) {
        let t0 = Instant::now();
        stage(layers);
        *slot = (*slot).min(t0.elapsed());
    }
}

/// How mode `passes` runs the mention stage over a chunk.
#[derive(Clone, Copy, PartialEq)]
enum Way {
    /// Every pass of one document before the next document (`find_in` each).
    Docwise,
    /// Each pass over every document of the chunk before the next pass (`find_batch`).
    Passwise,
}

/// The text layer of one chunk, as the mention stage reads it (timed: a real run makes it
/// right before the mentions).
#[inline(never)]
fn text_chunk(texts: &[String]) -> Vec<prepared::Prepared<'_>> {
    prepared::prepare(std::hint::black_box(texts))
}

#[inline(never)]
fn mentions_docwise(lex: &marsad_lexicon::Lexicon, names: &mentions::FirstNames, chunk: &[prepared::Prepared<'_>]) -> usize {
    chunk.iter().map(|p| mentions::find_in(lex, &p.keys, names, None, &p.doc()).len()).sum()
}

#[inline(never)]
fn mentions_passwise(lex: &marsad_lexicon::Lexicon, names: &mentions::FirstNames, chunk: &[prepared::Prepared<'_>]) -> usize {
    let docs: Vec<_> = chunk.iter().map(|p| mentions::pass_batch::DocInput { keys: &p.keys, date: None, doc: p.doc() }).collect();
    mentions::pass_batch::find_batch(lex, names, &docs).iter().map(|found| found.as_ref().map_or(0, Vec::len)).sum()
}

/// Mode `passes`: for each way and chunk size, the text layer of a chunk then its mention
/// stage, chunk after chunk over all documents, as `Analyzer::analyze_batch` runs them;
/// each chunk's fastest time over the rounds, summed (as `min` sums documents': N = 1 is
/// `min`). Every (way, size) sweeps all documents once a round, in turn, so each sees the
/// same load; the ratio is mentions ÷ text layer measured the same way.
fn pass_by_pass(a: &Analyzer, texts: &[String], rounds: usize, sizes: &[usize], ways: &[Way]) {
    let (lex, names) = (a.lexicon(), a.first_names());
    let runs: Vec<(Way, usize)> = ways.iter().flat_map(|&w| sizes.iter().map(move |&n| (w, n.max(1)))).collect();
    // fastest[run] = (text, mentions) per chunk.
    let mut fastest: Vec<(Vec<Duration>, Vec<Duration>)> =
        runs.iter().map(|&(_, n)| (vec![Duration::MAX; texts.len().div_ceil(n)], vec![Duration::MAX; texts.len().div_ceil(n)])).collect();
    for _ in 0..rounds {
        for (&(way, size), (text_best, mention_best)) in runs.iter().zip(&mut fastest) {
            let mut n = 0usize;
            for ((chunk, text_slot), mention_slot) in texts.chunks(size).zip(text_best).zip(mention_best) {
                let t0 = Instant::now();
                let chunk = text_chunk(chunk);
                *text_slot = (*text_slot).min(t0.elapsed());
                let t0 = Instant::now();
                n += match way {
                    Way::Docwise => mentions_docwise(lex, names, &chunk),
                    Way::Passwise => mentions_passwise(lex, names, &chunk),
                };
                *mention_slot = (*mention_slot).min(t0.elapsed());
            }
            std::hint::black_box(n);
        }
    }
    for (&(way, size), (text, mentions)) in runs.iter().zip(&fastest) {
        let ms = |d: &[Duration]| d.iter().sum::<Duration>().as_secs_f64() * 1e3;
        let name = if way == Way::Docwise { "document by document" } else { "pass by pass" };
        eprintln!(
            "passes {size} {name}: fastest per chunk, summed: text layer {:.2} ms, mentions {:.2} ms, ratio {:.3}",
            ms(text),
            ms(mentions),
            ms(mentions) / ms(text)
        );
    }
}
