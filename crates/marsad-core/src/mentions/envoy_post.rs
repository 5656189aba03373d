//! An envoy's post: the international body after لدى or في where a state's ambassador,
//! delegate, representative, mission or delegation serves (السفيرة الأمريكية لدى الأمم
//! المتحدة نيكي هيلي، مندوب الكويت في مجلس الأمن، بعثة الكويت لدى الأمم المتحدة). The body
//! is part of the title (eval/README.md: the maximal phrase; the study sets label such a
//! phrase as one mention of the state's code, with no mention of the body inside it), so
//! the role phrase takes it in: the person is the state's, and the body is no speaker or
//! party of its own. A name right after it is the envoy's, composed as after any role.
//!
//! Read while the role phrase composes ([`super::compose_agent`], after its state), so no
//! pass walks the tokens for this shape.

use super::Cx;
use marsad_lexicon::{Entry, Kind, Match};
use marsad_text::normalize::key;
use std::sync::OnceLock;

/// The role rows (agents.tsv, by their first form) of a state's envoy, mission or
/// delegation: ambassador, envoy, delegate, representative, mission, delegation.
const ENVOYS: &[&str] = &["agent:سفير", "agent:مبعوث", "agent:مندوب", "agent:ممثل", "agent:بعثة", "agent:وفد"];

/// The prepositions of a post (keys): لدى, في. (إلى is as often where the envoy goes.)
const POSTS: &[&str] = &["لدي", "في"];

/// "Permanent", which may stand between the envoy's state and the post (مندوب إسرائيل
/// الدائم لدى الأمم المتحدة).
const PERMANENT: [&str; 2] = ["الدائم", "الدائمة"];

/// Is `word` (a key) one of [`PERMANENT`]?
fn permanent(word: &str) -> bool {
    static KEYS: OnceLock<[String; 2]> = OnceLock::new();
    KEYS.get_or_init(|| PERMANENT.map(key)).iter().any(|k| k == word)
}

/// The next match after an envoy's post when the phrase whose role rows are `rows`, placed
/// by a state and ending at token `end` (its next match `k`), goes on with لدى or في and an
/// international body's name. None otherwise.
pub(super) fn past_post(cx: &Cx<'_, '_>, ms: &[Match<'_>], k: usize, end: usize, rows: [&Entry; 2]) -> Option<usize> {
    // The preposition first: most role phrases end elsewhere.
    let post = |t: usize| cx.keys.get(t).is_some_and(|w| POSTS.contains(&w.as_str()));
    let end = if !post(end) && cx.keys.get(end).is_some_and(|w| permanent(w)) && post(end + 1) { end + 1 } else { end };
    if !post(end) {
        return None;
    }
    if !rows.iter().any(|e| ENVOYS.contains(&e.id.as_str())) {
        return None;
    }
    // The body itself, with no clitic (a conjunction would begin another phrase).
    ms.get(k).filter(|m| m.start == end + 1 && m.stripped == 0)?;
    cx.entry(k).filter(|e| e.kind == Kind::Igo)?;
    Some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions_on};

    const DATE: Option<&str> = Some("2018-04-10");

    #[test]
    fn an_ambassador_to_the_un_and_her_name_are_one_mention_of_her_state() {
        let ms = mentions_on("وقالت السفيرة الأمريكية لدى الأمم المتحدة نيكي هيلي إن روسيا تتحمل المسؤولية.", DATE);
        assert_eq!(code(&ms, "السفيرة الأمريكية لدى الأمم المتحدة نيكي هيلي"), Some("USAGOV"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "الأمم المتحدة"), "{ms:?}");
    }

    #[test]
    fn a_delegate_in_the_security_council_without_a_name_keeps_the_council_inside() {
        let ms = mentions_on("وقال مندوب الكويت في مجلس الأمن إنه يدين الهجوم.", DATE);
        assert_eq!(code(&ms, "مندوب الكويت في مجلس الأمن"), Some("KWTGOV"), "{ms:?}");
        // A mission is the state's too.
        let ms = mentions_on("وقدمت بعثة الكويت لدى الأمم المتحدة مشروع القرار.", DATE);
        assert_eq!(code(&ms, "بعثة الكويت لدى الأمم المتحدة"), Some("KWTGOV"), "{ms:?}");
        // "Permanent" may stand before the post.
        let ms = mentions_on("ورفض مندوب إسرائيل الدائم لدى الأمم المتحدة مشروع القرار.", DATE);
        assert_eq!(code(&ms, "مندوب إسرائيل الدائم لدى الأمم المتحدة"), Some("ISRGOV"), "{ms:?}");
    }

    #[test]
    fn a_former_ambassadors_post_and_name_stay_in_the_phrase() {
        let ms = mentions_on("وكان السفير الأميركي السابق لدى الأمم المتحدة زلماي خليل زاد قال إن", DATE);
        assert!(ms.iter().any(|m| m.text.starts_with("السفير الأميركي السابق لدى الأمم المتحدة")), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "الأمم المتحدة"), "{ms:?}");
    }

    #[test]
    fn other_roles_and_other_words_leave_the_body_its_own_mention() {
        // A minister speaking in the council: the council is where, not his post.
        let ms = mentions_on("وقال وزير الخارجية الروسي في مجلس الأمن إن بلاده ترفض القرار.", DATE);
        assert!(ms.iter().any(|m| m.text == "مجلس الأمن"), "{ms:?}");
        // An envoy going to the UN (إلى) is no post here.
        let ms = mentions_on("وتوجه السفير الروسي إلى الأمم المتحدة أمس.", DATE);
        assert!(ms.iter().any(|m| m.text == "الأمم المتحدة"), "{ms:?}");
        // A conjoined body begins another phrase.
        let ms = mentions_on("وحضر السفير الروسي في بريطانيا والأمم المتحدة.", DATE);
        assert!(ms.iter().any(|m| m.text.contains("الأمم المتحدة") && !m.text.contains("السفير")), "{ms:?}");
    }
}
