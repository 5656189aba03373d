//! Members named by the body they belong to (أفراد داعش، مقاتلي حزب الله، عناصر
//! #ميليشيا_الحوثي، أنصار المعارضة، قيادات فتح): a plural noun for the members,
//! fighters or followers of a group in construct with it is the group, as CAMEO codes a
//! group's people, and the label guide spans the whole phrase. The dictionaries know
//! such nouns only with a few complements (عناصر الشرطة), so the group was a mention of
//! its own and the noun before it was left out or stood as a bare uncoded role noun.
//! Likewise citizens of a state (مواطني كوريا الشمالية) are its civilians, not the state.

use super::extent::{is_one_of, set, KeySet};
use super::word_classes::{self, class};
use super::*;
use std::sync::OnceLock;

/// Plural nouns for the people of a body, in construct (without their nun), the sound
/// plurals in both cases: the subject's ـو (مقاتلو المعارضة، مؤيدو الحزب) as well as ـي.
pub(super) const MEMBER_NOUNS: &[&str] = &[
    "أفراد", "عناصر", "مقاتلي", "مقاتلو", "مسلحي", "مسلحو", "أنصار", "مناصري", "مناصرو", "مؤيدي", "مؤيدو", "أعضاء",
    "منتسبي", "منتسبو", "منسوبي", "منسوبو", "أتباع", "قادة", "قيادات", "كوادر", "جنود", "ضباط", "رجال",
];

/// Plural nouns for the officials of a body or a state, in construct (مسؤولي السفارة،
/// ممثلو الحكومة، مسؤولي المملكة العربية السعودية): the body, as its members are, and a
/// state's officials are its government. Not employees: the labels code staff by their
/// work (LAB, HLH), not by the body.
pub(super) const OFFICIAL_NOUNS: &[&str] = &["مسؤولي", "مسؤولو", "ممثلي", "ممثلو", "دبلوماسيي", "دبلوماسيو", "مبعوثي", "مبعوثو"];

/// Plural nouns for the private people of a state, in construct (مواطني كوريا الشمالية،
/// رعايا النرويج، سكان المملكة): the state's civilians, not the state.
pub(super) const CITIZEN_NOUNS: &[&str] = &["مواطني", "رعايا", "سكان", "أهالي", "مقيمي"];

/// Is the mention `m` a state named by itself (its code is the state's alone)?
fn is_state(m: &ActorSpan<'_>) -> bool {
    matches!(m.kind, Kind::State | Kind::Capital | Kind::Demonym) && m.actor.as_deref().is_some_and(|a| a.len() == 3) && m.country.is_some()
}

/// Is the mention `m` a body whose members are its own: a coded group, organisation or
/// institution, not a person, a state (مواطني كوريا are its citizens, not its
/// government) or a role noun for one person?
pub(super) fn is_body(m: &ActorSpan<'_>) -> bool {
    m.actor.is_some() && !m.person_noun && matches!(m.kind, Kind::Group | Kind::Igo | Kind::Agent | Kind::Metonym)
}

/// The keys of [`MEMBER_NOUNS`] (also a trigger of [`widen`]: `triggers.rs`; [`widen`]
/// reads the class bits of `word_classes.rs`, and the trigger test checks against these).
#[cfg(test)]
pub(super) fn member_nouns() -> &'static KeySet {
    static SET: OnceLock<KeySet> = OnceLock::new();
    set(&SET, MEMBER_NOUNS)
}

/// The keys of [`OFFICIAL_NOUNS`] (a trigger of [`widen`] too).
#[cfg(test)]
pub(super) fn official_nouns() -> &'static KeySet {
    static SET: OnceLock<KeySet> = OnceLock::new();
    set(&SET, OFFICIAL_NOUNS)
}

/// The keys of [`CITIZEN_NOUNS`] (the trigger of [`residents_of_places`]: `triggers.rs`).
pub(super) fn citizen_nouns() -> &'static KeySet {
    static SET: OnceLock<KeySet> = OnceLock::new();
    set(&SET, CITIZEN_NOUNS)
}

