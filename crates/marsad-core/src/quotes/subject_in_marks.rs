//! A short phrase in marks right after a reporting verb and before that verb's إن/أن
//! (وقالت "إيرنا" إنه …، وتقول "ذا إيكونوميست" إن …، وكتب "38 نورث" أنه …) is the verb's
//! subject named in marks: an outlet, a company or a body no dictionary knows. It is no
//! quotation, and it is who speaks the clause after it. (A name the mentions layer knows
//! is already set off by `marked_name`; this reads the shape alone.)
//!
//! Not the description after وصف (وصفت "بالرومانسية" أنها …), nor an addressee (وأكد
//! "للأمة الإيرانية" أن …), nor marks opening with the
//! complementizer (قولها "إن من المرجح جدا" أن …), nor a lone verb before a bare أن and
//! its verb (وقال "يستحيل" أن يوجد …).

use super::{bare_complementizer, is_complementizer, is_mark, Input};
use marsad_text::token::TokenKind;

/// Most words a marked subject name holds.
const MAX_WORDS: usize = 4;

/// Whether the marks opening at token `open` (right after a reporting verb) and closing
/// at `close` hold that verb's subject: a name of at most four words followed, after an
/// optional comma, by the verb's complementizer, within the paragraph ending at `p1`.
pub(super) fn names_subject(input: &Input, open: usize, close: usize, p1: usize) -> bool {
    let (tokens, keys) = (input.tokens, input.keys);
    let inside: Vec<usize> = (open + 1..close).filter(|&j| tokens[j].kind != TokenKind::Punct).collect();
    let Some(&first) = inside.first() else { return false };
    if inside.len() > MAX_WORDS || (open + 1..close).any(|j| is_mark(tokens[j].text(input.text))) {
        return false;
    }
    // (A description's بـ, an addressee's لـ, وأكد "للأمة الإيرانية" أن …, or a
    // complementizer opening the marks: no subject. One inside is a name's: "بي إن".)
    if keys[first].starts_with("بال") || keys[first].starts_with("لل") || is_complementizer(&keys[first]) {
        return false;
    }
    let mut c = close + 1;
    if c < p1 && matches!(tokens[c].text(input.text), "،" | ",") {
        c += 1;
    }
    if c >= p1 || !is_complementizer(&keys[c]) {
        return false;
    }
    // (A lone marked verb before a bare أن and its verb: "يستحيل" أن يوجد.)
    let verb_after = keys.get(c + 1).is_some_and(|k| (k.starts_with('ي') || k.starts_with('ت')) && !k.starts_with("ال"));
    !(inside.len() == 1 && bare_complementizer(&keys[c]) && verb_after)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{quotes, speaker_of};

    #[test]
    fn a_name_in_marks_before_the_complementizer_is_the_speaker() {
        let t = "وقالت \"إيرنا\" إنه رد على سؤال حول انسحاب القوات من سوريا.";
        let q = quotes(t);
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        assert_eq!(speaker_of(t, "رد على").as_deref(), Some("إيرنا"));
        let t = "وتقول \"ذا إيكونوميست\"، إن أصحاب المتاجر يشكون من الركود.";
        assert!(quotes(t).iter().all(|q| !q.direct), "{:?}", quotes(t));
        assert_eq!(speaker_of(t, "أصحاب").as_deref(), Some("ذا إيكونوميست"));
        let t = "وتقول \"بي إن\" إن الحقوق الحصرية التي تمتلكها لا تزال سارية.";
        assert!(quotes(t).iter().all(|q| !q.direct), "{:?}", quotes(t));
        assert_eq!(speaker_of(t, "الحقوق").as_deref(), Some("بي إن"));
        // Named in full before, it keeps that speaker's code.
        let t = "وذكرت صحيفة \"صن\" البريطانية أن النادي يفاوض اللاعب. وقالت \"صن\" إن المدرب أبلغه بالرحيل.";
        let q = quotes(t);
        let sp = q.iter().find(|q| q.text.starts_with("المدرب")).and_then(|q| q.speaker.as_ref()).expect("a speaker");
        assert_eq!(sp.text, "صن");
        let first = q.iter().find(|q| q.text.starts_with("النادي")).and_then(|q| q.speaker.as_ref()).expect("a speaker");
        assert_eq!(sp.actor, first.actor);
    }

    #[test]
    fn words_in_marks_stay_a_quotation() {
        // Marks holding the complementizer.
        let q = quotes("ونقلت الوكالة عن الوزارة قولها \"إن من المرجح جدا\" أن يكون الصاروخ أوكرانيا.");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("إن من المرجح")), "{q:?}");
        // A lone verb before a bare أن and its verb names no one.
        let t = "وتحدث المسؤول عن الحافلة. وقال \"يستحيل\" أن يوجد مقاتلون على متنها.";
        assert_ne!(speaker_of(t, "يوجد").as_deref(), Some("يستحيل"));
        // An addressee in marks.
        let t = "وأكد الرئيس \"للأمة الإيرانية\" أن الاحتياجات اليومية مضمونة.";
        assert_eq!(speaker_of(t, "الاحتياجات").as_deref(), Some("الرئيس"));
        // Marks with no complementizer after them.
        let q = quotes("وقال الرئيس \"لن نسمح بذلك أبدا\" في كلمته أمام البرلمان.");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("لن نسمح")), "{q:?}");
    }
}
