//! The words that lead to a place's name: common nouns of places (مدينة، محافظة، ريف،
//! مخيم …) and compass words (شمال، جنوبي …). After في or a preposition of attack they
//! stand between the preposition and the name (في محافظة تعز، على مدينة رفح، في شمال
//! سوريا، في ريف محافظة إدلب), so every reader of an event's place passes over them
//! the same way.

use std::sync::OnceLock;

/// Common nouns a place's name follows (مدينة الحديدة، ما تبقى من محافظة شبوة).
const PLACE_NOUNS: &[&str] = &[
    "مدينة", "محافظة", "مديرية", "منطقة", "بلدة", "قرية", "ميناء", "مطار", "جزيرة", "إقليم", "ولاية", "مناطق", "مدن", "منفذ", "جبل", "وادي", "معسكر", "سلسلة",
    "جبال",
];

/// Nouns before a struck place's name besides [`PLACE_NOUNS`] (keys): a neighbourhood,
/// the countryside, villages, a camp (قصفت الطائرات أحياء حلب، ريف إدلب، مخيم جباليا).
pub(super) const STRUCK_PLACE_NOUNS: &[&str] = &["حي", "احياء", "ريف", "قري", "بلدات", "مخيم", "مدينتي", "بلدتي", "قريتي"];

/// Compass words between a preposition and a place (في شمال سوريا، في جنوب غربي اليمن).
pub(super) const COMPASS_WORDS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"];

/// How many leading words may stand before the name (في ريف محافظة إدلب، في جنوب غرب سوريا).
const MAX_LEAD: usize = 3;

/// Is `key` one of [`PLACE_NOUNS`] (with و or the article seen through)?
pub(super) fn is_place_noun(key: &str) -> bool {
    // (The nouns' keys, folded once.)
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| PLACE_NOUNS.iter().map(|n| marsad_text::normalize::key(n)).collect());
    let k = key.strip_prefix('و').filter(|r| r.chars().count() > 3).unwrap_or(key);
    let k = k.strip_prefix("ال").unwrap_or(k);
    keys.iter().any(|n| n == k)
}

/// Does `key` lead to a place's name: a place noun, a struck place's noun or a compass word?
fn leads_to_place(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    is_place_noun(key) || STRUCK_PLACE_NOUNS.contains(&bare) || COMPASS_WORDS.contains(&key)
}

/// The first token from `at` on (before `hi`) past at most [`MAX_LEAD`] words that lead
/// to a place's name: where the name itself may start.
pub(super) fn past_lead(keys: &[String], at: usize, hi: usize) -> usize {
    let mut j = at;
    while j < hi && j - at < MAX_LEAD && leads_to_place(&keys[j]) {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        text.split(' ').map(marsad_text::normalize::key).collect()
    }

    #[test]
    fn place_nouns_and_compass_words_lead_to_the_name() {
        assert_eq!(past_lead(&keys("محافظة تعز"), 0, 2), 1);
        assert_eq!(past_lead(&keys("ريف محافظة إدلب"), 0, 3), 2);
        assert_eq!(past_lead(&keys("جنوب غربي اليمن"), 0, 3), 2);
        assert_eq!(past_lead(&keys("المدينة القديمة"), 0, 2), 1);
        // A name right away, or a word that names no place, stays where it is.
        assert_eq!(past_lead(&keys("سوريا"), 0, 1), 0);
        assert_eq!(past_lead(&keys("مستودع للأسلحة"), 0, 2), 0);
        // Never more than three leading words.
        assert_eq!(past_lead(&keys("شمال شرق ريف محافظة حلب"), 0, 5), 3);
    }

    #[test]
    fn an_attack_strikes_the_state_of_a_place_behind_a_place_noun() {
        use crate::events::tests::has;
        // في + place noun, a noun under a support verb and a verb alike.
        assert!(has("ونفذت القوات التركية هجوما في منطقة عفرين.", "ASSAULT", "TUR", "SYR"));
        assert!(has("وزرعت ميليشيات الحوثي الألغام في محافظة تعز.", "ASSAULT", "YEM", "YEM"));
        // A place noun written with بـ, past the subject and object after the verb.
        assert!(has("وقصفت الطائرات الروسية مستودعات كبيرة بمحافظة إدلب.", "ASSAULT", "RUS", "SYR"));
        // A place noun before no known name places nothing.
        let t = "وقصفت الطائرات الروسية مستودعات كبيرة في منطقة نائية.";
        assert!(!crate::events::tests::triples(t).iter().any(|(_, _, r)| r != "-"), "{t}");
    }

    #[test]
    fn people_of_no_country_are_struck_where_they_are() {
        use crate::events::tests::has;
        // A compass word leads to the place as في does.
        assert!(has("وأطلق جنود إسرائيليون النار على الصيادين قرب الشاطئ غرب غزة.", "ASSAULT", "ISR", "PSE"));
        // Not one that says whence.
        let t = "وهاجم مسلحون الحافلة القادمة من شمال سوريا.";
        assert!(!crate::events::tests::triples(t).iter().any(|(_, _, r)| r == "SYR"), "{t}");
    }
}
