//! Attributes of matched events: `negated`, `modality` and `claimed` (eval/README.md
//! "Scoring event attributes").
//!
//! Events are matched as sets of keys (events.rs), not one to one, so each gold event whose
//! key was found is paired with the most similar predicted event carrying that key (same
//! paragraph first, then an overlapping trigger, then one not yet paired; one of another
//! paragraph pairs only once), and the pair's attributes are compared. Two pairings: at type + actor + recipient country (`coded`), and
//! at type per paragraph (`types`). A predicted event may pair with several gold events
//! (one event with two actors stands for two gold events), so per-value precision is
//! counted over pairs, not over the output.

use crate::gold::{GoldEvent, Prf};
use marsad_core::Event;
use serde::Serialize;
use std::collections::BTreeMap;

/// One attribute's agreement over the pairs and, per non-default value, P/R/F1 of that
/// value (predicted = pairs whose output has it, gold = pairs whose label has it).
#[derive(Debug, Default, Serialize)]
pub struct Attribute {
    pub agree: usize,
    pub pairs: usize,
    pub agreement: f64,
    pub values: BTreeMap<String, Prf>,
    #[serde(skip)]
    counts: BTreeMap<String, (usize, usize, usize)>,
}

impl Attribute {
    fn add(&mut self, gold: &str, got: &str, default: &str) {
        self.pairs += 1;
        if gold == got {
            self.agree += 1;
        }
        if got != default {
            let c = self.counts.entry(got.to_string()).or_default();
            c.1 += 1;
            if gold == got {
                c.0 += 1;
            }
        }
        if gold != default {
            self.counts.entry(gold.to_string()).or_default().2 += 1;
        }
    }

    fn finish(&mut self) {
        self.agreement = if self.pairs == 0 { 0.0 } else { self.agree as f64 / self.pairs as f64 };
        self.values = self.counts.iter().map(|(v, &(tp, p, g))| (v.clone(), Prf::new(tp, p, tp, g))).collect();
    }

    /// `agreement 0.950 of 200; true P 0.500 R 0.250 …` for the text report.
    pub fn summary(&self) -> String {
        let mut s = format!("agreement {:.3} of {}", self.agreement, self.pairs);
        for (v, p) in &self.values {
            s.push_str(&format!("; {v} P {:.3} R {:.3} ({} got, {} gold)", p.precision, p.recall, p.predicted, p.gold));
        }
        s
    }
}

/// The three attributes over one pairing.
#[derive(Debug, Default, Serialize)]
pub struct AttributeScores {
    pub negated: Attribute,
    pub modality: Attribute,
    pub claimed: Attribute,
    /// The pairing's name in error lines.
    #[serde(skip)]
    pub level: &'static str,
}

impl AttributeScores {
    pub fn new(level: &'static str) -> AttributeScores {
        AttributeScores { level, ..Default::default() }
    }

    pub fn finish(&mut self) {
        for a in [&mut self.negated, &mut self.modality, &mut self.claimed] {
            a.finish();
        }
    }
}

/// A predicted event with the paragraph its sentence starts in.
pub struct Predicted<'a> {
    pub event: &'a Event,
    pub paragraph: Option<usize>,
}

fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// The attribute values of a gold and of a predicted event, as strings.
fn values(g: &GoldEvent, p: &Event) -> [(&'static str, String, String, &'static str); 3] {
    [
        ("negated", flag(g.negated).into(), flag(p.negated).into(), "false"),
        (
            "modality",
            g.modality.clone().unwrap_or_else(|| "null".into()),
            p.modality.clone().unwrap_or_else(|| "null".into()),
            "null",
        ),
        ("claimed", flag(g.claimed).into(), flag(p.claimed_by.is_some()).into(), "false"),
    ]
}

fn triggers_overlap(g: &GoldEvent, p: &Event) -> bool {
    let (g, p) = (g.trigger.as_str(), p.trigger.text.as_str());
    !g.is_empty() && !p.is_empty() && (g.contains(p) || p.contains(g))
}

