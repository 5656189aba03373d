//! Storming an embassy or consulate (اقتحم محتجون السفارة، هاجموا القنصلية) with no weapon
//! or death named and no armed party behind it is a violent protest against the mission's
//! state (CAMEO 145, PLOVER PROTEST mode riot), as the crowds that take such buildings
//! are. The nouns هجوم، اعتداء name armed attacks too (الهجوم على السفارة الفرنسية في
//! واغادوغو), so only the verbs and مهاجمة count; a rocket, gunmen or the dead make it an
//! attack (هاجم مسلحون السفارة), and so does a passive that names no one (هوجمت
//! السفارة الأمريكية). The building itself is never the one who storms.

use super::args::Arg;
use super::Input;

/// Triggers of storming and attacking with no weapon in their meaning.
const STORMING: &[&str] = &["هاجم", "اقتحم", "مهاجمة", "اعتدى"];

/// Parts of words (keys) that name a weapon, armed men, the dead or the wounded.
const WEAPONS: &[&str] = &[
    "صاروخ", "صواريخ", "قذيف", "قذائف", "هاون", "كاتيوشا", "عبوه", "مفخخ", "ناسف", "انتحاري", "مسلح", "رصاص", "نار", "قنبل", "مسيره", "طائر",
    "قتل", "قتيل", "جرح", "جريح", "اصيب", "اصابه",
];

/// Roles of parties that carry arms.
const ARMED: &[&str] = &["MIL", "REB", "INS", "SPY", "COP", "UAF"];

/// Is this assault the storming of a mission (a recipient `is_mission`) by unarmed
/// people, in a sentence `s0..s1` naming no weapon?
pub(super) fn is_storming(input: &Input, lemma: &str, mode: Option<&str>, actors: &[Arg], recipients: &[Arg], is_mission: impl Fn(&Arg) -> bool, (s0, s1): (usize, usize)) -> bool {
    STORMING.contains(&lemma)
        && mode.is_none()
        && recipients.iter().any(&is_mission)
        && !actors.iter().any(|a| a.role.as_deref().is_some_and(|r| ARMED.contains(&r)) && !is_mission(a))
        && !input.keys[s0..s1].iter().any(|k| WEAPONS.iter().any(|w| k.contains(w)))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn storming_an_embassy_is_a_protest() {
        let t = "وقالت الشرطة البريطانية إن الأشخاص الذين اقتحموا السفارة الإيرانية في لندن اعتقلوا.";
        assert!(sides(t, "ASSAULT").is_empty(), "{:?}", sides(t, "ASSAULT"));
        assert!(sides(t, "PROTEST").iter().any(|(_, r)| r.as_deref() == Some("IRN")), "{:?}", sides(t, "PROTEST"));
    }

    #[test]
    fn a_rocket_attack_on_an_embassy_stays_an_attack() {
        let t = "وقال مسؤولون إن هجوما بالصواريخ استهدف السفارة الأمريكية في بغداد.";
        assert!(sides(t, "PROTEST").is_empty(), "{:?}", sides(t, "PROTEST"));
        let t = "وهاجم مسلحون السفارة الأمريكية في بغداد فجر الأحد.";
        assert!(sides(t, "PROTEST").is_empty(), "{:?}", sides(t, "PROTEST"));
        let t = "هوجمت السفارة الأمريكية في بغداد.";
        assert!(sides(t, "PROTEST").is_empty(), "{:?}", sides(t, "PROTEST"));
        let t = "وقال مصدر دبلوماسي إن أحدا لم يصب في الهجوم على السفارة الفرنسية.";
        assert!(sides(t, "PROTEST").is_empty(), "{:?}", sides(t, "PROTEST"));
    }
}
