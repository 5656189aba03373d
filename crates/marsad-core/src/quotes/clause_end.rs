//! Where a reported clause stops short of its sentence end.
//!
//! A writer's gloss (…، في إشارة إلى …، في تلميح إلى …، في خطوة …، في تحد …، في قضية …)
//! says what the speaker's words referred to, what the act meant or which affair it is: the reporter's explanation, not
//! the speaker's (203 indirect quotes on the corpus ran on into one after a comma, 60 more
//! after a closing mark or وذلك). The clause ends before it; when what is left is the
//! speaker's marked words, they are the quotation, direct only.
//!
//! So do the writer's remarks on the report itself (`remark_start`): what the speaker left
//! unsaid (…، دون أن يحدد موعدا، من دون الخوض في التفاصيل), a pointer back at the
//! speaker's own words closing the sentence (…، على حد تعبيره، حسب قوله), what the
//! speaker did besides (…، لكنه أشار إلى …، ولكنها رفضت …), and what the writer could not
//! learn or check (…، لكن لم يتضح …، لكن من غير الواضح …، ولم يتسن التحقق …): the
//! reporter's caveat on the report, never the speaker's words. So is what the speaker did
//! not say (…، لكنها لم تذكر تفاصيل …، لكنه لم يحدد موعدا), whose verb reports nothing,
//! and the speaker's refusal to comment (…، ورفض التعليق، ورفض المسؤول الإفصاح عن هويته).

/// The nouns of a gloss after في (keys: إشارة → اشاره): what the words referred to, what
/// the act meant, and which affair it belongs to (…، في قضية تثير جدلا منذ سنوات).
/// A stance or an occasion (…، في موقف سارعت واشنطن إلى الترحيب به، في مناسبة تحمل الكثير
/// من الرمزية) is the writer's word on what the act was.
const GLOSS_NOUNS: &[&str] = &["اشاره", "تلميح", "خطوه", "تحد", "تحدي", "قضيه", "موقف", "مناسبه"];

/// Words after في وقت that make it an adverb of the report's own time (في وقت لاحق، في
/// وقت سابق من اليوم), not "at a time when" with a clause of its own.
const TIME_ADJECTIVES: &[&str] = &[
    "لاحق", "سابق", "مبكر", "متاخر", "قريب", "مناسب", "واحد", "قصير", "وجيز", "ما", "مضي", "لاحقا", "سابقا", "اخر", "متزامن", "قياسي", "حرج",
];

/// Of those, the affair, the stance and the occasion are a gloss only after a comma (right
/// after a mark they may be the speaker's: إن القطاع "في موقف هش").
const AFFAIR_NOUNS: &[&str] = &["قضيه", "موقف", "مناسبه"];

/// "Without": دون، بدون، من دون (keys).
const WITHOUT: &[&str] = &["دون", "ودون", "بدون", "وبدون"];

/// Stems of the verbs of specifying after دون أن (يحدد، توضح، يذكروا: the imperfect's
/// ي/ت and plural وا taken off).
const SPECIFY_STEMS: &[&str] = &["حدد", "ذكر", "وضح", "كشف", "خوض", "سمي", "فصح", "شير", "دلي"];

/// Verbal nouns of specifying after دون (دون تحديد، دون الإشارة إلى، دون ذكر تفاصيل), and
/// "details" itself, as written (keys).
const SPECIFY_NOUNS: &[&str] = &[
    "تحديد", "ذكر", "الاشاره", "الكشف", "كشف", "الخوض", "توضيح", "تسميه", "الافصاح", "ايضاح", "الادلاء", "تفاصيل",
];

/// Verbs and nouns of giving (يقدم، إعطاء), which specify only when details are what is
/// given (دون أن يقدم مزيدا من التفاصيل; not دون تقديم أدلة, the speaker's condition).
const GIVE_STEMS: &[&str] = &["قدم", "عطي"];
const GIVE_NOUNS: &[&str] = &["تقديم", "اعطاء"];
const DETAILS: &[&str] = &["تفاصيل", "التفاصيل", "مزيد", "المزيد", "مزيدا", "معلومات", "المعلومات", "توضيحات", "ايضاحات"];

