//! "It is said that …": وقيل إن …، ويقال إن …، يقال إنه …، لكن يقال إن …، وأفيد بأن ….
//!
//! A passive of saying with its إن/أن right after it reports a clause nobody is named for:
//! the labels give it as an indirect quote of "unnamed sources" with no speaker text and
//! no country (dev8, dev10 and dev11 READMEs); so do marks right after it (ويقال أن "العين
//! تأكل قبل الفم"). The cue counts only when it opens its clause: at the sentence start, with its own و/ف, or after قد/فقد/وقد/لكن/ولكن. Bare in
//! the running text it is hearsay the writer folds into a noun phrase (الملياردير الذي يقال
//! إنه صهر بوتين، لفستان أبيض قيل إنه كان السبب، حيث يقال إنها محفوظة): no quote; nor
//! when a frame later in the sentence names the source (…، بحسب المنجد): the frame reports. The
//! quote has no speaker, carries none on to the continuations after it and takes none from
//! before (rule `hearsay`, `carry::carries`).

use super::Input;

/// The cues' lemma in `dictionaries/cues.tsv` (قيل، يقال، أفيد).
pub(super) const LEMMA: &str = "قيل";

/// Particles after which the passive still opens its clause (فقد قيل إن، لكن يقال إن).
const OPENERS: &[&str] = &["قد", "فقد", "وقد", "لكن", "ولكن"];

/// Does the passive cue at `cue` open its clause with its complementizer right after it,
/// with no frame later in its sentence (`frame_at`: ويقال إن …، بحسب المنجد names the source,
/// and the frame reports the clause)?
pub(super) fn reports(input: &Input, cue: usize, frame_at: impl Fn(usize) -> bool) -> bool {
    let keys = input.keys;
    if cue + 1 >= keys.len() || !super::is_complementizer(&keys[cue + 1]) {
        return false;
    }
    let (s0, s1) = input.sentence_tokens(cue);
    if (cue + 2..s1).any(frame_at) {
        return false;
    }
    cue == s0 || keys[cue].starts_with(['و', 'ف']) || cue > s0 && OPENERS.contains(&keys[cue - 1].as_str())
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes, speaker_of};

    #[test]
    fn a_passive_opening_its_sentence_reports_with_no_speaker() {
        let t = "واحتجز هيدجيز في المطار.\nوقيل إن الطالب البريطاني أجرى مقابلات مع مصادر.";
        assert_eq!(indirect(t), vec!["الطالب البريطاني أجرى مقابلات مع مصادر".to_string()]);
        let q = quotes(t);
        assert!(q.iter().all(|q| q.rule == "hearsay" && q.speaker.is_none()), "{q:?}");
        assert_eq!(indirect("يقال إن اللبنانيين يعيدون الاصطفاف نفسه خلال الانتخابات.").len(), 1);
        assert_eq!(indirect("لكن يقال إن الكثير من القصص المنسوبة إليه مكذوبة.").len(), 1);
    }

    #[test]
    fn a_second_report_after_with_ends_the_clause() {
        let t = "ويقال إن الرئيس السابق باراك أوباما استبدل هاتفه كل شهر لأغراض أمنية، مع توضيح التقرير أن هواتف ترمب مزودة بكاميرا.";
        assert_eq!(indirect(t)[0], "الرئيس السابق باراك أوباما استبدل هاتفه كل شهر لأغراض أمنية");
        let t = "وقال الوزير إن الحكومة ستدعم المزارعين، مع التركيز على المناطق الفقيرة.";
        assert_eq!(indirect(t), vec!["الحكومة ستدعم المزارعين، مع التركيز على المناطق الفقيرة".to_string()]);
    }

    #[test]
    fn a_frame_after_it_names_the_source() {
        let t = "وأفيد أن كيم عبر في رسالته عن اهتمامه باللقاء، بحسب صحيفة وول ستريت جورنال.";
        assert!(quotes(t).iter().all(|q| q.rule != "hearsay"), "{:?}", quotes(t));
    }

    #[test]
    fn marks_after_it_have_no_speaker() {
        let t = "وقالت ماجدة إن الطعام جاهز. ويقال أن \"العين تأكل قبل الفم\".";
        let q = quotes(t);
        let q = q.iter().find(|q| q.text.starts_with("العين")).unwrap_or_else(|| panic!("{q:?}"));
        assert!(q.speaker.is_none(), "{q:?}");
    }

    #[test]
    fn no_speaker_is_carried_to_it_or_from_it() {
        let t = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن توافق على القرار. ويقال إن الرئيس السابق استبدل هاتفه كل شهر.";
        assert_eq!(speaker_of(t, "الرئيس السابق"), None);
        let t = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن توافق على القرار. ويقال إن الرئيس السابق استبدل هاتفه. وأضاف أن موسكو سترد.";
        assert_eq!(speaker_of(t, "موسكو سترد").as_deref(), Some("وزير الخارجية الروسي سيرغي لافروف"));
    }

    #[test]
    fn hearsay_inside_a_noun_phrase_is_no_quote() {
        assert!(indirect("وشملت العقوبات كيريل شامالوف الملياردير الذي يقال إنه صهر بوتين.").is_empty());
        assert!(indirect("وتداول مغردون صورا لفستان أبيض قيل إنه كان السبب في وقف المذيعة.").is_empty());
        assert!(indirect("وعثر على الجثة في مدينة الكويت، حيث يقال إنها محفوظة منذ عام.").is_empty());
        assert!(indirect("وأقيل المدرب قبل أن يقال من منصبه في فبراير.").is_empty());
    }
}
