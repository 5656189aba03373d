//! The tokens of a document that are a hashtag's '#', found once per document.
//!
//! Most texts of the corpus have a '#', and the hashtag passes (`hashtags`,
//! [`super::hashtag_words`]) and the tests of a '#' before or after a mention
//! ([`super::Cx::hash_sign_at`]) each asked punctuation tokens whether they were one, by
//! their key and text (some forty thousand calls in two thousand articles, for a few '#'
//! each). One walk over the scan's tokens keyed "" lists them for all.

use super::Cx;
use marsad_text::token::TokenKind;

/// The tokens, in order, that are the punctuation '#' (as [`Cx::punct_is`] reads it); none
/// without a document.
pub(super) fn tokens(cx: &Cx<'_, '_>) -> Vec<usize> {
    let Some(doc) = cx.doc else { return Vec::new() };
    let text = doc.text.as_bytes();
    // A '#' is keyed "" (only a hyphen inside a word has a key of punctuation): it is
    // among the scan's tokens keyed "", whose first byte is read. The three tests are
    // one branch (`&`, not `&&`): the length test alone went either way from one
    // punctuation token to the next (، is two bytes, . one).
    let is_sign = |t: usize| {
        let tok = &doc.tokens[t];
        (tok.end == tok.start + 1) & (text.get(tok.start) == Some(&b'#')) & matches!(tok.kind, TokenKind::Punct | TokenKind::Symbol)
    };
    cx.unkeyed.iter().copied().filter(|&t| is_sign(t)).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions_on;

    #[test]
    fn a_sign_inside_a_word_or_a_text_without_one_changes_nothing() {
        // No '#' token: the hashtag passes find nothing to read.
        let ms = mentions_on("تعلم المبرمجون لغة C# في جامعة القاهرة.", Some("2019-03-02"));
        assert!(!ms.iter().any(|m| m.text.contains('#')), "{:?}", ms.iter().map(|m| &m.text).collect::<Vec<_>>());
    }

    #[test]
    fn each_sign_token_is_found_in_order() {
        // Two hashtags, each read with the phrase before it.
        let ms = mentions_on("وأعلنت وزارة الخارجية #القطرية أمس، ثم زار الرئيس التركي رجب طيب #أردوغان الدوحة.", Some("2018-05-10"));
        let texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.contains(&"وزارة الخارجية #القطرية"), "{texts:?}");
        assert!(texts.contains(&"الرئيس التركي رجب طيب #أردوغان"), "{texts:?}");
    }
}
