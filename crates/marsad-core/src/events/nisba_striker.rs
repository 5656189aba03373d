//! A strike named with its striker's nisba right after it is a strike carried out
//! (`الضربات الأميركية على سوريا`، `في ضربة إسرائيلية لقواعد الحرس الثوري`), an event
//! with no support verb: the nisba says who struck, as the subject of شن or نفذ would.
//! Without one, ضربة is too often a blow of another kind (ضربة جزاء، ضربة قوية للاقتصاد)
//! to stand alone, so the dictionary marks it `light`. Only the strike noun: a weapon's
//! nisba says where it was made (`الصواريخ الروسية`), not who fired it.

use super::args::{self, Context};
use super::Input;
use marsad_lexicon::events::Trigger;

/// The strike nouns a striker's nisba makes an event of (dictionary lemmas).
const STRIKES: &[&str] = &["ضربة"];

/// Is the strike noun `t` at tokens `i..end` followed by a party's nisba? (Not a name
/// read as one: `ضربة إيران` is a blow to or by Iran, which the construct tells.)
pub(super) fn named_striker(ctx: &Context, input: &Input, t: &Trigger, end: usize) -> bool {
    t.event.as_deref() == Some("ASSAULT") && STRIKES.contains(&t.lemma.as_str()) && !ctx.in_mention(end) && args::nisba_party(input, end).is_some()
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

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