use super::fronted_subject::BUT_HE;

/// What the writer could not learn, after a comma and لكن (keys, ى folded to ي): لم
/// يتضح، لم يتبين، من غير الواضح، ليس من الواضح، لم يتسن.
const UNKNOWN: &[&[&str]] = &[&["لم", "يتضح"], &["لم", "يتبين"], &["من", "غير", "الواضح"], &["ليس", "من", "الواضح"], &["لم", "يتسن"]];

/// What the writer could not check or obtain after لم يتسن (keys): التحقق، التأكد، الحصول
/// على تعليق، الوصول إلى، الاتصال.
const CHECKING: &[&str] = &["التحقق", "التاكد", "الحصول", "الوصول", "الاتصال", "التواصل"];

/// What has not been made known, after لكن لم يتم / لم يصدر (keys): الكشف عن، نشر، الإعلان
/// عن، تأكيد، الإدلاء بـ; and what could not be checked (التأكد، التحقق).
const UNDISCLOSED: &[&str] = &["الكشف", "كشف", "نشر", "الاعلان", "اعلان", "تاكيد", "التاكد", "التحقق", "الادلاء"];

/// "But": لكن، ولكن (keys).
pub(super) const BUT: &[&str] = &["لكن", "ولكن"];

/// Does the writer's "but it is not clear / it could not be checked" start at key index
/// `at` (لكن لم يتضح …، ولكن من غير الواضح …)? ولم يتسن (…، ولم يتسن التحقق من ذلك) needs
/// no لكن: only the writer says what he could not verify.
fn unknown_remark(keys: &[String], at: usize) -> bool {
    let key = |x: usize| keys.get(x).map_or("", String::as_str);
    // (لم يتسن only for checking or reaching someone: لكن لم يتسن العثور على أحد is what
    // the rescuers could not do, the speaker's words.)
    let checking = |x: usize| (x..x + 3).any(|y| CHECKING.contains(&key(y)));
    if key(at) == "ولم" && key(at + 1) == "يتسن" {
        return checking(at + 2);
    }
    // (لكن لم يتم الكشف عن …، لكن لم يصدر أي تأكيد …، لكن لم يكن ممكنا التأكد …: what has
    // not been made known or could not be checked; لكن لم يتم السيطرة عليها stays.)
    if BUT.contains(&key(at)) && key(at + 1) == "لم" {
        let near = |words: &[&str], n: usize| (at + 3..at + 3 + n).any(|y| words.contains(&key(y)));
        match key(at + 2) {
            "يتم" | "تتم" | "يصدر" if near(UNDISCLOSED, 2) => return true,
            "يكن" | "تكن" if near(CHECKING, 3) => return true,
            _ => {}
        }
    }
    BUT.contains(&key(at)) && UNKNOWN.iter().any(|p| p.iter().enumerate().all(|(n, w)| key(at + 1 + n) == *w) && (p[1] != "يتسن" || checking(at + 3)))
}

/// Stems of the verbs of telling more after لكنه لم / لكن لم (the imperfect's ي/ت and
/// plural وا taken off, the jussive's last letter gone in يعط): besides specifying, giving
/// (a date, details, evidence), answering or commenting, confirming, announcing, explaining
/// or touching on.
const UNSAID_STEMS: &[&str] = &["قدم", "عط", "عطي", "رد", "علق", "ؤكد", "علن", "فسر", "شرح", "تطرق"];

