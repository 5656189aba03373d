//! A classifier before a quoted name (صحيفة "الشرق الأوسط"، شركة "فيسبوك") is read by
//! [`super::extent::quoted_names`] as an organisation no dictionary knows, coded with the
//! story's country. But the dictionaries list many outlets and companies with their
//! classifier, unquoted (صحيفة الشرق الأوسط SAUMED, شركة فيسبوك USABUS), because their bare
//! name is a common word or a place; the press quotes the name as often as not. When the
//! classifier and the quoted words together are such a listed name, the mention is that
//! organisation: its code and entity, not the story's country (rule
//! `agent+quoted-name+group:ID`, or `igo:`/`metonym:`).

use super::{entry_of, extent::{closing_quote, opening_quote}, rule, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use std::borrow::Cow;

/// Give each uncoded quoted-name mention of `out` the organisation its classifier and
/// quoted words name in the dictionaries, if they name one.
pub(super) fn known<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    for s in out.iter_mut().filter(|s| s.rule == "agent+quoted-name") {
        // The quoted words end at the closing mark (adjectives may follow it: قناة
        // "المسيرة" التلفزيونية).
        let Some(open) = (s.tok_start + 1..s.tok_end).find(|&t| cx.punct(t).is_some_and(opening_quote)) else { continue };
        let Some(close) = (open + 1..s.tok_end).find(|&t| cx.punct(t).is_some_and(closing_quote)) else { continue };
        if close <= open + 1 {
            continue;
        }
        let Some(m) = listed_name(cx, open, close) else { continue };
        // (A quoted name is read as written: no adjective reading of a state.)
        let Some(e) = entry_of(cx, &m, true).filter(|e| matches!(e.kind, Kind::Group | Kind::Igo | Kind::Metonym)) else { continue };
        let Some((code, guessed)) = super::code_of(cx.lex, e, cx.date) else { continue };
        let (country, role) = cx.lex.split_code_ref(code);
        s.entity = Some(Cow::Borrowed(&e.entity));
        s.entity_id = Some(&e.id);
        s.actor = Some(Cow::Borrowed(code));
        s.country = country.map(Cow::Borrowed);
        s.role = role.map(Cow::Borrowed).or_else(|| s.role.take());
        s.rule = rule(&["agent+quoted-name+", e.kind.label(), ":", &e.id], guessed).into();
    }
}

/// The dictionary name that the classifier right before the opening mark at `open` and
/// the quoted words up to `close` make together, when it covers them all (قناة "المسيرة"
/// → قناة المسيرة). (Only these few phrases get keys of their own: most documents have
/// none.)
pub(super) fn listed_name<'a>(cx: &Cx<'a, '_>, open: usize, close: usize) -> Option<Match<'a>> {
    let phrase: Vec<String> = std::iter::once(&cx.keys[open - 1]).chain(&cx.keys[open + 1..close]).cloned().collect();
    cx.lex.longest_at(&phrase, 0).filter(|m| m.end == phrase.len())
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    fn actor(ms: &[crate::Mention], text: &str) -> Option<String> {
        ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone())
    }

    #[test]
    fn a_listed_outlet_in_quotation_marks_keeps_its_own_state() {
        // A story about Yemen quotes a Saudi paper and a US company by quoted names.
        let ms = mentions("قال مسؤول يمني في عدن لصحيفة \"الشرق الأوسط\" إن الحوثيين في صنعاء حذفوا حسابات على شركة \"فيسبوك\" في اليمن");
        assert_eq!(actor(&ms, "لصحيفة \"الشرق الأوسط\"").as_deref(), Some("SAUMED"), "{ms:?}");
        assert_eq!(actor(&ms, "شركة \"فيسبوك\"").as_deref(), Some("USABUS"), "{ms:?}");
        let paper = ms.iter().find(|m| m.text == "لصحيفة \"الشرق الأوسط\"").expect("named");
        assert!(paper.rule.starts_with("agent+quoted-name+group:"), "{ms:?}");
        // A quoted name no dictionary lists still takes the story's country.
        let ms = mentions("قال مسؤول يمني في عدن لصحيفة \"الأيام\" إن الحوثيين في صنعاء");
        assert_eq!(actor(&ms, "لصحيفة \"الأيام\"").as_deref(), Some("YEMMED"), "{ms:?}");
    }
}
