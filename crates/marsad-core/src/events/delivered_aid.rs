//! Aid right after a noun of delivering it (تقديم، إيصال، توزيع، إدخال، تسليم، توصيل) is
//! aid given when a verb of beginning or going on governs that noun and names its subject
//! (`وبدأت الإمارات تقديم المساعدات لليمن`، `استمرت المنظمة بتوزيع المعونات`): the
//! subject is the donor; and so is it after the impersonal passive (`وتم تقديم المساعدات
//! للمتضررين`), its donor unsaid. Alone, or after a call, a pledge, an aim or a try, the phrase
//! mostly names aid wanted, not given (`دعا إلى إيصال المساعدات`، `للسماح بإدخال
//! المساعدات`، `حاولت إيصال المساعدات`): no event, as before. A pledge (`متعهدا بتقديم
//! مساعدات`) is the pledger's aid intended, by events.tsv's rows of تعهد (pledge64).

use super::args::{Arg, Context};
use super::{aspect_verb, impersonal_passive, Input};
use marsad_lexicon::events::Trigger;

/// Verbal nouns of handing aid over (keys, ة folded to ه, hamzas folded).
const DELIVERY: &[&str] = &["تقديم", "ايصال", "توزيع", "ادخال", "تسليم", "توصيل"];

/// The aid nouns (dictionary lemmas) a delivery noun hands over.
const AID_NOUNS: &[&str] = &["مساعدات"];

/// Is `key` a delivery noun, bare or with و، ب، في's ب (بتقديم، وبتوزيع)?
fn is_delivery(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    let k = k.strip_prefix('ب').filter(|r| DELIVERY.contains(r)).unwrap_or(k);
    DELIVERY.contains(&k)
}

/// Is the aid noun `t` at token `i` the object of a delivery noun right before it?
fn delivered(input: &Input, t: &Trigger, i: usize, s0: usize) -> bool {
    t.event.as_deref() == Some("AID") && AID_NOUNS.contains(&t.lemma.as_str()) && i > s0 && is_delivery(&input.keys[i - 1])
}

/// Is that delivery told in the impersonal passive, done by no one named?
pub(super) fn given_unsaid(input: &Input, t: &Trigger, i: usize, s0: usize) -> bool {
    delivered(input, t, i, s0) && impersonal_passive::after_frame(input, i - 1, s0)
}

/// The donor of the aid noun `t` at token `i` when it is given this way: the subject of
/// the verb of beginning or going on that governs the delivery noun right before it.
pub(super) fn donor(ctx: &Context, input: &Input, t: &Trigger, i: usize, s0: usize) -> Option<Arg> {
    if !delivered(input, t, i, s0) {
        return None;
    }
    aspect_verb::doer_of_deed(ctx, input, i - 1, s0)
}

#[cfg(test)]
mod tests {
    use super::is_delivery;
    use crate::events::tests::{count, events};

    #[test]
    fn delivery_nouns_with_their_prepositions() {
        assert!(is_delivery("تقديم") && is_delivery("بتوزيع") && is_delivery("وبايصال"));
        assert!(!is_delivery("بيان") && !is_delivery("بتقدم"));
    }

    #[test]
    fn aid_delivered_under_a_verb_of_going_on_is_given_by_its_subject() {
        let es = events("وبدأت الإمارات تقديم المساعدات للشعب اليمني في الحديدة.");
        assert!(es.iter().any(|e| e.kind == "AID"
            && e.actors.iter().any(|a| a.country.as_deref() == Some("ARE"))
            && e.recipients.iter().any(|r| r.country.as_deref() == Some("YEM"))), "{es:?}");
        let es = events("واستمرت الكويت بتوزيع المعونات للاجئين السوريين في لبنان.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.actors.iter().any(|a| a.country.as_deref() == Some("KWT"))), "{es:?}");
    }

    #[test]
    fn aid_delivered_in_the_impersonal_passive_is_given() {
        let es = events("وقال المسؤول إنه تم تقديم المساعدات للنازحين السوريين في المخيمات.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.recipients.iter().any(|r| r.country.as_deref() == Some("SYR"))), "{es:?}");
    }

    #[test]
    fn aid_pledged_is_the_pledgers_intended_aid() {
        // Not given by this module: events.tsv's AID rows of تعهد (pledge64).
        let es = events("وتعهدت ألمانيا بتقديم مساعدات للأردن.");
        let aid: Vec<_> = es.iter().filter(|e| e.kind == "AID").collect();
        assert_eq!(aid.len(), 1, "{es:?}");
        assert_eq!(aid[0].modality.as_deref(), Some("intent"), "{es:?}");
    }

    #[test]
    fn aid_called_for_or_tried_is_not_given() {
        assert_eq!(count("ودعت فرنسا إلى إيصال المساعدات إلى سكان الغوطة.", "AID"), 0);
        assert_eq!(count("وحاولت الأمم المتحدة إدخال المساعدات إلى المدينة المحاصرة.", "AID"), 0);
        assert_eq!(count("ويهدف القرار إلى السماح بإيصال المعونات إلى اليمن.", "AID"), 0);
    }
}
