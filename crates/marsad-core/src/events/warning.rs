//! A warning to one's own side (حذر مهاتير أنصاره من أن …): advice to the actor's own
//! people, not a threat to them. And a warning of a step the warner's own side would take
//! (حذر ظريف من أن إيران مستعدة لاستئناف التخصيب إذا تخلت الولايات المتحدة عن الاتفاق):
//! the party after من is the one who acts, not the one warned; the step threatens the
//! first party of another country named in its clause, and with none nobody is warned.

use super::args::{bare, Arg, Context};
use super::threatened_step::other_country_party;
use super::Input;

/// How far into the danger clause after من the party threatened may be named (words).
const STEP_REACH: usize = 20;

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

/// What the party after من is, in a warning of a danger its warner's own side brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OwnDanger {
    /// The subject of the clause after من أن (من أن إيران مستعدة …): the step's doer.
    Step,
    /// The genitive of the danger noun after من (من سحب القوات الأميركية): no one warned.
    Noun,
}

/// Is the first recipient, read after من, a state-side party (a state, its government,
/// forces, police, legislature or courts) of the country of one of the `actors`, not an
/// opposition or rebel warning of its own government? Then it brings the danger warned of;
/// civilians, companies or groups of the warner's country named there are the ones
/// threatened (حذرت الشرطة من أن النساء سيواجهن تهمة) and stay.
pub(super) fn own_danger(input: &Input, actors: &[Arg], recipients: &[Arg]) -> Option<OwnDanger> {
    let first = recipients.first()?;
    let country = first.country.as_deref()?;
    let state_side = |a: &Arg| matches!(a.role.as_deref(), None | Some("GOV" | "MIL" | "COP" | "LEG" | "JUD" | "SPY"));
    if !state_side(first) || !actors.iter().any(|a| a.country.as_deref() == Some(country) && !opposing(a)) {
        return None;
    }
    let k = first.tok_start;
    let key = |j: usize| bare(&input.keys[j]);
    if k >= 1 && key(k - 1) == "من" || k >= 2 && key(k - 2) == "من" && COMPLEMENTIZERS.contains(&key(k - 1)) {
        return Some(OwnDanger::Step);
    }
    (k >= 3 && (key(k - 2) == "من" || key(k - 3) == "من")).then_some(OwnDanger::Noun)
}

/// The complementizers that open the danger clause after من (من أن، من أنه).
const COMPLEMENTIZERS: &[&str] = &["ان", "انه", "انها", "انهم", "بان"];

/// An opposition, rebel or insurgent party: of its state's country, not on its side.
fn opposing(a: &Arg) -> bool {
    matches!(a.role.as_deref(), Some("OPP" | "REB" | "INS"))
}

/// The party threatened by the warner's own step: the first of another country named
/// after the step's doer `from`, up to the clause's punctuation (past a condition: إذا
/// تخلت الولايات المتحدة names the one the step answers; past quotation marks).
pub(super) fn threatened_by_own_step(ctx: &Context, input: &Input, actors: &[Arg], from: usize, s1: usize) -> Vec<Arg> {
    other_country_party(ctx, input, actors, (from, s1.min(from + STEP_REACH)), s1, (&[], true)).unwrap_or_default()
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

    fn threatened(text: &str) -> Vec<Option<String>> {
        crate::events::tests::recipient_countries(text, "THREATEN")
    }

    #[test]
    fn a_step_of_the_warners_own_side_threatens_the_other_party_of_its_clause() {
        // Past a quotation mark and into the condition that names the one answered.
        let t = "وحذر وزير الخارجية الإيراني من أن إيران ستستأنف التخصيب \"بقوة\" إذا تخلت الولايات المتحدة عن الاتفاق.";
        assert_eq!(threatened(t), vec![Some("USA".to_string())], "{t}");
        let t = "وحذرت وزارة الخارجية الأمريكية من أن واشنطن سترد على أي استفزاز من جانب كوريا الشمالية.";
        assert_eq!(threatened(t), vec![Some("PRK".to_string())], "{t}");
    }

    #[test]
    fn a_danger_of_ones_own_side_with_no_other_party_warns_no_one() {
        assert_eq!(threats("وحذر وزير المالية اللبناني من أن لبنان لا يحقق تقدما كافيا."), 0);
        // The genitive of the danger noun is no one warned either.
        assert_eq!(threats("وحذر وزير الدفاع الأمريكي من سحب القوات الأمريكية من المنطقة."), 0);
    }

    #[test]
    fn another_countrys_party_after_min_anna_is_still_the_one_threatened() {
        assert_eq!(threatened("وحذر الرئيس الأمريكي من أن إيران ستدفع ثمنا باهظا."), vec![Some("IRN".to_string())]);
    }

    #[test]
    fn a_warning_to_another_party_is_still_a_threat() {
        assert_eq!(threats("حذر الرئيس الأمريكي دونالد ترامب النظام الإيراني من عواقب وخيمة."), 1);
    }
}
