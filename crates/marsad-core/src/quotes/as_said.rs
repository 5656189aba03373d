//! "As X said" after marks: "…"، كما قال صاحب الهدف · "…" كما يقول · "…"، كما وصفه أحد …
//!
//! A reporting verb after كما right after the closing mark attributes the marked words to
//! its subject, as a verb right after the marks does ("…"، قال المتحدث). Not when the verb
//! opens a clause of its own (…"، كما أشارت إلى أن …، كما قال: …) or goes on to an object
//! (…"، كما نفت استغلالها للمستهلكين، كما نوه إلى …): there كما is "also", and the verb
//! starts a second report. Its subject must be named right after it, and then the clause
//! must end or go on only to where or how it was said (في بيان، الذي …): a word after the
//! mention shows it was the object (كما حذرت دريسكول من …، كما وصف الولايات المتحدة مؤسس
//! الجمهورية …). A verb with no subject after it (…" كما تصف.، كما جاء في محضر الدعوى)
//! leaves the speaker to a guess that went wrong as often as not (the gender of the verb
//! unread, a document's owner not found), so it is left alone.

/// "As" before a reporting verb (keys).
const AS: &[&str] = &["كما", "وكما"];

/// Is the word at `at` an "as" whose verb right after it (a cue by `verb_cue`, opening no
/// clause of its own by `opens_clause`, followed by its subject and the clause's end by
/// `subject_or_end`) attributes marks closed just before? Returns the verb.
pub(super) fn postposed_verb(
    keys: &[String],
    at: usize,
    verb_cue: impl Fn(usize) -> bool,
    opens_clause: impl Fn(usize) -> bool,
    subject_or_end: impl Fn(usize) -> bool,
) -> Option<usize> {
    let verb = at + 1;
    (AS.contains(&keys[at].as_str()) && verb < keys.len() && verb_cue(verb) && !opens_clause(verb) && subject_or_end(verb + 1)).then_some(verb)
}

/// Words that may follow the subject of "as X said" (keys): where, when or to whom it was
/// said, or a relative clause on the subject.
const AFTER_SUBJECT: &[&str] = &["في", "خلال", "ل", "امام", "الذي", "التي", "الذين", "اليوم", "امس"];

/// May the word `key` follow the subject of "as X said"?
pub(super) fn after_subject(key: &str) -> bool {
    AFTER_SUBJECT.contains(&key)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn marks_before_as_he_said_are_his_words() {
        let q = quotes("ولا أحد ينكر أن \"نصف سكان البلاد يحتاجون إلى مساعدات إنسانية عاجلة\"، كما قال الأمين العام للأمم المتحدة.");
        let d = q.iter().find(|q| q.direct).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(d.text, "نصف سكان البلاد يحتاجون إلى مساعدات إنسانية عاجلة");
        assert_eq!((d.cue.text.as_str(), d.rule.as_str()), ("قال", "direct-cue-after"));
        let q = quotes("وقصفت طائرات إسرائيلية مواقع في غزة، \"ردا على تسلل عدد من المسلحين إلى إسرائيل\"، كما أعلن الجيش الإسرائيلي في بيان.");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("ردا على تسلل") && q.cue.text == "أعلن"), "{q:?}");
    }

    #[test]
    fn as_with_a_clause_of_its_own_is_also() {
        // (كما أشارت إلى أن: "she also pointed out that", a second report, not an attribution.)
        let q = quotes("وكتبت الصحيفة عن \"موسم صعب للنادي الكتالوني\"، كما أشارت إلى أن المدرب سيرحل.");
        assert!(q.iter().all(|q| q.rule != "direct-cue-after"), "{q:?}");
        let q = quotes("لكن الشركات نفت أن تكون استراتيجياتها \"غير قانونية\"، كما نفت استغلالها للمستهلكين.");
        assert!(q.iter().all(|q| q.rule != "direct-cue-after"), "{q:?}");
        // (A mention right after the verb and a word after it: the mention was the object.)
        let q = quotes("وقالت القاضية إن تعليقاته \"تجاوزت الحد\" كما حذرت المحامي الأمريكي من مواصلة ذلك.");
        assert!(q.iter().all(|q| q.rule != "direct-cue-after"), "{q:?}");
    }
}
