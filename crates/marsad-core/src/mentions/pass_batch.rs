//! The mention layer over a chunk of documents pass by pass: every document is composed,
//! then each of the [`LATE_PASSES`] runs over every document before the next pass, so a
//! pass's code and branch history stay warm across the chunk instead of coming back cold
//! ~90 times a document (`docs/benchmarks.md`, sixty-first session). The mentions equal
//! [`find_in`](super::find_in)'s, document by document.

use super::{composed, ActorSpan, Doc, FirstNames, Pass, Pending, LATE_PASSES};
use marsad_lexicon::{Date, Lexicon};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// One document of a chunk: its token keys, its date and its text.
#[derive(Clone, Copy)]
pub struct DocInput<'d> {
    pub keys: &'d [String],
    pub date: Option<Date>,
    pub doc: Doc<'d>,
}

/// The mentions of each document, in input order, as [`find_in`](super::find_in) finds
/// them; `None` for a document whose passes panicked (a bug: no pass is meant to), which
/// loses only that document.
pub fn find_batch<'a>(lex: &'a Lexicon, first_names: &FirstNames, docs: &[DocInput<'_>]) -> Vec<Option<Vec<ActorSpan<'a>>>> {
    run_passes(lex, first_names, docs, LATE_PASSES)
}

/// [`find_batch`] with the pass list as an argument (a test hands it one that panics).
fn run_passes<'a>(lex: &'a Lexicon, first_names: &FirstNames, docs: &[DocInput<'_>], passes: &[Pass]) -> Vec<Option<Vec<ActorSpan<'a>>>> {
    let mut pending: Vec<Option<Pending<'a, '_>>> =
        docs.iter().map(|d| catch_unwind(AssertUnwindSafe(|| composed(lex, d.keys, first_names, d.date, Some(&d.doc)))).ok()).collect();
    for pass in passes {
        for slot in &mut pending {
            if let Some(state) = slot {
                if catch_unwind(AssertUnwindSafe(|| pass(state))).is_err() {
                    *slot = None;
                }
            }
        }
    }
    pending.into_iter().map(|slot| slot.map(|state| state.out)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::{find_in, token_keys};
    use marsad_text::{sentence, token};

    struct Text {
        text: String,
        tokens: Vec<token::Token>,
        keys: Vec<String>,
        paragraphs: Vec<(usize, usize)>,
    }

    fn prepared(text: &str) -> Text {
        let tokens = token::tokenize(text);
        let keys = token_keys(text, &tokens);
        Text { text: text.into(), paragraphs: sentence::paragraphs(text), tokens, keys }
    }

    fn inputs(texts: &[Text]) -> Vec<DocInput<'_>> {
        let date = Date::parse("2021-03-04", false);
        texts
            .iter()
            .map(|t| DocInput { keys: &t.keys, date, doc: Doc { text: &t.text, tokens: &t.tokens, paragraphs: &t.paragraphs } })
            .collect()
    }

    const TEXTS: [&str; 4] = [
        "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي في القاهرة، وقال الوزير إن بلاده تدعم الحكومة.",
        "",
        "#عاجل قالت الشرطة الفرنسية إن مسلحين مجهولين هاجموا مركزا للشرطة في مرسيليا.\n\nوأضاف المتحدث باسم الشرطة: «لا إصابات».",
        "التقى رئيس الوزراء العراقي بسفير المملكة العربية السعودية في بغداد.",
    ];

    #[test]
    fn a_chunk_pass_by_pass_finds_what_each_document_finds_alone() {
        let a = crate::Analyzer::new().expect("dictionaries");
        let texts: Vec<Text> = TEXTS.iter().map(|t| prepared(t)).collect();
        let docs = inputs(&texts);
        let batch = find_batch(a.lexicon(), a.first_names(), &docs);
        assert_eq!(batch.len(), docs.len());
        for (found, d) in batch.iter().zip(&docs) {
            let alone = find_in(a.lexicon(), d.keys, a.first_names(), d.date, &d.doc);
            assert_eq!(format!("{:?}", found.as_ref().expect("no panic")), format!("{alone:?}"));
        }
        assert!(!batch[0].as_ref().unwrap().is_empty() && batch[1].as_ref().unwrap().is_empty());
        assert!(find_batch(a.lexicon(), a.first_names(), &[]).is_empty());
    }

    #[test]
    fn a_pass_that_panics_loses_only_its_own_document() {
        let a = crate::Analyzer::new().expect("dictionaries");
        let texts: Vec<Text> = TEXTS.iter().map(|t| prepared(t)).collect();
        let docs = inputs(&texts);
        // The first pass, then one that fails on the third document only, then the rest.
        let failing: Pass = |d| assert!(!d.cx.keys.iter().any(|k| k == "مرسيليا"), "a bug in one document");
        let passes: Vec<Pass> = [LATE_PASSES[0], failing].into_iter().chain(LATE_PASSES[1..].iter().copied()).collect();
        let batch = run_passes(a.lexicon(), a.first_names(), &docs, &passes);
        assert!(batch[2].is_none());
        for k in [0, 1, 3] {
            let alone = find_in(a.lexicon(), docs[k].keys, a.first_names(), docs[k].date, &docs[k].doc);
            assert_eq!(format!("{:?}", batch[k].as_ref().expect("kept")), format!("{alone:?}"));
        }
    }
}
