//! Companies named by what they run: a platform, a product or an index (`alone = acting`
//! in groups.tsv: فيسبوك، تويتر، ناسداك). The bare name is mostly the channel or the place
//! where something is posted (نشر على فيسبوك، عبر تويتر، مستخدمي فيسبوك) and no actor, as the
//! guide says; it is the company where it acts or speaks: the subject of a verb or of
//! إن/أن (أعلنت فيسبوك، إن موقع فيسبوك لعب دورا, across a platform's classifier or an
//! opening quotation mark), or a nominal clause's subject or predicate with a pronoun of
//! being (وفيسبوك هو …، هي فيسبوك). A conjunct (غوغل وفيسبوك) acts as the first of its list
//! does; a company's own head noun (شركة "فيسبوك") names it anywhere. Owners and speakers
//! before the name (متحدث باسم فيسبوك، إدارة فيسبوك) compose with it as with any group and
//! are not read here. The pass runs right after composition, so that a name dropped gives
//! no country to the paragraph's unknown names.

use super::bare_people::opens_clause;
use super::extent::{is_classifier, is_one_of, opening_quote, preposition_on, set, KeySet};
use super::{nationality, remove_marked, ActorSpan, Cx};
use marsad_lexicon::events::TriggerKind;
use marsad_lexicon::Kind;
use std::sync::OnceLock;

/// Pronouns of being that join a subject and its predicate (فيسبوك هو الموقع، هي فيسبوك).
const PRONOUNS_OF_BEING: &[&str] = &["هو", "هي", "وهو", "وهي"];

/// Head nouns of a company itself, not of a platform (شركة "تويتر"): the name after
/// them is the company in any position.
const COMPANY_HEADS: &[&str] = &["شركة", "مؤسسة", "مجموعة"];

/// Drop the bare platform names that do not act (see the module comment).
pub(super) fn keep_acting(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    if !out.iter().any(|s| s.needs_acting) {
        return;
    }
    let gone: Vec<bool> = (0..out.len()).map(|i| out[i].needs_acting && !acts(cx, out, i)).collect();
    remove_marked(out, &gone);
}

/// Does the name at `out[i]` act: named by its company's head noun, joined to its
/// predicate or subject by a pronoun of being, or its list's first conjunct a clause's
/// subject?
fn acts(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], i: usize) -> bool {
    static COMPANY: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let being = |t: usize| keys.get(t).is_some_and(|k| PRONOUNS_OF_BEING.contains(&k.as_str())) && cx.punct_token(t).is_none();
    let s = &out[i];
    // Another state's nisba after it (تويتر السعودي) names that state's users of the
    // platform (the company's own nisba was read into the name).
    if s.tok_end < keys.len() && nationality(cx, s.tok_end).is_some() {
        return false;
    }
    if being(s.tok_end) || s.tok_start > 0 && being(s.tok_start - 1) {
        return true;
    }
    let mut first = i;
    while first > 0
        && out[first - 1].tok_end == out[first].tok_start
        && out[first - 1].kind == Kind::Group
        && keys[out[first].tok_start].starts_with('و')
    {
        first -= 1;
    }
    let head = &out[first];
    if head.prepositional {
        return false;
    }
    // Back over an opening quotation mark and a classifier (إن موقع "فيسبوك").
    let mut t = head.tok_start;
    if t > 0 && cx.punct(t - 1).is_some_and(opening_quote) {
        t -= 1;
    }
    if t > 0 && is_classifier(&keys[t - 1]) {
        t -= 1;
        if is_one_of(&keys[t], set(&COMPANY, COMPANY_HEADS)) {
            return true;
        }
        if preposition_on(&keys[t]) {
            return false;
        }
    }
    // A verbal noun before it holds the name in construct (شروط استخدام موقع فيسبوك), and
    // a word that is only a support verb takes it as its object.
    opens_clause(cx, t, &keys[t]) && !(t > 0 && no_verb_of_its_own(cx, &keys[t - 1]))
}

/// Is `key` an event trigger only as a verbal noun or a support verb (استخدام),
/// which `opens_clause` takes for a verb with a subject, and no reporting cue?
fn no_verb_of_its_own(cx: &Cx<'_, '_>, key: &str) -> bool {
    let events = cx.lex.events();
    cx.lex.cue(key).is_none()
        && events.lookup(key).is_some_and(|hit| hit.forms.iter().all(|f| events.trigger(f.trigger).kind != TriggerKind::Verb))
}

#[cfg(test)]
mod tests {
    // The mentions tests' analyzer and article date.
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_platform_that_acts_is_the_company() {
        let ms = mentions("وأعلنت فيسبوك يوم الأربعاء أنها ستحذف آلاف الحسابات المزيفة.");
        assert_eq!(code(&ms, "فيسبوك"), Some("USABUS"), "{ms:?}");
        let ms = mentions("وقال الباحث إن تويتر لم يفعل ما يكفي لوقف الحملات.");
        assert_eq!(code(&ms, "تويتر"), Some("USABUS"), "{ms:?}");
        // Across a platform's classifier, and as a conjunct of a company that acts.
        let ms = mentions("ويرى المحققون أن موقع فيسبوك ساهم في نشر الكراهية.");
        assert_eq!(code(&ms, "موقع فيسبوك"), Some("USABUS"), "{ms:?}");
        let ms = mentions("وأعلنت غوغل وفيسبوك أنهما ستحذفان الإعلانات.");
        assert_eq!(code(&ms, "وفيسبوك"), Some("USABUS"), "{ms:?}");
        // Another state's nisba after it names that state's users.
        let ms = mentions("وقال الوزير إن تويتر السعودي تمكن من الرد على الحملة.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USABUS")), "{ms:?}");
        // A speaker before the name composes with it as with any company.
        let ms = mentions("وقال متحدث باسم فيسبوك إن الشركة تراجع القرار.");
        assert!(ms.iter().any(|m| m.text == "متحدث باسم فيسبوك" && m.actor.as_deref() == Some("USABUS")), "{ms:?}");
    }

    #[test]
    fn a_platform_where_something_is_posted_is_no_actor() {
        for text in [
            "ونشر الوزير صورة على فيسبوك مساء الأحد.",
            "وكتب في تغريدة عبر تويتر أن الاجتماع انتهى.",
            "ويتابع ملايين من مستخدمي فيسبوك الصفحة.",
            "وارتفع مؤشر ناسداك بنسبة واحد في المئة.",
            "وقرأ قليلون شروط استخدام موقع فيسبوك قبل الاشتراك.",
        ] {
            let ms = mentions(text);
            assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USABUS")), "{text}: {ms:?}");
        }
        // With its company's head noun it is named in any position, quoted or not.
        let ms = mentions("ونشر الباحث تقريرا عن شركة فيسبوك.");
        assert_eq!(code(&ms, "شركة فيسبوك"), Some("USABUS"), "{ms:?}");
        let ms = mentions("وتعطل التطبيق المملوك لشركة \"فيسبوك\" في أوروبا.");
        assert!(ms.iter().any(|m| m.text.contains("فيسبوك") && m.actor.as_deref() == Some("USABUS")), "{ms:?}");
        // A dropped platform gives no country to an unknown name near it.
        let ms = mentions("في تونس قال مسؤول تونسي إن الوزير سيزور تونس. ونعى النادي عبر فيسبوك المشجع سامي العبيدي.");
        assert!(ms.iter().all(|m| !m.actor.as_deref().is_some_and(|a| a.starts_with("USA"))), "{ms:?}");
    }
}
