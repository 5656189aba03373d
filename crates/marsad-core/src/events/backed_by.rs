//! Military backing told as a circumstance of another party's act (`سيطرت قوات الجيش
//! اليمني، بإسناد من طيران التحالف العربي، على …`، `بإسناد جوي ومدفعي من قوات التحالف`،
//! `حررت قوات الجيش بإسناد التحالف العربي`): the backer, the party right after `بإسناد`
//! (past `من` and words of its manner, جوي، مدفعي، مباشر، ومشاركة), gives military aid
//! (AID 072) to the party it backs, as the sent and dev6 labels code `بإسناد من التحالف`
//! (SAU → YEM). The backed party is the actor of the sentence's last event before
//! `بإسناد`, else the party nearest before it (not after a preposition). Yemen's war
//! reports write the phrase about 400 times in the corpus. Nothing when no coded party
//! follows (`بإسناد مباريات الأهلي لحكام`: the sense "assigning"), when no party is
//! backed, or when both sides are of one country (`بإسناد من المقاومة`, one's own).

use super::args::{mention_starting, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// CAMEO 072: provide military aid.
const CAMEO: &str = "072";

/// The word of backing (key, after و).
const BACKING: &str = "باسناد";

/// Words that may stand between `بإسناد` and its backer (keys, after و): من and the
/// backing's manner.
const BETWEEN: &[&str] = &["من", "جوي", "مدفعي", "بري", "بحري", "ناري", "مباشر", "كامل", "كبير", "واسع", "مكثف", "ومشاركه", "مشاركه", "وتغطيه", "تغطيه"];

/// How many words may stand between `بإسناد` and its backer.
const BETWEEN_MAX: usize = 4;

/// How many tokens back the backed party may be, when no event before names it.
const BACKED_WINDOW: usize = 10;

/// Words before a party that make it a preposition's object, not the one backed (keys).
/// Not `args::is_preposition`'s list: after أمام or قبل the party is still the one backed
/// (`يفتح الطريق أمام الجيش الوطني بإسناد من التحالف`، `من قبل قوات الشرعية وبإسناد`).
const PREPOSITIONS: &[&str] = &["من", "في", "علي", "الي", "عن", "مع", "ضد", "بين", "عبر", "نحو", "باتجاه"];

/// The AID events of backing in a sentence (tokens `s0..s1`) whose other events are
/// `events`, into `out`.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), events: &[EventSpan], out: &mut Vec<EventSpan>) {
    for k in s0..s1 {
        if without_conjunction(&input.keys[k]) != BACKING || ctx.in_mention(k) {
            continue;
        }
        let Some(backer) = backer_after(input, ctx, k, s1) else { continue };
        let Some(backed) = backed_before(input, ctx, k, s0, events) else { continue };
        if backed.country.is_some() && backed.country == backer.country || backed.actor.is_some() && backed.actor == backer.actor {
            continue;
        }
        let same = |e: &EventSpan| e.kind == "AID" && e.actors.first().map(|a| &a.country) == Some(&backer.country) && e.recipients.first().map(|r| &r.country) == Some(&backed.country);
        if out.iter().any(same) || events.iter().any(same) {
            continue;
        }
        let trigger = (k, k + 1);
        out.push(EventSpan::told(input, ctx, ("AID", CAMEO, None), (vec![backer], vec![backed]), (sent, trigger), "backed-by:بإسناد".into()));
    }
}

/// The coded party right after `بإسناد` at `k`, past `من` and words of manner.
fn backer_after(input: &Input, ctx: &Context, k: usize, s1: usize) -> Option<Arg> {
    let mut j = k + 1;
    let mut words = 0;
    while j < s1 && words <= BETWEEN_MAX {
        if let Some(m) = mention_starting(ctx, input, j) {
            let arg = Arg::from_mention(&input.mentions[m], input.home);
            let igo = arg.actor.as_deref().is_some_and(|a| a.starts_with("IGO"));
            return (!arg.thing && !arg.person && (arg.country.is_some() || igo)).then_some(arg);
        }
        if input.tokens[j].kind != TokenKind::Arabic || !BETWEEN.contains(&without_conjunction(&input.keys[j])) {
            return None;
        }
        words += 1;
        j += 1;
    }
    None
}

