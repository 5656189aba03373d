//! The doer of a deed or statement condemned, criticised or described, named with it
//! (`events.tsv` rows with `act` in their recipient column: أدان، انتقد، ندد بـ، استنكر، شجب،
//! استهجن، وصف). With no party as the object, a word for a deed or statement (the
//! `event-words.tsv` kind `deed`, stems: سياسة، تصريحات، ممارسات، تدخل، صمت …) right after the verb
//! or its subject (past بـ and an opening quotation mark) judges its doer, named
//! - as its genitive: `انتقد سياسة الرئيس الأمريكي`، `ندد بتدخل إيران في الشؤون الداخلية`،
//!   `تنتقد "رسائل الولايات المتحدة المتضاربة"`، `استنكر صمت المجتمع الدولي`;
//! - after its adjectives, in لـ: `انتقد البيت الأبيض "الأفعال المتهورة" لإيران`، `انتقد
//!   التدخل المباشر للمملكة العربية السعودية`;
//! - after من قبل، من جانب، على يد within a few words: `استنكرت الحكومة التعنت المتعمد من قبل
//!   الميليشيات`، `أدانت الحكومة هذه الخطوة من جانب الإمارات`.
//!
//! Event nouns with their doer in the genitive are read by `act_object::doer` first. Not a
//! party past another preposition or a party (`التصعيد الإسرائيلي ضد قطاع غزة`: the nisba
//! is read as before), nor the judge's own side (checked by the caller).

use super::args::{attached_preposition, bare, is_comma, is_quote_mark, list_from, mention_starting, Arg, Context, TIME_WORDS};
use super::description;
use super::Input;
use marsad_lexicon::events::{EventList, Slot, TriggerKind};
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// How many commas, time words and demonstratives may open the object.
const SKIPPED: usize = 4;
/// Demonstratives before the deed (keys, without و).
const DEMONSTRATIVES: &[&str] = &["هذه", "هذا", "تلك", "ذلك", "هذي"];
/// How many words after the deed its doer may follow من قبل/من جانب.
const BY_REACH: usize = 6;
/// How many adjectives may stand between the deed and its doer in لـ.
const ADJECTIVES: usize = 3;

/// The rule tag of an event whose recipient is the doer of the deed judged.
pub(super) const RULE: &str = "+deed-doer";

/// The doers of the deed word at token `at` (or past بـ and a quotation mark).
pub(super) fn doer(ctx: &Context, input: &Input, at: usize, s1: usize) -> Option<Vec<Arg>> {
    // (Past a time set off by commas and a demonstrative: أدانت قطر، الاثنين، إطلاق …،
    // أدانت الحكومة هذه الخطوة.)
    let mut k = at;
    while k < s1 && k < at + SKIPPED && (is_comma(input, k) || TIME_WORDS.contains(&bare(&input.keys[k])) || DEMONSTRATIVES.contains(&bare(&input.keys[k]))) {
        k += 1;
    }
    let mut k = past_framing(input, k, s1);
    // (ندد بـ"الممارسات": a lone بـ, then the quotation mark.)
    if k < s1 && input.keys[k] == "ب" {
        k += 1;
    }
    if k < s1 && is_quote_mark(input, k) {
        k += 1;
    }
    if k + 1 >= s1 || ctx.in_mention(k) || input.tokens[k].kind != TokenKind::Arabic || !is_deed(input, &input.keys[k]) {
        return None;
    }
    let args = |m: usize| -> Option<Vec<Arg>> {
        let list: Vec<Arg> = list_from(ctx, input, m, s1).into_iter().map(|l| Arg::from_mention(&input.mentions[l], input.home)).filter(|a| a.country.is_some()).collect();
        (!list.is_empty()).then_some(list)
    };
    // Its genitive: a noun without the article, the party right after it.
    let definite = key_is_definite(&input.keys[k]) && !super::opens_with_hamza_below(input.tokens[k].text(input.text));
    if !definite {
        if let Some(m) = mention_starting(ctx, input, k + 1).filter(|&m| !input.mentions[m].prepositional) {
            return args(m);
        }
    }
    // After its adjectives (and a closing quotation mark), a party in لـ: only for a word
    // that is no event noun, whose لـ names the one struck or threatened (تهديدات لإسرائيل).
    if !names_its_target_in_lam(input, k) {
        let mut j = k + 1;
        let mut words = 0;
        while j < s1 {
            if let Some(m) = mention_starting(ctx, input, j) {
                if attached_preposition(input, &input.mentions[m]) == Some('ل') {
                    return args(m);
                }
                break;
            }
            if is_quote_mark(input, j) {
                j += 1;
                continue;
            }
            // (Adjectives carry the article; one that takes its own object in لـ, a key
            // holding a `lam-participle`, ends the search: التصريحات المسيئة للسعودية.)
            let key = input.keys[j].as_str();
            if words == ADJECTIVES || input.tokens[j].kind != TokenKind::Arabic || !key_is_definite(key) || input.lexicon.events().list(EventList::LamParticiple).iter().any(|p| key.contains(p.as_str())) {
                break;
            }
            words += 1;
            j += 1;
        }
    }
    // Its doer after من قبل، من جانب، على يد.
    let hi = (k + 1 + BY_REACH).min(s1);
    let by = (k + 1..hi).find(|&j| is_by(input, j, s1))?;
    // (Nothing but words of the deed's phrase before it: no party, no punctuation.)
    if (k + 1..by).any(|j| ctx.in_mention(j) || input.tokens[j].kind == TokenKind::Punct && !is_quote_mark(input, j)) {
        return None;
    }
    let m = mention_starting(ctx, input, by + 2)?;
    args(m)
}

