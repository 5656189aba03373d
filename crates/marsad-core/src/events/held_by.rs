//! Detention or siege told by a passive participle and its holder (`محتجزون من جانب
//! السلطات السودانية`، `الأطفال الفلسطينيين المعتقلين لدى الاحتلال`، `مدينة تعز المحاصرة من
//! قبل الحوثيين`): COERCE (173 arrest, 191 blockade) by the holder named right after لدى or
//! an agent phrase, against the party the participle describes when it stands right
//! before it. The participles are no triggers of `events.tsv`: alone (`المعتقلين`، `معتقل
//! غوانتانامو`، `المناطق المحاصرة`) they name the held, a camp or a place, not an act; only
//! the holder named with them tells who holds whom.

use super::any_noun;
use super::args::{self, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// Stems of the passive participles of detaining and besieging (keys: ة is read ه),
/// before their endings (محتجز، محتجزه، محتجزون، محتجزين، محتجزات …), with the CAMEO code
/// and mode of the act.
const HELD: &[(&str, &str, &str)] = &[
    ("محتجز", "173", "arrest"),
    ("معتقل", "173", "arrest"),
    ("موقوف", "173", "arrest"),
    ("مسجون", "173", "arrest"),
    ("محاصر", "191", "blockade"),
];
/// Roles that hold or besiege no one: `محاصرون من قبل الإعلام` is figurative.
const NO_HOLDER: &[&str] = &["MED", "CVL"];
/// The rule's mark of a participle with the article, an adjective or a noun (`القس
/// المحتجز لدى أنقرة`): the detention named in passing, not what a reported clause
/// asserts (`إنهما محتجزان لدى حماس`).
const IN_PASSING: &str = "+in-passing";

/// Endings a participle stem takes: gender, number, dual.
const ENDINGS: &[&str] = &["", "ا", "ه", "ون", "ين", "ات", "ان", "تان", "تين"];

/// The CAMEO code and mode of `key` if it is a participle of detaining or besieging, past
/// و/ف, a preposition ل or ب and the article (`والمعتقلين`، `للمحتجزين`).
fn held_participle(key: &str) -> Option<(&'static str, &'static str)> {
    let k = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 4).unwrap_or(key);
    let k = match k.strip_prefix("لل") {
        Some(r) => r,
        None => k.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() > 4).unwrap_or(k),
    };
    let k = k.strip_prefix("ال").unwrap_or(k);
    HELD.iter().find(|(s, _, _)| k.strip_prefix(s).is_some_and(|rest| ENDINGS.contains(&rest))).map(|&(_, cameo, mode)| (cameo, mode))
}

/// Is `e` a detention this module read from a participle named in passing? A reported
/// clause holding it (`أكد ترامب أنه لن يتراجع بسبب ملف القس المحتجز لدى أنقرة`) charges
/// no one with it.
pub(super) fn in_passing(e: &EventSpan) -> bool {
    e.rule.ends_with(IN_PASSING)
}

/// The holder named right after the participle at `k`: لدى + a mention (`لدى الحوثيين`), or
/// an agent phrase (`من قبل الشرطة`، `على يد`، `من جانب`), past one time word.
fn holder_after(input: &Input, ctx: &Context, k: usize, s1: usize) -> Option<usize> {
    let next = k + 1;
    if next + 1 < s1 && args::bare(&input.keys[next]) == "لدي" {
        return args::mention_starting(ctx, input, next + 1);
    }
    if next < s1 && input.tokens[next].kind == TokenKind::Arabic && !ctx.in_mention(next) {
        return args::agent_right_after(ctx, input, next, s1);
    }
    None
}

/// The party the participle at `k` describes: the mention right before it, or the one
/// it closes (`الأطفال الفلسطينيين المعتقلين`), no preposition on it.
fn held_before(input: &Input, ctx: &Context, k: usize, s0: usize) -> Option<Arg> {
    // (The participle alone may be a mention of its own, the held: المعتقلين.)
    let closing = ctx.mention_of(k).filter(|&m| input.mentions[m].tok_start < k && input.mentions[m].tok_end == k + 1);
    let m = closing.or_else(|| ctx.mention_of(k.checked_sub(1).filter(|&p| p >= s0)?).filter(|&m| input.mentions[m].tok_end == k))?;
    let mention = &input.mentions[m];
    (mention.tok_start >= s0 && !mention.prepositional).then(|| Arg::from_mention(mention, input.home))
}

