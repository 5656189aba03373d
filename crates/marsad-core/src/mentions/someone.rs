//! One person named by an indefinite noun of age or sex (أصيبت امرأة، قتل فتى، القبض على
//! امرأة، بينهم فتاة، قال لطفلة): the guide's private people who take part in the story, CVL
//! of the one state their own sentence names as a place (none named, or two: no country). Arabic names one unknown participant so; the same nouns
//! with the article are as often people in general (حقوق المرأة، الأطفال) and stay uncoded.
//! Only where the word before shows the noun takes part in an event: a reporting or event
//! verb, an event noun (مقتل، اغتصاب), إن/أن, a preposition of the act (على، ضد، لـ) or
//! "among them". Not a predicate (كانت طفلة، وهو شاب), an adjective (زعيم شاب، لاعب شاب),
//! nor anyone at all (أي امرأة، أول امرأة، كل طفل), which no such word precedes; not one
//! whose name follows (امرأة تدعى ماري), the name being the mention. An ordinal or آخر
//! after it is part of the span (امرأة ثالثة، فتاة أخرى).

use super::extent::{is_one_of, set, KeySet};
use super::word_classes::{self, class};
use super::*;
use std::sync::OnceLock;

/// Singular nouns of age or sex for one person (keys are derived: ة and ى fold).
/// Not صبية, as often the plural "boys" (عنف ضد صبية).
const ONE_PERSON: &[&str] = &["امرأة", "سيدة", "طفل", "طفلة", "فتاة", "فتى", "صبي"];

/// Of those, the nouns (agents.tsv rows of their own) that are a mention only as one
/// participant: a girl or boy in general (فتى جيد، أفضل فتاة) is no actor.
pub(super) const ONLY_AS_PARTICIPANT: &[&str] = &["فتاة", "فتى", "صبي", "صبية"];

/// Prepositions before the one an act is done to or for (القبض على امرأة، اعتداء ضد فتاة).
const ACT_PREPOSITIONS: &[&str] = &["على", "ضد"];

/// "Among them" before a count's member (بينهم فتاة، ومنهم طفل).
const AMONG_THEM: &[&str] = &["بينهم", "بينهن", "منهم", "منهن", "بينهما"];

/// Words after the noun that bring the person's name (امرأة تدعى، شاب يدعى، طفل اسمه).
const NAMED_NEXT: &[&str] = &["يدعى", "تدعى", "اسمه", "اسمها", "ما"];

/// Ordinals and آخر that belong to the span (امرأة ثالثة، شاب آخر، فتاة أخرى).
const ORDINALS: &[&str] = &[
    "ثان", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "آخر", "أخرى",
];

/// Is the uncoded agent `s` one person named by an indefinite noun of age or sex that
/// takes part in the story (see the module comment)?
fn names_someone(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    static ONES: OnceLock<KeySet> = OnceLock::new();
    static PREPS: OnceLock<KeySet> = OnceLock::new();
    static AMONG: OnceLock<KeySet> = OnceLock::new();
    static NAMED: OnceLock<KeySet> = OnceLock::new();
    // The fields are tested in one branch (`&`): each alone went either way from one
    // mention to the next. The strings are read only for the mentions they let through.
    let fields = (s.kind == Kind::Agent) & s.actor.is_none() & s.country.is_none() & !s.definite & (s.tok_end == s.tok_start + 1);
    let open = fields && s.rule == "agent" && s.role.as_deref().is_some_and(|r| r.starts_with("CVL"));
    let keys = cx.keys;
    let t = s.tok_start;
    if !open || !is_one_of(&keys[t], set(&ONES, ONE_PERSON)) {
        return false;
    }
    if keys.get(t + 1).is_some_and(|k| cx.punct_token(t + 1).is_none() && set(&NAMED, NAMED_NEXT).contains(k)) {
        return false;
    }
    // In construct before a definite noun the noun is a title or a kind (سيدة الغناء
    // العربي، سيدة الأعمال), not one unknown participant.
    if keys.get(t + 1).is_some_and(|k| cx.punct_token(t + 1).is_none() && k.starts_with("ال")) {
        return false;
    }
    // لطفلة، لامرأة: ل on the noun itself is the one an act is for.
    let bare = keys[t].trim_start_matches(['و', 'ف']);
    if bare.starts_with('ل') && !set(&ONES, ONE_PERSON).contains(bare) {
        return true;
    }
    let Some(b) = t.checked_sub(1).filter(|&b| cx.punct_token(b).is_none()) else { return false };
    let before = keys[b].as_str();
    bare_people::is_subject_particle(before)
        || is_one_of(before, set(&PREPS, ACT_PREPOSITIONS))
        || is_one_of(before, set(&AMONG, AMONG_THEM))
        || cx.lex.cue(before).is_some()
        || cx.lex.events().lookup(before).is_some()
}

/// The one state named as a place (a state, capital or city, not a nisba, which is as
/// often the other side: غارة إسرائيلية) in the sentence of token `t`, as (state code,
/// ISO alpha-3). The story's leading state is no sign of where one unknown person is
/// (children in Gaza in a story about Israel), so without a place, or with two, none.
fn sentence_place<'a>(cx: &Cx<'a, '_>, matches: &[Match<'a>], t: usize) -> Option<(&'a str, &'a str)> {
    let lo = matches.partition_point(|m| m.start + 2 * PLACE_WINDOW <= t);
    let mut found: Option<&'a str> = None;
    for m in matches[lo..].iter().take_while(|m| m.start < t + PLACE_WINDOW) {
        let (a, b) = if m.end <= t { (m.end, t) } else { (t, m.start) };
        if homeland::sentence_ends(cx, a, b) || (a + 1..=b).any(|u| cx.para_start(u)) {
            continue;
        }
        let lex = cx.lex;
        let places = m.entries.iter().filter(|&&id| matches!(lex.entry_kind(id), Kind::State | Kind::Capital | Kind::Place));
        for state in places.filter_map(|&id| lex.entry_state(id)) {
            match found {
                Some(f) if f != state => return None,
                _ => found = Some(state),
            }
        }
    }
    let state = found?;
    cx.lex.state(state).map(|s| (state, s.iso3.as_str()))
}