/// Widen every coded body to the member noun in construct before it, absorbing a bare
/// uncoded role noun that ends with it (عدد من عناصر + #حزب_الله). The rule gains
/// `+members`.
pub(super) fn widen<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut absorbed: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        let m = &out[i];
        let Some(t) = m.tok_start.checked_sub(1) else { continue };
        // The group's own proclitic (لعناصر داعش has it on the noun) and a comma or a
        // paragraph between end the construct.
        // The three sets in one lookup.
        let noun = word_classes::classes_of(&keys[t], class::CITIZEN_NOUN | class::OFFICIAL_NOUN | class::MEMBER_NOUN);
        let citizens_of = is_state(m) && noun & class::CITIZEN_NOUN != 0;
        let official = noun & class::OFFICIAL_NOUN != 0;
        let officials_of_state = is_state(m) && official;
        let of_body = is_body(m) && (noun & class::MEMBER_NOUN != 0 || official);
        if !(of_body || citizens_of || officials_of_state) || m.prepositional || cx.crosses_paragraph(t, m.tok_start + 1) {
            continue;
        }
        let before = i.checked_sub(1).map(|p| &out[p]).filter(|p| p.tok_end > t);
        let start = match before {
            None => t,
            Some(p) if p.tok_end == t + 1 && p.actor.is_none() && p.kind == Kind::Agent && p.entity.is_none() => {
                absorbed.push(i - 1);
                p.tok_start
            }
            Some(_) => continue,
        };
        // A partitive before the members (1500 من مقاتلي وحدات حماية الشعب، عدد من أفراد
        // الشرطة), as before any people, when nothing holds it.
        let free = |b: usize| i.checked_sub(1).is_none_or(|p| out[p].tok_end <= b || absorbed.last() == Some(&p));
        let start = match super::extent::partitive_start(keys, start) {
            Some(b) if start == t && free(b) => b,
            _ => start,
        };
        let prepositional = strip_proclitics(&keys[start]).1;
        let m = &mut out[i];
        m.tok_start = start;
        m.prepositional = prepositional;
        if citizens_of || officials_of_state {
            let (role, rule) = if citizens_of { ("CVL", "+citizens") } else { ("GOV", "+officials") };
            if let Some(state) = m.actor.clone() {
                m.actor = Some(actor_of(cx.lex, &state, role));
                m.role = Some(Cow::Borrowed(role));
                m.kind = Kind::Agent;
            }
            m.extend_rule(&[rule]);
            continue;
        }
        m.extend_rule(&["+members"]);
    }
    if !absorbed.is_empty() {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !absorbed.contains(&(i - 1))
        });
    }
}

/// Nouns for a place that stand between residents and the place's name (سكان مدينة
/// البصرة، أهالي محافظة سقطرى).
const PLACE_NOUNS: &[&str] = &["مدينة", "منطقة", "محافظة", "قرية", "بلدة", "ولاية", "مخيم", "حي", "إقليم", "جزيرة", "قطاع"];

/// The same nouns with the article and no name after them (سكان العاصمة، أهالي القرية،
/// سكان المناطق المتضررة): a place of the story's country.
const DEFINITE_PLACE_NOUNS: &[&str] = &[
    "العاصمة", "المدينة", "المنطقة", "المحافظة", "القرية", "البلدة", "الولاية", "المخيم", "الحي", "الإقليم", "الجزيرة",
    "القطاع", "المدن", "المناطق", "القرى", "البلدات", "الأحياء", "المخيمات",
];

