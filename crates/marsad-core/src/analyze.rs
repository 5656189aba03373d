//! The pipeline: text layer, mentions, quotes, events (`stages.rs`), for one article or
//! stage by stage over a batch.

use crate::mentions;
use crate::model::{Analysis, Article};
use crate::stages::ArticleLayers;
use marsad_lexicon::{Lexicon, LexiconError};

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
    /// Articles a worker should hand `analyze_batch` at once: enough for each stage's code
    /// to stay warm, few enough that a reader's batch still splits evenly across the workers
    /// (docs/benchmarks.md, sixtieth session).
    pub const BATCH_ARTICLES: usize = 64;

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
        let mut layers = ArticleLayers::text(article);
        layers.mentions(self);
        layers.quotes(self);
        layers.events(self);
        layers.finish(self)
    }

    /// Analyse several articles stage by stage: the text layer of every article, then the
    /// mentions of every article, and so on, so that each stage's code and branch history
    /// stay warm across the batch (the analyses equal `analyze`'s, in input order). A
    /// panic (a bug: no stage is meant to panic) loses only its own article, as `None`.
    pub fn analyze_batch(&self, articles: &[&Article]) -> Vec<Option<Analysis>> {
        let mut staged: Vec<Option<ArticleLayers<'_>>> =
            articles.iter().map(|article| unwound(|| ArticleLayers::text(article))).collect();
        ArticleLayers::mentions_batch(&mut staged, self);
        each_unwound(&mut staged, |layers| layers.quotes(self));
        each_unwound(&mut staged, |layers| layers.events(self));
        staged.into_iter().map(|slot| slot.and_then(|layers| unwound(|| layers.finish(self)))).collect()
    }

    /// `analyze_batch` over the records that hold an article (`article_of`), each record
    /// paired with its analysis in input order: `None` for a record with no article, or
    /// for one whose analysis panicked.
    pub fn analyze_records<R>(&self, records: Vec<R>, article_of: fn(&R) -> Option<&Article>) -> Vec<(R, Option<Analysis>)> {
        let mut analyses = self.analyze_batch(&records.iter().filter_map(article_of).collect::<Vec<_>>()).into_iter();
        records
            .into_iter()
            .map(|record| {
                let analysis = if article_of(&record).is_some() { analyses.next().flatten() } else { None };
                (record, analysis)
            })
            .collect()
    }
}

/// Run one stage over every article still staged; one that panics is dropped (`None`).
fn each_unwound<'a>(staged: &mut [Option<ArticleLayers<'a>>], mut stage: impl FnMut(&mut ArticleLayers<'a>)) {
    for slot in staged {
        if let Some(layers) = slot {
            if unwound(|| stage(layers)).is_none() {
                *slot = None;
            }
        }
    }
}

/// `f`'s value, or `None` if it panicked.
fn unwound<T>(f: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FORMAT;

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

    #[test]
    fn a_batch_gives_each_article_its_own_analysis() {
        let texts = [
            "قال وزير الخارجية الفرنسي إن بلاده ستدعم الحكومة اللبنانية.",
            "",
            "اعتقلت الشرطة التركية ثلاثة صحفيين في أنقرة، وقال المتحدث باسم الحزب: «هذا اعتداء على حرية الصحافة».",
            "وأضاف: «قواتنا مستعدة».",
        ];
        let articles: Vec<Article> = texts.iter().map(|t| article(t)).collect();
        let refs: Vec<&Article> = articles.iter().collect();
        let a = analyzer();
        let batch = a.analyze_batch(&refs);
        assert_eq!(batch.len(), articles.len());
        for (one, art) in batch.iter().zip(&articles) {
            assert_eq!(one.as_ref(), Some(&a.analyze(art)));
        }
        assert!(!batch[2].as_ref().unwrap().mentions.is_empty());
        assert!(a.analyze_batch(&[]).is_empty());
    }

    #[test]
    fn records_without_an_article_keep_their_place() {
        let a = analyzer();
        let records = vec![Some(article("اعتقلت الشرطة التركية ثلاثة صحفيين.")), None, Some(article("وأضاف: «قواتنا مستعدة».")), None];
        let paired = a.analyze_records(records.clone(), |r| r.as_ref());
        assert_eq!(paired.len(), 4);
        for ((record, analysis), original) in paired.iter().zip(&records) {
            assert_eq!(record, original);
            assert_eq!(analysis.as_ref(), original.as_ref().map(|art| a.analyze(art)).as_ref());
        }
    }

    #[test]
    fn a_stage_that_panics_loses_only_its_own_article() {
        let articles: Vec<Article> = ["قال الرئيس.", "قال الوزير.", "قال السفير."].iter().map(|t| article(t)).collect();
        let mut staged: Vec<Option<ArticleLayers<'_>>> = articles.iter().map(|a| Some(ArticleLayers::text(a))).collect();
        let mut calls = 0;
        each_unwound(&mut staged, |_| {
            calls += 1;
            assert!(calls != 2, "a bug in the second article");
        });
        assert_eq!(calls, 3);
        assert!(staged[0].is_some() && staged[1].is_none() && staged[2].is_some());
    }
}
