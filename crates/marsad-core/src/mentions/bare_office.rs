//! A bare definite noun of one person (الرئيس، الوزير) that `link` left open refers back
//! to the nearest person named before it by a phrase that begins with the same noun,
//! when only the late joins read that phrase and the name as one mention, across words
//! that describe the person (الرئيس المالي المنتهية ولايته إبراهيم أبو بكر كيتا، الرئيس
//! التشيلي سيباستيان بينيرا): by then `link` has run. Only nisbas, adjectives and words of
//! [`extent::role_reaches`] stand between the noun and the name, none that makes the
//! office a past one (السابق), and the person holds an office of the noun's role on the
//! article date. A name right after the bare noun (الجنرال كيم) or another definite word
//! (الرئيس الشرفي، الرئيس التنفيذي) makes it someone else; words that say the office is
//! still held (الرئيس المنتهية ولايته، الرئيس الحالي) belong to its mention.

use super::{extent, first_name, noun_forms, role_adjectives, ActorSpan, Cx, LINK_WINDOW};
use marsad_lexicon::Kind;
use marsad_text::normalize::has_chars;

/// Words after the noun that say the office is still held, as keys.
const STILL_HELD: &[&[&str]] = &[&["الحالي"], &["الحاليه"], &["المنتهيه", "ولايته"], &["المنتهيه", "ولايتها"]];

/// How many tokens from `t` on are words of [`STILL_HELD`] (0 when none).
fn still_held_at(keys: &[String], t: usize) -> usize {
    let at = |w: &[&str]| keys.get(t..t + w.len()).is_some_and(|k| k.iter().zip(w).all(|(k, w)| k == w));
    STILL_HELD.iter().find(|w| at(w)).map_or(0, |w| w.len())
}

/// The noun of a definite key without its clitics and article (والرئيس، للرئيس → رئيس).
fn noun_of(key: &str) -> Option<&str> {
    let key = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    key.strip_prefix("لل").or_else(|| key.strip_prefix("بال")).or_else(|| key.strip_prefix("ال")).filter(|n| has_chars(n, 2))
}

/// Is `s` a bare definite noun of one person that nothing resolved?
fn open_noun(s: &ActorSpan<'_>) -> bool {
    // The fields in one branch (`&`): each test alone went either way from one mention
    // to the next. The strings are read only for the mentions they let through.
    let fields = (s.kind == Kind::Agent) & s.actor.is_none() & s.entity.is_none() & s.person_noun & s.definite & (s.tok_end == s.tok_start + 1);
    fields && s.rule == "agent"
}

/// Is `p` a person named by `noun` with the article before the name, across words that
/// describe them only, in an office of `role` now?
fn named_by(cx: &Cx<'_, '_>, p: &ActorSpan<'_>, noun: &str, role: Option<&str>) -> bool {
    let Some((name_start, _)) = p.name.filter(|&(start, _)| start > p.tok_start) else { return false };
    let in_office = p.role.as_deref().is_some_and(|r| r != "ELI" && role.is_none_or(|role| role == r));
    matches!(p.kind, Kind::Person | Kind::PersonShort)
        && p.entity_id.is_some()
        && in_office
        && noun_forms::is_definite(&cx.keys[p.tok_start], noun)
        && extent::role_reaches(cx, p.tok_start + 1, name_start, true).is_some_and(|gap| !gap.former)
}

/// Link each open bare noun of one person (see the module docs).
pub(super) fn link(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    let keys = cx.keys;
    for i in 1..out.len() {
        if !open_noun(&out[i]) {
            continue;
        }
        let Some(noun) = noun_of(&keys[out[i].tok_start]) else { continue };
        let t = out[i].tok_end;
        let held = still_held_at(keys, t);
        let next_start = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        let name_after = out.get(i + 1).is_some_and(|n| n.tok_start == t + held && matches!(n.kind, Kind::Person | Kind::PersonShort))
            || keys.get(t + held).is_some_and(|k| first_name(k, cx.first_names));
        let other_office = held == 0 && keys.get(t).is_some_and(|k| k.starts_with("ال") && has_chars(k, 4) && !role_adjectives::no_noun(k));
        if name_after || other_office || t + held > next_start {
            continue;
        }
        let role = out[i].role.clone();
        let Some(j) = (i.saturating_sub(LINK_WINDOW)..i).rev().find(|&j| named_by(cx, &out[j], noun, role.as_deref())) else { continue };
        // The person was named before (j < i): borrowed, not cloned.
        let (before, from_i) = out.split_at_mut(i);
        from_i[0].resolve_as(&before[j], "coref");
        from_i[0].tok_end += held;
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions_on};

    #[test]
    fn a_bare_office_refers_to_the_person_its_phrase_named_late() {
        // The office and the name are read as one across words that describe the person:
        // the bare noun later is that person, with the words that say the office is held.
        let text = "وصل الرئيس الجيبوتي المنتهية ولايته إسماعيل عمر جيله إلى أديس أبابا. وقال الرئيس المنتهية ولايته إن الانتخابات جرت بشفافية.";
        let ms = mentions_on(text, Some("2016-04-10"));
        assert_eq!(code(&ms, "الرئيس المنتهية ولايته"), Some("DJIGOV"), "{ms:?}");
        let text = "وصل الرئيس التشيلي سيباستيان بينيرا إلى بوينس آيرس. وقال الرئيس إن البلدين سيوقعان اتفاقا تجاريا.";
        let ms = mentions_on(text, Some("2018-06-01"));
        assert_eq!(code(&ms, "الرئيس"), Some("CHLGOV"), "{ms:?}");
    }

    #[test]
    fn a_past_office_another_office_or_a_name_after_is_someone_else() {
        let text = "التقى الرئيس الجيبوتي السابق إسماعيل عمر جيله بطلاب الجامعة. وقال الرئيس إن التعليم أولوية.";
        let ms = mentions_on(text, Some("2016-06-01"));
        assert_eq!(code(&ms, "الرئيس"), None, "{ms:?}");
        let text = "وصل الرئيس التشيلي سيباستيان بينيرا إلى بوينس آيرس. وقال الرئيس الشرفي للنادي إن الفريق جاهز.";
        let ms = mentions_on(text, Some("2018-06-01"));
        assert!(ms.iter().all(|m| !m.text.starts_with("الرئيس الشرفي") && (m.text != "الرئيس" || m.actor.is_none())), "{ms:?}");
    }
}
