//! An arrest, detention or sentence whose one party is a private person or group (a
//! civilian, an activist, a journalist, a suspect) and names no one it acts on is the
//! passive, which unvowelled text writes like the active: `واعتقل شخصان` "two people were
//! arrested", `واحتجزوا جميعا`، `واعتقل المشتبه به الرابع في فرنسا`. Such a party does not
//! arrest or sentence anyone, so it is the one coerced: the labels code the event with a
//! null actor and it as recipient (eval/README.md). Before, the rule that coercion of
//! people no one names is domestic made it coerce its own country. Not criminals (CRM: a
//! hijacker forces a crew, a gunman holds hostages), nor a seizure, whose object is mostly a
//! thing (سجناء … استولوا على أسلحة).

use super::args::Arg;

/// Roles whose holders coerce no one by arrest or sentence.
const PRIVATE_ROLES: &[&str] = &["CVL", "OPP", "MED", "EDU", "HRI", "REL", "LAB", "REF", "ELI"];

/// Is the event's one party a private person or group (by its role)?
pub(super) fn is_victim(actors: &[Arg]) -> bool {
    matches!(actors, [a] if a.role.as_deref().is_some_and(|r| PRIVATE_ROLES.contains(&r)))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_private_party_alone_is_the_one_arrested() {
        let s = sides("واعتقل الناشط الإيراني أمس في طهران.", "COERCE");
        assert!(s.contains(&(None, Some("IRN".into()))), "{s:?}");
    }

    #[test]
    fn an_authority_alone_still_coerces_its_country() {
        let s = sides("واعتقلت الشرطة الإيرانية أمس في طهران.", "COERCE");
        assert!(s.contains(&(Some("IRN".into()), Some("IRN".into()))), "{s:?}");
    }
}
