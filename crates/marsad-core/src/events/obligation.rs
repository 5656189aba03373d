//! Demands told as an obligation: a speaker says a named party must do something (`يجب
//! على الصين أن توقف`، `روسيا يجب أن تقدم أجوبة`، `ينبغي أن تعلم الولايات المتحدة`،
//! `يتعين على إيران أن`), or lays it on the party with على alone opening the clause
//! (`قال إن على تركيا أن تفرج`، `"على السلطات إعادة المواطنين"`) or on a state it
//! refers back to (`كندا ارتكبت خطأ وعليها تصحيحه`). The
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
const MUST: &[&str] = &["يجب", "ينبغي", "يتعين", "يتوجب"];

/// Roles of commentators (analysts, reporters, scholars, citizens): what they say a party
/// must do is an opinion, not a demand one party makes of another.
const COMMENTATORS: &[&str] = &["CVL", "MED", "EDU"];

/// Relative pronouns (keys): الاتفاق الذي يتوجب على إيران بموجبه … tells what a deal
/// binds a party to, no one's demand.
const RELATIVES: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"];

/// How far back (tokens, within the clause) the party a duty pronoun refers to may be.
const PRONOUN_BACK: usize = 8;

/// CAMEO 100: make a demand, not specified.
const CAMEO: &str = "100";

