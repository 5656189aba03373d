//! Bare people in the plural that act or speak: a definite plural role noun that is the
//! subject of its clause (ويرفض المسؤولون مطالب الاتحاد، ونشر السكان صورا، إن المواطنين
//! اعتقلا، أن المؤيدين لم يجمعوا) names people of the story's country, as the crowds of
//! `alone = home` do (المتظاهرون). The same noun as an object or a complement (انتقد
//! الموظفين، المساواة بين الموظفين) keeps its role only; citizens and residents are the
//! story's in any position (`residents.rs`). Only roles that people of one state hold (citizens,
//! officials, workers, opponents, judges, lawmakers): scientists, experts, doctors and
//! armed men speak for no country in particular.

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::{has_chars, key_is_definite};

/// The roles of people a story's country has (see the module comment).
const PEOPLE_ROLES: &[&str] = &["CVL", "GOV", "LAB", "OPP", "JUD", "LEG"];

/// إنّ/أنّ, لأن/بأن, لكنّ (keys): the noun after them is the subject of the clause,
/// whatever its case.
pub(super) const SUBJECT_PARTICLES: &[&str] = &["ان", "وان", "فان", "لان", "بان", "لكن", "ولكن"];

/// Endings of sound plural keys (المواطنون، المواطنين، الناشطات). Not the dual: two
/// leaders (الزعيمان، الرئيسان) are mostly of two states.
const PLURAL_ENDINGS: &[&str] = &["ون", "ين", "ات"];

/// Broken plurals of people nouns (keys without the article): victims are the story's
/// people too where they act or speak (وقال الضحايا، إن الضحايا سقطوا). Not children or
/// women, whom a clause as often states something of in general (أن الأطفال الذين
/// يرتادون المدرسة، لكن الأطفال قد يلتفون).
const BROKEN_PLURALS: &[&str] = &["سكان", "عمال", "طلاب", "نشطاء", "ضحايا"];

/// People away from their own state by what they are (migrants, diplomats, negotiators,
/// tourists, pilgrims): where the story is is not where they are from.
const AWAY_FROM_HOME: &[&str] = &["مهاجر", "دبلوماسي", "مفاوض", "سائح", "سياح", "حاج", "حجاج"];

/// Is `key` (a noun's key, و/ف and the article read off) a noun for people away from
/// their own state by what they are ([`AWAY_FROM_HOME`])?
pub(super) fn away_from_home(key: &str) -> bool {
    let bare = key.trim_start_matches(['و', 'ف']);
    let bare = bare.strip_prefix("ال").or_else(|| bare.strip_prefix("لل")).unwrap_or(bare);
    AWAY_FROM_HOME.iter().any(|a| bare.starts_with(a))
}

/// Relative pronouns: after the noun they begin a clause about it, not an adjective.
pub(super) const RELATIVES: &[&str] = &["الذي", "الذين", "التي", "اللاتي", "اللواتي", "اللذين", "اللتين"];

/// Is `s` a bare definite plural people noun (role only, no country yet) that is the
/// subject of its clause: after إن/أن and the like, or after a verb in the nominative
/// (ـون: ـين after a verb is its object, اتهم المواطنين)?
pub(super) fn is_clause_subject(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    let open = s.kind == Kind::Agent
        && s.rule == "agent"
        && s.definite
        && !s.person_noun
        && !s.prepositional
        && !s.role_is_code
        && !s.needs_institution
        && !s.needs_name
        && s.tok_end == s.tok_start + 1
        && s.role.as_deref().is_some_and(|r| PEOPLE_ROLES.contains(&r));
    if !open || s.tok_start == 0 {
        return false;
    }
    let key = cx.keys[s.tok_start].as_str();
    let bare = key.trim_start_matches(['و', 'ف']).strip_prefix("ال").unwrap_or(key);
    if !PLURAL_ENDINGS.iter().any(|e| key.ends_with(e)) && !BROKEN_PLURALS.contains(&bare) || away_from_home(key) {
        return false;
    }
    // A definite word after it is an adjective no pass read (المحققون الدوليون،
    // المهاجرون الأفارقة): the phrase may name people of another state.
    if adjective_after(cx, s.tok_end) {
        return false;
    }
    opens_clause(cx, s.tok_start, key)
}

/// Is token `t` a definite word right after a noun (no punctuation, not a relative
/// pronoun, not إلى or إلا, which key as الي and الا): an adjective of the noun that no
/// pass read?
pub(super) fn adjective_after(cx: &Cx<'_, '_>, t: usize) -> bool {
    cx.keys.get(t).is_some_and(|k| key_is_definite(k) && has_chars(k, 4) && !RELATIVES.contains(&k.as_str())) && cx.punct_token(t).is_none()
}

