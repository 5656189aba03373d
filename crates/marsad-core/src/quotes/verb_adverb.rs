//! Words right after a reporting verb that say how, how often or when it was said, or
//! what it was said about, and so are no speaker: قال مرارا إن، أكد صراحة أن، قالت يوم
//! الثلاثاء إن، وتابع قائلا:، ووصف ذلك بأنه …، ردت عليه بأن …، قالت وهي تبكي "…". Read as the
//! subject phrase they became the speaker's text (مرارا، يوم الثلاثاء، ذلك، عليها، وهي
//! تبكي) with a guessed country; skipped, the subject after them speaks (وأعلن ذلك رجل
//! الأعمال الروسي، أشار عليها أحد معارفها), else the one before the verb or the last one.

use super::{mention_covering, Input};

/// Adverbs of manner and frequency, and the participle of saying after a verb of going on
/// (وتابع قائلا): keys.
/// (Not رسميا: أُعلن رسميا أن is mostly the impersonal passive, with no subject anywhere.)
const MANNER: &[&str] = &["مرارا", "تكرارا", "صراحه", "علنا", "بشده", "انذاك", "وقتها", "حينذاك", "ضمنيا", "قائلا", "قائله"];

/// Days of the week (keys), alone or after a part of the day (يوم، مساء، صباح …).
const WEEKDAYS: &[&str] = &["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"];

/// Parts of the day a weekday, أمس or اليوم may follow (يوم الأحد، مساء أمس).
const DAY_PARTS: &[&str] = &["يوم", "مساء", "صباح", "ليله", "ظهر", "فجر", "ظهيره", "عشيه"];

/// Words after a day that place it (الجمعة الماضي، يوم الأحد المقبل).
const DAY_PLACERS: &[&str] = &["الماضي", "الماضيه", "المقبل", "المقبله", "الفائت", "القادم"];

/// A preposition with a pronoun: what was said on or about (كتب عليها، أشار عليه).
const ON_IT: &[&str] = &["عليه", "عليها", "عليهم", "عليهما"];

/// How many tokens from key index `j`, right after the verb at `cue`, such an adverb
/// takes (0: none).
pub(super) fn length(input: &Input, cue: usize, j: usize) -> usize {
    let keys = input.keys;
    let key = |x: usize| keys.get(x).map_or("", String::as_str);
    let verb = key(cue).strip_prefix(['و', 'ف']).unwrap_or(key(cue));
    let day = |x: usize| WEEKDAYS.contains(&key(x));
    let placed = |x: usize| x + usize::from(DAY_PLACERS.contains(&key(x)));
    // (One joined to another by و: قال صراحة وعلنا.)
    let manner = |x: usize| MANNER.contains(&key(x));
    if manner(j) || j > cue + 1 && manner(j - 1) && key(j).strip_prefix('و').is_some_and(|k| MANNER.contains(&k)) {
        return 1;
    }
    // (Not after كتب: لافتات كتب عليها "…" is the passive, and the banner has no subject
    // after it; the one before the verb or the last speaker would be a guess.)
    if ON_IT.contains(&key(j)) && !matches!(verb, "كتب" | "كتبت") {
        return 1;
    }
    // ذلك before an indefinite word is the verb's object (وأعلن ذلك رجل الأعمال، ووصف ذلك
    // بأنه …); before a definite one it points at the subject (وقال ذلك المسؤول). (Not after
    // جاء: جاء ذلك بعد … / في … ties the words to an occasion, not to a speaker.)
    if key(j) == "ذلك" && !key(j + 1).starts_with("ال") && verb != "جاء" {
        return 1;
    }
    // A bare weekday only before a named subject (قالت الجمعة مجموعة دول شرق إفريقيا):
    // before anything else it stays a word that no subject starts with (وقالت الثلاثاء عبر
    // القناة).
    if day(j) {
        let after = placed(j + 1);
        return if mention_covering(input.mentions, after).is_some_and(|m| m.tok_start == after) { after - j } else { 0 };
    }
    if DAY_PARTS.contains(&key(j)) && (day(j + 1) || matches!(key(j + 1), "امس" | "اليوم")) {
        return placed(j + 2) - j;
    }
    0
}

/// Does a circumstantial clause (وهو يتكئ، وهي تبكي) start at key `key`? It describes the
/// speaker as the verb's pronoun, and is no subject of its own.
pub(super) fn circumstantial(key: &str) -> bool {
    matches!(key, "وهو" | "وهي" | "وهم" | "وهما")
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

    #[test]
    fn adverbs_after_the_verb_are_no_speaker() {
        let text = "قال الرئيس الفنزويلي إن العقوبات ظالمة. وقال مرارا إن بلاده لن تخضع للضغوط.";
        assert_eq!(speaker_of(text, "بلاده").as_deref(), Some("الرئيس الفنزويلي"));
        let text = "لكن وزير الخارجية الفرنسي، الذي زار طهران مرتين، قال يوم الثلاثاء إن المفاوضات مستمرة.";
        assert_eq!(speaker_of(text, "المفاوضات").as_deref(), Some("وزير الخارجية الفرنسي"));
        let text = "قال وزير المالية المغربي إن الميزانية متوازنة. وتابع قائلا: لن نرفع الضرائب هذا العام.";
        assert_eq!(speaker_of(text, "لن نرفع").as_deref(), Some("وزير المالية المغربي"));
        let text = "قالت الوزيرة الكندية إن الوضع مأساوي. ثم قالت وهي تبكي \"لم أر معاناة كهذه من قبل\".";
        assert_eq!(speaker_of(text, "لم أر").as_deref(), Some("الوزيرة الكندية"));
    }

    #[test]
    fn the_subject_after_an_object_or_a_pronoun_speaks() {
        let text = "وانتقد العمال قرار الإغلاق. ورد عليه مدير الشركة الألمانية بأن العمال سيعوضون.";
        assert_eq!(speaker_of(text, "العمال سيعوضون").as_deref(), Some("مدير الشركة الألمانية"));
        let text = "قال المرصد السوري إن القوات الحكومية تقدمت في الغوطة. ووصف ذلك بأنه استئناف للهجوم.";
        assert_eq!(speaker_of(text, "استئناف").as_deref(), Some("المرصد السوري"));
        // A demonstrative before a definite noun opens the subject itself.
        let text = "وقال ذلك المسؤول إن المفاوضات ستستأنف قريبا.";
        assert_eq!(speaker_of(text, "المفاوضات").as_deref(), Some("ذلك المسؤول"));
    }

    #[test]
    fn a_banner_and_a_weekday_before_a_preposition_are_left_alone() {
        // The banner's words get no speaker guessed from the sentence before.
        let text = "قال وزير الداخلية الإيطالي إن الأمن مستتب. وحمل بعضهم لافتات كتب عليها: \"لا للحرب\".";
        assert_ne!(speaker_of(text, "لا للحرب").as_deref(), Some("وزير الداخلية الإيطالي"));
        // A weekday before anything but a named subject is no speaker, and is not read past
        // into the words after it.
        let text = "قالت الممثلة البريطانية سارة لين إنها تعرضت للتحرش. وقالت الثلاثاء عبر التلفزيون \"لن أصمت بعد اليوم\".";
        assert_eq!(speaker_of(text, "لن أصمت").as_deref(), Some("الممثلة البريطانية سارة لين"));
    }
}
