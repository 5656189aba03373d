//! A strike's weapon or manner may stand between its verb (or subject) and its target:
//! `قصفت قوات الشرعية بالمدفعية الثقيلة مواقع الحوثيين`، `استهدف الطيران بعدة غارات مواقع
//! الميليشيات`، `قصفت بأكثر من 8 غارات جوية معسكرا للميليشيا`، `تقصف بشكل مكثف مواقع
//! الحوثيين`. The object search starts at the word after the verb, finds the بـ-phrase and
//! no party, so the target was lost. Only attacks are read past such a phrase: the words
//! are weapons of war, and other verbs' بـ is mostly their own complement.

use super::Input;
use marsad_text::token::TokenKind;

/// Weapons and strikes after بـ (keys: hamza folded, ة as ه; with or without the article).
const WEAPONS: &[&str] = &[
    "مدفعيه", "مدافع", "غاره", "غارات", "صاروخ", "صواريخ", "قذيفه", "قذائف", "طائره", "طائرات", "مسيره", "مسيرات",
    "نيران", "براميل", "رصاص", "قنابل", "قنبله", "راجمات", "دبابات", "ذخائر", "اسلحه", "سلاح",
];
/// Counts before a weapon (بعدة غارات، بأكثر من 8 غارات، بسلسلة غارات، بثلاث غارات).
const COUNTS: &[&str] = &["عده", "اكثر", "عشرات", "سلسله", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "عشر"];
/// Manner heads: بشكل + an adjective (بشكل مكثف), or alone (بكثافة، بعنف).
const MANNER_ALONE: &[&str] = &["كثافه", "عنف", "ضراوه"];

/// How many words a counted weapon may stand after its count (بأكثر من 8 غارات).
const COUNT_REACH: usize = 4;

/// The stem of a بـ-word, without بـ and the article: `بالمدفعية` → `مدفعيه`.
fn stem_after_ba(key: &str) -> Option<&str> {
    let rest = key.strip_prefix('ب')?;
    Some(rest.strip_prefix("ال").unwrap_or(rest))
}

/// Where the words after a weapon or manner phrase opening at `lo` begin (the weapon's
/// adjectives or the target), or None when no such phrase opens there.
pub(super) fn past_weapon(input: &Input, lo: usize, s1: usize) -> Option<usize> {
    let stem = stem_after_ba(input.keys.get(lo)?)?;
    if WEAPONS.contains(&stem) || MANNER_ALONE.contains(&stem) {
        return Some(lo + 1);
    }
    if stem == "شكل" {
        return Some(lo + 2).filter(|&j| j <= s1);
    }
    if COUNTS.contains(&stem) {
        let strip = |k: &str| -> String { k.strip_prefix("ال").unwrap_or(k).to_string() };
        return (lo + 1..s1.min(lo + 1 + COUNT_REACH))
            .take_while(|&k| input.tokens[k].kind != TokenKind::Punct)
            .find(|&k| WEAPONS.contains(&strip(&input.keys[k]).as_str()))
            .map(|k| k + 1);
    }
    None
}

/// How many words after the weapon may be its adjectives before the target (الثقيلة، جوية
/// مباغتة).
pub(super) const ADJECTIVE_REACH: usize = 3;

/// Weapons named in the genitive after their kind (بصواريخ الكاتيوشا، بقذائف الهاون).
const WEAPON_GENITIVES: &[&str] = &["كاتيوشا", "هاون", "مدفعيه", "مدفعي"];
/// Manner adjectives that end in neither ي nor ة (بشكل مكثف).
const MANNER_ADJECTIVES: &[&str] = &["مكثف", "كثيف", "عنيف", "مباشر", "متواصل", "مستمر", "عشوائي"];

/// Is the word part of the weapon's phrase rather than the target: an adjective (ending in
/// ي or ة: الثقيلة، جوية، الحي), a weapon or its genitive (القذائف، الكاتيوشا)?
pub(super) fn describes_weapon(key: &str) -> bool {
    let stem = key.strip_prefix("ال").unwrap_or(key);
    stem.ends_with('ي') || stem.ends_with('ه') || WEAPONS.contains(&stem) || WEAPON_GENITIVES.contains(&stem) || MANNER_ADJECTIVES.contains(&stem)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    fn target(t: &str, want: &str) {
        let s = sides(t, "ASSAULT");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some(want)), "{t}: {s:?}");
    }

    #[test]
    fn the_target_is_read_past_the_weapon() {
        target("وقالت مصادر محلية إن القوات الحكومية قصفت بالمدفعية الثقيلة مواقع تنظيم داعش في ريف دير الزور.", "IMGMUSISI");
        target("وذكرت المصادر أن طيران التحالف استهدف بعدة غارات جوية مواقع لحركة الشباب جنوب الصومال.", "SOM");
        target("وأفاد شهود بأن الجيش الإسرائيلي قصف بأكثر من 10 صواريخ مواقع لحركة حماس في غزة.", "PSE");
        target("وقصفت الطائرات الروسية بشكل مكثف مواقع المعارضة السورية في إدلب.", "SYR");
    }

    #[test]
    fn the_weapon_s_owner_is_no_target() {
        // Killed by the coalition's strikes: the coalition is the striker, not the target.
        let s = sides("وقالت مصادر إن القيادي الحوثي وعددا من مرافقيه قتلوا بغارات لطائرات التحالف العربي في صعدة.", "ASSAULT");
        assert!(!s.iter().any(|(_, r)| r.as_deref() == Some("SAU")), "{s:?}");
        // A weapon's adjective is no target either, nor read past a preposition.
        let rules: Vec<String> = crate::events::tests::events("وقصف الجيش التركي بالقذائف المدفعية في الوقت نفسه.").into_iter().map(|e| e.rule).collect();
        assert!(!rules.iter().any(|r| r.contains("past-weapon")), "{rules:?}");
    }

    #[test]
    fn a_weapon_before_a_new_clause_names_no_target() {
        // The comma ends the strike's clause: the state after it is no target.
        let s = sides("وقصف الجيش السوري بالمدفعية الثقيلة، وقالت تركيا إنها سترد.", "ASSAULT");
        assert!(!s.iter().any(|(_, r)| r.as_deref() == Some("TUR")), "{s:?}");
    }
}
