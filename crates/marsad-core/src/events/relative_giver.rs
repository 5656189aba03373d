//! Aid or backing named by the relative clause of its giving after it: `المساعدات
//! [الإنسانية] التي تقدمها بريطانيا لرواندا`، `الدعم المستمر الذي تقدمه الصين للقضية
//! الفلسطينية`. The verb of giving with the head's pronoun (`تقدمها`، `قدمه`، `أرسلتها`)
//! governs the noun as a support verb before it would: the relative verb's subject gives,
//! the party after لـ or إلى receives. (A verb of receiving, `الدعم الذي تتلقاه`, is no
//! giving: its subject is given to.)

use super::args::{self, Arg, Context};
use super::{received_aid, Input};
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// The rule mark of an event read so.
pub(super) const RULE: &str = "+relative-giver";

/// How many adjectives may stand between the noun and the relative pronoun (`المساعدات
/// الإنسانية والغذائية التي`).
const ADJECTIVES: usize = 2;

/// Stems of giving (after the person prefix, before the head's pronoun): قدم، منح،
/// أرسل، وفر.
const GIVING: &[&str] = &["قدم", "منح", "ارسل", "وفر"];

/// Is `key` a perfect or imperfect verb of giving with the head's pronoun on it (تقدمها،
/// يقدمه، قدمتها، قدمته، منحتها، أرسلها)?
fn gives_it(key: &str) -> bool {
    let Some(stem) = key.strip_suffix("ها").or_else(|| key.strip_suffix('ه')) else { return false };
    // (The perfect's feminine ت and the plural و before the pronoun: قدمتها، قدموها.)
    let stem = stem.strip_suffix('ت').or_else(|| stem.strip_suffix('و')).filter(|s| GIVING.contains(s)).unwrap_or(stem);
    // (The imperfect of form IV drops the hamza: يرسلها.)
    let giving = |s: &str| GIVING.contains(&s) || s == "رسل";
    let stem = stem.strip_prefix(['ي', 'ت', 'ن']).filter(|s| giving(s)).unwrap_or(stem);
    giving(stem)
}

/// The giver and the receiver of the aid or backing noun ending at `end`, when a relative
/// clause of its giving follows it with the giver named right after the verb.
pub(super) fn parties(ctx: &Context, input: &Input, t: &Trigger, end: usize, s1: usize) -> Option<(Vec<Arg>, Vec<Arg>)> {
    if !received_aid::is_given_noun(t) {
        return None;
    }
    let definite_word = |k: usize| !ctx.in_mention(k) && input.tokens[k].kind == TokenKind::Arabic && args::bare(&input.keys[k]).starts_with("ال");
    let rel = (end..(end + ADJECTIVES + 1).min(s1)).find(|&k| matches!(input.keys[k].as_str(), "الذي" | "التي"))?;
    if !(end..rel).all(definite_word) || rel + 2 >= s1 || !gives_it(&input.keys[rel + 1]) || ctx.in_mention(rel + 1) {
        return None;
    }
    let giver = args::mention_starting(ctx, input, rel + 2).filter(|&m| !input.mentions[m].prepositional)?;
    let home = input.home;
    let givers = args::listed_with(ctx, input, Arg::from_mention(&input.mentions[giver], home), s1, |_| true);
    let after = givers.last().map_or(rel + 2, |g| g.tok_end);
    let receivers = receiver_at(ctx, input, after, s1).map(|m| args::listed_with(ctx, input, Arg::from_mention(&input.mentions[m], home), s1, |_| true)).unwrap_or_default();
    Some((givers, receivers))
}

/// The party given to right after the giver: with لـ on it (لرواندا، للشعب اليمني) or after
/// إلى.
fn receiver_at(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<usize> {
    if k >= s1 {
        return None;
    }
    if input.keys[k] == "الي" {
        return args::mention_starting(ctx, input, k + 1).filter(|&m| !input.mentions[m].prepositional);
    }
    args::mention_starting(ctx, input, k).filter(|&m| args::attached_preposition(input, &input.mentions[m]) == Some('ل'))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn pair(a: &str, r: &str) -> (Option<String>, Option<String>) {
        (Some(a.into()), Some(r.into()))
    }

    #[test]
    fn the_relative_verb_of_giving_names_the_donor() {
        let text = "وتذهب المساعدات التي تقدمها بريطانيا لرواندا إلى المدارس.";
        assert!(sides(text, "AID").contains(&pair("GBR", "RWA")), "{:?}", events(text));
        let text = "وأشاد الرئيس بالدعم الكبير الذي قدمته الكويت للأردن.";
        assert!(sides(text, "SUPPORT").contains(&pair("KWT", "JOR")), "{:?}", events(text));
    }

    #[test]
    fn a_verb_of_receiving_is_no_giving() {
        let es = events("وتحدث عن المساعدات التي تتلقاها بريطانيا.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
        assert!(super::gives_it("تقدمها") && super::gives_it("قدمتها") && super::gives_it("يرسلها") && super::gives_it("قدموها"));
        assert!(!super::gives_it("تقدم") && !super::gives_it("تتلقاها"));
    }
}
