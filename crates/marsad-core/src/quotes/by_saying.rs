//! بالقول ("by saying") after a verb reports for that verb's subject.
//!
//! The verbal noun closes a clause whose verb says how the speaker answered or what they
//! limited themselves to (ردت هيلي الثلاثاء بالقول "…"، واكتفى متحدث باسم الخارجية
//! بالقول إنه …، وعلق الرئيس ترامب عبر تويتر على وفاته بالقول …، وجادل لافروف بالقول إن
//! …). As a cue (`dictionaries/cues.tsv`, a participle of قال) it introduces the marks or
//! the إن/أن clause after it; its speaker is the subject of the verb before it in its
//! sentence, found as that verb's own (after it, else right before it), not the sentence's
//! first mention (عندما واجهت بي بي سي السلطات …، رد رئيس الاتحاد … بالقول) nor an
//! object or an addressee between (ورد المدرب على سؤال لوكالة فرانس برس بالقول). After a
//! continuation (وتابع القحطاني بالقول) or a participle (متطرقا إلى … بالقول) the speaker is
//! theirs. بالقول المأثور ("as the saying goes") quotes a proverb, no one.

use super::{Input, CUE_WINDOW};
use marsad_lexicon::CueKind;

/// Is the cue at `cue` بالقول?
pub(super) fn is_by_saying(key: &str) -> bool {
    key == "بالقول"
}

/// Is the cue at `cue` بقوله / بقولها ("by his / her saying")? Its pronoun names the
/// speaker, so an عن before it names a relayed source only after a relaying verb (ونقلت
/// الوكالة عن المتحدث وصفه … بقوله), not after another verb (يبحث عن دعم ضد الوحدات
/// الكردية …، بقوله إن …: the one looking for support speaks).
pub(super) fn by_own_saying(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    bare.strip_prefix('ب').is_some_and(|k| k.starts_with("قول"))
}

/// Verbs (keys, without و/ف) that take بالقول and are no reporting cues themselves: to
/// limit oneself to, to address, to argue, to defend, to comment on, to turn to.
const TAKES_BY_SAYING: &[&str] = &[
    "اكتفي", "اكتفت", "اكتفوا", "يكتفي", "تكتفي", "خاطب", "خاطبت", "توجه", "توجهت", "جادل", "جادلت", "دافع", "دافعت", "تطرق",
    "تطرقت", "ختم", "ختمت", "اختتم", "اختتمت", "استهل", "استهلت",
];

/// The cue in the sentence before بالقول at `cue` whose speaker speaks, and its kind: the
/// nearest reporting verb, continuation (وتابعت المندوبة بالقول) or participle (متطرقا
/// إلى … بالقول) before it, or verb of answering, within three cue windows.
/// (Not عقب, also "after": وعقب انتهاء المحاكمة، سارع …)
pub(super) fn cue_before(input: &Input, cue: usize, cue_kinds: impl Fn(usize) -> Option<CueKind>) -> Option<(usize, CueKind)> {
    let (s0, _) = input.sentence_tokens(cue);
    let keys = input.keys;
    let bare = |k: &str| k.strip_prefix(['و', 'ف']).unwrap_or(k).to_string();
    (s0.max(cue.saturating_sub(3 * CUE_WINDOW))..cue).rev().find_map(|j| match cue_kinds(j) {
        Some(CueKind::Frame) => None,
        Some(k) => Some((j, k)),
        None => TAKES_BY_SAYING.contains(&bare(&keys[j]).as_str()).then_some((j, CueKind::Verb)),
    })
}

/// بالقول المأثور ("the saying goes"): a proverb, no one's words.
pub(super) fn proverb(keys: &[String], cue: usize) -> bool {
    is_by_saying(&keys[cue]) && keys.get(cue + 1).is_some_and(|k| k == "الماثور")
}

#[cfg(test)]
mod tests {
    #[test]
    fn by_his_saying_is_no_relayed_words() {
        assert!(super::by_own_saying("بقوله") && super::by_own_saying("وبقولها"));
        assert!(!super::by_own_saying("قوله") && !super::by_own_saying("بالقول"));
        // (The عن of the verb before it names no source.)
        let t = "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع. ويبدو أن الرئيس التركي يبحث عن دعم في معركته ضد وحدات حماية الشعب الكردية، بقوله إن حدود بلاده مهددة.";
        assert_eq!(crate::quotes::tests::country_of(t, "حدود").as_deref(), Some("TUR"));
        // (A relaying verb's عن still names the source.)
        let t = "ونقلت وكالة فرانس برس عن الرئيس الأفغاني أشرف غني وصفه للقرار بقوله إن القرار خاطئ.";
        assert_eq!(crate::quotes::tests::country_of(t, "القرار خاطئ").as_deref(), Some("AFG"));
    }

    use crate::quotes::tests::{quotes, speaker_of};

    #[test]
    fn the_verbs_subject_speaks() {
        let t = "وعندما واجهت وكالة رويترز السلطات بالاتهامات، رد وزير الداخلية الجزائري بالقول \"هذه اتهامات لا أساس لها من الصحة على الإطلاق\".";
        assert_eq!(speaker_of(t, "هذه اتهامات").as_deref(), Some("وزير الداخلية الجزائري"));
        let t = "واكتفى متحدث باسم الخارجية الأمريكية بالقول إن المحادثات كانت مثمرة.";
        assert_eq!(speaker_of(t, "المحادثات كانت").as_deref(), Some("متحدث باسم الخارجية الأمريكية"));
        // After a continuation: its speaker, not the one the clause names.
        let t = "وعندما سئل عن موقف الحكومة، تابع وزير الخارجية السعودي خلال المؤتمر الصحفي بالقول إن المملكة لن تتراجع.";
        assert_eq!(speaker_of(t, "المملكة لن").as_deref(), Some("وزير الخارجية السعودي"));
    }

    #[test]
    fn a_proverb_is_no_quote() {
        let q = quotes("وتذكرنا هذه الخلافات بالقول المأثور: \"إذا عاهد غدر وإذا خاصم فجر\".");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn with_no_verb_before_it_the_clause_subject_speaks() {
        let t = "ولم يعط وزير الخارجية الروسي سيرغي لافروف تفاصيل، مكتفيا بالقول إن المحادثات ستستمر.";
        let q = quotes(t);
        assert!(q.iter().any(|q| !q.direct && q.text.starts_with("المحادثات ستستمر")), "{q:?}");
    }
}
