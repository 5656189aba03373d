//! A past office of a body, written as a role noun for one person, a word that puts the
//! office in the past and the body with لـ (الأمين العام السابق للأمم المتحدة، المدير
//! السابق لمكتب التحقيقات الفيدرالي، الزعيم الإقليمي السابق لتنظيم داعش), is one mention
//! (eval/README.md: the maximal phrase). Without the past word the merge of a role noun
//! and the body it serves (`extent::merge_adjacent`) joins them; the past word stopped
//! it, and the role noun was left bare or linked back to whoever held such an office
//! before. The phrase names a former holder: the body's country alone, no role (as for
//! any former official), and it stays a role phrase, so that a name right after it is
//! still joined to it.

use super::extent::set;
use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Words that put an office in the past.
pub(super) const PAST: &[&str] = &["السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة"];

/// The keys of [`PAST`] (also the trigger of this pass: `triggers.rs`).
pub(super) fn past_words() -> &'static super::extent::KeySet {
    static SET: OnceLock<super::extent::KeySet> = OnceLock::new();
    set(&SET, PAST)
}

/// Join each role noun for one person to the body after its past word (see the module docs).
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let past = past_words();
    let keys = cx.keys;
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let role = a.kind == Kind::Agent && a.person_noun && a.name.is_none();
        let gap = b.tok_start.wrapping_sub(a.tok_end);
        // Most pairs are no such pair: their words are not read.
        if !(role && (gap == 1 || gap == 2) && b.prepositional && b.actor.is_some()) {
            k += 1;
            continue;
        }
        let body = matches!(b.kind, Kind::Group | Kind::Igo | Kind::Metonym) || b.kind == Kind::Agent && b.entity_id.is_none();
        // The past word last, perhaps after one adjective of the office (الإقليمي).
        let last = b.tok_start - 1;
        let words = past.contains(keys[last].as_str()) && (gap == 1 || super::adjective(&keys[a.tok_end]));
        let with_lam = keys[b.tok_start].starts_with('ل');
        if !(body && words && with_lam) || (a.tok_end..b.tok_start).any(|t| cx.punct(t).is_some()) || cx.crosses_paragraph(a.tok_start, b.tok_start + 1) {
            k += 1;
            continue;
        }
        let b = out.remove(k + 1);
        let a = &mut out[k];
        a.tok_end = b.tok_end;
        a.entity = None;
        a.entity_id = None;
        a.antecedent = None;
        a.country = b.country.clone();
        a.actor = b.country.clone();
        a.role = None;
        a.needs_institution = false;
        a.needs_name = false;
        a.rule = Cow::Owned(["agent+former+", &b.rule].concat());
        // Set off by commas beside a known person (قال عمرو موسى، الأمين العام السابق
        // لجامعة الدول العربية، إن), the phrase is that person: of their country, not
        // the body's (an IGO's former head is no IGO).
        let known = |p: &ActorSpan<'_>| p.kind == Kind::Person && p.entity_id.is_some() && p.country.is_some();
        let (start, end) = (out[k].tok_start, out[k].tok_end);
        let before = k.checked_sub(1).filter(|&j| known(&out[j]) && out[j].tok_end + 1 == start && cx.comma(out[j].tok_end));
        let after = Some(k + 1).filter(|&j| out.get(j).is_some_and(|p| known(p) && p.tok_start == end + 1 && cx.comma(end)));
        if let Some(j) = before.or(after) {
            let person = out[j].clone();
            out[k].resolve_as(&person, "apposition");
            out[k].kind = Kind::Person;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn a_past_office_of_a_body_is_one_mention_of_its_country() {
        let ms = mentions("وقال المدير السابق لمكتب التحقيقات الفيدرالي إن التحقيق مستمر.");
        let m = ms.iter().find(|m| m.text == "المدير السابق لمكتب التحقيقات الفيدرالي").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.actor.as_deref(), Some("USA"), "{ms:?}");
    }

    #[test]
    fn a_past_office_of_an_igo_beside_its_holder_is_the_holder() {
        let ms = mentions("وقال عمرو موسى، الأمين العام السابق لجامعة الدول العربية، إن العالم العربي فقد صديقا.");
        let m = ms.iter().find(|m| m.text == "الأمين العام السابق لجامعة الدول العربية").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.country.as_deref(), Some("EGY"), "{ms:?}");
        // Without the holder beside it, the body's code stays.
        let ms = mentions("وقال الأمين العام السابق لجامعة الدول العربية إن العالم العربي فقد صديقا.");
        let m = ms.iter().find(|m| m.text == "الأمين العام السابق لجامعة الدول العربية").unwrap_or_else(|| panic!("{ms:?}"));
        assert_ne!(m.country.as_deref(), Some("EGY"), "{ms:?}");
    }

    #[test]
    fn a_current_office_is_left_to_the_merges() {
        let ms = mentions("وقال المتحدث الرسمي للجيش الليبي إن القوات تقدمت.");
        assert!(ms.iter().all(|m| !m.rule.contains("former")), "{ms:?}");
    }
}
