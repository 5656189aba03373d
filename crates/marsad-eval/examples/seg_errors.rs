//! Print segmentation scores and all kept errors: `cargo run --release -p marsad-eval --example seg_errors`;
//! with arguments, print their segmentation instead.
use marsad_eval::{eval_farasa, eval_ud};
use marsad_text::segment::Segmenter;

fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/segmentation");
    let t0 = std::time::Instant::now();
    let seg = match std::env::var("MARSAD_PRIORS") {
        Ok(p) => Segmenter::with_priors(&std::fs::read_to_string(p).expect("priors file")),
        Err(_) => Segmenter::new(),
    };
    eprintln!("start-up {:?}, {} stems", t0.elapsed(), seg.lexicon_len());
    let words: Vec<String> = std::env::args().skip(1).collect();
    if !words.is_empty() {
        for w in &words {
            println!("{w}\t{}", seg.segment_line(w));
        }
        return;
    }
    for (name, f) in [("farasa", "farasa-wikinews.pos.ref"), ("ud", "ud-arabic-pud-dev.conllu")] {
        let Ok(text) = std::fs::read_to_string(dir.join(f)) else {
            eprintln!("skipping {name}: not found");
            continue;
        };
        let s = if name == "farasa" { eval_farasa(&text, &seg) } else { eval_ud(&text, &seg) };
        println!("{name}: {}/{} = {:.4}", s.correct, s.words, s.accuracy());
        for (g, o) in &s.errors {
            println!("{name}\t{g}\t{o}");
        }
    }
}
