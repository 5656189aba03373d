//! Segmentation accuracy on the shared gold sets (skipped when ../shared is absent).

use marsad_eval::{eval_farasa, eval_ud, SegScore};
use marsad_text::segment::Segmenter;
use std::path::PathBuf;

fn gold(name: &str) -> Option<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/segmentation").join(name);
    match std::fs::read_to_string(&p) {
        Ok(s) => Some(s),
        Err(_) => {
            eprintln!("skipping: gold file {} not found (the shared data folder is absent)", p.display());
            None
        }
    }
}

fn report(name: &str, s: &SegScore) {
    eprintln!("{name}: {}/{} = {:.4}", s.correct, s.words, s.accuracy());
    for (g, o) in s.errors.iter().take(40) {
        eprintln!("  gold {g:<24} got {o}");
    }
}

#[test]
fn farasa_wikinews_clitic_view() {
    let Some(text) = gold("farasa-wikinews.pos.ref") else { return };
    let s = eval_farasa(&text, &Segmenter::new());
    report("farasa-wikinews", &s);
    assert!(s.words > 10_000);
    assert!(s.accuracy() >= 0.97, "accuracy {:.4} < 0.97", s.accuracy());
}

#[test]
fn ud_arabic_pud_ud_view() {
    let Some(text) = gold("ud-arabic-pud-dev.conllu") else { return };
    let s = eval_ud(&text, &Segmenter::new());
    report("ud-arabic-pud", &s);
    assert!(s.words > 5_000);
    assert!(s.accuracy() >= 0.97, "accuracy {:.4} < 0.97", s.accuracy());
}
