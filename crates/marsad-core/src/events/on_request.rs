//! An act done at someone's request (`عقد مجلس الأمن جلسة بناء على طلب الكويت`، `لم يحضر
//! ترامب الجنازة بطلب من عائلة ماكين`، `استجابة لطلب بغداد`): the request noun names its
//! maker, and the one asked is the one who acts, the party of the clause before the phrase.
//! The noun alone leaves that side empty. A call (`بدعوة من X`) is read the same way when
//! it convenes a meeting (`التأم مجلس الأمن بدعوة من الكويت` → KWT → IGOUNO); after a visit
//! it is an invitation, the visit hosted (`hosted_visit.rs`).

use super::args::{Arg, Context};
use super::{hosted_visit, EventSpan, Input};
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::normalize::key;
use marsad_text::token::TokenKind;

/// How many tokens before the phrase the acting party's clause may open.
const BACK: usize = 20;

/// Give each request noun of a sentence (its events from `first_of_sentence` in `out`)
/// that follows `بناء على`، `بـ` or `استجابة، تلبية لـ` and has a maker but no recipient
/// the first party of the clause before the phrase. A call after a visit becomes the
/// visit hosted by its maker, the visitor that party when it is of another country.
pub fn find(input: &Input, ctx: &Context, s0: usize, out: &mut [EventSpan], first_of_sentence: usize) {
    // Acts told with no one doing them: their clause names their patient, not the one asked.
    let agentless: Vec<usize> = out[first_of_sentence..].iter().filter(|e| e.actors.is_empty()).map(|e| e.trigger.0).collect();
    for e in &mut out[first_of_sentence..] {
        if e.kind == "REQUEST" && e.rule.contains("+noun:دعوة") {
            hosted_by_caller(input, ctx, s0, e);
            continue;
        }
        let call = e.rule.starts_with("noun:دعوة");
        if e.kind != "REQUEST" || !(call || e.rule.starts_with("noun:طلب")) || e.actors.is_empty() || !e.recipients.is_empty() {
            continue;
        }
        let Some(phrase) = phrase_start(input, e.trigger.0, s0) else { continue };
        if call && hosted_visit::visit_before(input, phrase, s0) {
            let host = e.actors[0].country.clone();
            let visitor = party_before(input, ctx, phrase, s0, &[]).filter(|v| v.country != host);
            hosted_visit::host(e, None, visitor);
            continue;
        }
        let Some(asked) = party_before(input, ctx, phrase, s0, &agentless) else { continue };
        if e.actors.iter().any(|a| a.tok_start == asked.tok_start) {
            continue;
        }
        e.recipients = vec![asked];
        e.rule.push_str("+on-request");
    }
}

/// A support verb's call told as its subject's (`توجه الرئيس التركي إلى برلين بدعوة من
/// المستشارة`): with `من` after the noun and a visit before it, the party after `من` hosts
/// the subject's visit.
fn hosted_by_caller(input: &Input, ctx: &Context, s0: usize, e: &mut EventSpan) {
    let noun = e.trigger.1.saturating_sub(1);
    if e.actors.is_empty() || !e.recipients.is_empty() || phrase_start(input, noun, s0) != Some(noun) || !hosted_visit::visit_before(input, noun, s0) {
        return;
    }
    let Some(host) = super::args::mention_starting(ctx, input, noun + 2).map(|m| Arg::from_mention(&input.mentions[m], input.home)) else { return };
    let visitor = e.actors[0].clone();
    if host.country.is_some() && host.country != visitor.country {
        hosted_visit::host(e, Some(host), Some(visitor));
    }
}

