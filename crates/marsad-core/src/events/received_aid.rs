//! Aid or backing received: `تلقى`، `حصل على`، `تسلم`، `استلم` + an aid noun (`مساعدات`،
//! `منحة`، `أسلحة`) or `دعم` + `من` X (`تلقت الجزائر مساعدات من الاتحاد الأوروبي`،
//! `الحكومة السورية، التي تتلقى دعما عسكريا من روسيا`). X gives it; the verb's subject,
//! or the head of its relative clause, receives it. No support verb governs the noun, so
//! without this reading aid stays no event and backing a ghost with no one backed.

use super::args::{self, Arg, Context};
use super::{received, Input};
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// The rule mark of an event read so.
pub(super) const RULE: &str = "+aid-received";

/// How many words not in mentions may stand between the verb and the noun (`على`, a
/// time, a quantity: `حصلت مصر على قرض`، `تلقى القليل من`).
const NOUN_WINDOW: usize = 3;

/// `حصل` in the forms that take what is got after `على` (keys, after و، ف and سـ).
const GOT: &[&str] = &["حصل", "حصلت", "حصلوا", "حصلا", "حصلتا", "حصلنا", "يحصل", "تحصل", "يحصلون", "يحصلان", "تحصلان", "نحصل"];

/// `تسلم`، `استلم` ("took delivery of").
const TOOK_DELIVERY: &[&str] = &["تسلم", "تسلمت", "تسلموا", "يتسلم", "تتسلم", "يتسلمون", "استلم", "استلمت", "استلموا", "يستلم", "تستلم", "يستلمون"];

/// Is the noun one whose giving or receiving is read here and in `relative_giver`: any
/// aid row, or backing (`دعم`).
pub(super) fn is_given_noun(t: &Trigger) -> bool {
    t.event.as_deref() == Some("AID") || t.event.as_deref() == Some("SUPPORT") && t.lemma == "دعم"
}

/// The token of a receiving verb a few words before the noun at `i`, not past punctuation.
fn receiving_verb(ctx: &Context, input: &Input, i: usize, s0: usize) -> Option<usize> {
    let mut words = 0;
    let mut on = false;
    for k in (s0..i).rev() {
        if input.tokens[k].kind == TokenKind::Punct {
            return None;
        }
        if !ctx.in_mention(k) {
            let key = input.keys[k].as_str();
            if received::is_received(key) || TOOK_DELIVERY.contains(&received::bare_verb(key)) || on && GOT.contains(&received::bare_verb(key)) {
                return Some(k);
            }
            on |= key == "علي";
            words += 1;
            if words > NOUN_WINDOW {
                return None;
            }
        }
    }
    None
}

/// Is the party `r` right before the verb its subject? Not after a separate preposition
/// (`في سوريا وتلقت الدعم`: a place) nor before a verb with و, which opens a clause of
/// its own.
fn own_clause_before(input: &Input, verb: usize, r: &Arg) -> bool {
    !input.keys[verb].starts_with('و') && !r.tok_start.checked_sub(1).is_some_and(|k| args::is_preposition(&input.keys[k]))
}

/// The givers (after `من`) and the receiver of the aid or backing noun at `i..end`, when a
/// receiving verb governs it.
pub(super) fn parties(ctx: &Context, input: &Input, t: &Trigger, (i, end): (usize, usize), (s0, s1): (usize, usize)) -> Option<(Vec<Arg>, Arg)> {
    if !is_given_noun(t) {
        return None;
    }
    let verb = receiving_verb(ctx, input, i, s0)?;
    let giver = received::sender_after(input, ctx, end, s1)?;
    let receiver = args::subject_beside_verb(ctx, input, verb, i, s0)
        .filter(|r| r.tok_start > verb || own_clause_before(input, verb, r))
        .or_else(|| args::relative_antecedent(ctx, input, verb, s0).map(|m| Arg::from_mention(&input.mentions[m], input.home)))?;
    let givers: Vec<Arg> = args::listed_with(ctx, input, giver, s1, |_| true).into_iter().filter(|g| g.tok_start != receiver.tok_start).collect();
    (!givers.is_empty()).then_some((givers, receiver))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair, sides};

    #[test]
    fn the_one_after_min_gives_the_aid_received() {
        assert_eq!(sides("وتلقت الحكومة الأردنية مساعدات من الولايات المتحدة.", "AID"), vec![pair("USA", "JOR")]);
        assert_eq!(sides("وحصلت تونس على منحة من اليابان.", "AID"), vec![pair("JPN", "TUN")]);
    }

    #[test]
    fn backing_received_in_a_relative_clause_backs_its_head() {
        let text = "وقال الوزير إن المعارضة السورية، التي تتلقى دعما من تركيا، رفضت العرض.";
        assert!(sides(text, "SUPPORT").contains(&pair("TUR", "SYR")), "{:?}", events(text));
        // (Of a kind, it is aid: دعما عسكريا.)
        let text = "ويسيطر الحوثيون الذين يتلقون دعما عسكريا من إيران على صنعاء.";
        assert!(events(text).iter().any(|e| e.kind == "AID" && e.actors.iter().any(|a| a.country.as_deref() == Some("IRN"))), "{:?}", events(text));
    }

    #[test]
    fn a_place_before_the_verb_is_no_receiver() {
        let text = "وقاتلت الوحدات الكردية تنظيم الدولة في سوريا وتلقت الدعم من واشنطن.";
        assert!(!sides(text, "SUPPORT").contains(&pair("USA", "SYR")), "{:?}", events(text));
    }

    #[test]
    fn aid_with_no_giver_named_stays_none() {
        let es = events("وتلقت الأسر النازحة مساعدات غذائية في المخيم.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
    }
}
