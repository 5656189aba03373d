//! Where a reported clause stops short of its sentence end.
//!
//! A writer's gloss (…، في إشارة إلى …، في تلميح إلى …) says what the speaker's words
//! referred to: the reporter's explanation, not the speaker's (203 indirect quotes on the
//! corpus ran on into one after a comma, 60 more after a closing mark or وذلك). The clause
//! ends before it; when what is left is the speaker's marked words, they are the
//! quotation, direct only.

/// The nouns of a gloss after في (keys: إشارة → اشاره).
const GLOSS_NOUNS: &[&str] = &["اشاره", "تلميح"];

/// Does a writer's gloss (في إشارة، في تلميح) start at key index `at`?
pub(super) fn writers_gloss(keys: &[String], at: usize) -> bool {
    keys.get(at).is_some_and(|k| k == "في") && keys.get(at + 1).is_some_and(|k| GLOSS_NOUNS.contains(&k.as_str()))
}

/// Where the clause starting at `from` ends if a gloss starts at `at`: after a comma (the
/// comma's index), after a closing mark ("…" في إشارة: the gloss's index) or at وذلك.
pub(super) fn gloss_start(keys: &[String], is_comma: impl Fn(usize) -> bool, is_mark: impl Fn(usize) -> bool, from: usize, at: usize) -> Option<usize> {
    if at <= from + 1 || !writers_gloss(keys, at) {
        return None;
    }
    let prev = at - 1;
    if keys[prev] == "وذلك" || is_comma(prev) {
        Some(prev)
    } else {
        is_mark(prev).then_some(at)
    }
}

#[cfg(test)]
mod tests {
    use super::writers_gloss;
    use crate::quotes::tests::quotes;

    fn indirect(text: &str) -> Vec<String> {
        quotes(text).into_iter().filter(|q| !q.direct).map(|q| q.text).collect()
    }

    fn keys(s: &str) -> Vec<String> {
        s.split(' ').map(marsad_text::normalize::key).collect()
    }

    #[test]
    fn gloss_nouns_after_fi_only() {
        assert!(writers_gloss(&keys("في إشارة إلى"), 0));
        assert!(writers_gloss(&keys("في تلميح إلى"), 0));
        assert!(!writers_gloss(&keys("في إطار الاتفاق"), 0));
        assert!(!writers_gloss(&keys("إشارة إلى"), 0));
    }

    #[test]
    fn a_gloss_ends_the_reported_clause() {
        let q = indirect("وقال الوزير إن الحكومة لن تتراجع عن قرارها، في إشارة إلى الاحتجاجات التي شهدتها العاصمة.");
        assert_eq!(q, ["الحكومة لن تتراجع عن قرارها"]);
        // Another clause after a comma stays the speaker's.
        let q = indirect("وقال الوزير إن الحكومة لن تتراجع عن قرارها، في حين ستواصل الحوار مع النقابات.");
        assert_eq!(q, ["الحكومة لن تتراجع عن قرارها، في حين ستواصل الحوار مع النقابات"]);
    }

    #[test]
    fn a_gloss_after_a_closing_mark_or_wa_dhalik_ends_it_too() {
        let q = indirect("وقال الوزير إن الاتفاق \"ينص على تسليم السلاح الثقيل\" في إشارة إلى فصائل المعارضة.");
        assert_eq!(q, ["الاتفاق \"ينص على تسليم السلاح الثقيل\""]);
        let q = indirect("وأكد الوزير أن مصر تعتبر الضامن الأهم وذلك في إشارة إلى جهود القاهرة.");
        assert_eq!(q, ["مصر تعتبر الضامن الأهم"]);
        // في with another noun after a mark is the speaker's.
        let q = indirect("وقال الوزير إن الاتفاق \"ينص على تسليم السلاح\" في إطار التسوية.");
        assert_eq!(q, ["الاتفاق \"ينص على تسليم السلاح\" في إطار التسوية"]);
    }

    #[test]
    fn marks_filling_the_clause_before_a_gloss_are_direct_only() {
        let q = quotes("وقال الوزير إن \"الحكومة لن تتراجع عن قرارها\"، في إشارة إلى الاحتجاجات.");
        assert!(q.iter().all(|q| q.direct), "{q:?}");
        assert_eq!(q.len(), 1);
    }
}