/// Is the noun at token `t` (keyed `key`) the subject of its clause: right after إن/أن
/// and the like, or after a verb in the nominative (ـين after a verb is its object)?
pub(super) fn opens_clause(cx: &Cx<'_, '_>, t: usize, key: &str) -> bool {
    if t == 0 || cx.punct_token(t - 1).is_some() {
        return false;
    }
    let before = cx.keys[t - 1].as_str();
    is_subject_particle(before) || !key.ends_with("ين") && is_finite_verb(cx, before)
}

/// Is `key` إنّ/أنّ or the like, after which a noun is the subject of the clause?
pub(super) fn is_subject_particle(key: &str) -> bool {
    SUBJECT_PARTICLES.contains(&key)
}

/// Is `key` a reporting cue (قال، بحسب) or an event verb read as a verb (no article, no
/// preposition: not a verbal noun, اعتقال المتظاهرين)?
pub(super) fn is_finite_verb(cx: &Cx<'_, '_>, key: &str) -> bool {
    cx.lex.cue(key).is_some()
        || cx.lex.events().lookup(key).is_some_and(|hit| !hit.nominal && !hit.preposition && !hit.enclitic)
}

#[cfg(test)]
mod tests {
    // The mentions tests' analyzer and article date.
    use crate::mentions::tests::{code, mentions};

    /// A story clearly about the Netherlands (named twice as a place).
    const DUTCH: &str = "اعتقلت السلطات في هولندا شخصين لدى عودتهما إلى هولندا من تركيا. ";

    #[test]
    fn ila_after_the_residents_is_no_adjective_of_theirs() {
        // إلى keys الي, which looks definite: the residents' span must stop before it, and
        // the plural before it is as bare as before any other preposition.
        let ms = mentions(&format!("{DUTCH}ويعود سكان البلدة إلى منازلهم. وتدعو المواطنين إلى الهدوء."));
        assert!(ms.iter().all(|m| !m.text.ends_with("إلى")), "{ms:?}");
        assert_eq!(code(&ms, "سكان البلدة"), Some("NLDCVL"), "{ms:?}");
        assert_eq!(code(&ms, "المواطنين"), Some("NLDCVL"), "{ms:?}");
    }

    #[test]
    fn plural_subjects_are_the_story_country_s() {
        let ms = mentions(&format!("{DUTCH}وقالت النيابة العامة إن المواطنين اعتقلا في المطار."));
        assert_eq!(code(&ms, "المواطنين"), Some("NLDCVL"), "{ms:?}");
        let ms = mentions(&format!("{DUTCH}ويرفض المسؤولون مطالب النقابة."));
        assert_eq!(code(&ms, "المسؤولون"), Some("NLDGOV"), "{ms:?}");
        let ms = mentions(&format!("{DUTCH}وقال الضحايا إنهم تعرضوا للضرب في الشارع."));
        assert_eq!(code(&ms, "الضحايا"), Some("NLDCVL"), "{ms:?}");
    }

    #[test]
    fn objects_complements_and_scientists_keep_their_role_only() {
        // The object of a verb (accusative ـين) and a complement after a preposition.
        let ms = mentions(&format!("{DUTCH}وانتقد الموظفين في بيان. وتحدث الوزير عن المساواة بين الموظفين."));
        assert!(ms.iter().filter(|m| m.text.contains("الموظفين")).all(|m| m.actor.is_none()), "{ms:?}");
        // Experts speak for no country: not of the story's.
        let ms = mentions(&format!("{DUTCH}وقال الخبراء إن الوضع خطير."));
        assert!(code(&ms, "الخبراء").is_none_or(|c| !c.starts_with("NLD")), "{ms:?}");
        // Migrants and diplomats are not of the state where the story is.
        let ms = mentions(&format!("{DUTCH}وقال المهاجرون إنهم يريدون البقاء. وقال الدبلوماسيون إن الاجتماع انتهى."));
        assert!(ms.iter().all(|m| !m.actor.as_deref().is_some_and(|a| a.starts_with("NLD")) || !m.text.contains("المهاجرون") && !m.text.contains("الدبلوماسيون")), "{ms:?}");
        // Children and women in a general statement are no one state's.
        let ms = mentions(&format!("{DUTCH}وأكدت الدراسة أن الأطفال الذين يرتادون المدرسة متأخرين أقل توترا."));
        assert_eq!(code(&ms, "الأطفال"), None, "{ms:?}");
        // No country leads the story: nothing to give.
        let ms = mentions("ويرفض المسؤولون مطالب النقابة.");
        assert_eq!(code(&ms, "المسؤولون"), None, "{ms:?}");
    }
}
