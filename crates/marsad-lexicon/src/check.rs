//! `marsad dict check` and `marsad dict stats`: what loading cannot refuse but a
//! maintainer must see.

use crate::load::name_keys;
use crate::{Kind, Lexicon, Origin};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One problem found in the loaded dictionaries.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// `error` (the entry can never work as meant) or `warning` (worth a look).
    pub severity: &'static str,
    pub origin: String,
    pub message: String,
}

fn finding(severity: &'static str, origin: &Origin, message: String) -> Finding {
    Finding { severity, origin: origin.to_string(), message }
}

/// Check the loaded dictionaries: duplicates, names given to different actors with
/// conflicting codes, overlapping dated roles, and names that can never match.
pub fn check(lex: &Lexicon) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut by_key: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (i, e) in lex.entries().iter().enumerate() {
        let keys = name_keys(&e.name);
        if keys.is_empty() {
            out.push(finding("error", &e.origin, format!("`{}` has no letters left after normalization: it can never match", e.name)));
            continue;
        }
        by_key.entry(keys).or_default().push(i);
    }
    // A short name that is also a given name or a place (ماركوس، سوتشي) names someone or
    // somewhere else as often as the person.
    let given_keys: std::collections::HashSet<&str> = lex.given_names().iter().filter(|g| g.starts).map(|g| g.key.as_str()).collect();
    let places: std::collections::HashSet<Vec<String>> = lex
        .entries()
        .iter()
        .filter(|e| matches!(e.kind, Kind::Place | Kind::State | Kind::Capital))
        .map(|e| name_keys(&e.name))
        .collect();
    for e in lex.entries().iter().filter(|e| e.kind == Kind::PersonShort) {
        let keys = name_keys(&e.name);
        if keys.len() == 1 && given_keys.contains(keys[0].as_str()) {
            out.push(finding("warning", &e.origin, format!("short name `{}` is also a given name: alone it often names someone else", e.name)));
        }
        if places.contains(&keys) {
            out.push(finding("warning", &e.origin, format!("short name `{}` is also a place", e.name)));
        }
    }
    let mut given: HashMap<&str, &Origin> = HashMap::new();
    for g in lex.given_names() {
        if let Some(first) = given.insert(&g.key, &g.origin) {
            if *first != g.origin {
                out.push(finding("warning", &g.origin, format!("given name `{}` is listed again (first at {first})", g.key)));
            }
        }
    }
    let mut groups: Vec<(&Vec<String>, &Vec<usize>)> = by_key.iter().filter(|(_, v)| v.len() > 1).collect();
    groups.sort_by_key(|(_, v)| v[0]);
    for (keys, ids) in groups {
        let entries: Vec<_> = ids.iter().map(|&i| &lex.entries()[i]).collect();
        let first = entries[0];
        for e in &entries[1..] {
            if (e.kind == Kind::Discard) != (first.kind == Kind::Discard) {
                // Both readings are kept and the discard wins: the actor is never read.
                let (discard, actor) = if e.kind == Kind::Discard { (*e, first) } else { (first, *e) };
                out.push(finding(
                    "error",
                    &discard.origin,
                    format!("discard `{}` hides the {} `{}` at {}: it is never read", discard.name, actor.kind.label(), actor.entity, actor.origin),
                ));
            } else if e.id == first.id && e.kind == first.kind && !disjoint_in_time(first, e) {
                out.push(finding("warning", &e.origin, format!("duplicate of {} (`{}`)", first.origin, e.name)));
            } else if e.kind != Kind::Discard && first.kind != Kind::Discard && !disjoint_in_time(first, e) {
                let code = |x: &crate::Entry| x.codes.first().map(|c| c.code.clone()).or(x.role.clone()).unwrap_or_default();
                if code(e) != code(first) || e.id != first.id {
                    out.push(finding(
                        "warning",
                        &e.origin,
                        format!(
                            "`{}` (key {}) also names {} `{}` at {}: ambiguous ({} vs {})",
                            e.name,
                            keys.join(" "),
                            first.kind.label(),
                            first.entity,
                            first.origin,
                            code(e),
                            code(first)
                        ),
                    ));
                }
            }
        }
    }
    // Dated roles of one person that overlap with different codes.
    let mut seen = std::collections::HashSet::new();
    for e in lex.entries().iter().filter(|e| e.kind == Kind::Person) {
        if !seen.insert(e.id.clone()) {
            continue;
        }
        for (i, a) in e.codes.iter().enumerate() {
            for b in &e.codes[i + 1..] {
                let overlap = a.from.max(b.from) < min_end(a.to, b.to) || (a.from.is_none() && b.from.is_none());
                if a.code != b.code && overlap && (a.from.is_some() || a.to.is_some()) {
                    out.push(finding(
                        "warning",
                        &e.origin,
                        format!("{}: roles {} and {} overlap in time", e.entity, show(a), show(b)),
                    ));
                }
            }
        }
    }
    out
}

