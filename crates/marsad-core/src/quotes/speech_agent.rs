//! The agent of a noun of speech as the subject a participle or a pronoun verb goes on
//! with.
//!
//! A sentence may name its speaker only as the one whose words a noun names (وتأتي هذه
//! الخطوة بعد ثلاثة أيام من إعراب السفارة الأمريكية عن قلقها …، مشيرة إلى أن …; ما يؤكد
//! ذلك هو حديث فاليري آموس …، حيث أشارت إلى أن …): no mention opens the clause, and the
//! participle would carry a speaker from an earlier sentence. When no subject is found
//! otherwise, the mention right after such a noun speaks — not after على (ردا على
//! تصريحات ترامب، تعليقا على حديث …: the words answered, not the answer).

use super::{is_mark, ActorSpan, Input};

/// Nouns naming what someone said, as keys without clitics.
/// (Not مطالبة، دعوة، انتقاد، تحذير: their genitive is as often the one addressed,
/// مطالبة السلطات بالتدخل.)
const SPEECH_NOUNS: &[&str] = &["حديث", "اعراب", "تصريحات", "تصريح", "كلمه", "قول", "تاكيد", "اعلان"];

/// Is the key a noun of speech, with or without a one-letter proclitic (وإعراب، بحديث)?
fn is_speech_noun(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).filter(|r| SPEECH_NOUNS.contains(r)).unwrap_or(key);
    let bare = bare.strip_prefix(['ب', 'ل', 'ك']).filter(|r| SPEECH_NOUNS.contains(r)).unwrap_or(bare);
    SPEECH_NOUNS.contains(&bare)
}

/// The first non-prepositional mention in tokens `[s0, limit)` right after a noun of speech
/// that is not itself after على, before any quotation mark (تصريحات ترامب inside a quote
/// is the quoted speaker's topic), for a cue at `cue` that shows one speaker's gender (a
/// plural, يقولون، قالوا, has a subject of its own the dictionaries do not know:
/// أربعة ممن سمعوا حديث الحاكم قالوا).
pub(super) fn agent_in<'m>(input: &Input<'m>, s0: usize, limit: usize, cue: usize) -> Option<&'m ActorSpan<'m>> {
    if cue >= input.tokens.len() || super::carry::gender_of_cue(input, cue).is_none() {
        return None;
    }
    let keys = input.keys;
    let first = input.mentions.partition_point(|m| m.tok_start < s0);
    let first_mark = (s0..limit).find(|&j| is_mark(input.tokens[j].text(input.text))).unwrap_or(limit);
    input.mentions[first..].iter().take_while(|m| m.tok_start < first_mark).find(|m| {
        let b = m.tok_start;
        !m.prepositional && b > s0 && is_speech_noun(&keys[b - 1]) && !(b > s0 + 1 && keys[b - 2] == "علي")
    })
}

/// The agent of a noun of speech that opens the sentence `[p0, p1)` as its subject,
/// before or right after its verb (وجاءت تصريحات عباس في خطاب …): the one a pronoun verb
/// opening the next sentence goes on with, when that sentence reported no quote.
/// (Not a noun further in, which is as often an object: ورفض الوزير تصريحات ترامب.)
pub(super) fn opening_agent<'m>(input: &Input<'m>, p0: usize, p1: usize) -> Option<&'m ActorSpan<'m>> {
    let n = (p0..(p0 + 2).min(p1)).find(|&j| is_speech_noun(&input.keys[j]))?;
    super::mention_after(input.mentions, n + 1, n + 2, false)
}

#[cfg(test)]
mod tests {
    use super::is_speech_noun;
    use crate::quotes::tests::quotes;

    #[test]
    fn speech_nouns_with_clitics() {
        assert!(is_speech_noun("اعراب") && is_speech_noun("وحديث") && is_speech_noun("بتصريحات"));
        assert!(!is_speech_noun("الحديث") && !is_speech_noun("قوات") && !is_speech_noun("مطالبه"));
    }

    #[test]
    fn the_one_whose_words_a_noun_names_goes_on() {
        let text = "وقال الرئيس السوداني عمر البشير إن السلطات أفرجت عنه.\n\nوتأتي هذه الخطوة بعد ثلاثة أيام من إعراب السفارة الأمريكية في الخرطوم عن قلقها إزاء الاعتقالات، مشيرة إلى أن العديد من المعتقلين محتجزون في ظروف سيئة.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == "مشيرة").expect("participle quote");
        assert_eq!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("USA"), "{q:?}");
        // The words answered are not the answer's.
        let text = "وقال الرئيس السوداني عمر البشير إن السلطات أفرجت عنه.\n\nوجاء ذلك ردا على تصريحات السفارة الأمريكية في الخرطوم، مشيرا إلى أن العديد من المعتقلين أفرج عنهم.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == "مشيرا").expect("participle quote");
        assert_ne!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("USA"), "{q:?}");
        // A plural verb has a subject of its own.
        let text = "وقال الرئيس السوداني عمر البشير إن السلطات أفرجت عنه.\n\nلكن أربعة ممن سمعوا حديث السفير الأمريكي في المؤتمر قالوا إنه لم يعد بشيء.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == "قالوا").expect("plural verb quote");
        assert_ne!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("USA"), "{q:?}");
    }

    #[test]
    fn a_plural_imperfect_shows_no_gender() {
        let text = "وقال الرئيس السوداني عمر البشير إن السلطات أفرجت عنه.\n\nلكن أربعة ممن سمعوا حديث السفير الأمريكي في المؤتمر يقولون إنه لم يعد بشيء.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == "يقولون").expect("plural verb quote");
        assert_ne!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("USA"), "{q:?}");
        // The singular still goes on with the speech noun's agent.
        let text = "وقال الرئيس السوداني عمر البشير إن السلطات أفرجت عنه.\n\nوتأتي هذه الخطوة بعد يومين من حديث السفير الأمريكي في المؤتمر، حيث يقول إن بلاده لن تتدخل.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.cue.text == "يقول").expect("singular verb quote");
        assert_eq!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("USA"), "{q:?}");
    }

    #[test]
    fn a_sentence_about_someones_words_names_who_goes_on() {
        // The verb opening the next sentence has no subject of its own: not the speaker of
        // the paragraph before, but the one whose words the sentence between named.
        let text = "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الخطاب يكشف نوايا القيادة.\n\nوجاءت تصريحات الرئيس الفلسطيني محمود عباس في كلمة ألقاها أمام المجلس المركزي في رام الله.\n\nوقال في كلمته إن السلام لن يتحقق دون القدس.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.text.contains("السلام")).expect("quote");
        assert_eq!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("PSE"), "{q:?}");
        // Someone's words as the object are no subject: the minister goes on.
        let text = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده قلقة.\n\nورفض الوزير تصريحات الرئيس الأمريكي دونالد ترامب حول الاتفاق.\n\nوقال إن أوروبا ستتمسك بالاتفاق.";
        let q = quotes(text);
        let p = q.iter().find(|q| q.text.contains("أوروبا")).expect("quote");
        assert_ne!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("USA"), "{q:?}");
    }

}
