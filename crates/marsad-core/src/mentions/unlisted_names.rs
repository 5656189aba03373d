//! A role phrase for one person followed by a name whose given name no list knows
//! (وزير البيئة التنزاني جانيوري مكامبا، قائد الجيش الفلبيني سيريلتو سوبيجانا): the
//! unknown-name reader starts only at a listed given name, but right after a noun for one
//! person two or three words that are no word of Arabic — none the press writes with the
//! article or as a verb, none a dictionary knows — are that person's name. The role
//! phrase becomes the person, as it does before a listed name, and the family name alone
//! later refers back to it ([`super::add_surnames`]). Only a role the text codes (or one
//! in a story with no country) takes the name: the story's country is no guess for a
//! foreign name.

use super::org_names::is_common;
use super::{is_stop, is_verb_word, name_ends, name_the_role, story_country, ActorSpan, Cx, Kind};
use marsad_text::normalize::{has_chars, possessed_stems};

/// Most words of such a name.
const MOST_WORDS: usize = 3;

/// Function words the common-word list does not hold, which follow a role noun in a
/// clause (وحذر وزير الدفاع مما سماه، الباحث ثمة إمكانية، الشيخ تجاه ناديها).
const NOT_NAMES: &[&str] = &["ثمه", "مما", "عما", "بعدما", "تجاه", "بمجرد", "لكم", "لكن", "لكنه", "لكنها", "لكننا", "اثر", "جراء"];

/// Attached pronouns: a common word with one (ناديها، توليه، بإصابته، قواه) is no name.
const PRONOUNS: &[&str] = &["هما", "ها", "هم", "هن", "كم", "نا", "ه"];

/// Is `key` a common word with an attached pronoun (its ة written ت before it)?
fn with_pronoun(key: &str) -> bool {
    // (The ة reading of a stem has as many letters as the stem.)
    possessed_stems(key, PRONOUNS).any(|stem| has_chars(&stem, 2) && is_common(&stem))
}

/// The role noun فريق "lieutenant general" is also a team (فريق باير ليفركوزن): a proper
/// name after it names a club, not a person.
const TEAM: &[&str] = &["فريق", "الفريق", "لفريق", "للفريق", "وفريق", "والفريق", "بفريق"];

fn names_a_body(head: &str) -> bool {
    TEAM.contains(&head)
}

/// Can `key` be a word of a foreign name no list knows: a proper family name by its
/// shape ([`name_ends::proper_family_name`]), not a listed given name (the reader's),
/// no verb of the event or quote dictionaries, and no dictionary phrase's first word?
fn unlisted_name_word(cx: &Cx<'_, '_>, t: usize) -> bool {
    let key = cx.keys[t].as_str();
    name_ends::proper_family_name(key)
        && !is_stop(key)
        && !NOT_NAMES.contains(&key)
        && !with_pronoun(key)
        && !cx.first_names.contains(key)
        && !is_verb_word(cx, key)
        && cx.lex.longest_at(&cx.keys[t..=t], 0).is_none()
}

