//! A sentence about sport (a match, a team, players: `EventWord::Sport`) tells games, not
//! politics: its "attacks", "defeats" and "sackings" are no events. A state's officials,
//! forces, courts or armed groups taking part are politics even there: a president who
//! congratulates the team, the Kremlin condemning a minister over the World Cup, a crown
//! prince meeting another head of state at the opening match. Such an event stays when
//! one of its parties holds a political role.
//!
//! A story told mostly in sport sentences (a third of them) is a sport report throughout:
//! its other sentences' meetings, deals, calls, praise and blame between players, clubs and
//! federations, and its "attacks" and injuries, are the game's too (`is_game_play`).

use super::{args::Arg, EventSpan, EventWord, Input};

/// Roles whose holders act for a state or against one, whatever the sentence is about.
const POLITICAL_ROLES: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO", "REB", "UAF", "OPP", "IMG", "PTY", "SEP", "INS"];

/// Does the sentence's token range name a sport word?
pub(super) fn is_sport(input: &Input, s0: usize, s1: usize) -> bool {
    let ev = input.lexicon.events();
    (s0..s1).any(|i| ev.word(&input.keys[i]) == Some(EventWord::Sport))
}

/// Is the whole story a sport report? One told in sport sentences (a third of its
/// sentences, two at least) tells its other sentences' games and transfers too, where no
/// sport word stands beside them (تلتقي الأرجنتين مع نيجيريا، توصل إلى اتفاق مع قلب دفاع).
pub(super) fn is_sport_story(input: &Input) -> bool {
    let needed = input.sentences.len().div_ceil(3).max(2);
    let mut found = 0;
    for &sent in input.sentences {
        let (s0, s1) = input.token_range(sent);
        if is_sport(input, s0, s1) {
            found += 1;
            if found >= needed {
                return true;
            }
        }
    }
    false
}

/// Is `e`, in a sport story, a game's or a club's doing: an exchange (a meeting, a deal, a
/// refusal, a call, praise, blame) or an "attack" or injury on the pitch, with no party of
/// a state's politics? Arrests, sentences, protests, killings and blasts stay: the
/// stories tell real ones too (fans detained, a stadium bombed).
pub(super) fn is_game_play(input: &Input, e: &EventSpan) -> bool {
    let exchange = matches!(e.kind.as_str(), "CONSULT" | "AGREE" | "REJECT" | "REQUEST" | "SUPPORT" | "ACCUSE" | "COOPERATE" | "RETREAT" | "CONCEDE");
    let on_pitch = e.kind == "ASSAULT" && (e.rule.contains("noun:هجوم") || e.rule.starts_with("verb:أصاب"));
    // A state named bare is its team when it meets or attacks (تلتقي الأرجنتين مع نيجيريا،
    // الهجوم المصري), its politics in the other exchanges (تتهم روسيا، الاعتراف بدولة فلسطين).
    let state = || e.kind != "CONSULT" && !on_pitch && e.actors.iter().chain(&e.recipients).any(|a| a.mentions(input).any(|m| m.country.is_some() && m.role.is_none()));
    (exchange || on_pitch) && !has_political_party(input, e) && !state()
}

/// Of the events from `start` on (one sport sentence's), keep those with a political party.
pub(super) fn keep_political(input: &Input, out: &mut Vec<EventSpan>, start: usize) {
    let kept: Vec<EventSpan> = out.drain(start..).filter(|e| has_political_party(input, e)).collect();
    out.extend(kept);
}

/// Does one of the event's parties hold a political role?
pub(super) fn has_political_party(input: &Input, e: &EventSpan) -> bool {
    e.actors.iter().chain(&e.recipients).any(|a| is_political(input, a))
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
    fn a_sport_story_tells_its_exchanges_of_the_game() {
        use crate::events::tests::count;
        let game = "فاز المنتخب الأرجنتيني على نيجيريا في مباراة مثيرة. وسجل ميسي هدفا في الشوط الأول من المباراة. ";
        let blame = "وانتقد النجم الأرجنتيني دييغو مارادونا المدرب خورخي سامباولي.";
        assert_eq!(count(blame, "ACCUSE"), 1);
        assert_eq!(count(&format!("{game}{blame}"), "ACCUSE"), 0);
        // A state's politics stays, in a sport story too.
        assert_eq!(count(&format!("{game}وانتقدت وزارة الخارجية الروسية الحكومة البريطانية."), "ACCUSE"), 1);
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
