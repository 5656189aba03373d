//! The accused of an active verb of accusing named past an aside, right before the charge
//! (`اتهمت بريطانيا والولايات المتحدة الاثنين في بيان مشترك روسيا بتنفيذ أنشطة تجسس`،
//! `واتهم السيسي في حوار، نشرته جريدة الشاهد، جماعة الإخوان بأنها قادت الفوضى`، `اتهم كير في
//! ديسمبر 2013 نائبه مشار بالتخطيط`، `اتهمت لندن كلا من روسيا وسوريا بعرقلة`). The active
//! names its object before its charge (`accused_passive`), so the party, or list of
//! parties, that ends right before the first charge word after the subject is the accused,
//! whatever stands between (a time, a setting in في or خلال, a description set off by
//! commas): the object reader stops at those and left the accusation one-sided.
//!
//! Not a party governed by a preposition (`بالاحتيال على وزارة الخزانة`: the first charge
//! comes before it), nor one past another trigger or the end of the clause; the first word
//! in بـ outside a party ends the search, charge or not (`الدول التي اتخذت قرارات بإبعاد
//! دبلوماسييها`: no accused).

use super::args::{is_comma, is_preposition, is_quote_mark, is_trigger, list_from, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;

/// How many tokens past the subject the accused may end.
const REACH: usize = 16;

/// Words opening with ب that are no charge: manners, times, causes and settings (بشدة،
/// بعد، بمناسبة), and nouns whose ب is their own (في بيان مشترك، بلاده).
const NOT_A_CHARGE: &[&str] = &[
    "بشده", "بقوه", "بوضوح", "بصراحه", "بدوره", "بدورها", "بالمقابل", "بالتالي", "بعد", "بين", "بينما", "بسبب", "بدون", "بلا", "بعض", "بمناسبه", "بحسب",
    "بشان", "بحق", "بل", "بيان", "بيانه", "بيانها", "بيانات", "بلاد", "بلاده", "بلادها", "بلادهم", "بدايه", "برنامج",
];

/// Give each one-sided active accusation of اتهم the party named right before its charge.
pub(super) fn find(input: &Input, ctx: &Context, out: &mut [EventSpan]) {
    for e in out.iter_mut() {
        if e.kind != "ACCUSE" || !e.recipients.is_empty() || e.actors.is_empty() || e.trigger.1 != e.trigger.0 + 1 || !e.rule.starts_with("verb:اتهم") {
            continue;
        }
        if !active_form(&input.keys[e.trigger.0]) {
            continue;
        }
        let (_, s1) = input.token_range(e.sentence);
        let start = super::act_object::object_start(&e.actors, e.trigger.1);
        if let Some(list) = accused(input, ctx, &e.actors, start, s1) {
            e.recipients = list;
            e.rule.push_str(RULE);
        }
    }
}

/// The rule tag of an accused found past an aside.
const RULE: &str = "+accused-past-aside";

/// A finite form of اتهم with no object pronoun, or its active participle (ومتهما).
fn active_form(key: &str) -> bool {
    let k = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    super::accused_passive::is_bare_form(k) || matches!(k, "متهما" | "متهمه" | "متهمين")
}

/// The parties ending right before the first charge word in `[start, start + REACH)`.
fn accused(input: &Input, ctx: &Context, actors: &[Arg], start: usize, s1: usize) -> Option<Vec<Arg>> {
    let hi = (start + REACH).min(s1);
    let mut k = start;
    while k < hi {
        if !ctx.in_mention(k) {
            let token = &input.tokens[k];
            if token.kind == TokenKind::Punct && matches!(token.text(input.text), "." | "؛" | ";" | ":" | "؟" | "?" | "!") {
                return None;
            }
            if is_charge(input, k) {
                return list_ending_at(input, ctx, actors, start, k, s1);
            }
            if is_trigger(input, k) {
                return None;
            }
        }
        k += 1;
    }
    None
}

/// Is the token at `k` a word in بـ (the charge: بالتدخل، بأنه، بـ before a quoted charge)?
fn is_charge(input: &Input, k: usize) -> bool {
    let key = input.keys[k].as_str();
    input.tokens[k].kind == TokenKind::Arabic
        && key.starts_with('ب')
        && (key.chars().count() > 2 || key == "ب" && k + 1 < input.tokens.len() && is_quote_mark(input, k + 1))
        && !NOT_A_CHARGE.contains(&key)
}

/// The list of parties in `[start, charge)` that ends right before the charge (a quotation
/// mark between), its first not governed by a preposition (but `كلا من`): the longest such.
fn list_ending_at(input: &Input, ctx: &Context, actors: &[Arg], start: usize, charge: usize, s1: usize) -> Option<Vec<Arg>> {
    let end = if charge > start && is_quote_mark(input, charge - 1) { charge - 1 } else { charge };
    for m in input.mentions_in(start, end).map(|m| m.tok_start).collect::<Vec<_>>() {
        let Some(first) = super::args::mention_starting(ctx, input, m) else { continue };
        let mut list = list_from(ctx, input, first, s1);
        let last = *list.last()?;
        // (A party joined by a comma alone heads another phrase, the accused after an
        // aside's party: في حوار مع صحيفة كويتية، جماعة الإخوان بأنها. The list restarts there.)
        if let Some(cut) = (1..list.len()).rev().find(|&n| comma_only(input, input.mentions[list[n - 1]].tok_end, input.mentions[list[n]].tok_start)) {
            list.drain(..cut);
        }
        let first = list[0];
        if input.mentions[last].tok_end != end {
            continue;
        }
        let head = &input.mentions[first];
        let each_all = head.tok_start >= 2 && input.keys[head.tok_start - 1] == "من" && input.keys[head.tok_start - 2].starts_with("كلا");
        let governed = head.tok_start > start && is_preposition(&input.keys[head.tok_start - 1]) && !each_all;
        // (A governed party may head a list that ends at the charge, the accused after
        // its comma: في حوار مع صحيفة كويتية، جماعة الإخوان بأنها; the list from the next.)
        if head.prepositional || governed || actors.iter().any(|a| a.tok_start == head.tok_start) {
            continue;
        }
        let args: Vec<Arg> = list.iter().map(|&l| Arg::from_mention(&input.mentions[l], input.home)).filter(|a| a.country.is_some()).collect();
        return (!args.is_empty()).then_some(args);
    }
    None
}

/// Do only commas stand in `[from, to)`, and no و opens the token at `to`?
fn comma_only(input: &Input, from: usize, to: usize) -> bool {
    from < to && (from..to).all(|k| is_comma(input, k)) && !input.keys[to].starts_with('و')
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair, sides};

    fn accuses(t: &str, actor: &str, recipient: &str) -> bool {
        sides(t, "ACCUSE").contains(&pair(actor, recipient))
    }

    #[test]
    fn the_party_right_before_the_charge_past_a_setting_is_the_accused() {
        let t = "اتهمت بريطانيا والولايات المتحدة الاثنين في بيان مشترك من النادر صدوره روسيا بتنفيذ أنشطة تجسس معلوماتي.";
        assert!(accuses(t, "GBR", "RUS"), "{:?}", sides(t, "ACCUSE"));
        let t = "واتهم نتنياهو، في مؤتمر صحفي، مساء الاثنين، إيران بالكذب بشأن السعي لامتلاك سلاح نووي.";
        assert!(accuses(t, "ISR", "IRN"), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn each_of_a_list_named_with_kulla_min_is_accused() {
        let t = "اتهمت لندن كلا من روسيا وسوريا بعرقلة وصول بعثة تقصي الحقائق إلى دوما.";
        let found = events(t);
        assert!(found.iter().any(|e| e.kind == "ACCUSE" && e.recipients.len() == 2 && e.recipients[1].country.as_deref() == Some("SYR")), "{found:?}");
    }

    #[test]
    fn a_party_past_the_first_charge_or_after_a_preposition_is_not_accused() {
        // (The charge comes first: the treasury is what was defrauded.)
        let t = "وتتهم السلطات القضائية الأميركية الأخوين بالاحتيال على وزارة الخزانة الأميركية بمبلغ كبير.";
        assert!(!sides(t, "ACCUSE").iter().any(|(_, r)| r.as_deref() == Some("USA")), "{:?}", sides(t, "ACCUSE"));
        // (A word in بـ inside the aside ends the search.)
        let t = "واتهمت الخارجية الروسية الدول التي اتخذت قرارات بإبعاد دبلوماسييها بـ\"اتباع\" بريطانيا.";
        assert!(!accuses(t, "RUS", "RUS"), "{:?}", sides(t, "ACCUSE"));
        // (A party after a preposition is a partner or a place, not the accused.)
        let t = "واتهم لافروف خلال مؤتمر صحفي مع تركيا بالتضليل الإعلامي.";
        assert!(!accuses(t, "RUS", "TUR"), "{:?}", sides(t, "ACCUSE"));
    }
}
