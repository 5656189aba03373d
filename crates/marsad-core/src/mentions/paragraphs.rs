//! A mention never runs across a paragraph break (eval/README.md: the phrase that names
//! the actor is contiguous text; a new paragraph is a new phrase). Composition and the
//! merges read tokens and may join a role noun that ends one paragraph to the name that
//! opens the next (المخابرات للخارجية⏎ترامب، الإعلام⏎مجلة فوربس). Rather than teach
//! every pass, the few mentions that cross one are cut back, once, to the paragraph that
//! names who they are: the one holding the person's name, else the last one (a merge
//! takes its identity from the later piece), except for a noun coded by the story's
//! country and an unknown name, whose identity is their own first words. The piece left out is no mention.

use super::{ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};

/// Cut every mention of `out` that crosses a paragraph start back to one paragraph.
pub(super) fn keep_within(cx: &Cx<'_, '_>, matches: &[Match<'_>], out: &mut [ActorSpan<'_>]) {
    let Some(doc) = cx.doc.filter(|d| d.paragraphs.len() > 1) else { return };
    // The mentions are in order: the first paragraph that starts after a mention's first
    // word only moves on, and most mentions lie before it.
    let mut p = 0;
    for s in out.iter_mut().filter(|s| s.tok_end > s.tok_start + 1) {
        let (first, last) = (doc.tokens[s.tok_start].start, doc.tokens[s.tok_end - 1].start);
        while doc.paragraphs.get(p).is_some_and(|para| para.0 <= first) {
            p += 1;
        }
        if doc.paragraphs.get(p).is_none_or(|para| para.0 > last) {
            continue;
        }
        let breaks: Vec<usize> = (s.tok_start + 1..s.tok_end).filter(|&t| cx.para_start(t)).collect();
        let (Some(&first_break), Some(&last_break)) = (breaks.first(), breaks.last()) else { continue };
        let from_story = s.rule.starts_with("agent+context") || s.rule.starts_with("agent+local") || s.rule.starts_with("unknown-name");
        let keep_last = match s.name {
            Some((name, _)) => name >= last_break,
            None => !from_story,
        };
        if keep_last {
            s.tok_start = last_break;
            s.prepositional = super::extent::preposition_on(&cx.keys[last_break]);
            // A role noun composed with the state after it: the state alone is left (not
            // when a role phrase of its own opens the paragraph: الجيش التركي).
            if s.rule.starts_with("agent+state") && s.entity.is_none() && state_at(cx, matches, last_break) {
                s.actor = s.country.clone();
                s.role = None;
                s.person_noun = false;
            }
        } else {
            s.tok_end = first_break;
        }
        s.name = s.name.filter(|&(a, b)| a >= s.tok_start && b <= s.tok_end);
        s.extend_rule(&["+paragraph"]);
    }
}

/// Does a state's name begin at token `t`?
fn state_at(cx: &Cx<'_, '_>, matches: &[Match<'_>], t: usize) -> bool {
    let from = matches.partition_point(|m| m.start < t);
    (from..matches.len()).take_while(|&m| matches[m].start == t).any(|m| cx.entries.get(m).copied().flatten().is_some_and(|e| e.kind == Kind::State))
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn a_role_ending_a_paragraph_is_not_the_name_opening_the_next() {
        let ms = mentions("وقال مسؤول في المخابرات\nترامب يصل إلى سنغافورة اليوم.");
        assert!(ms.iter().all(|m| !m.text.contains('\n')), "{ms:?}");
        let trump = ms.iter().find(|m| m.text == "ترامب").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(trump.entity.as_deref(), Some("Donald Trump"), "{ms:?}");
    }

    #[test]
    fn a_role_phrase_opening_a_paragraph_keeps_its_role() {
        let ms = mentions("وتعمل منظمات الإغاثة\nالجيش التركي يقصف عفرين.");
        let army = ms.iter().find(|m| m.text == "الجيش التركي").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(army.actor.as_deref(), Some("TURMIL"), "{ms:?}");
        let ms = mentions("وقال مهاجرين\nبريطانيا ترفض الطلب.");
        assert!(ms.iter().any(|m| m.text == "بريطانيا" && m.actor.as_deref() == Some("GBR")), "{ms:?}");
    }

    #[test]
    fn a_name_keeps_its_own_paragraph() {
        let ms = mentions("تأليف: إيهاب خليفة\nالناشر: دار العربي للنشر والتوزيع، 2017");
        assert!(ms.iter().any(|m| m.text == "إيهاب خليفة"), "{ms:?}");
    }
}
