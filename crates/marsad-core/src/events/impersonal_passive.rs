//! The impersonal passive: a frame verb (تم، يتم، جرى) before a verbal noun tells that the
//! act took place with its doer left unsaid (وتم القبض على الفاعل، تم الاعتداء عليه، جرت
//! الاعتقالات). The definite noun there refers back to nothing: it is the event, and
//! violence, coercion and protest stay events with no party named (`build`). Other types
//! still need a coded party (تم الإفراج عن الصحفي الأمريكي). (Not after the future سيتم:
//! the noun's modality would not see the سـ on the frame.)

use super::Input;

/// Frames of the impersonal passive, folded, without و/ف (`وتم اعتقال الأتراك`، `لم يتم
/// تفتيش منزل القنصل`).
pub(super) const PASSIVE_FRAMES: &[&str] = &["تم", "تمت", "يتم", "جري", "جرت", "يجري"];

/// Whether `key` is a frame of the impersonal passive.
pub(super) fn is_frame(key: &str) -> bool {
    let key = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    PASSIVE_FRAMES.contains(&key)
}

/// Whether the noun at `i` comes right after a frame of the impersonal passive in its
/// sentence (which starts at `s0`).
pub(super) fn after_frame(input: &Input, i: usize, s0: usize) -> bool {
    i > s0 && is_frame(&input.keys[i - 1])
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_definite_noun_after_the_frame_is_the_event() {
        let es = events("وقال المتحدث باسم الشرطة إنه تم القبض على السائق بعد ساعات.");
        assert!(es.iter().any(|e| e.kind == "COERCE"), "{es:?}");
        let es = events("وأكدت مصادر أمنية أنه جرى القبض على المشتبه به.");
        assert!(es.iter().any(|e| e.kind == "COERCE"), "{es:?}");
    }

    #[test]
    fn a_definite_noun_alone_or_after_the_future_frame_is_none() {
        // (After a paragraph of its own, so that the bare noun may refer back: `antecedent.rs`.)
        let es = events("وقال مصدر أمني إن التحقيق مستمر.\nوقال المحامي إن القبض على السائق جاء متأخرا.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
        let es = events("وقال مصدر أمني إن التحقيق مستمر.\nوأكد المحامي أنه سيتم القبض على السائق خلال أيام.");
        assert!(es.iter().all(|e| e.kind != "COERCE"), "{es:?}");
    }
}
