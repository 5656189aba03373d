//! Adjectives joined by و on one head noun (الحكومة المركزية والمحلية، مصادر قضائية
//! ودينية وأمنية محلية، القوات البريطانية والفرنسية): one phrase naming one group of
//! actors, which the label guide spans whole (the maximal phrase rule). The matcher
//! reads the head with its first adjective; the adjectives after و, and one last
//! attribute of the whole (محلية، الهولنديين), belong to it.
//!
//! Only an adjective of the same shape as the one before it: the same definiteness and
//! the same ending (ية, ي, or the plural يين/يون). A noun after و that merely ends like
//! one starts another actor (القوات الحكومية والحوثيين), and so does a state's name
//! (الحكومة اليمنية والسعودية: Saudi Arabia is read as a state and ends the phrase).
//! A head with the nisbas of two states names the people of both: it keeps its role and
//! loses its state (القوات البريطانية والفرنسية).

use super::*;

/// The ending class of an adjective's key (normalised: ة is ه): feminine ية, plural
/// يين/يون, masculine ي. `None` for a word that does not end like an adjective.
fn ending(key: &str) -> Option<u8> {
    if key.ends_with("يه") {
        Some(0)
    } else if key.ends_with("يين") || key.ends_with("يون") {
        Some(1)
    } else if key.ends_with('ي') {
        Some(2)
    } else {
        None
    }
}

/// Is `key` an adjective of the shape of `like` (an adjective itself): definite when it
/// is, of its ending class, not a function word?
fn same_shape(key: &str, like: &str) -> bool {
    let definite = key_is_definite(like);
    let bare = if definite { key.strip_prefix("ال") } else { (!key_is_definite(key)).then_some(key) };
    bare.is_some_and(|b| has_chars(b, 3)) && !is_stop(key) && ending(key).is_some() && ending(key) == ending(like)
}

/// The adjective `key` after its و, if it has one.
fn after_and(key: &str) -> Option<&str> {
    key.strip_prefix('و').filter(|r| has_chars(r, 3))
}

/// May the mention `m`, which starts at a coordinated or last adjective, be taken into
/// the phrase: a bare role noun or a nisba read there (والخارجية، الهولنديين), not a
/// state, a person, a group or an organisation by name?
fn absorbable(m: &ActorSpan<'_>) -> bool {
    matches!(m.kind, Kind::Agent | Kind::Nisba) && m.entity.is_none() && !m.person_noun
}

/// Widen each mention of a body or group ending in an adjective to the adjectives joined
/// to it by و (rule `+and-adjective`); see the module docs.
pub(super) fn widen<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut gone = SpanFlags::new(out.len());
    for i in 0..out.len() {
        let s = &out[i];
        if gone[i] || !matches!(s.kind, Kind::Agent) || s.person_noun || s.tok_end < s.tok_start + 2 {
            continue;
        }
        let last = keys[s.tok_end - 1].as_str();
        // Most mentions have no وال-word after them: one key is read.
        let first_and = keys.get(s.tok_end).and_then(|k| after_and(k));
        if !first_and.is_some_and(|k| same_shape(k, last)) || ending(last).is_none() || is_stop(last) {
            continue;
        }
        let next = |end: usize| (i + 1..out.len()).find(|&j| !gone[j] && out[j].tok_end > end);
        let mut end = s.tok_end;
        let mut taken: Vec<usize> = Vec::new();
        let mut states: Vec<&str> = nationality(cx, s.tok_end - 1).map(|(_, iso)| iso).into_iter().collect();
        // Each و-adjective, then one last adjective of the same shape with no و.
        while let Some(key) = keys.get(end).and_then(|k| after_and(k)).filter(|k| same_shape(k, last) && cx.punct(end).is_none()) {
            match next(end).filter(|&j| out[j].tok_start <= end) {
                None => {}
                Some(j) if out[j].tok_start == end && absorbable(&out[j]) => taken.push(j),
                Some(_) => break,
            }
            if let Some((_, iso)) = nationality(cx, end).or_else(|| bare_nationality(cx, key)) {
                states.push(iso);
            }
            end += 1;
            // A mention taken in may reach the last attribute already (والخارجية الهولنديين).
            if let Some(&j) = taken.last() {
                end = end.max(out[j].tok_end);
            }
        }
        if end == s.tok_end {
            continue;
        }
        if keys.get(end).is_some_and(|k| same_shape(k, last)) && cx.punct(end).is_none() {
            match next(end).filter(|&j| out[j].tok_start <= end) {
                None => end += 1,
                Some(j) if out[j].tok_start == end && out[j].tok_end == end + 1 && absorbable(&out[j]) => {
                    taken.push(j);
                    end += 1;
                }
                Some(_) => {}
            }
        }
        if cx.crosses_paragraph(s.tok_start, end) {
            continue;
        }
        let state_after = taken.iter().find_map(|&j| out[j].state_of(cx.lex).map(|st| (st.code.as_str(), st.iso3.as_str())));
        for &j in &taken {
            gone[j] = true;
        }
        let s = &mut out[i];
        s.tok_end = end;
        s.extend_rule(&["+and-adjective"]);
        states.sort_unstable();
        states.dedup();
        if states.len() > 1 {
            // The people of two states: the role stays, the state goes.
            s.actor = None;
            s.country = None;
        } else if s.country.is_none() {
            if let (Some(state), Some(role)) = (state_after, s.role.clone()) {
                code_in_state(cx.lex, s, state, role, "+state:");
            }
        }
    }
    remove_marked(out, &gone);
}

/// The state a nisba key names when the token was written with و (والفرنسية): the
/// nisba read without it.
fn bare_nationality<'a>(cx: &Cx<'a, '_>, key: &str) -> Option<(&'a str, &'a str)> {
    nationality_of_keys(cx, &[key.to_string()])
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn adjectives_joined_by_and_belong_to_their_head() {
        let ms = mentions("وحمل المتظاهرون في العراق الحكومة المركزية والمحلية مسؤولية تردي الخدمات.");
        assert!(ms.iter().any(|m| m.text == "الحكومة المركزية والمحلية"), "{ms:?}");
        let ms = mentions("وقالت مصادر أمنية وقضائية محلية في مالي إن الهجوم أوقع قتلى.");
        assert!(ms.iter().any(|m| m.text == "مصادر أمنية وقضائية محلية"), "{ms:?}");
    }

    #[test]
    fn the_nisbas_of_two_states_keep_the_role_not_the_state() {
        let ms = mentions("وشاركت القوات البريطانية والفرنسية في الضربات الجوية.");
        assert!(ms.iter().any(|m| m.text == "القوات البريطانية والفرنسية" && m.country.is_none()), "{ms:?}");
    }

    #[test]
    fn another_actor_after_and_stays_apart() {
        // A plural noun after a feminine adjective, and a state's name.
        let ms = mentions("واندلعت اشتباكات عنيفة بين القوات الحكومية والحوثيين قرب المدينة.");
        assert!(ms.iter().all(|m| !m.text.contains("والحوثيين") || !m.text.contains("القوات")), "{ms:?}");
        let ms = mentions("وقالت الحكومة اليمنية والسعودية إن الهجوم فشل.");
        assert_eq!(code(&ms, "والسعودية"), Some("SAU"), "{ms:?}");
    }
}
