//! Describing a deed or a statement with no party named (`ووصف رئيس الاتحاد الألماني
//! لكرة القدم الواقعة بأنها "عمل غير مقبول"`، `ووصف ترامب الرسالة بأنها "لطيفة جدا"`،
//! `واصفة ذلك بأنه "دليل على دور حزب الله المزعزع"`) judges whoever did or said it: an
//! accusation (ACCUSE 111), or praise in words of praise (SUPPORT 051, `description.rs`),
//! as the labels code it, with the one judged left unnamed. The describing verb needs a
//! recipient (a party described: `وصف قطر بأنها`), so without this these made no event.
//!
//! Only when the object, the word or two right before the description (`بأنه`، `بـ`), is a
//! word for a deed or a statement (`event-words.tsv` kind `deed`, stems as
//! `description::stem` makes them: `الواقعة، الخطوة، القرار، الهجوم، التصريحات، الرسالة،
//! الموقف`…) or a demonstrative standing alone for one (`ذلك، هذا، هذه، تلك`), outside
//! any mention; not a situation (`وصف الوضع بأنه كارثي`، `المشهد`), an accident (`الحادث`:
//! `واصفا الحادث بالمؤسف`), an accusation (`وصف الكرملين الاتهامات بأنها غير مقبولة`
//! rejects it, and its accused is the speaker's side), a thing after a demonstrative
//! (`هذا اللقاء`، `هذه الأسلحة`), a person the mentions do not know (`يصف أنور بأنه`), a
//! pronoun (`ما وصفه بالكارثة`), or the verbal noun (`رفض المتحدث وصف تلك الاعتداءات`).

use super::args::Context;
use super::description;
use super::Input;
use marsad_lexicon::events::{EventList, Trigger};

/// Words after which the bare form وصف is the verbal noun (keys, without و): a
/// preposition or a verb of refusing.
const NOUN_BEFORE: &[&str] = &["في", "من", "عن", "الي", "علي", "رفض", "يرفض", "ترفض", "رفضت", "عدم"];

/// Demonstratives standing for what was just told (keys, without و).
const DEMONSTRATIVES: &[&str] = &["ذلك", "هذا", "هذه", "تلك"];

/// Is the describing verb ending at token `end` (at most `s1`) followed by a deed or a
/// statement as its object and then the description?
pub(super) fn is_described_deed(ctx: &Context, input: &Input, trigger: &Trigger, end: usize, s1: usize) -> bool {
    if trigger.lemma != description::DESCRIBE {
        return false;
    }
    let Some(from) = description::start(ctx, input, end, s1) else {
        return false;
    };
    // The object: the last word before the description (past quotation marks), or the one
    // before it when that is its adjective (`التصريحات الأخيرة بأنها`).
    let words: Vec<usize> = (end..from).rev().filter(|&k| !crate::quotes::is_mark(input.tokens[k].text(input.text))).take(2).collect();
    let Some(&last) = words.first() else {
        return false;
    };
    let deed = |k: usize| {
        if ctx.in_mention(k) {
            return false;
        }
        let key = input.keys[k].as_str();
        DEMONSTRATIVES.contains(&bare(key)) || input.lexicon.events().in_list(EventList::Deed, description::stem(key))
    };
    // (A demonstrative before a noun leaves the noun to decide: `هذا اللقاء`، `هذه
    // الأسلحة` are no deeds.)
    let deed_noun = |k: usize| deed(k) && !DEMONSTRATIVES.contains(&bare(&input.keys[k]));
    // The bare form وصف is also the verbal noun, after a preposition or a verb of refusing
    // (`رفض وصف تلك الاعتداءات بالطائفية`، `في وصف`).
    // (Past the subject of that verb: `رفض المتحدث باسم مجلس النواب وصف`.)
    let noun_reading = input.keys[end - 1] == description::DESCRIBE
        && (0..end - 1).rev().find(|&j| !ctx.in_mention(j)).is_some_and(|j| NOUN_BEFORE.contains(&bare(&input.keys[j])));
    !noun_reading && (deed(last) || words.get(1).is_some_and(|&k| deed_noun(k) && marsad_text::normalize::key_is_definite(&input.keys[last]) && !ctx.in_mention(last)))
}

/// A key without the conjunction و.
fn bare(key: &str) -> &str {
    key.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// An event's type with its actors' and recipients' countries.
    type Kind = (String, Vec<Option<String>>, Vec<Option<String>>);

    fn kinds(text: &str) -> Vec<Kind> {
        events(text)
            .into_iter()
            .map(|e| (e.kind, e.actors.iter().map(|a| a.country.clone()).collect(), e.recipients.iter().map(|r| r.country.clone()).collect()))
            .collect()
    }

    #[test]
    fn a_deed_described_is_judged() {
        let k = kinds("ووصف رئيس الاتحاد الألماني لكرة القدم الواقعة بأنها \"عمل غير مقبول\" من اللاعبين.");
        assert!(k.iter().any(|(t, a, r)| t == "ACCUSE" && a == &[Some("DEU".to_string())] && r.is_empty()), "{k:?}");
        let k = kinds("ووصف الرئيس الأمريكي دونالد ترامب الرسالة بأنها \"لطيفة جدا\".");
        assert!(k.iter().any(|(t, a, _)| t == "SUPPORT" && a == &[Some("USA".to_string())]), "{k:?}");
        let k = kinds("وانتقدت الحكومة اليمنية الزيارة، واصفة ذلك بأنه \"دليل على دور مزعزع\".");
        assert!(k.iter().any(|(t, _, _)| t == "ACCUSE"), "{k:?}");
    }

    #[test]
    fn a_situation_or_an_unknown_person_described_is_no_event() {
        let k = kinds("ووصف وزير الخارجية الأردني الوضع الإنساني بأنه كارثي.");
        assert!(!k.iter().any(|(t, _, _)| t == "ACCUSE" || t == "SUPPORT"), "{k:?}");
        let k = kinds("ووصف وزير الخارجية الأردني المشهد بأنه معقد.");
        assert!(!k.iter().any(|(t, _, _)| t == "ACCUSE" || t == "SUPPORT"), "{k:?}");
        let k = kinds("ووصف وزير الخارجية الأردني هذا اللقاء بأنه عابر.");
        assert!(!k.iter().any(|(t, _, _)| t == "ACCUSE" || t == "SUPPORT"), "{k:?}");
        let k = kinds("ورفض المتحدث باسم مجلس النواب المصري وصف تلك الاعتداءات بالطائفية.");
        assert!(!k.iter().any(|(t, _, _)| t == "ACCUSE" || t == "SUPPORT"), "{k:?}");
        // A passive tells no one describing.
        let k = kinds("ووُصف القرار بأنه خطير.");
        assert!(!k.iter().any(|(t, _, _)| t == "ACCUSE" || t == "SUPPORT"), "{k:?}");
    }
}
