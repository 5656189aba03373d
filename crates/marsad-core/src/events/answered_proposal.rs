//! A rejection, welcome or acceptance of a proposal told before (`لكن واشنطن رفضت الفكرة`،
//! `ورفض الرئيس هذا العرض`، `ورحبت الحكومة بالمقترح`، `ووافقت دمشق على الاقتراح`) names
//! no one rejected, welcomed or agreed with: the
//! definite or demonstrative proposal noun refers back, and the proposer, the one who
//! asked, proposed or offered in the sentence before or earlier in its own, is the
//! recipient. A proposal noun, definite or not, with its proposer after من right after it
//! (`رفضت تركيا عرضا من فرنسا`، `ورفضت إسرائيل دعوات من الأمم المتحدة`، `الطلب المقدم من
//! المعارضة`) names the recipient in place. Run on finished events (REQUEST events are the
//! asking told before).

use super::args::{self, Arg};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;

/// Nouns of a proposal, offer or request (keys, with the article): the thing answered.
const PROPOSALS: &[&str] = &["الفكره", "الاقتراح", "المقترح", "العرض", "الطلب", "المبادره", "الدعوه", "الاقتراحات", "المقترحات", "العروض", "المطالب"];
/// Proposal nouns without the article (keys; an indefinite noun refers back to nothing,
/// but من after it names whose it is: `عرضا من فرنسا`، `أحدث طلب من الرئيس`).
const PROPOSALS_BARE: &[&str] = &[
    "اقتراح", "اقتراحا", "اقتراحات", "مقترح", "مقترحا", "مقترحات", "عرض", "عرضا", "عروض", "عروضا", "طلب", "طلبا", "طلبات", "دعوه", "دعوات",
    "مبادره", "مبادرات", "التماس", "التماسا", "وساطه",
];
/// Verbs of proposing or offering that no event records (keys without و; the imperfect
/// تعرض is also "is exposed to", so not listed).
const PROPOSING: &[&str] = &["اقترح", "اقترحت", "يقترح", "تقترح", "اقترحوا", "عرض", "عرضت", "عرضوا", "طرح", "طرحت", "طلب", "طلبت"];
/// Proposal nouns (keys without و) whose proposer من names (بمبادرة من الرئيس).
const PROPOSAL_BY: &[&str] = &["بمبادره", "مبادره", "باقتراح", "اقتراح", "بطلب", "طلب", "مقترح", "بمقترح", "بدعوه", "دعوه", "بعرض", "عرض"];
/// The same verbs and قدم with a pronoun taking the noun back, opening a relative clause
/// after it (الاقتراحات التي قدمها غوتيريس): its subject is the author.
const AUTHORING: &[&str] = &["قدمه", "قدمها", "قدمته", "طرحه", "طرحها", "طرحته", "اقترحه", "اقترحها", "اقترحته", "عرضه", "عرضها", "عرضته", "طلبه", "طلبها", "طلبته"];
/// How many words after the verb, besides its subject's (a demonstrative may stand
/// between: هذا الاقتراح), the proposal noun may be.
const WINDOW: usize = 4;
/// How many words after a proposing verb its subject may start.
const SUBJECT_AFTER: usize = 3;

/// Gives each REJECT, SUPPORT or AGREE verb with no recipient whose object is a proposal
/// the proposer as recipient: the author a relative clause on the noun names, else the
/// proposer told before. (Accepting an offer agrees with the one who made it, as
/// rejecting it rejects him.)
pub fn answer(input: &Input, events: &mut [EventSpan]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.ghost || !matches!(e.kind.as_str(), "REJECT" | "SUPPORT" | "AGREE") || !e.rule.starts_with("verb:") || e.actors.is_empty() || !e.recipients.is_empty() {
            continue;
        }
        let proposer = match proposal_object(input, e) {
            Some(Proposal::Authored(verb)) => subject_of(input, verb).filter(|a| other_than(a, &e.actors[0])),
            Some(Proposal::Before) => proposer_before(input, &events[..i], e),
            Some(Proposal::From(proposer)) => Some(proposer).filter(|a| other_than(a, &e.actors[0])),
            Some(Proposal::Elsewhere) | None => None,
        };
        let Some(proposer) = proposer else { continue };
        let e = &mut events[i];
        e.recipients.push(proposer);
        e.rule.push_str("+proposer");
    }
}

