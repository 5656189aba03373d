//! Cost of the quotation finder on real news: the first ~2,000 articles of the shared ANT
//! corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if absent), with
//! the stages before it (text layer, mentions) run outside the timed loop. Compare with
//! `cargo bench -p marsad-core --bench analyze` (`analyze`): the budget is 20% of
//! the whole analysis.

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_core::stages::ArticleLayers;
use marsad_core::{Analyzer, Article};

#[path = "../../marsad-text/benches/common/corpus.rs"]
mod corpus;

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn find_quotes(bencher: Bencher) {
    let Some(texts) = corpus::texts("quotes", ARTICLES) else { return };
    let analyzer = Analyzer::new().expect("embedded dictionaries load");
    let date = Some("2018-06-01".to_string());
    let articles: Vec<Article> =
        texts.into_iter().enumerate().map(|(i, text)| Article { id: i.to_string(), text, date: date.clone(), ..Default::default() }).collect();
    // The analysis's own stages up to the mentions, as `Analyzer::analyze` runs them.
    let mut staged: Vec<ArticleLayers> = articles
        .iter()
        .map(|article| {
            let mut layers = ArticleLayers::text(article);
            layers.mentions(&analyzer);
            layers
        })
        .collect();
    let bytes = BytesCount::new(articles.iter().map(|a| a.text.len()).sum::<usize>());
    bencher.counter(bytes).bench_local(|| {
        for layers in &mut staged {
            layers.quotes(std::hint::black_box(&analyzer));
        }
    });
}