/// Residents of a named place behind a noun of place (سكان مدينة البصرة): a bare
/// uncoded residents noun takes the place's name into its phrase and is coded as the
/// civilians of the place's state (rule `+residents`). Residents of a place named right
/// after them (سكان حلب) are composed with it already. Residents of a place named by a
/// definite noun alone (لسكان العاصمة، أهالي القرية، سكان المناطق الحدودية) live where the
/// story is: the story's country's civilians, the noun and one adjective after it in the
/// phrase (rule `+residents+context:`); not a measure of them (عدد سكان المدينة).
pub(super) fn residents_of_places<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    static PLACES: OnceLock<KeySet> = OnceLock::new();
    static DEFINITE_PLACES: OnceLock<KeySet> = OnceLock::new();
    let (citizens, places) = (citizen_nouns(), set(&PLACES, PLACE_NOUNS));
    let keys = cx.keys;
    let mut absorbed: Vec<usize> = Vec::new();
    // The story's country, found once a definite place asks for it.
    let mut story: Option<Option<(&'a str, &'a str)>> = None;
    for i in 0..out.len() {
        let m = &out[i];
        let (noun, name) = (m.tok_end, m.tok_end + 1);
        let bare = m.kind == Kind::Agent && m.actor.is_none() && is_one_of(&keys[m.tok_end - 1], citizens);
        if !bare || noun >= keys.len() || cx.crosses_paragraph(m.tok_start, noun + 1) {
            continue;
        }
        let held = out.get(i + 1).is_some_and(|n| n.tok_start <= name);
        let definite_place = set(&DEFINITE_PLACES, DEFINITE_PLACE_NOUNS).contains(keys[noun].as_str());
        if definite_place && !held && !names_place_at(cx, name) && !residents::measured(cx, m.tok_start) {
            let here = *story.get_or_insert_with(|| story_state(cx, out));
            let Some(state) = here else { continue };
            let end = if bare_people::adjective_after(cx, name) && out.get(i + 1).is_none_or(|n| n.tok_start > name) { name + 1 } else { name };
            let m = &mut out[i];
            m.tok_end = end;
            m.extend_rule(&["+residents"]);
            code_from_story(cx.lex, m, state, Cow::Borrowed("CVL"));
            continue;
        }
        if name >= keys.len() || !places.contains(keys[noun].as_str()) || cx.crosses_paragraph(m.tok_start, name + 1) {
            continue;
        }
        // The place's name: a mention of its own (a capital as a place, a state) or a
        // place no mention holds.
        let next = out.get(i + 1).filter(|n| n.tok_start <= name);
        let (end, state) = match next {
            // (A capital there is a place, not the government: سكان منطقة القاهرة الجديدة.)
            Some(n) if n.tok_start == name && (is_state(n) || n.rule.starts_with("capital-gov:")) => {
                (n.tok_end, n.actor.as_deref().and_then(|a| a.get(..3)).map(|s| Cow::Owned(s.to_string())))
            }
            Some(_) => continue,
            None => {
                let Some(p) = cx.lex.longest_at(keys, name).filter(|p| p.start == name && p.stripped == 0) else { continue };
                let lex = cx.lex;
                let state = p.entries.iter().map(|&id| lex.entry(id)).filter(|e| matches!(e.kind, Kind::Place | Kind::State | Kind::Capital)).find_map(|e| lex.state_of(e));
                (p.end, state.map(Cow::Borrowed))
            }
        };
        let Some(state) = state else { continue };
        if next.is_some() {
            absorbed.push(i + 1);
        }
        let iso = cx.lex.state(&state).map(|s| s.iso3.as_str());
        let m = &mut out[i];
        m.tok_end = end;
        m.actor = Some(actor_of(cx.lex, &state, "CVL"));
        m.country = iso.map(Cow::Borrowed);
        m.role = Some(Cow::Borrowed("CVL"));
        m.extend_rule(&["+residents"]);
    }
    if !absorbed.is_empty() {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !absorbed.contains(&(i - 1))
        });
    }
}

