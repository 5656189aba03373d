//! من قبل is the agent marker "by" (انتقدت الحكومة من قبل منظمة العفو) and the adverb
//! "before, previously" (ورفضت روسيا من قبل مزاعم بريطانيا، كما فعلت من قبل). The agent
//! phrase goes on with the party; the adverb is followed by the verb's object (a claim
//! or statement noun), by a preposition or complementizer (من قبل في بيان، من قبل إن …), by
//! punctuation, or it ends the clause. Read as the adverb, it names no agent, and the
//! object after it is still the verb's.

use super::args::{bare, is_preposition, Context};
use super::evaluation::clause_punct;
use super::Input;
use marsad_text::token::TokenKind;

/// Nouns of claims and statements that are objects, never doers (key, without و).
const STATEMENT_NOUNS: &[&str] = &[
    "مزاعم", "المزاعم", "ادعاءات", "الادعاءات", "تاكيدات", "التاكيدات", "اتهامات", "الاتهامات", "تقارير", "التقارير",
    "انباء", "الانباء", "تصريحات", "التصريحات", "دعوات", "الدعوات", "طلب", "الطلب", "طلبا", "فكره", "الفكره",
];

/// Words opening a clause or complement, not a party (من قبل أن، من قبل إنه).
const CLAUSE_OPENERS: &[&str] = &["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "ما", "كما", "لكن", "حيث", "عندما"];

/// Is من قبل at `k` the adverb "previously" (see the module docs)?
pub(super) fn adverb_at(ctx: &Context, input: &Input, k: usize, s1: usize) -> bool {
    if input.keys.get(k).map(|w| bare(w)) != Some("من") || input.keys.get(k + 1).map(String::as_str) != Some("قبل") {
        return false;
    }
    let next = k + 2;
    if next >= s1 || closing_punct(input, next) {
        return true;
    }
    if input.tokens[next].kind != TokenKind::Arabic {
        // (A quote or hashtag opens a name: من قبل "حزب الله"، من قبل #الصين.)
        return false;
    }
    if ctx.in_mention(next) {
        return false;
    }
    let key = bare(&input.keys[next]);
    is_preposition(key) || CLAUSE_OPENERS.contains(&key) || object_noun_at(input, next)
}

/// Is the word at `k` a noun that the verb before من قبل takes as its object, a claim or
/// statement (ورفضت روسيا من قبل مزاعم بريطانيا)? (Not any event noun: اتهامات من قبل
/// تحقيقات أممية names who investigated.)
pub(super) fn object_noun_at(input: &Input, k: usize) -> bool {
    STATEMENT_NOUNS.contains(&bare(&input.keys[k]))
}

/// Does punctuation that ends a phrase stand at `k` (`evaluation::clause_punct`, or the
/// Latin ; ? and a closing bracket), not a quote or a bracket that may open a name?
fn closing_punct(input: &Input, k: usize) -> bool {
    clause_punct(input, k) || input.tokens[k].kind == TokenKind::Punct && matches!(input.keys[k].as_str(), ";" | "?" | ")")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, has};

    #[test]
    fn previously_names_no_agent_and_keeps_the_object() {
        let t = "ورفضت الحكومة التركية من قبل مزاعم اليونان بشأن الجزر.";
        assert!(has(t, "REJECT", "TUR", "GRC"), "{:?}", events(t));
        let t = "وانتقدت الحكومة التركية من قبل في بيان رسمي موقف اليونان.";
        assert!(events(t).iter().all(|e| e.actors.iter().all(|a| a.country.as_deref() != Some("GRC"))), "{:?}", events(t));
    }

    #[test]
    fn the_agent_marker_before_a_party_is_still_read() {
        let t = "وانتُقدت الحكومة المصرية من قبل منظمة العفو الدولية.";
        assert!(has(t, "ACCUSE", "NGOHRI", "EGY"), "{:?}", events(t));
        let t = "وتعرض مقر المنظمة لقصف من قبل \"الجيش السوري\" أمس.";
        assert!(events(t).iter().any(|e| e.actors.iter().any(|a| a.country.as_deref() == Some("SYR"))), "{:?}", events(t));
        let t = "واعتقل الصحفي من قبل عناصر الأمن السوري.";
        assert!(events(t).iter().any(|e| e.actors.iter().any(|a| a.country.as_deref() == Some("SYR"))), "{:?}", events(t));
    }
}
