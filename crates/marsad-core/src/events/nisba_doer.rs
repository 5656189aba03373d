//! A light noun with its doer's nisba right after it is the act done, with no support
//! verb: the nisba says who did it, as a support verb's subject would.
//! - Aid (`المساعدات الإماراتية لليمن`، `وصلت المساعدات السعودية إلى عدن`): only gifts (aid,
//!   grants), not weapons: `الأسلحة الأمريكية` names where arms were made, not who supplied
//!   them. Only the definite noun, aid there is: the indefinite was aid proposed or
//!   possible in the corpus (`اقترح تقديم مساعدة أمريكية`، `أي مساعدة أميركية محتملة`).
//! - Strikes (`الضربات الأميركية على سوريا`، `في ضربة إسرائيلية لقواعد الحرس الثوري`),
//!   definite or not: without a nisba, ضربة is too often a blow of another kind (ضربة جزاء،
//!   ضربة قوية للاقتصاد) to stand alone, so the dictionary marks it `light`. Only the
//!   strike noun: a weapon's nisba says where it was made (`الصواريخ الروسية`).
//!
//! (Not a country's name read as a nisba: `مساعدة روسيا`، `ضربة إيران` tell the party by
//! the construct, which the arguments read.)

use super::args::{self, Context};
use super::Input;
use marsad_lexicon::events::Trigger;

/// The light nouns a doer's nisba makes an event of: (PLOVER type, dictionary lemmas,
/// whether only the definite noun counts).
const NAMED_BY_NISBA: &[(&str, &[&str], bool)] = &[("AID", &["مساعدات", "منحة"], true), ("ASSAULT", &["ضربة"], false)];

/// Is the light noun `t` at token `i`, ending before token `end`, one of those followed by
/// its doer's nisba?
pub(super) fn names_doer(ctx: &Context, input: &Input, t: &Trigger, (i, end): (usize, usize)) -> bool {
    NAMED_BY_NISBA.iter().any(|&(kind, lemmas, definite_only)| {
        t.event.as_deref() == Some(kind) && lemmas.contains(&t.lemma.as_str()) && (!definite_only || args::definite_head(input, t, i))
    }) && !ctx.in_mention(end)
        && args::nisba_party(input, end).is_some()
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;


    #[test]
    fn aid_with_a_donor_nisba_is_given() {
        let es = events("ووصلت المساعدات الكويتية إلى مخيمات اللاجئين في الأردن أمس.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.actors.iter().any(|a| a.country.as_deref() == Some("KWT"))), "{es:?}");
    }

    #[test]
    fn aid_without_a_donor_needs_its_verb() {
        // (A kind of aid is no donor.)
        let es = events("ووصلت المساعدات الطبية إلى مخيمات اللاجئين أمس.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
        // (Nor are weapons made somewhere given by it.)
        let es = events("وعثر الجيش على الأسلحة الروسية في مخزن قديم.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
        // (Nor is aid only offered, indefinite.)
        let es = events("واقترح الوزير تقديم مساعدة يابانية لكينيا.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
    }

    #[test]
    fn a_strike_with_a_nisba_is_carried_out_by_its_state() {
        let es = events("وأثارت الضربات الفرنسية على مواقع المسلحين في مالي غضب السكان.");
        assert!(es.iter().any(|e| e.kind == "ASSAULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("FRA"))), "{es:?}");
        let es = events("وقتل قائد ميداني في ضربة تركية قرب الحدود.");
        assert!(es.iter().any(|e| e.kind == "ASSAULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("TUR"))), "{es:?}");
    }

    #[test]
    fn a_strike_without_a_nisba_still_needs_its_verb() {
        let es = events("وسجل اللاعب هدفا من ضربة جزاء في الدقيقة الأخيرة.");
        assert!(es.iter().all(|e| e.kind != "ASSAULT"), "{es:?}");
        // (The nisba of the thing struck is not the striker's.)
        let es = events("وتلقى الاقتصاد ضربة قوية بعد تراجع الليرة التركية.");
        assert!(es.iter().all(|e| e.kind != "ASSAULT"), "{es:?}");
    }
}
