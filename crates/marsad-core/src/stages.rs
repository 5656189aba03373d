//! One article's analysis cut into its stages (text layer, mentions, quotes, events,
//! output), so that a caller can run each stage over a batch of articles before the next
//! begins. A stage's code and branch history then stay warm from one article to the next,
//! where running every stage of one article before the next article brings ~40 passes'
//! code back into the cache each time (`docs/benchmarks.md`, sixtieth session).
//! `Analyzer::analyze` and `Analyzer::analyze_batch` both run these stages, in this order.

use crate::model::{Analysis, Article, Diagnostic, Event, Quote, Severity, FORMAT};
use crate::offsets::CharOffsets;
use crate::{events, home, mentions, quotes, Analyzer};
use marsad_lexicon::Date;
use marsad_text::{sentence, token};

/// One article between stages: each stage reads what the earlier ones left and adds its own.
pub struct ArticleLayers<'a> {
    article: &'a Article,
    offsets: CharOffsets<'a>,
    paragraphs: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    tokens: Vec<token::Token>,
    keys: Vec<String>,
    date: Option<Date>,
    diagnostics: Vec<Diagnostic>,
    actor_spans: Vec<mentions::ActorSpan<'a>>,
    home: Option<(String, String)>,
    quote_spans: Vec<quotes::QuoteSpan>,
    quotes: Vec<Quote>,
    events: Vec<Event>,
}

impl<'a> ArticleLayers<'a> {
    /// Stage 1, the text layer: paragraphs, sentences, tokens and their keys, the date.
    pub fn text(article: &'a Article) -> ArticleLayers<'a> {
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
        ArticleLayers {
            article,
            offsets,
            paragraphs,
            sentences,
            tokens,
            keys,
            date,
            diagnostics,
            actor_spans: Vec::new(),
            home: None,
            quote_spans: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
        }
    }

    fn doc(&self) -> mentions::Doc<'_> {
        mentions::Doc { text: &self.article.text, tokens: &self.tokens, paragraphs: &self.paragraphs }
    }

    /// Stage 2, the mention layer, and the story's home country it gives.
    pub fn mentions(&mut self, analyzer: &'a Analyzer) {
        let lexicon = analyzer.lexicon();
        self.actor_spans = mentions::find_in(lexicon, &self.keys, analyzer.first_names(), self.date, &self.doc());
        self.home = home::home_country(lexicon, &self.actor_spans);
    }

    /// Stage 2 over a chunk, pass by pass ([`mentions::pass_batch`]): each mention pass
    /// runs over every article before the next pass, the same mentions as [`Self::mentions`]
    /// gives each. An article whose passes panicked is dropped (`None`), the others kept.
    pub fn mentions_batch(staged: &mut [Option<ArticleLayers<'a>>], analyzer: &'a Analyzer) {
        let lexicon = analyzer.lexicon();
        let docs: Vec<mentions::pass_batch::DocInput<'_>> = staged
            .iter()
            .flatten()
            .map(|layers| mentions::pass_batch::DocInput { keys: &layers.keys, date: layers.date, doc: layers.doc() })
            .collect();
        let found = mentions::pass_batch::find_batch(lexicon, analyzer.first_names(), &docs);
        drop(docs);
        for (slot, spans) in staged.iter_mut().filter(|slot| slot.is_some()).zip(found) {
            let Some(spans) = spans else {
                *slot = None;
                continue;
            };
            let layers = slot.as_mut().expect("filtered");
            // The home country reads the mentions only: as in `mentions`, one article's.
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| home::home_country(lexicon, &spans))) {
                Ok(home) => {
                    layers.actor_spans = spans;
                    layers.home = home;
                }
                Err(_) => *slot = None,
            }
        }
    }

    /// Stage 3, quotations and their speakers (reads the mentions).
    pub fn quotes(&mut self, analyzer: &Analyzer) {
        let text = self.article.text.as_str();
        self.quote_spans = quotes::find(&quotes::Input {
            text,
            tokens: &self.tokens,
            keys: &self.keys,
            paragraphs: &self.paragraphs,
            sentences: &self.sentences,
            mentions: &self.actor_spans,
            lexicon: analyzer.lexicon(),
            home: self.home.as_ref(),
        });
        self.quotes = quotes::to_quotes(text, &self.tokens, &self.offsets, &self.quote_spans);
    }

    /// Stage 4, events (reads the mentions and the quotations).
    pub fn events(&mut self, analyzer: &Analyzer) {
        let text = self.article.text.as_str();
        let event_spans = events::find(&events::Input {
            text,
            tokens: &self.tokens,
            keys: &self.keys,
            sentences: &self.sentences,
            mentions: &self.actor_spans,
            quotes: &self.quote_spans,
            lexicon: analyzer.lexicon(),
            date: self.date,
            home: self.home.as_ref(),
        });
        self.events = events::to_events(text, &self.tokens, &self.offsets, &event_spans);
    }

    /// Stage 5, the output: first person nouns in quotes (قواتنا) need the speakers, so
    /// they are added last, then every layer in code-point offsets.
    pub fn finish(mut self, analyzer: &'a Analyzer) -> Analysis {
        let text = self.article.text.as_str();
        let doc = mentions::Doc { text, tokens: &self.tokens, paragraphs: &self.paragraphs };
        mentions::ours::find(analyzer.lexicon(), &self.keys, &doc, &self.quote_spans, &mut self.actor_spans);
        let mentions = mentions::to_mentions(text, &self.tokens, &self.offsets, &self.actor_spans);
        let article = self.article;
        let offsets = &self.offsets;
        Analysis {
            format: FORMAT.to_string(),
            id: article.id.clone(),
            date: article.date.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            paragraphs: self.paragraphs.iter().map(|&(s, e)| offsets.span(s, e)).collect(),
            sentences: self.sentences.iter().map(|&(s, e)| offsets.span(s, e)).collect(),
            mentions,
            quotes: self.quotes,
            events: self.events,
            diagnostics: self.diagnostics,
        }
    }
}
