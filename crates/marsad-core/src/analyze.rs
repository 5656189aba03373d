//! The pipeline: text layer, then (as they land) mentions, quotes and events.

use crate::model::{Analysis, Article, Diagnostic, Severity, FORMAT};
use crate::offsets::CharOffsets;
use marsad_text::sentence;

/// Holds everything that is built once (dictionaries and matchers, as they land) and
/// analyses articles. `Send + Sync`: share one across threads.
#[derive(Debug, Default)]
pub struct Analyzer {
    _private: (),
}

impl Analyzer {
    /// An analyzer with the embedded default resources.
    pub fn new() -> Analyzer {
        Analyzer { _private: () }
    }

    /// Analyse one article. Never fails and never panics on any text: problems are
    /// reported in `diagnostics`.
    pub fn analyze(&self, article: &Article) -> Analysis {
        let text = article.text.as_str();
        let offsets = CharOffsets::new(text);
        let paragraphs = sentence::paragraphs(text);
        let sentences = sentence::sentences(text);
        let mut diagnostics = Vec::new();
        if text.trim().is_empty() {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                message: "empty article text".to_string(),
            });
        }
        Analysis {
            format: FORMAT.to_string(),
            id: article.id.clone(),
            date: article.date.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            paragraphs: paragraphs.iter().map(|&(s, e)| offsets.span(s, e)).collect(),
            sentences: sentences.iter().map(|&(s, e)| offsets.span(s, e)).collect(),
            mentions: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
            diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article { id: "t".into(), text: text.into(), ..Default::default() }
    }

    #[test]
    fn empty_article_is_analysed_with_a_warning() {
        let a = Analyzer::new().analyze(&article("  \n "));
        assert!(a.paragraphs.is_empty());
        assert_eq!(a.diagnostics.len(), 1);
        assert_eq!(a.format, FORMAT);
    }

    #[test]
    fn spans_are_code_point_offsets() {
        let text = "قال الوزير.\n\nوأضاف: «نعم».";
        let a = Analyzer::new().analyze(&article(text));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(a.paragraphs.len(), 2);
        let [s, e] = a.paragraphs[1];
        let para: String = chars[s..e].iter().collect();
        assert_eq!(para, "وأضاف: «نعم».");
    }
}
