//! `كان في استقبال X Y` "Y was there to receive X" (كان في استقبال بومبيو نظيره الكوري
//! الشمالي، وكان في استقباله ولي العهد): the one named after the guest is the host, who
//! meets the guest (CONSULT 043, host → guest), not the guest's reception by no one.
//! Only with the guest named: with a pronoun (وكان في استقباله) the host is often named
//! far on, past where and when, and the pronoun's antecedent is often a place or a
//! company (a corpus sample was right in 7 of 16).
//!
//! `استقبال X` with no one received named after it, where X holds no political office
//! (استقبال النازحين، لاستقبال الناخبين، استقبال الطلبة، استقبال المزيد من الجرحى): X is
//! received, as crowds are by a camp, a school or a hospital, and no one meets anyone.

use super::args::{list_from, mention_starting, Arg, Context};
use super::{EventSpan, Input};
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// How far after the guest the host may be named (وكان في استقبال بومبيو في مطار الرياض
/// وفد سعودي).
const HOST_WINDOW: usize = 10;

/// Host (actors) and guest (recipients) of a reception at token `i` (ending at `end`)
/// written `كان في استقبال…`, or None for any other use of the noun.
pub(super) fn host_and_guest(ctx: &Context, input: &Input, trigger: &Trigger, (i, end): (usize, usize), (s0, s1): (usize, usize), possessed: bool) -> Option<(Vec<Arg>, Vec<Arg>)> {
    if trigger.lemma != "استقبال" || i < s0 + 2 || input.keys[i - 1] != "في" {
        return None;
    }
    let be = input.keys[i - 2].as_str();
    let be = be.strip_prefix('و').unwrap_or(be);
    if !matches!(be, "كان" | "كانت") {
        return None;
    }
    if possessed {
        return None;
    }
    let arg = |m: usize| Arg::from_mention(&input.mentions[m], input.home);
    let guest = mention_starting(ctx, input, end).filter(|&m| !input.mentions[m].prepositional)?;
    let guests = list_from(ctx, input, guest, s1);
    let after = input.mentions[*guests.last()?].tok_end;
    let host = host_from(ctx, input, after, s1)?;
    let hosts = list_from(ctx, input, host, s1).into_iter().map(arg).collect();
    Some((hosts, guests.into_iter().map(arg).collect()))
}

/// The first mention from `from` on, not after a preposition (في مطار القاهرة), before
/// any punctuation but a comma.
fn host_from(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<usize> {
    let mut k = from;
    while k < (from + HOST_WINDOW).min(s1) {
        if input.tokens[k].kind == TokenKind::Punct && input.tokens[k].text(input.text) != "،" {
            return None;
        }
        if let Some(m) = mention_starting(ctx, input, k) {
            let placed = k > 0 && matches!(input.keys[k - 1].as_str(), "في" | "الي" | "من" | "عند" | "لدي" | "ب");
            if !input.mentions[m].prepositional && !placed {
                return Some(m);
            }
            k = input.mentions[m].tok_end;
            continue;
        }
        k += 1;
    }
    None
}

/// Is `e` a reception (`استقبال` with its genitive and nothing else) of people who hold no
/// political office: a crowd received, no meeting?
pub(super) fn is_crowd_received(input: &Input, e: &EventSpan) -> bool {
    e.rule == "noun:استقبال+genitive" && e.recipients.is_empty() && !e.actors.is_empty() && !e.actors.iter().any(|a| super::sport_sentence::is_political(input, a))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn meetings(text: &str) -> Vec<(Option<String>, Option<String>)> {
        crate::events::tests::sides(text, "CONSULT")
    }

    #[test]
    fn the_one_named_after_the_guest_receives_him() {
        let m = meetings("ووصل وزير الخارجية الأمريكي مايك بومبيو إلى بيونغ يانغ، وكان في استقبال بومبيو الزعيم الكوري الشمالي كيم جونغ أون.");
        assert!(m.contains(&(Some("PRK".into()), Some("USA".into()))), "{m:?}");
    }

    #[test]
    fn a_pronoun_guest_makes_no_reception() {
        let rules: Vec<String> = events("وصل الرئيس الصيني شي جين بينغ إلى أبوظبي، وكان في استقباله ولي عهد أبوظبي الشيخ محمد بن زايد.").into_iter().map(|e| e.rule).collect();
        assert!(!rules.iter().any(|r| r.contains("reception")), "{rules:?}");
    }

    #[test]
    fn a_reception_not_told_with_kan_keeps_its_genitive_host() {
        // استقبال X لـ Y: X hosts.
        let m = meetings("بعد استقبال الرئيس اللبناني ميشال عون لوفد إيراني.");
        assert!(!m.iter().any(|(a, _)| a.as_deref() == Some("IRN")), "{m:?}");
    }

    #[test]
    fn a_crowd_received_meets_no_one() {
        use crate::events::tests::count;
        assert_eq!(count("وأعلنت الحكومة التركية استعدادها لاستقبال المزيد من اللاجئين السوريين.", "CONSULT"), 0);
        assert_eq!(count("وجرى استقبال حسن نصر الله لوفد من المتمردين الحوثيين في بيروت.", "CONSULT"), 1);
    }
}