/// A proposal noun as the object of an answer, and where its author is named.
enum Proposal {
    /// Referring back: the proposer was told before.
    Before,
    /// A relative clause on the noun opens with the verb at this token (التي قدمها X).
    Authored(usize),
    /// Another phrase after the noun names its author or its kind (الذي …).
    Elsewhere,
    /// The party after من right after the noun, or after المقدم من (عرضا من فرنسا).
    From(Arg),
}

/// The object of `e` (past its subject, within [`WINDOW`] other words, ب allowed before
/// it) when it is a proposal noun: a definite one refers back, unless a relative clause or
/// من phrase names its author (رفض الطلب الذي قدمته المعارضة، العرض المقدم من); one with
/// or without the article whose من names a party names it in place (`proposer_after`).
fn proposal_object(input: &Input, e: &EventSpan) -> Option<Proposal> {
    let (s0, s1) = input.token_range(e.sentence);
    let in_mention = |k: usize| input.mentions_in(s0, k + 1).any(|m| m.tok_end > k);
    let mut words = 0;
    for k in e.trigger.1..s1 {
        if input.tokens[k].kind == TokenKind::Punct || words > WINDOW {
            return None;
        }
        let key = input.keys[k].as_str();
        let noun = key.strip_prefix('ب').filter(|r| r.starts_with("ال")).unwrap_or(key);
        let bare = PROPOSALS_BARE.contains(&noun);
        if bare && !in_mention(k) || PROPOSALS.contains(&noun) {
            let key_at = |j: usize| input.keys.get(j).filter(|_| j < s1).map(String::as_str);
            if let Some(proposer) = proposer_after(input, k, s1) {
                return Some(Proposal::From(proposer));
            }
            if bare {
                return None;
            }
            let relative = key_at(k + 1).is_some_and(|w| matches!(w, "الذي" | "التي"));
            if relative && key_at(k + 2).is_some_and(|w| AUTHORING.contains(&w)) {
                return Some(Proposal::Authored(k + 2));
            }
            return Some(if key_at(k + 1).is_some_and(names_author) { Proposal::Elsewhere } else { Proposal::Before });
        }
        if !in_mention(k) {
            words += 1;
        }
    }
    None
}

/// The party whose proposal the noun at `k` is, named in place: a mention right after the
/// noun's من, or after المقدم من / المقدمة من (`عرضا من فرنسا`، `الطلب المقدم من المعارضة`;
/// not `طلب قروض من صندوق النقد`, whose من is the loan's).
fn proposer_after(input: &Input, k: usize, s1: usize) -> Option<Arg> {
    let key_at = |j: usize| input.keys.get(j).filter(|_| j < s1).map(String::as_str);
    let made = key_at(k + 1).is_some_and(|w| matches!(w, "المقدم" | "المقدمه"));
    let min = if made { k + 2 } else { k + 1 };
    (key_at(min) == Some("من")).then_some(())?;
    let m = input.mentions_in(min + 1, min + 2).find(|m| m.tok_start == min + 1)?;
    Some(Arg::from_mention(m, input.home))
}

/// Words after a proposal noun that name whose it is in place.
fn names_author(key: &str) -> bool {
    matches!(key, "الذي" | "التي" | "الذين" | "المقدم" | "المقدمه" | "الصادر" | "الصادره" | "من")
}

