//! A role phrase that speaks, followed by a person's name no dictionary knows, set off by
//! commas (وقال رئيس بلدية واغادوغو، أرمون بيويندي، إن …، وأضاف نائب وزير التجارة
//! الصيني، لي شينغانغ، أن …): the speaker is that person, and the speaker's span runs over
//! the name as it does over a known one (`apposed_name`). The label guide names the
//! person where the text does.
//!
//! A name here is two or three plain words: none definite (الأحد، الأميركي دايفيد), none a
//! word the dictionaries or the cue list hold (a place, a day, a role, a reporting verb),
//! a particle or preposition (في بيان، من جهته), a number (39 عاما), a word with a
//! pronoun suffix (حذر منها) or one joined by و.

use super::{is_comma, plain_word, Input};
use marsad_text::token::TokenKind;

/// Words that open a description or an adverbial between commas, not a name (أحد أبرز
/// منتقدي الاتفاق، بعد ساعات، وفق مصادر).
const NOT_A_NAME: &[&str] = &[
    "احد", "احدى", "ابرز", "اكبر", "اول", "اخر", "نحو", "حوالي", "خلال", "عبر", "حسب", "بحسب", "وفق", "وفقا", "لدى",
    "امام", "ضد", "الى", "على", "عن", "مع", "مثل", "غير", "كل", "بعض", "يوم", "صباح", "مساء", "ليل", "ليله", "فجر",
    "ظهر", "عصر", "هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "لكن", "ولكن", "بل", "ثم", "قد", "لقد", "لم", "لن", "لا", "ما",
];

/// The end (exclusive) of an unknown name in apposition when token `comma` is the comma
/// right after a role phrase, and another comma closes the name.
pub(super) fn name_end(input: &Input, comma: usize) -> Option<usize> {
    let (tokens, keys) = (input.tokens, input.keys);
    if !tokens.get(comma).is_some_and(|t| is_comma(t.text(input.text))) {
        return None;
    }
    let close = (comma + 1..(comma + 5).min(tokens.len())).find(|&j| tokens[j].kind != TokenKind::Arabic)?;
    let words = close - (comma + 1);
    if !(2..=3).contains(&words) || !is_comma(tokens[close].text(input.text)) {
        return None;
    }
    let plain = |j: usize| {
        let k = keys[j].as_str();
        !k.starts_with("ال") && !NOT_A_NAME.contains(&k) && plain_word(input, k)
    };
    let unknown = (comma + 1..close).all(|j| plain(j) && input.lexicon.longest_at(keys, j).is_none());
    // (Nor a mention of any kind: the mentions layer has read it as something else.)
    let mentioned = input.mentions.iter().any(|m| m.tok_start < close && m.tok_end > comma + 1);
    (unknown && !mentioned).then_some(close)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

    #[test]
    fn an_unknown_name_after_a_role_phrase_speaks() {
        let t = "وقال رئيس بلدية واغادوغو، أرمون بيويندي، إن المسلحين هاجموا السفارة.";
        assert_eq!(speaker_of(t, "المسلحين").as_deref(), Some("رئيس بلدية واغادوغو، أرمون بيويندي"));
        let t = "وأضاف نائب وزير التجارة الصيني، لي شينغانغ، أن بلاده سترد على الرسوم.";
        assert_eq!(speaker_of(t, "بلاده").as_deref(), Some("نائب وزير التجارة الصيني، لي شينغانغ"));
    }

    #[test]
    fn a_known_name_after_a_word_the_role_mention_left_out_speaks() {
        let t = "وقالت وزيرة الخارجية الأسبق، هيلاري كلينتون، إن التحقيق يجب أن يشمل الرئيس.";
        assert_eq!(speaker_of(t, "التحقيق").as_deref(), Some("وزيرة الخارجية الأسبق، هيلاري كلينتون"));
        // Not past a day word.
        let t = "وقال المتحدث باسم البيت الأبيض أمس، دونالد ترامب، إن الاتفاق سيئ.";
        assert!(crate::quotes::tests::quotes(t).iter().all(|q| q.speaker.as_ref().is_none_or(|s| !s.text.contains("ترامب"))));
    }

    #[test]
    fn a_day_a_place_or_a_description_is_no_name() {
        let t = "وقال المتحدث باسم الجيش، يوم الثلاثاء، إن القوات تقدمت نحو المدينة.";
        assert_eq!(speaker_of(t, "القوات").as_deref(), Some("المتحدث باسم الجيش"));
        let t = "وقال رئيس الوزراء الإسرائيلي، أحد أبرز منتقدي الاتفاق، إن إيران تكذب.";
        assert_eq!(speaker_of(t, "إيران").as_deref(), Some("رئيس الوزراء الإسرائيلي"));
        let t = "وقال المتحدث باسم الشرطة، في بيان، إن التحقيق مستمر.";
        assert_eq!(speaker_of(t, "التحقيق").as_deref(), Some("المتحدث باسم الشرطة"));
    }
}