/// Does the writer's "but he did not say" start at key index `at` (…، لكنه لم يحدد موعدا،
/// لكنها لم تذكر تفاصيل، ولكن لم ترد أنباء عن ضحايا، لكنه لم يقدم دليلا)? What the speaker
/// left out is the reporter's remark, as with دون أن يحدد: of 114 indirect quotes on the
/// corpus that ran on into one, a sample of 30 read held the speaker's own words in none.
pub(super) fn unsaid_remark(keys: &[String], at: usize) -> bool {
    let key = |x: usize| keys.get(x).map_or("", String::as_str);
    if !(BUT.contains(&key(at)) || BUT_HE.contains(&key(at))) || key(at + 1) != "لم" {
        return false;
    }
    let v = key(at + 2);
    let Some(v) = v.strip_prefix(['ي', 'ت']) else { return false };
    let v = v.strip_suffix("وا").unwrap_or(v);
    SPECIFY_STEMS.contains(&v) || UNSAID_STEMS.contains(&v)
}

/// Refusing (رفض، رفضت، رفضوا, with و or not; keys).
const REFUSED: &[&str] = &["رفض", "ورفض", "رفضت", "ورفضت", "رفضوا", "ورفضوا"];

/// Verbal nouns of answering or commenting refused (keys): التعليق، الإجابة، الرد، الحديث.
const COMMENT_NOUNS: &[&str] = &["التعليق", "الاجابه", "الرد", "الحديث"];

/// Does the writer's "he refused to comment / to say" start at key index `at` (…، ورفض
/// التعليق، ورفضت الكشف عن تاريخ الاجتماع، ورفض المسؤول الإفصاح عن هويته، ورفض المصدر ذكر
/// …)? The verbal noun within four words (past a subject), before any punctuation. Refusing
/// anything else (ورفضت وقف التجارة، ورفضت المحكمة الطلب) may be the clause's own.
fn refused_remark(t: &Tokens, at: usize) -> bool {
    let keys = t.keys;
    if !keys.get(at).is_some_and(|k| REFUSED.contains(&k.as_str())) {
        return false;
    }
    let mut words = (at + 1..(at + 5).min(t.end)).take_while(|&x| !(t.is_punct)(x));
    // (With no و and a comma right after it, it is set off inside the clause, describing the
    // word before: أن شاهد عيان، رفض كشف هويته، قال إنه …)
    let set_off = !keys[at].starts_with('و') && (at + 2..(at + 7).min(t.end)).any(|x| (t.is_comma)(x));
    !set_off && words.any(|x| SPECIFY_NOUNS.contains(&keys[x].as_str()) || COMMENT_NOUNS.contains(&keys[x].as_str()))
}

/// Frame words that may point back at the speaker's own words (حسب تعبيره، وفقا لقوله).
const POINTERS: &[&str] = &["حسب", "بحسب", "وفق", "وفقا"];

/// Does a writer's gloss (في إشارة، في تلميح) start at key index `at`?
pub(super) fn writers_gloss(keys: &[String], at: usize) -> bool {
    keys.get(at).is_some_and(|k| k == "في") && keys.get(at + 1).is_some_and(|k| GLOSS_NOUNS.contains(&k.as_str())) || time_gloss(keys, at)
}

/// "With X saying that" after a comma (…، مع توضيح التقرير أن …، مع تأكيد الوزارة أن …):
/// the writer adds a second report, the verbal noun `is_noun_cue` with its own إن/أن a few
/// words on, so the clause before ends at the comma.
pub(super) fn with_report(keys: &[String], at: usize, is_noun_cue: impl Fn(&str) -> bool) -> bool {
    let key = |x: usize| keys.get(x).map_or("", String::as_str);
    matches!(key(at), "مع" | "ومع") && is_noun_cue(key(at + 1)) && (at + 2..at + 6).any(|x| super::is_complementizer(key(x)))
}

