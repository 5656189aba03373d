//! A speaker phrase that resolves to no actor of its own but names an organisation inside
//! it speaks for that organisation: منسقة السياسة الخارجية بالاتحاد الأوروبي (the EU),
//! تقرير "غارديان" (the Guardian), مكتب حقوق الإنسان التابع للأمم المتحدة (the UN), عضو
//! بمجلس الاتحاد الدولي لكرة القدم (FIFA). Without this the phrase took the story's home
//! country (an EU official in an Iran story coded IRN). Only an international organisation or
//! a group (party, outlet, company) lends its code: a person's name inside such a phrase is
//! mostly a name cut in two (نيل باسو), a state after لـ the phrase's object (فعل لطهران),
//! and a body after عن/مع/ضد/على/إلى/من is what the phrase is about, not whose it is.

use super::{ActorSpan, Input};
use marsad_lexicon::Kind;

/// Prepositions after which a body is the topic or the other side, not the owner.
const NOT_OWNER: &[&str] = &["عن", "مع", "ضد", "علي", "الي", "من", "حول", "بشان"];

/// The first organisation named inside the speaker phrase `start..end`, with its code.
pub(super) fn body_inside<'m>(input: &Input<'m>, start: usize, end: usize) -> Option<&'m ActorSpan<'m>> {
    let mentions = input.mentions;
    let first = mentions.partition_point(|m| m.tok_start <= start);
    mentions[first..].iter().take_while(|m| m.tok_end <= end).find(|m| {
        matches!(m.kind, Kind::Igo | Kind::Group) && m.actor.is_some() && m.country.is_some() && !NOT_OWNER.contains(&input.keys[m.tok_start - 1].as_str())
    })
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::country_of;

    #[test]
    fn a_phrase_naming_an_organisation_speaks_for_it() {
        let t = "وتوعدت إيران بالرد على العقوبات. وأكدت منسقة السياسة الخارجية بالاتحاد الأوروبي أن الاتفاق النووي يبقى ساريا.";
        assert_eq!(country_of(t, "الاتفاق").as_deref(), Some("IGOEUREEC"));
    }

    #[test]
    fn a_phrase_about_an_organisation_keeps_the_story_country() {
        // (A study about NATO is no study of NATO's.)
        let t = "وتوعدت إيران بالرد على العقوبات. وذكرت دراسة حول حلف شمال الأطلسي أن طهران لن تتراجع.";
        assert_eq!(country_of(t, "طهران").as_deref(), Some("IRN"));
    }
}
