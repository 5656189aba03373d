//! A place named through words of spread after في or بـ (في أنحاء متفرقة من روسيا، في
//! عدد من المدن العراقية، بشوارع طهران، في مدن إيرانية عدة): the state it names is where
//! the event happens, as [`super::args`]'s location reads a state or city right after في.
//! Protests are mostly told so, with the protesters unnamed, and their state is then the
//! protesting party.

use super::args::{nisba_at, state_or_place_at, Arg, Context};
use super::Input;

/// Nouns and quantifiers that spread an event over a state's places (keys).
const SPREAD: &[&str] = &[
    "انحاء", "ارجاء", "مختلف", "متفرقه", "عدد", "عده", "العديد", "من", "كل", "جميع", "بعض", "عشرات", "مدن", "المدن", "شوارع",
    "ساحات", "ميادين", "مناطق", "المناطق", "محافظات", "المحافظات", "ولايات", "بلدات", "قري", "كبري", "الكبري", "رئيسيه", "الرئيسيه",
];
/// Plural place nouns a state's nisba may follow (مدن إيرانية، المدن العراقية).
const PLACES: &[&str] = &["مدن", "المدن", "مناطق", "المناطق", "محافظات", "المحافظات", "ولايات", "بلدات", "قري", "شوارع"];
/// How many words of spread may come before the state.
const MAX_SPREAD: usize = 5;

/// The state a place phrase at token `j` names through words of spread: `j` is في, or a
/// word of spread with بـ written on it (بشوارع). None when no word of spread comes first
/// (في روسيا is read by the caller).
pub(super) fn state_after(ctx: &Context, input: &Input, j: usize, hi: usize) -> Option<Arg> {
    let key = input.keys[j].as_str();
    if key != "في" && !key.strip_prefix('ب').is_some_and(|rest| SPREAD.contains(&rest) && rest != "من") {
        return None;
    }
    let mut k = j + 1;
    let mut last_place = key.strip_prefix('ب').is_some_and(|rest| PLACES.contains(&rest));
    let first = k;
    while k < hi && k - first < MAX_SPREAD && SPREAD.contains(&input.keys[k].as_str()) {
        last_place = PLACES.contains(&input.keys[k].as_str());
        k += 1;
    }
    if k >= hi || k == first && key == "في" {
        return None;
    }
    if let Some(place) = state_or_place_at(ctx, input, k, hi) {
        return Some(place);
    }
    // (المدن العراقية: the nisba of the places' state.)
    if last_place {
        return nisba_at(input, k).filter(|a| a.tok_end == k + 1).map(|a| Arg { thing: true, ..a });
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn protesters(text: &str) -> Vec<Option<String>> {
        events(text).into_iter().filter(|e| e.kind == "PROTEST").flat_map(|e| e.actors.into_iter().map(|a| a.country)).collect()
    }

    #[test]
    fn a_protest_spread_over_a_state_is_its_people() {
        for (t, state) in [
            ("واعتقلت الشرطة العشرات خلال تظاهرات في أنحاء متفرقة من المغرب.", "MAR"),
            ("وخرجت احتجاجات في عدد من المدن الأردنية ضد رفع الأسعار.", "JOR"),
            ("وشارك الآلاف في مظاهرات بشوارع الخرطوم مساء السبت.", "SDN"),
        ] {
            assert_eq!(protesters(t), vec![Some(state.to_string())], "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn no_state_no_protesters() {
        let t = "وخرجت احتجاجات في عدد من المدن بسبب رفع الأسعار.";
        assert!(protesters(t).iter().all(|c| c.is_none()), "{:?}", events(t));
    }
}
