//! واصل ("went on", `dictionaries/cues.tsv`) is a continuation only where it introduces
//! words: right before a colon or a quotation mark, with at most one word between (وواصل:
//! "…"، وواصلت حديثها: …، وواصل "…"). Elsewhere it continues an act, not speech (واصل
//! النظام هجومه، وواصلت إيران تعزيز خبرتها، واصل الكفاح إلى أن …), and is no cue: the
//! marks and the إن/أن clauses after it are someone else's or nobody's. On the corpus about
//! 55 such verbs introduce words, nearly all of them a speaker's next paragraph of quotes
//! (وواصل: …) that was run into the paragraph before or left unquoted.

use super::{is_mark, Input};
use marsad_text::token::TokenKind;

/// Is the cue at `i` واصل / واصلت?
pub(super) fn is_went_on(input: &Input, i: usize) -> bool {
    input.lexicon.cue(&input.keys[i]).is_some_and(|c| c.lemma == "واصل")
}

/// Does واصل at `i` introduce words (a colon or a mark right after it, or after one word)?
pub(super) fn introduces_words(input: &Input, i: usize) -> bool {
    let Input { text, tokens, .. } = *input;
    let opens = |j: usize| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Punct && (t.text(text) == ":" || is_mark(t.text(text))));
    opens(i + 1) || tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Arabic) && opens(i + 2)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes, speaker_of};

    #[test]
    fn went_on_introduces_words_before_a_colon_or_a_mark() {
        let t = "وقال المدرب الإسباني: نحن جاهزون للمباراة.\n\nوواصل: الفريق يملك لاعبين مميزين.";
        let q = quotes(t);
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("الفريق يملك")), "{q:?}");
        assert_eq!(speaker_of(t, "الفريق يملك").as_deref(), Some("المدرب الإسباني"));
        let q = quotes("وقال الوزير الفرنسي \"نحن جاهزون\". وواصل حديثه: \"لن نتراجع أبدا\".");
        assert!(q.iter().any(|q| q.direct && q.text == "لن نتراجع أبدا"), "{q:?}");
    }

    #[test]
    fn went_on_an_act_is_no_cue() {
        // Inside a reported clause it does not end it.
        let q = indirect("وقال نتانياهو إن إيران احتفظت بملفات مهمة، وواصلت تعزيز خبرتها النووية.");
        assert_eq!(q, ["إيران احتفظت بملفات مهمة، وواصلت تعزيز خبرتها النووية"]);
        // Nor does it report an إن/أن clause after its object.
        assert!(indirect("وفي الشوط الثاني واصل الهلال تراجع مستواه على الرغم من أن مدربه دفع بلاعب جديد.").is_empty());
    }
}