/// The detentions a sentence (tokens `s0..s1`) tells by participle and holder.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>, first_of_sentence: usize) {
    // Substring searches of the sentence first: few sentences hold a participle's stem
    // (its letters, whatever the clitics and endings) and a holder word.
    let Some(text) = input.text.get(sent.0..sent.1) else { return };
    if !HELD.iter().any(|(stem, _, _)| text.contains(stem)) || !["لدى", "لدي", "قبل", "جانب", "يد"].iter().any(|w| text.contains(w)) {
        return;
    }
    for k in s0..s1 {
        // (The participle first: the mention lookups cost more than its string tests.)
        let Some((cameo, mode)) = held_participle(&input.keys[k]) else { continue };
        // (A participle closing a mention, الصحفيين المعتقلين, is read with it.)
        let closes_mention = ctx.mention_of(k).is_some_and(|m| input.mentions[m].tok_end == k + 1);
        if input.tokens[k].kind != TokenKind::Arabic || ctx.in_mention(k) && !closes_mention {
            continue;
        }
        // After أي "any" (بأي أمريكيين محتجزين، أي شخص محتجز) a kind of case, none told.
        if (k.saturating_sub(2).max(s0)..k).any(|j| any_noun::is_any(&input.keys[j])) {
            continue;
        }
        let Some(holder) = holder_after(input, ctx, k, s1).map(|m| Arg::from_mention(&input.mentions[m], input.home)) else { continue };
        if holder.actor.is_none() || holder.role.as_deref().is_some_and(|r| NO_HOLDER.contains(&r)) {
            continue;
        }
        if out[first_of_sentence..].iter().any(|e| e.trigger.0 <= k && k < e.trigger.1.max(e.trigger.0 + 1)) {
            continue;
        }
        let held = held_before(input, ctx, k, s0);
        let definite = input.keys[k].trim_start_matches(['و', 'ف']).trim_start_matches(['ل', 'ب']).starts_with("ال") || input.keys[k].contains("لل");
        let rule = if definite { format!("held-by{IN_PASSING}") } else { "held-by".to_string() };
        out.push(EventSpan::told(input, ctx, ("COERCE", cameo, Some(mode)), (vec![holder], held.into_iter().collect()), (sent, (k, k + 1)), rule));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, first_country};

    fn held(text: &str) -> Vec<(Option<String>, Option<String>)> {
        events(text).iter().filter(|e| e.kind == "COERCE" && e.rule.starts_with("held-by")).map(|e| (first_country(&e.actors), first_country(&e.recipients))).collect()
    }

    #[test]
    fn a_participle_with_its_holder_is_a_detention() {
        let t = "وقال المحامي إن موكليه محتجزون من جانب السلطات السودانية منذ شهرين.";
        assert_eq!(held(t), [(Some("SDN".into()), None)]);
        let t = "وطالب المتظاهرون بالإفراج عن الصيادين المصريين المحتجزين لدى السلطات الليبية.";
        assert_eq!(held(t), [(Some("LBY".into()), Some("EGY".into()))]);
        let t = "وأكدت الوزارة أن ثلاثة صحفيين أتراك موقوفون من قبل الشرطة الألمانية.";
        assert_eq!(held(t), [(Some("DEU".into()), Some("TUR".into()))]);
        // The participle a mention of its own, the held party right before it.
        let t = "وتضامن المشاركون مع الأطفال الفلسطينيين المعتقلين لدى الاحتلال الإسرائيلي.";
        assert_eq!(held(t), [(Some("ISR".into()), Some("PSE".into()))]);
    }

    #[test]
    fn only_a_detention_asserted_is_charged_by_its_reporter() {
        let accusations = |t: &str| events(t).iter().filter(|e| e.kind == "ACCUSE" && e.rule.contains("held-by")).count();
        // Asserted by the reported clause: Israel charges Hamas.
        assert_eq!(accusations("وقالت إسرائيل إنهما محتجزان لدى حركة حماس منذ سنوات."), 1);
        // Named in passing: the clause asserts something else.
        assert_eq!(accusations("وأكد الرئيس الأمريكي أنه لن يتراجع بسبب القس الأمريكي المحتجز لدى أنقرة."), 0);
    }

    #[test]
    fn a_participle_alone_or_with_no_holder_is_none() {
        // The held named, no holder: other rules may read the sentence, not this one.
        assert!(held("وزار الوفد المعتقلين في سجن عوفر الإسرائيلي.").is_empty());
        // A camp, not a detention.
        assert!(held("وطالبت المنظمة بإغلاق معتقل غوانتانامو الأمريكي.").is_empty());
        // من قبل "before": no agent right after it.
        assert!(held("وكان الناشط معتقلا من قبل في سجون النظام.").is_empty());
        assert!(held("ووصلت المساعدات إلى المناطق المحاصرة في ريف دمشق.").is_empty());
        // Besieged by the media: figurative.
        assert!(held("وقال السياسيون إنهم محاصرون من قبل الإعلام البريطاني.").is_empty());
        // Any one held: no case told.
        assert!(held("وقال المتحدث إن بلاده ليست على علم بأي أمريكيين محتجزين لدى تنظيم داعش.").is_empty());
    }

    #[test]
    fn a_place_besieged_by_a_named_force_is_a_blockade() {
        let t = "ويعاني سكان مدينة تعز اليمنية المحاصرة من قبل ميليشيات الحوثي من نقص الغذاء.";
        assert!(held(t).iter().any(|(a, _)| a.as_deref() == Some("YEM")), "{:?}", held(t));
    }
}
