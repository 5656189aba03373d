//! A verb in a clause opened by إنه/أنها (قال ماكرون إنه من المحتمل أن يتحدث إلى السعودية،
//! قال ترامب إنه لم يتحدث بعد مع العاهل السعودي): the pronoun on the complementizer is the
//! verb's subject even when a negation or قد stands between them, so the reporting
//! clause's subject acts and the mention after the verb is its object. After a frame of
//! likelihood the pronoun is a dummy, and the speaker acts only when no party follows
//! the verb.

use super::args::{bare, first_mention, Context};
use super::Input;

/// Words that may stand between إنه and its verb, leaving the pronoun its subject:
/// negation, قد and سوف (إنه لم يتحدث، أنها لن تشارك).
const PARTICLES: &[&str] = &["لم", "لن", "لا", "قد", "سوف"];

/// A frame of likelihood (إنه من المحتمل أن يتحدث): the pronoun is the dummy of the
/// matter, and the verb's subject, when it is dropped, is the reporting clause's.
const FRAMES: &[&str] = &["المحتمل", "المرجح", "المتوقع", "الممكن"];

/// Concessives before أنه (غير أنه من المرجح أن، إلا أنه من المتوقع أن): there the framed
/// pronoun opens a remark of the writer's, not the reporting clause's.
const CONCESSIVES: &[&str] = &["غير", "الا", "رغم", "برغم", "مع", "بيد", "لكن", "ولكن"];

/// Is token `k` إنه/أنه/إنها/أنهم (a complementizer carrying its clause's subject)?
fn is_that_with_pronoun(input: &Input, k: usize) -> bool {
    matches!(bare(&input.keys[k]), "انه" | "انها" | "انهم" | "انهما" | "بانه" | "بانها" | "بانهم")
}

/// Is the pronoun on the complementizer singular (أنه، أنها)? A plural one past a negation
/// (يزعمون أنهم لم يشنوا الهجوم) is mostly a group the reporting clause only mentions.
fn singular(input: &Input, k: usize) -> bool {
    matches!(bare(&input.keys[k]), "انه" | "انها" | "بانه" | "بانها")
}

/// Does an imperfect verb agree with the pronoun on the complementizer (أنه لا يوجه, not
/// أنه لا تعارض: a noun, or another subject)? A perfect tells nothing here.
fn agrees(input: &Input, that: usize, verb: usize) -> bool {
    let w = input.tokens[verb].text(input.text);
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت'])).unwrap_or(w);
    let feminine = bare(&input.keys[that]).ends_with("ها");
    match w.chars().next() {
        Some('ي') => !feminine,
        Some('ت') => feminine || bare(&input.keys[that]).ends_with("هما"),
        _ => true,
    }
}

/// The complementizer with a pronoun whose clause the verb at `pred` opens: right before
/// it, or past a negation or قد (the verb agreeing with the pronoun), or past a frame of
/// likelihood when no party follows the verb as its own subject.
pub(super) fn that_before(ctx: &Context, input: &Input, pred: usize, s0: usize) -> Option<usize> {
    let prev = pred.checked_sub(1).filter(|&k| k >= s0)?;
    if is_that_with_pronoun(input, prev) {
        return Some(prev);
    }
    let key = |k: usize| input.keys[k].as_str();
    let framed = |k: usize| k >= s0 + 3 && key(k) == "ان" && FRAMES.contains(&key(k - 1)) && key(k - 2) == "من";
    if PARTICLES.contains(&key(prev)) {
        let at = if prev > s0 && PARTICLES.contains(&key(prev - 1)) { prev - 1 } else { prev };
        (at > s0).then(|| at - 1).filter(|&k| is_that_with_pronoun(input, k) && singular(input, k) && agrees(input, k, pred))
    } else if framed(prev) {
        let k = prev - 3;
        let own_subject = first_mention(ctx, input, pred + 1, pred + 2).is_some();
        let concessive = k > s0 && CONCESSIVES.contains(&bare(key(k - 1)));
        (is_that_with_pronoun(input, k) && !own_subject && !concessive).then_some(k)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn parties(text: &str, kind: &str) -> Vec<(Option<String>, Vec<Option<String>>)> {
        events(text)
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| (e.actors.first().and_then(|p| p.country.clone()), e.recipients.iter().map(|p| p.country.clone()).collect()))
            .collect()
    }

    #[test]
    fn the_speaker_talks_past_a_frame_of_likelihood() {
        let found = parties("وقال المستشار الألماني أولاف شولتس إنه من المرجح أن يتحدث إلى الرئيس الروسي خلال الأيام المقبلة.", "CONSULT");
        assert!(found.iter().any(|(a, r)| a.as_deref() == Some("DEU") && r.contains(&Some("RUS".into()))), "{found:?}");
    }

    #[test]
    fn the_speaker_talks_past_a_negation() {
        let found = parties("وقال الرئيس الفرنسي إنه لم يتحدث بعد مع العاهل الأردني بشأن الأزمة.", "CONSULT");
        assert!(found.iter().any(|(a, r)| a.as_deref() == Some("FRA") && r.contains(&Some("JOR".into()))), "{found:?}");
    }

    #[test]
    fn a_verb_that_disagrees_with_the_pronoun_is_no_clause_of_it() {
        // تعارض after أنه لا is the noun "contradiction", not "she opposes".
        let found = parties("وأكد وزير الخارجية الأردني أنه لا تعارض بين الاتفاق ومصالح مصر.", "REJECT");
        assert!(found.iter().all(|(a, _)| a.as_deref() != Some("JOR")), "{found:?}");
    }

    #[test]
    fn a_plural_pronoun_past_a_negation_is_not_the_speaker() {
        let found = parties("وقال الرئيس الأمريكي إن الروس يزعمون أنهم لم يهاجموا القوات الأوكرانية.", "ASSAULT");
        assert!(found.iter().all(|(a, _)| a.as_deref() != Some("USA")), "{found:?}");
    }

    #[test]
    fn a_framed_remark_after_a_concessive_is_not_the_speaker_s() {
        let found = parties("وتملك الصين حصة كبيرة في المشروع، غير أنه من المرجح أن يتحدث إلى إيران قريبا.", "CONSULT");
        assert!(found.iter().all(|(a, _)| a.as_deref() != Some("CHN")), "{found:?}");
    }

    #[test]
    fn a_subject_after_the_verb_still_acts() {
        let found = parties("وقال وزير الخارجية المصري إنه من المتوقع أن يلتقي الرئيس التركي نظيره الإيراني.", "CONSULT");
        assert!(found.iter().all(|(a, _)| a.as_deref() != Some("EGY")), "{found:?}");
    }
}
