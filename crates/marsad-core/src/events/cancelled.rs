//! A meeting, visit or summit cancelled did not take place: under the support verb `ألغى`
//! (`ألغى ترامب القمة مع كيم`، `كوريا الشمالية ألغت اجتماعا مع نائب الرئيس الأمريكي`) or
//! after the verbal noun `إلغاء` (`أعلن البيت الأبيض إلغاء زيارة الرئيس المكسيكي`) the
//! meeting noun is no CONSULT but a halt to talks, SANCTION 164, the canceller's. A measure
//! cancelled is lifted (`ألغت الحكومة حظر التجول`: RETREAT 085, as under `رفع`); any
//! other event noun under it tells nothing that happened (`ألغى الاتفاق`), so none. So
//! does a suspension (`تعليق المحادثات` halts talks, `تعليق العقوبات` lifts them). What is
//! postponed (`أرجأ الرئيس زيارته`، `تأجيل الاجتماع`، `إرجاء فرض العقوبات`) has not
//! happened: no event.

use super::{Input, Light};

/// The mode of the support verb `ألغى` (events.tsv).
const CANCEL: &str = "cancel";
/// The mode of the support verb `أرجأ` (events.tsv).
const POSTPONE: &str = "postpone";
/// CAMEO's "halt negotiations", a SANCTION in PLOVER.
const HALT_TALKS: &str = "164";
/// CAMEO's "ease economic sanctions, boycott, embargo", a RETREAT in PLOVER.
const LIFTED: &str = "085";

/// The verbal nouns of cancelling and suspending with their clitics, as keys. (Not the
/// verb علق, which is as often "commented".)
const CANCELLING: &[&str] = &["الغاء", "والغاء", "بالغاء", "لالغاء", "فالغاء", "تعليق", "وتعليق", "بتعليق", "لتعليق"];
/// The verbal nouns of postponing with their clitics, as keys. (Not the verb أجل, mostly
/// من أجل "for the sake of".)
const POSTPONING: &[&str] = &["تاجيل", "وتاجيل", "بتاجيل", "لتاجيل", "ارجاء", "وارجاء", "بارجاء", "لارجاء"];

/// Is the event noun at token `noun` cancelled: under the support verb ألغى, or right after
/// the verbal noun إلغاء?
pub(super) fn is_cancelled(input: &Input, governing: Option<&Light<'_>>, noun: usize) -> bool {
    governing.is_some_and(|l| l.trigger.mode.as_deref() == Some(CANCEL))
        || noun.checked_sub(1).is_some_and(|k| CANCELLING.contains(&input.keys[k].as_str()))
}

/// Is the event noun at token `noun` postponed: under the support verb أرجأ, or right after
/// تأجيل or إرجاء?
pub(super) fn is_postponed(input: &Input, governing: Option<&Light<'_>>, noun: usize) -> bool {
    governing.is_some_and(|l| l.trigger.mode.as_deref() == Some(POSTPONE))
        || noun.checked_sub(1).is_some_and(|k| POSTPONING.contains(&input.keys[k].as_str()))
}

/// The type and CAMEO code a cancelled event noun of type `kind` has, if any.
pub(super) fn retyped(kind: &str) -> Option<(&'static str, &'static str)> {
    match kind {
        "CONSULT" => Some(("SANCTION", HALT_TALKS)),
        "SANCTION" | "COERCE" => Some(("RETREAT", LIFTED)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_cancelled_summit_halts_talks() {
        let text = "ألغى الرئيس الأمريكي دونالد ترامب القمة المقررة مع الزعيم الكوري الشمالي كيم جونغ أون.";
        assert_eq!(sides(text, "SANCTION"), vec![(Some("USA".into()), Some("PRK".into()))]);
        assert!(sides(text, "CONSULT").is_empty());
        let text = "وأعلن البيت الأبيض إلغاء زيارة الرئيس المكسيكي إلى واشنطن.";
        assert!(sides(text, "CONSULT").is_empty());
    }

    #[test]
    fn what_is_postponed_did_not_happen_and_suspended_talks_halt() {
        assert!(sides("قررت الحكومة التركية تأجيل الاجتماع مع المعارضة السورية.", "CONSULT").is_empty());
        assert!(sides("وأرجأ الرئيس الأمريكي زيارته إلى فرنسا.", "CONSULT").is_empty());
        let text = "وأعلنت كوريا الشمالية تعليق المحادثات مع كوريا الجنوبية.";
        assert_eq!(sides(text, "SANCTION").len(), 1);
        assert!(sides(text, "CONSULT").is_empty());
    }

    #[test]
    fn an_agreement_cancelled_is_no_agreement() {
        assert!(sides("وألغت الحكومة الاتفاق مع الشركة الروسية.", "AGREE").is_empty());
    }

    #[test]
    fn a_meeting_held_is_still_one() {
        let text = "وعقد الرئيس الأمريكي دونالد ترامب قمة مع الزعيم الكوري الشمالي كيم جونغ أون.";
        assert_eq!(sides(text, "CONSULT").len(), 1);
        assert!(sides(text, "SANCTION").is_empty());
    }
}
