//! CAMEO event codes → Goldstein scale value, quad class and PLOVER mapping, from
//! `dictionaries/cameo.tsv` (embedded). Used to score events when they are stored, so the
//! numbers in the store always come from one reviewed table.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What the CAMEO codebook says about one event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CameoCode {
    pub goldstein: f64,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub plover_event: Option<String>,
}

const TABLE: &str = include_str!("../../../dictionaries/cameo.tsv");

fn table() -> &'static HashMap<String, CameoCode> {
    static T: OnceLock<HashMap<String, CameoCode>> = OnceLock::new();
    T.get_or_init(|| parse(TABLE))
}

fn parse(tsv: &str) -> HashMap<String, CameoCode> {
    let mut m = HashMap::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(code), Some(g), Some(q)) = (f.first(), f.get(1), f.get(2)) else { continue };
        let (Ok(goldstein), Ok(quad_class)) = (g.trim().parse::<f64>(), q.trim().parse::<u8>()) else { continue };
        let plover_event = f.get(4).map(|s| s.trim()).filter(|s| !s.is_empty() && *s != "DROPPED").map(str::to_string);
        m.insert(code.trim().to_string(), CameoCode { goldstein, quad_class, plover_event });
    }
    m
}

/// Look a code up; an unknown code falls back to its parent (`0231` → `023` → `02`), as
/// CAMEO codes are hierarchical.
pub fn lookup(code: &str) -> Option<&'static CameoCode> {
    let t = table();
    let mut c = code.trim();
    while c.len() >= 2 {
        if let Some(v) = t.get(c) {
            return Some(v);
        }
        c = &c[..c.len() - 1];
    }
    None
}

/// Number of codes in the table (for `dict stats`-like reporting and tests).
pub fn len() -> usize {
    table().len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_loads_and_codes_resolve() {
        assert!(super::len() > 250);
        let c = super::lookup("190").unwrap();
        assert_eq!(c.quad_class, 4);
        assert!(c.goldstein < -9.0);
        assert_eq!(super::lookup("0239").unwrap().quad_class, 1); // falls back to 023
        assert!(super::lookup("x").is_none());
    }
}
