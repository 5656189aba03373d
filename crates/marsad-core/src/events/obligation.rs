//! Demands told as an obligation: a speaker says a named party must do something (`يجب
//! على الصين أن توقف`، `روسيا يجب أن تقدم أجوبة`، `ينبغي أن تعلم الولايات المتحدة`). The
//! label guide and CAMEO (10, "make demand") read these as the speaker's REQUEST to that
//! party. Only inside a quotation, direct or reported, whose speaker is known: an
//! obligation in the writer's own words (`يجب أن تشمل سيرتك الذاتية`) is advice, a
//! first person (`يجب أن نعمل`) names no one else, and `كان ينبغي` ("should have") is
//! no demand. On the shared corpus it makes about 240 events.

use super::args::{self, Arg, Context};
use super::{modality, EventSpan, Input};
use marsad_lexicon::events::Tense;
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// The words of obligation (keys, without و ف).
const MUST: &[&str] = &["يجب", "ينبغي"];

/// CAMEO 100: make a demand, not specified.
const CAMEO: &str = "100";

/// The REQUEST events of obligations in a sentence (tokens `s0..s1`).
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>) {
    for k in s0..s1 {
        let key = input.keys[k].as_str();
        let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
        // (Both words start with ي: most tokens are passed over on their first letter.)
        if !bare.starts_with('ي') || !MUST.contains(&bare) || ctx.in_mention(k) {
            continue;
        }
        // كان ينبغي أن: "should have", a reproach or a plan gone by, not a demand.
        if k > s0 && matches!(input.keys[k - 1].as_str(), "كان" | "وكان" | "لكان") {
            continue;
        }
        let Some(q) = ctx.quote_at(input.tokens[k].start) else { continue };
        let Some(speaker) = input.quotes[q].speaker.as_ref().map(Arg::from_speaker) else { continue };
        let Some((recipient, how)) = obliged(input, ctx, k, (s0, s1)) else { continue };
        // A named party that can be asked: not a thing with a nisba, not the speaker.
        if recipient.thing || recipient.country.is_none() || recipient.tok_start == speaker.tok_start || recipient.actor == speaker.actor {
            continue;
        }
        let m = modality::of(input, s0, s1, k, Tense::Imperfect, false);
        out.push(EventSpan {
            kind: "REQUEST".into(),
            cameo: Some(CAMEO.into()),
            mode: None,
            actors: vec![speaker],
            recipients: vec![recipient],
            negated: m.negated,
            modality: m.modality,
            claimed_by: Some(q),
            sentence: sent,
            trigger: (k, (k + 2).min(s1)),
            confidence: 0.55,
            rule: format!("obligation:{bare}+speaker+{how}"),
            ghost: false,
        });
    }
}

/// Who must act, for the obligation word at `k`: the mention after على (`يجب على
/// الصين`), the subject of the verb after أن (`يجب أن تعلم الولايات المتحدة`), or the
/// topic right before the word (`روسيا يجب أن`).
fn obliged(input: &Input, ctx: &Context, k: usize, (s0, s1): (usize, usize)) -> Option<(Arg, &'static str)> {
    let party = |m: usize| Arg::from_mention(&input.mentions[m], input.home);
    let next = |j: usize| (j < s1).then(|| input.keys[j].as_str());
    match next(k + 1) {
        Some("علي") => return args::first_mention(ctx, input, k + 2, (k + 3).min(s1)).map(|m| (party(m), "on")),
        Some("ان") if k + 3 < s1 && input.tokens[k + 2].kind == TokenKind::Arabic && !ctx.in_mention(k + 2) => {
            if let Some(m) = args::first_mention(ctx, input, k + 3, (k + 4).min(s1)) {
                return Some((party(m), "subject"));
            }
        }
        _ => {}
    }
    // The topic: a mention ending right before the word, opening its clause (after إن،
    // أن، a quotation mark or a comma, or the sentence start).
    let m = input.mentions.partition_point(|m| m.tok_end < k);
    let mention = input.mentions.get(m).filter(|x| x.tok_end == k && x.tok_start >= s0 && !x.prepositional)?;
    let start = mention.tok_start;
    let opens = start == s0
        || input.tokens[start - 1].kind == TokenKind::Punct
        || matches!(input.keys[start - 1].as_str(), "ان" | "لان" | "بان" | "وان");
    opens.then(|| (party(m), "topic"))
}