/// "At a time when" with a clause of its own after a comma (…، في وقت تحذر الأمم المتحدة من
/// …، في الوقت الذي تدرس فيه الولايات المتحدة ردها): the writer setting the report in its
/// moment, not the speaker's words.
fn time_gloss(keys: &[String], at: usize) -> bool {
    let key = |x: usize| keys.get(x).map_or("", String::as_str);
    if !matches!(key(at), "في" | "وفي") {
        return false;
    }
    match key(at + 1) {
        "الوقت" => key(at + 2) == "الذي",
        // (A verb after it: an imperfect, a copula or particle, or any word with فيه after
        // it, في وقت تعافى فيه; not a noun in construct, في وقت استحمام النزيلات.)
        "وقت" => {
            let next = key(at + 2);
            let verb_like = next.starts_with(['ي', 'ت', 'س']) || matches!(next, "كان" | "كانت" | "لم" | "لا" | "قد" | "بات" | "باتت");
            let fihi = (at + 3..at + 6).any(|x| matches!(key(x), "فيه" | "به"));
            !TIME_ADJECTIVES.contains(&next) && (verb_like || fihi)
        }
        _ => false,
    }
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
        // (في قضية right after the marks is the speaker's: إن الطرد "لا يغير شيئا" في قضية
        // التسميم; so is في وقت, at a time the speaker names.)
        (is_mark(prev) && !AFFAIR_NOUNS.contains(&keys[at + 1].as_str()) && !time_gloss(keys, at)).then_some(at)
    }
}

/// Does the writer's "without specifying" start at key index `at` (دون أن يحدد، دون ذكر)?
/// Not when the verb has a subject of its own after it (دون أن يكشف إنفانتينو عن …: a
/// condition the speaker set).
fn unspecified(t: &Tokens, at: usize) -> bool {
    let keys = t.keys;
    if !WITHOUT.contains(&keys[at].as_str()) {
        return false;
    }
    let details = |x: usize| keys.get(x).is_some_and(|k| DETAILS.contains(&k.as_str()));
    match keys.get(at + 1).map(String::as_str) {
        Some("ان") => keys.get(at + 2).is_some_and(|v| {
            let v = v.strip_prefix(['ي', 'ت']).unwrap_or(v);
            let v = v.strip_suffix("وا").unwrap_or(v);
            (SPECIFY_STEMS.contains(&v) || GIVE_STEMS.contains(&v) && details(at + 3)) && !(t.actor_at)(at + 3)
        }),
        Some(n) => SPECIFY_NOUNS.contains(&n) || GIVE_NOUNS.contains(&n) && details(at + 2),
        None => false,
    }
}

/// The token tests a remark needs, over the clause's sentence (which ends at `end`).
pub(super) struct Tokens<'a> {
    pub keys: &'a [String],
    pub end: usize,
    pub is_comma: &'a dyn Fn(usize) -> bool,
    pub is_punct: &'a dyn Fn(usize) -> bool,
    /// Is the token a reporting verb in the perfect (أكد، قالت; not يلاحظ, which after
    /// لكنه may go on describing the clause's subject)?
    pub reports: &'a dyn Fn(usize) -> bool,
    /// Does an actor mention start at the token?
    pub actor_at: &'a dyn Fn(usize) -> bool,
    /// Is the token inside quotation marks (the speaker's own words)?
    pub in_marks: &'a dyn Fn(usize) -> bool,
}

