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
//!
//! A clause with no marks closed the same way (…، كما قال مسؤول في التحالف الدولي.، …،
//! كما أفادت مصادر أمنية كردية.، …، كما ذكر فارغاس.) is read as a frame after its claim
//! (…، بحسب مسؤول): `closes_claim`. Only after a comma, with the subject named right after
//! the verb (past a day word) and nothing after it to the sentence's end but its adjective
//! of origin, when or where it was said, to whom, or from whom it came (الخميس، في بيان،
//! لوكالة …، نقلا عن …). A word of any other kind after the subject is the verb's object:
//! كما أعلن حكام الولايات حالة الطوارئ، كما أظهرت النتائج انخفاض …, "also".

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

/// Day and time words that may stand between the verb and its subject or after it.
const WHEN: &[&str] = &[
    "اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح", "ليل", "فجر", "يوم", "ايضا",
];

/// Words that open the tail of "as X said" after its subject: where, how or to whom it was
/// said, or whom X relays (في بيان، خلال مؤتمر، نقلا عن …).
const TAIL_OPENERS: &[&str] = &["في", "خلال", "امام", "نقلا", "عن", "عبر"];

/// Fewest tokens from the sentence start to the comma: a claim, not an adverb.
const MIN_CLAIM: usize = 5;

/// Most words after the subject before the sentence ends.
const MAX_TAIL: usize = 6;

/// Is the word at `at` a كما after a comma whose reporting verb (`verb_cue`) and named
/// subject close the sentence (…، كما قال المتحدث باسم الشرطة.)? Then the clause before the
/// comma is the subject's words, and كما a frame after them.
pub(super) fn closes_claim(input: &super::Input, at: usize, verb_cue: impl Fn(usize) -> bool) -> bool {
    use marsad_text::token::TokenKind;
    let super::Input { text, tokens, keys, mentions, .. } = *input;
    let verb = at + 1;
    if keys[at] != "كما" || at < 2 || verb >= tokens.len() || !super::is_comma(tokens[at - 1].text(text)) || !verb_cue(verb) {
        return false;
    }
    // (Marks closed right before the comma are attributed by `postposed_verb`.)
    if super::is_mark(tokens[at - 2].text(text)) {
        return false;
    }
    let (s0, s1) = input.sentence_tokens(at);
    if at < s0 + MIN_CLAIM {
        return false;
    }
    let subject = if verb + 1 < s1 && WHEN.contains(&keys[verb + 1].as_str()) { verb + 2 } else { verb + 1 };
    let first = mentions.partition_point(|m| m.tok_start < subject);
    let Some(m) = mentions.get(first).filter(|m| m.tok_start == subject && !m.prepositional) else { return false };
    // To the sentence's end: its full stop, and before it a tail that opens with a word of
    // when, where, to whom or from whom (or an adjective of origin), plain words after.
    let mut opened = false;
    let mut words = 0;
    (m.tok_end..s1).all(|k| {
        if tokens[k].kind == TokenKind::Punct {
            return k + 1 == s1 && matches!(tokens[k].text(text), "." | "…");
        }
        words += 1;
        let key = keys[k].as_str();
        let origin = key.starts_with("ال") && marsad_text::normalize::nisba_shaped(key);
        opened |= WHEN.contains(&key) || TAIL_OPENERS.contains(&key) || key.starts_with('ل') && key.chars().count() > 2;
        (opened || origin) && !super::is_complementizer(key) && words <= MAX_TAIL
    }) && m.tok_end < s1
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

    #[test]
    fn a_clause_before_as_he_said_is_his_report() {
        let q = quotes("وشنت القوات هجوما جديدا على معاقل التنظيم شرقي سوريا، كما قال مسؤول في التحالف.");
        let f = q.iter().find(|q| !q.direct).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(f.text, "وشنت القوات هجوما جديدا على معاقل التنظيم شرقي سوريا");
        assert!(f.speaker.as_ref().is_some_and(|s| s.text.starts_with("مسؤول")), "{q:?}");
        let q = quotes("وقتل عشرة أشخاص في حادث القطار في شمال غرب تركيا، كما أفاد التلفزيون الرسمي التركي الأحد.");
        assert!(q.iter().any(|q| !q.direct && q.text.starts_with("وقتل عشرة")), "{q:?}");
    }

    #[test]
    fn as_with_an_object_after_the_subject_is_also() {
        let q = quotes("وأعلنت الحركة أنها لن تنفذ أي هجمات أخرى، كما أعلن الجيش حالة الطوارئ.");
        assert_eq!(q.len(), 1, "{q:?}");
        let q = quotes("وارتفع معدل البطالة إلى ستة في المئة في الربع الأول، كما أظهرت النتائج انخفاض معدل البطالة للنساء.");
        assert!(q.is_empty(), "{q:?}");
    }
}
