//! Allowances, lifted bans and pledges to work with a party (`concede68`). Two
//! `events.tsv` modes carry a reading the dictionary row alone cannot:
//!
//! - `permit` (CONCEDE: `سمح`، lifting or ending a ban, `ألغى/رفع/أنهى … الحظر`): a party
//!   that allows people of no known country, or lifts a ban on no party named, yields to its
//!   own people (`سمحت السعودية للنساء بقيادة السيارة` SAU → SAU, as the labels write rights
//!   granted), unless the sentence names a party of another country (`ستسمح بعبور المواد
//!   الغذائية إلى غزة`). A negated allowance is none (`لم تسمح`، `ألا نسمح`; `لن نسمح` is
//!   the refusal row's). `سمح` is far more often "enable", said of a thing (`اتفاق يسمح`،
//!   `مما يسمح`، `قانون يسمح`، `نظام يسمح`), than "allow" said of a party; the verb keeps its
//!   event only when its doer is its own subject: right after it (`سمحت السلطات المصرية
//!   للمواطنين`), a party right before it (`السعودية تسمح للفتيات`), the pronoun of `أنها`
//!   (`أعلنت أنها ستسمح`), or a speaker announcing it (`سنسمح لهم بالدخول`).
//! - `pledge` (AGREE 030: `عمل`، `واصل/استمر … العمل` with `مع`): working with a party is a
//!   commitment only when announced (`ستعمل الإمارات مع أشقائنا`، `سنواصل العمل مع
//!   التحالف`); told in the past or present it is a biography or a report of work (`عمل مع
//!   ترامب لسنوات`، `يعمل مع المنظمة`), and without `مع` or `معا` near it is work against or
//!   on something (`قوة ستعمل ضد الجولان`).

use super::args::Found;
use super::Input;
use marsad_text::normalize::without_conjunction;

// The modes this module reads, as the lexicon names them (its `CONTEXTUAL_MODES`).
pub(super) use marsad_lexicon::events::{PERMIT_MODE as PERMIT, PLEDGE_MODE as PLEDGE};

/// How many tokens after a pledge verb (and its `العمل`) `مع` or `معا` may stand
/// (`سنواصل العمل عن قرب مع`، `سوف نعمل بشكل وثيق مع`).
const PARTNER_WINDOW: usize = 6;

/// Words right before the verb that negate it but that the modality reader does not take
/// for a negation (`من المهم ألا نسمح له`، `يجب ألا تسمح`).
const NEGATING_BEFORE: &[&str] = &["الا", "ألا"];

/// Is the reading of mode `mode` dropped for its modality? A pledge not in the future, an
/// allowance negated.
pub(super) fn dropped(mode: Option<&str>, negated: bool, modality: Option<&str>) -> bool {
    match mode {
        Some(PLEDGE) => negated || modality != Some("future"),
        Some(PERMIT) => negated,
        _ => false,
    }
}

/// Does a reading of mode `mode` go to the actor's own country when no party of known
/// country is allowed (the domestic default of arrests and dismissals)?
pub(super) fn is_domestic(mode: Option<&str>) -> bool {
    mode == Some(PERMIT)
}

/// Is the allowance verb at `i` (a `permit` verb with no `then` word: `سمح`) told of its
/// doer as its subject, as `found` read it?
pub(super) fn allowance_told(input: &Input, i: usize, found: &Found, modality: Option<&str>) -> bool {
    if i > 0 && NEGATING_BEFORE.contains(&without_conjunction(&input.keys[i - 1])) {
        return false;
    }
    match found.rule.split('+').nth(1).unwrap_or("") {
        "vso" | "vso-nisba" | "that-pronoun" => true,
        "speaker" => modality == Some("future"),
        "svo" => found.actors.first().is_some_and(|a| a.tok_end == i),
        _ => false,
    }
}

