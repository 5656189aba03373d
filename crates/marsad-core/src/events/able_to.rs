//! An act after the `على` of a word of ability (`القدرة على شن هجمات`، `قادرة على استهداف
//! العمق الإسرائيلي`، `عدم قدرتها على استهداف الفئات`، `صاروخ قادر على استهداف`) is what a
//! party can do, not what it did: no event. In the corpus every event so placed was a
//! capability (a state still able to launch chemical attacks, a missile able to reach a
//! country, a body unable to target the needy), none an act told. The words are
//! `event-words.tsv` kind `ability`.

use marsad_lexicon::events::EventList;

use super::Input;

/// Is the event whose first word is at `first` (the support verb of `شن هجمات`, else the
/// trigger) right after `على` after a word of ability, within the sentence from `s0`?
pub(super) fn after_ability(input: &Input, first: usize, s0: usize) -> bool {
    if first < s0 + 2 || input.keys[first - 1] != "علي" {
        return false;
    }
    let k = input.keys[first - 2].as_str();
    let k = k.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(k);
    let ev = input.lexicon.events();
    ev.in_list(EventList::Ability, k) || k.strip_prefix('ب').is_some_and(|r| ev.in_list(EventList::Ability, r))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, events};

    #[test]
    fn an_act_a_party_is_able_to_do_is_no_event() {
        let t = "وقالت وزارة الدفاع إن الحكومة السورية لا تزال تملك القدرة على شن هجمات كيماوية محدودة.";
        assert_eq!(count(t, "ASSAULT"), 0, "{:?}", events(t));
        let t = "وقالت الحركة إنها قادرة على استهداف العمق الإسرائيلي إذا استمر التصعيد.";
        assert_eq!(count(t, "ASSAULT"), 0, "{:?}", events(t));
        let t = "وانتقد الملك الهيئات لعدم قدرتها على استهداف الفئات التي تستحقها.";
        assert_eq!(count(t, "ASSAULT"), 0, "{:?}", events(t));
        let t = "ويرى المحللون أن إيران قادرة على حشد ميليشيات بالوكالة.";
        assert_eq!(count(t, "MOBILIZE"), 0, "{:?}", events(t));
    }

    #[test]
    fn an_act_done_after_another_on_stays() {
        // على after another word, or an ability word not right before على, changes nothing.
        let t = "وأقدمت القوات الإسرائيلية على استهداف موقع في جنوب سوريا.";
        assert_eq!(count(t, "ASSAULT"), 1, "{:?}", events(t));
        let t = "وشنت القوات التركية القادرة هجوما على مواقع الوحدات الكردية.";
        assert_eq!(count(t, "ASSAULT"), 1, "{:?}", events(t));
    }
}
