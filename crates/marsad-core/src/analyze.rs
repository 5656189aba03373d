//! The pipeline: text layer, mentions, then (as they land) quotes and events.

use crate::{events, home, mentions, quotes};
use crate::model::{Analysis, Article, Diagnostic, Severity, FORMAT};
use crate::offsets::CharOffsets;
use marsad_lexicon::{Date, Lexicon, LexiconError};
use marsad_text::{sentence, token};

/// Holds everything that is built once (the compiled dictionaries) and analyses
/// articles. `Send + Sync`: share one across threads.
#[derive(Debug)]
pub struct Analyzer {
    lexicon: Lexicon,
    /// Keys of personal first names (from the people dictionary), to recognise an unknown
    /// person named right after a role phrase.
    first_names: mentions::FirstNames,
}

impl Analyzer {
    /// An analyzer with the embedded default dictionaries.
    pub fn new() -> Result<Analyzer, LexiconError> {
        Ok(Analyzer::with_lexicon(Lexicon::embedded()?))
    }

    /// An analyzer over the given dictionaries.
    pub fn with_lexicon(lexicon: Lexicon) -> Analyzer {
        let first_names = mentions::FirstNames::of(&lexicon);
        Analyzer { lexicon, first_names }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The given names unknown people are recognised by.
    pub fn first_names(&self) -> &mentions::FirstNames {
        &self.first_names
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
            diagnostics.push(Diagnostic { severity: Severity::Warning, message: "empty article text".to_string() });
        }
        let date = article.date.as_deref().and_then(|d| Date::parse(d, false));
        if let (Some(d), None) = (article.date.as_deref(), date) {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                message: format!("date {d:?} is not YYYY-MM-DD: dated codes use the latest role"),
            });
        }
        let tokens = token::tokenize(text);
        let keys = mentions::token_keys(text, &tokens);
        let doc = mentions::Doc { text, tokens: &tokens, paragraphs: &paragraphs };
        let mut actor_spans = mentions::find_in(&self.lexicon, &keys, &self.first_names, date, &doc);
        let home = home::home_country(&self.lexicon, &actor_spans);
        let quote_spans = quotes::find(&quotes::Input {
            text,
            tokens: &tokens,
            keys: &keys,
            paragraphs: &paragraphs,
            sentences: &sentences,
            mentions: &actor_spans,
            lexicon: &self.lexicon,
            home: home.as_ref(),
        });
        let quotes = quotes::to_quotes(text, &tokens, &offsets, &quote_spans);
        let event_spans = events::find(&events::Input {
            text,
            tokens: &tokens,
            keys: &keys,
            sentences: &sentences,
            mentions: &actor_spans,
            quotes: &quote_spans,
            lexicon: &self.lexicon,
            date,
            home: home.as_ref(),
        });
        let events = events::to_events(text, &tokens, &offsets, &event_spans);
        // First person nouns in quotes (قواتنا) need the speakers: added last, for output.
        mentions::ours::find(&self.lexicon, &keys, &doc, &quote_spans, &mut actor_spans);
        let mentions = mentions::to_mentions(text, &tokens, &offsets, &actor_spans);
        Analysis {
            format: FORMAT.to_string(),
            id: article.id.clone(),
            date: article.date.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            paragraphs: paragraphs.iter().map(|&(s, e)| offsets.span(s, e)).collect(),
            sentences: sentences.iter().map(|&(s, e)| offsets.span(s, e)).collect(),
            mentions,
            quotes,
            events,
            diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer() -> Analyzer {
        Analyzer::new().expect("embedded dictionaries load")
    }

    fn article(text: &str) -> Article {
        Article { id: "t".into(), text: text.into(), ..Default::default() }
    }

    #[test]
    fn empty_article_is_analysed_with_a_warning() {
        let a = analyzer().analyze(&article("  \n "));
        assert!(a.paragraphs.is_empty());
        assert_eq!(a.diagnostics.len(), 1);
        assert_eq!(a.format, FORMAT);
    }

    #[test]
    fn spans_are_code_point_offsets() {
        let text = "قال الوزير.\n\nوأضاف: «نعم».";
        let a = analyzer().analyze(&article(text));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(a.paragraphs.len(), 2);
        let [s, e] = a.paragraphs[1];
        let para: String = chars[s..e].iter().collect();
        assert_eq!(para, "وأضاف: «نعم».");
    }
}
