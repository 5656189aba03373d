//! Aid or backing named by the relative clause of its giving after it: `المساعدات
//! [الإنسانية] التي تقدمها بريطانيا لرواندا`، `الدعم المستمر الذي تقدمه الصين للقضية
//! الفلسطينية`. The verb of giving with the head's pronoun (`تقدمها`، `قدمه`، `أرسلتها`)
//! governs the noun as a support verb before it would: the relative verb's subject gives,
//! the party after لـ or إلى receives. (A verb of receiving, `الدعم الذي تتلقاه`, is no
//! giving: its subject is given to.)

use super::args::{self, Arg, Context};
use super::{received_aid, relative_doer, Input};
use marsad_lexicon::events::Trigger;

/// The rule mark of an event read so.
pub(super) const RULE: &str = "+relative-giver";

/// Stems of giving (after the person prefix, before the head's pronoun): قدم، منح،
/// أرسل، وفر.
const GIVING: &[&str] = &["قدم", "منح", "ارسل", "وفر"];

/// Is `stem` a stem of giving (the imperfect of form IV drops the hamza: يرسلها)?
fn is_giving(stem: &str) -> bool {
    GIVING.contains(&stem) || stem == "رسل"
}

/// The giver and the receiver of the aid or backing noun ending at `end`, when a relative
/// clause of its giving follows it (`relative_doer`: تقدمها، قدمتها، منحتها، أرسلها) with the
/// giver named right after the verb.
pub(super) fn parties(ctx: &Context, input: &Input, t: &Trigger, end: usize, s1: usize) -> Option<(Vec<Arg>, Vec<Arg>)> {
    if !received_aid::is_given_noun(t) {
        return None;
    }
    let (givers, after) = relative_doer::doers(ctx, input, end, s1, is_giving)?;
    let home = input.home;
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
    use crate::events::tests::{events, pair, sides};

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
        let gives_it = |key: &str| crate::events::relative_doer::takes_head_pronoun(key, super::is_giving);
        assert!(gives_it("تقدمها") && gives_it("قدمتها") && gives_it("يرسلها") && gives_it("قدموها"));
        assert!(!gives_it("تقدم") && !gives_it("تتلقاها"));
    }
}
