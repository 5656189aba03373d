//! A party described as accused: the passive participle of اتهم right before its charge in
//! بـ (`طهران المتهمة بدعم الحوثيين`، `ميليشيات حزب الله المتهمة بتدبير الاغتيال`، `الحوثيين
//! في اليمن المتهمين بالتعاون مع إيران`، `أنهما متهمان بالتجسس`). The text tells a charge
//! and the one charged, not who charges: ACCUSE 112 with no actor, the described party the
//! recipient, as the labels code it (eval/dev9, dev12). On the shared corpus the participle
//! stands before a charge in بـ about 480 times, in every outlet, and made no event.
//!
//! The party is the mention right before the participle (past a closing quotation mark,
//! and for the definite participle a comma: `حركة "حسم"، المتهمة`), with the list it ends;
//! a mention governed by a preposition of its own (`في اليمن`) is a place or a complement,
//! so the mention right before that preposition is taken instead, or none. One party, no
//! list. Not after a negation (`غير متهم`), nor with the charge a pronoun (`المتهم بها
//! نتانياهو`: the charged follows), nor for a party of no code. A pronoun subject (`أنه
//! متهم`) is left: its nearest agreeing mention was another party in 3 of 5 corpus sites
//! read (`وقالت الوزارة إنه متهم` → the FBI).

use super::args::{self, Arg, Context};
use super::{accused_passive, EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// The passive participle of اتهم (keys, ة folded into ه), with no article or preposition.
const ACCUSED: &[&str] = &["متهم", "متهمه", "متهمين", "متهمون", "متهمان", "متهمتان", "متهمتين", "متهمات"];
/// Words (keys) before the participle that deny the charge.
const NEGATIONS: &[&str] = &["غير", "ليس", "ليست", "ليسوا", "لست", "لسنا"];
/// The charge as a pronoun (keys): the one charged is named after it.
const PRONOUN_CHARGES: &[&str] = &["به", "بها", "بهم", "بهما", "بهن"];

/// The rule tag of the events this module makes.
const RULE: &str = "accused-participle";

/// Add an ACCUSE with no actor for each party described as accused in the sentence
/// (tokens `s0..s1`) that no event of the sentence (from `first_of_sentence` on) tells
/// at the participle.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>, first_of_sentence: usize) {
    // One substring search of the sentence is cheaper than a look at every token.
    if !input.text.get(sent.0..sent.1).is_some_and(|t| t.contains("متهم")) {
        return;
    }
    for k in s0 + 1..s1.saturating_sub(1) {
        let Some(definite) = participle(&input.keys[k]) else { continue };
        if ctx.in_mention(k) || !charge_follows(input, ctx, k + 1) || NEGATIONS.contains(&args::bare(&input.keys[k - 1])) {
            continue;
        }
        if out[first_of_sentence..].iter().any(|e| e.kind == "ACCUSE" && e.trigger.0 == k) {
            continue;
        }
        let accused = described(input, k, definite, s0);
        if accused.is_empty() || accused.iter().all(Arg::is_uncoded) {
            continue;
        }
        out.push(EventSpan::told(input, ctx, ("ACCUSE", "112", None), (Vec::new(), accused), (sent, (k, k + 1)), RULE.into()));
    }
}

/// Is the key a form of the participle (و، ف، the article, لل، بال seen through), and is it
/// definite?
fn participle(key: &str) -> Option<bool> {
    let k = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).filter(|r| r.contains("متهم")).unwrap_or(key);
    let (k, definite) = match ["ال", "لل", "بال"].iter().find_map(|p| k.strip_prefix(p)) {
        Some(r) => (r, true),
        None => (k, false),
    };
    ACCUSED.contains(&k).then_some(definite)
}

/// Does a charge in بـ (not a pronoun) come at token `k`?
fn charge_follows(input: &Input, ctx: &Context, k: usize) -> bool {
    accused_passive::charge_at(input, ctx, k) && !PRONOUN_CHARGES.contains(&input.keys[k].as_str())
}

