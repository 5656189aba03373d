//! A verb of asking opening a clause of its own after a comma (`زار الرئيس موسكو، وطلب من
//! إيران الانسحاب`): with و on it and من right after it (من إيران، منه) it is the verb "and he
//! asked", not the noun "request" that a word right after another event is read as (رفضت
//! تركيا طلب …). Only for REQUEST: after a comma a noun with من is as often a noun in a
//! list (، ودعم من المقاومة).

use super::args;
use super::Input;
use marsad_lexicon::events::{FormRef, Tense};

/// Keys of من, bare or with a pronoun, right after a verb of asking.
const ASKED_OF: &[&str] = &["من", "منه", "منها", "منهم", "منهما", "منهن"];

/// Does the word at `i`, one of `forms`, open a clause as a verb of asking?
pub(super) fn opens(input: &Input, forms: &[FormRef], i: usize, (s0, s1): (usize, usize)) -> bool {
    let ev = input.lexicon.events();
    let asking_verb = forms.iter().any(|f| matches!(f.tense, Tense::Perfect | Tense::Imperfect) && ev.trigger(f.trigger).event.as_deref() == Some("REQUEST"));
    asking_verb && i > s0 && i + 1 < s1 && input.keys[i].starts_with('و') && args::is_comma(input, i - 1) && ASKED_OF.contains(&input.keys[i + 1].as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn asking_after_a_comma_opens_a_clause() {
        let t = "التقى الرئيس الفرنسي نظيره المصري، وطلب من إسرائيل وقف الاستيطان.";
        let s = sides(t, "REQUEST");
        assert!(s.contains(&(Some("FRA".into()), Some("ISR".into()))), "{s:?}");
    }

    #[test]
    fn a_request_noun_after_an_event_stays_a_noun() {
        // The object of a rejection, no comma: the noun, the Iraqi government's request.
        let t = "ورفضت تركيا طلب الحكومة العراقية.";
        let s = sides(t, "REQUEST");
        assert!(!s.iter().any(|(a, _)| a.as_deref() == Some("TUR")), "{s:?}");
    }
}
