//! A demand that another party act, told as a clause (`وطلبت روسيا أن يصوت المجلس`،
//! `تطالب واشنطن بأن تفكك كوريا الشمالية برنامجها`، `شدد على ضرورة أن تفهم كندا`): the
//! verb of asking names no one asked, but the subject of the verb after `أن` is the one
//! who must act, so it is the request's recipient.

use super::args::{self, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::normalize::key;

/// How many tokens may stand between the verb of asking and `أن` (its own subject, `أيضا`,
/// `على ضرورة`).
const GAP: usize = 5;

/// Give each REQUEST verb of a sentence (its events from `first_of_sentence` in `out`)
/// that has no recipient the coded party right after the verb that follows `أن، بأن`
/// within `GAP` tokens, only the asker's own mention or `GAP_WORDS` between
/// (rule `+asked-subject`).
pub fn find(input: &Input, ctx: &Context, s1: usize, out: &mut [EventSpan], first_of_sentence: usize) {
    for e in &mut out[first_of_sentence..] {
        if e.kind != "REQUEST" || !e.rule.starts_with("verb:") || !e.recipients.is_empty() {
            continue;
        }
        let Some(asked) = subject_after_that(input, ctx, e, s1) else { continue };
        // (Its own body named as the one to act is a resolve: `داعيا إلى أن يطلب الاتحاد
        // الأوروبي` by the EU's president.)
        if e.actors.iter().any(|a| a.tok_start == asked.tok_start || a.actor.is_some() && a.actor == asked.actor) {
            continue;
        }
        e.recipients = vec![asked];
        e.rule.push_str("+asked-subject");
    }
}

/// The coded party right after the verb right after `أن، بأن`, the first of these at most
/// `GAP` tokens after the trigger of `e`, every token before it one of `e`'s actors or a
/// `GAP_WORDS` word (not another verb's clause: `تدعو الدول إلى توضيح أن تصرفات النظام`).
/// Not a verb of the first person (`أن نعمل`: the asker itself), an impersonal passive
/// (`أن يتم الإفراج عن`: the party after it undergoes the act) nor a plural noun in ـات
/// (`أن تصرفات`).
fn subject_after_that(input: &Input, ctx: &Context, e: &EventSpan, s1: usize) -> Option<Arg> {
    let that = [key("أن"), key("بأن")];
    let own = |k: usize| e.actors.iter().any(|a| (a.tok_start..a.tok_end).contains(&k));
    let gap_word = |k: usize| GAP_WORDS.iter().any(|w| key(w) == input.keys[k]);
    let from = e.trigger.1;
    let mut at = None;
    for k in from..(from + GAP + 1).min(s1) {
        if !ctx.in_mention(k) && that.contains(&input.keys[k]) {
            at = Some(k);
            break;
        }
        if !(own(k) || gap_word(k)) {
            return None;
        }
    }
    let verb = at? + 1;
    let subject = verb + 1;
    if subject >= s1 || ctx.in_mention(verb) {
        return None;
    }
    let v = input.keys[verb].as_str();
    let verb_like = (v.starts_with('ي') || v.starts_with('ت')) && !v.ends_with("ات");
    if !verb_like || super::impersonal_passive::PASSIVE_FRAMES.contains(&v) {
        return None;
    }
    let m = args::mention_starting(ctx, input, subject)?;
    let mention = &input.mentions[m];
    mention.country.is_some().then(|| Arg::from_mention(mention, input.home))
}

/// Words that may stand between the verb of asking and `أن` besides its subject: `وطلبت
/// روسيا أيضا أن`، `شدد على ضرورة أن`، `دعا إلى أن`.
const GAP_WORDS: &[&str] = &["أيضا", "أيضاً", "كذلك", "مجددا", "مجدداً", "على", "ضرورة", "بضرورة", "إلى", "الى"];

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn the_subject_of_the_clause_asked_for_is_the_one_asked() {
        let text = "وطلبت روسيا أيضا أن يصوت مجلس الأمن على مسودة ثانية.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("RUS", "IGOUNO")]);
        let text = "وتطالب واشنطن بأن تفكك كوريا الشمالية برنامجها للأسلحة النووية.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("USA", "PRK")]);
    }

    #[test]
    fn a_first_person_or_passive_clause_names_no_one_asked() {
        // (The asker itself acts; the party after يتم undergoes the act.)
        let text = "وطالبت مصر بأن نعمل معا.";
        assert!(sides(text, "REQUEST").iter().all(|(_, r)| r.is_none()), "{:?}", sides(text, "REQUEST"));
        let text = "وطالبت مصر بأن يتم الإفراج عن المعتقلين.";
        assert!(sides(text, "REQUEST").iter().all(|(_, r)| r.is_none()), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn the_askers_own_body_to_act_is_no_one_asked() {
        let text = "وقال رئيس المفوضية الأوروبية جان كلود يونكر داعيا إلى أن يطلب الاتحاد الأوروبي إعفاء دائما.";
        assert!(!sides(text, "REQUEST").contains(&pair("IGOEUREEC", "IGOEUREEC")), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn another_verbs_clause_is_not_the_demand() {
        // (أن is توضيح's: the Iranian regime is what is to be made clear.)
        let text = "وذكر البيان أن الولايات المتحدة تدعو جميع الدول إلى توضيح أن تصرفات النظام الإيراني تشكل تهديدا.";
        assert!(!sides(text, "REQUEST").contains(&pair("USA", "IRN")), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn a_clause_past_punctuation_is_not_the_demand() {
        let text = "وطالبت مصر بالتهدئة، وأن تنسحب إسرائيل من غزة قريبا أمر مستبعد.";
        assert!(!sides(text, "REQUEST").contains(&pair("EGY", "ISR")), "{:?}", sides(text, "REQUEST"));
    }
}
