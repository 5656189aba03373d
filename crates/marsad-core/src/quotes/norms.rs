//! Frames of conformity, not of attribution.
//!
//! بحسب / وفقا لـ / حسب also mean "in accordance with": وفقا للقانون، بحسب الترتيب الأبجدي،
//! وفقا لبرنامج إصلاحي مدعوم من صندوق النقد الدولي. What follows is a rule, a plan or an
//! order the event conforms to, and nobody is quoted: a frame whose source phrase is headed
//! by such a noun makes no quotation (and no speaker out of a name further on, like the
//! IMF above). Reports, figures and results (تقرير، أرقام، نتائج) do speak for someone and
//! stay frames.

/// Heads of a norm, a plan, an order or a share (وفقا لحصة الأصوات), as keys without clitics or article.
const NORM_NOUNS: &[&str] = &[
    "قانون", "قوانين", "دستور", "اتفاق", "اتفاقيه", "اتفاقات", "قرار", "قرارات", "معايير", "محاصصه", "خطه",
    "خطط", "احكام", "تصنيف", "سعر", "اسعار", "شروط", "برنامج", "ترتيب", "شريعه", "ماده", "عقيده", "توقيت",
    "مواعيد", "تقويم", "اجراءات", "نظام", "لوائح", "تعليمات", "قواعد", "مبادئ", "طلب", "حصه", "حصص", "تسلسل",
];

/// Criteria something varies by (حسب الظروف، بحسب الحاجة، وفقا للعمر، حسب نوع المخالفة):
/// بحسب then means "depending on", and nobody is quoted. (عدد and كل before من are a
/// source: بحسب عدد من المسؤولين، وفقا لكل من الوزير والسفير.)
const CRITERIA: &[&str] = &[
    "ظروف", "حاجه", "حاجات", "احتياجات", "حاله", "حالات", "نوع", "انواع", "عدد", "حجم", "تطورات", "طبيعه", "عمر", "سن",
    "جنس", "رغبه", "فئه", "فئات", "اداء", "مكان", "وقت", "مستوي", "درجه", "اولويه", "اولويات", "امكانيات", "امكانات",
    "مقتضيات", "كل", "ذلك",
];

/// Does the frame at key index `frame`, its source starting at `src`, mean "depending on"
/// a criterion (see `CRITERIA`), or is it the verb وُفِّق "succeeded" (ووفق في تدخله)?
pub(super) fn depends_on(keys: &[String], frame: usize, src: usize) -> bool {
    let frame_key = keys[frame].strip_prefix(['و', 'ف']).filter(|k| k.chars().count() > 2).unwrap_or(&keys[frame]);
    if frame_key == "وفق" && keys.get(frame + 1).is_some_and(|k| k == "في") {
        return true;
    }
    let first = keys[src].as_str();
    let bare = first.strip_prefix("لل").map(|k| format!("ال{k}"));
    let word = bare.as_deref().unwrap_or(first);
    let word = word.strip_prefix(['ب', 'ل']).filter(|w| CRITERIA.contains(&w.strip_prefix("ال").unwrap_or(w))).unwrap_or(word);
    let noun = word.strip_prefix("ال").unwrap_or(word);
    let before_min = keys.get(src + 1).is_some_and(|k| k == "من");
    CRITERIA.contains(&noun) && !(matches!(noun, "عدد" | "كل") && before_min)
}

/// Is the frame's source phrase, starting at key `first`, headed by a norm (وفقا للقانون،
/// بحسب الترتيب)? The key is read with and without a leading preposition, since some heads
/// start with one of its letters (لوائح). (Not لائحة: لائحة الاتهام, the indictment, speaks.)
pub(super) fn heads_a_norm(first: &str) -> bool {
    let k = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    // (لل is لـ + ال, للقانون → قانون; before a word starting with ل the article loses its
    // own ل too, للوائح → لوائح.)
    let candidates = [Some(k), k.strip_prefix("لل"), k.strip_prefix(['ب', 'ل', 'ك'])];
    candidates.into_iter().flatten().any(|w| NORM_NOUNS.contains(&w.strip_prefix("ال").unwrap_or(w)))
}

#[cfg(test)]
mod tests {
    use super::heads_a_norm;
    use crate::quotes::tests::quotes;

    #[test]
    fn norms_in_every_form_and_sources_not() {
        for k in ["للقانون", "لبرنامج", "الترتيب", "لقرار", "للدستور", "القواعد", "للوائح"] {
            assert!(heads_a_norm(k), "{k}");
        }
        for k in ["لتقرير", "مصادر", "للنتائج", "الارقام", "لوزاره", "قاله", "لمصادر", "للائحه"] {
            assert!(!heads_a_norm(k), "{k}");
        }
    }

    #[test]
    fn depending_on_a_criterion_quotes_nobody() {
        let frames = |t: &str| quotes(t).into_iter().filter(|q| q.rule == "frame").count();
        assert_eq!(frames("وتتغير أسعار التذاكر في المحطات حسب الظروف الجوية في كل موسم."), 0);
        assert_eq!(frames("وستوزع الحكومة المساعدات الغذائية على الأسر بحسب الحاجة في كل قرية."), 0);
        assert_eq!(frames("وتختلف قيمة الغرامة المفروضة على السائقين وفقا لنوع المخالفة المرتكبة."), 0);
        assert_eq!(frames("ونجح الحارس في صد الكرة الأولى ووفق في تدخله الثاني أيضا."), 0);
        // (A number of officials, or each of two men, is a source.)
        assert_eq!(frames("وتراجعت صادرات النفط الإيرانية بشكل كبير، بحسب عدد من المسؤولين في القطاع."), 1);
    }
}
