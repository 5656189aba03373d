//! A party named by one head noun and the nisbas of two or more states joined by و
//! (`القوات الأمريكية والفرنسية والبريطانية`، `قوات أميركية وبريطانية وفرنسية`، `الزعيمان
//! الروسي والإسرائيلي`) is one mention with no code: the mention layer spans it whole and
//! drops the state (`mentions/coordinated_adjectives.rs`, rule `+and-adjective`), as the
//! labels do. An event it takes part in is done by, or to, each state it names (eval/README.md:
//! one event per named actor of a joint act), so the party becomes one party per state,
//! coded by that state and the mention's role (USAMIL, FRAMIL, GBRMIL), each spanning its
//! nisba. Without this, a bare institution's role took the story's country
//! (`Arg::from_mention`): the three Western navies' strikes on Syria were SYRMIL's.

use super::args::{nisba_at, nisba_in, Arg};
use super::Input;

/// The rule suffix the mention layer gives a head widened over و-joined adjectives.
const JOINED: &str = "+and-adjective";

/// Replace each uncoded party that joins the nisbas of two or more states by one party per
/// state, in text order.
pub(super) fn split(input: &Input, parties: &mut Vec<Arg>) {
    if !parties.iter().any(|a| is_joined(input, a)) {
        return;
    }
    let mut out = Vec::with_capacity(parties.len());
    for a in parties.drain(..) {
        match is_joined(input, &a).then(|| states_named(input, &a)).filter(|s| s.len() > 1) {
            Some(states) => out.extend(states),
            None => out.push(a),
        }
    }
    *parties = out;
}

/// Is `a` exactly an uncoded mention widened over و-joined adjectives?
fn is_joined(input: &Input, a: &Arg) -> bool {
    a.mentions(input).any(|m| m.actor.is_none() && m.rule.contains(JOINED))
}

/// One party per state whose nisba stands in `a`'s span (after its head), coded with the
/// mention's role; each state once.
fn states_named(input: &Input, a: &Arg) -> Vec<Arg> {
    let role = a.mentions(input).find_map(|m| m.role.as_deref().map(str::to_string));
    let lex = input.lexicon;
    let mut out: Vec<Arg> = Vec::new();
    let mut k = a.tok_start + 1;
    while k < a.tok_end {
        let Some(n) = nisba_after_and(input, k).filter(|n| n.tok_end <= a.tok_end) else {
            k += 1;
            continue;
        };
        k = n.tok_end;
        let Some(state) = n.actor.as_deref().map(|c| c.get(..3).unwrap_or(c)) else { continue };
        if out.iter().any(|o| o.actor.as_deref().is_some_and(|c| c.starts_with(state))) {
            continue;
        }
        let actor = match role.as_deref() {
            Some(r) => lex.actor_code(state, r).map(str::to_string).unwrap_or_else(|| format!("{state}{r}")),
            None => state.to_string(),
        };
        out.push(Arg { role: role.clone(), actor: Some(actor), person: a.person, ..n });
    }
    out
}

/// The nisba at token `k`, its و seen through (والفرنسية: the reader of a phrase's nisba
/// allows the article alone).
fn nisba_after_and(input: &Input, k: usize) -> Option<Arg> {
    if let Some(n) = nisba_at(input, k) {
        return Some(n);
    }
    let bare = input.keys[k].strip_prefix('و').filter(|b| b.starts_with("ال"))?;
    let mut keys = vec![bare.to_string()];
    keys.extend(input.keys[k + 1..(k + 3).min(input.keys.len())].iter().cloned());
    nisba_in(input, k, &keys)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The (actor, recipient) country pairs of the events of `kind`, every party of each.
    fn pairs(text: &str, kind: &str) -> Vec<(String, String)> {
        let c = |p: Option<&crate::Party>| p.and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        let mut out = Vec::new();
        for e in events(text).iter().filter(|e| e.kind == kind) {
            for a in e.actors.iter().map(Some).chain(e.actors.is_empty().then_some(None)) {
                for r in e.recipients.iter().map(Some).chain(e.recipients.is_empty().then_some(None)) {
                    out.push((c(a), c(r)));
                }
            }
        }
        out
    }

    fn pair(a: &str, r: &str) -> (String, String) {
        (a.into(), r.into())
    }

    #[test]
    fn each_state_of_a_joint_actor_acts() {
        let p = pairs("وشنت القوات الأمريكية والفرنسية والبريطانية ضربات على سوريا.", "ASSAULT");
        for s in ["USA", "FRA", "GBR"] {
            assert!(p.contains(&pair(s, "SYR")), "{s}: {p:?}");
        }
        // Not the story's country for a bare institution.
        assert!(!p.iter().any(|(a, _)| a == "SYR"), "{p:?}");
        // Indefinite, and with the role coded: MIL for each state.
        let es = events("وشنت قوات أميركية وبريطانية وفرنسية ضربات جوية على سوريا فجر السبت.");
        let codes: Vec<_> = es.iter().filter(|e| e.kind == "ASSAULT").flat_map(|e| e.actors.iter().filter_map(|a| a.actor.clone())).collect();
        for c in ["USAMIL", "GBRMIL", "FRAMIL"] {
            assert!(codes.contains(&c.to_string()), "{c}: {codes:?}");
        }
    }

    #[test]
    fn each_state_of_a_joint_recipient_is_acted_on() {
        let p = pairs("ونددت المنظمات التونسية بمواقف الحكومات الإيطالية والمالطية والفرنسية.", "ACCUSE");
        for s in ["ITA", "MLT", "FRA"] {
            assert!(p.contains(&pair("TUN", s)), "{s}: {p:?}");
        }
    }

    #[test]
    fn one_state_with_other_adjectives_stays_one_party() {
        // Adjectives of one state's bodies: one party, coded as before.
        let p = pairs("وشنت القوات الجوية والبحرية الأمريكية ضربات على مواقع في سوريا.", "ASSAULT");
        assert!(p.contains(&pair("USA", "SYR")), "{p:?}");
        assert_eq!(p.iter().filter(|(a, _)| a != "-").count(), 1, "{p:?}");
    }
}