fn covers_triple(g: &GoldEvent, p: &Event) -> bool {
    let side = |ps: &[marsad_core::Party], want: &Option<String>| {
        if ps.is_empty() {
            want.is_none()
        } else {
            ps.iter().any(|x| x.country == *want)
        }
    };
    p.kind == g.kind && side(&p.actors, &g.actor_country) && side(&p.recipients, &g.recipient_country)
}

/// How the pairs are keyed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Type + actor country + recipient country.
    Coded,
    /// Type in the same paragraph.
    Paragraph,
}

/// For each gold event, the index of the predicted event it is paired with, if its key was
/// found.
pub fn pair(gold: &[GoldEvent], pred: &[Predicted<'_>], key: Key) -> Vec<Option<usize>> {
    let mut used = vec![0usize; pred.len()];
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let best = pred
            .iter()
            .enumerate()
            .filter(|(_, p)| match key {
                Key::Coded => covers_triple(g, p.event),
                Key::Paragraph => p.event.kind == g.kind && p.paragraph == g.paragraph,
            })
            // One told elsewhere pairs once (a title's event is not every later mention).
            .filter(|&(i, p)| p.paragraph == g.paragraph || used[i] == 0)
            // Same paragraph, overlapping trigger, fewest earlier pairs, first in the text.
            .max_by_key(|&(i, p)| (p.paragraph == g.paragraph, triggers_overlap(g, p.event), std::cmp::Reverse(used[i]), std::cmp::Reverse(i)))
            .map(|(i, _)| i);
        if let Some(i) = best {
            used[i] += 1;
        }
        out.push(best);
    }
    out
}

