//! A custody noun with a pronoun written on it and no one named as its doer (`تم اعتقاله`،
//! `قبل ترحيلهم إلى بلادهم`، `خلال فترة احتجازها`، `وبعد توقيفه`): the pronoun is the one
//! arrested, detained or deported, as the genitive of these verbal nouns is (`اعتقال
//! الصحفي`). News tells the arrest of a person named before this way far more often than
//! with its arresting body, and the labels code it with a null actor and the held
//! party's country (`unnamed_agent.rs` does the same for `حكم عليه`). The held party is
//! the nearest mention before the noun that agrees with the pronoun, in its sentence or
//! the one before (`args::nearest_agreeing`, as pronouns are read), if it can be held: a person, a role
//! noun for people, a group or a people with a country — not a state, a capital, an
//! organisation or an arresting body (`أعلنت الشرطة … بعد توقيفه`: the police are not the
//! one held, and the one held is then unnamed). A quotation's speaker is passed over.
//! Not when a لـ-object or a party follows the noun: then the pronoun is the doer
//! (`انتقدت منظمة العفو تركيا لاعتقالها للصحفيين`).

use super::args::{bare, nearest_agreeing, pronoun_on, Arg};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;

/// PLOVER modes of the nouns whose own pronoun is the one held.
const CUSTODY_MODES: &[&str] = &["arrest", "deport"];

/// Roles of bodies that arrest, detain or deport: never the one held (their members, as
/// a person noun, may be).
const HOLDERS: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];

/// The party held by the custody noun `trigger` at tokens `start..end` of the sentence
/// opening at `s0`, named before it by the pronoun written on it.
pub(super) fn held(input: &Input, trigger: &Trigger, (start, end): (usize, usize), s0: usize) -> Option<Arg> {
    if !trigger.mode.as_deref().is_some_and(|m| CUSTODY_MODES.contains(&m)) {
        return None;
    }
    let pronoun = pronoun_on(input, start)?;
    if doer_pronoun(input, end) {
        return None;
    }
    let m = &input.mentions[nearest_agreeing(input, pronoun, start, s0, |m| is_speaker(input, m))?];
    let person = matches!(m.kind, Kind::Person | Kind::PersonShort) || m.person_noun;
    let holder = m.role.as_deref().is_some_and(|r| HOLDERS.contains(&r)) && !person;
    let can_be_held = matches!(m.kind, Kind::Person | Kind::PersonShort | Kind::Agent | Kind::Group | Kind::Demonym) && !holder;
    (can_be_held && m.country.is_some()).then(|| Arg::from_mention(m, input.home))
}

/// Is the mention a quotation's speaker? One who tells of an arrest is seldom the one
/// held (`وقالت المتحدثة باسم البيت الأبيض إن الوزيرين لعبا دورا في اعتقاله`: the pastor
/// named before her).
fn is_speaker(input: &Input, m: &ActorSpan) -> bool {
    input.quotes.iter().filter_map(|q| q.speaker.as_ref()).any(|s| s.tok_start < m.tok_end && m.tok_start < s.tok_end)
}

/// Does a لـ-object (لل…، للصحفيين) or a party right after the noun show its pronoun to
/// be the doer?
fn doer_pronoun(input: &Input, end: usize) -> bool {
    let Some(next) = input.keys.get(end) else { return false };
    let next = bare(next);
    let lam_object = next.starts_with("لل") || next.starts_with('ل') && input.mentions.iter().any(|m| m.tok_start == end);
    lam_object || input.mentions.iter().any(|m| m.tok_start == end && !m.prepositional)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// (actor country, recipient country) of each COERCE event of `t`.
    fn coerced(t: &str) -> Vec<(String, String)> {
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        events(t).into_iter().filter(|e| e.kind == "COERCE").map(|e| (c(&e.actors), c(&e.recipients))).collect()
    }

    #[test]
    fn an_arrest_nouns_pronoun_is_the_person_named_before() {
        let v = coerced("واحتجزت الشرطة المعارض الروسي أليكسي نافالني الخميس. وبعد أقل من ساعة من بث نبأ اعتقاله، أخلت الشرطة سبيله.");
        assert!(v.iter().any(|(a, r)| a == "-" && r == "RUS"), "{v:?}");
    }

    #[test]
    fn a_deportation_of_people_named_before() {
        let v = coerced("ودخل عشرات المهاجرين السوريين الحدود بلا إذن. وقررت المحكمة ترحيلهم إلى بلادهم.");
        assert!(v.iter().any(|(_, r)| r == "SYR"), "{v:?}");
    }

    #[test]
    fn an_arresting_body_is_not_the_one_held() {
        // The nearest masculine party is the army that arrested: the one held is unnamed.
        let v = coerced("وأعلن الجيش اللبناني أن المشتبه به اعترف بعد اعتقاله بالتخطيط للهجوم.");
        assert!(!v.iter().any(|(_, r)| r == "LBN"), "{v:?}");
    }

    #[test]
    fn the_speaker_is_not_the_one_held() {
        // The prosecutor tells of the arrest of the man named in the sentence before.
        let v = coerced("واعتقل المواطن البريطاني نعيم الرحمن في نوفمبر الماضي. وقال المدعي العام الفرنسي مارك هايوود إن اعتقاله حال دون تنفيذ مخططه.");
        assert!(!v.iter().any(|(_, r)| r == "FRA"), "{v:?}");
    }

    #[test]
    fn a_pronoun_before_a_lam_object_is_the_doer() {
        let v = coerced("وانتقدت منظمة العفو الدولية السلطات التركية بسبب اعتقالها للصحفيين.");
        assert!(!v.iter().any(|(a, r)| a == "-" && r == "TUR"), "{v:?}");
    }

    #[test]
    fn a_blockades_pronoun_is_its_imposer_not_its_victim() {
        // حصار is no custody noun: its pronoun is Israel's own siege.
        let v = coerced("شددت إسرائيل حصارها لغزة الثلاثاء.");
        assert!(!v.iter().any(|(a, r)| a == "-" && r == "ISR"), "{v:?}");
    }
}