/// How far (tokens) on either side of the noun its sentence's place is looked for.
const PLACE_WINDOW: usize = 40;

/// Code each one person named by an indefinite noun of age or sex as a private person of
/// the state named as a place in its sentence, an ordinal after it joining its span. Run after the context pass,
/// which leaves these nouns uncoded.
pub(super) fn code<'a>(cx: &Cx<'a, '_>, matches: &[Match<'a>], out: &mut Vec<ActorSpan<'a>>) {
    static ORDS: OnceLock<KeySet> = OnceLock::new();
    static ONLY: OnceLock<KeySet> = OnceLock::new();
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let story = if names_someone(cx, &out[i]) { sentence_place(cx, matches, out[i].tok_start) } else { None };
        if story.is_none() {
            // With the article or another word (الفتاة، شعب فتي) these nouns are as often
            // anyone, a nickname or the adjective "young": uncoded, they go.
            let s = &out[i];
            let only = |t: usize| {
                let key = cx.keys[t].as_str();
                let bare = ["وال", "فال", "بال", "ال", "لل"].iter().find_map(|a| key.strip_prefix(a)).unwrap_or(key);
                word_classes::is_of(key, class::ONLY_AS_PARTICIPANT) || set(&ONLY, ONLY_AS_PARTICIPANT).contains(bare)
            };
            drop[i] = s.kind == Kind::Agent && s.actor.is_none() && (s.tok_start..s.tok_end).any(only);
            continue;
        }
        let Some((state, iso)) = story else { continue };
        let end = out[i].tok_end;
        let free = out.get(i + 1).is_none_or(|n| n.tok_start > end);
        let ordinal = free && cx.keys.get(end).is_some_and(|k| cx.punct_token(end).is_none() && set(&ORDS, ORDINALS).contains(k));
        let s = &mut out[i];
        if ordinal {
            s.tok_end += 1;
        }
        let role = s.role.take().unwrap_or(Cow::Borrowed("CVL"));
        code_from_story(cx.lex, s, (state, iso), role);
    }
    remove_marked(out, &drop);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    /// A story clearly about Egypt (named twice as a place).
    const EGYPT: &str = "قالت الشرطة في مصر إن الأمطار غمرت شوارع القاهرة في مصر. ";

    #[test]
    fn one_person_taking_part_is_the_story_s_civilian() {
        let ms = mentions(&format!("{EGYPT}وألقت الشرطة في الإسكندرية القبض على صبي بعد أن أصيبت امرأة ثالثة في الحادث."));
        assert_eq!(code(&ms, "صبي"), Some("EGYCVL"), "{ms:?}");
        assert_eq!(code(&ms, "امرأة ثالثة"), Some("EGYCVL"), "{ms:?}");
        let ms = mentions(&format!("{EGYPT}وقالت الوزارة في القاهرة إن فتى توفي متأثرا بجروحه، وإن المصابين بينهم فتاة في حالة حرجة."));
        assert_eq!(code(&ms, "فتى"), Some("EGYCVL"), "{ms:?}");
        assert_eq!(code(&ms, "فتاة"), Some("EGYCVL"), "{ms:?}");
        let ms = mentions(&format!("{EGYPT}وأثار المحافظ غضبا في مصر بقوله لطفلة إنها ستصبح طبيبة."));
        assert_eq!(code(&ms, "لطفلة"), Some("EGYCVL"), "{ms:?}");
        // A title in construct is no participant.
        let ms = mentions(&format!("{EGYPT}وأقيم في القاهرة حفل تكريم لسيدة الأعمال الراحلة."));
        assert!(ms.iter().all(|m| !m.text.contains("لسيدة") || m.actor.is_none()), "{ms:?}");
    }

    #[test]
    fn the_country_comes_from_the_sentence_not_the_story() {
        // The story is about Egypt, the sentence names no place: no country is guessed.
        let ms = mentions(&format!("{EGYPT}وأصيبت امرأة بجروح خطيرة في الحادث."));
        assert!(ms.iter().all(|m| !m.text.contains("امرأة") || m.actor.is_none()), "{ms:?}");
        // Two states named in the sentence: which one is hers is unknown.
        let ms = mentions(&format!("{EGYPT}وقتل فتى بعد عودته من القاهرة، بحسب مصادر طبية في غزة."));
        assert!(ms.iter().all(|m| !m.text.contains("فتى") || m.actor.is_none()), "{ms:?}");
    }

    #[test]
    fn anyone_predicates_adjectives_and_named_people_stay_uncoded() {
        let ms = mentions(&format!("{EGYPT}وقال إن كل طفل يستحق التعليم وإن أي امرأة تستحق العمل، وأصبحت أول امرأة تقود الفريق."));
        let ms = [ms, mentions(&format!("{EGYPT}وقال إن أفضل فتاة في الصف نجحت، واعتدى على امرأة تدعى منى عادل."))].concat();
        for m in &ms {
            let noun = ["طفلة", "امرأة", "فتاة"].iter().any(|w| m.text.contains(w));
            assert!(!noun || m.actor.is_none(), "{ms:?}");
            // A girl or boy who takes no part is no mention at all.
            assert!(!m.text.contains("فتاة"), "{ms:?}");
        }
    }
}
