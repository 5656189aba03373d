//! The head of a relative clause whose support verb governs the event noun is the verb's
//! subject, as for a verb alone (`مايك بومبيو، الذي قام بزيارة لإسرائيل`، `الولايات المتحدة
//! التي فرضت عقوبات على روسيا`، `ظريف، الذي يقوم بزيارة لدمشق`): the clause has no other
//! subject, and the event otherwise took no actor or an earlier clause's. Not when the verb
//! carries the head's pronoun (`الحرب التي تشنها إيران`: the head is what is waged, the
//! subject follows) or a resumptive follows it (`المنطقة التي وقع فيها الهجوم`), nor when a
//! party is named between the verb and its noun (`subject_between`), nor when the head is
//! the genitive of a noun the clause may describe (`اتهامات بريطانيا التي …`). Only a
//! clause right after its head: one joined by و (`شركة سترايب، التي أسسها …، والتي تقدم`)
//! goes back to an earlier head; a masculine relative before a feminine verb (`ترامب، الذي
//! شاركت في مسيرة ضده`) is the object's; and a support verb whose clause names another
//! event first (`التي أعلنت تأييدها لقرار ترامب الانسحاب`) governs that one, as a clause
//! after أن does (`الذي توقع أن ينعكس تحرير الحديدة`).

use super::args::{bare, head_qualifies_noun, is_trigger, pronoun_agrees_with_relative, Context, Request, RESUMPTIVE};
use super::Input;

/// Does the head `m` of the relative clause opened right before the support verb of the
/// request do the event?
pub(super) fn head_acts(ctx: &Context, input: &Input, req: &Request, m: usize) -> bool {
    if req.pred >= req.trigger_start || req.pred == 0 {
        return false;
    }
    let relative = input.keys[req.pred - 1].as_str();
    if !matches!(relative, "الذي" | "التي" | "الذين") || feminine_verb_of_masculine(input, req.pred, relative) {
        return false;
    }
    let resumptive = RESUMPTIVE.contains(&bare(&input.keys[req.pred + 1]));
    let other_event = (req.pred + 1..req.trigger_start).any(|k| !ctx.in_mention(k) && (is_trigger(input, k) || matches!(input.keys[k].as_str(), "ان" | "بان")));
    !pronoun_agrees_with_relative(&input.keys[req.pred], relative)
        && !resumptive
        && !other_event
        && !super::subject_between::named(ctx, input, req)
        && !input.mentions[m].prepositional
        && !head_qualifies_noun(ctx, input, req, m)
}

/// Is the support verb at `k` feminine (its perfect's ت) after a masculine relative
/// pronoun, so that its subject is someone else?
fn feminine_verb_of_masculine(input: &Input, k: usize, relative: &str) -> bool {
    if relative == "التي" || !input.keys[k].ends_with('ت') {
        return false;
    }
    // (Not a verb whose own last letter is ت.)
    super::subject_between::support_verb_where(input, k, |t| !t.lemma.ends_with('ت'))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn the_head_of_the_relative_clause_imposes() {
        let text = "وانتقد الرئيس الروسي الولايات المتحدة التي فرضت عقوبات جديدة على روسيا.";
        let found = sides(text, "COERCE");
        assert!(found.contains(&(Some("USA".into()), Some("RUS".into()))), "{found:?}");
    }

    #[test]
    fn the_head_after_a_comma_visits() {
        let text = "وقال وزير الخارجية الإيراني محمد جواد ظريف، الذي يقوم بزيارة مفاجئة لدمشق، إن الحل سياسي.";
        let found = sides(text, "CONSULT");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("IRN")), "{found:?}");
    }

    #[test]
    fn a_clause_joined_by_and_or_of_another_gender_has_another_subject() {
        for text in ["وتحدث الوزير عن روسيا والتي شنت غارات على إدلب.", "وانتقد الكاتب دونالد ترامب، الذي شاركت في مسيرة ضده قبل أشهر."] {
            let found = events(text);
            assert!(!found.iter().any(|e| e.rule.contains("+relative-subject")), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_resumptive_after_the_verb_leaves_the_head_a_place() {
        // التي شنت فيها: the head is where; روسيا, after the verb, strikes.
        let text = "وتحدث التقرير عن سوريا التي شنت فيها روسيا غارات على المدنيين.";
        let found = sides(text, "ASSAULT");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("SYR")), "{found:?}");
    }
}
