//! A contact or act received: `تلقى` ("received") + an event noun + `من` (`تلقى الرئيس
//! المصري اتصالا هاتفيا من نظيره الأمريكي`، `تلقى ماكغان مكالمة هاتفية من صديقة بورتر`،
//! `تلقت الحكومة دعوة من الأمم المتحدة`). The one after `من` makes the call, the
//! invitation or the threat; the verb's subject receives it: the noun's recipient, not
//! its actor (the noun alone takes the `من`-party for its recipient or agent).

use super::args::{self, Arg, Context};
use super::{received_aid, EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// The verb's forms (keys), after و، ف and the future سـ.
const RECEIVED: &[&str] = &["تلقي", "تلقت", "تلقوا", "تلقيا", "تلقتا", "يتلقي", "تتلقي", "يتلقون", "يتلقيان", "تتلقيان"];
/// How many words (not in mentions) may stand between the verb and its noun (a time:
/// `تلقى الرئيس مساء الأحد اتصالا`).
const NOUN_WINDOW: usize = 3;
/// How many words (an adjective: `اتصالا هاتفيا`) may stand between the noun and `من`.
const FROM_WINDOW: usize = 2;

pub(super) fn is_received(key: &str) -> bool {
    RECEIVED.contains(&bare_verb(key))
}

/// A verb's key without its conjunction (و، ف) and its future prefix (سيتلقى، ستحصل).
pub(super) fn bare_verb(key: &str) -> &str {
    let k = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    k.strip_prefix('س').filter(|r| r.starts_with('ي') || r.starts_with('ت')).unwrap_or(k)
}

/// Make the event noun after `تلقى` in a sentence (tokens `s0..s1`, its events from
/// `first_of_sentence` in `out`) the `من`-party's act on the verb's subject.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut [EventSpan], first_of_sentence: usize) {
    if !input.text.get(sent.0..sent.1).is_some_and(|t| t.contains("تلق")) {
        return;
    }
    for k in s0..s1 {
        if ctx.in_mention(k) || !is_received(&input.keys[k]) {
            continue;
        }
        let Some(e) = noun_event_after(input, ctx, k, s1, &mut out[first_of_sentence..]) else { continue };
        // (Aid and backing received were read so already: `events/received_aid.rs`.)
        if e.rule.contains(received_aid::RULE) {
            continue;
        }
        let Some(sender) = sender_after(input, ctx, e.trigger.1, s1) else { continue };
        let Some(receiver) = args::subject_beside_verb(ctx, input, k, e.trigger.0, s0) else { continue };
        if sender.tok_start == receiver.tok_start {
            continue;
        }
        e.actors = vec![sender];
        e.recipients = vec![receiver];
        e.rule.push_str("+received");
    }
}

/// The event a noun makes right after the verb at `k`, past its subject and a few other
/// words, not past punctuation.
fn noun_event_after<'e>(input: &Input, ctx: &Context, k: usize, s1: usize, events: &'e mut [EventSpan]) -> Option<&'e mut EventSpan> {
    let i = args::words_after_verb(input, ctx, k, s1, NOUN_WINDOW).find_map(|j| events.iter().position(|e| e.trigger.0 == j))?;
    events[i].rule.starts_with("noun:").then(move || &mut events[i])
}

/// The party after `من` a word or two after the noun ending at `end` (`من نظيره`، `من قبل`).
pub(super) fn sender_after(input: &Input, ctx: &Context, end: usize, s1: usize) -> Option<Arg> {
    let from = (end..(end + FROM_WINDOW + 1).min(s1)).find(|&j| input.keys[j] == "من")?;
    if (end..from).any(|j| ctx.in_mention(j) || input.tokens[j].kind != TokenKind::Arabic) {
        return None;
    }
    let at = if matches!(input.keys.get(from + 1).map(String::as_str), Some("قبل" | "جانب")) { from + 2 } else { from + 1 };
    args::first_mention(ctx, input, at, (at + 1).min(s1)).map(|m| Arg::from_mention(&input.mentions[m], input.home))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn the_caller_acts_on_the_one_who_receives_the_call() {
        let text = "وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب.";
        assert_eq!(sides(text, "CONSULT"), vec![pair("USA", "EGY")]);
    }

    #[test]
    fn a_contact_with_no_sender_named_keeps_its_own_reading() {
        // (No من: the noun's own parties stay.)
        let text = "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب.";
        assert_eq!(sides(text, "CONSULT"), vec![pair("EGY", "USA")]);
    }
}
