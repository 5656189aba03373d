//! `marsad eval mentions`: actor mentions against the dev gold.
//!
//! A predicted mention matches a gold one when their character spans overlap with
//! IoU ≥ 0.5 (gold spans cover whole words, proclitics included, like marsad's) and, for
//! the coded score, the actor codes are equal. Per article, the sets of codes are
//! compared too (what a user counting "who is named" sees).
//!
//! Codes are compared as the labelling guide defines them: country (or organisation
//! code), then role. A state-headed code's further chunks identify a group (PSEREBHMS:
//! Hamas) and are not part of the guide, so PSEREB and PSEREBHMS are the same answer;
//! organisation codes (IGOUNO, NGOHLHIRC) are compared whole. The guide writes a former
//! official as the country alone (Bill Clinton in 2018: USA) where the dictionaries follow
//! PETRARCH and write the elite role (USAELI): the two notations are the same answer.
//! A gold mention labelled without a code counts for the span score only: like an
//! uncoded prediction, it has no code to compare; a coded prediction on its span is left
//! out of the coded score's predictions for the same reason.

use crate::gold::{match_spans, GoldDoc, Prf};
use marsad_core::{Analysis, Analyzer, Mention};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Default, Serialize)]
pub struct MentionScore {
    /// Span and code both right.
    pub coded: Prf,
    /// Span right, whatever the code.
    pub spans: Prf,
    /// Span right and the country part right.
    pub country: Prf,
    /// Sets of codes per article, summed over articles.
    pub codes_per_article: Prf,
    /// Misses and false alarms, for reading (`article: text code`).
    pub errors: Vec<String>,
}

/// The part of a code the guide asks for: a state-headed code (three letters, then a
/// role) is cut after the role; organisation codes are kept whole.
fn comparable(code: &str) -> &str {
    const ORG_HEADS: &[&str] = &["IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"];
    let org = code.get(..3).is_some_and(|h| ORG_HEADS.contains(&h));
    if org || code.len() < 6 || !code.is_char_boundary(6) {
        code
    } else if &code[3..6] == "ELI" {
        &code[..3]
    } else {
        &code[..6]
    }
}

fn same_code(gold: Option<&str>, pred: Option<&str>) -> bool {
    matches!((gold, pred), (Some(g), Some(p)) if comparable(g) == comparable(p))
}

fn coded(m: &Mention) -> bool {
    m.actor.is_some() || m.country.is_some()
}

