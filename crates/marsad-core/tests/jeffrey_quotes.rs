//! The example article's ten quotations (../shared/examples/jeffrey-syria.gold.json):
//! spans, cues and the speaker, James Jeffrey (USAGOV), for every one of them, including
//! the unclosed quote of the fourth paragraph and the three continuations.

use marsad_core::{Analyzer, Article};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples");
    if dir.join("jeffrey-syria.txt").exists() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/examples is absent (the shared development data is not on this machine)");
        None
    }
}

#[test]
fn all_ten_quotes_with_jeffrey_as_speaker() {
    let Some(dir) = shared() else { return };
    let text = std::fs::read_to_string(dir.join("jeffrey-syria.txt")).unwrap();
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("jeffrey-syria.gold.json")).unwrap()).unwrap();
    let article = Article { id: "jeffrey".into(), date: Some("2019-09-20".into()), text, ..Default::default() };
    let analysis = Analyzer::new().unwrap().analyze(&article);
    let gold_quotes = gold["quotes"].as_array().unwrap();
    assert_eq!(analysis.quotes.len(), gold_quotes.len(), "{:#?}", analysis.quotes);
    for (q, g) in analysis.quotes.iter().zip(gold_quotes) {
        let starts = g["starts_with"].as_str().unwrap();
        let ends = g["ends_with"].as_str().unwrap();
        assert!(q.text.starts_with(starts), "quote should start with {starts:?}: {:?}", q.text);
        assert!(q.text.trim_end_matches(['.', '،']).ends_with(ends), "quote should end with {ends:?}: {:?}", q.text);
        let cue = g["cue"].as_str().unwrap();
        assert!(q.cue.text.ends_with(cue), "cue {cue:?} vs {:?}", q.cue.text);
        let sp = q.speaker.as_ref().expect("speaker");
        assert_eq!(sp.entity.as_deref(), Some("James Jeffrey"), "{q:#?}");
        assert_eq!(sp.actor.as_deref(), Some("USAGOV"));
        if let Some(m) = g["speaker_mention"].as_str() {
            assert_eq!(sp.text, m);
        }
    }
}