/// Does `مع` or `معا` follow a pledge verb ending at `end` (sentence end `s1`) closely?
pub(super) fn with_partner(input: &Input, end: usize, s1: usize) -> bool {
    (end..(end + PARTNER_WINDOW).min(s1)).any(|k| matches!(without_conjunction(&input.keys[k]), "مع" | "معا"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::tests::events;

    fn has(found: &[crate::Event], kind: &str, actor: &str, recipient: Option<&str>) -> bool {
        found.iter().any(|e| {
            e.kind == kind
                && e.actors.iter().any(|a| a.country.as_deref() == Some(actor))
                && recipient.is_none_or(|r| e.recipients.iter().any(|x| x.country.as_deref() == Some(r)))
        })
    }

    #[test]
    fn both_modes_are_contextual_for_the_lexicon() {
        // Without their `then` word, their heads are no event words (firm68).
        for mode in [PERMIT, PLEDGE] {
            assert!(marsad_lexicon::events::CONTEXTUAL_MODES.contains(&mode), "{mode}");
        }
    }

    #[test]
    fn a_pledge_is_read_only_in_the_future() {
        assert!(!dropped(Some(PLEDGE), false, Some("future")));
        assert!(dropped(Some(PLEDGE), false, None));
        assert!(dropped(Some(PLEDGE), true, Some("future")));
        assert!(dropped(Some(PERMIT), true, None) && !dropped(Some(PERMIT), false, None) && !dropped(None, true, None));
    }

    #[test]
    fn a_state_allowing_its_own_people_concedes_to_itself() {
        let found = events("وسمحت السعودية في يونيو الماضي للنساء بقيادة السيارة.");
        assert!(has(&found, "CONCEDE", "SAU", Some("SAU")), "{found:?}");
        let found = events("سمحت الحكومة الأردنية للأمم المتحدة بتنظيم مرور المواطنين.");
        assert!(has(&found, "CONCEDE", "JOR", None), "{found:?}");
    }

    #[test]
    fn a_thing_that_enables_allows_nothing() {
        for s in [
            "وتوصل الطرفان إلى اتفاق يسمح لقوات النظام بدخول عفرين.",
            "وأعلنت الإمارات عن صدور قانون جديد يسمح للحكومة بإصدار سندات.",
            "وقد أزال الاتحاد الأوروبي العقبات مما يسمح للبنك بتمويل الأنشطة في إيران.",
            "وقالت الوزيرة إنه من المهم ألا نسمح لإيران بالتموضع في سوريا.",
            "لم تسمح السلطات المصرية للصحفيين بدخول سيناء.",
        ] {
            let found = events(s);
            assert!(found.iter().all(|e| e.kind != "CONCEDE"), "{s}: {found:?}");
        }
        // (لن نسمح stays the refusal it was.)
        let found = events("قال نتنياهو إن إسرائيل لن تسمح لإيران بالتموضع في سوريا.");
        assert!(has(&found, "REJECT", "ISR", Some("IRN")) && found.iter().all(|e| e.kind != "CONCEDE"), "{found:?}");
    }

    #[test]
    fn a_ban_lifted_is_conceded() {
        let found = events("رفعت ألمانيا الحظر الذي كان مفروضا على لم الشمل للاجئين.");
        assert!(has(&found, "CONCEDE", "DEU", Some("DEU")), "{found:?}");
        let found = events("أعلنت الولايات المتحدة أنها ألغت الحظر المفروض على سفر التشاديين إلى أراضيها.");
        assert!(has(&found, "CONCEDE", "USA", None), "{found:?}");
        // (A ban imposed is no concession.)
        let found = events("فرضت السلطات حظرا على سفر المواطنين.");
        assert!(found.iter().all(|e| e.kind != "CONCEDE"), "{found:?}");
    }

    #[test]
    fn working_with_a_party_is_pledged_only_when_announced() {
        let found = events("وقالت الوزيرة إن كندا ستعمل مع المحكمة الجنائية الدولية لضمان محاسبة المسؤولين.");
        assert!(has(&found, "AGREE", "CAN", None), "{found:?}");
        let found = events("وقال الوزير: سنواصل العمل عن قرب مع السعودية.");
        assert!(found.iter().any(|e| e.kind == "AGREE" && e.recipients.iter().any(|r| r.country.as_deref() == Some("SAU"))), "{found:?}");
        for s in ["وعمل الدبلوماسي مع وزارة الخارجية الأمريكية لسنوات.", "ويعمل الخبراء مع الحكومة المصرية في المشروع.", "وقال إن إيران وحزب الله يحاولان تشكيل قوة ستعمل ضد الجولان."] {
            let found = events(s);
            assert!(found.iter().all(|e| e.kind != "AGREE"), "{s}: {found:?}");
        }
    }
}
