//! A body written in construct with a known person's name (مستشفى عبد العزيز الرنتيسي،
//! جامعة ترامب، كتائب القذافي، قوات الأسد) is that body, not the person: a hospital or
//! university named after someone, or the forces or units that are theirs. The labelling
//! guide counts a hospital (HLH) and a university (EDU) as actors; the mention is the body,
//! coded by its role in the person's state. Before, composition read the person as the
//! noun's holder (as for وزير الخارجية سيرغي لافروف), so a hospital was its namesake.
//! Only an indefinite noun (the construct) of these roles, never one for a person
//! (`Entry::singular_person`): إدارة ترامب، نظام الأسد keep the person.

use marsad_lexicon::{Entry, Match};

/// The bodies (the agent's English label) named after a person or belonging to one: not
/// people (طلبة، قادة: students and leaders are also read before a name, and طلبه، قاده
/// are verbs), nor a noun that is also a rank or a troupe (لواء، فرقة).
const BODY_LABELS: &[&str] = &["hospital", "university", "institute", "college", "school", "academy", "army", "forces", "battalion"];

/// The role of the body when the agent noun `first`, matched as `m`, is in construct with
/// the person right after it: an indefinite noun for a body of [`BODY_LABELS`].
pub(super) fn body_role<'l>(first: &'l Entry, m: &Match<'_>) -> Option<&'l str> {
    if first.singular_person || m.article || m.end != m.start + 1 {
        return None;
    }
    let label = first.entity.as_str();
    let body = BODY_LABELS.iter().any(|b| label.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == *b));
    first.role.as_deref().filter(|_| body)
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn a_hospital_or_forces_in_construct_with_a_person_are_the_body() {
        let ms = mentions("ونقل الجرحى إلى مستشفى عبد العزيز الرنتيسي في غزة");
        let hospital = ms.iter().find(|m| m.text.starts_with("مستشفى")).expect("hospital");
        assert_eq!((hospital.actor.as_deref(), hospital.entity.as_deref()), (Some("PSEHLH"), None), "{ms:?}");
        let ms = mentions("وتقدمت قوات الأسد نحو الغوطة الشرقية");
        assert_eq!(ms.iter().find(|m| m.text == "قوات الأسد").and_then(|m| m.actor.as_deref()), Some("SYRMIL"), "{ms:?}");
    }

    #[test]
    fn an_office_or_administration_keeps_the_person() {
        let ms = mentions("وقالت إدارة ترامب إنها ستفرض عقوبات");
        assert!(ms.iter().any(|m| m.text == "إدارة ترامب" && m.entity.as_deref() == Some("Donald Trump")), "{ms:?}");
        // A verb that reads as a plural of people (طلبه "students") is no body.
        let ms = mentions("وقال ماتيس إنه لن ينفذ شيئا مما طلبه ترامب");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USAEDU")), "{ms:?}");
        let ms = mentions("وقال وزير الخارجية سيرغي لافروف إن موسكو سترد");
        assert!(ms.iter().any(|m| m.entity.as_deref() == Some("Sergey Lavrov")), "{ms:?}");
    }
}
