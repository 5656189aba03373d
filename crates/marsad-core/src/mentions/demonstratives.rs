//! A demonstrative right before a definite mention belongs to its phrase, as the labels
//! write it (eval/README.md: the maximal phrase): هذه القنصلية، لهؤلاء المسؤولين
//! السعوديين، تلك القوات. Group anaphors take theirs when they are made
//! (`group_anaphora`); this pass gives every other mention its own, once all are made.
//! ذلك is left out: before a definite noun it is far more often a pronoun, the subject of
//! the verb before it or after a preposition (سيمنع ذلك الحوثيين، بما في ذلك الولايات المتحدة).
//! A mention that refers back takes "same" before it or "itself" after it too (ذات
//! المستشفى، الشركة نفسها); before another mention ذات is "having" (دول ذات سيادة).

use super::referring::{demonstrative, same_after, same_before};
use super::{ActorSpan, Cx};

/// Widen every mention that opens with a definite word to the demonstrative before it,
/// when no other mention holds that word and no paragraph starts between them.
pub(super) fn take_in(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let start = out[i].tok_start;
        // (Not a person's name: عطا نفسه is the man himself, the name alone his mention.)
        let refers_back = out[i].antecedent.is_some() && !out[i].names_one_person();
        if refers_back {
            take_in_itself(keys, out, i);
        }
        if start == 0 || !keys[start].starts_with("ال") || cx.para_start(start) {
            continue;
        }
        let before = &keys[start - 1];
        let Some(preposition) = demonstrative(before).or_else(|| same_before(before).filter(|_| refers_back)) else { continue };
        // The mentions are in order: only the one before can hold the demonstrative.
        if i > 0 && out[i - 1].tok_end >= start || keys[start - 1].ends_with("ذلك") {
            continue;
        }
        let old = (start, out[i].tok_end);
        let s = &mut out[i];
        s.tok_start = start - 1;
        s.prepositional |= preposition;
        s.extend_rule(&["+demonstrative"]);
        // Mentions linked to this one point to its new extent.
        retarget(out, old, (start - 1, old.1));
    }
}

/// Widen the mention `out[i]`, which refers back, to "itself" right after it when no
/// other mention begins there (الشركة نفسها).
fn take_in_itself(keys: &[String], out: &mut [ActorSpan<'_>], i: usize) {
    let end = out[i].tok_end;
    if !keys.get(end).is_some_and(|k| same_after(k)) || out.get(i + 1).is_some_and(|n| n.tok_start <= end) {
        return;
    }
    let old = (out[i].tok_start, end);
    out[i].tok_end = end + 1;
    retarget(out, old, (old.0, end + 1));
}

/// Point the mentions linked to the extent `old` to the same mention's `new` extent.
pub(super) fn retarget(out: &mut [ActorSpan<'_>], old: (usize, usize), new: (usize, usize)) {
    out.iter_mut().filter(|o| o.antecedent == Some(old)).for_each(|o| o.antecedent = Some(new));
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_demonstrative_opens_the_mention() {
        let ms = mentions("وقال وزير الخارجية القطري إن هؤلاء المسؤولين السعوديين يكررون الاتهامات.");
        assert_eq!(code(&ms, "هؤلاء المسؤولين السعوديين"), Some("SAUGOV"), "{ms:?}");
        assert_eq!(code(&ms, "المسؤولين السعوديين"), None, "{ms:?}");
        let ms = mentions("وقال إن لهؤلاء المتظاهرين العراقيين مطالب.");
        assert!(ms.iter().any(|m| m.text == "لهؤلاء المتظاهرين العراقيين"), "{ms:?}");
        let ms = mentions("دخل الصحفي القنصلية السعودية في إسطنبول، وكانت أجهزة المراقبة على هذه القنصلية.");
        assert!(ms.iter().any(|m| m.text == "هذه القنصلية"), "{ms:?}");
    }

    #[test]
    fn the_pronoun_dhalika_stays_out() {
        let ms = mentions("وفرضت دول عدة عقوبات، بما في ذلك الولايات المتحدة.");
        assert_eq!(code(&ms, "الولايات المتحدة"), Some("USA"), "{ms:?}");
        let ms = mentions("وسيمنع ذلك الحوثيين من استخدام الميناء.");
        assert!(!ms.iter().any(|m| m.text.starts_with("ذلك")), "{ms:?}");
        // تلك is the noun's demonstrative.
        let ms = mentions("وقال إن تلك القوات التركية لن تنسحب.");
        assert!(ms.iter().any(|m| m.text == "تلك القوات التركية"), "{ms:?}");
    }

    #[test]
    fn same_and_itself_join_a_mention_that_refers_back() {
        let ms = mentions("قالت حركة حماس إن الاتفاق قريب. وأكدت ذات الحركة أن الوفد عاد، وقالت الحركة نفسها إن الحوار مستمر.");
        assert_eq!(code(&ms, "ذات الحركة"), Some("PSEREBHMS"), "{ms:?}");
        assert_eq!(code(&ms, "الحركة نفسها"), Some("PSEREBHMS"), "{ms:?}");
        // A mention that does not refer back keeps ذات out: there it is "having".
        let ms = mentions("وقال إن الدول ذات الحكومة المنتخبة قليلة، وإن ذات الحكومة المصرية لم ترد.");
        assert!(ms.iter().all(|m| !m.text.starts_with("ذات")), "{ms:?}");
    }

    #[test]
    fn no_demonstrative_no_widening() {
        let ms = mentions("وأعلن المسؤولون السعوديون أن الاجتماع تأجل.");
        assert_eq!(code(&ms, "المسؤولون السعوديون"), Some("SAUGOV"), "{ms:?}");
    }
}
