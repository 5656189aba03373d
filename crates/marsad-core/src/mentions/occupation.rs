//! `الاحتلال` alone: in Palestinian and Arab reporting "the occupation" is the occupier,
//! Israel (برصاص الاحتلال، قصفه الاحتلال، بين الاحتلال والفصائل), when the article is
//! about Israel and Palestine and the word is not the event (تحت الاحتلال، إنهاء الاحتلال)
//! nor another state's occupation (الاحتلال التركي، الاحتلال الفرنسي).

use super::extent::{is_one_of, set, KeySet};
use super::*;
use std::sync::OnceLock;

/// The keys of الاحتلال (الإحتلال folds to it) with و ف ب ل, and whether a preposition
/// is among the clitics.
pub(super) const OCCUPATION_FORMS: &[(&str, bool)] = &[
    ("الاحتلال", false), ("والاحتلال", false), ("فالاحتلال", false), ("بالاحتلال", true), ("وبالاحتلال", true),
    ("للاحتلال", true), ("وللاحتلال", true),
];

/// Words before الاحتلال that make it the event or its time, not the occupier: under,
/// ending, resisting, during, years of, the occupying power (القائمة بالاحتلال).
const EVENT_BEFORE: &[&str] = &[
    "تحت", "إنهاء", "انهاء", "إنهائه", "انتهاء", "ينتهي", "انتهى", "إبان", "خلال", "زمن", "عهد", "فترة", "حقبة", "سنوات", "سنة",
    "عام", "أعوام", "عقود", "أيام", "بداية", "نهاية", "بدء", "منذ", "قبل", "بعد", "مقاومة", "ضد", "زوال", "إزالة", "دحر", "ظل",
    "استمرار", "ذكرى", "دام", "تطبيع", "شرعنة", "يكرس", "تكريس", "القائمة", "قائمة", "عاما",
];

/// Adjectives after it that keep it Israel's: they join the mention.
const ISRAELI: &[&str] = &["الإسرائيلي", "الاسرائيلي", "الصهيوني"];

/// States whose actors make the article one about Israel and Palestine.
const OCCUPATION_STORIES: &[&str] = &["ISR", "PSE"];

/// `الاحتلال` alone, not inside another mention, is Israel (rule `occupier:ISR`) in an
/// article that has an actor or place of Israel or Palestine, unless a word before makes
/// it the event (تحت الاحتلال) or an adjective after names another occupier (الاحتلال
/// التركي: an adjective of ال…ي other than الإسرائيلي/الصهيوني).
pub(super) fn occupier<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let story = out.iter().any(|s| s.actor.as_deref().and_then(|a| a.get(..3)).is_some_and(|h| OCCUPATION_STORIES.contains(&h)));
    let Some(israel) = cx.lex.state("ISR").filter(|_| story) else { return };
    static EVENT: OnceLock<KeySet> = OnceLock::new();
    static OWN: OnceLock<KeySet> = OnceLock::new();
    let (event, own) = (set(&EVENT, EVENT_BEFORE), set(&OWN, ISRAELI));
    let mut added = Vec::new();
    let mut j = 0;
    for &t in &cx.cues {
        while j < out.len() && out[j].tok_end <= t {
            j += 1;
        }
        let Some(&(_, prepositional)) = OCCUPATION_FORMS.iter().find(|(form, _)| keys[t] == *form) else { continue };
        // (Also across من: عقود من الاحتلال، سنوات من الاحتلال.)
        let event_word = |u: usize| is_one_of(&keys[u], event);
        let after_event = t > 0 && event_word(t - 1) || t > 1 && keys[t - 1] == "من" && event_word(t - 2);
        if out.get(j).is_some_and(|s| s.tok_start <= t) || after_event {
            continue;
        }
        let next = keys.get(t + 1).map_or("", String::as_str);
        let israeli = !next.is_empty() && own.contains(next) && out.get(j).is_none_or(|s| s.tok_start > t + 1);
        let other_occupier = !israeli && next.starts_with("ال") && next.ends_with('ي') && !is_stop(next);
        if other_occupier {
            continue;
        }
        let end = if israeli { t + 2 } else { t + 1 };
        let mut span = ActorSpan::new(t, end, Kind::Metonym, "occupier:ISR".into());
        span.entity = Some(Cow::Borrowed(&israel.english));
        span.entity_id = Some(&israel.code);
        span.actor = Some(Cow::Borrowed(&israel.code));
        span.country = Some(Cow::Borrowed(&israel.iso3));
        span.prepositional = prepositional;
        added.push(span);
    }
    merge_by_start(out, added);
}
