//! An expulsion is SANCTION (CAMEO 166, mode `expel`) only for diplomats, missions and
//! international bodies or agencies sent away (`طردت روسيا 23 دبلوماسيا بريطانيا`، `طرد
//! البعثة`، `طرد المنظمة`). People, armed groups and communities driven out of a country
//! or a place are coerced (CAMEO 174, PLOVER COERCE `deport`: the manual keeps `expel` for
//! envoys and agencies and codes the expulsion of individuals and groups as COERCE):
//! `طرد أربعة روس`، `طرد جميع الأئمة`، `طرد مسلحي تنظيم الدولة`.

use super::args::{bare, Arg};
use super::Input;

/// CAMEO's code for expelling or deporting individuals.
pub(super) const DEPORT_CAMEO: &str = "174";

/// Stems (keys without the article) of diplomats, missions and agencies: their expulsion
/// stays a sanction.
const ENVOYS: &[&str] = &["دبلوماسي", "دبلوماسيا", "دبلوماسيين", "دبلوماسيون", "سفير", "سفيره", "سفراء", "سفاره", "سفارات", "بعثه", "قنصل", "قنصليه", "قنصليات", "معتمدين", "الدبلوماسي", "ملحق", "مفتشين", "مراقبين", "منظمه", "منظمات", "وكاله", "موظفي", "موظفين", "طاقم", "بعثات"];

/// Does the expulsion of these recipients remove people or groups (not envoys, missions
/// or bodies)? None named: unknown, so no.
pub(super) fn is_deportation(input: &Input, recipients: &[Arg]) -> bool {
    !recipients.is_empty()
        && recipients.iter().all(|r| {
            let international = r.actor.as_deref().is_some_and(|a| a.starts_with("IGO") || a.starts_with("NGO"));
            let envoy = (r.tok_start..r.tok_end).any(|k| {
                let key = bare(&input.keys[k]);
                let stem = key.strip_prefix('و').unwrap_or(key);
                let stem = stem.strip_prefix("لل").or_else(|| stem.strip_prefix("ال")).or_else(|| stem.strip_prefix('ل')).unwrap_or(stem);
                ENVOYS.contains(&stem)
            });
            !international && !envoy && !r.thing && r.country.is_some()
        })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(t: &str) -> Vec<String> {
        events(t).iter().map(|e| e.kind.clone()).collect()
    }

    #[test]
    fn diplomats_expelled_are_a_sanction() {
        assert!(kinds("طردت روسيا 23 دبلوماسيا بريطانيا.").contains(&"SANCTION".to_string()));
        assert!(kinds("قررت الحكومة طرد البعثة الروسية.").iter().all(|k| k != "COERCE"));
    }

    #[test]
    fn people_expelled_are_coerced() {
        let found = events("طردت السلطات التركية أربعة مواطنين روس.");
        assert!(found.iter().any(|e| e.kind == "COERCE" && e.cameo.as_deref() == Some("174")), "{found:?}");
        assert!(found.iter().all(|e| e.kind != "SANCTION"), "{found:?}");
    }
}
