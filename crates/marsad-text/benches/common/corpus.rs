//! The benches' input: the article texts of the shared ANT corpus
//! (`../shared/corpora/ant-v2.1.jsonl.gz`, beside the repository). The analyze, quotes,
//! scan and segment benches include this file (`#[path]`): one reading of the articles.

use std::io::{BufRead, BufReader};

/// The texts of the first `articles` articles, or `None` with a message naming `bench`
/// when the corpus is absent (a user's clone has no `../shared`).
pub fn texts(bench: &str, articles: usize) -> Option<Vec<String>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ant-v2.1.jsonl.gz");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipping {bench} bench: corpus {} not found", path.display());
        return None;
    };
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut texts = Vec::new();
    for line in reader.lines().take(articles) {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(text.to_owned());
        }
    }
    Some(texts)
}
