//! Judging a deed (اعتبر … انتهاكا): a verb of judging is an accusation only when its
//! second object is an indefinite noun of wrongdoing after its first object (اعتبرت
//! الكويت تهريب الخادمات انتهاكا لسيادتها، نعتبرها استفزازا، نعتبر تركيا عدوانا). A
//! that-clause (اعتبر أن التدخل …) states an opinion; the passive (لا تعتبر الخيانة
//! جريمة، تعتبر "جريمة قتل") classifies; a definite noun (يعتبر هذا الاعتداء الأكثر دموية)
//! is the subject's attribute. A first object that is itself an event (اعتبرت حماس مقتل
//! النجار جريمة) stays that event, which the judgement would swallow; a noun after a
//! preposition is no object (اعتبرت الخارجية التقارير عن خرق … بمثابة). The participle
//! (معتبرا ذلك خرقا) is left out: its actor, the sentence's first party, is too often
//! another's.

use super::args::{is_trigger, Context};
use super::Input;

/// Prepositions before a noun that make it no object (keys: hamza folded); also the
/// adverbs of time, after which a noun is another clause's (تعتبرها الحكومة "مصالحات"،
/// وتأتي عادة بعد تصعيد).
const PREPOSITIONS: &[&str] = &["عن", "من", "في", "علي", "الي", "حول", "بشان", "ضد", "بعد", "قبل", "اثر", "عقب"];

/// "That" opening a clause (keys: hamza folded).
const THAT: &[&str] = &["ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"];

/// Object pronouns on the verb: its first object (اعتبرها، نعتبره، اعتبرتهم).
const OBJECT_PRONOUNS: &[&str] = &["هما", "هم", "ها", "ه"];

/// Is the noun at `noun` the indefinite second object of the judging verb at `verb`?
pub(super) fn judged(ctx: &Context, input: &Input, verb: usize, noun: usize) -> bool {
    let key = |k: usize| {
        let w = input.keys[k].as_str();
        w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).filter(|r| r.chars().count() > 2).unwrap_or(w)
    };
    let between = verb + 1..noun;
    let indefinite = !key(noun).starts_with("ال");
    let no_clause = !between.clone().any(|k| THAT.contains(&key(k)));
    let no_event = !between.clone().any(|k| !ctx.in_mention(k) && is_trigger(input, k));
    let object = !PREPOSITIONS.contains(&key(noun - 1));
    indefinite && no_clause && no_event && object && active(ctx, verb, noun, key(verb))
}

/// Is the verb active with a first object? Its pronoun (اعتبرها), a party as its subject
/// before the object (اعتبرت الكويت الخطوة) or the first person (نعتبر تركيا) show it; a
/// bare imperfect may be the passive (تعتبر الخيانة جريمة).
fn active(ctx: &Context, verb: usize, noun: usize, key: &str) -> bool {
    !key.starts_with("معتبر")
        && (OBJECT_PRONOUNS.iter().any(|p| key.ends_with(p)) || (verb + 1..noun).any(|k| ctx.in_mention(k)) || key.starts_with("نعتبر"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn judging_a_deed_a_wrong_accuses() {
        let t = "واعتبرت الحكومة المصرية تصريحات الوزير الإسرائيلي إهانة للشعب المصري.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("EGY".into()), Some("ISR".into()))]);
        // A pronoun is the first object too.
        let t = "وقالت الخارجية الروسية: لا يمكننا إلا أن نعتبرها استفزازا.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("RUS".into()), None)]);
    }

    #[test]
    fn an_opinion_or_the_passive_judges_no_one() {
        // A that-clause is an opinion.
        let t = "واعتبر وزير الخارجية الإماراتي أن عدم التدخل في اليمن كان سيؤدي إلى أزمة أكبر.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
        // "Is considered a crime".
        let t = "وفي بريطانيا لا تعتبر الخيانة الزوجية جريمة.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
        // A definite noun is the subject's attribute: the attack stays an attack. (After a
        // demonstrative it would point back to an attack told before: no event at all.)
        let t = "ويعتبر الاعتداء الأكثر دموية في العراق منذ عامين.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
        assert!(!sides(t, "ASSAULT").is_empty());
    }

    #[test]
    fn a_participle_or_a_noun_after_a_preposition_judges_no_one() {
        let t = "وطالب البيان المجتمع الدولي بالضغط على الحوثيين، معتبرا ذلك خرقا للقانون الدولي.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
        let t = "واعتبرت الخارجية الأمريكية التقارير عن خرق إسرائيل لحقوق الإنسان مبالغا فيها.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn a_threat_an_escalation_a_bias_judged_accuse() {
        let t = "واعتبرت الحكومة الإيرانية القرار الأمريكي تهديدا لأمنها القومي.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("IRN".into()), Some("USA".into()))]);
        let t = "وقال المتحدث المغربي: نعتبرها تصعيدا خطيرا.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("MAR".into()), None)]);
        let t = "واعتبرت السلطة الفلسطينية الموقف الأمريكي انحيازا لإسرائيل.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("PSE".into()), Some("USA".into()))]);
        // A noun after a word of time is no second object.
        let t = "وشهدت المنطقة اتفاقات تعتبرها الحكومة السورية مصالحات، وتأتي بعد تصعيد عسكري.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
        // A bare imperfect classifies: no one judges.
        let t = "وتعتبر الأسلحة النووية تهديدا للبشرية.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn complaining_of_a_party_accuses_it() {
        // Form VIII of شكا, as شكا itself.
        let t = "واشتكت الحكومة العراقية من تدخل الحكومة التركية في شؤونها.";
        assert!(sides(t, "ACCUSE").contains(&(Some("IRQ".into()), Some("TUR".into()))), "{:?}", sides(t, "ACCUSE"));
        // No party after من: a complaint of a state of things, no accusation.
        let t = "واشتكى سكان القاهرة الجديدة من أنهم حوصروا بالمياه بعد الأمطار.";
        assert!(sides(t, "ACCUSE").is_empty(), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn an_event_judged_stays_an_event() {
        let t = "واعتبرت الحكومة الفلسطينية مقتل المسعفة برصاص الجيش الإسرائيلي جريمة حرب.";
        assert!(!sides(t, "ASSAULT").is_empty(), "{:?}", sides(t, "ASSAULT"));
    }
}
