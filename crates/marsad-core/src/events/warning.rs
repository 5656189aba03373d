//! A warning to one's own side (حذر مهاتير أنصاره من أن …): advice to the actor's own
//! people, not a threat to them.

use super::args::Arg;
use super::Input;

/// Is every recipient a possessed noun whose pronoun refers to one of the actors
/// (أنصاره، مواطنيه، شعبه after the actor's name)? Such a warning names no other party.
pub(super) fn to_own_side(input: &Input, actors: &[Arg], recipients: &[Arg]) -> bool {
    !actors.is_empty() && !recipients.is_empty() && recipients.iter().all(|r| own_side(input, actors, r))
}

fn own_side(input: &Input, actors: &[Arg], r: &Arg) -> bool {
    let at = input.mentions.partition_point(|m| m.tok_start < r.tok_start);
    let Some(m) = input.mentions.get(at).filter(|m| m.tok_start == r.tok_start && m.rule == "possessed") else {
        return false;
    };
    let Some((a0, a1)) = m.antecedent else {
        return false;
    };
    // The pronoun's antecedent is the actor's mention, or another mention of the same
    // entity (the full name before the surname the verb takes).
    let antecedent_entity = input.mentions.iter().find(|n| n.tok_start == a0 && n.tok_end == a1).and_then(|n| n.entity.as_deref());
    actors.iter().any(|a| (a.tok_start, a.tok_end) == (a0, a1) || antecedent_entity.is_some_and(|e| a.entity.as_deref() == Some(e)))
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Article, Event};
    use std::sync::OnceLock;

    fn events(text: &str) -> Vec<Event> {
        static A: OnceLock<Analyzer> = OnceLock::new();
        let a = A.get_or_init(|| Analyzer::new().expect("embedded dictionaries load"));
        let article = Article { id: "t".into(), text: text.into(), date: Some("2018-05-11".into()), ..Default::default() };
        a.analyze(&article).events
    }

    fn threats(text: &str) -> usize {
        events(text).iter().filter(|e| e.kind == "THREATEN").count()
    }

    #[test]
    fn a_warning_to_ones_own_supporters_is_no_threat() {
        assert_eq!(threats("قال رئيس الوزراء الماليزي مهاتير محمد إنه يأمل. وقد حذر مهاتير أنصاره من أن العملية قد تستغرق وقتا أطول."), 0);
    }

    #[test]
    fn a_warning_to_another_party_is_still_a_threat() {
        assert_eq!(threats("حذر الرئيس الأمريكي دونالد ترامب النظام الإيراني من عواقب وخيمة."), 1);
    }
}
