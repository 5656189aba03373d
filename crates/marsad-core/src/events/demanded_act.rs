//! The party named inside what a demand asks for, when no one is asked by name (`دعت
//! الجماعة إلى إخراج مصر من الأزمة`، `طالب النواب بتنحي الرئيس`، `دعا إلى قيام إسرائيل
//! بوقف الاستيطان`): the demanded act is a verbal noun in construct, and its genitive, the
//! one who is to do it or the party it is about, is the request's recipient, as the labels
//! code it (`طالبت X بانسحاب القوات التركية` → TUR). A verbal noun that is itself an event
//! already lends its party as the demand's content (`events.rs`); this reads the others.
//! Not a noun of protecting, sparing or helping, whose genitive is the one it is done for
//! (`دعا إلى حماية المدنيين`), nor of handing over or punishing, whose genitive is the one
//! it is done to (`طالب بتسليم المطلوبين`، `بمحاسبة المسؤولين`): neither is asked.

use super::args::{self, bare, Arg, Context};
use super::Input;
use marsad_text::normalize::nisba_shaped;
use marsad_text::token::TokenKind;

/// Prepositions that open a demand's complement as words of their own (keys).
const OPENERS: &[&str] = &["الي", "علي", "ب", "ل"];

/// Verbal nouns whose genitive is the one the act is done for or to, not the one asked
/// (keys, without the preposition).
const NOT_ASKED: &[&str] = &[
    "حمايه", "تجنيب", "مساعده", "انقاذ", "اغاثه", "مسانده", "انصاف", "نصره", "تمكين", "تسليم", "منح", "احاله", "محاسبه", "معاقبه",
    "محاكمه", "ملاحقه", "توفير", "تامين", "ضمان",
];

/// Words written with ب or ل that are no verbal noun of a demand (keys, without it).
const NOT_NOUNS: &[&str] = &["حق", "عض", "ين", "عد", "سبب", "شان", "دون", "عدم", "دي", "كن", "ذلك", "ها", "ه", "هم"];

/// The party in construct after the verbal noun that opens the complement at `lo` (after
/// the verb's subject, up to `s1`), or none. The noun has no article (a definite noun
/// takes no genitive), is no event word and no noun of `NOT_ASKED`; the party follows it
/// with no preposition and has a country.
pub(super) fn party(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<Vec<Arg>> {
    let noun = noun_at(ctx, input, lo, s1)?;
    let m = args::mention_starting(ctx, input, noun + 1).filter(|&m| {
        let mention = &input.mentions[m];
        // (A one-word name shaped as a nisba right after the noun is its adjective: ضبط مالي
        // "financial", not Mali.)
        let adjective = mention.tok_end == mention.tok_start + 1 && nisba_shaped(&input.keys[mention.tok_start]);
        !mention.prepositional && mention.country.is_some() && !adjective
    })?;
    Some(args::list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect())
}

/// The token of the verbal noun a demand's complement at `lo` opens with: after a
/// preposition written apart (إلى إخراج، بـ"إسقاط), or the word itself with ب or ل on it
/// (بتنحي، لإخراج).
fn noun_at(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<usize> {
    if lo + 1 >= s1 || ctx.in_mention(lo) {
        return None;
    }
    let key = bare(&input.keys[lo]);
    let (k, stem) = if OPENERS.contains(&key) {
        let k = if args::is_quote_mark(input, lo + 1) { lo + 2 } else { lo + 1 };
        (k, input.keys.get(k).map(|s| bare(s))?)
    } else {
        let stem = key.strip_prefix('ب').or_else(|| key.strip_prefix('ل'))?;
        (lo, stem)
    };
    let noun = k + 1 < s1
        && input.tokens[k].kind == TokenKind::Arabic
        && !ctx.in_mention(k)
        && stem.chars().count() >= 3
        && !stem.starts_with("ال")
        && !stem.starts_with('ل')
        && !NOT_NOUNS.contains(&stem)
        && !NOT_ASKED.contains(&stem)
        && !args::is_trigger(input, k);
    noun.then_some(k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn the_party_in_the_demanded_act_is_the_one_asked() {
        let s = sides("دعت جماعة الإخوان المسلمين إلى إخراج مصر من أزمتها الاقتصادية.", "REQUEST");
        assert!(s.contains(&(Some("EGY".into()), Some("EGY".into()))), "{s:?}");
        let s = sides("ودعا الاتحاد الأوروبي إلى رحيل الرئيس السوداني عن السلطة.", "REQUEST");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("SDN")), "{s:?}");
    }

    #[test]
    fn one_protected_or_handed_over_is_not_asked() {
        let s = sides("ودعا الاتحاد الأوروبي إلى حماية المدنيين الفلسطينيين في غزة.", "REQUEST");
        assert!(s.iter().all(|(_, r)| r.is_none()), "{s:?}");
        let s = sides("ودعت الحكومة العراقية إلى تسليم المسؤولين الأتراك المطلوبين.", "REQUEST");
        assert!(s.iter().all(|(_, r)| r.as_deref() != Some("TUR")), "{s:?}");
    }

    #[test]
    fn a_nisba_shaped_name_after_the_noun_is_its_adjective() {
        let s = sides("ودعا صندوق النقد الدولي إلى ضبط مالي عاجل لخفض الدين.", "REQUEST");
        assert!(s.iter().all(|(_, r)| r.as_deref() != Some("MLI")), "{s:?}");
    }

    #[test]
    fn the_noun_may_follow_a_preposition_written_apart_and_a_quotation_mark() {
        let s = sides("وطالب المتظاهرون العراقيون بـ\"رحيل الحكومة العراقية\" فورا.", "REQUEST");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("IRQ")), "{s:?}");
    }
}
