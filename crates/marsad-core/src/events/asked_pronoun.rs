//! The one asked, named by a pronoun on من after a verb of asking (`طلب منه جهاز
//! الاستخبارات اصطحاب العاملات`، `وطلبت الحكومة منهم مغادرة البلاد`): the pronoun's
//! antecedent is the request's recipient. `args::preposition_pronoun` leaves من out (with
//! other verbs it is "from", انسحب منها), and it looks only past the subject, while here the
//! pronoun as often stands right after the verb, before its subject.
//! Reported speech names its own antecedent: in `قال كومي إن الرئيس طلب منه الولاء` "him"
//! is the speaker, not the nearest party before. Not in a direct quotation, where a third
//! person is mostly someone only the quotation names (ونطلب منها، كيف طلب منهم حقي), and
//! never the asker named again (`لكن أردوغان طلب منه البقاء`: not أردوغان of the sentence before).
//! (Not إليه after دعا: that is the thing called for, دعت إليه المعارضة.)

use super::args::{self, bare, Arg, Request};
use super::Input;

/// من with a pronoun (keys).
const FROM_PRONOUNS: &[&str] = &["منه", "منها", "منهم", "منهما", "منهن"];

/// The token of من with a pronoun naming the one asked: right after the verb ending at
/// `trigger_end`, or within two tokens past its subject ending at `after_subject`.
fn token(input: &Input, trigger_end: usize, after_subject: usize, s1: usize) -> Option<usize> {
    let is_from_pronoun = |k: usize| k < s1 && FROM_PRONOUNS.contains(&bare(&input.keys[k]));
    if is_from_pronoun(trigger_end) {
        return Some(trigger_end);
    }
    (after_subject.max(trigger_end)..(after_subject.max(trigger_end) + 2).min(s1)).find(|&k| is_from_pronoun(k))
}

/// The one asked of the request `req` with its `actors`, named by a pronoun on من: the
/// speaker of the reported speech it is in when the pronoun fits them, else the nearest
/// party before that fits it and is not the asker named again.
pub(super) fn asked(input: &Input, req: &Request, after_subject: usize, actors: &[Arg]) -> Option<Arg> {
    let k = token(input, req.trigger_end, after_subject, req.s1)?;
    let pronoun = args::pronoun_on(input, k)?;
    let quote = req.quote.map(|q| &input.quotes[q]);
    if quote.is_some_and(|q| q.direct) {
        return None;
    }
    let same_party = |m: &crate::mentions::ActorSpan| {
        actors.iter().any(|a| {
            let text = |s: usize, e: usize| &input.keys[s..e];
            a.tok_start < m.tok_end && m.tok_start < a.tok_end || a.entity.is_some() && a.entity.as_deref() == m.entity.as_deref() || text(a.tok_start, a.tok_end) == text(m.tok_start, m.tok_end)
        })
    };
    if let Some(speaker) = quote.and_then(|q| q.speaker.as_ref()) {
        let m = input.mentions.iter().find(|m| m.tok_start == speaker.tok_start);
        if let Some(m) = m.filter(|m| args::agrees(input, m, pronoun) && !same_party(m)) {
            return Some(Arg::from_mention(m, input.home));
        }
    }
    // The asker named again before is no antecedent: pass them over as the actors are.
    let lo = args::previous_sentence_start(input, req.s0);
    let mut not: Vec<Arg> = actors.to_vec();
    not.extend(input.mentions.iter().filter(|m| m.tok_start >= lo && m.tok_end <= req.trigger_start && same_party(m)).map(|m| Arg::from_mention(m, input.home)));
    args::antecedent_of(input, pronoun, req.trigger_start, req.s0, &not)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    fn asked(t: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(t, "REQUEST")
    }

    #[test]
    fn a_pronoun_on_min_after_asking_names_the_one_asked() {
        // Before the subject.
        let s = asked("وصل السفير الروسي إلى الوزارة. وطلب منه وزير الخارجية البريطاني تقديم توضيحات.");
        assert!(s.contains(&(Some("GBR".into()), Some("RUS".into()))), "{s:?}");
        // After the subject.
        let s = asked("وصلت رئيسة الوزراء البريطانية إلى واشنطن. وطلب الرئيس الأمريكي منها تأجيل الاستفتاء.");
        assert!(s.contains(&(Some("USA".into()), Some("GBR".into()))), "{s:?}");
    }

    #[test]
    fn in_reported_speech_the_pronoun_is_the_speaker() {
        let s = asked("وقال وزير الخارجية الإيراني بعد لقائه الملك الأردني إن الرئيس الفرنسي طلب منه تأجيل الزيارة.");
        assert!(s.contains(&(Some("FRA".into()), Some("IRN".into()))), "{s:?}");
        assert!(!s.iter().any(|(_, r)| r.as_deref() == Some("JOR")), "{s:?}");
    }

    #[test]
    fn the_asker_named_again_is_not_the_one_asked() {
        let s = asked("التقى رئيس الوزراء البريطاني الرئيس الأمريكي دونالد ترامب. لكن ترامب طلب منه البقاء.");
        assert!(s.contains(&(Some("USA".into()), Some("GBR".into()))), "{s:?}");
        assert!(!s.contains(&(Some("USA".into()), Some("USA".into()))), "{s:?}");
    }

    #[test]
    fn a_third_person_in_a_direct_quotation_names_no_one_asked() {
        let s = asked("التقى الوزير البريطاني المستشارة الألمانية، وقال: \"نطلب منها أن تفعل المزيد\".");
        assert!(!s.iter().any(|(_, r)| r.as_deref() == Some("DEU")), "{s:?}");
    }

    #[test]
    fn a_thing_called_for_is_no_one_asked() {
        // دعا إليه: the thing called for, not a party.
        let s = asked("وشارك الرئيس المصري في المؤتمر الذي دعا إليه الرئيس الفرنسي.");
        assert!(!s.iter().any(|(_, r)| r.as_deref() == Some("EGY")), "{s:?}");
    }
}
