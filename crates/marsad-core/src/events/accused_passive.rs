//! A verb of accusing with no object and its charge right after its one party is the
//! passive, written like the active in unvowelled text: `أربعة رجال روس اتُّهموا بمحاولة
//! شن هجوم`، `ويُتهم برانسون بالقيام بنشاطات`، `11 من الضباط اتهموا بالتآمر`. The active
//! needs an object before its charge (`اتهمت بريطانيا روسيا بالضلوع`، `اتهمته بالتفرد`), so
//! a party right before the charge is the accused: the labels code it as the recipient with
//! a null actor (eval/README.md, as for the passive of arrests). Checked on the event read
//! with one side: a party before the verb with the charge right after the verb (svo), or a
//! party right after the verb with the charge right after it (vso).

use super::args::Context;
use super::dropped_subject;
use super::{EventSpan, Input};

/// Bare forms of اتهم (no object pronoun), with و or ف seen through.
const BARE_FORMS: &[&str] = &["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "يتهمان", "تتهمان", "اتهما", "اتهمتا"];

/// Words in بـ that are no charge: manners, times and causes (وانتقد بشدة، اتهم بعد).
const NOT_A_CHARGE: &[&str] = &["بشده", "بقوه", "بوضوح", "بصراحه", "بدوره", "بدورها", "بالمقابل", "بالتالي", "بعد", "بين", "بينما", "بسبب", "بدون", "بلا", "بعض"];

/// Turn each one-sided accusation whose party stands right before its charge into the
/// accused with no actor.
pub(super) fn turn(input: &Input, ctx: &Context, out: &mut [EventSpan]) {
    for e in out.iter_mut() {
        if e.kind != "ACCUSE" || !e.recipients.is_empty() || e.actors.len() != 1 || e.trigger.1 != e.trigger.0 + 1 {
            continue;
        }
        let verb = e.trigger.0;
        if !is_bare_form(&input.keys[verb]) {
            continue;
        }
        let party = &e.actors[0];
        let before = party.tok_end <= verb && charge_at(input, ctx, verb + 1);
        let after = party.tok_start == verb + 1 && charge_at(input, ctx, party.tok_end);
        if after {
            // A verb that goes on from the clause before it keeps that clause's subject:
            // the party after it is its object (`ونفت موسكو تورطها، واتهمت أجهزة المخابرات
            // البريطانية بتدبير الهجوم`).
            let (s0, _) = input.token_range(e.sentence);
            if let Some(accuser) = dropped_subject::continued_actor(ctx, input, verb, "اتهم", s0, &e.actors).filter(|a| a.actor != party.actor) {
                e.recipients = std::mem::replace(&mut e.actors, vec![accuser]);
                e.rule.push_str("+continued-accuser");
                continue;
            }
        }
        if before || after {
            e.recipients = std::mem::take(&mut e.actors);
            e.rule.push_str("+charge-passive");
        }
    }
}

/// Is the participle of اتهم (متهما، متهمة), its unvowelled passive participle too, right
/// before its charge (token `end`)? Then it is the passive "accused" (كان يعمل في تركيا،
/// متهما بالتجسس؛ كونه متهما بالإرهاب), no accusation by the main clause's subject: the
/// active participle names the accused first (، متهما واشنطن بدعم، متهما إياه بـ).
pub(super) fn passive_participle(input: &Input, ctx: &Context, lemma: &str, end: usize) -> bool {
    lemma == "اتهم" && charge_at(input, ctx, end)
}

pub(super) fn is_bare_form(key: &str) -> bool {
    let k = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    BARE_FORMS.contains(&k) || BARE_FORMS.contains(&key)
}

/// Is the token at `k` a charge: a word in بـ (or بأن) outside any mention, not a manner
/// or a time?
pub(super) fn charge_at(input: &Input, ctx: &Context, k: usize) -> bool {
    input.keys.get(k).is_some_and(|w| w.starts_with('ب') && w.chars().count() > 2 && !NOT_A_CHARGE.contains(&w.as_str())) && !ctx.in_mention(k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_party_right_before_the_charge_is_the_accused() {
        let s = sides("وقالت الشرطة إن أربعة مواطنين روس اتهموا بمحاولة شن هجوم إلكتروني.", "ACCUSE");
        assert!(s.iter().any(|(a, r)| a.is_none() && r.as_deref() == Some("RUS")), "{s:?}");
        let s = sides("ويتهم القس الأمريكي أندرو برانسون بالقيام بنشاطات مؤيدة للانقلاب.", "ACCUSE");
        assert!(s.iter().any(|(a, r)| a.is_none() && r.as_deref() == Some("USA")), "{s:?}");
    }

    #[test]
    fn a_participle_before_its_charge_is_the_accused() {
        // The passive: the one who stands accused, no accuser.
        let s = sides("وكان الصحفي الأمريكي يقيم في القاهرة منذ سنوات، متهما بالتخابر مع جهات أجنبية.", "ACCUSE");
        assert!(s.is_empty(), "{s:?}");
        // The active names the accused first, a party or a pronoun.
        let s = sides("وقطعت الحكومة المغربية علاقاتها مع طهران، متهمة إيران بتسليح الانفصاليين.", "ACCUSE");
        assert!(s.contains(&(Some("MAR".into()), Some("IRN".into()))), "{s:?}");
        let s = sides("وطرد الرئيس الفنزويلي دبلوماسيين أمريكيين، متهما إياهم بالتآمر على حكومته.", "ACCUSE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("VEN")), "{s:?}");
    }

    #[test]
    fn an_object_before_the_charge_keeps_the_active() {
        let s = sides("واتهمت بريطانيا روسيا بالضلوع في عملية التسميم.", "ACCUSE");
        assert!(s.contains(&(Some("GBR".into()), Some("RUS".into()))), "{s:?}");
        // A manner in بـ is no charge.
        let s = sides("واتهم الرئيس الإيراني حسن روحاني بشدة الولايات المتحدة بالكذب.", "ACCUSE");
        assert!(s.iter().all(|(a, _)| a.as_deref() == Some("IRN")), "{s:?}");
    }
    #[test]
    fn a_verb_going_on_from_its_clause_keeps_the_subject() {
        // After its و, the first clause's subject accuses the party after the verb.
        let s = sides("ونفت موسكو مرارا تورطها في الهجوم، واتهمت أجهزة المخابرات البريطانية بتدبير الهجوم.", "ACCUSE");
        assert!(s.contains(&(Some("RUS".into()), Some("GBR".into()))), "{s:?}");
        let s = sides("ونفت روسيا الاتهامات الغربية، واتهمت المعارضة السورية باختلاق الأمر.", "ACCUSE");
        assert!(s.contains(&(Some("RUS".into()), Some("SYR".into()))), "{s:?}");
        // A one-word party: the charge after one word is no passive's here.
        let s = sides("وأدانت كوريا الشمالية العقوبات الجديدة، واتهمت واشنطن بمحاولة تقويض التحسن.", "ACCUSE");
        assert!(s.contains(&(Some("PRK".into()), Some("USA".into()))), "{s:?}");
        // After كما too.
        let s = sides("وانتقد الرئيس الإيراني العقوبات الجديدة، كما اتهم الحكومة الأمريكية بالكذب.", "ACCUSE");
        assert!(s.contains(&(Some("IRN".into()), Some("USA".into()))), "{s:?}");
    }

    #[test]
    fn a_verb_opening_its_sentence_stays_passive() {
        let s = sides("واتهمت دمشق باستخدام سلاح كيميائي في القصف.", "ACCUSE");
        assert!(s.iter().any(|(a, r)| a.is_none() && r.as_deref() == Some("SYR")), "{s:?}");
        // A first party that does not agree with the verb is no subject of it.
        let s = sides("وقالت الشرطة البريطانية إن التحقيق مستمر، واتهم الدبلوماسي الروسي بالتجسس.", "ACCUSE");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("GBR")), "{s:?}");
    }
}