pub fn score(docs: &[GoldDoc], analyzer: &Analyzer) -> MentionScore {
    let mut s = MentionScore::default();
    let (mut tp_c, mut tp_s, mut tp_k, mut pred_n, mut gold_n, mut gold_coded) = (0, 0, 0, 0, 0, 0);
    let (mut set_tp, mut set_pred, mut set_gold, mut unjudged) = (0, 0, 0, 0);
    for doc in docs {
        let a: Analysis = analyzer.analyze(&doc.article);
        let pred: Vec<&Mention> = a.mentions.iter().filter(|m| coded(m)).collect();
        let gold = &doc.gold.mentions;
        pred_n += pred.len();
        gold_n += gold.len();
        gold_coded += gold.iter().filter(|g| g.code.as_deref().is_some_and(|c| !c.is_empty())).count();
        let span = |g: &crate::gold::GoldMention| (g.start, g.end);
        let pspan = |p: &&Mention| (p.start, p.end);
        let m_span = match_spans(gold, &pred, span, pspan, |_, _| true, 0.5);
        let m_code = match_spans(gold, &pred, span, pspan, |g, p| same_code(g.code.as_deref(), p.actor.as_deref()), 0.5);
        let m_country =
            match_spans(gold, &pred, span, pspan, |g, p| g.country.is_some() && g.country == p.country, 0.5);
        tp_s += m_span.iter().flatten().count();
        tp_c += m_code.iter().flatten().count();
        tp_k += m_country.iter().flatten().count();
        let short = doc.gold.id.rsplit(':').next().unwrap_or(&doc.gold.id);
        for (gi, g) in gold.iter().enumerate() {
            if m_code[gi].is_none() {
                let got = m_span[gi].map(|pi| pred[pi].actor.clone().unwrap_or_default());
                s.errors.push(format!(
                    "{short}: miss `{}` {} (got {})",
                    g.text,
                    g.code.clone().unwrap_or_default(),
                    got.unwrap_or_else(|| "nothing".into())
                ));
            }
        }
        // A prediction on the span of a gold mention without a code cannot be judged on
        // its code either: it leaves the coded score's predictions.
        let code_matched: BTreeSet<usize> = m_code.iter().flatten().copied().collect();
        unjudged += gold
            .iter()
            .zip(&m_span)
            .filter(|(g, pi)| g.code.as_deref().is_none_or(str::is_empty) && pi.is_some_and(|pi| !code_matched.contains(&pi)))
            .count();
        let matched: BTreeSet<usize> = m_span.iter().flatten().copied().collect();
        for (pi, p) in pred.iter().enumerate() {
            if !matched.contains(&pi) {
                s.errors.push(format!(
                    "{short}: extra `{}` {} ({})",
                    p.text,
                    p.actor.clone().unwrap_or_default(),
                    p.rule
                ));
            }
        }
        let gset: BTreeSet<&str> = gold.iter().filter_map(|g| g.code.as_deref()).map(comparable).collect();
        let pset: BTreeSet<&str> = pred.iter().filter_map(|p| p.actor.as_deref()).map(comparable).collect();
        set_tp += gset.intersection(&pset).count();
        set_pred += pset.len();
        set_gold += gset.len();
    }
    // A gold mention without a code (الدول المانحة) has no code to get right: it counts
    // for the span score only, as an uncoded prediction does, and so does a prediction
    // on its span.
    s.coded = Prf::new(tp_c, pred_n - unjudged, tp_c, gold_coded);
    s.spans = Prf::new(tp_s, pred_n, tp_s, gold_n);
    s.country = Prf::new(tp_k, pred_n, tp_k, gold_n);
    s.codes_per_article = Prf::new(set_tp, set_pred, set_tp, set_gold);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_chunks_after_the_role_are_not_compared() {
        assert!(same_code(Some("PSEREB"), Some("PSEREBHMS")));
        assert!(!same_code(Some("PSEREB"), Some("PSEGOV")));
        assert!(!same_code(Some("IGOUNO"), Some("IGOUNOHLHWHO")));
        assert!(!same_code(None, Some("USA")));
        assert!(same_code(Some("USA"), Some("USAELI")));
        assert!(!same_code(Some("USAGOV"), Some("USAELI")));
    }

    #[test]
    fn a_coded_prediction_on_an_uncoded_gold_span_is_not_judged_on_its_code() {
        let text = "قالت روسيا وإيران إن";
        let span = |w: &str| {
            let b = text.find(w).unwrap();
            (text[..b].chars().count(), text[..b].chars().count() + w.chars().count())
        };
        let mention = |w: &str, code: Option<&str>| crate::gold::GoldMention {
            start: span(w).0,
            end: span(w).1,
            text: w.into(),
            code: code.map(Into::into),
            country: None,
            entity: None,
        };
        let article: marsad_core::Article =
            serde_json::from_value(serde_json::json!({"id": "t", "date": "2018-06-01", "text": text})).unwrap();
        let gold = crate::gold::GoldArticle {
            id: "t".into(),
            date: None,
            mentions: vec![mention("روسيا", None), mention("وإيران", Some("IRN"))],
            quotes: vec![],
            events: vec![],
            sentence: None,
        };
        let s = score(&[GoldDoc { gold, article }], &Analyzer::new().unwrap());
        // Two coded predictions; روسيا's code has nothing to be compared with.
        assert_eq!((s.coded.tp, s.coded.predicted, s.coded.gold), (1, 1, 1), "{:?}", s.coded);
        assert_eq!((s.spans.tp, s.spans.predicted), (2, 2));
    }
}
