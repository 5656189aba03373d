//! Flight (`فرار`، `تقهقر`: RETREAT 0874, mode `flee`) is a military retreat only when armed
//! forces or groups flee (`وسط فرار جماعي لعناصر الميليشيات`، `فرار المتمردين منه`). The same
//! words tell far more often of prisoners escaping, refugees or a family fleeing (`لاذوا
//! بالفرار من سجن`، `فرت عائلته`), which PLOVER codes as no retreat of theirs: without an
//! armed party the word is no event.

use super::args::Arg;
use marsad_text::normalize::without_conjunction;

/// The mode of the flight rows in `events.tsv`.
pub(super) const FLEE: &str = "flee";

/// Role codes of armed forces and groups.
const ARMED_ROLES: &[&str] = &["MIL", "REB", "UAF", "INS", "SPY", "COP"];

/// Is the key of a flight verb (فر) another verb's: سافر "travel" (read as the future
/// سأفر), or one with an object pronoun, which فر never takes (وفرتها: وفّر "provide")?
pub(super) fn other_verb(key: &str) -> bool {
    let key = without_conjunction(key);
    key.starts_with("سا") || ["ها", "هم", "هما", "هن", "ه"].iter().any(|p| key.ends_with(p))
}

/// The first of these parties that is armed forces or an armed group.
pub(super) fn armed_party(parties: &[Arg]) -> Option<Arg> {
    parties
        .iter()
        .find(|p| {
            let role = p.role.as_deref().is_some_and(|r| ARMED_ROLES.contains(&r));
            let code = p.actor.as_deref().unwrap_or_default();
            role || code.starts_with("IMG") || ARMED_ROLES.iter().any(|r| code.ends_with(r))
        })
        .cloned()
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn fighters_fleeing_retreat() {
        let found = events("سيطرت القوات الحكومية على المطار بعد فرار المتمردين الحوثيين.");
        assert!(
            found.iter().any(|e| e.kind == "RETREAT" && e.cameo.as_deref() == Some("0874") && e.actors.iter().any(|a| a.actor.as_deref() == Some("YEMREB"))),
            "{found:?}"
        );
    }

    #[test]
    fn prisoners_fleeing_do_not() {
        let found = events("وأفادت مصادر بفرار مئات السجناء من سجن قرب طرابلس.");
        assert!(found.iter().all(|e| e.kind != "RETREAT"), "{found:?}");
    }

    #[test]
    fn fighters_fleeing_by_the_verb_retreat_and_families_do_not() {
        let found = events("وقالت المصادر إن مسلحي الحوثي فروا من مواقعهم في مديرية حيس.");
        assert!(found.iter().any(|e| e.kind == "RETREAT" && e.cameo.as_deref() == Some("0874") && e.actors.iter().any(|a| a.actor.as_deref() == Some("YEMREB"))), "{found:?}");
        let found = events("وقالت المنظمة إن مئات العائلات فرت من القتال في مدينة الحديدة.");
        assert!(found.iter().all(|e| e.kind != "RETREAT"), "{found:?}");
        // (The party after من is fled from, not fleeing.)
        let found = events("وفر الآلاف من إرهاب ميليشيات الحوثي إلى مخيمات في مأرب.");
        assert!(found.iter().all(|e| e.kind != "RETREAT"), "{found:?}");
        // سافر "travel" and وفّر "provide" are no flight.
        let found = events("وسافر قادة الميليشيات الحوثية إلى مسقط لإجراء محادثات.");
        assert!(found.iter().all(|e| e.kind != "RETREAT"), "{found:?}");
        let found = events("وانفصل الإقليم بمساعدة كاسحة وفرتها له القوات الروسية.");
        assert!(found.iter().all(|e| e.kind != "RETREAT"), "{found:?}");
    }
}
