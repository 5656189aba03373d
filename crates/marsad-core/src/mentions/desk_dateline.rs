//! An article's opening dateline (`دبي، الإمارات العربية المتحدة (CNN) --`) names where
//! the outlet's desk sits as often as where the story happens: CNN Arabic heads 1,764 of
//! its 3,498 articles with Dubai and 236 with Atlanta, whatever they report (a West Ham
//! match, a Nobel prize). So the dateline's places count as evidence of the story's
//! country only for a state the body names too: it corroborates, it does not decide.

use super::Cx;

/// How far into the article the dateline's agency in parentheses may open.
const DATELINE_TOKENS: usize = 7;

/// The token where the article's opening dateline ends (its `(` before the agency), or 0
/// without one: the article opens with places only, then an agency in parentheses.
pub(super) fn opening_dateline(cx: &Cx<'_, '_>, place_ends: impl Iterator<Item = (usize, usize)>) -> usize {
    if cx.doc.is_none() {
        return 0;
    }
    let head = DATELINE_TOKENS.min(cx.keys.len());
    let Some(open) = (1..head).find(|&t| cx.punct_is(t, "(")) else { return 0 };
    let closed = (open + 1..(open + 5).min(cx.keys.len())).any(|t| cx.punct_is(t, ")"));
    // Every word before the parenthesis is a place's (a comma has an empty key): not
    // an actor with its acronym in brackets (وزارة الخارجية (...)).
    let mut covered = vec![false; open];
    for (s, e) in place_ends.filter(|&(s, _)| s < open) {
        covered[s..e.min(open)].iter_mut().for_each(|c| *c = true);
    }
    let all_places = (0..open).all(|t| covered[t] || cx.keys[t].is_empty());
    if closed && all_places { open } else { 0 }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_desk_dateline_does_not_make_the_story_country() {
        // Dubai is where the desk sits; the police of a football story are not the UAE's.
        let text = "دبي، الإمارات العربية المتحدة (CNN) -- قالت الشرطة إن لاعبا ضرب مشجعا في الملعب بعد المباراة.";
        let ms = mentions(text);
        assert!(!code(&ms, "الشرطة").is_some_and(|c| c.starts_with("ARE")), "{:?}", code(&ms, "الشرطة"));
    }

    #[test]
    fn a_dateline_the_body_corroborates_still_counts() {
        let text = "دبي، الإمارات العربية المتحدة (CNN) -- قالت الشرطة إن أمطارا غزيرة هطلت على دبي، فيما قال مسؤول إن الإمارات مستعدة.";
        assert_eq!(code(&mentions(text), "الشرطة"), Some("ARECOP"));
    }
}
