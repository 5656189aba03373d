//! Event spans point into the text exactly, on adversarial input too, and analysis never
//! panics.

use marsad_core::{Analyzer, Article, Span};

fn check(text: &str) {
    let analyzer = Analyzer::new().expect("embedded dictionaries load");
    let a = analyzer.analyze(&Article { id: "t".into(), date: Some("2019-06-01".into()), text: text.into(), ..Default::default() });
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> String { chars[s..e].iter().collect() };
    for e in &a.events {
        let Span { start, end, text: t } = &e.trigger;
        assert_eq!(&slice(*start, *end), t, "trigger of {e:?}");
        for p in e.actors.iter().chain(&e.recipients) {
            assert_eq!(slice(p.start, p.end), p.text, "party of {e:?}");
        }
        assert!(e.sentence[0] <= *start && *end <= e.sentence[1]);
        assert!(e.claimed_by.is_none_or(|q| q < a.quotes.len()));
    }
}

#[test]
fn spans_are_exact_on_ordinary_and_adversarial_text() {
    check("وقال جيفري: \"نجري مشاورات مع تركيا\". وشنت إسرائيل غارات على سوريا.");
    check("هُدِّدَتْ إيرانُ، وهدَّدت روسيا تركيا وإيران وسوريا والعراق والأردن ولبنان ومصر.");
    check(&"هدد ".repeat(5000));
    check(&"بين روسيا و".repeat(2000));
    check("«هاجمت» \"\" « « « هدد إيران");
    check("وبالتالي، لـ مع على ضد بين و سوف لن لم");
    check("🙂هدد🙂إيران🙂 x\u{200f}تهديد\u{064b}إسرائيل");
}
