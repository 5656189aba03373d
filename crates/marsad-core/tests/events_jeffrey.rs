//! The article the project started from (`../shared/examples/jeffrey-syria.txt`) against
//! its hand-made reading: at least 10 of its core events found, and at least 75% of the
//! emitted events in the reading (same paragraph, country-level actor and recipient, type
//! among the listed alternatives). Skips when ../shared is absent.

use marsad_core::{Analyzer, Article, Event};
use serde_json::Value;
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples")
}

struct Gold {
    paragraph: usize,
    core: bool,
    types: Vec<String>,
    source: Option<String>,
    target: Option<String>,
}

fn paragraph_of(a: &marsad_core::Analysis, e: &Event) -> usize {
    let start = e.sentence[0];
    a.paragraphs.iter().position(|p| p[0] <= start && start < p[1]).unwrap_or(usize::MAX)
}

/// (actor country, recipient country) pairs of an event; None for a missing party.
fn pairs(e: &Event) -> Vec<(Option<String>, Option<String>)> {
    let side = |ps: &[marsad_core::Party]| -> Vec<Option<String>> {
        if ps.is_empty() {
            vec![None]
        } else {
            ps.iter().map(|p| p.country.clone()).collect()
        }
    };
    let mut out = Vec::new();
    for a in side(&e.actors) {
        for r in side(&e.recipients) {
            out.push((a.clone(), r));
        }
    }
    out
}

fn matches(g: &Gold, para: usize, e: &Event, pair: &(Option<String>, Option<String>)) -> bool {
    g.paragraph == para && g.types.contains(&e.kind) && pair.0 == g.source && pair.1 == g.target
}

#[test]
fn jeffrey_article_events_match_the_reading() {
    let dir = shared();
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("jeffrey-syria.txt")),
        std::fs::read_to_string(dir.join("jeffrey-syria.gold.json")),
    ) else {
        eprintln!("skipped: {} not found (the shared development data is absent)", dir.display());
        return;
    };
    let gold: Value = serde_json::from_str(&gold).expect("gold JSON parses");
    let golds: Vec<Gold> = gold["events"]
        .as_array()
        .expect("events list")
        .iter()
        .map(|g| Gold {
            paragraph: g["paragraph"].as_u64().unwrap_or(u64::MAX) as usize,
            core: g["tier"] == "core",
            types: g["type"].as_array().map(|t| t.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default(),
            source: g["source"].as_str().map(String::from),
            target: g["target"].as_str().map(String::from),
        })
        .collect();
    let analyzer = Analyzer::new().expect("embedded dictionaries load");
    let article = Article { id: "jeffrey-syria".into(), date: Some("2019-09-20".into()), text, ..Default::default() };
    let a = analyzer.analyze(&article);

    let mut report = Vec::new();
    let core: Vec<&Gold> = golds.iter().filter(|g| g.core).collect();
    let mut found = 0;
    for g in &core {
        let hit = a.events.iter().any(|e| pairs(e).iter().any(|p| matches(g, paragraph_of(&a, e), e, p)));
        found += usize::from(hit);
        if !hit {
            report.push(format!("missed core: p{} {:?} {:?} -> {:?}", g.paragraph, g.types, g.source, g.target));
        }
    }
    let mut correct = 0;
    for e in &a.events {
        let para = paragraph_of(&a, e);
        let ok = pairs(e).iter().any(|p| golds.iter().any(|g| matches(g, para, e, p)));
        correct += usize::from(ok);
        if !ok {
            report.push(format!("not in the reading: p{para} {} {:?} ({}) «{}»", e.kind, pairs(e), e.rule, e.trigger.text));
        }
    }
    let precision = if a.events.is_empty() { 0.0 } else { correct as f64 / a.events.len() as f64 };
    eprintln!(
        "jeffrey: {found}/{} core events found; {correct}/{} emitted events in the reading (precision {precision:.2})\n{}",
        core.len(),
        a.events.len(),
        report.join("\n")
    );
    assert!(found >= 10, "only {found} of {} core events found:\n{}", core.len(), report.join("\n"));
    assert!(precision >= 0.75, "precision {precision:.2} below 0.75:\n{}", report.join("\n"));
}
