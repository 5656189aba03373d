//! A body written in construct with a known person's name (مستشفى عبد العزيز الرنتيسي،
//! جامعة ترامب، كتائب القذافي، قوات الأسد) is that body, not the person: a hospital or
//! university named after someone, or the forces or units that are theirs. The labelling
//! guide counts a hospital (HLH) and a university (EDU) as actors; the mention is the body,
//! coded by its role in the person's state. Before, composition read the person as the
//! noun's holder (as for وزير الخارجية سيرغي لافروف), so a hospital was its namesake.
//! Only an indefinite noun (the construct) of these roles, never one for a person
//! (`Entry::singular_person`).
//!
//! A government body in construct with its leader (نظام الأسد، إدارة ترامب، حكومة
//! نتنياهو، سلطات الرئيس إدريس ديبي) is the government, not the leader: the guide labels
//! them agents of the leader's state with the body's role (SYRGOV, USAGOV), and read as the
//! person they made a regime's shelling a man's act. The leader's titles may stand between
//! (نظام الرئيس السوري بشار الأسد، قوات نظام بشار الأسد).

use marsad_lexicon::{Entry, Kind, Match};

/// The bodies (the agent's English label) named after a person or belonging to one: not
/// people (طلبة، قادة: students and leaders are also read before a name, and طلبه، قاده
/// are verbs), nor a noun that is also a rank or a troupe (لواء، فرقة).
const BODY_LABELS: &[&str] = &[
    "hospital",
    "university",
    "institute",
    "college",
    "school",
    "academy",
    "army",
    "forces",
    "battalion",
    "regime",
    "government",
    "administration",
    "authorities",
];

/// The role of the body when the agent noun `first`, matched as `m`, is in construct with
/// the person right after it: an indefinite noun for a body of [`BODY_LABELS`].
/// A phrase of several words is in construct when its last word is written without the
/// article (قوات نظام, matched as قوات النظام; not حكومة تصريف الأعمال).
pub(super) fn body_role<'l>(first: &'l Entry, m: &Match<'_>, keys: &[String]) -> Option<&'l str> {
    let construct = m.end == m.start + 1 || keys.get(m.end - 1).is_some_and(|w| !w.starts_with("ال"));
    if first.singular_person || m.article || !construct {
        return None;
    }
    let label = first.entity.as_str();
    let body = BODY_LABELS.iter().any(|b| label.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == *b));
    first.role.as_deref().filter(|_| body)
}

/// Do the entries between the body noun and the person's name (`between`) only title the
/// person: offices of one person and the state they hold them in (نظام الرئيس السوري بشار
/// الأسد), or the body's own regime (قوات نظام الأسد)?
pub(super) fn only_titles_between<'l, 'm>(between: impl IntoIterator<Item = (Option<&'l Entry>, &'m Match<'m>)>, keys: &[String]) -> bool {
    between.into_iter().all(|(e, m)| {
        e.is_some_and(|e| match e.kind {
            Kind::Agent => e.singular_person || body_role(e, m, keys).is_some(),
            Kind::State | Kind::Nisba => true,
            _ => false,
        })
    })
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
    fn an_office_keeps_the_person() {
        // A verb that reads as a plural of people (طلبه "students") is no body.
        let ms = mentions("وقال ماتيس إنه لن ينفذ شيئا مما طلبه ترامب");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USAEDU")), "{ms:?}");
        let ms = mentions("وقال وزير الخارجية سيرغي لافروف إن موسكو سترد");
        assert!(ms.iter().any(|m| m.entity.as_deref() == Some("Sergey Lavrov")), "{ms:?}");
        let ms = mentions("واستقبل مستشار الرئيس دونالد ترامب الوفد");
        assert!(ms.iter().any(|m| m.kind == "person" && m.entity.as_deref() == Some("Donald Trump")), "{ms:?}");
    }

    #[test]
    fn a_regime_or_administration_of_a_leader_is_the_government() {
        let ms = mentions("وقال الوزير إن إدارة ترامب ستفرض عقوبات جديدة على الشركات");
        let body = ms.iter().find(|m| m.text == "إدارة ترامب").expect("administration");
        assert_eq!((body.kind.as_str(), body.actor.as_deref(), body.entity.as_deref()), ("agent", Some("USAGOV"), None), "{ms:?}");
        // The leader's titles may stand between, and the forces of the regime are its army.
        let ms = mentions("وتقدمت قوات نظام الرئيس السوري بشار الأسد نحو المدينة بعد قصف عنيف");
        let forces = ms.iter().find(|m| m.text.starts_with("قوات نظام")).expect("forces");
        assert_eq!((forces.actor.as_deref(), forces.entity.as_deref()), (Some("SYRMIL"), None), "{ms:?}");
    }

    #[test]
    fn the_leader_of_a_named_regime_is_still_named_by_surname() {
        // (ديبي is no short name of the dictionary: only the full name makes it his.)
        let ms = mentions("وأعلنت سلطات الرئيس إدريس ديبي تأجيل الانتخابات. وقال ديبي في خطاب إن الموعد سيحدد لاحقا");
        let body = ms.iter().find(|m| m.text.starts_with("سلطات")).expect("authorities");
        assert_eq!((body.actor.as_deref(), body.entity.as_deref()), (Some("TCDGOV"), None), "{ms:?}");
        let later = ms.iter().find(|m| m.text == "ديبي").expect("surname");
        assert_eq!((later.kind.as_str(), later.entity.as_deref()), ("person", Some("Idriss Deby")), "{ms:?}");
    }

    #[test]
    fn surnames_of_a_leader_and_of_people_named_around_the_regime_each_find_their_person() {
        // Mentions without a holder before and after the regime's: each surname still
        // points to its own person (the holders' copies are indexed past the mentions).
        let text = "واستقبل وزير الخارجية الروسي سيرغي لافروف وفدا من سلطات الرئيس إدريس ديبي. ثم قال لافروف إن ديبي وعد بالحوار";
        let ms = mentions(text);
        let lavrov = ms.iter().rfind(|m| m.text == "لافروف").expect("Lavrov");
        assert_eq!(lavrov.entity.as_deref(), Some("Sergey Lavrov"), "{ms:?}");
        let deby = ms.iter().find(|m| m.text == "ديبي").expect("Deby");
        assert_eq!(deby.entity.as_deref(), Some("Idriss Deby"), "{ms:?}");
    }
}
