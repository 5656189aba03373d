//! A phone call told as the manner of another verb: `أبلغ بوتين نتنياهو عبر الهاتف`،
//! `هنأ ترمب أردوغان في اتصال هاتفي`، `واتفق بوتين وأردوغان، في اتصال هاتفي، على`،
//! `وأبلغت باول الرئيس ترامب هاتفيا`. The call noun then has no support verb and no
//! `مع` of its own, or its verb (أثنى، هنأ) took it as its own content, so no CONSULT was
//! read: the call is one between the clause's parties, its first party calling the others
//! (or the party after a `مع` right after the marker, `وأثنى في اتصال هاتفي مع روحاني`).
//! A `مع`-party right after the marker is the one called (`خلال محادثتين عبر الهاتف
//! أجراهما مع الرئيس الفلسطيني`: not the parties of the clause's own complement), and the
//! clause's parties stop at its first complement (`اتفق ترامب وميركل على تطبيق قرار مجلس
//! الأمن … في اتصال هاتفي`). A call with no second party named (قال المسؤول في اتصال
//! هاتفي: the reporter's) is none, a call with the press only is an interview
//! (`interview.rs`), and a press conference by phone or a poll by a news outlet (`في مؤتمر
//! صحفي عبر الهاتف`، `استطلعت بي بي سي آراء 20 شخصا عبر الهاتف`) no call between parties.

use super::args::{bare, is_preposition, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// The rule part of such a call.
const RULE: &str = "phone-manner";
/// Prepositions that make a call noun the manner of a clause (keys, after a conjunction).
const FRAME: &[&str] = &["في", "خلال", "اثناء"];
/// Call nouns (keys) and the adjective that makes them a phone call.
const CALL_NOUNS: &[&str] = &["اتصال", "مكالمه"];
const PHONE_ADJECTIVES: &[&str] = &["هاتفي", "هاتفيه"];
/// The adverb "by phone" (key, its tanween dropped).
const BY_PHONE: &str = "هاتفيا";
/// Words that open a reported clause: the call's parties stand after them.
const CLAUSE_OPENERS: &[&str] = &["ان", "انه", "انها", "بان", "بانه", "بانها", "لان", "لكن", "لكنه", "لكنها", "ولكن"];
/// Prepositions that open a verb's complement (keys): the clause's parties stand before it.
const COMPLEMENT: &[&str] = &["علي", "عن", "حول", "بشان"];
/// A press conference (key): a call to reporters, not between parties.
const CONFERENCE: &str = "مؤتمر";
/// The role of news media: a poll or a conference they hold is no call.
const MEDIA: &str = "MED";
/// How many words (a day, a time) may stand between the marker and a `مع` naming the one
/// called (`في اتصال هاتفي مساء الخميس مع`).
const WITH_WINDOW: usize = 4;

/// Add the phone calls of a sentence (tokens `s0..s1`, its events from `first` in `out`).
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>, first: usize) {
    if !input.text.get(sent.0..sent.1).is_some_and(|t| t.contains("هاتف")) {
        return;
    }
    for k in s0..s1 {
        let Some((at, end)) = marker(input, k, s0, s1) else { continue };
        let clause = clause_start(input, at, s0);
        // A call the sentence already reads (its noun with مع, a verb of calling or
        // talking in the clause) is not read twice.
        if out[first..].iter().any(|e| e.kind == "CONSULT" && e.trigger.1 > clause && e.trigger.0 < end) {
            continue;
        }
        if (at.saturating_sub(2).max(clause)..at).any(|j| bare(&input.keys[j]) == CONFERENCE) {
            continue;
        }
        let mut parties = clause_parties(ctx, input, clause, at);
        if parties.is_empty() {
            // A dropped subject: the actors of the clause's own event (وأثنى في اتصال …).
            if let Some(e) = out[first..].iter().rev().find(|e| e.trigger.0 >= clause && e.trigger.0 < at && !e.actors.is_empty()) {
                parties.extend(e.actors.iter().cloned());
                parties.extend(e.recipients.iter().cloned());
            }
        }
        let Some(actor) = parties.first().cloned() else { continue };
        if actor.role.as_deref() == Some(MEDIA) {
            continue;
        }
        // The one called after مع, else the clause's other parties: not the caller again
        // (an apposition, الوزير، مايك بومبيو), nor a place of the caller's own country
        // beside a party of another (دعا بوتن لزيارة واشنطن).
        let called = match party_with(ctx, input, end, s1) {
            Some(p) => vec![p],
            None => parties.into_iter().skip(1).collect(),
        };
        let mut recipients: Vec<Arg> = called.into_iter().filter(|p| p.tok_start != actor.tok_start && p.actor != actor.actor).collect();
        if recipients.iter().any(|p| p.country != actor.country) {
            recipients.retain(|p| p.country != actor.country);
        }
        if recipients.is_empty() {
            continue;
        }
        let rule = format!("{RULE}:{}", input.tokens[at].text(input.text));
        out.push(EventSpan::told(input, ctx, ("CONSULT", "041", Some("phone")), (vec![actor], recipients), (sent, (at, end)), rule));
    }
}

