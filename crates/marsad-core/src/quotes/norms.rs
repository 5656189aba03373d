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

    #[test]
    fn norms_in_every_form_and_sources_not() {
        for k in ["للقانون", "لبرنامج", "الترتيب", "لقرار", "للدستور", "القواعد", "للوائح"] {
            assert!(heads_a_norm(k), "{k}");
        }
        for k in ["لتقرير", "مصادر", "للنتائج", "الارقام", "لوزاره", "قاله", "لمصادر", "للائحه"] {
            assert!(!heads_a_norm(k), "{k}");
        }
    }
}
