//! An agreement whose sides are named together as its compound subject (`وقعت الكويت
//! والفلبين اتفاقية`، `اتفقت القاهرة والخرطوم وأديس أبابا على`، `توصلت موسكو وواشنطن إلى
//! اتفاق`) binds each side to the other, as the labels code it: the first side agrees
//! with the others (the event as built) and each of the others with the first (added
//! here). Meetings and cooperation keep one direction, as the labels do. Not an accord
//! named between two sides (`اتفاقية ترسيم الحدود بين مصر وقبرص`، `التوصل إلى اتفاق سلام
//! بين الإسرائيليين والفلسطينيين مهمة صعبة`): in the corpus sample that was mostly an
//! accord referred to, hoped for or drafted, not one made.

use super::{Arg, EventSpan};

/// Rule mark of an agreement whose compound subject was split into its sides.
pub(super) const RULE: &str = "+mutual";

/// Is the agreement one both sides make: an accord, treaty or understanding reached or
/// signed (CAMEO 057), or `اتفق` "agreed"? A pledge or consent of sides named together
/// (`تعهدت واشنطن ولندن بدعم …`، `وافقت مصر والسودان على …`) is each side's own.
fn binds_both(e: &EventSpan) -> bool {
    e.cameo.as_deref() == Some(SIGNED) || e.rule.starts_with(AGREED)
}

/// Sign a formal agreement.
const SIGNED: &str = "057";
/// The rule of the verb "agreed".
const AGREED: &str = "verb:اتفق+";

/// After each agreement of sides named together as its subject, the same agreement of each other side
/// with the first, unless its sentence already holds it.
pub(super) fn mirror(out: &mut Vec<EventSpan>) {
    let joint = |e: &EventSpan| e.kind == "AGREE" && e.rule.contains(RULE) && binds_both(e) && e.actors.len() == 1 && e.actors[0].country.is_some();
    let untold = |events: &[EventSpan], e: &EventSpan, side: &Arg| {
        let first = &e.actors[0];
        !events.iter().any(|x| x.kind == "AGREE" && x.sentence == e.sentence && x.actors.iter().any(|a| a.country == side.country) && x.recipients.iter().any(|r| r.country == first.country))
    };
    super::reversed::insert(out, joint, untold);
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// (actor country, recipient country) of every AGREE event of `text`.
    fn agreements(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let mut v: Vec<_> = events(text)
            .iter()
            .filter(|e| e.kind == "AGREE")
            .flat_map(|e| {
                let rs: Vec<_> = e.recipients.iter().map(|r| r.country.clone()).collect();
                e.actors.iter().flat_map(move |a| rs.clone().into_iter().map(move |r| (a.country.clone(), r)))
            })
            .collect();
        v.sort();
        v
    }

    fn pair(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (Some(a.into()), Some(b.into()))
    }

    #[test]
    fn a_signing_by_two_states_binds_each_to_the_other() {
        assert_eq!(agreements("ووقعت مصر والأردن أمس اتفاقية للتعاون في مجال الطاقة."), vec![pair("EGY", "JOR"), pair("JOR", "EGY")]);
        assert_eq!(agreements("اتفقت اليابان وكوريا الجنوبية على تبادل المعلومات العسكرية."), vec![pair("JPN", "KOR"), pair("KOR", "JPN")]);
    }

    #[test]
    fn a_pledge_of_two_states_is_not_mirrored() {
        let es = events("تعهدت الولايات المتحدة وبريطانيا بدعم الحكومة العراقية.");
        assert!(es.iter().all(|e| !e.rule.contains("+mirrored")), "{es:?}");
    }

    #[test]
    fn an_agreement_with_a_named_partner_keeps_one_direction() {
        assert_eq!(agreements("اتفقت فرنسا مع ألمانيا على تنسيق المواقف."), vec![pair("FRA", "DEU")]);
    }

    #[test]
    fn a_meeting_of_two_states_keeps_one_direction() {
        let es = events("اجتمع وزيرا خارجية مصر والأردن في عمان.");
        let consult: Vec<_> = es.iter().filter(|e| e.kind == "CONSULT").collect();
        assert!(consult.iter().all(|e| !e.rule.contains("+mirrored")), "{es:?}");
    }
}
