//! A reported clause that is all in quotation marks, closed before a comma.
//!
//! قال إن "…"، الأمر الذي أكده محاميه · أكد أن "…"، وأن "…" · وصف قطر بأنها "…"، وهي
//! تصريحات كررها …: when the marks open the clause right after إن/أن (or after its و:
//! أنه و"…") and close before a comma, the speaker's words are exactly the marks. What
//! follows the comma is the writer's comment or a new clause, so the marked words are
//! the quotation, direct only, and no indirect quote repeats them with the tail.

/// Fewest words in the marks: a shorter marked phrase may be the clause's subject
/// (أن "الأسود"، وهم …), which the clause goes on after.
const MIN_WORDS: usize = 3;

use super::{is_comma, is_complementizer, is_mark, Input};
use marsad_text::token::TokenKind;

/// Does the clause from token `from` to `end` open with marks (at `from`, or after a
/// lone و) that a direct quote took (`direct_cue`), closed before a comma that comes
/// before `end`, with no more of the speaker's words after it: no second clause joined by
/// وأن unless all in marks, no marks but a short name's (`title_mark`)?
pub(super) fn closed_before_comma(input: &Input, from: usize, end: usize, direct_cue: &[Option<usize>], title_mark: &[bool]) -> bool {
    let Input { text, tokens, keys, .. } = *input;
    let mark = |k: usize| is_mark(tokens[k].text(text));
    let open = if from < end && keys[from] == "و" { from + 1 } else { from };
    if open >= end || !mark(open) || direct_cue[open].is_none() {
        return false;
    }
    let Some(close) = (open + 1..end).find(|&k| mark(k)) else { return false };
    let words = (open + 1..close).filter(|&k| tokens[k].kind != TokenKind::Punct).count();
    if words < MIN_WORDS || close + 2 >= end || !is_comma(tokens[close + 1].text(text)) {
        return false;
    }
    // A second reported clause joined by وأن (، وأن اللغة العربية قادرة …) is the
    // speaker's too, unless it is all in marks as well (، وأن "…": a quotation of its own).
    let coordinated = keys[close + 2].strip_prefix('و').is_some_and(is_complementizer);
    if coordinated && !(close + 3 < end && mark(close + 3)) {
        return false;
    }
    // More of the speaker's words in marks after the comma (، وهم "يفهمون أهمية المسألة
    // كل الفهم") keep the tail reported; a short name (لوكالة "سي تي كي") does not, nor
    // does any phrase of three words or fewer, which after a comma is as often the
    // writer's own scare quote (…، متوعدا برد فعل "قوي").
    let mut k = close + 2;
    while let Some(m) = (k..end).find(|&j| mark(j)) {
        if !(title_mark[m] || coordinated && m == close + 3) {
            return false;
        }
        k = (m + 1..end).find(|&j| mark(j)).map_or(end, |c| c + 1);
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn kinds(text: &str) -> Vec<(bool, String)> {
        quotes(text).into_iter().map(|q| (q.direct, q.text)).collect()
    }

    #[test]
    fn marks_closed_before_a_comma_are_the_whole_quotation() {
        let q = kinds("وقالت المتحدثة باسم النيابة العامة إن \"النيابة العامة أغلقت الإجراء المتعلق بالتسليم\"، الأمر الذي أكده محامي الرجل لوكالة الأنباء.");
        assert!(q.iter().all(|(d, _)| *d), "{q:?}");
        assert!(q.iter().any(|(_, t)| t == "النيابة العامة أغلقت الإجراء المتعلق بالتسليم"), "{q:?}");
        let q = kinds("وأكد أبو الغيط أن \"الاحتلال يتحمل المسؤولية القانونية عن هذه الأرواح\"، وأن \"الترهيب لن يؤدي إلى قمع الفلسطينيين\".");
        assert_eq!(q.iter().filter(|(d, _)| !*d).count(), 0, "{q:?}");
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn marks_after_a_bare_wa_filling_the_clause_are_direct_only() {
        let q = kinds("وأعلنت وزارة الدفاع في بيان أنه و\"بناء على المعلومات المتوفرة، فإن الطائرة سقطت بسبب عطل فني في أحد محركاتها\".");
        assert!(q.iter().all(|(d, _)| *d), "{q:?}");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_clause_going_on_after_its_marks_stays_indirect() {
        // No comma after the marks: the clause goes on and is reported as a whole.
        let q = kinds("وقال الوزير إن \"المحادثات الدبلوماسية بين البلدين\" مازالت مستمرة رغم الخلاف.");
        assert!(q.iter().any(|(d, t)| !*d && t.ends_with("مستمرة رغم الخلاف")), "{q:?}");
        // A short marked subject is the clause's, not its whole.
        let q = kinds("وأضاف أن \"الأسود\"، وهم في أفضل حالاتهم، سيفوزون على البرتغال.");
        assert!(q.iter().any(|(d, t)| !*d && t.contains("سيفوزون")), "{q:?}");
        // More marked words of the speaker after the comma: the tail is his too.
        let q = kinds("وقال الوزير إن السعودية تتعاون، مضيفا أنهم \"كانوا واضحين جدا معنا\"، وهم \"يفهمون أهمية المسألة كل الفهم\".");
        assert!(q.iter().any(|(d, t)| !*d && t.contains("يفهمون أهمية المسألة")), "{q:?}");
        // A second clause joined by وأن, not in marks, is reported with the first.
        let q = kinds("واعتبرت إثيوبيا أن \"النص ليس محايدا على الإطلاق\"، وأنه يصب في صالح المغرب.");
        assert!(q.iter().any(|(d, t)| !*d && t.ends_with("يصب في صالح المغرب")), "{q:?}");
    }
}