/// Is the noun at `noun` (trigger `t`) a request or call in a phrase of acting at
/// someone's request (`وعقد مجلس الأمن جلسة طارئة بطلب من الكويت`، `ويعقد المجلس بدعوة من
/// فرنسا اجتماعا`، `أطلق التحالف عملية استجابة لطلب الحكومة`)? A support verb before it
/// holds the act done, not the request (it read the council as asking): the noun stands
/// alone and `find` gives it the one asked. Not a call after a visit, which a support verb
/// of travelling makes the visitor's invitation (`hosted_by_caller`).
pub(super) fn at_request(input: &Input, t: &Trigger, noun: usize, s0: usize) -> bool {
    if t.kind != TriggerKind::Noun || t.event.as_deref() != Some("REQUEST") {
        return false;
    }
    let call = key(&t.lemma) == key("دعوة");
    phrase_start(input, noun, s0).is_some_and(|phrase| !(call && hosted_visit::visit_before(input, phrase, s0)))
}

/// Where the phrase "at the request of" opens, if the request noun at `noun` is in one.
fn phrase_start(input: &Input, noun: usize, s0: usize) -> Option<usize> {
    let word = |k: usize| input.keys[k].strip_prefix('و').unwrap_or(&input.keys[k]).to_string();
    let here = word(noun);
    // (Only with من: `النظر بطلب المدعي العام` is "to look into the request"; `بدعوة
    // الدوحة إلى` is a call made, its genitive the one called.)
    // (`تقدمت الشركة بطلب من أجل تأجيل الجلسة` is a request made "for" something.)
    if here == key("بطلب") || here == key("بدعوة") {
        let by = input.keys.get(noun + 1).is_some_and(|k| k == "من") && input.keys.get(noun + 2).is_none_or(|k| k != "اجل");
        return by.then_some(noun);
    }
    let before = noun.checked_sub(1).filter(|&k| k >= s0)?;
    if here == key("لطلب") && [key("استجابة"), key("تلبية")].contains(&word(before)) {
        return Some(before);
    }
    let on = before.checked_sub(1).filter(|&k| k >= s0)?;
    (here == key("طلب") && input.keys[before] == key("على") && word(on) == key("بناء")).then_some(on)
}

/// The first party of the clause the phrase ends (after the last complementizer or
/// relative, else from the sentence's start) that no preposition governs, nor a list
/// that one governs (`مع السودان وإثيوبيا`). None when the clause is passive (`تم اعتقال
/// الأتراك`: the one named is the patient), the request is negated (`ليس بناء على طلب`)
/// or an act in it has no one doing it; a quotation mark opens a clause.
fn party_before(input: &Input, ctx: &Context, phrase: usize, s0: usize, agentless: &[usize]) -> Option<Arg> {
    let bare = |k: usize| {
        let key = input.keys[k].as_str();
        key.strip_prefix('و').filter(|r| r.chars().count() > 1).unwrap_or(key)
    };
    if phrase > s0 && NEGATIONS.contains(&bare(phrase - 1)) {
        return None;
    }
    let lo = phrase.saturating_sub(BACK).max(s0);
    let quote_mark = |k: usize| input.tokens[k].kind == TokenKind::Punct && QUOTE_MARKS.contains(&input.tokens[k].text(input.text));
    let clause = (lo..phrase).rev().find(|&k| quote_mark(k) || !ctx.in_mention(k) && opens_clause(bare(k))).map_or(lo, |k| k + 1);
    if agentless.iter().any(|&t| (clause..phrase).contains(&t)) {
        return None;
    }
    let mut previous_governed: Option<usize> = None;
    let mut k = clause;
    while k < phrase {
        let Some(m) = ctx.mention_of(k) else {
            if super::impersonal_passive::PASSIVE_FRAMES.contains(&bare(k)) {
                return None;
            }
            k += 1;
            continue;
        };
        let mention = &input.mentions[m];
        let conjunct = input.keys[mention.tok_start].starts_with('و') && previous_governed == Some(mention.tok_start);
        let governed = conjunct || super::meeting_purpose::governed(ctx, input, m) || (mention.tok_start > s0 && ACCORDING_TO.contains(&bare(mention.tok_start - 1)));
        if mention.tok_start >= clause && mention.tok_end <= phrase && mention.country.is_some() && !governed {
            return Some(Arg::from_mention(mention, input.home));
        }
        previous_governed = governed.then_some(mention.tok_end);
        k = mention.tok_end.max(k + 1);
    }
    None
}

