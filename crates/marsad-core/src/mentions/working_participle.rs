//! A participle of where people work (العاملين، العاملة) right after a coded body or
//! people belongs to their phrase with its complement, as `complements::participles`
//! joins it (the label guide's maximal phrase): موظفيها العاملين في اليمن، 71 من موظفيه
//! العاملين بالمجال الإنساني، القوات الإماراتية العاملة ضمن التحالف. The scan reads a bare العاملين as people of its own ("the
//! workers", coded by the place after it), which that pass never joins: here it is the
//! body's attribute, and the body keeps its code.
//!
//! The participle agrees with its head: the plural one (العاملين) only after people in
//! the plural (a sound plural or a possessed noun), the feminine one after a body. A
//! participle that does not agree is the verb's object (أبلغت الحكومة العاملين في القطاع).

use super::extent::{set, KeySet};
use super::*;
use std::sync::OnceLock;

/// The participle of work as people in the plural.
const PLURAL: &[&str] = &["العاملين", "العاملون"];
/// And as a body's (feminine, or a plural of things).
const FEMININE: &[&str] = &["العاملة"];

/// Most adjectives taken in after the complement's noun (بالمجال الإغاثي والإنساني).
const ADJECTIVES: usize = 3;

/// Does the participle at `t` agree with the mention `a` before it?
fn agrees(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, t: usize) -> bool {
    static PL: OnceLock<KeySet> = OnceLock::new();
    static FEM: OnceLock<KeySet> = OnceLock::new();
    let key = cx.keys[t].as_str();
    if set(&PL, PLURAL).contains(key) {
        let sound_plural = (a.tok_start..a.tok_end).any(|u| cx.keys[u].ends_with("ين") || cx.keys[u].ends_with("ون"));
        a.kind == Kind::Agent && !a.person_noun && (a.rule.starts_with("possessed") || sound_plural)
    } else {
        set(&FEM, FEMININE).contains(key) && matches!(a.kind, Kind::Agent | Kind::Group | Kind::Igo) && !a.person_noun
    }
}

/// Prepositions written apart before the participle's complement (العاملة في اليمن،
/// العاملة ضمن التحالف).
const APART: &[&str] = &["في", "ضمن"];

/// Where the complement of a bare participle at `p` starts: after في or ضمن, or at a
/// word with ب glued to it (بالمجال).
fn complement_start(keys: &[String], p: usize) -> usize {
    if keys.get(p + 1).is_some_and(|k| APART.contains(&k.as_str())) {
        p + 2
    } else {
        p + 1
    }
}

/// Where the complement of a bare participle at `p` ends, if it has one no mention
/// covers, up to `limit` (the next mention's start): a definite noun (في المجال،
/// بالمجال) or one in construct with a definite noun (في قطاع الدفاع، بمجال الإغاثة), and
/// its adjectives.
fn own_complement_end(cx: &Cx<'_, '_>, p: usize, limit: usize) -> Option<usize> {
    let keys = cx.keys;
    let noun = complement_start(keys, p);
    let limit = limit.min(keys.len());
    let k = keys.get(noun)?.as_str();
    let bare = if noun == p + 2 { Some(k) } else { k.strip_prefix('ب') };
    let word = |t: usize| has_chars(&keys[t], 3) && !is_stop(&keys[t]) && !cx.para_start(t);
    if noun >= limit || !bare.is_some_and(|b| has_chars(b, 3)) || !word(noun) {
        return None;
    }
    let definite = bare.is_some_and(|b| b.starts_with("ال"));
    // An indefinite noun is the first of a construct: its definite second word follows.
    let head_end = if definite {
        noun + 1
    } else if noun + 1 < limit && keys[noun + 1].starts_with("ال") && word(noun + 1) {
        noun + 2
    } else {
        return None;
    };
    let adjective_at = |t: usize| {
        let k = keys[t].as_str();
        adjective(k) || k.strip_prefix('و').is_some_and(adjective)
    };
    let adjectives = (head_end..limit).take(ADJECTIVES).take_while(|&t| adjective_at(t) && !cx.para_start(t)).count();
    Some(head_end + adjectives)
}

/// Join each coded body or people to the participle of work the scan read as people
/// right after it, and to that participle's complement (rule `+at-work`).
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let coded = a.actor.is_some() || a.country.is_some();
        if !coded || b.tok_start != a.tok_end || b.kind != Kind::Agent || b.prepositional || !agrees(cx, a, b.tok_start) || cx.para_start(b.tok_start) {
            k += 1;
            continue;
        }
        let mut end = b.tok_end;
        let mut joined = 1;
        if b.tok_end == b.tok_start + 1 {
            // The participle alone: its complement is the next mention (a place or a
            // body, glued to ب or after في) or words no mention covers.
            let limit = out.get(k + 2).map_or(cx.keys.len(), |n| n.tok_start);
            let place = out.get(k + 2).filter(|n| {
                let apart = n.tok_start == b.tok_end + 1 && complement_start(cx.keys, b.tok_start) == n.tok_start && !n.prepositional;
                let glued = n.tok_start == b.tok_end && cx.keys[n.tok_start].starts_with('ب');
                (apart || glued) && n.actor.is_some() && !matches!(n.kind, Kind::Person | Kind::PersonShort)
            });
            if let Some(n) = place {
                end = n.tok_end;
                joined = 2;
            } else if let Some(e) = own_complement_end(cx, b.tok_start, limit) {
                end = e;
            }
        }
        out.drain(k + 1..k + 1 + joined);
        let a = &mut out[k];
        a.tok_end = end;
        a.extend_rule(&["+at-work"]);
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn staff_at_work_are_one_mention_with_their_body() {
        let ms = mentions("وقالت منظمة أطباء بلا حدود إنها سحبت 40 من موظفيها العاملين في سوريا بسبب القصف.");
        assert!(ms.iter().any(|m| m.text == "40 من موظفيها العاملين في سوريا" && m.actor.is_some()), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "سوريا"), "{ms:?}");
        let ms = mentions("وقالت منظمة أطباء بلا حدود إن موظفيها العاملين بالمجال الطبي والإنساني بخير.");
        assert!(ms.iter().any(|m| m.text == "موظفيها العاملين بالمجال الطبي والإنساني" && m.actor.is_some()), "{ms:?}");
        // A body's participle, with ضمن or a construct after it.
        let ms = mentions("وتقدمت القوات بإسناد من القوات الإماراتية العاملة ضمن التحالف العربي نحو المدينة.");
        assert_eq!(code(&ms, "القوات الإماراتية العاملة ضمن التحالف العربي"), Some("AREMIL"), "{ms:?}");
        let ms = mentions("وتضررت الشركات التركية العاملة في قطاع البناء بشدة.");
        assert_eq!(code(&ms, "الشركات التركية العاملة في قطاع البناء"), Some("TURBUS"), "{ms:?}");
    }

    #[test]
    fn a_participle_that_does_not_agree_stays_apart() {
        // The government (one body) told the workers: the verb's object.
        let ms = mentions("وأبلغت الحكومة المصرية العاملين في القطاع العام بالقرار.");
        assert_eq!(code(&ms, "الحكومة المصرية"), Some("EGYGOV"), "{ms:?}");
    }
}
