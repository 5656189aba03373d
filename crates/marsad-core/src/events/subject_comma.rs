//! A comma closing a support verb's subject right before its noun: news sets off a long
//! or compound VSO subject with a comma before the object (أطلق التحالف وقوات الشرعية
//! اليمنية، عملية عسكرية؛ شن التحالف وقوات الشرعية، عملية عسكرية). The comma is no clause
//! break there: the support verb still governs its noun, and its subject acts.

use super::args::{is_comma, Context};
use super::Input;

/// Whether only the support verb's subject and one comma stand between the verb at `verb`
/// and the noun at `noun`: the subject's mentions (a list joined by و, no preposition on
/// the first) start right after the verb and run up to the comma, which the noun follows
/// right away. A comma with more words after it opens an aside (وشن الجيش السوري، بدعم من
/// ضربات جوية روسية، هجوما); so does a noun with ب on it, a manner (تواصل القوات، بدعم
/// التحالف، عمليات؛ بدأها ترمب، بدعوى أنه), unless the verb takes its noun through ب
/// (`linked`: قامت الميليشيات، باحتجاز). A noun with و on it joins the clause before, no
/// object (غارات شنتها المقاتلات، ومواجهات مع القوات).
pub fn closes_subject(ctx: &Context, input: &Input, (verb, linked): (usize, bool), noun: usize) -> bool {
    let Some(comma) = noun.checked_sub(1).filter(|&c| c > verb + 1) else {
        return false;
    };
    let subject = ctx.mention_of(verb + 1).map(|m| &input.mentions[m]);
    is_comma(input, comma)
        && subject.is_some_and(|m| m.tok_start == verb + 1 && !m.prepositional)
        && (verb + 1..comma).all(|k| ctx.in_mention(k))
        && !proclitic(input, noun, 'و')
        && (linked || !proclitic(input, noun, 'ب'))
}

/// Does the word at `k` carry the proclitic `letter`: is it an event word without it
/// (ومواجهات، بدعم; not وقفة)?
fn proclitic(input: &Input, k: usize, letter: char) -> bool {
    input.keys[k].strip_prefix(letter).is_some_and(|rest| input.lexicon.events().lookup(rest).is_some())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn actors(text: &str) -> Vec<String> {
        events(text).iter().filter(|e| e.kind == "ASSAULT").flat_map(|e| e.actors.iter().filter_map(|p| p.country.clone())).collect()
    }

    #[test]
    fn a_compound_subject_closed_by_a_comma_acts_through_the_support_verb() {
        assert_eq!(actors("وفي الشهر ذاته شن الجيش الأمريكي والقوات العراقية، عملية عسكرية على مواقع تنظيم داعش."), vec!["USA", "IRQ"]);
        assert_eq!(actors("وأطلق الجيش التركي، عملية عسكرية واسعة في عفرين."), vec!["TUR"]);
    }

    #[test]
    fn a_comma_opening_an_aside_still_breaks_the_support_verb() {
        // (The Russian strikes are an attack of their own; the support is no object of شن.)
        assert!(events("وشن الجيش السوري، بدعم من ضربات جوية روسية، هجوما على المدينة.").iter().all(|e| !e.rule.contains("noun:دعم")));
        // The noun must follow the comma: a clause after it is no object.
        assert!(actors("وأطلق الجيش التركي، الذي يقاتل منذ شهرين، عملية في عفرين.").iter().all(|c| c == "TUR"));
    }

    #[test]
    fn a_noun_with_a_proclitic_after_the_comma_is_no_object() {
        let supports = |t: &str| events(t).into_iter().filter(|e| e.kind == "SUPPORT").map(|e| e.actors.iter().filter_map(|p| p.country.clone()).collect::<Vec<_>>()).collect::<Vec<_>>();
        // With support of: the coalition backs the army, the army does not back it.
        assert!(!supports("وتواصل القوات الحكومية العراقية، بدعم التحالف الدولي، عملياتها في الموصل.").contains(&vec!["IRQ".to_string()]));
        // Clashes joined to the strikes are no strikes of the planes.
        assert!(events("وذلك في غارات شنتها المقاتلات الأمريكية، ومواجهات مع الجيش العراقي في الموصل.").iter().all(|e| !e.rule.contains("+noun:اشتباكات")));
    }
}
