//! A meeting owned by one body with لـ and no one else named (اجتماع لمجلس الوزراء، في
//! اجتماع لمجلس الأمن القومي، خلال اجتماع للجنة المركزية للحزب) is that body's own
//! session: it names no counterpart to consult, and news mostly gives it as the setting of
//! what was said or decided there, which is the event. Its owner still acts in what
//! follows (خلال اجتماع للجنة المركزية أن الشمال سيغلق …), so it is kept as a ghost.
//! A meeting of several parties stays: an international body's (اجتماع لمجلس الأمن الدولي،
//! لمجموعة العشرين، للتحالف الدولي), one of leaders or ministers (اجتماع للقادة الأوروبيين،
//! لوزراء الخارجية العرب), one whose owner has a second state's nisba (للمجلس التنسيقي
//! السعودي الإماراتي), and one with its sides split into actor and recipients (اجتماع ثلاثي
//! لمصر والسودان وإثيوبيا) or its counterpart named (اجتماعا للملياردير مع نائب رئيس الوزراء).

use super::args::{nisba_at, Arg};
use super::Input;

/// The tag of an international body's session kept as a ghost: unlike other ghosts it
/// still holds its content, the words right after it (`اجتماع مجلس الأمن بشأن استخدام
/// الأسلحة الكيماوية`، `الاجتماع المقرر لمجلس الأمن بناء على طلب واشنطن`): what the body
/// discusses or was asked to meet on, read as its content before it became a ghost.
pub(super) const RULE: &str = "+igo-session";

/// Heads of an owner made of many states' people (لقادة، لوزراء …; not مجلس الوزراء).
const MANY_HEADS: &[&str] = &["القاده", "قاده", "الزعماء", "زعماء", "الرؤساء", "رؤساء", "وزراء", "الوزراء"];

/// Is a CONSULT noun whose only party is its لـ-owner one body's own session?
/// `trigger` is the rule's trigger part (noun:اجتماع, or عقد+noun:اجتماع under a support
/// verb), `args` its argument part (+possessor, +genitive …).
pub(super) fn is_own_session(input: &Input, kind: &str, is_noun: bool, (trigger, args): (&str, &str), actors: &[Arg], recipients: &[Arg]) -> bool {
    let [owner] = actors else { return false };
    kind == "CONSULT" && is_noun && recipients.is_empty() && (args.contains("+possessor") && !of_many(input, owner) || is_igo_session(input, trigger, args, owner))
}

/// Is the CONSULT noun an international body's own session (`is_igo_session`)?
pub(super) fn is_igo_own_session(input: &Input, kind: &str, is_noun: bool, (trigger, args): (&str, &str), actors: &[Arg], recipients: &[Arg]) -> bool {
    let [owner] = actors else { return false };
    kind == "CONSULT" && is_noun && recipients.is_empty() && is_igo_session(input, trigger, args, owner)
}

/// The meeting noun whose owner, in construct or with لـ, is an international body and
/// no one else (في اجتماع لمجلس الأمن، اجتماع الجمعية العامة للأمم المتحدة، على هامش
/// اجتماعات الجمعية العامة، للمشاركة في اجتماع للحلف الأطلسي): the body in session, the
/// setting of a speech or a side meeting, which the study sets' labels never code as a
/// consultation (aid67). Its members' meeting stays (اجتماع زعماء الاتحاد الأوروبي: they
/// meet one another, `members_meeting`), as do other meeting nouns of a body (محادثات،
/// قمة، وساطة أممية) and its meeting told by a verb (اجتمع مجلس الأمن، عقد المجلس جلسة).
fn is_igo_session(input: &Input, trigger: &str, args: &str, owner: &Arg) -> bool {
    let igo = owner.actor.as_deref().is_some_and(|c| c.starts_with("IGO"));
    let members = super::members_meeting::is_member_group(input, &input.keys[owner.tok_start]);
    igo && !members && trigger == MEETING_NOUN && (args.starts_with("+possessor") || args.starts_with("+genitive"))
}

