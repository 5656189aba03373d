//! Flags are not the media: keys fold the hamza's seat, so أعلام "flags" (رفعوا الأعلام
//! التونسية، لوحوا بأعلام تركية) is keyed as إعلام "media" and reads as a media phrase. A
//! role noun the text writes أعلام composes nothing, so a state or group named after it is
//! a mention of its own (رفعوا أعلام تونس → تونس); a phrase that another pass began with
//! it names flags and is dropped. (وسائل الأعلام, media misspelt, begins with وسائل and
//! is kept.)

use super::{remove_marked, ActorSpan, Cx, SpanFlags};

/// Is token `t` written أعلام "flags" (any clitics before it)?
pub(super) fn written_at(cx: &Cx<'_, '_>, t: usize) -> bool {
    // The key first (one comparison for most words), then the word as written.
    if !cx.keys.get(t).is_some_and(|k| k.ends_with("اعلام")) {
        return false;
    }
    let Some(doc) = cx.doc else { return false };
    doc.tokens.get(t).and_then(|tok| doc.text.get(tok.start..tok.end)).is_some_and(|w| w.contains("أعلام"))
}

/// Drop the phrases of `out` that begin with أعلام as written.
pub(super) fn drop(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut drop = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        drop[i] = written_at(cx, s.tok_start);
    }
    remove_marked(out, &drop);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn flags_are_no_media() {
        let ms = mentions("ورفع المتظاهرون الأعلام التونسية ولوحوا بأعلام تركية في الشارع.");
        assert!(ms.iter().all(|m| !m.text.contains("أعلام")), "{ms:?}");
        // The media, written with إ or misspelt after وسائل, are still a mention.
        let ms = mentions("وقالت وسائل الإعلام التونسية إن الرئيس سافر، ونقلت وسائل الأعلام الرسمية الخبر.");
        assert!(ms.iter().any(|m| m.text.starts_with("وسائل الإعلام")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.starts_with("وسائل الأعلام")), "{ms:?}");
    }

    #[test]
    fn a_state_whose_flags_are_raised_is_named() {
        let ms = mentions("وخرج آلاف المشجعين إلى الشوارع رافعين أعلام تركيا احتفالا بالفوز.");
        assert!(ms.iter().all(|m| !m.text.contains("أعلام")), "{ms:?}");
        assert_eq!(code(&ms, "تركيا"), Some("TUR"), "{ms:?}");
    }
}
