//! Support given in kind is aid (PLOVER AID), not support expressed: the noun دعم with an
//! adjective of its kind right after it (`الدعم العسكري الذي يقدمه حزب الله للبوليساريو`،
//! `تقديم دعم مالي لحملة`، `لتقديم الدعم الإنساني للاجئين`، `الدعم الإغاثي`) or joined to a
//! noun of aid (`الدعم والإغاثة`، `دعم وتسليح`، `بدعم وتدريب`). Bare `دعم` stays SUPPORT:
//! `قدموا دعمهم` is solidarity.

use super::Input;

/// The CAMEO code of aid of the kind the word after the noun `دعم` (its token `at`) names:
/// military (072), economic (071), humanitarian (073); `None` when it names none.
pub(super) fn kind_after(input: &Input, at: usize) -> Option<&'static str> {
    let key = input.keys.get(at)?.as_str();
    by_adjective(key).or_else(|| by_joined_noun(key))
}

/// Is the token `at` itself such a word (`مالي` read as Mali, `والعسكري` as an army)? It
/// names the kind of aid, no party to it.
pub(super) fn is_kind_word(input: &Input, at: usize) -> bool {
    input.keys.get(at).is_some_and(|k| {
        let k = k.as_str();
        by_adjective(k.strip_prefix('و').unwrap_or(k)).is_some() || by_joined_noun(k).is_some()
    })
}

/// An adjective right after the noun: العسكري، عسكريا، عسكري (ة folded to ه).
fn by_adjective(key: &str) -> Option<&'static str> {
    let adj = key.strip_prefix("ال").unwrap_or(key);
    let adj = adj.strip_suffix('ا').unwrap_or(adj);
    match adj {
        "عسكري" | "لوجستي" | "لوجيستي" | "تسليحي" => Some("072"),
        "مالي" | "اقتصادي" | "تنموي" | "انمائي" => Some("071"),
        "انساني" | "اغاثي" => Some("073"),
        _ => None,
    }
}

/// A noun of aid joined to it: والإغاثة، وتسليح، والتدريب، والمساعدات.
fn by_joined_noun(key: &str) -> Option<&'static str> {
    let joined = key.strip_prefix('و')?;
    let joined = joined.strip_prefix("ال").unwrap_or(joined);
    match joined {
        "تسليح" | "تدريب" => Some("072"),
        "تمويل" => Some("071"),
        "اغاثه" | "مساعدات" | "مساعده" | "معونات" => Some("073"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn support_of_a_kind_is_aid() {
        let es = events("وقدمت الحكومة القطرية الدعم المالي للسلطة الفلسطينية.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.cameo.as_deref() == Some("071")), "{es:?}");
        assert!(es.iter().all(|e| e.kind != "SUPPORT"), "{es:?}");
        let es = events("وتقدم إيران دعما عسكريا للحوثيين في اليمن.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.cameo.as_deref() == Some("072")), "{es:?}");
        let es = events("وقدمت الإمارات الدعم والإغاثة للشعب اليمني.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.cameo.as_deref() == Some("073")), "{es:?}");
        // (The adjective is no party: مالي is not Mali here.)
        let es = events("وأعلنت الصين تقديم دعم مالي للحكومة الكينية.");
        assert!(es.iter().any(|e| e.kind == "AID"), "{es:?}");
        assert!(es.iter().all(|e| e.actors.iter().chain(&e.recipients).all(|p| p.country.as_deref() != Some("MLI"))), "{es:?}");
    }

    #[test]
    fn bare_support_stays_support() {
        let es = events("وقدم وزراء الخارجية الأوروبيون دعمهم لبريطانيا.");
        assert!(es.iter().any(|e| e.kind == "SUPPORT"), "{es:?}");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
        // (An adjective of the one backed, not of the backing.)
        let es = events("وأعلنت روسيا دعمها للمجلس العسكري في البلاد.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
    }
}
