//! The doer of an attack named in a clause after the noun, by a verb of carrying out with
//! the noun's pronoun on it (غارة جوية شنتها إسرائيل، هجوم نفذته حركة طالبان، الهجمات
//! الانتحارية التي تبناها التنظيم، عملية ينفذها الجيش). An indefinite noun's relative clause
//! has no relative pronoun, and adjectives may stand between, so the relative-clause reader
//! (`args::relative_subject`, right after الذي/التي) misses most of these. The verbs are few
//! and say only who did the deed, so the mention right after them is its doer.

use super::args::{is_trigger, mention_starting, Context, TIME_WORDS};
use super::Input;
use marsad_text::token::TokenKind;

/// Stems (keys, without the pronoun) of the verbs of carrying out an attack: نفذ، شن،
/// تبنى، ارتكب, past and present, singular and plural.
const DOING_STEMS: &[&str] = &[
    "نفذ", "نفذت", "نفذو", "ينفذ", "تنفذ", "شن", "شنت", "شنو", "يشن", "تشن", "تبنا", "تبنت", "تبنو", "يتبنا", "تتبنا",
    "ارتكب", "ارتكبت", "ارتكبو", "يرتكب", "ترتكب",
];

/// Words that may stand between the noun and the verb: adjectives and the relative pronoun.
const BETWEEN: usize = 3;

/// Is the key a verb of carrying out with a pronoun for its object (شنتها، نفذه)?
fn doing_verb(key: &str) -> bool {
    let stem = key.strip_prefix('و').unwrap_or(key);
    stem.strip_suffix("ها").or_else(|| stem.strip_suffix('ه')).is_some_and(|s| DOING_STEMS.contains(&s))
}

/// The mention that did the deed of the attack or coercion noun (`event`) ending before
/// token `end`: after at most [`BETWEEN`] plain words (adjectives, الذي/التي; no other event
/// word, whose deed it would be: المواجهات قصف جوي شنته), a verb of carrying out with its
/// pronoun, maybe a time word, then the doer (not after a preposition: شنتها على غزة names
/// the target).
pub(super) fn doer(ctx: &Context, input: &Input, event: Option<&str>, end: usize, s1: usize) -> Option<usize> {
    if !matches!(event, Some("ASSAULT" | "COERCE")) {
        return None;
    }
    let hi = (end + BETWEEN + 1).min(s1);
    let plain = |k: usize| input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k);
    let verb = (end..hi).find(|&k| !plain(k) || doing_verb(&input.keys[k]) || is_trigger(input, k)).filter(|&k| plain(k) && doing_verb(&input.keys[k]))?;
    let mut at = verb + 1;
    while at < s1 && TIME_WORDS.contains(&input.keys[at].as_str()) {
        at += 1;
    }
    (at < s1).then(|| mention_starting(ctx, input, at)).flatten().filter(|&m| !input.mentions[m].prepositional)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, has};

    #[test]
    fn a_strike_names_its_doer_after_a_verb_of_carrying_out() {
        let t = "وقتل عشرة أشخاص في غارة جوية شنتها إسرائيل على غزة.";
        assert!(has(t, "ASSAULT", "ISR", "PSE"), "{:?}", events(t));
        let t = "وتبنى الهجوم الانتحاري الذي نفذته حركة طالبان الخميس على قاعدة للجيش.";
        assert!(events(t).iter().any(|e| e.actors.iter().any(|a| a.country.as_deref() == Some("AFG"))), "{:?}", events(t));
    }

    #[test]
    fn another_event_word_between_keeps_the_doer_to_itself() {
        // The shelling was carried out by the coalition, not the clashes.
        let t = "وتخللت المواجهات قصف جوي شنته مقاتلات التحالف على مواقع المسلحين.";
        assert!(!events(t).iter().any(|e| e.trigger.text.contains("المواجهات") && !e.actors.is_empty()), "{:?}", events(t));
    }

    #[test]
    fn a_place_that_saw_the_attack_is_no_doer() {
        // شهد is no verb of carrying out: Kabul saw the attack.
        let t = "وقتل عشرة أشخاص في هجوم انتحاري شهدته كابول الخميس.";
        assert!(events(t).iter().all(|e| e.actors.is_empty()), "{:?}", events(t));
    }
}
