//! Does a title noun before quotation marks make them a title?
//!
//! An indefinite title noun names what follows it (برنامج "المتدرب"، صحيفة "الوطن"، تنظيم
//! "داعش"). With the article the noun is a body or a thing named already, and marks after it
//! hold what it is said to do or be, the reported words themselves (قال المدير إن التنظيم
//! "خطف 36 سيدة …"، وقالت الشركة "نؤكد بحزن …"، إن القانون "يتجاهل الحقوق …"): on the
//! corpus most long marked phrases after such a noun are quotations. Short ones (a name or
//! a term: التنظيم "المصنف إرهابيا") and those that repeat the noun (قوات التحالف "تحالف
//! دعم الشرعية في اليمن", a full name) stay titles.

use super::is_title_noun;
use marsad_text::normalize::key_is_definite;

/// Marks holding more words than this after a definite title noun are no title.
const MAX_TITLE_WORDS: usize = 3;

/// Is the title noun with key `noun` (right before the marks, or before an adjective that
/// is) introducing a title, given the marks' word count and their first word's key?
pub(super) fn introduces_title(noun: &str, n_words: usize, first_inside: &str) -> bool {
    if !is_title_noun(noun) {
        return false;
    }
    // (A body's name is two words or more; one marked word after منظمة is what it is
    // called, the speaker's word: منظمة "إرهابية".)
    if n_words < 2 && ["منظمه", "مؤسسه"].iter().any(|b| noun.ends_with(b)) {
        return false;
    }
    if !key_is_definite(noun) || n_words <= MAX_TITLE_WORDS {
        return true;
    }
    // (التحالف "تحالف دعم الشرعية": the marks spell out the noun's full name.)
    let stem = |k: &str| {
        let k = k.strip_prefix(['و', 'ف']).filter(|r| r.contains("ال")).unwrap_or(k);
        let k = k.strip_prefix(['ب', 'ل', 'ك']).filter(|r| r.starts_with("ال")).unwrap_or(k);
        k.strip_prefix("ال").unwrap_or(k).to_string()
    };
    stem(noun) == stem(first_inside)
}

#[cfg(test)]
mod tests {
    use super::introduces_title;
    use crate::quotes::tests::quotes;

    #[test]
    fn definite_noun_before_long_marks_is_no_title() {
        assert!(introduces_title("برنامج", 6, "كيف"));
        assert!(introduces_title("التنظيم", 2, "المصنف"));
        assert!(introduces_title("التحالف", 5, "تحالف"));
        assert!(!introduces_title("التنظيم", 6, "خطف"));
        assert!(!introduces_title("والشركه", 8, "نؤكد"));
        assert!(!introduces_title("الوزير", 2, "خطف"));
        assert!(introduces_title("منظمه", 4, "تيل"));
        assert!(!introduces_title("منظمه", 1, "ارهابيه"));
    }

    #[test]
    fn marks_after_a_definite_body_are_its_words() {
        let q = quotes("وقال مدير المرصد إن التنظيم \"خطف 36 سيدة وطفلا أثناء هجومه الأربعاء\".");
        let direct: Vec<&str> = q.iter().filter(|q| q.direct).map(|q| q.text.as_str()).collect();
        assert_eq!(direct, ["خطف 36 سيدة وطفلا أثناء هجومه الأربعاء"], "{q:?}");
        let q = quotes("وقالت الشركة \"نؤكد بحزن بالغ رحيل صديقنا العزيز يوهانسون\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("نؤكد")), "{q:?}");
        // A title after an indefinite noun, and a full name after the definite one, are not.
        let q = quotes("وقال المخرج إن برنامج \"كيف تصبح مليونيرا في أسبوع واحد\" سيعرض غدا.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        let q = quotes("وقال المتحدث باسم قوات التحالف \"تحالف دعم الشرعية في اليمن\" إن الحوثيين أطلقوا صاروخا.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
    }
}
