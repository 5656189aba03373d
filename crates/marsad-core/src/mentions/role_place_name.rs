//! A role phrase for one person, the place where the person serves with في or بـ, and
//! the person's name right after are one mention (eval/README.md: the maximal phrase;
//! only a comma makes an apposition two): مراسل بي بي سي في الخرطوم محمد عثمان، السفير
//! القطري بالعراق زايد الخيارين، الباحث في معهد هادسون في واشنطن بنيامين حداد. The place
//! only says where the office is held; it is no second actor of the sentence.
//!
//! A known person stays who the name says; an unknown name, coded by a guess from the
//! story, takes the role phrase's code, as its surnames later do.

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Join each coded role phrase, its place and the name after them in `out` (see the
/// module docs).
pub(super) fn join(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut k = 0;
    while k + 2 < out.len() {
        let (r, p, n) = (&out[k], &out[k + 1], &out[k + 2]);
        // Most triples are no such triple: their words are not read.
        // The field tests are one branch (`&`): each alone went either way from one triple
        // to the next.
        let role = (r.kind == Kind::Agent) & r.person_noun & r.entity.is_none() & r.actor.is_some();
        let place = matches!(p.kind, Kind::State | Kind::Capital) & (p.tok_end == n.tok_start);
        let name = matches!(n.kind, Kind::Person | Kind::PersonShort) & n.entity.is_some();
        if !(role & place & name) || !(n.rule.starts_with("unknown-name") || n.rule.starts_with("person:")) {
            k += 1;
            continue;
        }
        let in_place = if p.tok_start == r.tok_end + 1 {
            cx.keys[r.tok_end] == "في"
        } else {
            p.tok_start == r.tok_end && p.prepositional && cx.keys[p.tok_start].starts_with('ب')
        };
        if !in_place || cx.crosses_paragraph(r.tok_start, n.tok_end) {
            k += 1;
            continue;
        }
        let guessed = n.rule.starts_with("unknown-name");
        let name_was = (n.tok_start, n.tok_end);
        let r = out.remove(k);
        out.remove(k);
        if guessed {
            for s in out.iter_mut().filter(|s| (s.tok_start, s.tok_end) == name_was || s.antecedent == Some(name_was) && s.rule.starts_with("surname")) {
                s.actor = r.actor.clone();
                s.country = r.country.clone();
                s.role = r.role.clone();
            }
        }
        let s = &mut out[k];
        s.tok_start = r.tok_start;
        s.prepositional = r.prepositional;
        s.extend_rule(&["+role-place"]);
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_correspondent_in_a_capital_and_the_name_are_one_mention() {
        let ms = mentions("وقال مراسل بي بي سي في الخرطوم محمد عثمان إن المعتقلين أفرج عنهم.");
        assert_eq!(code(&ms, "مراسل بي بي سي في الخرطوم محمد عثمان"), Some("GBRMED"), "{ms:?}");
    }

    #[test]
    fn an_ambassador_with_bi_before_the_capital_is_one_mention() {
        let ms = mentions("وقال السفير القطري بالعراق زايد الخيارين إن العلاقات جيدة.");
        assert_eq!(code(&ms, "السفير القطري بالعراق زايد الخيارين"), Some("QATGOV"), "{ms:?}");
    }

    #[test]
    fn a_comma_before_the_name_keeps_two_mentions() {
        // (The role phrase takes its place before the comma: mentions/apposition_gap.rs.)
        let ms = mentions("وقال مراسل بي بي سي في الخرطوم، محمد عثمان، إن المعتقلين أفرج عنهم.");
        assert!(ms.iter().any(|m| m.text == "مراسل بي بي سي في الخرطوم"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.text.contains("الخرطوم محمد")), "{ms:?}");
    }

    #[test]
    fn a_verb_between_keeps_the_name_apart() {
        let ms = mentions("وصل مراسل بي بي سي إلى الخرطوم محمد عثمان أمس.");
        assert!(!ms.iter().any(|m| m.text.contains("الخرطوم محمد")), "{ms:?}");
    }
}
