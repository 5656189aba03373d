//! A protest with no target named is aimed at the protesters' own government, unless its
//! sentence names the security forces of another state, who fire on, disperse or face the
//! protesters (`قتل سبعة متظاهرين فلسطينيين برصاص القوات الإسرائيلية خلال مظاهرات`، `رشق
//! متظاهرون الجنود الإسرائيليين بالحجارة`): then it is aimed at those forces. On the corpus
//! 91 protests had such forces in their sentence, 79 of them Palestinian protests facing
//! Israeli forces, which the own-government default had aimed at the Palestinian
//! government (of 20 read, 19 right now).
//!
//! With no target named nor forces in sight, the people of a territory held under
//! occupation (states.tsv `occupied_by`: Palestine → Israel) protest the occupier: the
//! marches at Gaza's border fence, strikes in East Jerusalem. Not when the sentence names
//! their own government (المظاهرات التي خرجت في رام الله للمطالبة بدفع رواتب … الحكومة
//! الفلسطينية), which stays the target.

use super::args::Arg;
use super::Input;
use marsad_lexicon::Kind;

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

/// The state holding the protesters' land under occupation, as the protest's target,
/// unless the sentence `s0..s1` names the protesters' own government (see the module
/// docs). Its evidence is the protesters' span, as for the own government.
pub(super) fn occupier(input: &Input, (s0, s1): (usize, usize), protesters: &Arg) -> Option<Arg> {
    let state = protesters.actor.as_deref()?.get(..3)?;
    let occupier = input.lexicon.state(input.lexicon.state(state)?.occupied_by.as_deref()?)?;
    let own_government = input.mentions_in(s0, s1).any(|m| m.role.as_deref() == Some("GOV") && m.actor.as_deref().is_some_and(|a| a.starts_with(state)));
    (!own_government).then(|| Arg {
        entity: None,
        actor: Some(occupier.code.clone()),
        country: Some(occupier.iso3.clone()),
        role: None,
        person: false,
        thing: false,
        ..protesters.clone()
    })
}

/// Roles of a party a protest is aimed at: those who decide or enforce.
const POLITICAL_ROLES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];

/// The party whose act a protest is against, named right after `احتجاجا على` (…
/// احتجاجا على زيارة ولي العهد السعودي، على نقل السفارة الأمريكية، على تدخل طهران): the
/// first mention within the next two words, no other preposition before it, when it holds
/// office or is a capital standing for its government; not a victim (على مقتل الصحفي، على
/// اعتقال ناشطين) nor a place (تظاهروا احتجاجا على حدود قطاع غزة: on the border).
pub(super) fn protested_party(input: &Input, (s0, s1): (usize, usize)) -> Option<Arg> {
    let k = (s0..s1.saturating_sub(2)).find(|&k| input.keys[k] == "احتجاجا" && input.keys[k + 1] == "علي")?;
    let m = input.mentions.iter().find(|m| m.tok_start > k + 1 && m.tok_start <= k + 3 && m.tok_end <= s1)?;
    let direct = (k + 2..m.tok_start).all(|j| !super::args::is_preposition(&input.keys[j]));
    let political = match m.role.as_deref() {
        Some(r) => POLITICAL_ROLES.contains(&r),
        None => m.kind == Kind::Capital,
    };
    (direct && political && m.country.is_some()).then(|| Arg::from_mention(m, input.home))
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

    #[test]
    fn people_under_occupation_protest_the_occupier_unless_their_government_is_named() {
        let t = "ويواصل الفلسطينيون احتجاجاتهم قرب السياج الحدودي منذ أسابيع للمطالبة بحق العودة.";
        assert!(sides(t, "PROTEST").iter().any(|(a, r)| a.as_deref() == Some("PSE") && r.as_deref() == Some("ISR")), "{:?}", sides(t, "PROTEST"));
        let t = "وتظاهر مئات الفلسطينيين في رام الله للمطالبة بأن تدفع الحكومة الفلسطينية رواتب الموظفين كاملة.";
        assert!(sides(t, "PROTEST").iter().any(|(a, r)| a.as_deref() == Some("PSE") && r.as_deref() == Some("PSE")), "{:?}", sides(t, "PROTEST"));
    }

    #[test]
    fn a_protest_against_a_partys_act_is_aimed_at_it() {
        let t = "وخرج آلاف البريطانيين في مسيرة بلندن احتجاجا على زيارة الرئيس الأمريكي.";
        assert!(sides(t, "PROTEST").iter().any(|(a, r)| a.as_deref() == Some("GBR") && r.as_deref() == Some("USA")), "{:?}", sides(t, "PROTEST"));
        // On a place, not against it: the own government stays the target.
        let t = "وتظاهر آلاف الأردنيين احتجاجا على حدود العراق.";
        assert!(!sides(t, "PROTEST").iter().any(|(_, r)| r.as_deref() == Some("IRQ")), "{:?}", sides(t, "PROTEST"));
    }
}
