//! Whom sanctions target when the phrase after `على` names people or firms of no code
//! itself: `فرض عقوبات على اثنين من الوزراء في الحكومة التركية`، `على شبكة تمويل للحرس
//! الثوري الإيراني`، `على عدد من الشخصيات المقربة من الرئيس الروسي`. Sanctions (CAMEO 163)
//! say nothing without a target, so such an event was dropped; the phrase names the party
//! the targets belong to, and the sanctions are on that party's country. The first coded
//! party inside the phrase is taken, before a comma, a full stop or a reason (`بسبب`،
//! `لدورهم`) ends it. The phrase may open with `بحق` too (`فرضت الخزانة الأمريكية عقوبات
//! بحق خمسة مسؤولين إيرانيين`).

use super::args::{bare, Arg};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_text::token::TokenKind;

/// How far after the trigger `على` may stand (`فرض عقوبات اقتصادية جديدة على`).
const TO_ON: usize = 5;
/// How long the target phrase may run after `على`.
const PHRASE: usize = 10;

/// Words that end the target phrase: a reason, a purpose, an exception, a relative clause
/// or another clause follows.
const PHRASE_ENDS: &[&str] = &[
    "بسبب", "بتهمه", "بتهم", "لدورهم", "لدوره", "لدورها", "بعد", "عقب", "اثر", "منذ", "وذلك", "ردا", "كما", "باستثناء", "مستثنيا", "اضافه", "مثل", "بموجب",
    "بهدف", "ضمن", "التي", "الذي", "الذين",
];

/// The party the target phrase after the sanctions noun at token `noun` (its trigger ending
/// at `end`) belongs to. Not for a single penalty (`عقوبة بالسجن`), nor on `على خلفية`.
pub(super) fn target(input: &Input, noun: usize, end: usize, s1: usize) -> Option<Arg> {
    if bare(&input.keys[noun]).trim_start_matches("ال").starts_with("عقوبه") {
        return None;
    }
    let stop = |k: usize| input.tokens[k].kind == TokenKind::Punct;
    let on = (end..(end + TO_ON).min(s1)).take_while(|&k| !stop(k)).find(|&k| matches!(bare(&input.keys[k]), "علي" | "بحق"))?;
    if on + 1 < s1 && bare(&input.keys[on + 1]) == "خلفيه" {
        return None;
    }
    party_in_phrase(input, on + 1, PHRASE, s1, |_| true)
}

/// The first coded party in the phrase of up to `len` words from token `from`, before
/// punctuation or a word of [`PHRASE_ENDS`] ends it; not one after إلى (where goods go, the
/// importer: تعرفة على واردات الصلب إلى أميركا), and one `accept` takes. Shared with
/// `stance_target.rs`.
pub(super) fn party_in_phrase(input: &Input, from: usize, len: usize, s1: usize, accept: impl Fn(&ActorSpan) -> bool) -> Option<Arg> {
    let stop = |k: usize| input.tokens[k].kind == TokenKind::Punct || PHRASE_ENDS.contains(&bare(&input.keys[k]));
    let last = (from..(from + len).min(s1)).find(|&k| stop(k)).unwrap_or((from + len).min(s1));
    let first = input.mentions.partition_point(|m| m.tok_start < from);
    let to = |m: &&ActorSpan| m.tok_start > 0 && bare(&input.keys[m.tok_start - 1]) == "الي";
    input.mentions[first..]
        .iter()
        .take_while(|m| m.tok_end <= last)
        .find(|m| m.country.is_some() && !to(m) && accept(m))
        .map(|m| Arg::from_mention(m, input.home))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn target_of(t: &str) -> Option<String> {
        events(t).into_iter().find(|e| e.kind == "COERCE").and_then(|e| e.recipients.first().and_then(|r| r.country.clone()))
    }

    #[test]
    fn sanctions_on_people_of_a_party_target_its_country() {
        assert_eq!(target_of("فرضت الولايات المتحدة عقوبات على اثنين من الوزراء في الحكومة التركية.").as_deref(), Some("TUR"));
        assert_eq!(target_of("أعلنت واشنطن فرض عقوبات جديدة على شخصيات مقربة من الرئيس الروسي فلاديمير بوتين.").as_deref(), Some("RUS"));
    }

    #[test]
    fn sanctions_against_people_with_bihaqq_target_their_country() {
        assert_eq!(target_of("فرضت الخزانة الأمريكية عقوبات بحق خمسة مسؤولين إيرانيين قاموا بدعم جماعة الحوثي.").as_deref(), Some("IRN"));
    }

    #[test]
    fn a_party_past_the_phrase_is_no_target() {
        // The reason after بسبب names who was wronged, not who is sanctioned.
        assert_ne!(target_of("فرضت كندا عقوبات على مسؤولين بسبب اعتقال ناشطين في إيران.").as_deref(), Some("IRN"));
        // Nor does a party in a relative clause after the target, nor the sanctions' ground.
        assert_eq!(target_of("فرضت واشنطن عقوبات على الدول التي لا تلتزم بقرارات الأمم المتحدة."), None);
        assert_eq!(target_of("أعلنت واشنطن عقوبات على خلفية قضية تسميم العميل الروسي."), None);
    }
}
