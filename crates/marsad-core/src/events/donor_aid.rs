//! Aid named with its donor's nisba right after it is aid given (`المساعدات الإماراتية
//! لليمن`، `وصلت المساعدات السعودية إلى عدن`), an event with no support verb: the nisba
//! says who gave it, as a support verb's subject would. Only gifts (aid, grants), not
//! weapons: `الأسلحة الأمريكية` names where arms were made, not who supplied them. Only the
//! definite noun, aid there is: the indefinite was aid proposed or possible in the corpus
//! (`اقترح تقديم مساعدة أمريكية`، `أي مساعدة أميركية محتملة`).

use super::args::{self, Context};
use super::Input;
use marsad_lexicon::events::Trigger;

/// The aid nouns a donor's nisba makes an event of (dictionary lemmas).
const GIFTS: &[&str] = &["مساعدات", "منحة"];

/// Is the definite aid noun `t` at token `i`, ending before token `end`, followed by a
/// donor's nisba? (Not a country's name read as one: `مساعدة روسيا` is Russia's help.)
pub(super) fn named_donor(ctx: &Context, input: &Input, t: &Trigger, (i, end): (usize, usize)) -> bool {
    t.event.as_deref() == Some("AID")
        && GIFTS.contains(&t.lemma.as_str())
        && args::definite_head(input, t, i)
        && !ctx.in_mention(end)
        && args::nisba_party(input, end).is_some()
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn aid_with_a_donor_nisba_is_given() {
        let es = events("ووصلت المساعدات الكويتية إلى مخيمات اللاجئين في الأردن أمس.");
        assert!(es.iter().any(|e| e.kind == "AID" && e.actors.iter().any(|a| a.country.as_deref() == Some("KWT"))), "{es:?}");
    }

    #[test]
    fn aid_without_a_donor_needs_its_verb() {
        // (A kind of aid is no donor.)
        let es = events("ووصلت المساعدات الطبية إلى مخيمات اللاجئين أمس.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
        // (Nor are weapons made somewhere given by it.)
        let es = events("وعثر الجيش على الأسلحة الروسية في مخزن قديم.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
        // (Nor is aid only offered, indefinite.)
        let es = events("واقترح الوزير تقديم مساعدة يابانية لكينيا.");
        assert!(es.iter().all(|e| e.kind != "AID"), "{es:?}");
    }
}
