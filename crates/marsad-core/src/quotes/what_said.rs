//! A report that describes what the relative ما stands for.
//!
//! استهدفت ما قالت إنها ثلاث منشآت أسلحة كيماوية في سوريا، ردا على هجوم …؛ احتجاجا على
//! ما وصفته بأنه "وضع كارثي" في البلاد، بعد مرور خمسة أشهر …؛ رفع جزءا مما قال إنها طائرة
//! إيرانية، بعدما تسللت …: a reporting verb right after ما whose إن/أن carries the pronoun
//! that takes ما back reports only a noun phrase — the speaker's name for the thing — inside
//! the writer's sentence. What follows the first comma is the writer's again, so the reported
//! clause ends there. Not an adverbial ما (غالبا ما يقول إنه …، نادرا ما: a main verb with a
//! clause of its own), nor a frame's (بحسب ما قال إنه …), nor ما that is the subject of a
//! copula (ما أشار إليه ترامب هو أنه …: a whole clause follows).

use super::is_complementizer;

/// Keys of ما that may stand for a thing (with a preposition glued to it).
const WHAT: &[&str] = &["ما", "وما", "مما", "عما", "بما"];

/// Keys before ما (without و) that make it adverbial ("often", "rarely") or a frame's
/// (بحسب ما).
const NOT_RELATIVE: &[&str] = &[
    "غالبا", "نادرا", "كثيرا", "دائما", "قليلا", "عاده", "احيانا", "حسب", "بحسب", "وفق", "وفقا", "طبقا", "حد",
];

/// Keys between the verb and its complementizer that show ما is a copula's subject.
const COPULA: &[&str] = &["هو", "هي", "هم"];

/// Does the cue at key index `cue`, whose complementizer is at `comp`, describe what ما
/// stands for (so its clause ends at the first comma)? `is_punct` tells punctuation.
pub(super) fn describes(keys: &[String], cue: usize, comp: usize, is_punct: impl Fn(usize) -> bool) -> bool {
    if cue == 0 || comp <= cue || comp > cue + 5 || !WHAT.contains(&keys[cue - 1].as_str()) {
        return false;
    }
    if keys[cue - 1] == "ما" && cue >= 2 && NOT_RELATIVE.contains(&keys[cue - 2].strip_prefix('و').unwrap_or(&keys[cue - 2])) {
        return false;
    }
    // The complementizer's pronoun takes ما back (إنه، بأنها), plain أن does not.
    let pronoun = keys[comp].strip_prefix('ب').unwrap_or(&keys[comp]).strip_prefix("ان").is_some_and(|rest| !rest.is_empty());
    pronoun && (cue + 1..comp).all(|x| !is_punct(x) && !COPULA.contains(&keys[x].as_str()))
}

/// Does the comma before key index `next` end the described phrase? Not when a mark follows
/// it (the comma is inside marks: "الخوذ البيضاء،") nor a second complementizer of the same
/// verb (…، وأنه مكون من …: the speaker goes on). `is_mark` tells a quotation mark.
pub(super) fn ends_at(keys: &[String], next: usize, is_mark: impl Fn(usize) -> bool) -> bool {
    next < keys.len() && !is_mark(next) && !keys[next].strip_prefix('و').is_some_and(is_complementizer)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn what_was_described_ends_at_the_comma() {
        let q = quotes("وقصفت الطائرات ما قال الجيش إنها مخازن أسلحة للمتمردين، قبل أن تعود إلى قواعدها سالمة.");
        assert!(q.iter().any(|q| q.text == "مخازن أسلحة للمتمردين"), "{q:?}");
        let q = quotes("وتظاهر المئات احتجاجا على ما وصفوه بأنه فساد واسع في الحكومة، بعد أسابيع من الغلاء.");
        assert!(q.iter().any(|q| q.text == "فساد واسع في الحكومة"), "{q:?}");
        // A second complementizer goes on with the speaker's words.
        let q = quotes("وعرض الوزير ما قال إنها وثائق سرية، وأنها تثبت تورط الشركة.");
        assert!(q.iter().any(|q| q.text == "وثائق سرية، وأنها تثبت تورط الشركة"), "{q:?}");
    }

    #[test]
    fn a_main_verb_after_ma_keeps_its_clause() {
        // An adverbial ما: the verb reports a whole clause.
        let q = quotes("وغالبا ما يقول الرئيس إنه يحب بلده، ولهذا لا يريد تركها أبدا.");
        assert!(q.iter().any(|q| q.text.ends_with("تركها أبدا")), "{q:?}");
        // A copula after the verb: ما is its subject, a clause follows.
        let q = quotes("وما أشار إليه الوزير في كلمته هو أنه رغم الأزمة، لا تزال الحكومة قادرة على الدفع.");
        assert!(q.iter().any(|q| q.text.ends_with("على الدفع")), "{q:?}");
    }
}
