//! A later speaker's cue ends an earlier cue's search for its إن/أن.
//!
//! A reporting verb with no و/ف but set off by a comma or a contrast (…، بينما رأى
//! الأخير أنه …، فيما قال الوزير إن …، في حين أكد المتحدث أن …) and with a subject of its
//! own right after it opens another speaker's report: the إن/أن after it is that
//! speaker's, not the earlier cue's (which reported no clause, or only marked words).

use super::{is_comma, mention_after, Input, NAMING};

/// Words that set a second speaker against the first (بينما، فيما، في حين).
const CONTRASTS: &[&str] = &["بينما", "فيما"];

/// Does the verb cue at `cue` open a report of another speaker: a comma or a contrast
/// right before it, and its own subject (a mention, or الأخير/الأخيرة) right after it?
pub(super) fn opens_other_report(input: &Input, cue: usize) -> bool {
    let keys = input.keys;
    if cue < 2 || cue + 1 >= keys.len() {
        return false;
    }
    // (…، يدعى إيريك لاي، إن …: a verb that names the speaker is no other speaker's.)
    if NAMING.contains(&keys[cue].as_str()) {
        return false;
    }
    let before = keys[cue - 1].as_str();
    let set_off = CONTRASTS.contains(&before)
        || before == "حين" && keys[cue - 2] == "في"
        || is_comma(input.tokens[cue - 1].text(input.text));
    if !set_off {
        return false;
    }
    names_subject(input, cue + 1)
}

/// Is the word at `at` a subject named by itself: a mention starting there, or
/// الأخير/الأخيرة (the one just named)?
pub(super) fn names_subject(input: &Input, at: usize) -> bool {
    super::latter::feminine(&input.keys[at]).is_some() || mention_after(input.mentions, at, at + 1, false).is_some()
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    /// The cue and speaker country of the quote holding `words`.
    fn cue_and_country(text: &str, words: &str) -> (String, Option<String>) {
        let q = quotes(text);
        let q = q.iter().find(|q| q.text.contains(words)).unwrap_or_else(|| panic!("{q:?}"));
        (q.cue.text.clone(), q.speaker.as_ref().and_then(|s| s.country.clone()))
    }

    #[test]
    fn a_contrasted_speaker_reports_his_own_clause() {
        let t = "وتحدث الرئيس الأمريكي دونالد ترامب عن الانسحاب، بينما رأى الرئيس الفرنسي إيمانويل ماكرون أنه لا يجب ترك سوريا لإيران.";
        assert_eq!(cue_and_country(t, "لا يجب ترك"), ("رأى".into(), Some("FRA".into())));
        let t = "وأشاد الرئيس الأمريكي دونالد ترامب بالاتفاق، فيما قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستبقى.";
        assert_eq!(cue_and_country(t, "بلاده ستبقى"), ("قال".into(), Some("FRA".into())));
    }

    #[test]
    fn a_later_verb_without_its_own_subject_does_not_stop_the_search() {
        // (No subject after أكد: the verb is the first speaker's, whose cue keeps its clause.)
        let t = "وأشاد الرئيس الفرنسي إيمانويل ماكرون بالاتفاق، بينما أكد خلال المؤتمر أن بلاده ستبقى في سوريا.";
        assert_eq!(cue_and_country(t, "بلاده ستبقى").1.as_deref(), Some("FRA"));
        // (A naming verb after the comma gives the speaker's name: قال keeps its clause.)
        let t = "وقال أحد موقعي الرسالة، يدعى إيريك لاي، إن التوصل إلى مثل هذا الاتفاق سيشكل صدمة.";
        assert_eq!(cue_and_country(t, "سيشكل صدمة").0, "وقال");
    }
}
