//! A named news outlet followed by its abbreviation in brackets takes the brackets in:
//! وكالة الأنباء الفلسطينية (وفا)، لوكالة الأنباء الألمانية (د.ب.أ)، لهيئة الإذاعة
//! البريطانية (بي.بي.سي) are one mention each (eval/README.md: the maximal phrase). The
//! abbreviation is most often no name the dictionaries list alone (وفا is also a given
//! name), so `extent::merge_adjacent`, which joins two mentions of one actor around the
//! brackets, does not see it. Only outlets: after other bodies a bracket as often holds
//! a place or an aside, and one with a number is an age (الصحفي ياسر مرتجى (30 عاما)).

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Most tokens inside the brackets (the letters and dots of د.ب.أ count one each).
const MOST_TOKENS: usize = 7;

/// Extend each coded outlet's mention over a bracketed abbreviation right after it.
pub(super) fn take_in(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    for i in 0..out.len() {
        let next_start = out.get(i + 1).map_or(usize::MAX, |n| n.tok_start);
        let a = &out[i];
        if !cx.punct_is(a.tok_end, "(") || !is_outlet(cx, a) {
            continue;
        }
        let open = a.tok_end;
        let Some(close) = (open + 1..(open + 2 + MOST_TOKENS).min(cx.keys.len())).find(|&t| cx.punct(t).is_some_and(|p| p != ".")) else {
            continue;
        };
        if close > open + 1 && close < next_start && cx.punct_is(close, ")") && (open + 1..close).all(|t| abbreviation_token(cx, t))
            && (open + 1..close).any(|t| cx.punct(t).is_none())
        {
            out[i].tok_end = close + 1;
        }
    }
}

/// Head nouns of an outlet named as a body, without proclitics or article: not the
/// press at large (وسائل الإعلام (روسكومنادزور) is its regulator, الإعلام (حكومي) an
/// aside) nor a presenter (مقدم البرنامج (ذا ديلي شو) names the show).
const OUTLET_HEADS: &[&str] = &["وكاله", "هيئه", "اذاعه", "تلفزيون", "صحيفه", "قناه", "شبكه", "مجله", "موقع", "منظمه"];

/// A news outlet named as a body: a dictionary outlet, or a role noun of
/// [`OUTLET_HEADS`] coded by a state or name.
fn is_outlet(cx: &Cx<'_, '_>, a: &ActorSpan<'_>) -> bool {
    a.actor.is_some()
        && a.role.as_deref() == Some("MED")
        && (a.kind == Kind::Group || a.kind == Kind::Agent && a.name.is_none() && a.entity_id.is_none() && outlet_head(&cx.keys[a.tok_start]))
}

/// Is `key` one of the [`OUTLET_HEADS`], with its proclitics and article or not (its
/// own و read as one: وكالة)?
fn outlet_head(key: &str) -> bool {
    let head = |k: &str| OUTLET_HEADS.contains(&k.strip_prefix("ال").unwrap_or(k));
    head(key) || head(super::strip_proclitics(key).0)
}

/// A word with no digit, or a dot between letters (د.ب.أ).
fn abbreviation_token(cx: &Cx<'_, '_>, t: usize) -> bool {
    match cx.punct(t) {
        Some(p) => p == ".",
        None => !cx.keys[t].chars().any(|c| c.is_numeric()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn an_outlets_abbreviation_in_brackets_is_part_of_its_mention() {
        let ms = mentions("وذكرت وكالة الأنباء الفلسطينية (وفا) أن الجرحى نقلوا إلى المستشفى.");
        assert!(ms.iter().any(|m| m.text == "وكالة الأنباء الفلسطينية (وفا)"), "{ms:?}");
        let ms = mentions("ونقلت وكالة الأنباء الإيطالية (أنسا) عن مصدر قضائي أن التحقيق مستمر.");
        assert!(ms.iter().any(|m| m.text == "وكالة الأنباء الإيطالية (أنسا)"), "{ms:?}");
        let ms = mentions("وقال المتحدث لوكالة الأنباء الألمانية (د.ب.أ) إن الاجتماع تأجل.");
        assert!(ms.iter().any(|m| m.text == "لوكالة الأنباء الألمانية (د.ب.أ)"), "{ms:?}");
    }

    #[test]
    fn a_number_in_brackets_or_a_person_keeps_the_mention_short() {
        let ms = mentions("وقتل الصحفي الفلسطيني ياسر مرتجى (30 عاما) برصاص قناص.");
        assert!(!ms.iter().any(|m| m.text.contains('(')), "{ms:?}");
        let ms = mentions("وأعلنت وزارة الصحة الفلسطينية (في غزة) عن حصيلة جديدة.");
        assert!(!ms.iter().any(|m| m.text.contains("(في")), "{ms:?}");
        // Nor the press at large: the bracket names its regulator.
        let ms = mentions("وطلب جهاز الرقابة على الاتصالات ووسائل الإعلام الروسية (روسكومنادزور) حجب التطبيق.");
        assert!(!ms.iter().any(|m| m.text.contains("روسكومنادزور")), "{ms:?}");
    }
}
