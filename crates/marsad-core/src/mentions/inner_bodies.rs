//! A bare institution (النيابة العامة، الجيش، الحكومة) that the story named just before
//! inside a longer phrase with its nisba (المتحدثة باسم النيابة العامة التشيكية، متحدث
//! باسم الجيش الإسرائيلي، رئيس الحكومة الأردنية عمر الرزاز) is that state's institution,
//! not the story's. `link` only sees bodies that head their own mention; this pass looks
//! inside the phrases, before the story's country is given to what is still bare.

use super::{code_in_state, ActorSpan, Cx, LINK_WINDOW};
use marsad_lexicon::Kind;

/// The state (code, ISO alpha-3) that `p` writes right after the body of the bare
/// mention `s` inside it, not at its head (a body that heads a mention is for `link`),
/// as a nisba (المتحدثة باسم النيابة العامة التشيكية → CZE). The body is written as in
/// `s`, proclitics aside: the plural الحكومات is not the government named before.
fn body_with_nisba<'a>(cx: &Cx<'a, '_>, p: &ActorSpan<'_>, s: &ActorSpan<'_>) -> Option<(&'a str, &'a str)> {
    let keys = cx.keys;
    let len = s.tok_end - s.tok_start;
    let written_as_s = |t: usize| same_word(&keys[s.tok_start], &keys[t]) && keys[t + 1..t + len] == keys[s.tok_start + 1..s.tok_end];
    (p.tok_start + 1..p.tok_end.saturating_sub(len)).find_map(|t| {
        if !written_as_s(t) {
            return None;
        }
        let nisba = cx.lex.longest_at(&keys[..p.tok_end], t + len)?;
        let state = nisba.entries.iter().find(|&&id| cx.lex.entry_kind(id) == Kind::Nisba).and_then(|&id| cx.lex.entry_state(id))?;
        let st = cx.lex.state(state)?;
        Some((st.code.as_str(), st.iso3.as_str()))
    })
}

/// Is `word` the definite word `inner`, perhaps behind proclitics (الجيش، والجيش،
/// للجيش)? (A quotation mark's token has an empty key: it is no word.)
fn same_word(word: &str, inner: &str) -> bool {
    let Some(bare) = inner.strip_prefix("ال").filter(|w| !w.is_empty()) else { return false };
    word.ends_with(inner) || word.strip_suffix(bare).is_some_and(|h| h.ends_with('ل'))
}

/// The state of the nearest body written as `spans[i]` with a nisba inside an earlier
/// mention of the paragraph (from byte `from`), when every mention between names that
/// state or none: another state named between is the nearer cue.
fn inner_body_before<'a>(cx: &Cx<'a, '_>, spans: &[ActorSpan<'_>], i: usize, from: usize) -> Option<(&'a str, &'a str)> {
    let doc = cx.doc?;
    let mut between: Option<&str> = None;
    for j in (i.saturating_sub(LINK_WINDOW)..i).rev() {
        let p = &spans[j];
        if doc.tokens[p.tok_start].start < from {
            return None;
        }
        // A guess of the story's country or a news outlet's says nothing here.
        let outlet = p.kind == Kind::Group && p.role.as_deref() == Some("MED");
        let Some(country) = p.country.as_deref().filter(|_| p.actor.is_some() && !p.rule.contains("context") && !outlet) else { continue };
        if let Some(state) = body_with_nisba(cx, p, &spans[i]) {
            return between.is_none_or(|b| b == state.1).then_some(state);
        }
        match between {
            Some(b) if b != country => return None,
            _ => between = Some(country),
        }
    }
    None
}

/// The byte offset where the paragraph of token `t` starts (the text's start without
/// paragraphs).
fn paragraph_start(cx: &Cx<'_, '_>, t: usize) -> usize {
    let Some(doc) = cx.doc else { return 0 };
    let at = doc.tokens.get(t).map_or(0, |k| k.start);
    doc.paragraph_of(t).map_or(0, |(ps, _)| ps.min(at))
}

/// Code each bare definite institution of `alone = home` still without a code as the
/// state whose nisba followed the same body inside the nearest earlier mention of its
/// paragraph: the nearest cue, where the story's country is only a guess.
pub(super) fn code_by_inner_body<'a>(cx: &Cx<'a, '_>, spans: &mut [ActorSpan<'a>]) {
    for i in 1..spans.len() {
        let s = &spans[i];
        // An institution, not one person (الملك: the king named before may be another's)
        // nor people (الشعب، الناخبين: CVL).
        // The fields in one branch (`&`), the rule read only for the mentions they let through.
        let bare = (s.kind == Kind::Agent) & s.actor.is_none() & s.home & s.definite & !s.person_noun && s.rule == "agent";
        let Some(role) = s.role.clone().filter(|r| bare && !r.starts_with("CVL")) else { continue };
        let from = paragraph_start(cx, s.tok_start);
        let found = inner_body_before(cx, spans, i, from);
        if let Some(state) = found {
            code_in_state(cx.lex, &mut spans[i], state, role, "+inner-body:");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_bare_body_is_the_state_its_earlier_phrase_named() {
        let ms = mentions(
            "وأعلنت السلطات التركية أنها تطالب بتسليم الناشط. وقال المتحدث باسم النيابة العامة النمساوية إن النيابة العامة رفضت الطلب التركي لعدم كفاية الأدلة. وتطالب تركيا بتسليمه منذ عامين، وتقول تركيا إنه مطلوب في أنقرة.",
        );
        assert_eq!(code(&ms, "النيابة العامة"), Some("AUTJUD"), "{ms:?}");
    }

    #[test]
    fn a_bare_body_without_an_earlier_nisba_keeps_the_story_s() {
        let ms = mentions(
            "وأعلنت السلطات التركية أنها تطالب بتسليم الناشط. وقال المتحدث باسم المحكمة إن النيابة العامة رفضت الطلب. وتطالب تركيا بتسليمه منذ عامين، وتقول تركيا إنه مطلوب في أنقرة.",
        );
        assert_ne!(code(&ms, "النيابة العامة"), Some("AUTJUD"), "{ms:?}");
    }

    #[test]
    fn a_quoted_company_name_is_no_body_before_its_nisba() {
        // شركة "ألستوم" الفرنسية names no government: the Ethiopian one stays the story's.
        let ms = mentions(
            "وقالت الحكومة الإثيوبية إن السد سيكتمل. ووقعت إثيوبيا عقدا مع شركة \"ألستوم\" الفرنسية بعدما ألغت الحكومة عقدا مع شركة محلية في إثيوبيا.",
        );
        assert_ne!(code(&ms, "الحكومة"), Some("FRAGOV"), "{ms:?}");
    }
}
