//! A coded role phrase set off by a comma before a person's name is the name's apposition
//! ([`super::appositions`]) even when words the role phrase did not take sit before the
//! comma: a place or body where the office is held, with في or بـ (رئيس الجالية المصرية
//! بغزة، عادل عبدالرحمن; مراسل بي بي سي في بكين، روبن برانت), and a nisba closing the
//! phrase (المتحدث باسم ميليشيات الحوثي الإيرانية، محمد عبدالسلام). The role phrase takes
//! them (eval/README.md: the maximal phrase), so the comma ends it.
//!
//! Only where a name follows the comma: elsewhere the place may be where something
//! happened (قال وزير الخارجية الأمريكي في بغداد، إن).

use super::{nationality, unknown_name_after_comma, ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Most nisbas that may close a role phrase before its comma.
pub(super) const NISBAS: usize = 2;

/// Widen role phrases over their gap before a comma and a name (see the module docs).
/// Runs before [`super::appositions`].
pub(super) fn bridge(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut i = 0;
    while i < out.len() {
        if !coded_role(&out[i]) {
            i += 1;
            continue;
        }
        if let Some((end, place)) = gap(cx, out, i) {
            if place {
                out.remove(i + 1);
            }
            out[i].tok_end = end;
            out[i].extend_rule(&["+gap"]);
        }
        i += 1;
    }
}

/// A role phrase for one person with a code and no name yet.
fn coded_role(s: &ActorSpan<'_>) -> bool {
    // One branch for all (`&`): each test alone went either way from one mention to the next.
    (s.kind == Kind::Agent) & s.person_noun & s.actor.is_some() & s.name.is_none() & s.entity.is_none()
}

/// The end of the gap after the role phrase `out[i]` when it runs to a comma with a
/// name after it, and whether a place mention (the next one) is in it.
fn gap(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], i: usize) -> Option<(usize, bool)> {
    let keys = cx.keys;
    let e = out[i].tok_end;
    if e >= keys.len() || keys[e].is_empty() {
        return None;
    }
    let mut t = e;
    let next = out.get(i + 1);
    let place = next.filter(|n| {
        let placed = matches!(n.kind, Kind::State | Kind::Capital | Kind::Place | Kind::Group | Kind::Igo);
        let with_fi = n.tok_start == e + 1 && keys[e] == "في";
        let with_bi = n.tok_start == e && n.prepositional && keys[e].starts_with('ب');
        placed && n.actor.is_some() && (with_fi || with_bi)
    });
    if let Some(p) = place {
        t = p.tok_end;
    }
    let mut nisbas = 0;
    while nisbas < NISBAS && t < keys.len() && nationality(cx, t).is_some() {
        t += 1;
        nisbas += 1;
    }
    // Nothing else may stand in the gap: no other mention starts in it.
    let others = out.get(i + 1 + usize::from(place.is_some())).is_some_and(|n| n.tok_start < t);
    if t == e || others || !cx.comma(t) || cx.crosses_paragraph(out[i].tok_start, t) {
        return None;
    }
    name_after(cx, out, i + usize::from(place.is_some()), t).then_some((t, place.is_some()))
}

/// Does a person's name follow the comma at `comma` (`out[i]` the last mention before
/// it): a known person's mention right there, or an unknown name of two words or more
/// that ends where a name may end?
fn name_after(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], i: usize, comma: usize) -> bool {
    let next = out.get(i + 1);
    if next.is_some_and(|n| n.tok_start == comma + 1 && matches!(n.kind, Kind::Person) && n.entity.is_some()) {
        return true;
    }
    let next_start = next.map_or(cx.keys.len(), |n| n.tok_start);
    unknown_name_after_comma(cx, comma, next_start).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_place_with_bi_before_the_comma_stays_in_the_role_phrase() {
        let ms = mentions("وأفاد رئيس الجالية المصرية بغزة، عادل عبدالرحمن، بأن المبنى دمر بالكامل.");
        assert!(ms.iter().any(|m| m.text == "رئيس الجالية المصرية بغزة"), "{ms:?}");
        assert_eq!(code(&ms, "عادل عبدالرحمن").map(|c| &c[..3]), Some("EGY"), "{ms:?}");
    }

    #[test]
    fn a_nisba_after_the_body_stays_in_the_role_phrase() {
        let ms = mentions("وقال المتحدث باسم ميليشيات الحوثي الإيرانية، محمد عبدالسلام، إن الهجوم فشل.");
        assert_eq!(code(&ms, "المتحدث باسم ميليشيات الحوثي الإيرانية"), Some("YEMREB"), "{ms:?}");
        // Without a name after the comma the nisba is left out as before.
        let ms = mentions("وقال المتحدث باسم ميليشيات الحوثي الإيرانية، في بيان، إن الهجوم فشل.");
        assert!(!ms.iter().any(|m| m.text.ends_with("الإيرانية")), "{ms:?}");
    }

    #[test]
    fn a_correspondent_in_a_capital_before_a_comma_names_the_person() {
        let ms = mentions("ويقول مراسل بي بي سي في بكين، روبن برانت، إن اختفاء المسؤول أمر غير مألوف.");
        assert!(ms.iter().any(|m| m.text == "مراسل بي بي سي في بكين"), "{ms:?}");
        assert_eq!(code(&ms, "روبن برانت"), Some("GBRMED"), "{ms:?}");
    }

    #[test]
    fn without_a_name_after_the_comma_the_place_stays_apart() {
        let ms = mentions("ويقول مراسل بي بي سي في بكين، في تقرير له، إن اختفاء المسؤول أمر غير مألوف.");
        assert!(ms.iter().any(|m| m.text == "مراسل بي بي سي"), "{ms:?}");
    }
}