/// The proposer before the answer `e`, in its sentence or the one before: the subject of
/// the last verb of proposing there (after it, else the mention before it in its
/// sentence) or the party after the last proposal noun with من (بمبادرة من الرئيس،
/// باقتراح من فرنسا); else the actor of the last REQUEST there (a call is a proposal
/// less surely: دعت الحركة عناصرها); a party other than the answerer.
fn proposer_before(input: &Input, before: &[EventSpan], e: &EventSpan) -> Option<Arg> {
    let other = |a: &Arg| other_than(a, &e.actors[0]);
    let from = args::sentence_before(input, e.sentence.0).map_or(e.sentence.0, |s| s.0);
    let k0 = input.tokens.partition_point(|t| t.start < from);
    let proposed = (k0..e.trigger.0).rev().find_map(|k| {
        let key = args::bare(&input.keys[k]);
        if PROPOSING.contains(&key) {
            return Some(subject_of(input, k));
        }
        let from_party = PROPOSAL_BY.contains(&key) && input.keys.get(k + 1).is_some_and(|w| w == "من");
        from_party.then(|| input.mentions_in(k + 2, (k + 2 + SUBJECT_AFTER).min(e.trigger.0)).next().map(|m| Arg::from_mention(m, input.home)))
    });
    let request = || before.iter().rev().take_while(|p| p.sentence.0 >= from).find(|p| p.kind == "REQUEST" && !p.ghost).and_then(|r| r.actors.first().cloned());
    match proposed {
        Some(found) => found.filter(|a| other(a)),
        None => request().filter(|a| other(a)),
    }
}

/// Is `a` a coded party other than the answerer, and not the answerer's own country named
/// bare (روسيا … لكن الجانب الروسي رفض)?
fn other_than(a: &Arg, answerer: &Arg) -> bool {
    a.country.is_some() && a.actor != answerer.actor && !(a.role.is_none() && a.country == answerer.country)
}

