//! A party right after a verb that its meaning makes the object, not the subject of a
//! VSO reading. A state or capital right after زار is the place visited: states do not
//! visit, their people do (`أن جونغ أون زار طوكيو`، `أمله في أن يزور الكويت`; the
//! verb's gender misses the masculine state names and a bare perfect after a name). A
//! counterpart with its pronoun (نظيره، نظيرها، نظراءه) right after a verb of meeting or
//! support is the one met or supported, the pronoun's referent being the subject (`حيث
//! التقى نظيره الروسي`، `قبل أن يلتقي نظيره الأميركي`). The subject is then named before
//! the verb, carried from the clause it continues (`dropped_subject::coordinated_actor`),
//! or left unnamed — not the host or the counterpart. One person after حيث التقى with no
//! one met after them is met by that carried subject, or, when no party opens the clause,
//! by the visitor of the visit told before حيث (`visitor_before`).

use super::args::Arg;
use super::{EventSpan, Input};
use marsad_text::ByteSpan;
use crate::mentions::ActorSpan;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;
use marsad_text::normalize::without_conjunction;

/// Is the mention `m`, right after the verb trigger `t`, the verb's object by meaning?
pub(super) fn object_by_meaning(input: &Input, t: &Trigger, m: &ActorSpan) -> bool {
    visited_place(t, m) || counterpart_met(input, t, m)
}

/// A state or capital after the verb of visiting.
fn visited_place(t: &Trigger, m: &ActorSpan) -> bool {
    t.lemma == "زار" && matches!(m.kind, Kind::State | Kind::Capital)
}

/// A counterpart noun with its pronoun after a verb of meeting or support.
fn counterpart_met(input: &Input, t: &Trigger, m: &ActorSpan) -> bool {
    matches!(t.event.as_deref(), Some("CONSULT" | "SUPPORT")) && is_counterpart(&input.keys[m.tok_start])
}

/// نظيره، نظيرها، نظيريه، نظرائه (key): a counterpart with the pronoun of someone else,
/// never the bare noun (نظير).
fn is_counterpart(key: &str) -> bool {
    let w = without_conjunction(key);
    w.starts_with("نظرا") || w.starts_with("نظير") && w.chars().count() > "نظير".chars().count()
}

/// Does the verb at `verb` follow حيث ("where"), going on with its clause's subject?
pub(super) fn after_where(input: &Input, verb: usize) -> bool {
    verb > 0 && matches!(input.keys[verb - 1].as_str(), "حيث" | "وحيث")
}

/// The visitor of the visit told before حيث in its sentence (`sent`), the verb at token
/// `verb`: the last meeting or visit (CONSULT) built there whose one actor is named
/// (قبيل زيارة نتنياهو لواشنطن، حيث يلتقي الرئيس الأميركي؛ بعد زيارته لجوبا إلى نيروبي،
/// حيث يلتقي الرئيس الكيني).
pub(super) fn visitor_before(prior: &[EventSpan], sent: ByteSpan, verb: usize) -> Option<Arg> {
    let p = prior.iter().rev().find(|p| p.kind == "CONSULT" && p.sentence == sent && p.trigger.1 <= verb)?;
    (p.actors.len() == 1).then(|| p.actors[0].clone())
}

/// Is the party one person, not a dual or a group who may meet each other (الرئيسان،
/// وزراء الخارجية العرب)?
pub(super) fn one_person(input: &Input, a: &Arg) -> bool {
    let head = without_conjunction(&input.keys[a.tok_start]);
    let plural = ["ان", "ون", "ين"].iter().any(|e| head.ends_with(e)) || GROUP_HEADS.iter().any(|g| head.trim_start_matches("ال").starts_with(g));
    a.person && !plural
}

/// Broken plurals of people's offices (keys without the article).
const GROUP_HEADS: &[&str] = &["وزرا", "قاده", "زعما", "رؤسا", "ممثل", "مسؤول", "اعضا", "سفرا"];

#[cfg(test)]
mod tests {
    use super::is_counterpart;
    use crate::events::tests::events;

