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
use super::Input;
use std::sync::OnceLock;

/// Words right after an arrest verb that tell the custody or its grounds, which only the
/// one held takes: `أوقف قيد التحقيق`، `اعتقلوا بتهم`، `أوقفا للاشتباه`. (Not an adverb of
/// manner, احترازيا: `الشرطة أوقفت احترازيا ساركوزي` has its object after it.)
const CUSTODY: &[&str] = &["قيد", "بتهمة", "بتهم", "بتهمتي", "بتهمتى", "للاشتباه", "بشبهة"];

/// Does a custody or charge word stand right after the verb ending at `end`? Then the
/// verb is the unvowelled passive (`وكان بينالا أوقف قيد التحقيق`، `إن الشرطيين الثلاثة
/// أوقفوا بتهمتي`): the one arrested is its subject. An active verb has its object or
/// its subject first (`اعتقلت الشرطة رجلا بتهمة`).
pub(super) fn custody_after(input: &Input, end: usize, s1: usize) -> bool {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| CUSTODY.iter().map(|w| marsad_text::normalize::key(w)).collect());
    end < s1 && keys.iter().any(|k| *k == input.keys[end])
}

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
    fn custody_after_the_verb_makes_it_passive() {
        // The subject before the verb is the one held, not the one holding.
        let s = sides("وقال الادعاء إن ضابطي الشرطة الفرنسية أوقفا للاشتباه في تسريب الوثائق.", "COERCE");
        assert!(s.iter().any(|(a, r)| a.is_none() && r.as_deref() == Some("FRA")), "{s:?}");
        let s = sides("وكان الوزير الماليزي السابق اعتقل بتهم فساد.", "COERCE");
        assert!(s.iter().any(|(a, r)| a.is_none() && r.as_deref() == Some("MYS")), "{s:?}");
        // An active verb with its subject and object first keeps its actor.
        let s = sides("واعتقلت الشرطة الماليزية الناشط بتهمة التحريض.", "COERCE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("MYS")), "{s:?}");
    }

    #[test]
    fn an_authority_alone_still_coerces_its_country() {
        let s = sides("واعتقلت الشرطة الإيرانية أمس في طهران.", "COERCE");
        assert!(s.contains(&(Some("IRN".into()), Some("IRN".into()))), "{s:?}");
    }
}
