//! A protest with no target named is aimed at the protesters' own government, unless its
//! sentence names the security forces of another state, who fire on, disperse or face the
//! protesters (`قتل سبعة متظاهرين فلسطينيين برصاص القوات الإسرائيلية خلال مظاهرات`، `رشق
//! متظاهرون الجنود الإسرائيليين بالحجارة`): then it is aimed at those forces. On the corpus
//! 91 protests had such forces in their sentence, 79 of them Palestinian protests facing
//! Israeli forces, which the own-government default had aimed at the Palestinian
//! government (of 20 read, 19 right now).

use super::args::Arg;
use super::Input;

/// The first army or police of a state other than the protesters' own in the sentence's
/// tokens `s0..s1`.
pub(super) fn foreign_forces(input: &Input, (s0, s1): (usize, usize), protesters: &Arg) -> Option<Arg> {
    let own = protesters.country.as_deref()?;
    input
        .mentions
        .iter()
        .filter(|m| s0 <= m.tok_start && m.tok_start < s1)
        .find(|m| {
            let country = m.country.as_deref().unwrap_or("");
            matches!(m.role.as_deref(), Some("MIL" | "COP")) && country.len() == 3 && country != own && !m.actor.as_deref().is_some_and(|a| a.starts_with("IGO"))
        })
        .map(|m| Arg::from_mention(m, input.home))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn protesters_facing_foreign_forces_protest_against_them() {
        let t = "وقتل سبعة متظاهرين فلسطينيين برصاص القوات الإسرائيلية خلال مظاهرات اندلعت الجمعة في قطاع غزة.";
        assert!(sides(t, "PROTEST").iter().any(|(a, r)| a.as_deref() == Some("PSE") && r.as_deref() == Some("ISR")), "{:?}", sides(t, "PROTEST"));
        // With no foreign forces, the own government stays the target.
        let t = "وتظاهر آلاف الأردنيين في عمان للمطالبة بإسقاط قانون الضريبة.";
        assert!(sides(t, "PROTEST").iter().any(|(a, r)| a.as_deref() == Some("JOR") && r.as_deref() == Some("JOR")), "{:?}", sides(t, "PROTEST"));
    }
}