    #[test]
    fn counterparts_carry_a_pronoun() {
        for k in ["نظيره", "نظيرها", "ونظيره", "نظيريه", "نظرائه"] {
            assert!(is_counterpart(k), "{k}");
        }
        for k in ["نظير", "نظيف", "الرئيس"] {
            assert!(!is_counterpart(k), "{k}");
        }
    }

    #[test]
    fn a_state_after_the_verb_of_visiting_is_the_place_visited() {
        let found = events("وذكرت الصحيفة أن لي سونغ هو زار طوكيو سرا قبل عشرين عاما.");
        let visit = found.iter().find(|e| e.kind == "CONSULT").expect("visit");
        assert!(!visit.actors.iter().any(|a| a.text == "طوكيو"), "{found:?}");
        assert!(visit.recipients.iter().any(|a| a.text == "طوكيو"), "{found:?}");
        let found = events("وأعرب الرئيس عن أمله في أن يزور الكويت قريبا.");
        let visit = found.iter().find(|e| e.kind == "CONSULT").expect("visit");
        assert!(visit.recipients.iter().any(|a| a.text == "الكويت"), "{found:?}");
        // A visitor named after the verb stays the subject.
        let found = events("وزار وزير الخارجية الإيطالي الجزائر يوم الأحد.");
        let visit = found.iter().find(|e| e.kind == "CONSULT").expect("visit");
        assert!(visit.actors.iter().any(|a| a.text.contains("وزير الخارجية الإيطالي")), "{found:?}");
        assert!(visit.recipients.iter().any(|a| a.text == "الجزائر"), "{found:?}");
    }

    #[test]
    fn the_counterpart_after_a_verb_of_meeting_is_the_one_met() {
        let found = events("وبدأ الرئيس التونسي جولة أوروبية الأحد، حيث التقى نظيره الروسي في الكرملين.");
        let met = found.iter().find(|e| e.kind == "CONSULT" && e.trigger.text.contains("التقى")).expect("meeting");
        assert!(!met.actors.iter().any(|a| a.text.contains("نظيره")), "{found:?}");
        assert!(met.recipients.iter().any(|a| a.text.contains("نظيره الروسي")), "{found:?}");
        assert!(met.actors.iter().any(|a| a.text.contains("الرئيس التونسي")), "{found:?}");
    }

    #[test]
    fn a_person_met_after_where_is_met_by_the_clause_subject() {
        let found = events("وبدأ وزير الخارجية الإيطالي جولة في المنطقة، حيث التقى الرئيس الفلسطيني محمود عباس.");
        let met = found.iter().find(|e| e.kind == "CONSULT" && e.trigger.text.contains("التقى")).expect("meeting");
        assert!(met.actors.iter().any(|a| a.text.contains("وزير الخارجية الإيطالي")), "{found:?}");
        assert!(met.recipients.iter().any(|a| a.text.contains("محمود عباس")), "{found:?}");
        // Two leaders meeting each other there are the subject.
        let found = events("واستضافت سنغافورة القمة، حيث التقى الرئيس الأمريكي دونالد ترامب بالزعيم الكوري الشمالي.");
        let met = found.iter().find(|e| e.kind == "CONSULT" && e.trigger.text.contains("التقى")).expect("meeting");
        assert!(met.actors.iter().any(|a| a.text.contains("دونالد ترامب")), "{found:?}");
    }

    #[test]
    fn a_person_met_after_where_is_met_by_the_visitor_before_it() {
        // No party opens the clause: the visit's visitor meets.
        // (The meeting then tells the visit's pair again and is kept once.)
        let found = events("ويأتي التطور الجديد قبيل زيارة رئيس الوزراء الإسرائيلي بنيامين نتنياهو لواشنطن، حيث يلتقي الرئيس الأمريكي دونالد ترامب.");
        let consults: Vec<_> = found.iter().filter(|e| e.kind == "CONSULT").collect();
        assert!(!consults.iter().any(|e| e.actors.iter().any(|a| a.text.contains("دونالد ترامب"))), "{found:?}");
        assert!(consults.iter().all(|e| e.actors.iter().any(|a| a.text.contains("نتنياهو"))), "{found:?}");
    }
}
