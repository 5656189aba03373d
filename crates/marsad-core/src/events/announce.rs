//! Announced measures: an event noun that is the object of أعلن "announced" (أعلنت الشرطة
//! الفرنسية اعتقال، أعلن المغرب عن قطع علاقاته مع إيران، أعلنت واشنطن عن عقوبات) is the
//! announcer's own act, so the announcing verb's subject is the noun's actor, as a
//! support verb's subject is its noun's.
//!
//! Not for attacks and killings: a ministry or an army announcing deaths (أعلنت وزارة
//! الصحة مقتل، أعلن الجيش عن هجوم على قاعدته) reports what others did; nor for protests,
//! whose protesters and target the protest rules read from the crowd and the place
//! (أعلن عمال الموانئ إضرابا في تونس). Nor when a
//! party right after the noun may be its own doer (أعلن الكرملين زيارة بوتين إلى تركيا):
//! only a noun whose genitive is its patient (اعتقال الناشط) or that has none takes the
//! announcer; nor a noun with لـ on it, the purpose or complement of another word
//! (أعلنت منح الحوثيين مهلة للانسحاب). When the announcer is not named but the noun names
//! a party of its own (الدول التي أعلنت عن طرد دبلوماسيين روس), the noun keeps its own
//! reading (`events.rs`). A support verb, an intent verb or a possessive pronoun already
//! names the actor their own way.

use super::args::{self, Context};
use super::Input;
use marsad_lexicon::events::{Slot, Trigger};
use marsad_text::token::TokenKind;

/// Words outside actor mentions that may stand between the announcing verb and the noun
/// (أعلنت وزارة الداخلية السعودية، السبت، عن إلقاء القبض).
const WORDS_BETWEEN: usize = 4;
/// Tokens at most, mentions included, between them.
const TOKENS_BETWEEN: usize = 20;

/// The forms of أعلن that take an object (perfect and imperfect, third person; with و ف).
pub(super) fn announces(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 4).unwrap_or(key);
    matches!(k, "اعلن" | "اعلنت" | "اعلنوا" | "اعلنا" | "اعلنتا" | "يعلن" | "تعلن" | "يعلنون" | "يعلنان" | "تعلنان" | "سيعلن" | "ستعلن")
}

/// Words across which the noun no longer is what was announced: a complement clause
/// (أعلنت الوزارة أن …) has a subject of its own.
fn clause_opener(key: &str) -> bool {
    matches!(key, "ان" | "بان" | "لان" | "انه" | "انها" | "بانه" | "بانها")
}

/// The token of an announcing verb that takes the event noun at `i` as its object, if
/// any: before it in the clause, with no punctuation between but commas around a time
/// word, and only parties, `عن` and a few other words between.
/// `end` is the token after the noun and its `then` words.
pub fn announcer_at(ctx: &Context, input: &Input, trigger: &Trigger, (i, end): (usize, usize), s0: usize) -> Option<usize> {
    if matches!(trigger.event.as_deref(), Some("ASSAULT" | "PROTEST")) {
        return None;
    }
    let lo = i.saturating_sub(TOKENS_BETWEEN).max(s0);
    let at = (lo..i).rev().find(|&k| !ctx.in_mention(k) && announces(&input.keys[k]))?;
    let words = (at + 1..i).filter(|&k| !ctx.in_mention(k) && input.tokens[k].kind != TokenKind::Punct).count();
    // (A noun after another preposition is where or when it was said: أعلن الوزير خلال
    // الاجتماع، أعلنت المنظمة قبل الاجتماع; عن introduces what was announced.)
    let blocks = |k: usize| !ctx.in_mention(k) && (clause_opener(&input.keys[k]) || args::is_preposition(&input.keys[k]) && input.keys[k] != "عن");
    if words > WORDS_BETWEEN || (at + 1..i).any(blocks) {
        return None;
    }
    // (The commas are looked for before the عن that opens what was announced, and a mark
    // inside a mention is part of its name: أعلنت #البحرين، السبت، عن إلقاء القبض.)
    let object_start = if i - 1 > at && !ctx.in_mention(i - 1) && input.keys[i - 1] == "عن" { i - 1 } else { i };
    let punct_outside = (at + 1..object_start).any(|k| !ctx.in_mention(k) && input.tokens[k].kind == TokenKind::Punct);
    if punct_outside && !args::time_set_off_between(ctx, input, at, object_start) {
        return None;
    }
    // A party right after the noun may be its doer (زيارة بوتين): only a noun whose
    // genitive is its patient keeps the announcer then.
    let genitive_patient = trigger.recipient.contains(&Slot::Object);
    let party_after = end < input.tokens.len() && ctx.in_mention(end);
    (genitive_patient || !party_after).then_some(at)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;
    use super::*;

    #[test]
    fn the_forms_of_announced_are_known_with_their_conjunctions() {
        for k in ["اعلن", "واعلنت", "فاعلن", "يعلن", "وتعلن", "ستعلن"] {
            assert!(announces(k), "{k}");
        }
        // (Not the noun إعلان, nor a word that only starts like the verb.)
        for k in ["اعلان", "الاعلان", "علن", "معلن"] {
            assert!(!announces(k), "{k}");
        }
    }

    #[test]
    fn a_time_set_off_by_commas_before_its_object_keeps_the_announcer() {
        let t = "أعلنت البحرين، السبت، عن إلقاء القبض على شخصين.";
        assert_eq!(sides(t, "COERCE"), vec![(Some("BHR".into()), Some("BHR".into()))]);
        // A clause with its own subject after the comma is no announcement of the noun.
        let t = "أعلنت البحرين، وقالت الشرطة عن إلقاء القبض على شخصين.";
        assert!(!sides(t, "COERCE").iter().any(|(a, _)| a.as_deref() == Some("BHR")), "{:?}", sides(t, "COERCE"));
    }

    #[test]
    fn the_announced_nouns_genitive_is_its_patient_before_a_later_party() {
        let t = "أعلنت وزارة الخارجية الروسية، السبت، عن طرد 23 دبلوماسيا بريطانيا من موسكو.";
        assert!(sides(t, "SANCTION").contains(&(Some("RUS".into()), Some("GBR".into()))), "{:?}", sides(t, "SANCTION"));
        assert!(!sides(t, "SANCTION").iter().any(|(_, r)| r.as_deref() == Some("RUS")), "{:?}", sides(t, "SANCTION"));
    }

    #[test]
    fn a_measure_named_by_a_phrase_is_imposed_by_its_declaring() {
        let t = "أعلنت الحكومة الإثيوبية حالة الطوارئ في البلاد.";
        assert_eq!(sides(t, "COERCE"), vec![(Some("ETH".into()), Some("ETH".into()))]);
        let t = "فرضت السلطات المصرية حالة الطوارئ في سيناء.";
        assert_eq!(sides(t, "COERCE"), vec![(Some("EGY".into()), Some("EGY".into()))]);
        // Lifted, it is a retreat; a state alone, or one spoken of, is none.
        assert_eq!(sides("رفعت السلطات التركية حالة الطوارئ بعد عامين.", "RETREAT").len(), 1);
        assert!(sides("وقال الوزير إن حالة الطوارئ تسمح للحكومة بالاعتقال.", "COERCE").is_empty());
        // A single light noun stays news of the act: أعلن اتفاقا is no agreement signed.
        assert!(sides("أعلنت الحكومة المصرية اتفاقا مع الأردن.", "AGREE").is_empty());
    }

    #[test]
    fn a_complement_clause_is_no_object() {
        assert!(clause_opener("ان") && clause_opener("بانها"));
        assert!(!clause_opener("عن"));
    }
}
