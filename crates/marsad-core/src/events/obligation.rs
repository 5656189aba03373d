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
use marsad_lexicon::events::{EventWord, Tense};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// Quantifiers before an unnamed party (keys): على كلا الجانبين، جميع الأطراف.
const QUANTIFIERS: &[&str] = &["كلا", "كل", "جميع", "كافه"];

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
    let ev = input.lexicon.events();
    for k in s0..s1 {
        let key = input.keys[k].as_str();
        let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
        // The words start with ي or ع: most tokens are passed over on their first letter,
        // before any comparison of whole keys.
        if !matches!(bare.chars().next(), Some('ي' | 'ع')) {
            continue;
        }
        let must = bare.starts_with('ي') && ev.word(bare) == Some(EventWord::Obligation);
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
        let (recipients, how) = match obligation {
            Some((recipient, how)) => {
                // A named party that can be asked: not a thing with a nisba, not the
                // speaker; a state's, or a body's of states (على دول الخليج).
                let igo = recipient.actor.as_deref().is_some_and(|a| a.starts_with("IGO"));
                if recipient.thing || (recipient.country.is_none() && !igo) || recipient.tok_start == speaker.tok_start || recipient.actor == speaker.actor {
                    continue;
                }
                // The speaker's own country named bare is "we" (على ألمانيا أن تحافظ على
                // تقاليدها، said by a German minister): a resolve, not a demand of someone else.
                if recipient.role.is_none() && recipient.country == speaker.country {
                    continue;
                }
                (vec![recipient], how)
            }
            // The sides of a conflict, unnamed (يتعين على جميع الأطراف، على كلا الجانبين أن).
            None if !pronoun && unnamed_party(input, k, (on, s1)) => (Vec::new(), "unnamed-party"),
            None => continue,
        };
        let m = modality::of(input, s0, s1, k, Tense::Imperfect, false);
        out.push(EventSpan {
            kind: "REQUEST".into(),
            cameo: Some(CAMEO.into()),
            mode: None,
            actors: vec![speaker],
            recipients,
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

/// Is a duty laid at `k` on parties left unnamed: the word of obligation then على (or
/// ل: ينبغي لكلا الجانبين), or على opening the clause, then a quantifier or none, then a
/// word of `unnamed-party` (`event-words.tsv`), then أن or a verbal noun in إ?
fn unnamed_party(input: &Input, k: usize, (on, s1): (bool, usize)) -> bool {
    let ev = input.lexicon.events();
    let mut j = k + 1;
    let first = |j: usize| input.keys.get(j).filter(|_| j < s1).map(String::as_str);
    if !on {
        match first(j) {
            Some("علي") => j += 1,
            Some(w) if w.starts_with('ل') && w.chars().count() > 3 => {}
            _ => return false,
        }
    }
    let Some(w) = first(j) else { return false };
    // ينبغي لكلا، ينبغي للأطراف: the preposition on the first word.
    let w = if !on && j == k + 1 { w.strip_prefix('ل').map(|r| if r.starts_with('ل') { format!("ا{r}") } else { r.to_string() }).unwrap_or_default() } else { w.to_string() };
    let (party, next) = if QUANTIFIERS.contains(&w.as_str()) { (first(j + 1).unwrap_or("").to_string(), j + 2) } else { (w, j + 1) };
    // After a word of obligation the duty is laid whatever follows; على alone needs it.
    ev.word(&party) == Some(EventWord::UnnamedParty) && (!on || duty_follows(input, next, s1))
}

/// Does the duty itself follow at `j`: أن, or a verbal noun (`إعادة`، `الالتزام`،
/// `التوصل`: إ, or the article before the ا or ت of the derived verbs' nouns)?
fn duty_follows(input: &Input, j: usize, s1: usize) -> bool {
    if j >= s1 {
        return false;
    }
    let key = input.keys[j].as_str();
    key == "ان" || super::opens_with_hamza_below(input.tokens[j].text(input.text)) || ((key.starts_with("الت") || key.starts_with("الا")) && key.chars().count() > 5)
}

/// Does على at `k` open its clause, where it can only lay a duty (إن على، بأن على, an
/// opening quotation mark, a colon or a comma, or the sentence start before it), not follow a verb it completes
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
    opening_mark || matches!(mark.text(input.text), ":" | "،" | ",") || matches!(input.keys[k - 1].as_str(), "ان" | "بان" | "لان" | "وان")
}

/// Who must act, for على opening a clause at `k`: the party right after it, then أن or a
/// verbal noun in إ (`إن على تركيا أن تفرج`، `على السلطات إعادة`). Anything else after
/// the party is a place or a topic (إن على الطاولة خيارات).
fn obliged_by_on(input: &Input, ctx: &Context, k: usize, s1: usize) -> Option<(Arg, &'static str)> {
    let m = args::first_mention(ctx, input, k + 1, (k + 2).min(s1))?;
    let after = input.mentions[m].tok_end;
    duty_follows(input, after, s1).then(|| (Arg::from_mention(&input.mentions[m], input.home), "on-clause"))
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

    #[test]
    fn a_duty_laid_on_unnamed_sides_is_a_demand_with_no_recipient() {
        let t = "وقال وزير الخارجية الفرنسي إنه يتعين على جميع الأطراف الالتزام بوقف إطلاق النار.";
        assert!(requests(t).contains(&(Some("FRA".into()), None)), "{:?}", events(t));
        let t = "وقال وزير الخارجية الفرنسي \"على كلا الجانبين أن يعودا إلى طاولة المفاوضات\".";
        assert!(requests(t).contains(&(Some("FRA".into()), None)), "{:?}", events(t));
        // A side named as a place (على الجانبين من الحدود) lays no duty.
        let t = "وقال وزير الخارجية الفرنسي إن على الجانبين من الحدود قوات كثيرة.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn a_duty_laid_on_a_body_of_states_is_a_demand() {
        let t = "وقال وزير الخارجية الأمريكي إن على الاتحاد الأوروبي أن يفرض عقوبات جديدة.";
        let igo = |e: &crate::Event| e.recipients.iter().any(|p| p.actor.as_deref().is_some_and(|a| a.starts_with("IGO")));
        assert!(events(t).iter().any(|e| e.kind == "REQUEST" && igo(e)), "{:?}", events(t));
    }
}
