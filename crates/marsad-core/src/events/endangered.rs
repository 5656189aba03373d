//! `هدد` with a good as its object endangers it, no party threatening another: `ما يهدد
//! أمن المنطقة`، `الصواريخ … تهدد أمننا`، `قدرات تهدد وجودها`، `المجاعة تهدد حياة الملايين`،
//! `أعمال غير مسؤولة تهدد سلامة الرحلات`، `الحوثيين الذين يهددون الملاحة الدولية`. A
//! threat names a step held over someone (`هدد بفرض رسوم`، `هدد كندا بفرض ضرائب`); a
//! security, a life, a future or a unity said to be threatened is a danger described, often
//! a charge laid on a thing or a policy, and the study sets leave it unlabelled. Told by the
//! word right after the verb (`أيضا`، `بدوره` seen through): a stem of `event-words.tsv`
//! list kind `endangered`, with or without the article, perhaps with a possessive pronoun
//! (`أمنها`، `حياتهم`). A party right after the verb is its subject (`وهددت إيران أمن
//! المنطقة` is left as it is read), and a step in بـ is `risked.rs`'s.

use super::Input;
use marsad_lexicon::events::EventList;
use marsad_text::normalize::possessed_stems;

/// Words that may stand between the verb and its object (also, in turn).
const BETWEEN: &[&str] = &["ايضا", "بدوره", "بدورها", "فعلا", "بالفعل", "بشكل", "مباشر"];

/// Possessive pronouns a good may carry (`أمنها`، `حياتنا`).
const PRONOUNS: &[&str] = &["", "ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك", "ي"];

/// Does the `هدد` ending at token `end` have a good of kind `endangered` as its object, in
/// the sentence ending at `s1`?
pub(super) fn endangered(input: &Input, end: usize, s1: usize) -> bool {
    let mut k = end;
    while k < s1 && BETWEEN.contains(&input.keys[k].as_str()) {
        k += 1;
    }
    k < s1 && is_good(input, &input.keys[k])
}

/// Is `key` (the article and a pronoun seen through) a good of kind `endangered`?
fn is_good(input: &Input, key: &str) -> bool {
    let word = key.strip_prefix("ال").unwrap_or(key);
    let goods = input.lexicon.events().list(EventList::Endangered);
    // (A feminine good writes its ة as ت before a pronoun: `حياتهم` → `حياه`.)
    possessed_stems(word, PRONOUNS).any(|stem| goods.iter().any(|good| *good == stem))
}

#[cfg(test)]
mod tests {
    use crate::events::risked::tests::assert_threats;

    #[test]
    fn a_good_endangered_is_no_threat() {
        assert_threats(
            &[
                "وأكد أن الولايات المتحدة لن تسمح بما يهدد أمن واستقرار المنطقة.",
                "وقالت الخارجية إن الصواريخ الإيرانية تهدد أمننا ومصالحنا الاقتصادية.",
                "وقال إن إسرائيل لن تسمح ببناء قدرات تهدد وجودها.",
                "وحذرت المنظمة من أن المجاعة تهدد حياة الملايين في اليمن.",
                "واتهم الوزير الحوثيين الذين يهددون الملاحة الدولية في البحر الأحمر.",
                "وقالت النقابة إن ذلك يضعنا في دائرة الشك ويهدد سلامتنا وحياتنا.",
                "وقالت الرسالة إن قطر تواصل القيام بأعمال غير مسؤولة تهدد سلامة الرحلات الجوية.",
            ],
            0,
        );
    }

    #[test]
    fn a_threat_of_a_party_is_kept() {
        assert_threats(
            &[
                // A party after the verb is its subject; a step in بـ is a threat.
                "وهددت إيران بإغلاق مضيق هرمز.",
                "هدد الرئيس الأمريكي دونالد ترامب كندا بفرض ضرائب على صادراتها.",
                "وهدد وزير الدفاع الإسرائيلي أفيغدور ليبرمان باغتيال قادة حماس.",
                // A word that only opens like a good is none (`امنيه` is no `امن`).
                "وهدد ترامب أمس بفرض رسوم جديدة على الصين.",
            ],
            1,
        );
    }
}
