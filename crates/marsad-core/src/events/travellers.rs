//! Tourists, pilgrims and migrants arriving (وزار نحو 3 ملايين سائح تونس، وصل آلاف
//! المهاجرين إلى إيطاليا، استقبلت تركيا اللاجئين): travel, not a visit between parties
//! (CAMEO 042/043 are official visits and hosting). So is any visit whose visitors, or
//! whose hosts, are a crowd of civilians or refugees however named (وصل نحو 1,7 مليون
//! شخص إلى السعودية، يستضيف لبنان نحو مليون لاجئ، تستقبل مراكز الاقتراع الناخبين،
//! يستقبل الشعب الجيش): a named person coded civilian stays, since that is often an
//! official whose office no dictionary knew.

use super::args::Arg;
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;

/// CAMEO "make a visit": the visitor is the actor.
const VISIT: &str = "042";
/// CAMEO "host a visit": the visitor is the recipient.
const HOST: &str = "043";

/// Traveller nouns, singular and plural stems (keys: hamza on alif folded).
const TRAVELLERS: &[&str] = &[
    "سائح", "سياح", "زائر", "زوار", "حاج", "حجاج", "معتمر", "مسافر", "لاجئ", "مهاجر", "نازح", "مصطاف",
];
/// Words of quantity before the head noun (نحو 3 ملايين سائح، آلاف المهاجرين).
const QUANTITY: &[&str] = &[
    "نحو", "حوالي", "قرابه", "اكثر", "اقل", "من", "الاف", "الف", "ملايين", "مليون", "عشرات", "مئات", "معظم", "بعض",
];

/// Is `e` a visit or a hosting whose visitors are travellers?
pub(super) fn is_travel(input: &Input, e: &EventSpan) -> bool {
    let visitors = match e.cameo.as_deref() {
        Some(VISIT) => &e.actors,
        Some(HOST) => &e.recipients,
        _ => return false,
    };
    let hosts = if e.cameo.as_deref() == Some(HOST) { &e.actors[..] } else { &[] };
    let crowd = |side: &[Arg]| !side.is_empty() && side.iter().all(civilian_crowd);
    !visitors.is_empty() && visitors.iter().all(|a| headed_by_traveller(input, a)) || crowd(visitors) || crowd(hosts)
}

/// Roles of people who are no party to a visit between states or bodies.
const CIVILIAN_ROLES: &[&str] = &["CVL", "REF"];

/// Is `a` a group (not one person) coded civilian or refugee?
fn civilian_crowd(a: &Arg) -> bool {
    !a.person && a.role.as_deref().is_some_and(|r| CIVILIAN_ROLES.contains(&r))
}

/// Is the first word of `a` after numbers and quantities a traveller noun (سائح، السياح،
/// للاجئين، مهاجرون)?
fn headed_by_traveller(input: &Input, a: &Arg) -> bool {
    let Some(head) = (a.tok_start..a.tok_end)
        .find(|&k| input.tokens[k].kind != TokenKind::Number && !QUANTITY.contains(&strip_conjunction(&input.keys[k])))
    else {
        return false;
    };
    let key = strip_conjunction(&input.keys[head]);
    let key = key.strip_prefix("لل").or_else(|| key.strip_prefix("ال")).or_else(|| key.strip_prefix('ل')).unwrap_or(key);
    TRAVELLERS.iter().any(|t| {
        key.strip_prefix(t).is_some_and(|rest| matches!(rest, "" | "ا" | "ه" | "ين" | "ون" | "ات"))
    })
}

fn strip_conjunction(key: &str) -> &str {
    key.strip_prefix('و').filter(|r| r.chars().count() > 2).unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::count;


    #[test]
    fn tourists_arriving_visit_no_one() {
        assert_eq!(count("وزار نحو 3 ملايين سائح المغرب خلال الأشهر الستة الأولى من العام الجاري.", "CONSULT"), 0);
        assert_eq!(count("وزار أكثر من مليون سائح روسي مصر العام الماضي.", "CONSULT"), 0);
    }

    #[test]
    fn an_official_visit_stays() {
        assert_eq!(count("وزار وزير الخارجية الفرنسي المغرب الأسبوع الماضي.", "CONSULT"), 1);
        assert_eq!(count("واستقبل الرئيس التونسي وفدا من البرلمان الأوروبي في قصر قرطاج.", "CONSULT"), 1);
    }

    #[test]
    fn crowds_of_civilians_visit_and_host_no_one() {
        for t in [
            "ووصل آلاف المواطنين الأتراك إلى ألمانيا.",
            "وتقول المفوضية إن الأردن يستضيف نحو 700 ألف لاجئ سوري مسجل.",
            "واستقبلت مراكز الاقتراع الناخبين العراقيين منذ الصباح.",
            "وزار آلاف المواطنين الأتراك المعرض في إسطنبول.",
        ] {
            assert_eq!(count(t, "CONSULT"), 0, "{t}: {:?}", crate::events::tests::events(t));
        }
    }
}
