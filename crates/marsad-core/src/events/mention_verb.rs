//! A verb the mentions layer read as a one-word agent noun (`طالب` "student" for طالب
//! "demanded", as in `وقالت الهيئة إن العطار طالب بتشكيل لجنة`، `حتى أن البعض طالب
//! بمقاضاته`، `التي طالب فيها الأتراك ببيع الذهب`): where its complement follows, a word
//! in بـ or a resumptive preposition with its pronoun, it is the verb, as it is when it opens
//! its clause (`args::Context::name_opening_clause`). 211 corpus mentions `طالب` and 74
//! `وطالب` (role EDU) were mostly the verb; a student is followed by a nisba, a place or
//! في (`طالب جامعي`، `طالب في جامعة`، `طالب سابق`), not by a word in بـ. Not a word with
//! a pronoun on it (`قتله بالرصاص`: the mentions' "killers"; its pronoun's antecedent was
//! mostly misread) nor before a resumptive (`التي طالب بها مجلس الأمن`، `ما طالب به`:
//! the relative clause's subject after it was read as the object).

use super::args::bare;
use super::Input;
use marsad_text::token::TokenKind;

/// Words in بـ that are no complement of a verb of demanding (بين، بعد، بسبب …).
const NOT_COMPLEMENT: &[&str] = &["بين", "بعد", "بسبب", "بشان", "بحسب", "بدون", "بل", "بينما", "بينهم", "بجامعه", "بجامعة", "بمدرسه", "بكليه", "بقسم", "بالجامعه", "بالمدرسه", "بالكليه"];

/// Is the word at `k - 1`, with no pronoun on it, followed at `k` by a verb's complement:
/// a word in بـ of at least four letters (not a resumptive: بها، بهم)?
pub(super) fn complement_at(input: &Input, k: usize) -> bool {
    if k == 0 || k >= input.tokens.len() || input.tokens[k].kind != TokenKind::Arabic || input.keys[k - 1].ends_with('ه') {
        return false;
    }
    let key = bare(&input.keys[k]);
    key.starts_with('ب') && key.chars().count() >= 4 && !NOT_COMPLEMENT.contains(&key)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_demand_read_as_a_student_is_the_verb() {
        let t = "وقالت الهيئة في بيانها إن النائب المصري طالب بتشكيل لجنة ثانية.";
        assert!(events(t).iter().any(|e| e.kind == "REQUEST"), "{:?}", events(t));
        // (A student at a university is no demand.)
        let t = "وقالت الشرطة إن المهاجم طالب في جامعة القاهرة.";
        assert!(!events(t).iter().any(|e| e.kind == "REQUEST"), "{:?}", events(t));
    }
}
