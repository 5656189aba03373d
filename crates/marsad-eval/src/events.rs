//! `marsad eval events`: events against the dev gold.
//!
//! Gold events have a type, a paragraph and country-level parties, not offsets, so events
//! are compared per article as sets:
//! - **coded**: (type, actor country, recipient country) triples; a predicted event with
//!   several actors or recipients stands for each actor × recipient pair, and a missing
//!   party is compared as null;
//! - **type**: (paragraph, type) pairs: was an event of this type found in this paragraph.

use crate::event_attributes::{self as attrs, AttributeScores, Key, Predicted};
use crate::gold::{GoldDoc, Prf};
use marsad_core::{Analysis, Analyzer, Event};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Default, Serialize)]
pub struct EventScore {
    pub coded: Prf,
    pub types: Prf,
    /// Per-type counts of coded triples: (type, tp, predicted, gold).
    pub per_type: Vec<(String, usize, usize, usize)>,
    pub errors: Vec<String>,
    /// `negated`, `modality` and `claimed` of the gold events matched at type + actor +
    /// recipient country, each paired with a predicted event (event_attributes.rs).
    pub attributes_coded: AttributeScores,
    /// The same for the gold events matched at type per paragraph.
    pub attributes_types: AttributeScores,
    /// Attribute disagreements: every coded pair's, and the per-paragraph pairs' of gold
    /// events not matched at type + actor + recipient.
    pub attribute_errors: Vec<String>,
}

type Triple = (String, Option<String>, Option<String>);

fn triples(e: &Event) -> Vec<Triple> {
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
            out.push((e.kind.clone(), a.clone(), r));
        }
    }
    out
}

fn paragraph_of(a: &Analysis, e: &Event) -> Option<usize> {
    let start = e.sentence[0];
    a.paragraphs.iter().position(|p| p[0] <= start && start < p[1])
}

fn show(t: &Triple) -> String {
    format!("{} {} → {}", t.0, t.1.as_deref().unwrap_or("-"), t.2.as_deref().unwrap_or("-"))
}

pub fn score(docs: &[GoldDoc], analyzer: &Analyzer) -> EventScore {
    let mut s = EventScore {
        attributes_coded: AttributeScores::new("coded"),
        attributes_types: AttributeScores::new("per paragraph"),
        ..Default::default()
    };
    let (mut tp, mut pred_n, mut gold_n) = (0, 0, 0);
    let (mut ttp, mut tpred, mut tgold) = (0, 0, 0);
    let mut per_type: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    for doc in docs {
        let a = analyzer.analyze(&doc.article);
        let short = doc.gold.id.rsplit(':').next().unwrap_or(&doc.gold.id).to_string();
        let pred: BTreeSet<Triple> = a.events.iter().flat_map(triples).collect();
        let gold: BTreeSet<Triple> =
            doc.gold.events.iter().map(|g| (g.kind.clone(), g.actor_country.clone(), g.recipient_country.clone())).collect();
        tp += pred.intersection(&gold).count();
        pred_n += pred.len();
        gold_n += gold.len();
        for t in &pred {
            let c = per_type.entry(t.0.clone()).or_default();
            c.1 += 1;
            if gold.contains(t) {
                c.0 += 1;
            } else {
                let rule = a.events.iter().find(|e| triples(e).contains(t)).map(|e| format!("{} «{}»", e.rule, e.trigger.text));
                s.errors.push(format!("{short}: extra {} ({})", show(t), rule.unwrap_or_default()));
            }
        }
        for t in &gold {
            per_type.entry(t.0.clone()).or_default().2 += 1;
            if !pred.contains(t) {
                let trig = doc.gold.events.iter().find(|g| g.kind == t.0 && g.actor_country == t.1 && g.recipient_country == t.2).map(|g| g.trigger.clone());
                s.errors.push(format!("{short}: miss {} «{}»", show(t), trig.unwrap_or_default()));
            }
        }
        let ptypes: BTreeSet<(Option<usize>, String)> = a.events.iter().map(|e| (paragraph_of(&a, e), e.kind.clone())).collect();
        let gtypes: BTreeSet<(Option<usize>, String)> = doc.gold.events.iter().map(|g| (g.paragraph, g.kind.clone())).collect();
        for (para, kind) in gtypes.difference(&ptypes) {
            let trig = doc.gold.events.iter().filter(|g| g.paragraph == *para && g.kind == *kind).map(|g| g.trigger.as_str()).collect::<Vec<_>>().join("» «");
            s.errors.push(format!("{short}: paragraph {} misses type {kind} «{trig}»", para.map_or("-".to_string(), |p| p.to_string())));
        }
        for (para, kind) in ptypes.difference(&gtypes) {
            let found = a.events.iter().filter(|e| paragraph_of(&a, e) == *para && e.kind == *kind).map(|e| format!("{} «{}»", e.rule, e.trigger.text)).collect::<Vec<_>>().join("; ");
            s.errors.push(format!("{short}: paragraph {} has extra type {kind} ({found})", para.map_or("-".to_string(), |p| p.to_string())));
        }
        let predicted: Vec<Predicted> = a.events.iter().map(|e| Predicted { event: e, paragraph: paragraph_of(&a, e) }).collect();
        let coded = attrs::pair(&doc.gold.events, &predicted, Key::Coded);
        let by_para = attrs::pair(&doc.gold.events, &predicted, Key::Paragraph);
        attrs::add(&mut s.attributes_coded, &mut s.attribute_errors, &short, &doc.gold.events, &predicted, &coded, |_| false);
        attrs::add(&mut s.attributes_types, &mut s.attribute_errors, &short, &doc.gold.events, &predicted, &by_para, |g| coded[g].is_some());
        ttp += ptypes.intersection(&gtypes).count();
        tpred += ptypes.len();
        tgold += gtypes.len();
    }
    s.coded = Prf::new(tp, pred_n, tp, gold_n);
    s.types = Prf::new(ttp, tpred, ttp, tgold);
    s.attributes_coded.finish();
    s.attributes_types.finish();
    s.per_type = per_type.into_iter().map(|(k, (a, b, c))| (k, a, b, c)).collect();
    s
}
