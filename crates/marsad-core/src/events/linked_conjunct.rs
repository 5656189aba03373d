//! A listed party the dictionaries do not hold, written with the conjunction و: a surname
//! named in full before (قمة بين ترامب وكيم), a relative (استهدف الهجوم سكريبال وابنته).

use super::Input;
use marsad_text::normalize::without_conjunction;

/// Is the mention at `tok` one found by linking it back (a surname, a relative), whose
/// word opens with و? The mention layer read such a word through its و, so the و is the
/// conjunction and the party joins the list before it; a word of the dictionaries that
/// opens with the letter (وزير، واشنطن) is matched whole by the lexicon and never asked.
pub(super) fn linked_after_conjunction(input: &Input, tok: usize) -> bool {
    let at = input.mentions.partition_point(|m| m.tok_start < tok);
    let key = &input.keys[tok];
    input.mentions.get(at).is_some_and(|m| m.tok_start == tok && m.antecedent.is_some()) && without_conjunction(key) != key
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn parties(text: &str, kind: &str) -> Vec<(Vec<String>, Vec<String>)> {
        let codes = |ps: &[crate::model::Party]| ps.iter().filter_map(|p| p.actor.clone()).collect::<Vec<_>>();
        events(text).into_iter().filter(|e| e.kind == kind).map(|e| (codes(&e.actors), codes(&e.recipients))).collect()
    }

    #[test]
    fn a_surname_named_before_joins_the_list_through_its_conjunction() {
        let text = "التقى الرئيس الكوري الجنوبي مون جيه إن الزعيم الكوري الشمالي كيم جونغ أون الشهر الماضي. وستعقد قمة ثانية بين مون وكيم في بيونغ يانغ.";
        let c = parties(text, "CONSULT");
        assert!(c.iter().any(|(a, r)| a.iter().any(|a| a.starts_with("KOR")) && r.iter().any(|r| r.starts_with("PRK"))), "{c:?}");
    }

    #[test]
    fn a_relative_after_the_conjunction_undergoes_the_attack_too() {
        let c = parties("واستهدف الهجوم المعارض الروسي أليكسي نافالني وزوجته في موسكو.", "ASSAULT");
        assert!(c.iter().any(|(_, r)| r.len() == 2 && r.iter().any(|r| r.ends_with("CVL"))), "{c:?}");
    }

    #[test]
    fn a_dictionary_word_opening_with_the_letter_is_no_conjunct() {
        // وزير is one word: the minister is the one met, not a second visitor.
        let c = parties("التقى ترامب وزير الخارجية الصيني في البيت الأبيض.", "CONSULT");
        assert!(c.iter().any(|(a, r)| a.len() == 1 && a[0].starts_with("USA") && r.iter().any(|r| r.starts_with("CHN"))), "{c:?}");
    }
}