/// Keys (folded, no و) that open the clause the act is told in: complementizers with or
/// without their pronoun, and relatives.
fn opens_clause(key: &str) -> bool {
    let key = key.strip_prefix('ل').or_else(|| key.strip_prefix('ب')).filter(|r| r.starts_with("ان")).unwrap_or(key);
    matches!(key, "ان" | "انه" | "انها" | "انهم" | "انهما" | "الذي" | "التي" | "الذين")
}

/// A negation right before the phrase (`ولكن ليس بناء على طلب بلادها`): no request made.
const NEGATIONS: &[&str] = &["ليس", "لا", "غير", "دون", "بدون"];
/// Words of reporting that govern a party as a preposition does (`حسب موسكو ودمشق`).
const ACCORDING_TO: &[&str] = &["حسب", "بحسب", "وفق", "وفقا"];
const QUOTE_MARKS: &[&str] = &["\"", "«", "»", "“", "”"];

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn the_one_who_acts_at_a_request_is_the_one_asked() {
        let text = "وعقد مجلس الأمن الدولي جلسة طارئة مساء الجمعة بناء على طلب الكويت لبحث الأوضاع.";
        assert!(sides(text, "REQUEST").contains(&pair("KWT", "IGOUNO")), "{:?}", sides(text, "REQUEST"));
        let text = "وتراجعت روسيا عن تسليم المنظومة لسوريا بطلب من إسرائيل.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("ISR", "RUS")]);
    }

    #[test]
    fn a_support_verb_before_the_phrase_holds_the_act_not_the_request() {
        // (عقد governed طلب and read the council as asking.)
        let text = "وعقد مجلس الأمن الدولي جلسة طارئة بطلب من الكويت.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("KWT", "IGOUNO")]);
        let text = "وعقد مجلس الأمن الدولي جلسة طارئة بدعوة من الكويت.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("KWT", "IGOUNO")]);
        // A request made "for" something stays its support verb's (the company asks).
        let text = "وتقدمت شركة لافارج الفرنسية بطلب من أجل تأجيل جلسة استجوابها.";
        assert!(sides(text, "REQUEST").iter().any(|(a, _)| a.as_deref() == Some("FRA")), "{:?}", sides(text, "REQUEST"));
        // A travelling verb's call stays the visitor's invitation, hosted by the caller.
        let text = "وتوجه الرئيس التركي إلى برلين بدعوة من المستشارة الألمانية.";
        assert!(sides(text, "CONSULT").contains(&pair("DEU", "TUR")), "{:?}", sides(text, "CONSULT"));
    }

    #[test]
    fn a_party_after_a_preposition_is_not_the_one_asked() {
        // (Syria, after إلى, receives the system; Russia, the subject, was asked.)
        let text = "وقال مسؤول إن روسيا علقت تسليم المنظومة إلى سوريا بطلب من إسرائيل.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("ISR", "RUS")]);
        // (A request noun with no phrase before it keeps its empty side.)
        let text = "وقدمت الولايات المتحدة طلبا رسميا.";
        assert!(sides(text, "REQUEST").iter().all(|(_, r)| r.is_none()), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn a_list_a_preposition_governs_is_no_one_asked() {
        let text = "وأعلنت مصر تأجيل الجولة مع السودان وإثيوبيا بناء على طلب من إثيوبيا بعد استقالة رئيس وزرائها.";
        assert!(sides(text, "REQUEST").contains(&pair("ETH", "EGY")), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn a_passive_clause_or_a_denied_request_names_no_one_asked() {
        let text = "وتم تأجيل جلسة مجلس الأمن بطلب من الكويت.";
        assert!(sides(text, "REQUEST").iter().all(|(_, r)| r.is_none()), "{:?}", sides(text, "REQUEST"));
        let text = "وعاد السفير السعودي إلى بلاده، ولكن ليس بناء على طلب الولايات المتحدة.";
        assert!(sides(text, "REQUEST").iter().all(|(_, r)| r.is_none()), "{:?}", sides(text, "REQUEST"));
    }
}
