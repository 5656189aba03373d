//! مفاده / مفادها ("whose gist is") reports what a message, report or warning named
//! before it says. Its sender is the clause's subject (ونقل ماتيس رسالة إلى نظيره …
//! مفادها، وأرسل المشجعون رسائل للاعبين مفادها), never an actor right before the cue
//! that a preposition ties to the message as its recipient or place (… إلى وزير الخزانة
//! ومفادها، … في بروكسل مفادها).

use crate::mentions::ActorSpan;

/// Prepositions written apart that tie an actor to the message as its recipient or place
/// (keys: ى and إ folded). Not من or عن, which name its source (تحذيرات من بعض المشجعين،
/// نقلا عن صحيفة … خبرا مفاده).
const TIES: &[&str] = &["الي", "في", "علي", "لدي", "مع", "داخل"];

/// Is `lemma` the gist noun's (مفاده، ومفادها)?
pub(super) fn is_gist(lemma: &str) -> bool {
    lemma == "مفاد"
}

/// Is mention `m` tied by a preposition written before it (إلى نظيره، في سوريا), so that
/// it cannot send the message whose gist follows?
pub(super) fn tied(keys: &[String], m: &ActorSpan) -> bool {
    m.tok_start > 0 && TIES.contains(&keys[m.tok_start - 1].as_str())
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn speaker(text: &str) -> Option<String> {
        quotes(text).into_iter().find(|q| !q.direct).and_then(|q| q.speaker).map(|s| s.text)
    }

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for w in super::TIES {
            assert_eq!(&key(w), w);
        }
    }

    #[test]
    fn the_sender_not_the_recipient_or_place_speaks() {
        let s = speaker("ونقل وزير الدفاع الأمريكي جيم ماتيس رسالة إلى نظيره التركي خلال لقاء في بروكسل مفادها أن واشنطن لن تتخلى عن حلفائها.");
        assert_eq!(s.as_deref(), Some("وزير الدفاع الأمريكي جيم ماتيس"));
        let s = speaker("ووجهت الحكومة الفرنسية الرسالة نفسها إلى وزير الخزانة الأمريكي ستيفن منوتشين ومفادها أن الرسوم تضر بالجميع.");
        assert_eq!(s.as_deref(), Some("الحكومة الفرنسية"));
        // A subject right before it still speaks (تهديدات أطلقها روحاني مفادها).
        let s = speaker("وسخرت واشنطن من تهديدات أطلقها الرئيس الإيراني حسن روحاني مفادها أن الحرب مع إيران ستكون أم الحروب.");
        assert_eq!(s.as_deref(), Some("الرئيس الإيراني حسن روحاني"));
        // …and so does a source after عن.
        let s = speaker("ونشرت مصادر أنباء إيطالية نقلا عن صحيفة لاريبوبليكا خبرا مفاده أن الحكومة ستستقيل.");
        assert_eq!(s.as_deref(), Some("صحيفة لاريبوبليكا"));
    }
}
