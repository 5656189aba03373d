//! A "recipient" that is only the actor named again: a title after a name, or a name
//! after a title, set off by one comma (`وطالب إياد علاوي، زعيم الائتلاف، بإعادة فرز
//! الأصوات`، `التقى الرئيس الأميركي، دونالد ترامب، …`، `اتهم أحمد أبو الغيط، الأمين العام
//! لجامعة الدول العربية، إسرائيل`). The object search after a verb took the apposition for
//! its object; it is the subject's, and the object, if any, comes after it.

use super::args::{self, Arg};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;

/// Is `r`, right after the one actor and a comma, that actor named again: one side a
/// person's name, the other a title for one person, of no other country? Not a party
/// joined by و (`الرئيس الأميركي، والزعيم الكوري الشمالي`).
pub(super) fn is_apposition(input: &Input, actors: &[Arg], r: &Arg) -> bool {
    // (A subject already named twice, title and name, has closed its aside: what follows
    // its comma is the object, أوقف رئيس الوزراء، حيدر العبادي، وزير الكهرباء.)
    let [a] = actors else { return false };
    if r.tok_start != a.tok_end + 1 || !args::is_comma(input, a.tok_end) || args::starts_with_conjunction(input, r.tok_start) {
        return false;
    }
    let other_country = a.country.is_some() && r.country.is_some() && a.country != r.country;
    let named = |x: &Arg| x.mentions(input).any(|m: &ActorSpan| matches!(m.kind, Kind::Person | Kind::PersonShort));
    let title = |x: &Arg| x.mentions(input).any(|m: &ActorSpan| m.kind == Kind::Agent && m.person_noun);
    !other_country && (named(a) && title(r) || title(a) && named(r))
}

/// Where the object may start after the apposition `r`: past its closing comma.
pub(super) fn after(input: &Input, r: &Arg, s1: usize) -> usize {
    if r.tok_end < s1 && args::is_comma(input, r.tok_end) {
        r.tok_end + 1
    } else {
        r.tok_end
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_title_after_the_named_subject_is_no_object() {
        let s = sides("وطالب إياد علاوي، زعيم الائتلاف الوطني، بإعادة فرز الأصوات.", "REQUEST");
        assert!(!s.is_empty() && s.iter().all(|(_, r)| r.is_none()), "{s:?}");
        // The object after the apposition is the recipient.
        let s = sides("واتهم أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، إسرائيل بانتهاك القانون.", "ACCUSE");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("ISR")), "{s:?}");
    }

    #[test]
    fn a_party_of_another_country_after_a_comma_stays_the_object() {
        let s = sides("واتهم الرئيس الأمريكي، الزعيم الكوري الشمالي بالكذب.", "ACCUSE");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("PRK")), "{s:?}");
        // After a subject named twice the comma closes the aside: the title is the object.
        let s = sides("وأوقف رئيس الوزراء، حيدر العبادي، وزير الكهرباء العراقي عن العمل.", "COERCE");
        assert!(s.iter().any(|(_, r)| r.is_some()), "{s:?}");
    }
}