/// Names the role phrases for one person that an unlisted name follows.
pub(super) fn after_roles<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let keys = cx.keys;
    // Whether the story has a country to guess (looked up at the first candidate).
    let mut story_guesses: Option<bool> = None;
    for i in 0..out.len() {
        let s = &out[i];
        // (One branch for the fields, `&`: each alone went either way.)
        let open = (s.kind == Kind::Agent) & s.person_noun & s.entity.is_none() & s.name.is_none() & !s.needs_institution;
        let t = s.tok_end;
        if !open || t + 2 > keys.len() || names_a_body(&keys[s.tok_start]) || !unlisted_name_word(cx, t) {
            continue;
        }
        // The next mention ends the name.
        let next_start = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        let mut end = t + 1;
        while end < next_start.min(t + MOST_WORDS) && unlisted_name_word(cx, end) {
            end += 1;
        }
        // Two words at least, and the name must end where a sentence goes on: at
        // punctuation, a function word, the next mention, or a common or definite word.
        let bounded = end >= keys.len() || end == next_start || keys[end].is_empty() || is_stop(&keys[end]);
        let weakly_ended = !bounded && end < keys.len() && name_ends::no_name_after(&keys[end]);
        // The name takes the role phrase's code only when the text gives it (a nisba, a
        // genitive, its own body), not the story's guess (`+context`, now or later): a
        // foreign name is as often another country's (المراسلة كايتلان كولينز in a story
        // on Russia). After a bare role, a common word after the words is as often the
        // clause going on (الضابط متأثرا).
        let coded_by_text = s.actor.is_some() && !s.rule.contains("context");
        if !coded_by_text && (s.actor.is_some() || *story_guesses.get_or_insert_with(|| story_country(cx, out).is_some())) {
            continue;
        }
        // A known person's name right after goes on from these words (مستشار الرئيس
        // فوستان أرشانغ تواديرا is the president's name; مذيع CNN أندرسون كوبر is left
        // to the dictionaries: the known short name is read on its own).
        let person_after = out.get(i + 1).is_some_and(|n| n.tok_start == end && matches!(n.kind, Kind::Person | Kind::PersonShort));
        if end < t + 2 || person_after || !(bounded || weakly_ended && coded_by_text) {
            continue;
        }
        name_the_role(cx.lex, &mut out[i], keys, (t, end), None, false);
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_role_phrase_takes_a_name_whose_given_name_is_unlisted() {
        let ms = mentions("وقال وزير البيئة التنزاني جانيوري مكامبا، إن الحكومة ستحقق في الأمر.");
        assert!(code(&ms, "وزير البيئة التنزاني جانيوري مكامبا").is_some_and(|c| c.starts_with("TZAGOV")), "{ms:?}");
        // The family name alone later is this person.
        let ms = mentions("وذكر قائد الجيش الفلبيني سيريلتو سوبيجانا أن الجيش تقدم. وقال سوبيجانا إن القتال انتهى.");
        assert!(ms.iter().any(|m| m.text.ends_with("الفلبيني سيريلتو سوبيجانا")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "سوبيجانا" && m.rule.starts_with("surname")), "{ms:?}");
    }

    #[test]
    fn a_role_coded_only_by_the_story_names_no_unlisted_name() {
        // A bare role in a story on Russia: the journalist is not Russian for it.
        let ms = mentions("وقالت المراسلة كايتلان كولينز إن الكرملين رفض. وقال الرئيس الروسي إن روسيا لن ترد على روسيا.");
        assert!(ms.iter().all(|m| !m.text.ends_with("كايتلان كولينز")), "{ms:?}");
    }

    #[test]
    fn common_words_after_a_role_are_no_name() {
        // A verb, a common noun, a place: no name.
        let ms = mentions("وقال وزير الخارجية الأمريكي يجب وقف القتال في سوريا.");
        assert!(ms.iter().all(|m| !m.text.contains("يجب")), "{ms:?}");
        let ms = mentions("والتقى الرئيس الفرنسي رؤساء البلديات في باريس.");
        assert!(ms.iter().all(|m| !m.text.starts_with("الرئيس الفرنسي رؤساء")), "{ms:?}");
        // A clause going on after a bare role noun, a team: no name.
        let ms = mentions("وأصيب رئيس المباحث بطلق ناري وتوفي الضابط متأثرا بإصابته.");
        assert!(ms.iter().all(|m| !m.text.contains("متأثرا")), "{ms:?}");
        let ms = mentions("وانتقل اللاعب إلى فريق فليتوود تاون عام 2012.");
        assert!(ms.iter().all(|m| m.entity.as_deref() != Some("فليتوود تاون")), "{ms:?}");
        // A known person's name after the words is read as that person (مستشار الرئيس
        // فوستان أرشانغ تواديرا: the president's name goes on), not as an unlisted name.
        let ms = mentions("وقال مراسل CNN أندرسون كوبر، إن التقرير لا يبدو ممكنا.");
        assert!(ms.iter().all(|m| !m.rule.starts_with("unknown-name")), "{ms:?}");
        assert!(ms.iter().any(|m| m.entity.as_deref() == Some("Anderson Cooper")), "{ms:?}");
        // One word is no name.
        let ms = mentions("وقال المتحدث باسم الجيش الأمريكي إن القوات انسحبت.");
        assert!(ms.iter().all(|m| m.entity.as_deref() != Some("إن القوات")), "{ms:?}");
    }
}