/// The trigger part of the meeting noun read alone, no support verb before it.
const MEETING_NOUN: &str = "noun:اجتماع";

/// Does the owner stand for several states?
fn of_many(input: &Input, owner: &Arg) -> bool {
    if owner.actor.as_deref().is_some_and(|c| c.starts_with("IGO")) {
        return true;
    }
    let words = &input.keys[owner.tok_start..owner.tok_end];
    // (لـ on the article writes لل: للقادة is ل + القادة.)
    let head = words.first().map(|k| k.strip_prefix("لل").map(|r| format!("ال{r}")).unwrap_or_else(|| k.strip_prefix('ل').unwrap_or(k).to_string())).unwrap_or_default();
    let international = words.iter().any(|k| matches!(k.as_str(), "الدولي" | "الدوليه"));
    // (Past the owner's own words: للجنة التعاون العسكري المصرية السعودية.)
    let second_state = (owner.tok_end..(owner.tok_end + 4).min(input.keys.len()))
        .filter_map(|k| nisba_at(input, k))
        .any(|n| n.country.is_some() && n.country != owner.country);
    MANY_HEADS.contains(&head.as_str()) || international || second_state
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_cabinet_session_is_no_consultation() {
        let t = "وقال رئيس الوزراء العراقي في اجتماع لمجلس الوزراء إن الحكومة ستواصل الإصلاحات.";
        assert!(!events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
    }

    #[test]
    fn an_international_body_in_session_is_no_consultation() {
        for t in [
            "وقال السفير الروسي خلال اجتماع لمجلس الأمن حول سوريا إن المدنيين توجهوا إلى مراكز إيواء.",
            "وقالت الوزيرة في اجتماع الجمعية العامة للأمم المتحدة إن بلادها تدعم الحل.",
            "ومن المتوقع أن يغادر بومبيو للمشاركة في اجتماع للحلف الأطلسي في بروكسل.",
        ] {
            assert!(!events(t).iter().any(|e| e.kind == "CONSULT"), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn an_international_bodys_session_still_holds_its_topic() {
        let t = "وكررت المندوبة الأميركية هذا التحذير خلال اجتماع مجلس الأمن للأمم المتحدة بشأن استخدام الأسلحة الكيماوية في سوريا.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT" || e.kind == "CONSULT"), "{:?}", events(t));
        // (A cabinet's session frees its topic as before: only the body's session holds it.)
        let t = "وقال رئيس الوزراء العراقي في اجتماع لمجلس الوزراء بشأن استخدام الأسلحة الكيماوية في سوريا إن الحكومة تدين ذلك.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }

    #[test]
    fn an_international_bodys_members_meeting_stays() {
        let t = "وقال رئيس المفوضية الأوروبية بعد اجتماع زعماء الاتحاد الأوروبي إن البنك سيسهل الاستثمار.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
    }

    #[test]
    fn a_body_meeting_someone_or_told_by_a_verb_stays() {
        let t = "وعقد مجلس الأمن الدولي اجتماعا طارئا مع وفد الحكومة اليمنية.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
        let t = "يجتمع مجلس الأمن الدولي الأربعاء لبحث التصعيد في غزة.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
    }

    #[test]
    fn a_meeting_of_several_states_stays() {
        let t = "وقال وزير الخارجية السوداني بعد اجتماع ثلاثي لمصر والسودان وإثيوبيا في الخرطوم إن المحادثات مستمرة.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
        let t = "وتعهد الوزير بتقديم المبلغ خلال اجتماع للتحالف الدولي ضد تنظيم داعش في الكويت.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
        let t = "وقال رئيس الوزراء الإيطالي بعد اجتماع للقادة الأوروبيين في بروكسل إن بلاده لن تستقبل المهاجرين.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
    }
}
