//! Two or more portfolios joined by و under one dual or plural minister noun, then the
//! dual or plural nisba of one state (وزيري الداخلية والعدل التركيين، وزراء الخارجية
//! والدفاع الأمريكيين، وزارتي الخارجية والخزانة الأميركيتين): the ministers (or
//! ministries) of that state, one phrase the guide spans whole, coded with the state's
//! government. The matcher reads only pieces (وزيري الداخلية، والدفاع الأمريكيين → a
//! defence code, التركيين as the bare state), since the nisba agrees with the head, not
//! with the last portfolio.
//!
//! Only a minister noun (not قادة، مسؤولي: القادة المحليين والزعماء is a list of
//! people), only definite portfolio words from [`PORTFOLIOS`], and only a nisba in the
//! dual or plural (ـيين، ـيان، ـيتين), which agrees with the head: a singular nisba
//! there belongs to the last portfolio alone.

use super::office_lists::PORTFOLIOS;
use super::{code_in_state, nationality, nationality_of_keys, ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;

/// Dual and plural minister and ministry nouns (keys), the heads of the phrase.
pub(super) const MINISTERS: &[&str] = &["وزراء", "وزيرا", "وزيري", "وزارتا", "وزارتي", "وزارات"];

/// Is `key` a minister noun with up to two proclitics (لوزيري، ووزراء), and is one of
/// them a preposition? (Each is tried: وزيري begins with a letter that is also a clitic.)
pub(super) fn minister(key: &str) -> Option<bool> {
    let (mut k, mut prepositional) = (key, false);
    for _ in 0..3 {
        if MINISTERS.contains(&k) {
            return Some(prepositional);
        }
        prepositional |= k.starts_with(['ب', 'ل']);
        k = k.strip_prefix(['و', 'ف', 'ب', 'ل'])?;
    }
    None
}

/// The state the dual or plural nisba at token `t` names; the feminine dual
/// (الأميركيتين), which the lexicon may not list, read as its singular (الأميركية).
fn state_of_nisba<'a>(cx: &Cx<'a, '_>, t: usize) -> Option<(&'a str, &'a str)> {
    nationality(cx, t).or_else(|| {
        let key = &cx.keys[t];
        let stem = key.strip_suffix("يتين").or_else(|| key.strip_suffix("يتان"))?;
        nationality_of_keys(cx, &[format!("{stem}يه")])
    })
}

/// Is `key` a definite portfolio word (الداخليه), its و already stripped?
fn portfolio(key: &str) -> bool {
    key.strip_prefix("ال").is_some_and(|p| PORTFOLIOS.contains(&p))
}

/// Does the nisba key `key` end as a dual or plural (التركيين، الروسيان، الأميركيتين)?
fn dual_or_plural(key: &str) -> bool {
    ["يين", "يون", "يان", "يتين", "يتان"].iter().any(|e| key.ends_with(e))
}

/// The end (exclusive) of the phrase headed at token `t` and the nisba's token, if `t`
/// heads one: minister, portfolio, one or more و-portfolios, nisba.
fn phrase_at(cx: &Cx<'_, '_>, t: usize) -> Option<(usize, bool)> {
    let keys = cx.keys;
    let prepositional = minister(&keys[t])?;
    if !keys.get(t + 1).is_some_and(|k| portfolio(k)) {
        return None;
    }
    let mut end = t + 2;
    while keys.get(end).and_then(|k| k.strip_prefix('و')).is_some_and(portfolio) {
        end += 1;
    }
    let nisba = keys.get(end)?;
    (end > t + 2 && dual_or_plural(nisba)).then_some((end, prepositional))
}

/// Make each such phrase one mention coded with its state's government (rule
/// `agent+joined-portfolios+state:XXX`), in place of the pieces read inside it.
/// `ministers` are the document's minister-noun tokens in order (the scan's trigger
/// marks): a phrase starts at no other token, so no other is read.
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>, ministers: &[usize]) {
    // The first token not inside a phrase already read.
    let mut free = 0;
    for &t in ministers {
        if t + 3 >= cx.keys.len() {
            break;
        }
        if t < free {
            continue;
        }
        let Some((last, prepositional)) = phrase_at(cx, t) else { continue };
        let end = last + 1;
        free = end;
        let Some(state) = state_of_nisba(cx, last) else { continue };
        // A mention reaching over either edge is another reading: leave it.
        if out.iter().any(|m| m.tok_start < end && m.tok_end > t && (m.tok_start < t || m.tok_end > end)) {
            continue;
        }
        out.retain(|m| m.tok_end <= t || m.tok_start >= end);
        let mut span = ActorSpan::new(t, end, Kind::Agent, Cow::Borrowed("agent+joined-portfolios"));
        span.prepositional = prepositional;
        code_in_state(cx.lex, &mut span, state, Cow::Borrowed("GOV"), "+state:");
        let at = out.partition_point(|m| m.tok_start < t);
        out.insert(at, span);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn joined_portfolios_with_a_plural_nisba_are_the_states_ministers() {
        let ms = mentions("وفرضت واشنطن عقوبات على وزيري الداخلية والعدل التركيين أمس.");
        assert_eq!(code(&ms, "وزيري الداخلية والعدل التركيين"), Some("TURGOV"), "{ms:?}");
        let ms = mentions("وقال وزيرا الخارجية والدفاع الروسيان إن الاتفاق صامد.");
        assert_eq!(code(&ms, "وزيرا الخارجية والدفاع الروسيان"), Some("RUSGOV"), "{ms:?}");
        let ms = mentions("واجتمع وزراء الخارجية والمالية والتجارة الفرنسيين مع نظرائهم.");
        assert_eq!(code(&ms, "وزراء الخارجية والمالية والتجارة الفرنسيين"), Some("FRAGOV"), "{ms:?}");
        let ms = mentions("وأصدرت وزارتا الخارجية والخزانة الأميركيتان بيانا مشتركا.");
        assert_eq!(code(&ms, "وزارتا الخارجية والخزانة الأميركيتان"), Some("USAGOV"), "{ms:?}");
        // With a preposition, and the feminine dual in the genitive.
        let ms = mentions("وتعهدت أنقرة بالرد على العقوبات المفروضة لوزيري المالية والتجارة الأميركيين.");
        assert_eq!(code(&ms, "لوزيري المالية والتجارة الأميركيين"), Some("USAGOV"), "{ms:?}");
        let ms = mentions("وزار وفد من وزارتي الدفاع والداخلية الأميركيتين العاصمة أمس.");
        assert_eq!(code(&ms, "وزارتي الدفاع والداخلية الأميركيتين"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn other_words_after_the_portfolios_are_no_state() {
        // Former ministers: السابقين is no nisba of a state.
        let ms = mentions("واعتقلت الشرطة وزيري الدفاع والداخلية السابقين في العاصمة.");
        assert!(ms.iter().all(|m| !m.text.ends_with("السابقين") || m.actor.is_none()), "{ms:?}");
        // One portfolio with a plural nisba is another phrase, read as before.
        let ms = mentions("وقال القادة المحليون والزعماء الدينيون إن الوضع هادئ.");
        assert!(ms.iter().all(|m| !m.rule.contains("joined-portfolios")), "{ms:?}");
    }
}