/// The phone marker at token `k`: `عبر الهاتف`، `هاتفيا` (not the adjective of a call
/// noun: `اتصالا هاتفيا` is read by the noun's row), or a call noun with its adjective
/// after في/خلال; its token range.
fn marker(input: &Input, k: usize, s0: usize, s1: usize) -> Option<(usize, usize)> {
    let key = input.keys[k].as_str();
    if key == BY_PHONE {
        let after_noun = k > s0 && CALL_NOUNS.iter().any(|n| bare(&input.keys[k - 1]).starts_with(n));
        return (!after_noun).then_some((k, k + 1));
    }
    if bare(key) == "عبر" && k + 1 < s1 && input.keys[k + 1] == "الهاتف" {
        return Some((k, k + 2));
    }
    let framed = FRAME.contains(&bare(key)) && k + 2 < s1;
    (framed && CALL_NOUNS.contains(&input.keys[k + 1].as_str()) && PHONE_ADJECTIVES.contains(&input.keys[k + 2].as_str())).then_some((k + 1, k + 3))
}

/// Where the clause holding the marker at `at` begins: after the last complementizer,
/// full stop or quotation mark before it (a comma may set off a subject: `واتفق بوتين
/// وأردوغان، في اتصال`).
fn clause_start(input: &Input, at: usize, s0: usize) -> usize {
    (s0..at)
        .rev()
        .find(|&j| {
            let t = &input.tokens[j];
            CLAUSE_OPENERS.contains(&input.keys[j].as_str()) || t.kind == TokenKind::Punct && !matches!(t.text(input.text), "،" | ",")
        })
        .map_or(s0, |j| j + 1)
}

/// The coded parties of the clause before the marker that no preposition governs: the
/// verb's subject and object, or the sides of a compound subject, in text order.
fn clause_parties(ctx: &Context, input: &Input, from: usize, to: usize) -> Vec<Arg> {
    let to = (from..to).find(|&j| COMPLEMENT.contains(&bare(&input.keys[j]))).unwrap_or(to);
    let lo = input.mentions.partition_point(|m| m.tok_start < from);
    input.mentions[lo..]
        .iter()
        .take_while(|m| m.tok_end <= to)
        .filter(|m| m.country.is_some() && !m.prepositional && !(m.tok_start > from && is_preposition(&input.keys[m.tok_start - 1])))
        .filter(|m| ctx.mention_of(m.tok_start).is_some())
        .map(|m| Arg::from_mention(m, input.home))
        .filter(|a| !a.thing)
        .collect()
}

