//! A visit whose only places visited are of the visitor's own country (رئيس الوزراء
//! الفلسطيني الذي يزور قطاع غزة، وزار حداد لبنان، or زيارته إلى واشنطن with the host read as
//! the visitor) meets no other party: travel at home, or a visit whose visitor was misread
//! as the host. Either way no CONSULT. Not a rebel or opposition party visiting its
//! state's capital (مجلس سوريا الديمقراطية الذي يزور دمشق), who goes to meet the government.

use super::args::Arg;
use super::Input;
use marsad_lexicon::Kind;

/// Are all of a visit's recipients places (a state, capital or city, no office) of the one
/// country every visitor is of, and no visitor a rebel or the opposition?
pub(super) fn is_home_visit(input: &Input, visitors: &[Arg], visited: &[Arg]) -> bool {
    let Some(home) = visitors.first().and_then(|a| a.country.as_deref()) else {
        return false;
    };
    let at_home = |a: &Arg| a.country.as_deref() == Some(home);
    let challenger = |a: &Arg| a.role.as_deref().is_some_and(|r| matches!(r, "REB" | "OPP"));
    !visited.is_empty() && visitors.iter().all(|a| at_home(a) && !challenger(a)) && visited.iter().all(|r| at_home(r) && is_place(input, r))
}

/// A state, capital or city named as such, with no office (not الحكومة السورية).
fn is_place(input: &Input, r: &Arg) -> bool {
    r.role.is_none() && !r.person && r.mentions(input).any(|m| matches!(m.kind, Kind::State | Kind::Capital | Kind::Place))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, assert_some_of};

    #[test]
    fn a_visit_to_a_place_of_ones_own_country_is_no_meeting() {
        assert_none_of(
            "CONSULT",
            &[
                "وصل رئيس الوزراء الفلسطيني إلى قطاع غزة صباح اليوم لافتتاح مستشفى جديد.",
                "ووصل الرئيس الأمريكي دونالد ترامب إلى واشنطن أمس.",
            ],
        );
    }

    #[test]
    fn a_visit_abroad_or_by_rebels_to_the_capital_stays() {
        assert_some_of(
            "CONSULT",
            &[
                "وصل رئيس الوزراء الفلسطيني إلى القاهرة صباح اليوم.",
                "وزار الرئيس المصري عبد الفتاح السيسي فرنسا أمس.",
                "وصل وفد من قوات سوريا الديمقراطية إلى دمشق أمس.",
            ],
        );
    }
}
