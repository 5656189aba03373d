//! A call for a body's meeting is a call on that body (request66). `طلبت بريطانيا عقد
//! اجتماع طارئ لمجلس الأمن`، `دعا الصدر لجلسة طارئة لمجلس النواب`، `وطلبت انعقاد مجلس
//! الأمن`، `ودعت باريس إلى عقد اجتماع طارئ في مجلس الأمن`: the appeal names no one asked
//! after the verb, and the body whose session is asked for is the one asked (the labels
//! code `GBR → IGOUNO`، `IRQ → IRQ`). Only where the session is the verb's object: right
//! after the verb or its subject, past `إلى`, `عقد` and a time word; a session the appeal
//! was made at (`دعا خلال جلسة طارئة لمجلس الأمن`، `طلبت روسيا في جلسة`) is its venue. The
//! body is an international body or a state's body (a role), in construct with the session,
//! after its `لـ`/`بـ` or after `في`; a state or a place alone is where the meeting is held
//! (`دعت إلى عقد اجتماع عاجل في الأردن`), not who is asked.

use super::args::{attached_preposition, bare, is_quote_mark, mention_starting, Arg, Context, TIME_WORDS};
use super::Input;
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// Nouns of a session (keys, past the article): meeting, sitting, convening.
const SESSIONS: &[&str] = &["اجتماع", "جلسه", "انعقاد"];
/// Words that may stand between the verb (or its subject) and the session: إلى، عقد.
const OPENERS: &[&str] = &["الي", "عقد", "بعقد", "لعقد"];
/// How many words may stand before the session noun.
const GAP: usize = 3;
/// How many words (adjectives, quotation marks) may stand between the session and its body.
const ADJECTIVES: usize = 3;

/// The session noun's stem, past و, a preposition (ب، ل) and the article, if `key` is one.
fn is_session(key: &str) -> bool {
    let k = bare(key);
    let k = k.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() > 3).unwrap_or(k);
    let k = k.strip_prefix("ال").unwrap_or(k);
    SESSIONS.iter().any(|s| k.starts_with(s))
}

/// The body whose session is asked for, after the verb's end or its subject (`from`), or
/// `None`; never one of `actors`.
pub(super) fn body(ctx: &Context, input: &Input, actors: &[Arg], from: usize, s1: usize) -> Option<Arg> {
    let mut k = from;
    loop {
        if k >= s1 || k > from + GAP || input.tokens[k].kind != TokenKind::Arabic || ctx.in_mention(k) {
            return None;
        }
        let key = input.keys[k].as_str();
        if is_session(key) {
            break;
        }
        if !(OPENERS.contains(&bare(key)) || TIME_WORDS.contains(&bare(key))) {
            return None;
        }
        k += 1;
    }
    let session = k;
    let mut after_fi = false;
    for j in session + 1..s1.min(session + 2 + ADJECTIVES) {
        if let Some(m) = mention_starting(ctx, input, j) {
            let m = &input.mentions[m];
            let construct = j == session + 1 && !m.prepositional;
            let linked = matches!(attached_preposition(input, m), Some('ل' | 'ب'));
            let body = m.kind == Kind::Igo || m.role.is_some() && !matches!(m.kind, Kind::State | Kind::Capital | Kind::Person);
            if !(construct || linked || after_fi) || !body {
                return None;
            }
            let found = Arg::from_mention(m, input.home);
            let own = actors.iter().any(|a| a.actor.is_some() && a.actor == found.actor && a.tok_start == found.tok_start);
            return (!own && found.country.is_some()).then_some(found);
        }
        if is_quote_mark(input, j) {
            continue;
        }
        if input.tokens[j].kind != TokenKind::Arabic || after_fi {
            return None;
        }
        after_fi = matches!(input.keys[j].as_str(), "في");
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    fn recipients(t: &str) -> Vec<Option<String>> {
        sides(t, "REQUEST").into_iter().map(|(_, r)| r).collect()
    }

    #[test]
    fn the_body_whose_session_is_asked_for_is_asked() {
        for (t, want) in [
            ("طلبت بريطانيا عقد اجتماع طارئ لمجلس الأمن الدولي لمناقشة التطورات.", "IGOUNO"),
            ("بريطانيا تطلب اجتماعا لمجلس الأمن لمناقشة الهجوم على ميناء الحديدة.", "IGOUNO"),
            ("وكان زعيم التيار الصدري مقتدى الصدر دعا لجلسة طارئة لمجلس النواب العراقي لمناقشة أزمة البصرة.", "IRQ"),
            ("ودعت فرنسا إلى عقد اجتماع طارئ في مجلس الأمن الدولي لدراسة الوضع.", "IGOUNO"),
        ] {
            assert!(recipients(t).iter().any(|r| r.as_deref() == Some(want)), "{t}: {:?}", sides(t, "REQUEST"));
        }
    }

    #[test]
    fn a_session_as_venue_or_a_place_of_meeting_is_not() {
        for t in [
            "ودعا المندوب الروسي خلال الجلسة الطارئة لمجلس الأمن إلى التوصل إلى حل.",
            "وقال مسؤول إن الولايات المتحدة دعت إلى عقد اجتماع عاجل في الأردن بسبب قلقها.",
        ] {
            let r = recipients(t);
            assert!(!r.iter().any(|r| matches!(r.as_deref(), Some("IGOUNO" | "JOR"))), "{t}: {:?}", sides(t, "REQUEST"));
        }
    }
}
