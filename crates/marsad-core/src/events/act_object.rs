//! A verb whose direct object may be an act rather than a party (`act` in the `recipient`
//! column of `events.tsv`): describing an act (`ووصف مندوب الكويت إطلاق الحوثيين لصواريخ
//! باليستية بـ"التصعيد الخطير"`، `ووصفت سوريا تهديدات ترامب بأنها "تصعيد طائش"`،
//! `وصف الرئيس السوداني زيارة نظيره المصري بالتاريخية`) judges the one who did it: the
//! act's doer, the genitive of the event noun right after the verb (or after its subject),
//! is the recipient, as the labels code it.
//!
//! Without this the object, an event noun, gave only a nisba (`الاتهامات البريطانية`) and
//! the describing verb, which needs a recipient, made no event. Only a noun in the
//! construct state (no article) whose genitive is its agent (not `اغتيال السفير`, whose
//! genitive is its patient: the `obj` slot of its row), with a mention right after it that
//! no preposition governs; not a pronoun on the verb (`ووصفها`), whose antecedent is
//! sought elsewhere. Not a noun of accusing before its charge (`وصف اتهام الحكومة السورية
//! باستخدام الأسلحة بالمسرحية`: the genitive is the accused), a noun whose `then` words do
//! not follow (`استخدام الشهود` is no use of chemical weapons), a meeting's state (`قمة
//! سنغافورة`: where it was held), nor the describer's own party (`وصفت الحكومة البحرينية
//! لقاء وزير خارجيتها`).

use super::args::{list_from, mention_starting, Arg, Context};
use super::Input;
use marsad_lexicon::events::{Slot, TriggerKind};
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// Where the object of the verb ending at `end` starts: right after the verb, or after its
/// subject when that follows the verb (VSO: `ووصفت سوريا تهديدات ترامب`).
pub(super) fn object_start(actors: &[Arg], end: usize) -> usize {
    match actors.first() {
        Some(a) if a.tok_start == end => actors.iter().map(|a| a.tok_end).max().unwrap_or(end),
        _ => end,
    }
}

/// How far past the verb's subject an act set off by asides may start (words).
const ASIDE_REACH: usize = 20;