/// The party `بإسناد` at `k` backs: the actor of the latest event before it in the
/// sentence (`events`), else the nearest coded party before it within `BACKED_WINDOW`
/// tokens that is no preposition's object, read back over commas but no other
/// punctuation.
fn backed_before(input: &Input, ctx: &Context, k: usize, s0: usize, events: &[EventSpan]) -> Option<Arg> {
    if let Some(actor) = events.iter().filter(|e| e.trigger.1 <= k).max_by_key(|e| e.trigger.0).and_then(|e| e.actors.first()) {
        if !actor.is_uncoded() {
            return Some(actor.clone());
        }
    }
    let from = k.saturating_sub(BACKED_WINDOW).max(s0);
    let mut j = k;
    while j > from {
        j -= 1;
        let tok = &input.tokens[j];
        if tok.kind == TokenKind::Punct && tok.text(input.text) != "،" && tok.text(input.text) != "," {
            return None;
        }
        let Some(m) = ctx.mention_of(j) else { continue };
        let mention = &input.mentions[m];
        let after_preposition = mention.tok_start > s0 && PREPOSITIONS.contains(&input.keys[mention.tok_start - 1].as_str());
        if mention.prepositional || after_preposition {
            j = mention.tok_start;
            continue;
        }
        let arg = Arg::from_mention(mention, input.home);
        return (!arg.thing && !arg.is_uncoded()).then_some(arg);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair, sides};

    fn aid(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "AID")
    }

    #[test]
    fn backing_of_a_party_is_military_aid_to_it() {
        let t = "وسيطرت قوات الجيش اليمني، بإسناد من طيران التحالف العربي، على مواقع الحوثيين.";
        assert!(aid(t).contains(&pair("SAU", "YEM")), "{:?}", events(t));
        let t = "سيطرت قوات النخبة الشبوانية، بإسناد من القوات الإماراتية المشاركة في التحالف، على المنطقة.";
        assert!(aid(t).contains(&pair("ARE", "YEM")), "{:?}", events(t));
        // (With no event before it: the party nearest before; the manner between.)
        let t = "وتستمر قوات الشرعية اليمنية، بإسناد جوي مباشر من مقاتلات تحالف دعم الشرعية، في التقدم.";
        assert!(aid(t).contains(&pair("SAU", "YEM")), "{:?}", events(t));
    }

    #[test]
    fn the_backed_is_no_object_of_a_preposition() {
        // (The Houthis' positions are what was attacked: the army is backed.)
        let t = "وتقدمت قوات الجيش اليمني نحو مواقع الحوثيين بإسناد من طيران التحالف العربي.";
        assert!(aid(t).contains(&pair("SAU", "YEM")), "{:?}", events(t));
        assert!(!aid(t).iter().any(|(_, r)| r.is_none()), "{:?}", events(t));
    }

    #[test]
    fn assigning_or_no_backer_or_no_backed_is_no_aid() {
        let t = "وطالب رئيس النادي بتحقيق العدالة ولو بإسناد مباريات الأهلي القادمة لحكام أجانب.";
        assert!(aid(t).is_empty(), "{:?}", events(t));
        // (No party backed before the phrase.)
        let t = "وتتواصل المعارك في محيط المطار بإسناد من التحالف العربي.";
        assert!(aid(t).is_empty(), "{:?}", events(t));
        // (One's own side backing is no aid between parties.)
        let t = "وتقدمت قوات الجيش اليمني بإسناد من القوات اليمنية المشتركة.";
        assert!(aid(t).is_empty(), "{:?}", events(t));
    }
}