/// The REQUEST events of obligations in a sentence (tokens `s0..s1`).
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>) {
    for k in s0..s1 {
        let key = input.keys[k].as_str();
        let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
        // The words start with ي or ع: most tokens are passed over on their first letter,
        // before any comparison of whole keys.
        if !matches!(bare.chars().next(), Some('ي' | 'ع')) {
            continue;
        }
        let must = bare.starts_with('ي') && MUST.contains(&bare);
        let on = !must && bare == "علي" && opens_clause(input, k, s0);
        // وعليها، فعليها "and it must": the conjunction opens the clause.
        let pronoun = !must && bare != key && bare == "عليها";
        if !(must || on || pronoun) || ctx.in_mention(k) {
            continue;
        }
        // كان ينبغي أن: "should have", a reproach or a plan gone by, not a demand.
        if k > s0 && (matches!(input.keys[k - 1].as_str(), "كان" | "وكان" | "لكان") || RELATIVES.contains(&input.keys[k - 1].as_str())) {
            continue;
        }
        let Some(q) = ctx.quote_at(input.tokens[k].start) else { continue };
        let Some(speaker) = input.quotes[q].speaker.as_ref().map(Arg::from_speaker) else { continue };
        if speaker.role.as_deref().is_some_and(|r| COMMENTATORS.contains(&r)) {
            continue;
        }
        let obligation = if on {
            obliged_by_on(input, ctx, k, s1)
        } else if pronoun {
            obliged_by_pronoun(input, k, (s0, s1))
        } else {
            obliged(input, ctx, k, (s0, s1))
        };
        let Some((recipient, how)) = obligation else { continue };
        // A named party that can be asked: not a thing with a nisba, not the speaker.
        if recipient.thing || recipient.country.is_none() || recipient.tok_start == speaker.tok_start || recipient.actor == speaker.actor {
            continue;
        }
        // The speaker's own country named bare is "we" (على ألمانيا أن تحافظ على تقاليدها،
        // said by a German minister): a resolve, not a demand of someone else.
        if recipient.role.is_none() && recipient.country == speaker.country {
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

/// Does على at `k` open its clause, where it can only lay a duty (إن على، بأن على, an
/// opening quotation mark or the sentence start before it), not follow a verb it completes
/// (حصلت على، أكد على، كان على "had to") or a closing mark (ستفرض "عقوبة شديدة" على)?
fn opens_clause(input: &Input, k: usize, s0: usize) -> bool {
    if input.keys[k].starts_with('و') {
        return false;
    }
    if k == s0 {
        return true;
    }
    // An opening mark is written against the word it opens.
    let mark = &input.tokens[k - 1];
    let opening_mark = mark.end == input.tokens[k].start && matches!(mark.text(input.text), "\"" | "«");
    opening_mark || mark.text(input.text) == ":" || matches!(input.keys[k - 1].as_str(), "ان" | "بان" | "لان" | "وان")
}

/// Who must act, for على opening a clause at `k`: the party right after it, then أن or a
/// verbal noun in إ (`إن على تركيا أن تفرج`، `على السلطات إعادة`). Anything else after
/// the party is a place or a topic (إن على الطاولة خيارات).
fn obliged_by_on(input: &Input, ctx: &Context, k: usize, s1: usize) -> Option<(Arg, &'static str)> {
    let m = args::first_mention(ctx, input, k + 1, (k + 2).min(s1))?;
    let after = input.mentions[m].tok_end;
    let duty = after < s1 && (input.keys[after] == "ان" || super::opens_with_hamza_below(input.tokens[after].text(input.text)));
    duty.then(|| (Arg::from_mention(&input.mentions[m], input.home), "on-clause"))
}

/// Who must act, for وعليها at `k` before a word (كندا ارتكبت خطأ وعليها تصحيحه): the
/// nearest party before it in its clause, when that is a state or a body (the pronoun is
/// feminine, as states and bodies are), not a person nor a party after a preposition.
fn obliged_by_pronoun(input: &Input, k: usize, (s0, s1): (usize, usize)) -> Option<(Arg, &'static str)> {
    if k + 1 >= s1 || input.tokens[k + 1].kind != TokenKind::Arabic {
        return None;
    }
    let lo = k.saturating_sub(PRONOUN_BACK).max(s0);
    for j in (lo..k).rev() {
        if input.tokens[j].kind == TokenKind::Punct {
            return None;
        }
        let m = input.mentions.partition_point(|x| x.tok_end < j + 1);
        if let Some(mention) = input.mentions.get(m).filter(|x| x.tok_end == j + 1) {
            let party = Arg::from_mention(mention, input.home);
            return (!mention.prepositional && !party.person && party.country.is_some()).then_some((party, "pronoun"));
        }
    }
    None
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

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn requests(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "REQUEST")
    }

    #[test]
    fn a_duty_laid_with_ala_is_a_demand() {
        let t = "وقال وزير الخارجية الأمريكي إن على تركيا أن تفرج عن القس المحتجز لديها.";
        assert!(requests(t).contains(&(Some("USA".into()), Some("TUR".into()))), "{:?}", events(t));
        let t = "وقالت الخارجية الروسية إن على بريطانيا إعادة النظر في قرارها.";
        assert!(requests(t).contains(&(Some("RUS".into()), Some("GBR".into()))), "{:?}", events(t));
        // Nor does على after a closing quotation mark.
        let t = "وقال الرئيس الأمريكي إن بلاده ستفرض \"عقوبة شديدة\" على السعودية إذا ثبتت مسؤوليتها.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
        // A place after على lays no duty.
        let t = "وقال المسؤول الأمريكي إن على الطاولة خيارات عدة للتعامل مع إيران.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn no_demand_of_ones_own_country_nor_in_a_relative_clause() {
        let t = "وقال وزير الداخلية الألماني إن على ألمانيا أن تحافظ على تقاليدها.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
        let t = "وقال الرئيس الصيني إن الاتفاق الذي يتوجب على إيران بموجبه الحد من أنشطتها النووية مهم.";
        assert!(!requests(t).contains(&(Some("CHN".into()), Some("IRN".into()))), "{:?}", events(t));
    }

    #[test]
    fn a_duty_laid_on_a_state_by_its_pronoun_is_a_demand() {
        let t = "وقال وزير الخارجية الإيراني إن واشنطن أخطأت وعليها الاعتذار عن ذلك.";
        assert!(requests(t).contains(&(Some("IRN".into()), Some("USA".into()))), "{:?}", events(t));
    }

    #[test]
    fn yataayyan_is_a_word_of_obligation() {
        let t = "وقال رئيس الوزراء البريطاني إنه يتعين على روسيا أن تقدم تفسيرا لما حدث.";
        assert!(requests(t).contains(&(Some("GBR".into()), Some("RUS".into()))), "{:?}", events(t));
    }
}
