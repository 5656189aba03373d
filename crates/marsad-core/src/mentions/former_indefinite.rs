//! An indefinite role noun with the indefinite past word right after it (وزير سابق،
//! دبلوماسي سابق، ضابط سابق في الجيش، مسؤول سابق في وزارة الخارجية الأمريكية، مدير
//! سابق لوكالة المخابرات) names a former holder: CAMEO codes them by the country alone,
//! never by the office's GOV or MIL (eval/README.md: a former official is country only).
//! The mention stopped before سابق, so the bare role noun, or the quote speaker built from
//! it and the body after it, took the active code (the body's USAGOV, or the story's GOV).
//! Here the past word joins the mention, and so does the body it served after في or with
//! بـ/لـ (the maximal phrase): the phrase takes the body's country alone; with no body, no
//! code of its own (a quote speaker then takes the story's country, as for وزير سابق).
//! The definite office with لـ is `former_office`; a nisba before the past word (مسؤول
//! أمريكي سابق) is `compose_agent`'s.

use super::extent::set;
use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The indefinite past words (also the trigger of this pass: `triggers.rs`).
pub(super) const PAST: &[&str] = &["سابق", "سابقة"];

/// Adjectives of standing that may stand between the role noun and the past word (مسؤول
/// بارز سابق، مسؤول رفيع سابق), indefinite as the noun is.
const STANDING: &[&str] = &["بارز", "بارزة", "كبير", "رفيع", "رفيعة"];

/// The keys of [`PAST`].
pub(super) fn past_words() -> &'static super::extent::KeySet {
    static SET: OnceLock<super::extent::KeySet> = OnceLock::new();
    set(&SET, PAST)
}

fn standing() -> &'static super::extent::KeySet {
    static SET: OnceLock<super::extent::KeySet> = OnceLock::new();
    set(&SET, STANDING)
}

/// Join each indefinite role noun to the past word after it, and to the body after that
/// (see the module docs).
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let past = past_words();
    let keys = cx.keys;
    let mut joined_bodies = Vec::new();
    for k in 0..out.len() {
        let a = &out[k];
        // Most mentions are followed by no past word: their own words are not read.
        let past_at = |t: usize| t < keys.len() && past.contains(keys[t].as_str());
        let at = if past_at(a.tok_end) {
            a.tok_end
        } else if past_at(a.tok_end + 1) && standing().contains(keys[a.tok_end].as_str()) {
            a.tok_end + 1
        } else {
            continue;
        };
        let role = a.kind == Kind::Agent && a.name.is_none() && !keys[a.tok_start].starts_with("ال") && !keys[at - 1].starts_with("ال");
        // The past word agrees with the head noun, the phrase's first word: سابق after a
        // singular feminine noun is another noun's (قرار محكمة سابق; ضابط شرطة سابق is
        // the officer's).
        let agrees = !(keys[at] == "سابق" && keys[a.tok_start].ends_with('ه'));
        if !role || !agrees || (a.tok_start..=at).any(|t| cx.punct(t).is_some()) {
            continue;
        }
        // The body served: after في, or with بـ/لـ on it, right after the past word.
        let body = out.get(k + 1).filter(|b| {
            let served = matches!(b.kind, Kind::Group | Kind::Igo | Kind::Metonym) || b.kind == Kind::Agent && b.entity_id.is_none() && b.name.is_none();
            let after_fi = b.tok_start == at + 2 && keys[at + 1] == "في";
            let clitic = b.tok_start == at + 1 && b.prepositional && (keys[b.tok_start].starts_with('ب') || keys[b.tok_start].starts_with('ل'));
            // (Not a state after في, as often where the person was: جاسوس سابق في بريطانيا.)
            served && b.country.is_some() && (after_fi || clitic) && (at + 1..b.tok_start).all(|t| cx.punct(t).is_none()) && !cx.crosses_paragraph(a.tok_start, b.tok_end)
        });
        let (end, country, rule) = match body {
            // A former member of a group or an IGO is of neither (جاسوس سابق في القاعدة،
            // موظف سابق في صندوق النقد الدولي): only a state's code is kept.
            Some(b) => (b.tok_end, b.country.clone().filter(|c| c.len() == 3), ["agent+former-indefinite+", &b.rule].concat()),
            None => (at + 1, a.country.clone(), ["agent+former-indefinite+", &a.rule].concat()),
        };
        let joined = body.is_some();
        let a = &mut out[k];
        a.tok_end = end;
        a.entity = None;
        a.entity_id = None;
        a.antecedent = None;
        a.actor = country.clone();
        a.country = country;
        a.role = None;
        a.needs_institution &= !joined;
        a.role_is_code = false;
        a.home = false;
        a.home_indefinite = false;
        a.rule = Cow::Owned(rule);
        if joined {
            // (The body is now inside the phrase; it is dropped below.)
            joined_bodies.push(k + 1);
        }
    }
    for &b in joined_bodies.iter().rev() {
        out.remove(b);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn a_former_official_of_a_body_is_one_mention_of_its_country() {
        let ms = mentions("وقال مسؤول سابق في وزارة الخارجية الأمريكية إن الاتفاق سيء.");
        let m = ms.iter().find(|m| m.text == "مسؤول سابق في وزارة الخارجية الأمريكية").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.actor.as_deref(), Some("USA"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.actor.as_deref() == Some("USAGOV")), "{ms:?}");
        let ms = mentions("وقال مسؤول بارز سابق في البيت الأبيض إن الرئيس مريض.");
        let m = ms.iter().find(|m| m.text == "مسؤول بارز سابق في البيت الأبيض").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.actor.as_deref(), Some("USA"), "{ms:?}");
        // A former member of a group is not the group.
        let ms = mentions("وقال جاسوس سابق في تنظيم القاعدة إن التنظيم ضعيف.");
        let m = ms.iter().find(|m| m.text == "جاسوس سابق في تنظيم القاعدة").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.actor, None, "{ms:?}");
    }

    #[test]
    fn a_bare_former_role_takes_no_active_role() {
        let ms = mentions("وقال دبلوماسي سابق إن الحرب ستطول.");
        let m = ms.iter().find(|m| m.text == "دبلوماسي سابق").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.role, None, "{ms:?}");
    }

    #[test]
    fn a_current_official_keeps_the_body_code() {
        let ms = mentions("وقال مسؤول في وزارة الخارجية الأمريكية إن الاتفاق سيء.");
        assert!(ms.iter().all(|m| !m.rule.contains("former")), "{ms:?}");
        assert!(ms.iter().any(|m| m.actor.as_deref() == Some("USAGOV")), "{ms:?}");
    }
}
