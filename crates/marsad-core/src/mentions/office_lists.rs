//! A plural or dual office over a genitive list of states holds that office in each
//! listed state: in وزراء خارجية روسيا وتركيا وإيران، قادة مصر والأردن، رؤساء حكومات
//! ألمانيا وفرنسا the ministers, leaders and heads are of every state named, so the later
//! members (وتركيا، وإيران) take the office's role (TURGOV, IRNGOV) as the first (روسيا,
//! coded with the office by the phrase) does, not the bare state. Only a construct head
//! (no article: المسؤولين الروس والسوريين is a nisba list), only plural or dual offices
//! (وزير خارجية روسيا وتركيا is one minister, and Turkey), only state names joined by و
//! right after the phrase or after a list comma (وزراء خارجية مصر، والأردن), not plural
//! nisbas (مسؤولين روس وأتراك).

use super::{actor_of, strip_proclitics, ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;

/// Plural and dual office nouns (keys without clitics) that head a phrase over states.
const PLURAL_OFFICES: &[&str] = &[
    "وزراء", "قاده", "زعماء", "رؤساء", "سفراء", "مندوبي", "مندوبو", "ممثلي", "ممثلو", "مسؤولي", "مسؤولو", "مبعوثي",
    "مبعوثو", "حكومات", "وزارات", "برلمانات", "جيوش", "وزيرا", "وزيري", "سفيرا", "سفيري", "زعيما", "زعيمي",
];

/// Words between the office and the state that say which office (وزراء خارجية، رؤساء
/// وزراء، رؤساء أركان جيوش), keyed; the portfolios joined under one minister noun too
/// (`joined_portfolios.rs`).
pub(super) const PORTFOLIOS: &[&str] = &[
    "خارجيه", "دفاع", "داخليه", "ماليه", "اقتصاد", "تجاره", "طاقه", "نفط", "عدل", "صحه", "زراعه", "خزانه", "وزراء",
    "حكومات", "اركان", "جيوش", "برلمانات", "مخابرات",
];

/// Plural nisbas written as broken plurals (أتراك، روس), which the lexicon reads as
/// their state: a list of them describes the office, it names no genitive state.
const BROKEN_NISBAS: &[&str] = &["روس", "اتراك", "اكراد", "عرب", "اجانب", "افارقه"];

/// Is `key` a plural nisba (ـيين، ـيون، روس) rather than a state's name? (Not any ـين:
/// البحرين، الصين، فلسطين are states.)
fn plural_nisba(key: &str) -> bool {
    let bare = strip_proclitics(key).0;
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    bare.ends_with("يين") || bare.ends_with("يون") || BROKEN_NISBAS.contains(&bare)
}

/// Is `key` a plural office noun, with up to two proclitics (لوزراء، ولقادة)? (Each is
/// tried: وزراء begins with a letter that is also a clitic.)
fn plural_office(key: &str) -> bool {
    let mut k = key;
    for _ in 0..3 {
        if PLURAL_OFFICES.contains(&k) {
            return true;
        }
        match k.strip_prefix(['و', 'ف', 'ب', 'ل']) {
            Some(rest) => k = rest,
            None => return false,
        }
    }
    false
}

/// Is `s` a plural or dual office over one state in construct: office, portfolio words,
/// then the state's name, coded with the office's role?
fn office_over_state(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    // The fields in one branch (`&`): each test alone went either way from one mention to
    // the next. The words are read only for the mentions they let through.
    (s.kind == Kind::Agent) & s.role.is_some() & (s.tok_end >= s.tok_start + 2)
        && s.rule == "agent+state"
        && plural_office(&cx.keys[s.tok_start])
        && cx.keys[s.tok_start + 1..s.tok_end - 1].iter().all(|k| PORTFOLIOS.contains(&k.as_str()))
        && !plural_nisba(&cx.keys[s.tok_end - 1])
}

/// Is token `t` the comma of a list (وزراء خارجية مصر، والأردن، والسعودية), not a
/// semicolon, which ends a clause?
fn list_comma(cx: &Cx<'_, '_>, t: usize) -> bool {
    cx.punct(t).is_some_and(|p| matches!(p, "،" | ","))
}

/// Code each state named by و right after such a phrase, or after a member already
/// coded so (a list comma between them allowed), with the office's role in that state.
pub(super) fn code_members<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let mut office: Option<(Cow<'a, str>, usize)> = None;
    for m in out.iter_mut() {
        let member = m.kind == Kind::State
            && m.rule.starts_with("state:")
            && cx.keys[m.tok_start].starts_with('و')
            && !plural_nisba(&cx.keys[m.tok_end - 1]);
        match office.take() {
            Some((role, end)) if member && (m.tok_start == end || m.tok_start == end + 1 && list_comma(cx, end)) => {
                let Some(state) = m.state_of(cx.lex) else { continue };
                m.actor = Some(actor_of(cx.lex, &state.code, &role));
                m.country = Some(Cow::Borrowed(&state.iso3));
                m.role = Some(role.clone());
                m.kind = Kind::Agent;
                m.entity = None;
                m.entity_id = None;
                m.extend_rule(&["+office-list"]);
                office = Some((role, m.tok_end));
            }
            _ if office_over_state(cx, m) => office = m.role.clone().map(|r| (r, m.tok_end)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn every_state_listed_after_a_plural_office_holds_it() {
        let ms = mentions("وعقد وزراء خارجية اليابان والهند وأستراليا لقاء في طوكيو أمس.");
        assert_eq!(code(&ms, "والهند"), Some("INDGOV"), "{ms:?}");
        assert_eq!(code(&ms, "وأستراليا"), Some("AUSGOV"), "{ms:?}");
        let ms = mentions("وبحث قادة كينيا وأوغندا والصين مشروع السكة الحديد.");
        assert_eq!(code(&ms, "وأوغندا"), Some("UGAGOV"), "{ms:?}");
        assert_eq!(code(&ms, "والصين"), Some("CHNGOV"), "{ms:?}");
    }

    #[test]
    fn a_comma_list_of_states_holds_the_office_too() {
        let ms = mentions("وبحث وزراء خارجية تونس، والجزائر، وليبيا أمن الحدود المشتركة.");
        assert_eq!(code(&ms, "والجزائر"), Some("DZAGOV"), "{ms:?}");
        assert_eq!(code(&ms, "وليبيا"), Some("LBYGOV"), "{ms:?}");
        // A semicolon ends the list.
        let ms = mentions("وحضر وزراء خارجية تونس؛ والجزائر تراقب عن كثب.");
        assert_eq!(code(&ms, "والجزائر"), Some("DZA"), "{ms:?}");
    }

    #[test]
    fn not_after_one_office_nor_after_a_nisba() {
        let ms = mentions("وبحث وزير خارجية اليابان والهند مشروع السكة الحديد.");
        assert_eq!(code(&ms, "والهند"), Some("IND"), "{ms:?}");
        let ms = mentions("والتقى المسؤولون اليابانيون والهند في طوكيو.");
        assert_eq!(code(&ms, "والهند"), Some("IND"), "{ms:?}");
        let ms = mentions("والتقى مسؤولون يابانيون وهنود في طوكيو.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("INDGOV")), "{ms:?}");
    }
}