/// The doers of an act that follows the verb's subject past asides set off by commas
/// (`وصف مندوب الكويت …، خلال مداخلته باجتماع لمجلس الأمن الدولي، الإثنين، إطلاق
/// الحوثيين لصواريخ … بـ"التصعيد الخطير"`): the first word after a comma, within
/// twenty words, that names an act with its doer, when the description (`بأن`، `بالـ`،
/// a separate `بـ`) follows its doer within eight words.
pub(super) fn doer_past_asides(ctx: &Context, input: &Input, at: usize, s1: usize) -> Option<Vec<Arg>> {
    let hi = (at + ASIDE_REACH).min(s1);
    let mut k = at;
    while k < hi {
        if super::args::is_comma(input, k) {
            if let Some(list) = doer(ctx, input, k + 1, s1) {
                let end = list.iter().map(|a| a.tok_end).max().unwrap_or(k + 2);
                return super::description::start(ctx, input, end, (end + 8).min(s1)).map(|_| list);
            }
        } else if input.tokens[k].kind == TokenKind::Punct && !crate::quotes::is_mark(input.tokens[k].text(input.text)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Do a noun's `then` words follow from token `from`, its first maybe with the لـ of the
/// object after a genitive agent (`إطلاق الحوثيين لصواريخ`)?
fn then_follows(ctx: &Context, input: &Input, then: &[String], from: usize, s1: usize) -> bool {
    if super::then_end(input, ctx, then, from, s1).is_some() {
        return true;
    }
    let Some(first) = then.first() else {
        return true;
    };
    let lam = (from..(from + 6).min(s1)).find(|&k| input.keys[k].strip_prefix('ل').is_some_and(|rest| super::same_word(rest, first)));
    lam.is_some_and(|k| then.len() == 1 || super::then_end(input, ctx, &then[1..], k + 1, s1).is_some())
}

/// Is token `i` the act whose doer is the recipient of event `e` (read as a noun there:
/// `ووصفت الخارجية البريطانية طلب السلطات في روسيا`, not the verb طلب)?
pub(super) fn names_act(e: &super::EventSpan, i: usize) -> bool {
    e.recipients.first().is_some_and(|r| r.tok_start == i + 1) && e.rule.contains(RULE)
}

/// The rule tag of an event whose recipient is the doer of its act object.
pub(super) const RULE: &str = "+act-doer";

/// The doers of the act named at token `at`: the parties of the genitive mention right
/// after an event noun in the construct state whose genitive is its agent.
pub(super) fn doer(ctx: &Context, input: &Input, at: usize, s1: usize) -> Option<Vec<Arg>> {
    if at + 1 >= s1 || ctx.in_mention(at) || input.tokens[at].kind != TokenKind::Arabic {
        return None;
    }
    let word = input.tokens[at].text(input.text);
    // (إطلاق، إلقاء fold to keys that only look definite.)
    if key_is_definite(&input.keys[at]) && !super::opens_with_hamza_below(word) {
        return None;
    }
    let ev = input.lexicon.events();
    let hit = ev.lookup(&input.keys[at])?;
    let m = mention_starting(ctx, input, at + 1).filter(|&m| !input.mentions[m].prepositional)?;
    let list = list_from(ctx, input, m, s1);
    let end = list.last().map_or(at + 2, |&l| input.mentions[l].tok_end);
    let mention = &input.mentions[m];
    // (اتهام 13 مواطنا روسيا بالتدخل: the accused, whatever other reading the word has.)
    let accused = hit.forms.iter().any(|f| super::verbal_noun::genitive_accused(ctx, input, ev.trigger(f.trigger), at, end, s1));
    let agentive_noun = !accused && hit.forms.iter().any(|f| {
        let t = ev.trigger(f.trigger);
        t.kind == TriggerKind::Noun
            && ev.firm(f)
            && !t.recipient.contains(&Slot::Object)
            // (Its words must follow: استخدام الشهود is no use of chemical weapons.)
            && (t.then.is_empty() || then_follows(ctx, input, &t.then, at + 1, s1))
            // (قمة سنغافورة: a meeting's state in the genitive is where it is held.)
            && !(t.event.as_deref() == Some("CONSULT") && mention.role.is_none())
    });
    if !agentive_noun {
        return None;
    }
    Some(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{has, triples};

    #[test]
    fn the_doer_of_an_act_described_is_the_recipient() {
        let t = "ووصف مندوب الكويت إطلاق الحوثيين لصواريخ باليستية على السعودية بـ\"التصعيد الخطير\".";
        assert!(has(t, "ACCUSE", "KWT", "YEM"), "{:?}", triples(t));
        let t = "ووصفت سوريا تهديدات ترامب بأنها \"تصعيد طائش\".";
        assert!(has(t, "ACCUSE", "SYR", "USA"), "{:?}", triples(t));
    }

    #[test]
    fn an_act_past_asides_before_its_description() {
        let t = "وصف مندوب الكويت، خلال مداخلته في اجتماع لمجلس الأمن الدولي، الإثنين، إطلاق الحوثيين لصواريخ باتجاه السعودية بـ\"التصعيد الخطير\".";
        assert!(has(t, "ACCUSE", "KWT", "YEM"), "{:?}", triples(t));
        // (No description after it: the noun past the comma is another clause's.)
        let t = "وصف مندوب الكويت الوضع بالخطير، إطلاق الحوثيين لصواريخ باتجاه السعودية مستمر.";
        assert!(!has(t, "ACCUSE", "KWT", "YEM"), "{:?}", triples(t));
    }

    #[test]
    fn a_definite_act_or_a_patient_genitive_names_no_doer() {
        // (The article: no construct, the mention after it is another phrase.)
        let t = "ووصف مندوب الكويت الهجمات الحوثيين بالخطيرة.";
        assert!(!has(t, "ACCUSE", "KWT", "YEM"), "{:?}", triples(t));
        // (Assassinating the ambassador: the genitive is the one killed, not the killer.)
        let t = "ووصف مندوب الكويت اغتيال السفير الروسي بأنه جريمة.";
        assert!(!has(t, "ACCUSE", "KWT", "RUS"), "{:?}", triples(t));
        // (Accusing the government: the genitive is the accused.)
        let t = "ووصف مصدر رسمي سوري اتهام الحكومة الأمريكية باستخدام الأسلحة بالمسرحية.";
        assert!(!has(t, "ACCUSE", "SYR", "USA"), "{:?}", triples(t));
        // (A summit's state is its place.)
        let t = "ووصف ترامب قمة سنغافورة بأنها موقف تعارف.";
        assert!(!has(t, "ACCUSE", "USA", "SGP"), "{:?}", triples(t));
    }
}
