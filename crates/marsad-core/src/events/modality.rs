//! Polarity and modality of an event from the words before its predicate and the years
//! in its sentence.

use super::Input;
use marsad_lexicon::events::{EventWord, Tense};
use marsad_text::token::TokenKind;

pub struct Modality {
    pub negated: bool,
    pub modality: Option<&'static str>,
}

/// How far back a negation particle may be (لم تشن روسيا أي هجوم: the particle is
/// right before the verb; لن … أبدا).
const NEGATION_WINDOW: usize = 2;
/// How far back a denial verb, intent or condition may be (نفت إيران أن تكون قد هاجمت).
const MARKER_WINDOW: usize = 7;
/// How far from the predicate a year may date it.
const YEAR_WINDOW: usize = 12;

/// Verbs of continuing after a negation: لا يزال يهدد is "still threatens".
const STILL: &[&str] = &["زال", "يزال", "تزال", "نزال", "يزالون", "زالت", "سيما"];

pub fn of(input: &Input, s0: usize, s1: usize, pred: usize, tense: Tense, future_prefix: bool) -> Modality {
    let ev = input.lexicon.events();
    let mut negated = false;
    let (mut future, mut intent, mut hypothetical) = (future_prefix, false, false);
    let lo = pred.saturating_sub(MARKER_WINDOW).max(s0);
    let mut k = pred;
    while k > lo {
        k -= 1;
        let t = &input.tokens[k];
        // A clause ends at a comma or colon: its markers are not this event's.
        if t.kind == TokenKind::Punct && matches!(t.text(input.text), "،" | "," | ":" | "؛" | "." | "«" | "»") {
            break;
        }
        let key = input.keys[k].as_str();
        let near = pred - k <= NEGATION_WINDOW;
        match ev.word(key) {
            Some(EventWord::Negation) if near => {
                let still = input.keys.get(k + 1).is_some_and(|n| STILL.contains(&n.as_str()));
                if !still {
                    negated = true;
                    if key.ends_with("لن") {
                        future = true;
                    }
                }
            }
            // نفت إيران أن تكون هاجمت: the denied clause follows أن.
            Some(EventWord::Denial) if (k + 1..pred).any(|j| matches!(input.keys[j].as_str(), "ان" | "بان")) => negated = true,
            Some(EventWord::Future) if near => future = true,
            Some(EventWord::Intent) => intent = true,
            Some(EventWord::Hypothetical) => {
                // قد before a perfect is "already"; before an imperfect, "may".
                let qad = key.ends_with("قد") && key.chars().count() <= 3;
                if !qad || (tense == Tense::Imperfect && pred - k == 1) {
                    hypothetical = true;
                }
            }
            _ => {}
        }
    }
    let modality = if hypothetical {
        Some("hypothetical")
    } else if intent {
        Some("intent")
    } else if future {
        Some("future")
    } else if is_historical(input, s0, s1, pred) {
        Some("historical")
    } else {
        None
    };
    Modality { negated, modality }
}

/// A year (في عام 2003، سنة 1990) before the year preceding the article's, near the
/// predicate; منذ عام … is a start, not a date.
fn is_historical(input: &Input, s0: usize, s1: usize, pred: usize) -> bool {
    let Some(date) = input.date else { return false };
    let this_year = date.0 / 10_000;
    let lo = pred.saturating_sub(YEAR_WINDOW).max(s0);
    let hi = (pred + YEAR_WINDOW).min(s1);
    (lo..hi).any(|k| {
        if input.tokens[k].kind != TokenKind::Number {
            return false;
        }
        let Some(year) = input.keys[k].parse::<u32>().ok().filter(|y| (1900..2100).contains(y)) else { return false };
        let before = |n: usize| k >= n + s0 && k >= n;
        let marked = before(1) && matches!(input.keys[k - 1].as_str(), "عام" | "العام" | "سنه" | "في" | "وفي");
        let since = (k.saturating_sub(2).max(s0)..k).any(|j| input.keys[j] == "منذ");
        marked && !since && year + 1 < this_year
    })
}

