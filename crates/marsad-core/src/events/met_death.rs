//! Deaths told with `لقي X مصرعه` ("X met his death") and the attack that caused them
//! (`لقي ثمانية متظاهرين مصرعهم برصاص القوات الإسرائيلية`، `لقي قيادي حوثي مصرعه في غارة
//! لتحالف دعم الشرعية`): X is the recipient of an ASSAULT by the owner of the bullets or
//! the strike. Without an attack word the death may be an accident (`لقي سائق قطار مصرعه
//! في تصادم`) and gives no event. No verb of the lexicon covers this idiom: `لقي` alone is
//! "met, found".

use super::args::{self, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// The verb's forms (keys: ى is read ي), with و or ف before them stripped.
const MET: &[&str] = &["لقي", "لقيت", "لقوا", "لقيا", "لقيتا"];
/// Weapons whose owner, named right after, is the attacker (برصاص الجيش).
const WEAPONS: &[&str] = &["برصاص", "بنيران", "برصاصه"];
/// How many words may stand between the verb and مصرع (the victim's name).
const VICTIM_SPAN: usize = 12;
/// How many words after مصرع the attack word may be (a time, a place, other casualties).
const CAUSE_WINDOW: usize = 7;

/// What killed: its CAMEO code and mode.
fn attack_word(key: &str) -> Option<(&'static str, Option<&'static str>)> {
    if WEAPONS.contains(&key) {
        return Some(("190", None));
    }
    let bare = key.strip_prefix('ب').filter(|r| r.chars().count() > 2).unwrap_or(key);
    match bare {
        "غاره" | "غارات" => Some(("195", Some("aerial"))),
        "قصف" => Some(("195", Some("heavy-weapons"))),
        _ => None,
    }
}

/// The ASSAULT events of `لقي … مصرعه` + an attack in a sentence (tokens `s0..s1`).
/// An event already made from the strike noun (غارة لتحالف) gets the victim instead.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>, first_of_sentence: usize) {
    // One substring search of the sentence is cheaper than a look at every token: few
    // sentences tell a death so.
    if !input.text.get(sent.0..sent.1).is_some_and(|t| t.contains("مصرع")) {
        return;
    }
    for k in s0..s1 {
        let key = input.keys[k].as_str();
        let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
        if !bare.starts_with("لق") || !MET.contains(&bare) || ctx.in_mention(k) {
            continue;
        }
        let hi = (k + 1 + VICTIM_SPAN).min(s1);
        let Some(death) = (k + 1..hi).find(|&j| input.keys[j].starts_with("مصرع")) else { continue };
        let Some((cause, (cameo, mode))) = cause_after(input, death, s1) else { continue };
        let party = |m: usize| Arg::from_mention(&input.mentions[m], input.home);
        // لقي شاب فلسطيني مصرعه: a victim the mentions do not name is known by a nisba.
        let victim = args::first_mention(ctx, input, k + 1, death)
            .map(party)
            .or_else(|| (k + 1..death).find_map(|j| if ctx.in_mention(j) { None } else { args::nisba_party(input, j) }));
        let attacker = owner_after(input, ctx, cause, s1).map(party);
        if victim.is_none() && attacker.is_none() {
            continue;
        }
        let Some(victim) = victim else {
            // The attacker alone: the strike noun's own event, if any, already says it.
            if out[first_of_sentence..].iter().any(|e| e.trigger.0 == cause) {
                continue;
            }
            push(input, ctx, sent, (k, cause), (attacker, None), (cameo, mode), out);
            continue;
        };
        if let Some(e) = out[first_of_sentence..].iter_mut().find(|e| e.trigger.0 == cause && e.kind == "ASSAULT") {
            if e.recipients.is_empty() {
                e.recipients.push(victim);
                e.rule.push_str("+met-death-victim");
            }
            continue;
        }
        push(input, ctx, sent, (k, cause), (attacker, Some(victim)), (cameo, mode), out);
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    input: &Input,
    ctx: &Context,
    sent: ByteSpan,
    (k, cause): (usize, usize),
    (attacker, victim): (Option<Arg>, Option<Arg>),
    (cameo, mode): (&str, Option<&str>),
    out: &mut Vec<EventSpan>,
) {
    let rule = format!("met-death+{}", input.keys[cause]);
    out.push(EventSpan::told(input, ctx, ("ASSAULT", cameo, mode), (attacker.into_iter().collect(), victim.into_iter().collect()), (sent, (k, k + 1)), rule));
}

/// The attack word after مصرع at `death`: a few words on, punctuation and names not
/// counted.
fn cause_after(input: &Input, death: usize, s1: usize) -> Option<(usize, (&'static str, Option<&'static str>))> {
    let mut words = 0;
    for j in death + 1..s1 {
        if let Some(c) = attack_word(&input.keys[j]) {
            return Some((j, c));
        }
        if input.tokens[j].kind != TokenKind::Punct {
            words += 1;
            if words > CAUSE_WINDOW {
                return None;
            }
        }
    }
    None
}

/// The owner named right after the attack word at `cause`: `برصاص الجيش`، `غارة لتحالف
/// دعم الشرعية`، `بغارات لطائرات التحالف`.
fn owner_after(input: &Input, ctx: &Context, cause: usize, s1: usize) -> Option<usize> {
    let starting = |j: usize| ctx.mention_of(j).filter(|&m| input.mentions[m].tok_start == j);
    let next = cause + 1;
    if next >= s1 {
        return None;
    }
    if let Some(m) = starting(next) {
        return Some(m);
    }
    // لطائرات التحالف، لمقاتلات التحالف: the owner's aircraft.
    let owned = input.keys[next].starts_with('ل') && !ctx.in_mention(next) && input.tokens[next].kind == TokenKind::Arabic;
    if owned && next + 1 < s1 {
        return starting(next + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, first_country};

    fn assaults(text: &str) -> Vec<(Option<String>, Option<String>, String)> {
        events(text).iter().filter(|e| e.kind == "ASSAULT").map(|e| (first_country(&e.actors), first_country(&e.recipients), e.rule.clone())).collect()
    }

    #[test]
    fn victims_shot_by_a_named_army_are_its_recipients() {
        let t = "لقي ثمانية متظاهرين فلسطينيين مصرعهم برصاص الجيش الإسرائيلي شرق غزة.";
        let a = assaults(t);
        assert!(a.iter().any(|(x, y, r)| x.as_deref() == Some("ISR") && y.as_deref() == Some("PSE") && r.starts_with("met-death")), "{a:?}");
    }

    #[test]
    fn a_victim_known_only_by_a_nisba_is_the_recipient() {
        let t = "لقي شاب فلسطيني مصرعه برصاص الجيش الإسرائيلي شرق غزة.";
        let a = assaults(t);
        assert!(a.iter().any(|(x, y, _)| x.as_deref() == Some("ISR") && y.as_deref() == Some("PSE")), "{a:?}");
        // A nisba after the death word is the attacker's, not the victim's.
        let t = "لقي شاب مصرعه برصاص الجيش الإسرائيلي شرق غزة.";
        let a = assaults(t);
        assert!(a.iter().all(|(_, y, _)| y.as_deref() != Some("ISR")), "{a:?}");
    }

    #[test]
    fn a_death_in_an_accident_is_no_assault() {
        let t = "لقي سائق قطار ألماني مصرعه في تصادم بين قطارين في بافاريا.";
        assert!(assaults(t).is_empty(), "{:?}", assaults(t));
    }

    #[test]
    fn met_his_death_needs_the_death_word() {
        // لقي alone is "met, found": no attack even with برصاص after it.
        let t = "لقي الرئيس الفلسطيني ترحيبا حارا رغم إصابة شاب برصاص الجيش الإسرائيلي.";
        assert!(!assaults(t).iter().any(|(_, _, r)| r.starts_with("met-death")), "{:?}", assaults(t));
    }
}
