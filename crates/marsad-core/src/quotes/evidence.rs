//! A verb of showing or proving (أظهر، أثبت، دلّ) reports what a piece of evidence shows
//! when that evidence is its subject, right after it, and the verb opens its sentence or
//! clause: وتظهر الوثائق أن …، وأظهرت بيانات رسمية أن …، أثبتت التحقيقات أن …، ودلت
//! التحريات أن …. The labels give these as indirect quotes with the document as speaker,
//! as they do تقرير يفيد بأن. The same letters are otherwise no report: "it appears that"
//! (يظهر أن …، with no subject), a person showing a feeling (أظهر الرئيس أنه …), the
//! writer's inference (مما يدل على أن …، ما يثبت أن …) or "showed" with a plain object
//! (أظهرت الصور الدمار).

use super::{is_complementizer, Input};
use marsad_text::token::TokenKind;

/// The cues' lemmas in `dictionaries/cues.tsv`.
/// (Their quotes take the rule `evidence`: the evidence is not carried on to the
/// continuations after it, وأضاف, which go on with the person before, as for
/// `document_subject`.)
pub(super) const LEMMAS: &[&str] = &["أظهر", "أثبت", "دل"];

/// Evidence that shows (keys without و and the article): documents, data, studies,
/// inquiries, recordings.
const EVIDENCE: &[&str] = &[
    "وثائق", "وثيقه", "رسائل", "رساله", "مراسلات", "نصوص", "دراسه", "دراسات", "تقرير", "تقارير", "بيانات", "معطيات", "نتائج",
    "نتيجه", "ارقام", "احصاءات", "احصائيات", "استطلاع", "استطلاعات", "مسح", "سجلات", "صور", "صوره", "لقطات", "مقطع", "مقاطع",
    "تسجيل", "تسجيلات", "فيديو", "شريط", "تحقيق", "تحقيقات", "تحريات", "ابحاث", "بحوث", "ادله", "فحوص", "فحوصات", "تحاليل",
    "اختبارات", "وقائع", "محضر",
];

/// Words that may stand before the evidence noun (بعض الرسائل، هذه الوثائق، أحدث البيانات).
const DETERMINERS: &[&str] = &["بعض", "هذه", "هذا", "تلك", "احدث", "اخر", "اولي"];

/// Words after which an إن/أن is another clause's: a relative ما, a circumstantial
/// وهي/وهو, "seems", a speaker's own "I think".
const STOPS: &[&str] = &["ما", "وهي", "وهو", "يبدو", "تبدو", "اعتقد", "لذلك"];

/// Words that may open a sentence's main clause before the verb.
const OPENERS: &[&str] = &["كما", "فيما", "بينما"];

/// How far the verb's إن/أن may stand (the subject's relative clause between: تظهر
/// الرسائل التي تم الحصول عليها من بريد إلكتروني مخترق أن …).
const REACH: usize = 14;

/// Is `key` (with و/ف and the article seen through) a noun of evidence?
fn is_evidence(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let k = k.strip_prefix("ال").unwrap_or(k);
    EVIDENCE.contains(&k)
}

/// Does the verb of showing at `cue` report what its evidence subject shows?
pub(super) fn evidence_shows(input: &Input, cue: usize) -> bool {
    let Input { tokens, keys, .. } = *input;
    let (s0, s1) = input.sentence_tokens(cue);
    let opens = cue == s0
        || cue > 0 && (tokens[cue - 1].kind == TokenKind::Punct && !super::is_mark(tokens[cue - 1].text(input.text)) || OPENERS.contains(&keys[cue - 1].as_str()));
    let mut subject = cue + 1;
    if subject < s1 && DETERMINERS.contains(&keys[subject].as_str()) {
        subject += 1;
    }
    let evidence = subject < s1 && is_evidence(&keys[subject]);
    // (The clause follows the subject phrase, no punctuation between, nor another verb's
    // إن/أن: وتظهر الصور ما يبدو أنه …، ويظهر الفيديو الفتاة وهي تحاول توضيح أنها ….)
    let clause = (subject + 1..(cue + 1 + REACH).min(s1))
        .take_while(|&j| {
            (tokens[j].kind != TokenKind::Punct || super::is_mark(tokens[j].text(input.text)))
                && input.lexicon.cue(&keys[j]).is_none()
                && !STOPS.contains(&keys[j].as_str())
        })
        .any(|j| is_complementizer(&keys[j]));
    opens && evidence && clause
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes};

    #[test]
    fn evidence_that_shows_is_reported() {
        let q = indirect("وتظهر الوثائق المسربة أن الوزير دفع الأموال للوسطاء.");
        assert_eq!(q, ["الوزير دفع الأموال للوسطاء"]);
        let q = indirect("وأظهرت بيانات رسمية أن التضخم ارتفع إلى 8 في المئة.");
        assert_eq!(q, ["التضخم ارتفع إلى 8 في المئة"]);
        let q = indirect("وأظهرت بعض الرسائل الصوتية أنه في مرحلة ما طلب الخاطفون المزيد.");
        assert_eq!(q.len(), 1, "{q:?}");
        let q = indirect("ودلت التحريات أن هذه العناصر تنتمي إلى تنظيم إرهابي.");
        assert_eq!(q, ["هذه العناصر تنتمي إلى تنظيم إرهابي"]);
    }

    #[test]
    fn the_same_verbs_without_evidence_report_nothing() {
        // "It appears that", a person showing, the writer's inference, a plain object.
        assert!(quotes("ويظهر أن الحكومة ستتراجع عن قرارها.").is_empty());
        assert!(quotes("وأظهر الرئيس أنه لا يهتم بالانتقادات.").is_empty());
        assert!(quotes("وارتفعت الأسعار مرة أخرى، مما يدل على أن الأزمة لم تنته.").is_empty());
        assert!(quotes("وأظهرت الصور الدمار الذي لحق بالمدينة.").is_empty());
        assert!(quotes("وتظهر الصور ما يبدو أنه سفن حربية قرب الساحل.").is_empty());
        assert!(quotes("ويظهر الفيديو الفتاة وهي تحاول توضيح أنها طالبة.").is_empty());
    }

    #[test]
    fn the_evidence_is_not_carried_on() {
        let t = "وقال الباحث جون سميث إن النتائج مهمة. وأظهرت الدراسة أن التدخين يضر بالقلب. وأضاف أن الحملة ستستمر.";
        let q = quotes(t);
        let last = q.iter().find(|q| q.text.starts_with("الحملة")).expect("the continuation");
        assert_eq!(last.speaker.as_ref().map(|s| s.text.as_str()), Some("الباحث جون سميث"), "{q:?}");
    }
}
