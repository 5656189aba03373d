//! A "recipient" that is only the actor named again: a title after a name, or a name
//! after a title, set off by one comma (`وطالب إياد علاوي، زعيم الائتلاف، بإعادة فرز
//! الأصوات`، `التقى الرئيس الأميركي، دونالد ترامب، …`، `اتهم أحمد أبو الغيط، الأمين العام
//! لجامعة الدول العربية، إسرائيل`). The object search after a verb took the apposition for
//! its object; it is the subject's, and the object, if any, comes after it.

use super::args::{self, Arg, Context};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;

/// Is `r`, right after the one actor and a comma, that actor named again: one side a
/// person's name, the other a title for one person, of no other country, or both sides
/// one person the mentions layer named (`بين الرئيس الأميركي، دونالد ترامب، والزعيم …`,
/// where the title is read as a person too)? Not a party joined by و (`الرئيس الأميركي،
/// والزعيم الكوري الشمالي`).
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
    !other_country && (named(a) && title(r) || title(a) && named(r) || same_person(a, r))
}

/// Are `a` and `r` people the mentions layer gave one entity? (A state's entity is its
/// name whatever it is called, إيران or طهران: only people.)
fn same_person(a: &Arg, r: &Arg) -> bool {
    a.person && r.person && a.entity.is_some() && a.entity == r.entity
}

/// Where the object may start after the apposition `r`: past its closing comma.
pub(super) fn after(input: &Input, r: &Arg, s1: usize) -> usize {
    if r.tok_end < s1 && args::is_comma(input, r.tok_end) {
        r.tok_end + 1
    } else {
        r.tok_end
    }
}

/// The parties of a "between" list that go on after the apposition `r` and its closing
/// comma with و (بين رئيس الحكومة، فايز السراج، ورجل الشرق القوي، خليفة حفتر), each with
/// its own apposition dropped again.
pub(super) fn next_conjunct(ctx: &Context, input: &Input, r: &Arg, s1: usize) -> Vec<Arg> {
    let at = after(input, r, s1);
    if at >= s1 || !args::starts_with_conjunction(input, at) {
        return Vec::new();
    }
    // (Or one word on, past a noun no mention holds: ونظيره الإيطالي جوزيبي بينياتوني.)
    let Some(m) = args::mention_starting(ctx, input, at).or_else(|| (at + 1 < s1 && !ctx.in_mention(at)).then(|| args::mention_starting(ctx, input, at + 1)).flatten()) else {
        return Vec::new();
    };
    let list: Vec<Arg> = args::list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect();
    // (A name after the conjunct's title and a comma is that conjunct again.)
    let mut out: Vec<Arg> = Vec::new();
    for a in list {
        if out.last().is_some_and(|p| is_apposition(input, std::slice::from_ref(p), &a)) {
            continue;
        }
        out.push(a);
    }
    out
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
    fn a_name_apposed_to_the_first_of_two_meeting_is_no_party() {
        let s = sides("وتستعد سنغافورة للقمة بين الرئيس الأميركي، دونالد ترامب، والزعيم الكوري الشمالي كيم جونغ أون.", "CONSULT");
        assert!(s.iter().any(|(a, r)| a.as_deref() == Some("USA") && r.as_deref() == Some("PRK")), "{s:?}");
        assert!(!s.iter().any(|(a, r)| a.as_deref() == Some("USA") && r.as_deref() == Some("USA")), "{s:?}");
        // The list goes on past the name's closing comma.
        let s = sides("وجاء القرار بعد مكالمة هاتفية بين النائب العام المصري، نبيل صادق، ونظيره الإيطالي جوزيبي بينياتوني يوم الإثنين.", "CONSULT");
        assert!(s.iter().any(|(a, r)| a.as_deref() == Some("EGY") && r.as_deref() == Some("ITA")), "{s:?}");
        assert!(!s.iter().any(|(a, r)| a.as_deref() == Some("EGY") && r.as_deref() == Some("EGY")), "{s:?}");
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
