//! Speakers of a region: the Western states, European diplomats.
//!
//! The labels code a speaker for a group of states by the region, as country too
//! (الغربيين → WST, الأوروبيين → EUR: eval/README.md). Two ways marsad lost it:
//! - a metonym for a region (الدول الغربية) is coded WST, but a region is no state, so its
//!   mention has no country and the speaker had none;
//! - a region adjective the dictionaries do not list as a nisba (مصدر أوروبي، الدبلوماسيين
//!   الغربيين، المفوض الأوروبي) left the phrase without a country of its own, so it took
//!   the story's home country (a European source in a story about Iran spoke for Iran).
//!
//! The adjective counts only where it describes the speaker: not inside a longer name
//! (المفوضية الأوروبية، الضفة الغربية: dictionary phrases), not after a direction or a
//! landform (جنوب غربي، القرن الإفريقي: a place) or a command (القيادة الأفريقية: a
//! state's military command for the region), and not when a state is named in the phrase
//! too (النائب الأوروبي البريطاني).

use super::{Input, Speaker};
use marsad_lexicon::Kind;

/// Region adjectives, as keys without clitics, article or ending, and their region code.
const REGION_ADJECTIVES: &[(&str, &str)] = &[("اوروبي", "EUR"), ("غربي", "WST"), ("افريقي", "AFR"), ("اسيوي", "ASA")];

/// Words (bare: no clitics, no article) after which the adjective names no speaker's
/// region: a direction (جنوب غربي البلاد), a landform (منظمة القرن الإفريقي, the Horn of
/// Africa), a military command (القيادة الأفريقية) or a field (محررة الشؤون الأوروبية, the
/// Europe editor: a subject, not her country).
const NOT_OF_SPEAKER: &[&str] = &["جنوب", "شمال", "شرق", "غرب", "قرن", "قاره", "قياده", "شؤون", "اقتصادات"];

/// A key without its conjunction, preposition and article (والأوروبية → اوروبيه, للشؤون
/// → شؤون).
fn bare(key: &str) -> &str {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    if let Some(r) = k.strip_prefix("لل") {
        return r;
    }
    let k = k.strip_prefix(['ب', 'ل', 'ك']).filter(|r| r.starts_with("ال")).unwrap_or(k);
    k.strip_prefix("ال").unwrap_or(k)
}

/// The region a word names as an adjective (الأوروبية، غربيون، والأفريقيين).
fn region_of_word(key: &str) -> Option<&'static str> {
    let k = bare(key);
    let k = ["ون", "ين", "ه"].iter().find_map(|s| k.strip_suffix(s)).filter(|r| r.ends_with('ي')).unwrap_or(k);
    REGION_ADJECTIVES.iter().find(|(stem, _)| *stem == k).map(|&(_, code)| code)
}

/// Does a dictionary phrase starting in `[start, at]` run over token `at` (المفوضية
/// الأوروبية، الضفة الغربية)? Then the adjective is part of a name.
fn inside_name(input: &Input, start: usize, at: usize) -> bool {
    (start..=at).any(|s| input.lexicon.longest_at(input.keys, s).is_some_and(|m| m.end > at && (s < at || m.end > at + 1)))
}

/// Does a state, nisba or demonym start in `[start, end)`? Then the phrase has a country.
fn names_a_state(input: &Input, start: usize, end: usize) -> bool {
    let lexicon = input.lexicon;
    (start..end).any(|k| {
        lexicon.longest_at(input.keys, k).is_some_and(|m| {
            m.entries.iter().map(|&id| lexicon.entry(id)).any(|e| {
                matches!(e.kind, Kind::Nisba | Kind::State | Kind::Demonym | Kind::Capital | Kind::Place)
                    && e.codes.first().is_some_and(|c| lexicon.split_code(&c.code).0.is_some())
            })
        })
    })
}

/// The region a speaker's phrase `[start, end)` describes by an adjective after its head
/// word, when it names no state and the adjective is no part of a name.
pub(super) fn of_phrase(input: &Input, start: usize, end: usize) -> Option<&'static str> {
    let keys = input.keys;
    let (r, code) = (start + 1..end).find_map(|k| region_of_word(&keys[k]).map(|c| (k, c)))?;
    let after_place = NOT_OF_SPEAKER.contains(&bare(&keys[r - 1]));
    (!after_place && !inside_name(input, start, r) && !names_a_state(input, start, end)).then_some(code)
}

/// Give a speaker of a region its region as country: a region actor with no country
/// (الدول الغربية, WST), or a phrase with a region adjective whose country was only the
/// story's guess (`guessed`; not a known person's, not an organisation's, not one a name
/// in apposition gave: ممثل إريتريا).
pub(super) fn mend(input: &Input, sp: &mut Speaker, guessed: bool) {
    let region_actor = sp.actor.as_deref().and_then(|a| a.get(..3)).filter(|h| input.lexicon.is_region(h));
    if let (Some(head), None) = (region_actor, &sp.country) {
        sp.country = Some(head.to_string());
        return;
    }
    let organisation = sp.country.as_deref().is_some_and(|c| c.len() > 3);
    if !guessed || sp.entity.is_some() || organisation {
        return;
    }
    // The adjective may follow the mention, which stops at its head (دبلوماسي أوروبي
    // كبير: the mentions layer takes دبلوماسي alone): it joins the speaker's phrase.
    let adjective_after = input.keys.get(sp.tok_end).is_some_and(|k| region_of_word(k).is_some());
    let end = if adjective_after { sp.tok_end + 1 } else { sp.tok_end };
    if let Some(code) = of_phrase(input, sp.tok_start, end) {
        sp.place_in(code);
        sp.tok_end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::region_of_word;
    use crate::quotes::tests::quotes;

    #[test]
    fn a_region_adjective_after_the_speakers_mention_gives_the_region() {
        // دبلوماسي is a mention by itself; the adjective after it says whose diplomat.
        let text = "انسحبت الولايات المتحدة من الاتفاق النووي، وتهدد واشنطن الشركات الأوروبية بالعقوبات.\n\
                    وقال دبلوماسي أوروبي كبير إن أوروبا لا تملك الكثير لتهديد الأميركيين به.";
        let q = quotes(text);
        let sp = q.iter().find(|q| q.text.starts_with("أوروبا لا تملك")).and_then(|q| q.speaker.as_ref());
        assert_eq!(sp.and_then(|s| s.country.as_deref()), Some("EUR"), "{q:?}");
        assert!(sp.is_some_and(|s| s.text.contains("أوروبي")), "{q:?}");
    }

    #[test]
    fn region_adjectives_in_every_form_and_no_other_word() {
        for k in ["اوروبي", "الاوروبيه", "والاوروبيين", "اوروبيون", "الغربيين", "بالغربيه", "الافريقي", "اسيويه"] {
            assert!(region_of_word(k).is_some(), "{k}");
        }
        assert_eq!(region_of_word("الغربيون"), Some("WST"));
        assert_eq!(region_of_word("الاوروبيه"), Some("EUR"));
        // المغربي is Moroccan, غرب a direction, اوروبا the continent (a state-like place).
        for k in ["المغربي", "مغربيه", "غرب", "اوروبا", "الغرب"] {
            assert_eq!(region_of_word(k), None, "{k}");
        }
    }
}
