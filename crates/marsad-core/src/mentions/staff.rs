//! A role noun and the body it serves, when the body is a mention composed apart from
//! it: in construct (مراسل "سكاي نيوز عربية"، أمين عام جماعة "حزب الله"، مدير المرصد، قائد
//! التحالف — a quoted name, a bare anaphor or a name only a later pass reads), or joined
//! by عن for those who stand for it (النائب عن حزب الشعب، ممثل عن شركة "أبل") and by من
//! for a delegation whose body was coded only after the links (وفد من الكونغرس، ووفد من
//! البيت الأبيض; `delegations` joins the others earlier). The label guide spans the whole phrase and
//! codes it as the body's people; composition sees only the matches the dictionaries
//! make, so the noun was left a bare uncoded mention before the body.

use super::extent::{is_one_of, set, KeySet};
use super::*;
use std::sync::OnceLock;

/// Nouns for those who stand for a body (ممثل عن الحزب، النائب عن حزب الشعب), without
/// their article: عن after other nouns is "about" or "responsible for" (المسؤول عن).
const FOR_NOUNS: &[&str] = &["ممثل", "ممثلة", "ممثلون", "ممثلين", "ممثلا", "نائب", "نائبة", "نواب", "مندوب", "مندوبة", "مندوبون", "مندوبين"];

/// The noun `key` without a conjunction, a preposition or the article.
fn bare(key: &str) -> &str {
    let key = key.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(key);
    let key = key.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() >= 3).unwrap_or(key);
    key.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(key)
}

/// How `b` joins the bare role noun `a` as the body whose person or people it names:
/// right after it in construct (the noun without the article, not a plural or dual with
/// its nun, which ends a construct), perhaps across the opening quote of the body's name,
/// or after عن or من as above. `a` must be open (a bare role noun no state or name coded,
/// or one linked back to this very body) and `b` an institution (a coded body, no
/// person): the caller asks. `Some(true)` when
/// an opening quote stands between them.
pub(super) fn of_body(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> Option<bool> {
    static FOR: OnceLock<KeySet> = OnceLock::new();
    if b.prepositional || b.tok_start > a.tok_end + 1 || cx.keys[b.tok_start].starts_with('و') || cx.crosses_paragraph(a.tok_start, b.tok_end) {
        return None;
    }
    // (An outlet's sources are not its staff, مصادر ميدانية "سكاي نيوز عربية" told it;
    // a noun with a pronoun is no body's name: أمن نظامها.)
    let outlet = |s: &ActorSpan<'_>| s.actor.as_deref().is_some_and(|c| c.get(3..).is_some_and(|r| r.starts_with("MED")));
    if outlet(b) && a.role.as_deref() != Some("MED") || b.rule.starts_with("possessed") {
        return None;
    }
    let last = cx.keys[a.tok_end - 1].as_str();
    let quoted = b.tok_start == a.tok_end + 1 && cx.punct(a.tok_end).is_some_and(super::extent::opening_quote);
    if b.tok_start == a.tok_end || quoted {
        let construct = !key_is_definite(last) && (a.person_noun || !super::plural_ending(last));
        return construct.then_some(quoted);
    }
    if a.tok_end != a.tok_start + 1 {
        return None;
    }
    let joined = match cx.keys[a.tok_end].as_str() {
        "عن" => is_one_of(bare(last), set(&FOR, FOR_NOUNS)),
        "من" => super::delegations::is_delegation(last),
        _ => false,
    };
    joined.then_some(false)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_role_noun_before_a_quoted_body_is_its_person() {
        let ms = mentions("وقال مراسل \"سكاي نيوز عربية\" إن القصف استمر");
        assert_eq!(code(&ms, "مراسل \"سكاي نيوز عربية\""), Some("AREMED"), "{ms:?}");
    }

    #[test]
    fn one_who_stands_for_a_party_after_an_is_its_person() {
        let ms = mentions("وقال النائب عن حزب الشعب الجمهوري إن الانتخابات زورت");
        assert!(code(&ms, "النائب عن حزب الشعب الجمهوري").is_some(), "{ms:?}");
    }

    #[test]
    fn the_coalition_forces_spokesman_is_the_coalition_named_before() {
        let ms = mentions("وشن التحالف العربي غارات على مواقع الحوثيين في صعدة. وقال المتحدث باسم قوات التحالف إن الغارات أصابت أهدافها.");
        assert_eq!(code(&ms, "المتحدث باسم قوات التحالف"), Some("SAUMIL"), "{ms:?}");
    }

    #[test]
    fn sources_that_told_an_outlet_are_not_its_staff() {
        let ms = mentions("وأفادت مصادر ميدانية \"سكاي نيوز عربية\" بسقوط قتلى");
        assert!(ms.iter().all(|m| !m.text.starts_with("مصادر ميدانية \"سكاي")), "{ms:?}");
    }

    #[test]
    fn a_delegation_from_a_body_is_the_body_but_an_official_from_it_is_not_joined() {
        let ms = mentions("وبدأ وفد من المعارضة السورية زيارة إلى القامشلي.");
        assert_eq!(code(&ms, "وفد من المعارضة السورية"), Some("SYROPP"), "{ms:?}");
        let ms = mentions("وبدأ مسؤول من المعارضة السورية زيارة إلى القامشلي.");
        assert!(ms.iter().all(|m| m.text != "مسؤول من المعارضة السورية"), "{ms:?}");
    }

    #[test]
    fn the_one_responsible_for_is_no_member() {
        let ms = mentions("وقال المسؤول عن حزب الشعب الجمهوري إن الانتخابات زورت");
        assert!(ms.iter().all(|m| m.text != "المسؤول عن حزب الشعب الجمهوري"), "{ms:?}");
    }
}
