//! قوات التحالف "the coalition's forces" are the forces of the coalition the article
//! names (التحالف العربي → SAUMIL in Yemen, التحالف الدولي → USAMIL in Syria and Iraq),
//! not the last army named before (القوات اليمنية، القوات الإماراتية), nor nobody's: the
//! phrase and a role phrase built on it (المتحدث باسم قوات التحالف) take the code of the
//! nearest coalition named before, else of the first named after.

use super::{ActorSpan, Cx};

/// Does the mention end in قوات التحالف (with a proclitic on قوات: لقوات، وقوات)?
fn ends_in_coalition_forces(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    s.tok_end >= s.tok_start + 2 && cx.keys[s.tok_end - 1] == "التحالف" && cx.keys[s.tok_end - 2].ends_with("قوات")
}

/// Is the mention a coalition the dictionaries know (a group whose name has تحالف)?
fn is_coalition(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    s.actor.is_some() && s.rule.contains("group:") && (s.tok_start..s.tok_end).any(|t| cx.keys[t].ends_with("تحالف"))
}

/// Code the coalition's forces still uncoded (or linked back to another army) as the
/// coalition named nearest.
pub(super) fn forces_of_the_coalition<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let open = |s: &ActorSpan<'_>| (s.actor.is_none() || s.rule.starts_with("agent+coref")) && s.rule.starts_with("agent") && ends_in_coalition_forces(cx, s);
    // Most articles have no such phrase: then no coalition is looked for.
    if !out.iter().any(open) {
        return;
    }
    for i in 0..out.len() {
        if !open(&out[i]) {
            continue;
        }
        let before = (0..i).rev().find(|&j| is_coalition(cx, &out[j]));
        let Some(j) = before.or_else(|| (i + 1..out.len()).find(|&j| is_coalition(cx, &out[j]))) else {
            // No coalition named: a link to another army was a guess, not an answer.
            if out[i].rule.starts_with("agent+coref") {
                let s = &mut out[i];
                (s.entity, s.entity_id, s.actor, s.country, s.antecedent) = (None, None, None, None, None);
                s.rule = "agent".into();
            }
            continue;
        };
        out[i].rule = "agent".into();
        if j < i {
            let (before, from_i) = out.split_at_mut(i);
            from_i[0].resolve_as(&before[j], "coalition");
        } else {
            let (to_j, from_j) = out.split_at_mut(j);
            to_j[i].resolve_as(&from_j[0], "coalition");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn the_coalition_s_forces_are_the_coalition_named_not_the_army_before() {
        let ms = mentions("شنت مقاتلات التحالف العربي غارات في اليمن. وتقدمت القوات اليمنية نحو الحديدة. وقال المتحدث الرسمي باسم قوات التحالف إن قوات التحالف دمرت مواقع للحوثيين.");
        assert_eq!(code(&ms, "القوات اليمنية"), Some("YEMMIL"), "{ms:?}");
        assert_eq!(code(&ms, "المتحدث الرسمي باسم قوات التحالف"), Some("SAUMIL"), "{ms:?}");
        assert_eq!(code(&ms, "قوات التحالف"), Some("SAUMIL"), "{ms:?}");
        let ms = mentions("قالت قوات التحالف إنها قصفت مواقع داعش في سوريا، وأكد التحالف الدولي ضد داعش مقتل قيادي.");
        assert_eq!(code(&ms, "قوات التحالف"), Some("USAMIL"), "{ms:?}");
    }

    #[test]
    fn with_no_coalition_named_they_are_nobody_s_army() {
        let ms = mentions("تقدمت القوات اليمنية نحو الحديدة في اليمن. وقالت قوات التحالف إنها دمرت مواقع للحوثيين.");
        assert_eq!(code(&ms, "القوات اليمنية"), Some("YEMMIL"), "{ms:?}");
        assert_eq!(code(&ms, "قوات التحالف"), None, "{ms:?}");
    }
}
