//! A possessive pronoun on an event noun that cannot refer to the actor of the sentence's
//! previous event, which a possessed noun otherwise carries (التقى بوتين عباس بعد
//! استقباله نتنياهو): when that actor disagrees with the pronoun in gender or number
//! (فتحت الشرطة تحقيقا في اختفاء رئيس الإنتربول بعد زيارته إلى الصين), the pronoun refers
//! to the nearest agreeing party named after that event's trigger, its recipient included
//! (انتقد الرئيس الحكومة الإيطالية بسبب رفضها استقبال السفينة).
//!
//! Only for a noun whose pronoun names its doer: not a noun of the kept `Object` slot
//! (اعتقاله), nor an accusation or demand with its charge in بـ right after it (بعد إدانته
//! بتهم الفساد، مطالبته بالاستقالة: the pronoun is the one charged or asked).

use super::args::{self, Arg};
use super::{EventSpan, Input};

/// The party the possessive pronoun on the noun at token `i` (its phrase ending at `end`)
/// refers to instead of `prior`'s actor, if that actor cannot be its antecedent.
pub fn newer_owner(input: &Input, (s0, i, end, s1): (usize, usize, usize, usize), kind: Option<&str>, prior: &EventSpan, not: &[Arg]) -> Option<Arg> {
    let p = args::pronoun_on(input, i)?;
    // (Past an opening quotation mark: بعد إدانته "بالإساءة إلى هيبة الدولة".)
    let quote_mark = |k: &usize| matches!(input.tokens[*k].text(input.text), "\"" | "«" | "“");
    let next = (end..s1).find(|k| !quote_mark(k));
    let charge_after = next.is_some_and(|k| input.keys[k].starts_with('ب')) && matches!(kind, Some("ACCUSE" | "REQUEST"));
    // (An actor that is no mention, or one that agrees, may be the antecedent: kept.)
    let agrees = |a: &Arg| input.mentions.iter().find(|m| m.tok_start == a.tok_start).is_none_or(|m| args::agrees(input, m, p));
    if charge_after || prior.actors.iter().any(agrees) {
        return None;
    }
    args::antecedent_of(input, p, i, s0, not).filter(|a| a.tok_start >= prior.trigger.1)
}