/// Past "what he called" (`ندد بما وصفه بتدخل إيران`، `انتقد ما زعم أنه التدخل المباشر
/// للمملكة`، `بما اعتبره صمت المجتمع الدولي`): where the deed word starts. The verbs that
/// frame the deed as the judge's own words are the starts of the key after ما of kind
/// `framing` (وصف، يصف، اعتبر، سما، زعم …).
fn past_framing(input: &Input, at: usize, s1: usize) -> usize {
    if at + 2 >= s1 || !matches!(input.keys[at].as_str(), "ما" | "بما" | "لما") || !input.lexicon.events().list(EventList::Framing).iter().any(|f| input.keys[at + 1].starts_with(f.as_str())) {
        return at;
    }
    let k = at + 2;
    if matches!(input.keys[k].as_str(), "انه" | "انها" | "بانه" | "بانها") {
        k + 1
    } else {
        k
    }
}

/// Is the word at `k` an event noun whose recipient may stand in لـ (its row's slots, or
/// the usual ones: تهديدات لإسرائيل)?
fn names_its_target_in_lam(input: &Input, k: usize) -> bool {
    let ev = input.lexicon.events();
    ev.lookup(&input.keys[k]).is_some_and(|hit| {
        hit.forms.iter().any(|f| {
            let t = ev.trigger(f.trigger);
            t.kind == TriggerKind::Noun && (t.recipient.is_empty() || t.recipient.iter().any(|s| matches!(s, Slot::Prep(p) if p == "ل")))
        })
    })
}

/// Is the key a word for a deed or statement one is judged by (kind `deed`)?
fn is_deed(input: &Input, key: &str) -> bool {
    input.lexicon.events().in_list(EventList::Deed, description::stem(key))
}

/// Do من قبل، من جانب، على يد، على أيدي open at token `j`?
fn is_by(input: &Input, j: usize, s1: usize) -> bool {
    j + 2 < s1
        && match input.keys[j].as_str() {
            "من" => matches!(input.keys[j + 1].as_str(), "قبل" | "جانب"),
            "علي" => matches!(input.keys[j + 1].as_str(), "يد" | "ايدي"),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    fn judged(t: &str, actor: &str, recipient: &str) -> bool {
        sides(t, "ACCUSE").contains(&pair(actor, recipient))
    }

    #[test]
    fn the_genitive_of_a_deed_condemned_is_its_doer() {
        let t = "وانتقد الرئيس الفرنسي سياسة الرئيس الأمريكي دونالد ترامب التجارية.";
        assert!(judged(t, "FRA", "USA"), "{:?}", sides(t, "ACCUSE"));
        let t = "ونددت الحكومة المغربية بتدخل إيران في الشؤون الداخلية للمملكة.";
        assert!(judged(t, "MAR", "IRN"), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn a_doer_in_lam_after_the_deeds_adjectives_or_after_min_qibal() {
        let t = "من جهته، انتقد البيت الأبيض الجمعة \"الأفعال المتهورة\" لإيران، محذرا من عواقبها.";
        assert!(judged(t, "USA", "IRN"), "{:?}", sides(t, "ACCUSE"));
        let t = "وأدانت الحكومة اليمنية هذه الخطوة من جانب الإمارات في بيان رسمي.";
        assert!(judged(t, "YEM", "ARE"), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn a_deed_framed_as_the_judges_words() {
        let t = "وكان نصرالله قد انتقد ما زعم أنه التدخل المباشر للمملكة العربية السعودية في الشأن اللبناني.";
        assert!(judged(t, "LBN", "SAU"), "{:?}", sides(t, "ACCUSE"));
        let t = "ونددت الحكومة المغربية بما وصفته بتدخل إيران في الشؤون الداخلية للمملكة.";
        assert!(judged(t, "MAR", "IRN"), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn no_doer_past_another_preposition_or_for_a_word_of_no_deed() {
        // (The party after ضد is the one the deed is aimed at, not its doer.)
        let t = "وأدانت الحكومة الأردنية التصعيد ضد قطاع غزة.";
        assert!(!judged(t, "JOR", "PSE"), "{:?}", sides(t, "ACCUSE"));
        // (A place named after a word of no deed.)
        let t = "وانتقد الوزير الفرنسي الوضع في سوريا.";
        assert!(!judged(t, "FRA", "SYR"), "{:?}", sides(t, "ACCUSE"));
    }
}
