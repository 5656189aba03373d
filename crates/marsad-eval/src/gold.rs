//! The development gold set: hand labels over shared-corpus articles (`eval/gold/resolved/`,
//! format in `eval/README.md`), joined with the article texts read from the corpus.

use marsad_core::Article;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Clone, Debug, Deserialize)]
pub struct GoldMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub entity: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldQuote {
    pub start: usize,
    pub end: usize,
    pub direct: bool,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_country: Option<String>,
    #[serde(default)]
    pub speaker_text: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub paragraph: Option<usize>,
    #[serde(default)]
    pub actor_country: Option<String>,
    #[serde(default)]
    pub recipient_country: Option<String>,
    #[serde(default)]
    pub cameo: Option<String>,
    #[serde(default)]
    pub negated: bool,
    #[serde(default)]
    pub modality: Option<String>,
    /// Stated only inside a quotation.
    #[serde(default)]
    pub claimed: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub mentions: Vec<GoldMention>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    /// A sentence set's record: code-point offsets `[start, end)` of one sentence of the
    /// article. Only that sentence is analysed, as a document of one paragraph without a
    /// title, as a sentence-level event benchmark feeds it (eval/sent/README.md).
    #[serde(default)]
    pub sentence: Option<[usize; 2]>,
}

/// A gold article with its text.
pub struct GoldDoc {
    pub gold: GoldArticle,
    pub article: Article,
}

/// Read every `*.json` of `dir` and find each article's text in the JSONL(.gz) corpus.
/// Errors name the file and problem.
pub fn load(dir: &Path, corpus: &Path) -> Result<Vec<GoldDoc>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read gold directory: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut golds = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let g: GoldArticle = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        golds.push(g);
    }
    // A sentence set labels several sentences of one article, each in its own file.
    let mut wanted: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, g) in golds.iter().enumerate() {
        wanted.entry(g.id.as_str()).or_default().push(i);
    }
    let mut texts: HashMap<usize, Article> = HashMap::new();
    let records = marsad_io::open(corpus, &marsad_io::ReadOptions::default())?;
    for r in records {
        if let marsad_io::Record::Article { article, .. } = r {
            if let Some(labelled) = wanted.get(article.id.as_str()) {
                for &i in labelled {
                    texts.insert(i, article.clone());
                }
                if texts.len() == golds.len() {
                    break;
                }
            }
        }
    }
    let mut docs = Vec::new();
    for (i, g) in golds.into_iter().enumerate() {
        let mut article = texts
            .remove(&i)
            .ok_or_else(|| format!("{}: article {} not found in {}", files[i].display(), g.id, corpus.display()))?;
        // The labels' date is the one they were coded for.
        if g.date.is_some() {
            article.date = g.date.clone();
        }
        if let Some(span) = g.sentence {
            article = sentence_alone(article, span).map_err(|e| format!("{}: {e}", files[i].display()))?;
        }
        docs.push(GoldDoc { gold: g, article });
    }
    Ok(docs)
}

/// The article cut to one sentence (code-point offsets), titled by nothing and named
/// `id@start` so that errors tell the sentences of one article apart.
fn sentence_alone(mut article: Article, [start, end]: [usize; 2]) -> Result<Article, String> {
    let chars = article.text.chars().count();
    if start >= end || end > chars {
        return Err(format!("sentence [{start}, {end}) is outside article {} ({chars} characters)", article.id));
    }
    article.text = article.text.chars().skip(start).take(end - start).collect();
    article.title = None;
    article.id = format!("{}@{start}", article.id);
    Ok(article)
}

/// Character overlap of two spans over their union.
pub fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, serde::Serialize)]
pub struct Prf {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(tp_pred: usize, predicted: usize, tp_gold: usize, gold: usize) -> Prf {
        let p = if predicted == 0 { 0.0 } else { tp_pred as f64 / predicted as f64 };
        let r = if gold == 0 { 0.0 } else { tp_gold as f64 / gold as f64 };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Prf { tp: tp_gold, predicted, gold, precision: p, recall: r, f1 }
    }
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P {:.3} R {:.3} F1 {:.3} (predicted {}, gold {})",
            self.precision, self.recall, self.f1, self.predicted, self.gold
        )
    }
}

/// Greedy one-to-one matching of predicted to gold spans by best IoU ≥ `threshold`
/// under `compatible`. Returns, for each gold item, the matched prediction.
pub fn match_spans<G, P>(
    gold: &[G],
    pred: &[P],
    gspan: impl Fn(&G) -> (usize, usize),
    pspan: impl Fn(&P) -> (usize, usize),
    compatible: impl Fn(&G, &P) -> bool,
    threshold: f64,
) -> Vec<Option<usize>> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = iou(gspan(g), pspan(p));
            if o >= threshold && compatible(g, p) {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut g_used = vec![None; gold.len()];
    let mut p_used = vec![false; pred.len()];
    for (_, gi, pi) in pairs {
        if g_used[gi].is_none() && !p_used[pi] {
            g_used[gi] = Some(pi);
            p_used[pi] = true;
        }
    }
    g_used
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article { id: "a".into(), date: None, title: Some("عنوان".into()), source: None, url: None, text: text.into() }
    }

    #[test]
    fn a_sentence_is_cut_by_code_points_and_named_by_its_start() {
        let a = sentence_alone(article("قال ترامب. التقى بوتين أردوغان."), [11, 31]).unwrap();
        assert_eq!(a.text, "التقى بوتين أردوغان.");
        assert_eq!(a.id, "a@11");
        assert_eq!(a.title, None);
    }

    #[test]
    fn a_sentence_outside_its_article_is_an_error() {
        assert!(sentence_alone(article("قال ترامب."), [3, 40]).unwrap_err().contains("outside article a"));
        assert!(sentence_alone(article("قال ترامب."), [5, 5]).is_err());
    }
}
