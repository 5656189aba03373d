//! `marsad eval quotes`: quotations against the dev gold.
//!
//! A predicted quote matches a gold one of the same kind (direct or indirect) when their
//! content spans overlap with IoU ≥ 0.5. On matched quotes, the speaker's country is right
//! when it equals the gold speaker country, and the name is right when the gold canonical
//! name and marsad's entity share their last word (case-insensitive). The speaker's text
//! is right when marsad's speaker text and the gold `speaker_text` share a word (compared
//! as matching keys, without و ل ب): it checks that the right phrase was picked, named
//! or not, in any language of canonical names.

use crate::gold::{match_spans, GoldDoc, GoldQuote, Prf};
use marsad_core::{Analyzer, Quote};
use serde::Serialize;

#[derive(Debug, Default, Serialize)]
pub struct QuoteScore {
    pub direct: Prf,
    pub indirect: Prf,
    pub all: Prf,
    /// Share of matched quotes whose speaker country is right (among gold quotes with a
    /// speaker country).
    pub speaker_country: f64,
    pub speaker_country_n: usize,
    /// Share of matched quotes whose speaker name is right (among gold quotes with a name).
    pub speaker_name: f64,
    pub speaker_name_n: usize,
    /// Share of matched quotes whose speaker text shares a word with the gold one (among
    /// gold quotes with a speaker text).
    pub speaker_text: f64,
    pub speaker_text_n: usize,
    pub errors: Vec<String>,
}

/// The content words of a phrase as matching keys, without a leading و ل ب.
fn words(s: &str) -> std::collections::HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(marsad_text::normalize::key)
        .map(|k| match k.strip_prefix(['و', 'ل', 'ب']) {
            Some(rest) if rest.chars().count() >= 3 => rest.to_string(),
            _ => k,
        })
        .filter(|k| k.chars().count() >= 2)
        .collect()
}

fn last_word(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '-').next_back().unwrap_or("").to_lowercase()
}

pub fn score(docs: &[GoldDoc], analyzer: &Analyzer) -> QuoteScore {
    let mut s = QuoteScore::default();
    let mut counts = [(0usize, 0usize, 0usize); 2]; // (tp, predicted, gold) for direct, indirect
    let (mut cty_ok, mut cty_n, mut name_ok, mut name_n, mut text_ok, mut text_n) = (0, 0, 0, 0, 0, 0);
    for doc in docs {
        let a = analyzer.analyze(&doc.article);
        let short = doc.gold.id.rsplit(':').next().unwrap_or(&doc.gold.id).to_string();
        for (k, direct) in [(0, true), (1, false)] {
            let gold: Vec<&GoldQuote> = doc.gold.quotes.iter().filter(|q| q.direct == direct).collect();
            let pred: Vec<&Quote> = a.quotes.iter().filter(|q| q.direct == direct).collect();
            let m = match_spans(&gold, &pred, |g| (g.start, g.end), |p| (p.start, p.end), |_, _| true, 0.5);
            counts[k].0 += m.iter().flatten().count();
            counts[k].1 += pred.len();
            counts[k].2 += gold.len();
            for (gi, g) in gold.iter().enumerate() {
                let Some(pi) = m[gi] else {
                    let text: String = doc.article.text.chars().skip(g.start).take(50).collect();
                    s.errors.push(format!("{short}: miss {} «{text}…»", if direct { "direct" } else { "indirect" }));
                    continue;
                };
                let sp = pred[pi].speaker.as_ref();
                if let Some(gc) = &g.speaker_country {
                    cty_n += 1;
                    if sp.and_then(|p| p.country.as_ref()) == Some(gc) {
                        cty_ok += 1;
                    } else {
                        s.errors.push(format!(
                            "{short}: speaker country {gc} got {:?} ({})",
                            sp.and_then(|p| p.country.clone()),
                            sp.map(|p| p.text.clone()).unwrap_or_default()
                        ));
                    }
                }
                if let Some(gt) = g.speaker_text.as_deref().filter(|t| !t.is_empty()) {
                    text_n += 1;
                    let got = sp.map(|p| words(&p.text)).unwrap_or_default();
                    if !got.is_disjoint(&words(gt)) {
                        text_ok += 1;
                    } else {
                        s.errors.push(format!("{short}: speaker text «{gt}» got «{}»", sp.map(|p| p.text.as_str()).unwrap_or("")));
                    }
                }
                if let Some(name) = &g.speaker {
                    name_n += 1;
                    let got = sp.and_then(|p| p.entity.as_deref()).map(last_word);
                    if got.as_deref() == Some(last_word(name).as_str()) {
                        name_ok += 1;
                    }
                }
            }
            let matched: std::collections::BTreeSet<usize> = m.iter().flatten().copied().collect();
            for (pi, p) in pred.iter().enumerate() {
                if !matched.contains(&pi) {
                    let text: String = p.text.chars().take(50).collect();
                    s.errors.push(format!("{short}: extra {} «{text}…» ({})", if direct { "direct" } else { "indirect" }, p.rule));
                }
            }
        }
    }
    s.direct = Prf::new(counts[0].0, counts[0].1, counts[0].0, counts[0].2);
    s.indirect = Prf::new(counts[1].0, counts[1].1, counts[1].0, counts[1].2);
    let all = (counts[0].0 + counts[1].0, counts[0].1 + counts[1].1, counts[0].2 + counts[1].2);
    s.all = Prf::new(all.0, all.1, all.0, all.2);
    s.speaker_country = if cty_n == 0 { 0.0 } else { cty_ok as f64 / cty_n as f64 };
    s.speaker_country_n = cty_n;
    s.speaker_name = if name_n == 0 { 0.0 } else { name_ok as f64 / name_n as f64 };
    s.speaker_name_n = name_n;
    s.speaker_text = if text_n == 0 { 0.0 } else { text_ok as f64 / text_n as f64 };
    s.speaker_text_n = text_n;
    s
}
