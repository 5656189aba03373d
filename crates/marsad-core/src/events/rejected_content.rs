//! What a rejection's content names (`رفضت الجزائر طلب أردوغان`، `رفض اتهامات واشنطن`،
//! `رفضت اعتداءات الحوثيين`): the party rejected is the author of a demand, charge, threat or
//! offer, or the doer of deeds named in the plural. A singular act noun after `رفض` is mostly
//! what the rejecter refuses to do itself (`يرفض إنهاء دعم السعودية`، `رفضت مغادرة الأراضي
//! السورية`، `رفضت أي استهداف عسكري ضد إيران`): its party is that act's patient, not anyone
//! rejected, and the labels give such a rejection no recipient. Still named: the maker
//! in a relative clause (`المهلة التي منحتها لندن`), the partner the act would be done
//! with (`رفض الحوار مع دمشق`), and the genitive of a noun whose genitive is its doer
//! (`رفض روحاني استقالة رئيس المؤسسة`، `عارضت أنقرة دعم الولايات المتحدة للمقاتلين
//! الأكراد`: `act_object::doer`): `args::refused_act_party`.

use marsad_lexicon::events::Trigger;

/// Content nouns whose genitive is their author: a demand, an accusation, a threat, an offer,
/// help (offered or asked for: رفضت مساعدة القنصلية الروسية).
const AUTHORED: &[&str] = &["REQUEST", "ACCUSE", "THREATEN", "AGREE", "AID"];
/// …and an apology (CAMEO 055), a statement too (رفض اعتذار عباس).
const APOLOGY: &str = "055";

/// Is the content noun `t`, written `word`, after a reaction of type `reaction` an act the
/// reacting party refuses to do itself, whose genitive or object is its patient? Only for
/// a rejection; not for a demand, charge, threat, offer, help or apology, not for the same
/// rejection named again (حق النقض (الفيتو) ضد مشروع قرار أمريكي), nor for deeds in the
/// plural (اعتداءات الحوثيين، عقوبات واشنطن: their doers').
pub(super) fn refused_act(reaction: &str, t: &Trigger, word: &str) -> bool {
    let kind = t.event.as_deref().unwrap_or("");
    if reaction != "REJECT" || kind == reaction || AUTHORED.contains(&kind) || t.cameo.as_deref() == Some(APOLOGY) {
        return false;
    }
    let stem = t.lemma.strip_suffix('ة').unwrap_or(&t.lemma);
    !t.lemma.ends_with("ات") && !word.contains(&format!("{stem}ات"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::parties;

    #[test]
    fn a_refused_act_rejects_not_its_patient() {
        let (_, r) = parties("ورفضت المحكمة المصرية ترحيل المعارض السوري إلى بلاده.", "REJECT").unwrap();
        assert!(r.is_empty(), "{r:?}");
        // (Nor the nisba of the act: the Moroccan army is no one rejected.)
        let (_, r) = parties("ورفضت الحكومة المغربية أي استهداف عسكري ضد الجزائر.", "REJECT").unwrap();
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_demand_rejects_its_author() {
        let (_, r) = parties("ورفضت الحكومة المغربية طلب فرنسا بتسليم المتهمين.", "REJECT").unwrap();
        assert_eq!(r, vec!["FRA".to_string()]);
    }

    #[test]
    fn deeds_in_the_plural_reject_their_doers() {
        let (_, r) = parties("ورفضت الحكومة المغربية اعتداءات الحوثيين على السفن.", "REJECT").unwrap();
        assert_eq!(r, vec!["YEMREB".to_string()]);
    }

    #[test]
    fn a_refused_release_rejects_not_the_prisoner() {
        let (_, r) = parties("ورفضت محكمة مصرية الإفراج عن الصحفي البريطاني المحتجز.", "REJECT").unwrap();
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_refused_act_keeps_its_doer_maker_or_partner() {
        // (The genitive with the act's object in لـ after it is the doer.)
        let (_, r) = parties("وعارضت الحكومة المصرية دعم إيران للمسلحين في اليمن.", "REJECT").unwrap();
        assert_eq!(r, vec!["IRN".to_string()]);
        // (The one the refused talks would be held with.)
        let (_, r) = parties("ورفضت الحكومة المغربية الحوار مع فرنسا.", "REJECT").unwrap();
        assert_eq!(r, vec!["FRA".to_string()]);
    }

    #[test]
    fn a_refused_departure_from_ones_own_state_names_no_one() {
        let (_, r) = parties("ورفضت المحاكم المصرية الإفراج عن الصحفي ومغادرة مصر.", "REJECT").unwrap();
        assert!(r.is_empty(), "{r:?}");
    }
}
