//! The people of a place named by what they are to it: citizens, residents, inhabitants
//! with the article (المواطنين، للسكان، الأهالي، جميع المواطنين، آلاف السكان) are the
//! population of the state the story is about, subject, object or complement alike
//! (يضع الأعباء على المواطنين → JORCVL, فر السكان، تقديم الدعم للأهالي), as the guide
//! labels them. Unlike children or women (حقوق الأطفال، تمكين النساء), these nouns name
//! people by the place they belong to, so the story's place is theirs. Not a measure of
//! them (عدد السكان، نسبة المواطنين، من مجموع السكان، 17 في المئة من السكان، من حيث
//! السكان), not a place empty of them (خالية من السكان), not the
//! inhabited places (المكتظة بالسكان), not before an adjective no pass read (السكان
//! المحليين, المواطنين الأتراك: a longer phrase, maybe of another state), and not a
//! noun of its own ahead of them in the span (خبراء السكان are experts).

use super::extent::{is_one_of, set, KeySet};
use super::{bare_people, ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::sync::OnceLock;

/// Citizens, residents, inhabitants (keys with the article; ل/ب and و/ف are read off).
const RESIDENTS: &[&str] = &["المواطنين", "المواطنون", "السكان", "الأهالي"];

/// Words that count or pick out people inside the span before the noun (جميع المواطنين،
/// لملايين السكان، عشرات من الأهالي، هؤلاء السكان).
const COUNTING: &[&str] = &[
    "عشرات", "مئات", "آلاف", "الآلاف", "ملايين", "الملايين", "بعض", "أحد", "معظم", "غالبية", "أغلب", "جميع", "كل",
    "هؤلاء", "العديد", "عدد", "الكثير", "كثير", "من",
];

/// Measures of a population right before the noun: the figure, not the people (عدد
/// السكان، نسبة المواطنين، مجموع السكان، نصف السكان، معدل أعمار المواطنين), and the
/// public in general (عموم السكان، عامة السكان).
const MEASURES: &[&str] = &[
    "عدد", "أعداد", "نسبة", "إجمالي", "مجموع", "نصف", "ثلث", "ربع", "تعداد", "تعدادا", "كثافة", "متوسط", "حجم", "معدل",
    "أعمار", "عموم", "عامة",
];

/// Words before من that make the noun a measure or an absence, not people (لنسبة من
/// السكان، من حيث السكان، خالية من السكان).
const BEFORE_FROM: &[&str] = &["نسبة", "نصف", "ثلث", "ربع", "حيث", "خالية", "خالي", "خال", "خلت", "خلو"];

/// A share of the population before من (17,5 في المئة من السكان; digits and `%` are read
/// apart).
const PERCENT: &[&str] = &["المئة", "المائة", "بالمئة", "بالمائة"];

/// Does `s`, a bare uncoded civilian phrase, name the residents or citizens of the
/// story's place (see the module comment)?
pub(super) fn names_residents(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    static NOUNS: OnceLock<KeySet> = OnceLock::new();
    static COUNTS: OnceLock<KeySet> = OnceLock::new();
    let open = s.kind == Kind::Agent
        && s.rule == "agent"
        && !s.role_is_code
        && s.role.as_deref().is_some_and(|r| r.starts_with("CVL"));
    if !open {
        return false;
    }
    let last = cx.keys[s.tok_end - 1].as_str();
    let noun = last.trim_start_matches(['و', 'ف']);
    if !is_one_of(last, set(&NOUNS, RESIDENTS)) || noun.starts_with('ب') {
        return false;
    }
    if !cx.keys[s.tok_start..s.tok_end - 1].iter().all(|k| is_one_of(k, set(&COUNTS, COUNTING))) {
        return false;
    }
    !bare_people::adjective_after(cx, s.tok_end) && !measured(cx, s.tok_start)
}

/// Is the people phrase that begins at token `start` a measure of them, not people (عدد
/// السكان، نسبة المواطنين، 17 في المئة من السكان، من حيث السكان، خالية من السكان)?
pub(super) fn measured(cx: &Cx<'_, '_>, start: usize) -> bool {
    static MEASURE: OnceLock<KeySet> = OnceLock::new();
    static PERCENTS: OnceLock<KeySet> = OnceLock::new();
    static NOT_PEOPLE: OnceLock<KeySet> = OnceLock::new();
    let before = |back: usize| start.checked_sub(back);
    let key_before = |back: usize| before(back).map_or("", |t| cx.keys[t].as_str());
    if is_one_of(key_before(1), set(&MEASURE, MEASURES)) {
        return true;
    }
    let share = before(2).is_some_and(|t| {
        let k = cx.keys[t].as_str();
        set(&PERCENTS, PERCENT).contains(k)
            || k.bytes().any(|b| b.is_ascii_digit())
            || cx.punct_token(t).is_some_and(|(tok, text)| &text[tok.start..tok.end] == "%")
    });
    let not_people = is_one_of(key_before(2), set(&NOT_PEOPLE, BEFORE_FROM));
    key_before(1) == "من" && (share || not_people)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    /// A story clearly about Jordan (named twice as a place).
    const JORDAN: &str = "تظاهر المئات في الأردن احتجاجا على الضرائب في الأردن. ";

    #[test]
    fn residents_and_citizens_are_the_story_state_s() {
        let ms = mentions(&format!("{JORDAN}وقال المحتجون إن القانون يضع مزيدا من الأعباء على المواطنين."));
        assert_eq!(code(&ms, "المواطنين"), Some("JORCVL"), "{ms:?}");
        let ms = mentions(&format!("{JORDAN}وتعهدت الحكومة بتقديم الدعم للأهالي في المناطق الفقيرة."));
        assert_eq!(code(&ms, "للأهالي"), Some("JORCVL"), "{ms:?}");
    }

    #[test]
    fn measures_of_a_population_and_inhabited_places_are_not() {
        let ms = mentions(&format!("{JORDAN}وارتفع عدد السكان إلى عشرة ملايين، ويشكل اللاجئون 20 في المئة من السكان في المدن المكتظة بالسكان، وباتت القرية خالية من السكان."));
        assert!(ms.iter().filter(|m| m.text.contains("السكان")).all(|m| m.actor.is_none()), "{ms:?}");
        // An adjective no pass read may make them another state's.
        let ms = mentions(&format!("{JORDAN}وقال المسؤول إن المواطنين السوريين عادوا."));
        assert_ne!(code(&ms, "المواطنين"), Some("JORCVL"), "{ms:?}");
    }
}
