//! A verbal noun of saying with its subject named right after it and then the reported
//! clause: بعد إعلان الرئيس التركي رجب طيب أردوغان أن مقاتلين …، رغم تأكيد الحكومة أن …،
//! عقب تصريح الشرطة بأن …، بعد قول رئيس الوزراء نوري المالكي إن …. The sentence's own verb
//! is something else (ويأتي ذلك بعد …), but the clause is still the named actor's reported
//! words, and the labels give it as an indirect quote with that actor as speaker (as they do
//! the pronoun forms تأكيده أن، قوله إن, `cues.tsv` participles). The same nouns are
//! otherwise no report: an object (إعلان الاستقلال، إعلان "دولة الخلافة"), the noun with no
//! subject (لإعلان أن لديهما …: the subject stood before, in another clause), or a subject
//! that is not an actor (إعلان النتيجة).
//!
//! Such a clause is background to the story: its speaker is not carried on to a later
//! وأضاف (rule `verbal-noun`, `carry::carries`).

use super::{is_complementizer, mention_covering, Input};
use marsad_lexicon::Kind;

/// Words that open a sentence with a phrase fronted before its main clause (ورغم قول ترامب
/// إن …، تستنكر كندا …; بعد نحو عام من إعلان الحكومة أن …، حذر تقرير …), keys without و.
const FRONTING: &[&str] = &["رغم", "بعد", "قبل", "مع", "عقب", "منذ", "اثر", "غداه"];

/// How far into its sentence a fronted phrase's noun may stand (بعد نحو عام من إعلان).
const FRONT_REACH: usize = 5;

/// Does the verbal noun at `cue` have an actor as its subject right after it, followed at
/// once by إن/أن/بأن (or their pronoun forms)? Not a lone indefinite role word (في تصريح
/// صحافي أن: "a press statement", the subject is the verb's before it), nor a noun that is
/// the object of a reporting verb before it in its sentence with no clause of its own
/// between (`verb_at`: ووصف ليبرمان إعلان ترمب بأنه شجاع: Lieberman's words).
pub(super) fn names_subject_then_clause(input: &Input, cue: usize, verb_at: impl Fn(usize) -> bool) -> bool {
    let Input { keys, mentions, .. } = *input;
    let Some(m) = mention_covering(mentions, cue + 1).filter(|m| m.tok_start == cue + 1 && !m.prepositional) else {
        return false;
    };
    let (s0, s1) = input.sentence_tokens(cue);
    let lone_role = m.kind == Kind::Agent && m.tok_end == m.tok_start + 1 && !keys[m.tok_start].starts_with("ال");
    let object_of_verb = (s0..cue).rev().take_while(|&j| !is_complementizer(&keys[j])).any(verb_at);
    m.tok_end < s1 && is_complementizer(&keys[m.tok_end]) && !lone_role && !object_of_verb
}

/// Does the verbal noun at `cue` stand in a phrase fronted before its sentence's main clause
/// (the sentence opens with it, or with رغم، بعد، مع … a few words before it)? Its clause
/// then ends at the first comma, where the main clause begins.
pub(super) fn fronted(keys: &[String], s0: usize, cue: usize) -> bool {
    let first = keys[s0].strip_prefix('و').unwrap_or(&keys[s0]);
    cue == s0 || cue <= s0 + FRONT_REACH && FRONTING.contains(&first)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes, speaker_of};

    #[test]
    fn a_verbal_noun_with_its_subject_reports() {
        let t = "ووقع الهجوم بعد يوم من إعلان الرئيس التركي رجب طيب أردوغان أن مقاتلين من المعارضة سيطروا على البلدة.";
        assert_eq!(indirect(t), ["مقاتلين من المعارضة سيطروا على البلدة"]);
        assert_eq!(speaker_of(t, "مقاتلين").as_deref(), Some("الرئيس التركي رجب طيب أردوغان"));
        let t = "وارتفعت الأسعار رغم تأكيد الحكومة أن ضعف العملة جعل الاقتصاد تنافسيا.";
        assert_eq!(indirect(t), ["ضعف العملة جعل الاقتصاد تنافسيا"]);
        let t = "ويأتي ذلك بعد أسبوع من تصريح الشرطة بأن لديها أدلة كافية.";
        assert_eq!(indirect(t), ["لديها أدلة كافية"]);
    }

    #[test]
    fn the_nouns_without_a_subject_and_clause_report_nothing() {
        // An object, no subject, a subject that is no actor.
        assert!(quotes("وأعلن البرلمان إعلان الاستقلال عن الدولة.").is_empty());
        assert!(quotes("وعقد الزعيمان مؤتمرا صحفيا لإعلان أن لديهما أكبر كتلة.").is_empty());
        assert!(quotes("وتأخر إعلان النتيجة أكثر من أسبوع.").is_empty());
    }

    #[test]
    fn a_fronted_phrase_ends_at_its_comma() {
        let t = "ورغم قول ترامب إن الرسوم ضرورية لحماية الصناعة، تستنكر كندا الرسوم بوصفها غير قانونية.";
        assert_eq!(indirect(t), ["الرسوم ضرورية لحماية الصناعة"]);
    }

    #[test]
    fn a_press_statement_or_a_described_noun_is_no_report() {
        // The verb before speaks: قال … في تصريح صحافي أن, وصف … إعلان X بأنه.
        let t = "وقال الوزير سامي العلي في تصريح صحافي أن الحكومة ستدعم المزارعين.";
        assert_eq!(speaker_of(t, "الحكومة").as_deref(), Some("الوزير سامي العلي"));
        let t = "ووصف وزير الدفاع الإسرائيلي إعلان ترمب بأنه شجاع.";
        assert_eq!(speaker_of(t, "شجاع").as_deref(), Some("وزير الدفاع الإسرائيلي"));
    }

    #[test]
    fn the_subject_is_not_carried_on() {
        let t = "وقال الوزير جون سميث إن المحادثات مهمة. واندلعت الاشتباكات بعد إعلان الحكومة الروسية أن الاتفاق انتهى. وأضاف أن الحملة ستستمر.";
        let q = quotes(t);
        let last = q.iter().find(|q| q.text.starts_with("الحملة")).expect("the continuation");
        assert_eq!(last.speaker.as_ref().map(|s| s.text.as_str()), Some("الوزير جون سميث"), "{q:?}");
    }
}