/// The party the participle at `k` describes (see the module comment).
fn described(input: &Input, k: usize, definite: bool, s0: usize) -> Vec<Arg> {
    let mut j = k;
    while j > s0 && input.tokens[j - 1].kind == TokenKind::Punct && (args::is_quote_mark(input, j - 1) || definite && args::is_comma(input, j - 1)) {
        j -= 1;
    }
    let Some(mut m) = ending_at(input, j) else { return Vec::new() };
    // (A mention after a preposition of its own is no head: the one before that preposition.)
    let start = input.mentions[m].tok_start;
    if start > s0 && args::is_preposition(&input.keys[start - 1]) {
        match ending_at(input, start - 1) {
            Some(head) => m = head,
            None => return Vec::new(),
        }
    }
    // (One party, not a list: before a comma the mention may end another phrase, `بالداعية
    // المقيم في أمريكا، فتح الله غولن، المتهم`.)
    vec![Arg::from_mention(&input.mentions[m], input.home)]
}

/// The longest mention ending right before token `end`.
fn ending_at(input: &Input, end: usize) -> Option<usize> {
    input.mentions.iter().enumerate().filter(|(_, m)| m.tok_end == end).min_by_key(|(_, m)| m.tok_start).map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, sides};

    fn accused(t: &str) -> Vec<Option<String>> {
        events(t).iter().filter(|e| e.rule == super::RULE).flat_map(|e| e.recipients.iter().map(|r| r.country.clone())).collect()
    }

    #[test]
    fn the_party_before_the_participle_is_accused_by_no_one_named() {
        let t = "وتواصل طهران المتهمة بدعم الحوثيين نفي أي دور لها في اليمن.";
        assert!(sides(t, "ACCUSE").contains(&(None, Some("IRN".into()))), "{:?}", events(t));
        let t = "وجاء ذلك بالتزامن مع دعم دمشق لميليشيات حزب الله المتهمة بتدبير الاغتيال.";
        assert_eq!(accused(t), vec![Some("LBN".into())], "{:?}", events(t));
    }

    #[test]
    fn past_a_place_in_a_preposition_the_head_before_it() {
        let t = "وتقود السعودية تحالفا ضد الحوثيين في اليمن المتهمين بالتعاون مع إيران.";
        assert_eq!(accused(t), vec![Some("YEM".into())], "{:?}", events(t));
        // (A place with no head before its preposition: no party.)
        let t = "وقال إن رجلا في فرنسا متهم بالتخطيط لهجوم.";
        assert!(accused(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn a_pronoun_subject_is_left_and_a_comma_ends_no_list() {
        let t = "وقالت وزارة العدل الأمريكية إنه متهم بنقل معلومات إلى الصين.";
        assert!(accused(t).is_empty(), "{:?}", events(t));
        let t = "وأدين الصحفيون بعلاقتهم بالداعية المقيم في أمريكا، فتح الله غولن، المتهم بتدبير محاولة الانقلاب.";
        assert!(!accused(t).contains(&Some("USA".into())), "{:?}", events(t));
    }

    #[test]
    fn no_charge_denied_or_told_as_a_pronoun_and_no_active_participle() {
        let t = "وقالت المحكمة إن الرئيس الفرنسي غير متهم بالفساد.";
        assert!(accused(t).is_empty(), "{:?}", events(t));
        let t = "وبالرغم من قضايا الفساد المتهم بها نتانياهو، ترجح الاستطلاعات فوزه.";
        assert!(accused(t).is_empty(), "{:?}", events(t));
        // The active participle takes its object before the charge: the old reading.
        let t = "وقطعت الحكومة المغربية علاقاتها مع طهران، متهمة إيران بتسليح الانفصاليين.";
        assert!(accused(t).is_empty(), "{:?}", events(t));
        assert!(sides(t, "ACCUSE").contains(&(Some("MAR".into()), Some("IRN".into()))), "{:?}", events(t));
    }
}
