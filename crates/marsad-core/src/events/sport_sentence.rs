//! A sentence about sport (a match, a team, players: `EventWord::Sport`) tells games, not
//! politics: its "attacks", "defeats" and "sackings" are no events. A state's officials,
//! forces, courts or armed groups taking part are politics even there: a president who
//! congratulates the team, the Kremlin condemning a minister over the World Cup, a crown
//! prince meeting another head of state at the opening match. Such an event stays when
//! one of its parties holds a political role.

use super::{args::Arg, EventSpan, EventWord, Input};

/// Roles whose holders act for a state or against one, whatever the sentence is about.
const POLITICAL_ROLES: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO", "REB", "UAF", "OPP", "IMG", "PTY", "SEP", "INS"];

/// Does the sentence's token range name a sport word?
pub(super) fn is_sport(input: &Input, s0: usize, s1: usize) -> bool {
    let ev = input.lexicon.events();
    (s0..s1).any(|i| ev.word(&input.keys[i]) == Some(EventWord::Sport))
}

/// Of the events from `start` on (one sport sentence's), keep those with a political party.
pub(super) fn keep_political(input: &Input, out: &mut Vec<EventSpan>, start: usize) {
    let kept: Vec<EventSpan> = out.drain(start..).filter(|e| e.actors.iter().chain(&e.recipients).any(|a| is_political(input, a))).collect();
    out.extend(kept);
}

/// Is the party a mention that holds a political role (a compound one such as `GOVMIL`
/// counts by its first part) of a state the mention itself names? A bare role noun
/// (رئيس، الإدارة، الجهاز الفني) is a club's as often as a state's in a sport story, and a
/// party given its government by an event rule (a player's "own government") is none.
pub(super) fn is_political(input: &Input, a: &Arg) -> bool {
    a.mentions(input).any(|m| m.country.is_some() && m.role.as_deref().is_some_and(|r| POLITICAL_ROLES.iter().any(|p| r.starts_with(p))))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(t: &str) -> Vec<String> {
        events(t).into_iter().map(|e| e.kind).collect()
    }

    #[test]
    fn a_state_official_acts_in_a_sport_sentence() {
        let k = kinds("وهنأ الرئيس الفرنسي إيمانويل ماكرون لاعبي المنتخب بالفوز.");
        assert!(k.iter().any(|k| k == "SUPPORT"), "{k:?}");
    }

    #[test]
    fn players_and_coaches_make_no_event() {
        // Without the sport words these are an accusation and praise between civilians.
        for t in ["واتهم اللاعب البرتغالي كريستيانو رونالدو الحكم الأرجنتيني بالانحياز خلال المباراة.", "وأشاد المدرب الفرنسي ديدييه ديشان باللاعب كيليان مبابي بعد المباراة."] {
            let k = kinds(t);
            assert!(k.is_empty(), "{t}: {k:?}");
        }
    }

    #[test]
    fn a_match_told_by_its_halves_and_shots_is_sport() {
        // No team or match word, only the game's own: the first half, a shot.
        let t = "وفي الشوط الثاني واصل الهلال هجومه وشن هجمات خطيرة بتسديدة قوية.";
        let k = kinds(t);
        assert!(k.is_empty(), "{t}: {k:?}");
    }

    #[test]
    fn the_same_words_outside_sport_are_events() {
        let k = kinds("واتهم الناشط البرتغالي كريستيانو رونالدو القاضي الأرجنتيني بالانحياز خلال المحاكمة.");
        assert!(k.iter().any(|k| k == "ACCUSE"), "{k:?}");
    }

    #[test]
    fn a_match_with_a_pronoun_or_preposition_is_sport() {
        // Teams "meet" and "host" each other in their matches (مباراتها، للمباراة).
        for t in ["وتلتقي بيرو في مباراتها الأولى مع الدنمارك.", "وتستعد ألمانيا للمباراة قبل أن تستضيف السعودية."] {
            let k = kinds(t);
            assert!(k.is_empty(), "{t}: {k:?}");
        }
    }
}
