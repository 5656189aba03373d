//! The events regression suite: short sentences, one construction each, with the events
//! they must yield (`tests/events/regression.tsv`, format in its header). Every failing
//! line is reported, not just the first.

use marsad_core::{Analyzer, Article, Event};
use std::collections::BTreeSet;

const SUITE: &str = include_str!("events/regression.tsv");
/// Sentences are dated so that "historical" has a reference year.
const DATE: &str = "2019-06-01";

/// The (type, actor country, recipient country, flags) lines an event stands for: one per
/// actor × recipient, `-` for a missing party.
fn lines(e: &Event) -> Vec<String> {
    let countries = |ps: &[marsad_core::Party]| -> Vec<String> {
        if ps.is_empty() {
            vec!["-".to_string()]
        } else {
            ps.iter().map(|p| p.country.clone().unwrap_or_else(|| "-".into())).collect()
        }
    };
    let mut out = Vec::new();
    for a in countries(&e.actors) {
        for r in countries(&e.recipients) {
            let mut s = format!("{} {a} {r}", e.kind);
            if e.negated {
                s.push_str(" negated");
            }
            if let Some(m) = &e.modality {
                s.push(' ');
                s.push_str(m);
            }
            out.push(s);
        }
    }
    out
}

fn expected(field: &str) -> BTreeSet<String> {
    if field.trim() == "-" {
        return BTreeSet::new();
    }
    field.split(';').map(|e| e.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|e| !e.is_empty()).collect()
}

#[test]
fn regression_sentences_yield_their_events() {
    let analyzer = Analyzer::new().expect("embedded dictionaries load");
    let mut failures = Vec::new();
    let mut n = 0;
    for (lineno, line) in SUITE.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((sentence, want)) = line.split_once('\t') else {
            failures.push(format!("line {}: no tab between sentence and expected events", lineno + 1));
            continue;
        };
        n += 1;
        let article = Article { id: format!("line{}", lineno + 1), date: Some(DATE.into()), text: sentence.into(), ..Default::default() };
        let analysis = analyzer.analyze(&article);
        let got: BTreeSet<String> = analysis.events.iter().flat_map(lines).collect();
        let want = expected(want);
        if got != want {
            let rules: Vec<&str> = analysis.events.iter().map(|e| e.rule.as_str()).collect();
            failures.push(format!(
                "line {}: {sentence}\n    want {:?}\n    got  {:?}\n    rules {:?}",
                lineno + 1,
                want,
                got,
                rules
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {n} sentences failed:\n{}", failures.len(), failures.join("\n"));
    assert!(n >= 250, "the suite should have at least 250 sentences, has {n}");
}
