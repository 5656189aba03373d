//! A call told as a verbal noun with ب after a verb (`وردت إسرائيل بدعوة القنصل التركي إلى
//! المغادرة`، `قامت بدعوة الحكومة اليمنية إلى إجراء تحقيق`، `اكتفى بدعوة الولايات المتحدة
//! إلى تخفيف العقوبات`): the verb's subject makes the call, and the genitive, followed by
//! what it is called to (`إلى`، `لـ`), is the one called. Read alone, the noun took that
//! genitive for its maker. Not `بدعوة من X` (X calls, `on_request.rs`), nor after a visit,
//! where `بدعوة الرئيس` is "at the president's invitation" (`hosted_visit.rs`).

use super::args::{Arg, Context};
use super::{hosted_visit, EventSpan, Input};
use marsad_text::normalize::{key, without_conjunction};

/// How many words may open the sentence before its subject (`وكان`، `لكن`).
const SUBJECT_AT: usize = 2;

/// Give each such call of the sentence opening at `s0` (its events from `first` in `out`)
/// the genitive as its recipient and the sentence's subject, when there is one, as its actor.
pub fn find(input: &Input, ctx: &Context, s0: usize, out: &mut [EventSpan], first: usize) {
    for e in &mut out[first..] {
        let noun = e.trigger.0;
        let read_as_maker = e.rule == "noun:دعوة+genitive";
        if e.kind != "REQUEST" || !read_as_maker || noun <= s0 || without_conjunction(&input.keys[noun]) != key("بدعوة") {
            continue;
        }
        let Some(called) = e.actors.first().filter(|a| a.tok_start == noun + 1) else { continue };
        let called_to = input.keys.get(called.tok_end).is_some_and(|k| k == "الي" || k.starts_with('ل') && k != "لدي");
        if !called_to || hosted_visit::visit_before(input, noun, s0) {
            continue;
        }
        let caller = subject(input, ctx, s0, noun).filter(|c| c.tok_start != called.tok_start);
        e.recipients = std::mem::take(&mut e.actors);
        e.actors = caller.into_iter().collect();
        e.rule.push_str("+called-genitive");
    }
}

/// The party that opens the sentence (within `SUBJECT_AT` words of its start), before the
/// noun and after no preposition.
fn subject(input: &Input, ctx: &Context, s0: usize, noun: usize) -> Option<Arg> {
    (s0..noun.min(s0 + SUBJECT_AT + 1)).find_map(|k| {
        let m = super::args::mention_starting(ctx, input, k)?;
        let mention = &input.mentions[m];
        (!mention.prepositional && mention.country.is_some() && mention.tok_end <= noun).then(|| Arg::from_mention(mention, input.home))
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, first_country};

    #[test]
    fn the_genitive_of_a_call_after_a_verb_is_the_one_called() {
        let es = events("وردت الإمارات على الشكوى بدعوة الدوحة إلى وقف دعم الجماعات المتطرفة.");
        let call = es.iter().find(|e| e.kind == "REQUEST").expect("request");
        assert_eq!(first_country(&call.recipients).as_deref(), Some("QAT"), "{es:?}");
        assert_eq!(first_country(&call.actors).as_deref(), Some("ARE"), "{es:?}");
    }

    #[test]
    fn a_maker_after_min_or_a_call_with_nothing_called_to_stays() {
        let es = events("والتأم مجلس الأمن الدولي بدعوة من الكويت لمناقشة التطورات في غزة.");
        assert!(es.iter().filter(|e| e.kind == "REQUEST").all(|e| !e.rule.contains("+called-genitive")), "{es:?}");
        let es = events("وجاءت تصريحاته بدعوة الرئيس الروسي في موسكو.");
        assert!(es.iter().all(|e| !e.rule.contains("+called-genitive")), "{es:?}");
    }
}
