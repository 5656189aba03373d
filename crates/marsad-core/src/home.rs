//! The country a story is about, used where the text leaves a speaker's country implicit
//! (السلطات، البيان، مصدر أمني).

use crate::mentions::ActorSpan;
use marsad_lexicon::Lexicon;

/// The country a story is about: the state named most often (directly, by nisba or by a
/// person's code); between equally frequent states, the one named first (news leads with
/// its subject). Returns (CAMEO code, ISO alpha-3), or None when no state is named.
pub fn home_country(lex: &Lexicon, spans: &[ActorSpan]) -> Option<(String, String)> {
    // (count, first position) per state code.
    let mut counts: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
    for (pos, s) in spans.iter().enumerate() {
        if let Some(a) = s.actor.as_deref() {
            if a.len() >= 3 && lex.state(&a[..3]).is_some() {
                counts.entry(&a[..3]).or_insert((0, pos)).0 += 1;
            }
        }
    }
    let (code, _) = counts.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))?;
    let iso = lex.state(code)?.iso3.clone();
    Some((code.to_string(), iso))
}
