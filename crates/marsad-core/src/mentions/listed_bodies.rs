//! An organisation known only by its name after a head noun (مجموعة سبيكترم، شركة "أبل"),
//! with no nisba, listed with other names (after a comma or و) is of the state of the
//! name listed next to it: صنفت … علي يوسف شراره، مجموعة سبيكترم، حسن إبراهيمي names
//! Lebanese people and companies in a Saudi story. Otherwise the story's state is given
//! later (`resolve_from_context`); the paragraph's is no better a guess for a body, which
//! is as often foreign to it (a British university quoted in an Iraqi story).

use super::{code_from_story, ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Is `s` a body named by its name alone, not yet placed (a story with no country leaves
/// `agent+org-head` so), or placed only by the story's state (شركة الإنماء للهندسة:
/// `agent+org-head+context:STATE`)?
fn unplaced_body(s: &ActorSpan<'_>) -> bool {
    let unplaced = s.actor.is_none() && matches!(s.rule.as_ref(), "agent+quoted-name" | "agent+org-name" | "agent+org-head");
    s.role.is_some() && (unplaced || s.rule.starts_with(STORY_GUESS))
}

/// The rule of a body named by a head noun and definite words that only the story placed.
const STORY_GUESS: &str = "agent+org-head+context:";

/// Are mentions `a` and `b` (in this order) next to each other in a list: a comma
/// between them, or و on `b` right after `a`?
fn listed(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    let comma = b.tok_start == a.tok_end + 1 && cx.comma(a.tok_end);
    let and = b.tok_start == a.tok_end && cx.keys[b.tok_start].starts_with('و');
    comma || and
}

/// The state code of a listed name: a person's or a named body's, not an outlet's.
fn state_of<'a>(cx: &Cx<'a, '_>, s: &ActorSpan<'_>) -> Option<(&'a str, &'a str)> {
    let named = matches!(s.kind, Kind::Person | Kind::PersonShort | Kind::Group) || s.kind == Kind::Agent && s.entity.is_some();
    let state = cx.lex.state(s.actor.as_deref()?.get(..3)?)?;
    (named && !super::is_news_outlet(s)).then_some((state.code.as_str(), state.iso3.as_str()))
}

/// Code each unplaced body by the name listed before it, else after it (see the module
/// docs); a body placed so places the next one in the list.
pub(super) fn code<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    for i in 0..out.len() {
        if !unplaced_body(&out[i]) {
            continue;
        }
        let before = i.checked_sub(1).filter(|&p| listed(cx, &out[p], &out[i])).and_then(|p| state_of(cx, &out[p]));
        let after = || out.get(i + 1).filter(|n| listed(cx, &out[i], n)).and_then(|n| state_of(cx, n));
        let Some(state) = before.or_else(after) else { continue };
        let s = &mut out[i];
        if s.rule.starts_with(STORY_GUESS) {
            s.rule = std::borrow::Cow::Borrowed("agent+org-head");
        }
        let role = s.role.take().unwrap_or_default();
        code_from_story(cx.lex, s, state, role);
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_body_listed_with_names_is_of_their_state() {
        let ms = mentions(
            "أعلنت السعودية أن المملكة فرضت عقوبات جديدة بالتنسيق مع السعودية والإمارات على قادة في حزب الله وهم حسن نصر الله، مجموعة تيتان، وشركة جابر للتجارة، وشركة الأمانة للهندسة.",
        );
        assert_eq!(code(&ms, "وشركة الأمانة للهندسة"), Some("LBNBUS"), "{ms:?}");
        assert_eq!(code(&ms, "مجموعة تيتان"), Some("LBNBUS"), "{ms:?}");
        assert_eq!(code(&ms, "وشركة جابر للتجارة"), Some("LBNBUS"), "{ms:?}");
    }
}
