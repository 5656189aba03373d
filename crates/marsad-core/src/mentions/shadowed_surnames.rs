//! A role phrase with a known person's surname (الكاتب نصر الله) whose surname was set
//! aside because an earlier, longer name ended with it (الكاتب إبراهيم نصرالله: not Hassan
//! Nasrallah, see `find_with`) refers back to that earlier person: the nearest person
//! named before whose name ends in the same words (compared without the spaces inside
//! them, نصر الله and نصرالله). Rule: the phrase's, then `+surname+coref`.

use super::{ActorSpan, Cx, Kind};

/// Most words of a surname set aside (نصر الله).
const SURNAME_WORDS: usize = 2;

/// Link each role phrase of `out` whose surname was set aside to the person it refers to.
pub(super) fn link(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    for i in 0..out.len() {
        if out[i].rule != "agent+shadowed" {
            continue;
        }
        let (start, end) = (out[i].tok_start, out[i].tok_end);
        let person = (1..=SURNAME_WORDS.min(end - start - 1)).rev().find_map(|words| {
            let surname: String = cx.keys[end - words..end].concat();
            out[..i].iter().rposition(|p| names_ending_in(p, &surname))
        });
        if let Some(p) = person {
            // The person was named before (p < i): borrowed, not cloned.
            let (before, from_i) = out.split_at_mut(i);
            let s = &mut from_i[0];
            s.kind = Kind::Person;
            s.person_noun = false;
            s.rule = "agent+surname".into();
            s.resolve_as(&before[p], "coref");
        }
    }
}

/// Is `p` a person named by more words than `surname`, ending in it?
fn names_ending_in(p: &ActorSpan<'_>, surname: &str) -> bool {
    if p.kind != Kind::Person || p.name.is_none() || p.rule.starts_with("surname") {
        return false;
    }
    let Some(name) = p.entity.as_deref() else { return false };
    let joined: String = name.chars().filter(|c| *c != ' ').collect();
    joined.len() > surname.len() && joined.ends_with(surname)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_role_phrase_with_a_surname_set_aside_is_the_person_named_before() {
        let text = "وفاز الكاتب الأردني خالد نصر الله بالجائزة. وقال الكاتب نصر الله إن الرواية تتناول الحرب.";
        let ms = mentions(text);
        assert_eq!(code(&ms, "الكاتب نصر الله"), Some("JORMED"), "{ms:?}");
    }
}
