//! A reporting participle ends the reported clause, with or without a comma before it.
//!
//! …إن التصعيد "غير مسبوق" منذ بدء الحملة مشيرا إلى استمرار الغارات · …"للأسف" متطرقا إلى
//! الأنباء: a participle of saying (a circumstantial accusative) describes what the speaker
//! did while speaking, in the writer's words, whether it reports a clause of its own or
//! only an object. After a comma the clause already ends there; without one it ran on.
//! Only forms that are nothing but the participle count: feminine and some masculine forms
//! are also nouns or adjectives (مذكرة، متابعة، رسوم مشددة، اتخذ مقرا، متهما بـ).

/// Masculine singular forms (keys, without a proclitic و) that are also nouns or passive
/// adjectives, and so may stand inside a clause.
const ALSO_NOUNS: &[&str] = &["لافتا", "مقرا", "متهما", "مطالبا", "مهددا", "متوقعا", "معلقا", "متابعا", "مذكرا", "مطالبين", "متهمين", "مهددين", "هاتفين"];

/// Words after which an accusative is a predicate or an adjective, not a participle of
/// saying: a copula (بات مستبعدا، ليس مؤكدا بعد), "there is" (لا يرى أن هناك داعيا).
const BEFORE_A_PREDICATE: &[&str] = &[
    "ليس", "ليست", "بات", "باتت", "كان", "كانت", "يكون", "تكون", "اصبح", "اصبحت", "صار", "صارت", "يبدو", "تبدو", "بدا", "بدت", "يظل", "تظل", "ظل", "ظلت", "هناك", "هنالك", "ثمه",
];

/// Feminine forms that are only the participle of saying (keys).
const FEMININE: &[&str] = &["مشيره", "موضحه", "معتبره", "محذره", "منوهه", "معربه", "مبينه", "واصفه", "نافيه", "قائله", "متسائله", "مستدركه"];

/// Is the participle cue keyed `key`, after the word keyed `prev`, one that ends a reported
/// clause wherever it stands?
pub(super) fn ends_clause(prev: &str, key: &str) -> bool {
    // (After a copula or a word in the accusative, التزاما واضحا ومعلنا, it agrees with it.)
    if BEFORE_A_PREDICATE.contains(&prev) || prev.ends_with('ا') && !prev.ends_with("ها") {
        return false;
    }
    let form = key.strip_prefix('و').unwrap_or(key);
    // (Not the verbal nouns with a pronoun, قولها، تأكيدها: "by her saying".)
    let masculine = form.ends_with('ا') && !form.ends_with("ها") || form.ends_with("ين");
    (masculine && !ALSO_NOUNS.contains(&form)) || FEMININE.contains(&form)
}

#[cfg(test)]
mod tests {
    use super::ends_clause;
    use crate::quotes::tests::indirect;

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for list in [super::ALSO_NOUNS, super::FEMININE, super::BEFORE_A_PREDICATE] {
            for k in list {
                assert_eq!(&key(k), k);
            }
        }
    }

    #[test]
    fn only_forms_that_are_no_noun_end_a_clause() {
        assert!(ends_clause("الغارات", "مشيرا"));
        assert!(ends_clause("الغارات", "ومؤكدا"));
        assert!(ends_clause("الغارات", "مشيرين"));
        assert!(ends_clause("الغارات", "موضحه"));
        assert!(!ends_clause("دبي", "مقرا"));
        assert!(!ends_clause("الرجل", "متهما"));
        assert!(!ends_clause("بات", "مستبعدا"));
        assert!(!ends_clause("هناك", "داعيا"));
        assert!(!ends_clause("واضحا", "ومعلنا"));
        assert!(!ends_clause("تخزين", "وهاتفين"));
        assert!(!ends_clause("رسوم", "مشدده"));
        assert!(!ends_clause("الية", "متابعه"));
        assert!(!ends_clause("حد", "قولها"));
        assert!(!ends_clause("تطورا", "لافتا"));
    }

    #[test]
    fn a_participle_without_a_comma_ends_the_clause() {
        let q = indirect("وقال المتحدث إن التصعيد \"غير مسبوق\" منذ بدء الحملة مشيرا إلى استمرار الغارات.");
        assert_eq!(q, ["التصعيد \"غير مسبوق\" منذ بدء الحملة"]);
        let q = indirect("وأكد الوزير أن المفاوضات ستستأنف الأسبوع المقبل داعيا الطرفين إلى ضبط النفس.");
        assert_eq!(q, ["المفاوضات ستستأنف الأسبوع المقبل"]);
        // One with a clause of its own ends it at the comma before, as any cue does.
        let q = indirect("وأكدت الفنانة أن المخرج استبعدها، وهو ما علقت عليه قائلة إنه أمر سخيف.");
        assert_eq!(q.first().map(String::as_str), Some("المخرج استبعدها"));
        // A form that is also a noun stays in the clause.
        let q = indirect("وقال المتحدث إن الشركة تتخذ من دبي مقرا لها منذ سنوات.");
        assert_eq!(q, ["الشركة تتخذ من دبي مقرا لها منذ سنوات"]);
    }
}
