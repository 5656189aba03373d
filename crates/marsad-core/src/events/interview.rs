//! A talk, call or meeting whose only other party is the press (في مقابلة هاتفية مع رويترز،
//! في حوار مع صحيفة "آس"، لقاء مع سكاي نيوز، يتحدثون إلى وسائل الإعلام) is an interview: the
//! speaker tells the public through a reporter, no consultation between parties (CAMEO 040
//! and 041 are meetings and calls between actors). Visits and hosting (042, 043) stay: a
//! leader receiving a newspaper's editors is still a reception.

use super::args::Arg;
use super::EventSpan;

/// CAMEO codes of a talk or a call (not a visit).
const TALKS: &[&str] = &["040", "041"];
/// The role code of news media.
const MEDIA: &str = "MED";

/// Is `e` a talk or call with no party but news media on the other side?
pub(super) fn is_interview(e: &EventSpan) -> bool {
    e.kind == "CONSULT"
        && e.cameo.as_deref().is_some_and(|c| TALKS.contains(&c))
        && !e.recipients.is_empty()
        && e.recipients.iter().all(is_press)
}

/// News media, not an international body whose code ends in MED (the ITU, IGOUNOMED).
fn is_press(r: &Arg) -> bool {
    r.role.as_deref() == Some(MEDIA) && !r.actor.as_deref().is_some_and(|a| a.starts_with("IGO"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::count;


    #[test]
    fn a_talk_with_the_press_is_no_consultation() {
        assert_eq!(count("وقال وزير الخارجية الفرنسي في حوار مع صحيفة لوموند إن الاتفاق صامد.", "CONSULT"), 0);
        assert_eq!(count("وأضاف الرئيس المصري في اتصال هاتفي مع وكالة رويترز أن المفاوضات مستمرة.", "CONSULT"), 0);
    }

    #[test]
    fn a_talk_with_a_party_stays() {
        assert_eq!(count("وأجرى الرئيس المصري اتصالا هاتفيا مع الرئيس الفرنسي.", "CONSULT"), 1);
        assert_eq!(count("والتقى وزير الخارجية الفرنسي نظيره الروسي في موسكو.", "CONSULT"), 1);
    }
}
