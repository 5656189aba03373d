//! A request answered, ignored or refused (`تجاهلت تركيا دعوات من فرنسا`، `يستجيب إنستغرام
//! لطلب روسيا`، `رفضت إسرائيل طلب الأمم المتحدة`): the request noun names its maker, and
//! the one it was made of is the subject of the verb answering it. The verbs are the
//! `answering` rows of `event-words.tsv`.

use super::args::{self, Arg, Context};
use super::{EventSpan, Input};
use marsad_lexicon::events::EventList;
use marsad_text::normalize::key;
use marsad_text::token::TokenKind;

/// Give each request noun of a sentence (its events from `first_of_sentence` in `out`)
/// with a maker and no recipient, right after a verb answering it, that verb's subject as
/// the one asked (rule `+answered`).
pub fn find(input: &Input, ctx: &Context, s0: usize, out: &mut [EventSpan], first_of_sentence: usize) {
    for i in first_of_sentence..out.len() {
        let e = &out[i];
        if e.kind != "REQUEST" || !e.rule.starts_with("noun:") || e.actors.is_empty() || !e.recipients.is_empty() {
            continue;
        }
        let Some(verb) = answering_verb(input, ctx, e.trigger.0, s0) else { continue };
        // The verb's own event (رفض: a REJECT) knows its subject best.
        let own = out[first_of_sentence..].iter().find(|o| o.trigger.0 == verb && !o.actors.is_empty()).map(|o| o.actors[0].clone());
        let Some(asked) = own.or_else(|| subject(input, ctx, verb, e.trigger.0, s0)) else { continue };
        let e = &mut out[i];
        if asked.country.is_none() || e.actors.iter().any(|a| a.tok_start == asked.tok_start || a.country == asked.country && a.actor == asked.actor) {
            continue;
        }
        e.recipients = vec![asked];
        e.rule.push_str("+answered");
    }
}

/// The answering verb before the noun at `noun`: right before it, or with `مع، على` or its
/// subject's mention (and then those) between, no punctuation.
fn answering_verb(input: &Input, ctx: &Context, noun: usize, s0: usize) -> Option<usize> {
    let mut k = noun.checked_sub(1).filter(|&k| k >= s0)?;
    if matches!(input.keys[k].as_str(), "مع" | "علي" | "على") {
        k = k.checked_sub(1).filter(|&k| k >= s0)?;
    }
    if let Some(m) = ctx.mention_of(k) {
        k = input.mentions[m].tok_start.checked_sub(1).filter(|&k| k >= s0)?;
    }
    if input.tokens[k].kind == TokenKind::Punct || ctx.in_mention(k) {
        return None;
    }
    answers(input, k).then_some(k)
}

/// Is the word at `k` (و or ف seen through) an `answering` verb?
fn answers(input: &Input, k: usize) -> bool {
    let ev = input.lexicon.events();
    let word = input.keys[k].as_str();
    ev.in_list(EventList::Answering, word) || word.strip_prefix(['و', 'ف']).is_some_and(|w| ev.in_list(EventList::Answering, w))
}

/// The verb's subject: the coded party right after it (before the noun: `تجاهلت تركيا
/// دعوات`), else the one ending right before it that opens its clause (`إنستغرام يستجيب`:
/// sentence start, punctuation or a complementizer before it).
fn subject(input: &Input, ctx: &Context, verb: usize, noun: usize, s0: usize) -> Option<Arg> {
    if let Some(m) = args::mention_starting(ctx, input, verb + 1).filter(|&m| input.mentions[m].tok_end <= noun) {
        return Some(Arg::from_mention(&input.mentions[m], input.home));
    }
    let m = ctx.mention_of(verb.checked_sub(1).filter(|&k| k >= s0)?)?;
    let mention = &input.mentions[m];
    let opens = mention.tok_start == s0 || {
        let b = mention.tok_start - 1;
        input.tokens[b].kind == TokenKind::Punct || [key("أن"), key("إن"), key("بأن")].contains(&input.keys[b])
    };
    opens.then(|| Arg::from_mention(mention, input.home))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn the_one_who_answers_a_request_was_asked() {
        let text = "وتجاهلت تركيا دعوات من فرنسا لهدنة في عفرين.";
        assert!(sides(text, "REQUEST").contains(&pair("FRA", "TUR")), "{:?}", sides(text, "REQUEST"));
        let text = "وقالت الوزارة إن إيطاليا استجابت لطلب فرنسا.";
        assert!(sides(text, "REQUEST").contains(&pair("FRA", "ITA")), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn a_request_with_no_answering_verb_keeps_its_empty_side() {
        // (A party before a verb of another sense is no one asked.)
        let text = "وقالت إيطاليا إنها درست طلب فرنسا.";
        assert!(!sides(text, "REQUEST").contains(&pair("FRA", "ITA")), "{:?}", sides(text, "REQUEST"));
        // (A subject governed by a preposition does not open its clause.)
        let text = "وأرسلت الوثائق إلى إيطاليا وتجاهل طلب فرنسا.";
        assert!(!sides(text, "REQUEST").contains(&pair("FRA", "ITA")), "{:?}", sides(text, "REQUEST"));
    }
}
