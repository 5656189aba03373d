//! The plural قادة "leaders" placed by a state alone is the state's leadership (GOV), not
//! its commanders: القادة الإيرانيون، قادة فرنسا، قادة الإمارات. The dictionary codes
//! قائد MIL, as its singular mostly is (قائد الجيش، القائد العسكري), and a phrase that
//! names a military body or word keeps that (القادة العسكريون الأمريكيون، قادة الجيش
//! المصري, its last role noun's), as does a military adjective after the state (قادة
//! السعودية العسكريين); so do leaders of a place that is no state (قادة صعدة),
//! of a body named before the nisba (قادة الحركة العمالية الأمريكية) and those with an
//! adjective before the state (القادة الدينيون الفلسطينيون).

use marsad_lexicon::{Entry, Kind};

/// Military and field adjectives of the leaders, as keyed: they are commanders.
const MILITARY: &[&str] = &["العسكريين", "العسكريون", "الميدانيين", "الميدانيون"];

/// The role of the one role noun `first`, written `key` and placed by `place` right after
/// it (`direct`: no word between them), `next` the word after the phrase: GOV for the
/// leaders' plural before a state, its name, nisba, capital or demonym; otherwise
/// `row_role`.
pub(super) fn role<'r>(first: &Entry, key: &str, place: &Entry, direct: bool, next: Option<&str>, row_role: Option<&'r str>) -> Option<&'r str> {
    let leaders = first.id.strip_prefix("agent:") == Some("قائد") && key.ends_with("قاده");
    let state_place = matches!(place.kind, Kind::State | Kind::Nisba | Kind::Capital | Kind::Demonym) || place.kind == Kind::Metonym && place.place.is_some();
    let military = next.is_some_and(|w| MILITARY.contains(&w));
    if leaders && direct && state_place && !military && row_role == Some("MIL") {
        Some("GOV")
    } else {
        row_role
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    fn code_of(text: &str, span: &str) -> Option<String> {
        let ms = mentions(text);
        ms.iter().find(|m| m.text == span).unwrap_or_else(|| panic!("no {span}: {ms:?}")).actor.clone()
    }

    #[test]
    fn leaders_of_a_state_are_its_government() {
        assert_eq!(code_of("واجتمع القادة الألمان في برلين لبحث الميزانية.", "القادة الألمان").as_deref(), Some("DEUGOV"));
        assert_eq!(code_of("وحذر قادة اليابان من حرب تجارية طويلة.", "قادة اليابان").as_deref(), Some("JPNGOV"));
    }

    #[test]
    fn commanders_stay_military() {
        // A military word in the phrase, and the singular commander.
        assert_eq!(code_of("وزار القادة العسكريون الألمان القاعدة الجوية.", "القادة العسكريون الألمان").as_deref(), Some("DEUMIL"));
        assert_eq!(code_of("وقال القائد الألماني إن الجنود عادوا.", "القائد الألماني").as_deref(), Some("DEUMIL"));
        let ms = mentions("وأقالت الحكومة قادة اليابان العسكريين بعد الحادث.");
        assert!(ms.iter().any(|m| m.text.starts_with("قادة اليابان") && m.actor.as_deref() == Some("JPNMIL")), "{ms:?}");
    }
}
