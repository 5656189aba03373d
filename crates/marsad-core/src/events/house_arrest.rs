//! Put under house arrest (`وضعت السلطات التركية القس تحت الإقامة الجبرية`، `وُضع رهن
//! الإقامة الجبرية`، `الذي تضعه أنقرة قيد الإقامة الجبرية`): COERCE 173, the `events.tsv`
//! row of `وضع` whose `then` words are `الإقامة الجبرية`. Without them `وضع` is any putting,
//! setting or drafting (`الرابط الذي وضعته المملكة`، `مستعد لوضع خريطة طريق`), and a
//! trigger word bounds the search of every other event's parties: so it is then no trigger
//! word at all, as a separation without the family is not (`separated.rs`).

use super::Input;
use marsad_lexicon::events::Trigger;
use std::sync::OnceLock;

/// Are the `then` words those of house arrest (`الإقامة الجبرية`)?
fn is_house_arrest(then: &[String]) -> bool {
    static KEYS: OnceLock<[String; 2]> = OnceLock::new();
    let keys = KEYS.get_or_init(|| ["الإقامة", "الجبرية"].map(marsad_text::normalize::key));
    then == keys.as_slice()
}

/// Is `t` at token `k` the house-arrest row with its phrase not following it?
pub(super) fn lacks_phrase(input: &Input, t: &Trigger, k: usize) -> bool {
    is_house_arrest(&t.then) && super::separated::lacks_then(input, t, k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, assert_some_of, sides};

    #[test]
    fn put_under_house_arrest_is_an_arrest() {
        let some = |x: &str| Some(x.to_string());
        assert_eq!(sides("ووضعت السلطات الإيرانية الزعيم المعارض مهدي كروبي قيد الإقامة الجبرية.", "COERCE"), vec![(some("IRN"), some("IRN"))]);
        assert_some_of("COERCE", &["وكان الزعيم المعارض قد وضع تحت الإقامة الجبرية منذ عام 2011."]);
        // Putting anything else is none; lifting house arrest has no وضع.
        assert_none_of("COERCE", &["ووضعت الحكومة المصرية خطة جديدة للتنمية.", "وطالبت المنظمة برفع الإقامة الجبرية عن الزعيم المعارض."]);
    }

    #[test]
    fn putting_without_the_phrase_bounds_no_other_events_parties() {
        // The object of حجبت runs past a relative clause of وضع (as before the row).
        let s = sides("بعد أن حجبت الحكومة القطرية الرابط الذي وضعته المملكة العربية السعودية لتسجيل الحجاج.", "COERCE");
        assert!(s.iter().any(|(a, r)| a.as_deref() == Some("QAT") && r.as_deref() == Some("SAU")), "{s:?}");
    }
}
