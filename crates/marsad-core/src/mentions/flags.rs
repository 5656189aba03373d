//! Flags are not the media: keys fold the hamza's seat, so أعلام "flags" (رفعوا الأعلام
//! التونسية، لوحوا بأعلام تركية) is keyed as إعلام "media" and reads as a media phrase. A
//! phrase whose first word the text writes أعلام names flags, no actor. (وسائل الأعلام,
//! media misspelt, begins with وسائل and is kept.)

use super::{remove_marked, ActorSpan, Cx, SpanFlags};

/// Drop the phrases of `out` that begin with أعلام as written (any clitics before it).
pub(super) fn drop(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let Some(doc) = cx.doc else { return };
    let mut drop = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        // The key first (one comparison for most mentions), then the word as written.
        if !cx.keys[s.tok_start].ends_with("اعلام") {
            continue;
        }
        let word = doc.tokens.get(s.tok_start).and_then(|t| doc.text.get(t.start..t.end)).unwrap_or("");
        drop[i] = word.contains("أعلام");
    }
    remove_marked(out, &drop);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn flags_are_no_media() {
        let ms = mentions("ورفع المتظاهرون الأعلام التونسية ولوحوا بأعلام تركية في الشارع.");
        assert!(ms.iter().all(|m| !m.text.contains("أعلام")), "{ms:?}");
        // The media, written with إ or misspelt after وسائل, are still a mention.
        let ms = mentions("وقالت وسائل الإعلام التونسية إن الرئيس سافر، ونقلت وسائل الأعلام الرسمية الخبر.");
        assert!(ms.iter().any(|m| m.text.starts_with("وسائل الإعلام")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.starts_with("وسائل الأعلام")), "{ms:?}");
    }
}
