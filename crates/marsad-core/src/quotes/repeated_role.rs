//! A bare definite role phrase as speaker (المتحدث الرسمي، المسؤولان) names again the one
//! a fuller phrase with the same noun introduced earlier in the story (وأكد …، المتحدث
//! الرسمي باسم الأمين العام، أن … → وأشار المتحدث الرسمي إلى أن …; وقال مسؤولان كبيران في
//! الإدارة الأمريكية … → وأفاد المسؤولان بأن …): the article marks the noun as known.
//!
//! The mentions layer codes such a bare phrase by the story's country when nothing in it
//! places it (`+context:`), so the speaker spoke for the wrong country: a spokesman of the
//! Arab League for the United States. The speaker takes the code of the last earlier phrase
//! — a mention or another quote's speaker — that starts with the same word in the same
//! number and gender (مسؤولان ↔ المسؤولان, not مسؤول), is longer and was placed by words of
//! its own. Only a wrong country is mended. A phrase the mentions layer placed itself
//! (الرئيس linked back to a name, الوزير الإيراني) or that names a state is left alone.

use super::{seat, Input, QuoteSpan, Speaker};
use crate::mentions::ActorSpan;
use marsad_text::normalize::without_conjunction;

/// The stem of a bare definite head word (المتحدث → متحدث), if the word is one.
fn definite_stem(key: &str) -> Option<&str> {
    key.strip_prefix("ال").filter(|s| s.chars().count() >= 3)
}

/// The head word of an earlier phrase without its conjunction and article (ومسؤولان →
/// مسؤولان, المتحدث → متحدث).
fn head_stem(key: &str) -> &str {
    let k = without_conjunction(key);
    k.strip_prefix("ال").unwrap_or(k)
}

/// Are the tokens `[start, end)` a bare definite phrase (head and at most one definite
/// adjective: المنظمة الحقوقية), which names again one the story named before?
pub(super) fn bare_definite(keys: &[String], start: usize, end: usize) -> bool {
    let len = end.saturating_sub(start);
    (1..=2).contains(&len) && definite_stem(&keys[start]).is_some() && (len == 1 || keys[start + 1].starts_with("ال"))
}

/// Is the speaker a bare definite phrase whose code is only the story's guess?
fn bare_and_guessed(input: &Input, sp: &Speaker) -> bool {
    if sp.entity.is_some() || !bare_definite(input.keys, sp.tok_start, sp.tok_end) {
        return false;
    }
    let home = input.home.map(|(_, iso)| iso.as_str());
    if sp.country.is_some() && sp.country.as_deref() != home {
        return false;
    }
    // The mention there, if any, was coded by the story's country or not at all.
    let at = input.mentions.iter().find(|m| m.tok_start <= sp.tok_start && sp.tok_start < m.tok_end);
    at.is_none_or(|m| m.entity.is_none() && (m.country.is_none() || m.rule.contains("+context:")))
}

/// A candidate antecedent: its token range and code, when something of its own placed it.
struct Placed<'s> {
    start: usize,
    end: usize,
    actor: &'s str,
    country: &'s str,
    role: Option<&'s str>,
    entity: Option<&'s str>,
}

impl<'s> Placed<'s> {
    fn new(span: (usize, usize), actor: Option<&'s str>, country: Option<&'s str>, role: Option<&'s str>, entity: Option<&'s str>) -> Option<Self> {
        Some(Placed { start: span.0, end: span.1, actor: actor?, country: country?, role, entity })
    }
}

/// A mention as a candidate, unless its own code is the story's guess.
fn placed_mention<'s>(m: &'s ActorSpan) -> Option<Placed<'s>> {
    if m.rule.contains("+context:") {
        return None;
    }
    Placed::new((m.tok_start, m.tok_end), m.actor.as_deref(), m.country.as_deref(), m.role.as_deref(), m.entity.as_deref())
}

/// Another quote's speaker as a candidate.
fn placed_speaker(sp: &Speaker) -> Option<Placed<'_>> {
    Placed::new((sp.tok_start, sp.tok_end), sp.actor.as_deref(), sp.country.as_deref(), sp.role.as_deref(), sp.entity.as_deref())
}

/// Give each bare definite speaker the code of the fuller phrase it repeats.
pub(super) fn mend(input: &Input, quotes: &mut [QuoteSpan]) {
    let keys = input.keys;
    let speakers: Vec<Speaker> = quotes.iter().filter_map(|q| q.speaker.clone()).collect();
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        if !bare_and_guessed(input, sp) {
            continue;
        }
        let Some(stem) = definite_stem(&keys[sp.tok_start]) else { continue };
        let len = sp.tok_end - sp.tok_start;
        let fits = |c: &Placed| c.end <= sp.tok_start && c.end - c.start > len && head_stem(&keys[c.start]) == stem;
        let from_mentions = input.mentions.iter().filter_map(placed_mention);
        let from_speakers = speakers.iter().filter_map(placed_speaker);
        let Some(c) = from_mentions.chain(from_speakers).filter(|c| fits(c)).max_by_key(|c| c.start) else {
            // With none to name again, a seat phrase after it may place it (المحلل في
            // يوانتا سيكيوريتيز، ومقرها تايبيه: `seat`).
            if let Some(country) = seat::after(input, sp.tok_end) {
                sp.place_in(&country);
            }
            continue;
        };
        // Only a wrong country is mended: a role guessed within the right one stays.
        if sp.country.as_deref() == Some(c.country) {
            continue;
        }
        sp.actor = Some(c.actor.to_string());
        sp.country = Some(c.country.to_string());
        sp.role = c.role.map(str::to_string);
        sp.entity = c.entity.map(str::to_string);
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn country_of<'q>(q: &'q [crate::Quote], starts: &str) -> Option<&'q str> {
        let quote = q.iter().find(|q| q.text.starts_with(starts)).unwrap_or_else(|| panic!("no quote {starts}: {q:?}"));
        quote.speaker.as_ref().and_then(|s| s.country.as_deref())
    }

    #[test]
    fn a_bare_definite_role_speaks_as_the_fuller_phrase_before_it() {
        // A story about Saudi Arabia: the two officials are American, not Saudi.
        let text = "نفت السعودية أي علاقة لها باختفاء الصحفي، وقالت الرياض إنها تتعاون مع السلطات التركية في السعودية.\n\
                    وقال مسؤولان كبيران في الإدارة الأمريكية لشبكة سي إن إن إن واشنطن تتابع القضية عن كثب مع السعودية.\n\
                    وطالبت السعودية بانتظار نتائج التحقيق.\n\
                    وأفاد المسؤولان بأن الإدارة لا تملك معلومات تؤكد الرواية التركية.";
        let q = quotes(text);
        assert_eq!(country_of(&q, "الإدارة لا تملك"), Some("USA"), "{q:?}");
    }

    #[test]
    fn a_bare_role_of_another_number_or_noun_is_not_the_same() {
        // المسؤول is not the مسؤولان named before: it keeps its own resolution.
        let text = "نفت السعودية أي علاقة لها باختفاء الصحفي، وقالت الرياض إنها تتعاون مع السلطات التركية في السعودية.\n\
                    وقال مسؤولان كبيران في الإدارة الأمريكية لشبكة سي إن إن إن واشنطن تتابع القضية عن كثب مع السعودية.\n\
                    وطالبت السعودية بانتظار نتائج التحقيق.\n\
                    وأفاد المسؤول بأن الإدارة لا تملك معلومات تؤكد الرواية التركية.";
        let q = quotes(text);
        assert_ne!(country_of(&q, "الإدارة لا تملك"), Some("USA"), "{q:?}");
    }
}