/// The subject of the verb at `k`: a mention starting within [`SUBJECT_AFTER`] words after
/// it, else the last mention ending before it in its sentence; none governed by a
/// preposition.
fn subject_of(input: &Input, k: usize) -> Option<Arg> {
    let at = input.tokens[k].start;
    let sentence = input.sentences.iter().find(|s| s.0 <= at && at < s.1)?;
    let (s0, s1) = input.token_range(*sentence);
    let after = input.mentions_in(k + 1, (k + 1 + SUBJECT_AFTER).min(s1)).find(|m| !m.prepositional);
    let before = || input.mentions_in(s0, k).filter(|m| m.tok_end <= k && !m.prepositional).last();
    after.or_else(before).map(|m| Arg::from_mention(m, input.home))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_rejected_proposal_told_before_names_its_proposer() {
        let t = "وكان الرئيس الروسي فلاديمير بوتين قد اقترح في الشهر الماضي تبادل السجناء. لكن الحكومة الأوكرانية رفضت الفكرة.";
        assert!(sides(t, "REJECT").contains(&(Some("UKR".into()), Some("RUS".into()))), "{:?}", sides(t, "REJECT"));
        let t = "وطالبت فرنسا إيران بوقف التجارب الصاروخية. ورفضت طهران هذا الطلب بشدة.";
        assert!(sides(t, "REJECT").contains(&(Some("IRN".into()), Some("FRA".into()))), "{:?}", sides(t, "REJECT"));
    }

    #[test]
    fn a_proposal_noun_with_min_names_its_proposer_before_a_later_call() {
        let t = "وجاءت الهدنة بمبادرة من الرئيس الأفغاني أشرف غني، ودعت حركة طالبان عناصرها إلى احترامها. ورحبت فرنسا بهذه المبادرة.";
        assert!(sides(t, "SUPPORT").iter().any(|s| s.0.as_deref() == Some("FRA") && s.1.as_deref() == Some("AFG")), "{:?}", sides(t, "SUPPORT"));
    }

    #[test]
    fn a_welcomed_offer_names_who_offered_it() {
        let t = "وعرضت قطر استضافة جولة جديدة من المحادثات. ورحب الرئيس السوداني بالعرض.";
        assert!(sides(t, "SUPPORT").contains(&(Some("SDN".into()), Some("QAT".into()))), "{:?}", sides(t, "SUPPORT"));
    }

    #[test]
    fn an_accepted_proposal_agrees_with_its_proposer() {
        let t = "واقترحت تركيا تشكيل لجنة تحقيق مشتركة. ووافقت السعودية على الاقتراح.";
        assert!(sides(t, "AGREE").contains(&(Some("SAU".into()), Some("TUR".into()))), "{:?}", sides(t, "AGREE"));
    }

    #[test]
    fn a_relative_clause_on_the_proposal_names_its_author() {
        let t = "ورفضت إسرائيل الاقتراحات التي قدمها الأمين العام للأمم المتحدة.";
        assert!(sides(t, "REJECT").iter().any(|s| s.0.as_deref() == Some("ISR") && s.1.is_some()), "{:?}", sides(t, "REJECT"));
    }

    #[test]
    fn a_proposal_with_min_after_it_names_its_proposer_in_place() {
        let t = "ورفضت الحكومة الأردنية عرضا من قطر لاستضافة المحادثات.";
        assert!(sides(t, "REJECT").contains(&(Some("JOR".into()), Some("QAT".into()))), "{:?}", sides(t, "REJECT"));
        let t = "ورفضت إسرائيل دعوات من الاتحاد الأوروبي لإجراء تحقيق مستقل.";
        assert!(sides(t, "REJECT").iter().any(|s| s.0.as_deref() == Some("ISR") && s.1.as_deref().is_some_and(|r| r.starts_with("IGOEU"))), "{:?}", sides(t, "REJECT"));
        let t = "ووافقت الحكومة السودانية على طلب من مصر لتمديد المهلة.";
        assert!(sides(t, "AGREE").contains(&(Some("SDN".into()), Some("EGY".into()))), "{:?}", sides(t, "AGREE"));
        // A من that is the thing's, not the proposal's, names no proposer.
        let t = "ويعارض رئيس الوزراء الباكستاني طلب قروض من صندوق النقد الدولي.";
        assert!(sides(t, "REJECT").iter().all(|s| s.1.is_none()), "{:?}", sides(t, "REJECT"));
        // Nor one told before, for an indefinite proposal.
        let t = "واقترحت روسيا تبادل السجناء. ورفضت أوكرانيا عرضا من أجل التهدئة.";
        assert!(sides(t, "REJECT").iter().all(|s| s.1.is_none()), "{:?}", sides(t, "REJECT"));
    }

    #[test]
    fn a_proposal_with_its_author_in_place_or_no_proposer_names_no_one() {
        // The author stands after the noun: nothing told before is answered.
        let t = "وكان الرئيس الروسي فلاديمير بوتين قد اقترح تبادل السجناء. ورفضت أوكرانيا الطلب الذي قدمته المعارضة.";
        assert!(!sides(t, "REJECT").iter().any(|s| s.1.as_deref() == Some("RUS")), "{:?}", sides(t, "REJECT"));
        // An indefinite noun refers back to nothing.
        let t = "وكان الرئيس الروسي فلاديمير بوتين قد اقترح تبادل السجناء. ورفضت أوكرانيا طلبا للانضمام.";
        assert!(!sides(t, "REJECT").iter().any(|s| s.1.as_deref() == Some("RUS")), "{:?}", sides(t, "REJECT"));
        // With no proposal before, the rejection keeps no recipient.
        let t = "وذكرت الصحيفة أن الاجتماع انتهى. ورفضت الحكومة الأوكرانية الفكرة.";
        assert!(sides(t, "REJECT").iter().all(|s| s.1.is_none()), "{:?}", sides(t, "REJECT"));
        // The answerer's own country named bare is not another's proposal.
        let t = "وعرضت أوكرانيا تبادل السجناء. لكن الحكومة الأوكرانية رفضت العرض.";
        assert!(sides(t, "REJECT").iter().all(|s| s.1.is_none()), "{:?}", sides(t, "REJECT"));
    }
}