/// Two entries whose dated codes never overlap name different periods, not a conflict
/// (the RSF as SDNMIL, then SDNREB).
fn disjoint_in_time(a: &crate::Entry, b: &crate::Entry) -> bool {
    let dated = |e: &crate::Entry| !e.codes.is_empty() && e.codes.iter().all(|c| c.from.is_some() || c.to.is_some());
    dated(a)
        && dated(b)
        && a.codes.iter().all(|x| {
            b.codes.iter().all(|y| !(x.from.max(y.from) < min_end(x.to, y.to) || (x.from.is_none() && y.from.is_none())))
        })
}

fn min_end(a: Option<crate::Date>, b: Option<crate::Date>) -> Option<crate::Date> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (Some(x), None) | (None, Some(x)) => Some(x),
        // Both open: compare as "no end", which is greater than any start.
        (None, None) => Some(crate::Date(u32::MAX)),
    }
}

fn show(c: &crate::DatedCode) -> String {
    let d = |x: Option<crate::Date>| x.map(|d| d.to_string()).unwrap_or_default();
    format!("{}@{}..{}", c.code, d(c.from), d(c.to))
}

/// Counts of the loaded dictionaries.
#[derive(Clone, Debug, Serialize)]
pub struct Stats {
    /// Distinct actors (by id) per kind of dictionary.
    pub actors: BTreeMap<String, usize>,
    /// Names (entries, including generated inflections) per kind.
    pub names: BTreeMap<String, usize>,
    pub total_names: usize,
    /// Rows of first-names.tsv whose names start a name, and all their spellings.
    pub given_names: usize,
    pub given_name_spellings: usize,
}

pub fn stats(lex: &Lexicon) -> Stats {
    let mut ids: BTreeMap<String, std::collections::BTreeSet<&str>> = BTreeMap::new();
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    for e in lex.entries() {
        let k = format!("{:?}", e.kind).to_lowercase();
        ids.entry(k.clone()).or_default().insert(&e.id);
        *names.entry(k).or_default() += 1;
    }
    let rows: std::collections::BTreeSet<(&str, usize)> = lex.given_names().iter().map(|g| (g.origin.file.as_str(), g.origin.line)).collect();
    Stats {
        actors: ids.into_iter().map(|(k, v)| (k, v.len())).collect(),
        total_names: names.values().sum(),
        names,
        given_names: rows.len(),
        given_name_spellings: lex.given_names().len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_discard_that_hides_an_actor_is_an_error() {
        let mut files = crate::embedded_files();
        assert!(check(&crate::load::build(&files, &[]).unwrap()).iter().all(|f| f.severity != "error"));
        let discards = files.iter_mut().find(|(n, _)| n.ends_with("discards.tsv")).unwrap();
        discards.1.push_str("هيئة الإذاعة البريطانية\ttest: hides the BBC\n");
        let found = check(&crate::load::build(&files, &[]).unwrap());
        let err = found.iter().find(|f| f.severity == "error").expect("the hidden group is an error");
        assert!(err.message.contains("hides the group `BBC`"), "{}", err.message);
        assert!(err.origin.starts_with("dictionaries/discards.tsv:"), "{}", err.origin);
    }
}
