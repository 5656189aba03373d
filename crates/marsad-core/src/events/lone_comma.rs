//! A subject set off from its verb by a lone comma, right after the إن/أن that opens its
//! clause (قال مسؤولون إن وزير الخارجية مايك بومبيو، سيجري محادثات مع …؛ أن الرئيس محمود
//! عباس، طلب من …؛ بأن قوات التحالف العربي، شنت غارات): news often writes a comma after a
//! long subject. The clause holds nothing before the comma but that subject, so the comma
//! ends no clause there; a verb joined by و after it (…، وطالب) is left as before, and a
//! party opening the sentence (a list, a fronted place: مصر، الأردن، تدين) to
//! `dropped_subject`.

use super::args::{bare, is_comma, Context, AUXILIARIES, RESUMPTIVE};
use super::Input;

/// Words that open a clause whose subject may stand before a lone comma (bare keys).
const OPENERS: &[&str] = &["ان", "بان", "لان", "فان", "لكن"];

/// The subject before the comma at `comma`, when only auxiliaries (قد، كان) stand between
/// it and the verb at `pred`, the verb carries no و, and the mention ending at the comma
/// starts right after an opener of its clause, not governed by a preposition.
pub fn subject_before(ctx: &Context, input: &Input, comma: usize, pred: usize, s0: usize) -> Option<usize> {
    if !is_comma(input, comma) || !(comma + 1..pred).all(|k| AUXILIARIES.contains(&bare(&input.keys[k]))) || super::args::conjoined_verb(input, pred) {
        return None;
    }
    // (A pronoun taking the subject back after the verb makes it the topic, the one acted
    // on: أن سيرجي سكريبال، حكم عليه بالسجن.)
    if input.keys.get(pred + 1).is_some_and(|k| RESUMPTIVE.contains(&k.as_str())) {
        return None;
    }
    let m = ctx.mention_of(comma.checked_sub(1)?)?;
    let subject = &input.mentions[m];
    let opener = subject.tok_start.checked_sub(1).filter(|&k| k >= s0 && !ctx.in_mention(k))?;
    (!subject.prepositional && subject.tok_end == comma && OPENERS.contains(&bare(&input.keys[opener]))).then_some(m)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn a_subject_after_an_opener_acts_past_a_lone_comma() {
        let s = sides("قال مسؤولون أميركيون، الخميس، إن وزير الخارجية الأمريكي مايك بومبيو، سيجري محادثات مع الرئيس الفرنسي.", "CONSULT");
        assert!(s.contains(&pair("USA", "FRA")), "{s:?}");
        let s = sides("وأكد مسؤول فلسطيني أن الرئيس الفلسطيني محمود عباس، طلب من الأمم المتحدة توفير الحماية.", "REQUEST");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("PSE")), "{s:?}");
    }

    #[test]
    fn a_joined_verb_or_a_resumptive_takes_no_subject_past_the_comma() {
        // و after the comma opens a clause of its own.
        let s = sides("وقال المتحدث إن الحكومة المصرية، وطالبت إسرائيل بوقف الهجمات.", "REQUEST");
        assert!(!s.iter().any(|(a, _)| a.as_deref() == Some("EGY")), "{s:?}");
        // A pronoun after the verb taking the subject back: the one acted on.
        let s = sides("يذكر أن الجاسوس الروسي سيرجي سكريبال، حكم عليه بالسجن 13 عاما في روسيا.", "COERCE");
        assert!(!s.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{s:?}");
    }
}