/// Add the pairs' attributes to `scores`; a disagreement becomes an error line naming the
/// article (`short`), the event, the gold value and the value got, unless `quiet`.
pub fn add(
    scores: &mut AttributeScores,
    errors: &mut Vec<String>,
    short: &str,
    gold: &[GoldEvent],
    pred: &[Predicted<'_>],
    pairs: &[Option<usize>],
    quiet: impl Fn(usize) -> bool,
) {
    let level = scores.level;
    for (gi, pi) in pairs.iter().enumerate() {
        let Some(pi) = *pi else { continue };
        let (g, p) = (&gold[gi], pred[pi].event);
        for (name, gv, pv, default) in values(g, p) {
            let a = match name {
                "negated" => &mut scores.negated,
                "modality" => &mut scores.modality,
                _ => &mut scores.claimed,
            };
            a.add(&gv, &pv, default);
            if gv != pv && !quiet(gi) {
                errors.push(format!(
                    "{short}: {name} gold {gv} got {pv} ({level}): {} {} → {} paragraph {} «{}» ({} «{}»)",
                    g.kind,
                    g.actor_country.as_deref().unwrap_or("-"),
                    g.recipient_country.as_deref().unwrap_or("-"),
                    g.paragraph.map_or("-".to_string(), |p| p.to_string()),
                    g.trigger,
                    p.rule,
                    p.trigger.text
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::{Party, Span};

    fn gold(kind: &str, actor: Option<&str>, para: usize, trigger: &str) -> GoldEvent {
        GoldEvent {
            kind: kind.into(),
            trigger: trigger.into(),
            paragraph: Some(para),
            actor_country: actor.map(Into::into),
            recipient_country: None,
            cameo: None,
            negated: false,
            modality: None,
            claimed: false,
        }
    }

    fn party(country: &str) -> Party {
        Party { start: 0, end: 0, text: String::new(), entity: None, actor: None, country: Some(country.into()), role: None }
    }

    fn event(kind: &str, actors: &[&str], trigger: &str) -> Event {
        Event {
            kind: kind.into(),
            cameo: None,
            mode: None,
            actors: actors.iter().map(|c| party(c)).collect(),
            recipients: vec![],
            negated: false,
            modality: None,
            claimed_by: None,
            sentence: [0, 0],
            trigger: Span { start: 0, end: 0, text: trigger.into() },
            confidence: 1.0,
            rule: "r".into(),
        }
    }

    #[test]
    fn a_gold_event_pairs_with_the_event_of_its_paragraph_and_trigger() {
        let g = vec![gold("ASSAULT", Some("ISR"), 2, "وقصفت")];
        let (a, b, c) = (event("ASSAULT", &["ISR"], "غارة"), event("ASSAULT", &["ISR"], "قصفت"), event("ASSAULT", &["SYR"], "قصفت"));
        let pred = vec![
            Predicted { event: &a, paragraph: Some(2) },
            Predicted { event: &b, paragraph: Some(2) },
            Predicted { event: &c, paragraph: Some(2) },
        ];
        assert_eq!(pair(&g, &pred, Key::Coded), vec![Some(1)]);
        // Per paragraph the actor does not count: the SYR event is as good, the first wins.
        assert_eq!(pair(&g, &pred, Key::Paragraph), vec![Some(1)]);
        let other = vec![Predicted { event: &a, paragraph: Some(3) }];
        assert_eq!(pair(&g, &other, Key::Coded), vec![Some(0)]);
        // An event of another paragraph pairs with one gold event only.
        let two = vec![g[0].clone(), gold("ASSAULT", Some("ISR"), 5, "غارة")];
        assert_eq!(pair(&two, &other, Key::Coded), vec![Some(0), None]);
        assert_eq!(pair(&g, &other, Key::Paragraph), vec![None]);
    }

    #[test]
    fn one_event_with_two_actors_pairs_with_two_gold_events() {
        let g = vec![gold("CONSULT", Some("FRA"), 0, "التقى"), gold("CONSULT", Some("DEU"), 0, "التقى")];
        let e = event("CONSULT", &["FRA", "DEU"], "التقى");
        let pred = vec![Predicted { event: &e, paragraph: Some(0) }];
        assert_eq!(pair(&g, &pred, Key::Coded), vec![Some(0), Some(0)]);
    }

    #[test]
    fn agreement_and_per_value_precision_and_recall() {
        let mut g = vec![gold("ASSAULT", None, 0, "هاجم"), gold("THREATEN", None, 1, "هدد"), gold("REJECT", None, 2, "رفض")];
        g[0].negated = true;
        g[1].modality = Some("future".into());
        g[2].claimed = true;
        let mut e0 = event("ASSAULT", &[], "هاجم");
        e0.negated = true;
        let mut e1 = event("THREATEN", &[], "هدد");
        e1.modality = Some("intent".into());
        let mut e2 = event("REJECT", &[], "رفض");
        e2.claimed_by = Some(0);
        e2.negated = true;
        let pred: Vec<Predicted> =
            [(&e0, 0), (&e1, 1), (&e2, 2)].into_iter().map(|(e, p)| Predicted { event: e, paragraph: Some(p) }).collect();
        let pairs = pair(&g, &pred, Key::Coded);
        let mut s = AttributeScores::new("coded");
        let mut errors = Vec::new();
        add(&mut s, &mut errors, "07", &g, &pred, &pairs, |_| false);
        s.finish();
        assert_eq!((s.negated.agree, s.negated.pairs), (2, 3));
        let neg = &s.negated.values["true"];
        assert_eq!((neg.tp, neg.predicted, neg.gold), (1, 2, 1));
        assert_eq!(s.modality.values["intent"].predicted, 1);
        assert_eq!(s.modality.values["future"].recall, 0.0);
        assert_eq!(s.claimed.agreement, 1.0);
        assert_eq!(errors.len(), 2);
        assert!(errors[0].starts_with("07: modality gold future got intent (coded): THREATEN - → - paragraph 1 «هدد»"), "{}", errors[0]);
        assert!(errors[1].starts_with("07: negated gold false got true"), "{}", errors[1]);
    }

    #[test]
    fn quiet_pairs_count_but_print_nothing() {
        let mut g = vec![gold("ASSAULT", None, 0, "هاجم")];
        g[0].claimed = true;
        let e = event("ASSAULT", &[], "هاجم");
        let pred = vec![Predicted { event: &e, paragraph: Some(0) }];
        let mut s = AttributeScores::new("per paragraph");
        let mut errors = Vec::new();
        add(&mut s, &mut errors, "a", &g, &pred, &[Some(0)], |_| true);
        s.finish();
        assert_eq!(s.claimed.pairs, 1);
        assert_eq!(s.claimed.values["true"].recall, 0.0);
        assert!(errors.is_empty());
    }
}
