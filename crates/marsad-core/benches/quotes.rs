//! Cost of the quotation finder on real news: the first ~2,000 articles of the shared ANT
//! corpus (`../shared/corpora/ant-v2.1.jsonl.gz`; skipped with a message if absent), with
//! tokens, sentences and mentions prepared outside the timed loop. Compare with
//! `cargo bench -p marsad-core --bench analyze` (`analyze`): the budget is 20% of
//! the whole analysis.

use divan::counter::BytesCount;
use divan::Bencher;
use marsad_core::{home, mentions, quotes, Analyzer};
use marsad_lexicon::Date;
use marsad_text::{sentence, token, ByteSpan};

#[path = "../../marsad-text/benches/common/corpus.rs"]
mod corpus;

const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

struct Prepared<'a> {
    text: String,
    tokens: Vec<token::Token>,
    keys: Vec<String>,
    paragraphs: Vec<ByteSpan>,
    sentences: Vec<ByteSpan>,
    mentions: Vec<mentions::ActorSpan<'a>>,
    home: Option<(String, String)>,
}


#[divan::bench(sample_count = 10)]
fn find_quotes(bencher: Bencher) {
    let Some(texts) = corpus::texts("quotes", ARTICLES) else { return };
    let analyzer = Analyzer::new().expect("embedded dictionaries load");
    let lex = analyzer.lexicon();
    let names = mentions::FirstNames::of(lex);
    let date = Date::parse("2018-06-01", false);
    let prepared: Vec<Prepared> = texts
        .into_iter()
        .map(|text| {
            let tokens = token::tokenize(&text);
            let keys = mentions::token_keys(&text, &tokens);
            let paragraphs = sentence::paragraphs(&text);
            let sentences = sentence::sentences(&text);
            let mentions = mentions::find(lex, &keys, &names, date);
            let home = home::home_country(lex, &mentions);
            Prepared { text, tokens, keys, paragraphs, sentences, mentions, home }
        })
        .collect();
    let bytes = BytesCount::new(prepared.iter().map(|p| p.text.len()).sum::<usize>());
    bencher.counter(bytes).bench(|| {
        prepared
            .iter()
            .map(|p| {
                quotes::find(&quotes::Input {
                    text: &p.text,
                    tokens: &p.tokens,
                    keys: &p.keys,
                    paragraphs: &p.paragraphs,
                    sentences: &p.sentences,
                    mentions: &p.mentions,
                    lexicon: lex,
                    home: p.home.as_ref(),
                })
                .len()
            })
            .sum::<usize>()
    });
}