/// Does a place, state or capital name begin at token `t` (العاصمة دمشق: a named place)?
fn names_place_at(cx: &Cx<'_, '_>, t: usize) -> bool {
    t < cx.keys.len()
        && cx.lex.longest_at(cx.keys, t).is_some_and(|p| p.start == t && p.entries.iter().any(|&id| matches!(cx.lex.entry(id).kind, Kind::Place | Kind::State | Kind::Capital)))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn members_in_construct_with_a_group_are_the_group() {
        let ms = mentions("وأوقف أفراد داعش دراجاتهم، وقتل عدد من مقاتلي حزب الله في سوريا");
        let code = |text: &str| ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone());
        assert_eq!(code("أفراد داعش").as_deref(), Some("IMGMUSISI"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.ends_with("مقاتلي حزب الله") && m.actor.as_deref() == Some("LBNREB")), "{ms:?}");
    }

    #[test]
    fn members_in_the_subject_s_case_are_the_group_too() {
        let ms = mentions("وقال مقاتلو حزب الله إنهم سيواصلون القتال، وخرج مؤيدو حزب العدالة والتنمية إلى الشوارع");
        let code = |text: &str| ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone());
        assert_eq!(code("مقاتلو حزب الله").as_deref(), Some("LBNREB"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "مؤيدو حزب العدالة والتنمية" && m.actor.as_deref().is_some_and(|a| a.starts_with("TUR"))), "{ms:?}");
        // Not before what is no body (مؤيدو الاتفاق), nor a person's followers.
        let ms = mentions("وقال مؤيدو الاتفاق إن أتباع غولن لن يعودوا");
        assert!(ms.iter().all(|m| !m.rule.contains("+members")), "{ms:?}");
    }

    #[test]
    fn residents_of_a_named_place_are_its_state_s_civilians() {
        let ms = mentions("واشتكى سكان منطقة القاهرة الجديدة من الأمطار، وقال سكان مدينة حلب إن القصف توقف");
        let code = |text: &str| ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone());
        assert_eq!(code("سكان منطقة القاهرة").as_deref(), Some("EGYCVL"), "{ms:?}");
        assert_eq!(code("سكان مدينة حلب").as_deref(), Some("SYRCVL"), "{ms:?}");
    }

    #[test]
    fn residents_of_a_definite_place_are_the_story_s_civilians() {
        let ms = mentions("في الأردن أعلنت الحكومة في الأردن خطة لتوفير المياه لسكان العاصمة، وقال أهالي القرية إن الطريق مقطوع");
        let code = |text: &str| ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone());
        assert_eq!(code("لسكان العاصمة").as_deref(), Some("JORCVL"), "{ms:?}");
        assert_eq!(code("أهالي القرية").as_deref(), Some("JORCVL"), "{ms:?}");
        // A named place after the noun is the place's residents, not the story's.
        let ms = mentions("في الأردن أعلنت الحكومة في الأردن خطة، وقال سكان مدينة حلب إن القصف توقف، ويبلغ عدد سكان المدينة مليونا");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("JORCVL") || !m.text.contains("حلب") && !m.text.contains("المدينة")), "{ms:?}");
    }

    #[test]
    fn followers_of_a_person_are_not_the_person() {
        let ms = mentions("وقال الرئيس الأمريكي دونالد ترامب إن أنصار ترامب تظاهروا");
        assert!(ms.iter().all(|m| !m.rule.contains("+members")), "{ms:?}");
    }

    #[test]
    fn officials_of_a_body_or_a_state_are_the_body_or_the_government() {
        let ms = mentions("وأكد مسؤولي المملكة العربية السعودية أن ممثلو الأمم المتحدة وصلوا، وقال مسؤولو الاستخبارات الأمريكية إن التحقيق مستمر");
        let code = |text: &str| ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone());
        assert_eq!(code("مسؤولي المملكة العربية السعودية").as_deref(), Some("SAUGOV"), "{ms:?}");
        assert_eq!(code("ممثلو الأمم المتحدة").as_deref(), Some("IGOUNO"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.starts_with("مسؤولو الاستخبارات") && m.actor.as_deref() == Some("USASPY")), "{ms:?}");
    }

    #[test]
    fn citizens_of_a_state_are_its_civilians() {
        let ms = mentions("ومنعت السلطات مواطني كوريا الشمالية ورعايا النرويج من السفر");
        let code = |text: &str| ms.iter().find(|m| m.text == text).and_then(|m| m.actor.clone());
        assert_eq!(code("مواطني كوريا الشمالية").as_deref(), Some("PRKCVL"), "{ms:?}");
        assert_eq!(code("ورعايا النرويج").as_deref(), Some("NORCVL"), "{ms:?}");
    }
}
