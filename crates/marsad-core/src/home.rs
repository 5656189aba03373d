//! The country a story is about, used where the text leaves a speaker's country implicit
//! (السلطات، البيان، مصدر أمني).

use crate::mentions::ActorSpan;
use marsad_lexicon::Lexicon;

/// The country a story is about: the state named most often (directly, by nisba or by a
/// person's code), when no other state is named as often. Returns (CAMEO code, ISO alpha-3).
pub fn home_country(lex: &Lexicon, spans: &[ActorSpan]) -> Option<(String, String)> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for s in spans {
        if let Some(a) = s.actor.as_deref() {
            if a.len() >= 3 && lex.state(&a[..3]).is_some() {
                *counts.entry(&a[..3]).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (code, n) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.1);
    if n > second {
        let iso = lex.state(code)?.iso3.clone();
        Some((code.to_string(), iso))
    } else {
        None
    }
}
