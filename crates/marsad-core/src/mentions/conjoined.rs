//! A bare state institution joined by و to a coded one of a state is that state's:
//! وزارة الخارجية التركية والشرطة (TURCOP), الحكومة الأفغانية والشرطة, البيت الأبيض
//! ووزارة الخارجية. The story's country, which such a noun takes otherwise, is often
//! another state when a story has two (the police of Istanbul in a Saudi story).
//! Not after بين, which sets two sides against each other (الاشتباكات بين الجيش السوري
//! والمعارضة), nor for groups, people or outlets: armed men after an army
//! (الجيش اللبناني والمسلحين) are the army's enemies as often as its own.

use super::{code_in_state, ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Roles of a state's own institutions: government, army, police, courts, parliament,
/// intelligence.
const STATE_ROLES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];

fn state_role(role: Option<&str>) -> bool {
    role.and_then(|r| r.get(..3)).is_some_and(|r| STATE_ROLES.contains(&r))
}

/// Code each bare definite institution after و (`alone = home`, not yet placed) by the
/// state of the coded institution or official right before it.
pub(super) fn share_state<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    for i in 1..out.len() {
        let s = &out[i];
        // The fields in one branch (`&`), the rule read only for the mentions they let through.
        let bare = (s.kind == Kind::Agent) & s.actor.is_none() & s.home & s.definite & !s.person_noun && s.rule == "agent";
        if !bare || !state_role(s.role.as_deref()) || !cx.keys[s.tok_start].starts_with("وال") {
            continue;
        }
        let prev = &out[i - 1];
        let coded_institution = matches!(prev.kind, Kind::Agent | Kind::Person | Kind::Metonym)
            && prev.tok_end == s.tok_start
            && !prev.rule.contains("context")
            && state_role(prev.role.as_deref());
        if !coded_institution || prev.tok_start > 0 && cx.keys[prev.tok_start - 1] == "بين" {
            continue;
        }
        let Some(state) = prev.state_of(cx.lex) else { continue };
        let role = out[i].role.clone().unwrap_or_default();
        code_in_state(cx.lex, &mut out[i], (&state.code, &state.iso3), role, "+conjunct:");
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_bare_institution_after_and_takes_the_state_of_the_one_before() {
        let ms = mentions(
            "قالت السعودية إن الصحفي السعودي دخل القنصلية السعودية. وأضاف أن وزارة الخارجية التركية والشرطة يتابعان التطورات. وقالت الرياض إن السعودية ترحب.",
        );
        assert_eq!(code(&ms, "والشرطة"), Some("TURCOP"), "{ms:?}");
    }

    #[test]
    fn not_between_two_sides_nor_for_armed_men() {
        let ms = mentions(
            "قالت السعودية إن السعودية ترحب. ووقعت اشتباكات بين الجيش التركي والشرطة في السعودية. وقال الجيش اللبناني والمسلحين في السعودية.",
        );
        assert_ne!(code(&ms, "والشرطة"), Some("TURCOP"), "{ms:?}");
        assert_ne!(code(&ms, "والمسلحين"), Some("LBNUAF"), "{ms:?}");
    }
}
