//! A denial of one's own side's deed names no accuser: `نفى` read with its object's party
//! as the recipient (`نفى الجيش الإسرائيلي تورط قواته`، `نفى بوتين مسؤولية موسكو عن
//! تسميم`، `نفى وزير الخارجية التركي تلقي تركيا اعترافات`) takes the doer of the denied
//! deed, the denier's own country, for the one rejected. That is a bare denial, CAMEO 016
//! (a statement, `docs/events.md`, `needs = recipient`), not a rejection of anyone, and
//! the labels code none (dev9 `نفى … تلقي تركيا` was REJECT TUR → TUR). In the corpus
//! 60 such events, nearly all a government, army or person denying its own involvement.
//!
//! Not a denial of claims whose maker is named in the object (`ينفي ديفيد سورنسن ادعاءات
//! زوجته`، `نفى الجيش السوري الأنباء التي تداولتها وسائل إعلام`): the maker accuses, and
//! is rightly the one rejected, whatever their country; nor the accuser a denial answers
//! (`+answers`).

use super::{EventSpan, Input};
use marsad_text::normalize::without_conjunction;

/// Stems of claim nouns (keys without و or the article): an object opening with one names
/// the accuser in its genitive.
const CLAIMS: &[&str] = &["اتهام", "ادعاء", "مزاعم", "تهم", "انتقاد", "اخبار", "انباء", "تقارير", "روايه"];

/// Is `e` a denial whose only recipients are of its denier's own country, read as the
/// denied deed's party?
pub(super) fn is_own_denial(input: &Input, e: &EventSpan) -> bool {
    if e.kind != "REJECT" || !e.rule.starts_with("verb:نفى") || !e.rule.contains("+object") || e.rule.contains("+answers") || e.recipients.is_empty() {
        return false;
    }
    let own = |c: &Option<String>| c.is_some() && e.actors.iter().any(|a| a.country == *c);
    if !e.recipients.iter().all(|r| own(&r.country)) {
        return false;
    }
    // The object between the verb and the party: a claim noun makes the party its maker.
    let first = e.recipients.iter().map(|r| r.tok_start).min().unwrap_or(e.trigger.1);
    let claim = (e.trigger.1..first.min(input.keys.len())).any(|k| {
        let key = without_conjunction(&input.keys[k]);
        let key = key.strip_prefix("ال").unwrap_or(key);
        CLAIMS.iter().any(|c| key.starts_with(c))
    });
    !claim
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn denying_ones_own_sides_deed_rejects_no_one() {
        let t = "نفى الرئيس الروسي فلاديمير بوتن مجددا مسؤولية موسكو عن تسميم الجاسوس سيرغي سكريبال.";
        assert!(sides(t, "REJECT").is_empty(), "{:?}", sides(t, "REJECT"));
        let t = "ونفت الحكومة السورية تورط الجيش السوري في الهجوم الكيماوي.";
        assert!(sides(t, "REJECT").is_empty(), "{:?}", sides(t, "REJECT"));
    }

    #[test]
    fn denying_another_countrys_part_stays() {
        let t = "ونفت روسيا تورط الحكومة السورية في الهجوم.";
        assert_eq!(sides(t, "REJECT"), vec![(Some("RUS".into()), Some("SYR".into()))]);
    }

    #[test]
    fn denying_claims_made_at_home_stays() {
        let t = "ونفى الرئيس الأمريكي دونالد ترامب ادعاءات الممثلة الأمريكية ستورمي دانيالز.";
        assert_eq!(sides(t, "REJECT"), vec![(Some("USA".into()), Some("USA".into()))]);
    }
}