/// The coded party right after a `مع` a few words after the marker ending at `end`.
fn party_with(ctx: &Context, input: &Input, end: usize, s1: usize) -> Option<Arg> {
    let with = (end..(end + WITH_WINDOW + 1).min(s1)).take_while(|&j| !ctx.in_mention(j)).find(|&j| input.keys[j] == "مع")?;
    let m = ctx.mention_of(with + 1)?;
    let m = &input.mentions[m];
    (m.tok_start == with + 1 && m.country.is_some()).then(|| Arg::from_mention(m, input.home))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, has};

    #[test]
    fn a_verb_told_over_the_phone_is_a_call_between_its_parties() {
        assert!(has("وقال المتحدث إن بوتين أبلغ رئيس الوزراء الإسرائيلي بنيامين نتنياهو عبر الهاتف أن الصواريخ ستصل.", "CONSULT", "RUS", "ISR"));
        assert!(has("وأبلغ الرئيس الفرنسي نظيره الأميركي في اتصال هاتفي ليل الخميس بأن القرار خاطئ.", "CONSULT", "FRA", "USA"));
        assert!(has("وأكد مكتب الرئيس أن ترامب هنأ أردوغان هاتفيا بفوزه في الانتخابات.", "CONSULT", "USA", "TUR"));
    }

    #[test]
    fn the_sides_of_a_compound_subject_call_each_other() {
        assert!(has("واتفق بوتين وأردوغان، في اتصال هاتفي مساء الأحد، على مواصلة التنسيق.", "CONSULT", "RUS", "TUR"));
    }

    #[test]
    fn a_call_with_one_party_named_is_none() {
        assert_eq!(count("وقال المسؤول الروسي في اتصال هاتفي إن الوضع هادئ.", "CONSULT"), 0);
        assert_eq!(count("وأوضح الوزير المصري هاتفيا أن الاجتماع تأجل.", "CONSULT"), 0);
    }

    #[test]
    fn the_one_called_after_with_outweighs_the_clauses_other_parties() {
        let t = "وأدان الرئيس التركي قصف القوات الروسية لمدينة إدلب، وذلك خلال محادثتين عبر الهاتف أجراهما مع الرئيس الإيراني.";
        assert!(has(t, "CONSULT", "TUR", "IRN"));
        assert!(!has(t, "CONSULT", "TUR", "RUS"));
        // The caller named twice is not the one called.
        let t = "وشكر وزير الخارجية الأمريكي، مايك بومبيو، الحكومة القطرية، وذلك خلال مكالمة هاتفية أجراها، الأحد، مع أمير قطر.";
        assert!(has(t, "CONSULT", "USA", "QAT"));
        assert!(!has(t, "CONSULT", "USA", "USA"));
    }

    #[test]
    fn a_complement_of_the_clause_names_no_one_called() {
        let t = "واتفق الرئيس الأمريكي والمستشارة الألمانية على ضرورة تطبيق قرار مجلس الأمن الدولي، وذلك في اتصال هاتفي.";
        assert!(has(t, "CONSULT", "USA", "DEU"));
        assert!(!has(t, "CONSULT", "USA", "IGOUNO"));
    }

    #[test]
    fn a_conference_or_a_poll_by_phone_is_no_call() {
        assert_eq!(count("وقال مسؤولون أميركيون وبريطانيون للصحفيين في مؤتمر عبر الهاتف إنهم سيصدرون تحذيرا.", "CONSULT"), 0);
        assert_eq!(count("واستطلعت هيئة الإذاعة البريطانية آراء مواطنين مصريين عبر الهاتف بشأن القانون.", "CONSULT"), 0);
    }

    #[test]
    fn a_call_read_already_is_not_read_twice() {
        assert_eq!(count("وأجرى الرئيس المصري اتصالا هاتفيا مع الرئيس الفرنسي.", "CONSULT"), 1);
        assert_eq!(count("وبحث الرئيس المصري مع الرئيس الفرنسي في اتصال هاتفي الوضع في ليبيا.", "CONSULT"), 1);
    }
}
