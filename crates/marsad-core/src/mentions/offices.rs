//! A public office's bureau: مكتب in construct right before a mention of one office-holder
//! (مكتب رئيس الوزراء الإسرائيلي، مكتب النائب العام السعودي، مكتب الرئيس عون، مكتب وزير
//! الخارجية) is the body that speaks for that office, one mention coded as its holder, as
//! the labels write it (the maximal phrase: مكتب وزير الخارجية USAGOV). An office still
//! uncoded, named with no state and referring to no one, is the story's country's: a
//! bureau with no nisba is the home government's (`+office`, `+context:STATE`). Not a
//! private person's office (a lawyer's, an artist's): only a public role.

use super::demonstratives::retarget;
use super::extent::preposition_on;
use super::{code_from_story, story_state, ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;

/// Roles of a public office, whose bureau acts for it (the first three letters of a code's
/// role).
const PUBLIC_ROLES: &[&str] = &["GOV", "JUD", "LEG", "MIL", "COP", "SPY", "IGO"];

/// Offices of a private practice, though their role is public (a lawyer is JUD).
const PRIVATE_OFFICES: &[&str] = &["agent:محام"];

/// The bureau noun, a key (also this pass's trigger, with its clitics: `triggers.rs`).
pub(super) const BUREAU: &str = "مكتب";

/// Is `key` the noun مكتب without the article, perhaps after و or ف and ب or ل (لمكتب،
/// ومكتب; not للمكتب, the article after ل)?
pub(super) fn bureau(key: &str) -> bool {
    let Some(pre) = key.strip_suffix(BUREAU) else { return false };
    let pre = pre.strip_prefix(['و', 'ف']).unwrap_or(pre);
    pre.is_empty() || pre == "ب" || pre == "ل"
}

/// The role of `s`'s office, when it is a public one.
fn public_role(s: &ActorSpan<'_>) -> Option<&'static str> {
    let role = s.role.as_deref()?.get(..3)?;
    PUBLIC_ROLES.iter().find(|&&r| r == role).copied()
}

/// Widen every mention of one office-holder to the bureau noun before it (see the module
/// docs), when no other mention holds that word and no paragraph starts between them.
pub(super) fn take_in<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let keys = cx.keys;
    let mut story: Option<Option<(&'a str, &'a str)>> = None;
    for i in 0..out.len() {
        let start = out[i].tok_start;
        if start == 0 || !bureau(&keys[start - 1]) || cx.para_start(start) || i > 0 && out[i - 1].tok_end >= start {
            continue;
        }
        let s = &out[i];
        // (An office written with ل or ب is no construct: مدير مكتب للرئيس.)
        if s.prepositional || !s.names_one_person() || !matches!(s.kind, Kind::Agent | Kind::Person | Kind::PersonShort) {
            continue;
        }
        let Some(role) = public_role(s) else { continue };
        if s.agent_id.is_some_and(|id| PRIVATE_OFFICES.contains(&id)) {
            continue;
        }
        let uncoded = s.actor.is_none() && s.antecedent.is_none() && s.kind == Kind::Agent;
        let old = (start, s.tok_end);
        if uncoded {
            let Some(state) = *story.get_or_insert_with(|| story_state(cx, out)) else { continue };
            code_from_story(cx.lex, &mut out[i], state, Cow::Borrowed(role));
        }
        let s = &mut out[i];
        s.tok_start = start - 1;
        s.prepositional |= preposition_on(&keys[start - 1]);
        s.extend_rule(&["+office"]);
        // Mentions linked to the office-holder point to the bureau's extent.
        retarget(out, old, (start - 1, old.1));
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_bureau_before_an_office_is_the_office() {
        let ms = mentions("وقال مكتب رئيس الوزراء الإسرائيلي في بيان إن الاجتماع تأجل.");
        assert_eq!(code(&ms, "مكتب رئيس الوزراء الإسرائيلي"), Some("ISRGOV"), "{ms:?}");
        let ms = mentions("ولم يصدر مكتب النائب العام السعودي بيانا بشأن القضية.");
        assert_eq!(code(&ms, "مكتب النائب العام السعودي"), Some("SAUJUD"), "{ms:?}");
        // A person holding the office, and the office with its holder's name.
        let ms = mentions("ولاحقا قال مكتب ترودو في بيان إن كندا لن تتراجع.");
        assert_eq!(code(&ms, "مكتب ترودو"), Some("CANGOV"), "{ms:?}");
        // With no state named, the story's.
        let ms = mentions("تجري ولاية كاليفورنيا الأمريكية استفتاء في الولايات المتحدة. وذكر مكتب وزير الخارجية أن التصويت سيجري في نوفمبر في الولايات المتحدة.");
        assert_eq!(code(&ms, "مكتب وزير الخارجية"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn a_private_persons_office_is_no_body() {
        let ms = mentions("ودهمت الشرطة مكتب المحامي في نيويورك.");
        assert!(ms.iter().all(|m| !m.text.starts_with("مكتب")), "{ms:?}");
        // Nor an office for someone, with ل: no construct.
        let ms = mentions("وقال الرئيس الفرنسي إن مدير مكتب للرئيس لا يفعل ذلك.");
        assert!(ms.iter().all(|m| !m.text.starts_with("مكتب")), "{ms:?}");
        // Nor the definite office before a name: the new director of the office, كيم.
        let ms = mentions("وأوضح الموقع أن المدير الجديد للمكتب كيم جونغ أون ضابط.");
        assert!(ms.iter().all(|m| !m.text.contains("للمكتب كيم")), "{ms:?}");
    }
}
