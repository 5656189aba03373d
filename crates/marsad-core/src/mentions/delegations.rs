//! A delegation "of" a named body with من (وفد من المعارضة السورية، وفد من حركة حماس،
//! وفد من الكونغرس الأمريكي) is that body's delegation: one mention with the body's code,
//! which the bare الوفد later refers back to. Only a body: من before a state or a place
//! gives where the delegation came from (وفد من كوريا الشمالية is read as the state),
//! and people counted out of a group are `extent`'s fighters.

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;

/// The delegation noun in the singular (also accusative) and the plural, as keys
/// without clitics.
const DELEGATIONS: &[&str] = &["وفد", "وفدا", "وفود"];

/// Is `key` a form of the delegation noun: after و/ف, with or without ل/ب, without the
/// article (a definite الوفد من … is "the delegation, from …", one named before)?
pub(super) fn is_delegation(key: &str) -> bool {
    // (The noun itself begins with و: the whole key is tried first.)
    let with_preposition = |k: &str| k.strip_prefix(['ل', 'ب']).is_some_and(|r| DELEGATIONS.contains(&r));
    DELEGATIONS.contains(&key) || with_preposition(key) || key.strip_prefix(['و', 'ف']).is_some_and(|r| DELEGATIONS.contains(&r) || with_preposition(r))
}

/// Is `a`, a bare uncoded delegation noun, right before من and the coded body `b`?
fn of_body(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    // The fields in one branch (`&`): each test alone went either way from one pair to
    // the next. The words are read only for the pairs they let through.
    (a.kind == Kind::Agent) & a.actor.is_none() & a.country.is_none() & (a.tok_end == a.tok_start + 1) & (b.tok_start == a.tok_end + 1)
        && cx.keys[a.tok_end] == "من"
        && super::members::is_body(b)
        && b.kind != Kind::Metonym
        && !b.prepositional
        && is_delegation(&cx.keys[a.tok_start])
}

/// Join each delegation of a body to it (before the links: the delegation stays a body
/// named by its noun, with the body's code, so that الوفد refers back to it).
pub(super) fn join(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut k = 0;
    while k + 1 < out.len() {
        if !of_body(cx, &out[k], &out[k + 1]) {
            k += 1;
            continue;
        }
        let body = out.remove(k + 1);
        let a = &mut out[k];
        a.tok_end = body.tok_end;
        a.actor = body.actor;
        a.country = body.country;
        a.role = body.role;
        a.extend_rule(&["+delegation+", &body.rule]);
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_delegation_of_a_body_is_the_body_s_and_the_delegation_refers_back() {
        let ms = mentions("بدأ وفد من المعارضة السورية زيارة إلى القامشلي. ومن المفترض أن يجتمع الوفد مع مسؤولين.");
        assert_eq!(code(&ms, "وفد من المعارضة السورية"), Some("SYROPP"), "{ms:?}");
        assert_eq!(code(&ms, "الوفد"), Some("SYROPP"), "{ms:?}");
        let ms = mentions("وصل وفد من حركة حماس إلى القاهرة.");
        assert_eq!(code(&ms, "وفد من حركة حماس"), Some("PSEREBHMS"), "{ms:?}");
    }

    #[test]
    fn the_noun_is_read_behind_its_clitics() {
        assert!(super::is_delegation("وفد") && super::is_delegation("ووفد") && super::is_delegation("لوفد") && super::is_delegation("وفود"));
        assert!(!super::is_delegation("فد") && !super::is_delegation("الوفد") && !super::is_delegation("وفدي"));
    }

    #[test]
    fn a_delegation_from_a_state_or_of_unnamed_people_is_not_merged() {
        let ms = mentions("وصل وفد من مصر إلى غزة. واستقبل الوزير وفدا من رجال الأعمال.");
        assert!(ms.iter().all(|m| !m.text.starts_with("وفد من")), "{ms:?}");
    }
}