/// Where the clause starting at `from` ends if a remark of the writer's starts at `at`:
/// before دون (and its من / لكن and comma), before a pointer at the speaker's own words
/// that closes the sentence, at the comma before لكنه + a reporting verb, or at the comma
/// before what the writer could not learn (لكن لم يتضح …) outside marks.
pub(super) fn remark_start(t: &Tokens, from: usize, at: usize) -> Option<usize> {
    let keys = t.keys;
    let start = if unspecified(t, at) {
        let mut s = at;
        if s > 0 && matches!(keys[s - 1].as_str(), "من" | "لكن" | "ولكن") {
            s -= 1;
        }
        // Not set off by a comma, it must close the sentence: in تحدثت عن حالات خطف دون
        // تحديد العدد، خلال الهجوم … it says what others left unsaid, inside the clause.
        if !(s > 0 && (t.is_comma)(s - 1)) && (at + 2..t.end).any(|x| (t.is_comma)(x)) {
            return None;
        }
        s
    } else if (t.is_comma)(at)
        && (at + 2 < t.end && BUT_HE.contains(&keys[at + 1].as_str()) && (t.reports)(at + 2) || !(t.in_marks)(at) && (unknown_remark(keys, at + 1) || unsaid_remark(keys, at + 1) || refused_remark(t, at + 1)))
    {
        at
    } else {
        // حسب تعبيره / على حد قوله, with nothing after it but punctuation.
        let frame = if keys[at] == "علي" && keys.get(at + 1).is_some_and(|k| k == "حد") {
            at + 1
        } else if POINTERS.contains(&keys[at].as_str()) {
            at
        } else {
            return None;
        };
        if !super::own_words_after(keys, frame) || (frame + 1..t.end).filter(|&x| !(t.is_punct)(x)).count() > 2 {
            return None;
        }
        at
    };
    let start = if start > 0 && (t.is_comma)(start - 1) { start - 1 } else { start };
    (start > from + 1).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::writers_gloss;
    use crate::quotes::tests::{indirect, quotes};

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
        // في with another noun after a mark is the speaker's, and so is the affair.
        let q = indirect("وقال الوزير إن الاتفاق \"ينص على تسليم السلاح\" في إطار التسوية.");
        assert_eq!(q, ["الاتفاق \"ينص على تسليم السلاح\" في إطار التسوية"]);
        let q = indirect("وقالت الوزيرة إن طرد الدبلوماسيين \"لا يغير شيئا\" في قضية تسميم العميل السابق.");
        assert_eq!(q, ["طرد الدبلوماسيين \"لا يغير شيئا\" في قضية تسميم العميل السابق"]);
    }

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for list in super::UNKNOWN.iter().copied().chain([super::BUT, super::CHECKING]) {
            for k in list {
                assert_eq!(&key(k), k);
            }
        }
        for list in [super::REFUSED, super::COMMENT_NOUNS, super::UNSAID_STEMS, super::GLOSS_NOUNS, super::TIME_ADJECTIVES, super::AFFAIR_NOUNS, super::WITHOUT, super::SPECIFY_STEMS, super::SPECIFY_NOUNS, super::GIVE_STEMS, super::GIVE_NOUNS, super::DETAILS, super::BUT_HE, super::POINTERS] {
            for k in list {
                assert_eq!(&key(k), k);
            }
        }
        assert_eq!(key("إعطاء"), "اعطاء");
        assert_eq!(key("تسمية"), "تسميه");
    }

    #[test]
    fn a_stance_an_occasion_or_a_time_is_the_writers_gloss() {
        let q = indirect("وأعلن الزعيم أن بلاده ستوقف التجارب النووية، في موقف سارعت العواصم إلى الترحيب به.");
        assert_eq!(q, ["بلاده ستوقف التجارب النووية"]);
        let q = indirect("وقالت الرئاسة إن الرئيس سيستقبل نظيره عند الحدود، في مناسبة تحمل الكثير من الرمزية.");
        assert_eq!(q, ["الرئيس سيستقبل نظيره عند الحدود"]);
        let q = indirect("وقالت الحكومة إنها ستحافظ على أولوياتها العسكرية، في وقت تحذر الأمم المتحدة من تداعيات التصعيد.");
        assert_eq!(q, ["ستحافظ على أولوياتها العسكرية"]);
        let q = indirect("وأكد الوزير أن بلاده لن تقبل شروطا جديدة، في الوقت الذي تدرس فيه العواصم ردها.");
        assert_eq!(q, ["بلاده لن تقبل شروطا جديدة"]);
        // The report's own time stays in it, and so does في وقت right after marks.
        let q = indirect("وقال الرجل للمحكمة إنه كان يشغل الكاميرات عن بعد، في وقت استحمام النزيلات.");
        assert_eq!(q, ["كان يشغل الكاميرات عن بعد، في وقت استحمام النزيلات"]);
        let q = indirect("وقال المتحدث إن الوفد سيصل إلى العاصمة، في وقت لاحق من اليوم.");
        assert_eq!(q, ["الوفد سيصل إلى العاصمة، في وقت لاحق من اليوم"]);
        let q = indirect("وقال المتحدث إن الوفد \"سيصل غدا\" في وقت يناسب الطرفين.");
        assert_eq!(q, ["الوفد \"سيصل غدا\" في وقت يناسب الطرفين"]);
    }

    #[test]
    fn a_move_or_a_challenge_is_the_writers_gloss() {
        let q = indirect("وأعلنت الحكومة أن مصانع البلاد لن تستورد الدواجن البرازيلية بعد اليوم، في خطوة أثارت غضب المصدرين.");
        assert_eq!(q, ["مصانع البلاد لن تستورد الدواجن البرازيلية بعد اليوم"]);
        let q = indirect("وأكد البيان أن طهران تواصل تسليح الجماعة، في تحد واضح لقرارات مجلس الأمن.");
        assert_eq!(q, ["طهران تواصل تسليح الجماعة"]);
        let q = indirect("وتقول المعارضة إن الناشطين اعتقلوا دون تهمة، في قضية أثارت انتقادات منظمات حقوقية.");
        assert_eq!(q, ["الناشطين اعتقلوا دون تهمة"]);
    }

    #[test]
    fn what_the_speaker_left_unsaid_is_the_writers() {
        let q = indirect("وقالت الوزارة إن السفير استدعي للتشاور، دون أن تحدد موعد عودته.");
        assert_eq!(q, ["السفير استدعي للتشاور"]);
        let q = indirect("وذكر المتحدث أن الجيش قصف مواقع للمسلحين من دون الخوض في التفاصيل.");
        assert_eq!(q, ["الجيش قصف مواقع للمسلحين"]);
        let q = indirect("وأعلن الرئيس أن الانتخابات ستجرى هذا العام لكن دون تحديد موعدها.");
        assert_eq!(q, ["الانتخابات ستجرى هذا العام"]);
        // Inside the clause, with more of it after a comma, it is the clause's own.
        let q = indirect("وأعلن المرصد أن عدد القتلى بلغ 40، بعد أن تحدثت تقارير عن قتلى دون تحديد العدد، خلال المعارك الأخيرة.");
        assert_eq!(q, ["عدد القتلى بلغ 40، بعد أن تحدثت تقارير عن قتلى دون تحديد العدد، خلال المعارك الأخيرة"]);
        let q = indirect("وأكد المتحدث أن الاجتماع تناول الملف الأمني، من دون أن يقدم مزيدا من التفاصيل.");
        assert_eq!(q, ["الاجتماع تناول الملف الأمني"]);
        // "Without" something else is the speaker's, and so is giving what is no detail
        // or a condition with a subject of its own.
        let q = indirect("وقال الوزير إن بلاده ستنفذ الاتفاق دون تأخير.");
        assert_eq!(q, ["بلاده ستنفذ الاتفاق دون تأخير"]);
        let q = indirect("وقال المندوب الروسي إنه لا يمكن توجيه الاتهامات دون تقديم أدلة.");
        assert_eq!(q, ["لا يمكن توجيه الاتهامات دون تقديم أدلة"]);
        let q = indirect("وأبلغ عضو اللجنة رويترز أنه لن يتم التصويت على الخطط دون أن يكشف إنفانتينو عن الجهات الداعمة.");
        assert_eq!(q, ["لن يتم التصويت على الخطط دون أن يكشف إنفانتينو عن الجهات الداعمة"]);
    }

    #[test]
    fn a_pointer_at_the_speakers_words_closing_the_sentence_is_no_part_of_it() {
        let q = indirect("وقال المعارض إن الانتخابات شابتها انتهاكات واسعة، على حد تعبيره.");
        assert_eq!(q, ["الانتخابات شابتها انتهاكات واسعة"]);
        let q = indirect("وأكد المدرب أن فريقه سيقاتل حتى النهاية حسب قوله.");
        assert_eq!(q, ["فريقه سيقاتل حتى النهاية"]);
        // Mid-sentence it leaves the clause whole.
        let q = indirect("وقال المعارض إن الانتخابات \"مهزلة\" على حد تعبيره، وإن نتائجها لن تعترف بها المعارضة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].ends_with("لن تعترف بها المعارضة"), "{q:?}");
    }

    #[test]
    fn what_the_speaker_did_besides_ends_the_clause() {
        let q = indirect("وقال الوزير إن التحقيق ما زال جاريا، لكنه نفى وجود مشتبه بهم.");
        assert_eq!(q, ["التحقيق ما زال جاريا"]);
        let q = indirect("وأكدت الخارجية أن الأقلية تتمتع بحقوق كاملة، ولكنها أقرت بوجود تجاوزات فردية.");
        assert_eq!(q, ["الأقلية تتمتع بحقوق كاملة"]);
        // لكن with a verb that reports nothing, or one in the imperfect that goes on
        // describing the clause's subject, stays in the clause.
        let q = indirect("ويضيف التطبيق أنه لا يقرأ محتوى الرسائل، ولكنه يلاحظ التاريخ والوقت.");
        assert_eq!(q, ["لا يقرأ محتوى الرسائل، ولكنه يلاحظ التاريخ والوقت"]);
        let q = indirect("وقال الوزير إن الحكومة وعدت بالإصلاح، لكنها تأخرت كثيرا في تنفيذه.");
        assert_eq!(q, ["الحكومة وعدت بالإصلاح، لكنها تأخرت كثيرا في تنفيذه"]);
    }

    #[test]
    fn what_the_writer_could_not_learn_ends_the_clause() {
        let q = indirect("وقالت الشرطة إن المسلحين فروا باتجاه الحدود، لكن لم يتضح بعد عددهم ولا الجهة التي ينتمون إليها.");
        assert_eq!(q, ["المسلحين فروا باتجاه الحدود"]);
        let q = indirect("وذكرت وسائل إعلام محلية أن الرئيس سيزور العاصمة الأسبوع المقبل، ولكن من غير الواضح ما إذا كان سيلتقي المعارضة.");
        assert_eq!(q, ["الرئيس سيزور العاصمة الأسبوع المقبل"]);
        let q = indirect("وأفاد ناشطون بأن الطائرات قصفت سوقا شعبية في المدينة، ولم يتسن التحقق من ذلك من مصدر مستقل.");
        assert_eq!(q, ["الطائرات قصفت سوقا شعبية في المدينة"]);
        // لكن with a clause the speaker could say stays in the clause, and so does the
        // remark inside the speaker's own marked words.
        let q = indirect("وقال المسؤول إن الجريحين بحالة مرضية، لكن لم يتم الإدلاء بمعلومات إضافية عن حالتهما.");
        assert_eq!(q, ["الجريحين بحالة مرضية"]);
        let q = indirect("وقال المنظمون إن مليوني شخص شاركوا في التجمع، لكن لم يكن ممكنا التأكد من هذه الأرقام من مصدر مستقل.");
        assert_eq!(q, ["مليوني شخص شاركوا في التجمع"]);
        let q = indirect("وقالت الإطفائية إن انتشار الحرائق تراجع مع هدوء الرياح، لكن لم يتم السيطرة عليها بشكل كامل.");
        assert_eq!(q, ["انتشار الحرائق تراجع مع هدوء الرياح، لكن لم يتم السيطرة عليها بشكل كامل"]);
        let q = indirect("وقالت متحدثة باسم فرق الإنقاذ إن النداء وصل من القارب، لكن لم يتسن العثور على أحد حتى الآن.");
        assert_eq!(q, ["النداء وصل من القارب، لكن لم يتسن العثور على أحد حتى الآن"]);
        let q = indirect("وقال الوزير إن الحكومة مستعدة للحوار، لكن المعارضة رفضت كل المبادرات.");
        assert_eq!(q, ["الحكومة مستعدة للحوار، لكن المعارضة رفضت كل المبادرات"]);
        let q = indirect("وقال المحافظ إن الاحتجاجات \"لم تكن لها خلفيات سياسية، لكن لم يتضح من هم قادتها\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].ends_with("من هم قادتها\""), "{q:?}");
    }

    #[test]
    fn what_the_speaker_did_not_say_ends_the_clause() {
        let q = indirect("وقالت الوكالة إن أربعة جنود قتلوا في المعارك، لكنها لم تذكر تفاصيل مقتلهم.");
        assert_eq!(q, ["أربعة جنود قتلوا في المعارك"]);
        let q = indirect("وأكد الرئيس أن المهمة ستنتهي قريبا، لكنه لم يقدم جدولا زمنيا لسحب القوات.");
        assert_eq!(q, ["المهمة ستنتهي قريبا"]);
        let q = indirect("وقال مركز الرصد إن زلزالا وقع قبالة الساحل، ولكن لم ترد أنباء عن وقوع أضرار.");
        assert_eq!(q, ["زلزالا وقع قبالة الساحل"]);
        // لكنه لم with another verb is the speaker's, and so is the remark inside marks.
        let q = indirect("وقال الوزير إن الحكومة وعدت بالإصلاح، لكنها لم تنفذ شيئا منه.");
        assert_eq!(q, ["الحكومة وعدت بالإصلاح، لكنها لم تنفذ شيئا منه"]);
        let q = indirect("وقال المحافظ إن الاحتجاجات \"كانت سلمية، لكنها لم تحدد مطالبها\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].ends_with("لم تحدد مطالبها\""), "{q:?}");
        // Its verb reports no later clause.
        let q = indirect("وقالت الشركة إنها بدأت الإنتاج، لكنها لم تذكر أسماء الزبائن، في حين أن شركتين تتنافسان على المعالج.");
        assert_eq!(q, ["بدأت الإنتاج"]);
    }

    #[test]
    fn a_refusal_to_comment_ends_the_clause() {
        let q = indirect("وقال المتحدث إن الشرطة فتحت تحقيقا في الحادث، ورفض التعليق على تفاصيله.");
        assert_eq!(q, ["الشرطة فتحت تحقيقا في الحادث"]);
        let q = indirect("وقال مسؤول إن الصاروخ أطلق من الغرب، ورفض المسؤول الإفصاح عن هويته.");
        assert_eq!(q, ["الصاروخ أطلق من الغرب"]);
        // Set off by commas, it describes the word before; refusing anything else may be
        // the clause's own.
        let q = indirect("وأشار الوزير إلى أن شاهد عيان، رفض كشف هويته، قال إنه رأى سيارة تصطدم بالحواجز.");
        assert!(q.iter().all(|q| !q.starts_with("شاهد عيان") || q.len() > "شاهد عيان".len()), "{q:?}");
        let q = indirect("وقالت الوزارة إن المحكمة قبلت الاستئناف، ورفضت طلب التسليم.");
        assert_eq!(q, ["المحكمة قبلت الاستئناف، ورفضت طلب التسليم"]);
    }

    #[test]
    fn marks_filling_the_clause_before_a_gloss_are_direct_only() {
        let q = quotes("وقال الوزير إن \"الحكومة لن تتراجع عن قرارها\"، في إشارة إلى الاحتجاجات.");
        assert!(q.iter().all(|q| q.direct), "{q:?}");
        assert_eq!(q.len(), 1);
    }
}
