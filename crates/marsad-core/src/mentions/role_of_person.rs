//! A role in construct with one person, right before another person's name, is that
//! other person's mention (eval/README.md, "Mentions": a name and its role with no comma
//! between them are one mention): محامي ترامب مايكل كوهين is Cohen, not Trump. The inner
//! person is then no mention of its own (labels do not nest).

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;

fn is_named_person(s: &ActorSpan<'_>) -> bool {
    matches!(s.kind, Kind::Person | Kind::PersonShort) && s.entity.is_some()
}

/// Join `role + person + name` (three adjacent spans of `out`) into the named person's mention.
pub(super) fn join(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut k = 0;
    while k + 2 < out.len() {
        let (r, x, y) = (&out[k], &out[k + 1], &out[k + 2]);
        // Most triples are no such triple: their words are not read.
        let shape = r.kind == Kind::Agent
            && r.person_noun
            && r.entity.is_none()
            && r.tok_end == r.tok_start + 1
            && x.tok_start == r.tok_end
            && y.tok_start == x.tok_end
            && is_named_person(x)
            && is_named_person(y);
        if !shape {
            k += 1;
            continue;
        }
        let head = cx.keys[r.tok_start].as_str();
        // (Only a noun in construct governs the next name: المستشار ترامب is one title and name;
        // محاميه ترامب is someone else's.)
        let construct = !key_is_definite(head) && !cx.ends_with_hah(r.tok_start) && !head.ends_with("ها") && !head.ends_with("هم");
        let distinct = x.entity != y.entity;
        if !construct || !distinct || cx.crosses_paragraph(r.tok_start, y.tok_start + 1) {
            k += 1;
            continue;
        }
        let start = r.tok_start;
        out.drain(k..k + 2);
        out[k].tok_start = start;
        out[k].extend_rule(&["+role-of-person"]);
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_role_of_one_person_before_anothers_name_is_the_named_persons() {
        let ms = mentions("وقال محامي ترامب مايكل كوهين إنه دفع المبلغ من ماله الخاص.");
        assert!(ms.iter().any(|m| m.text == "محامي ترامب مايكل كوهين"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.text == "ترامب"), "{ms:?}");
        assert_eq!(code(&ms, "محامي ترامب مايكل كوهين"), ms.iter().find(|m| m.text.contains("كوهين")).and_then(|m| m.actor.as_deref()));
    }

    #[test]
    fn a_comma_keeps_the_two_people_apart() {
        let ms = mentions("وقال محامي ترامب، مايكل كوهين، إنه دفع المبلغ.");
        assert!(ms.iter().any(|m| m.text == "ترامب"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.text.starts_with("محامي ترامب مايكل")), "{ms:?}");
    }
}
