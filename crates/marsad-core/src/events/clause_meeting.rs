//! A meeting noun with `مع` whose clause gives it no party of its own is the meeting of the
//! party its sentence names last before it: the noun stands in a phrase of time or manner
//! (`وقال الحريري بعد اجتماع مع الرئيس`، `قال بوتن قبل مباحثات مع ميركل`), as an object or
//! complement (`أعلن ترامب أن القمة التاريخية مع كيم ما زال يمكن أن تعقد`، `طهران تدرس …
//! بعد مباحثات ستجريها مع الأوروبيين`), or after a support verb with a subject the argument
//! finder does not reach (`أن وفدا أميركيا يجري محادثات مع مسؤولين كوريين`). That party
//! met the one after `مع`. Not a party governed by a preposition (`وصل إلى سنغافورة`، `من
//! قوات النظام`) or a conjunct of one, not a meeting's name (`قمة الناتو`), not a news
//! outlet, not one in another quotation, and not a meeting `بين` its sides (`القمة بين
//! قادة البلدين`: both sides follow the noun).

use super::args::{bare, form_at, is_outlet, is_preposition, list_backward, Arg, Context};
use marsad_lexicon::events::TriggerKind;
use super::{EventSpan, Input};

/// The rule part of such a meeting.
pub const RULE: &str = "+clause-party";
/// How many tokens after the noun the `مع` of its partner may stand (`اجتماع في بروكسل مع`).
const WITH_WINDOW: usize = 4;

/// Give each CONSULT noun of a sentence (its events from `first` in `out`) that has a
/// recipient after `مع` and no actor the nearest fit party named before it in the sentence.
pub fn find(input: &Input, ctx: &Context, s0: usize, out: &mut [EventSpan], first: usize) {
    for e in &mut out[first..] {
        if !needs_actor(input, e) {
            continue;
        }
        // A list ending with that party meets as one side (واشنطن وكوريا الجنوبية قررتا …
        // دفع المفاوضات مع كوريا الشمالية).
        let Some(last) = party_before(input, ctx, s0, e) else { continue };
        let side: Vec<Arg> = list_backward(ctx, input, last, s0)
            .into_iter()
            .map(|m| &input.mentions[m])
            .filter(|m| m.country.is_some() && !is_outlet(input, m))
            .map(|m| Arg::from_mention(m, input.home))
            .collect();
        e.actors = side;
        e.rule.push_str(RULE);
    }
}

/// A meeting noun read with its partner after `مع` and nothing else.
fn needs_actor(input: &Input, e: &EventSpan) -> bool {
    if e.kind != "CONSULT" || e.ghost || !e.actors.is_empty() || !e.rule.contains("noun:") || !e.rule.ends_with("+prep") {
        return false;
    }
    let Some(first) = e.recipients.iter().map(|r| r.tok_start).min() else { return false };
    let lo = e.trigger.1;
    if first < lo || first - lo > WITH_WINDOW {
        return false;
    }
    (lo..first).any(|k| bare(&input.keys[k]) == "مع") && !(lo..first).any(|k| bare(&input.keys[k]) == "بين")
}

/// The last coded party before the trigger in the sentence that may be the meeting's
/// subject (see the module's notes).
fn party_before(input: &Input, ctx: &Context, s0: usize, e: &EventSpan) -> Option<usize> {
    let at = e.trigger.0;
    let quote = ctx.quote_at(input.tokens[at].start);
    let lo = input.mentions.partition_point(|m| m.tok_start < s0);
    let hi = input.mentions.partition_point(|m| m.tok_end <= at);
    let mut best = None;
    // The end of the last mention governed by a preposition: a conjunct right after it is
    // governed too (`من الولايات المتحدة وكوريا الشمالية`).
    let mut governed_end = None;
    for (k, m) in input.mentions.iter().enumerate().take(hi).skip(lo) {
        if m.tok_end > at {
            continue;
        }
        let conjunct = input.keys[m.tok_start].starts_with('و') && governed_end.is_some_and(|end| m.tok_start <= end + 1);
        let governed = m.prepositional || (m.tok_start > s0 && is_preposition(&input.keys[m.tok_start - 1])) || conjunct;
        if governed {
            governed_end = Some(m.tok_end);
            continue;
        }
        let met = e.recipients.iter().any(|r| r.tok_start < m.tok_end && m.tok_start < r.tok_end);
        if m.country.is_none() || met || is_outlet(input, m) || after_meeting_noun(input, m.tok_start, s0) || ctx.quote_at(input.tokens[m.tok_start].start) != quote {
            continue;
        }
        best = Some(k);
    }
    best
}

/// Is the party at `tok` the genitive of a meeting noun right before it (`قمة الناتو`،
/// `قمة مجموعة السبع`): the meeting's name, not its subject?
fn after_meeting_noun(input: &Input, tok: usize, s0: usize) -> bool {
    tok > s0 && form_at(input, tok - 1, |t, firm| firm && t.kind == TriggerKind::Noun && t.event.as_deref() == Some("CONSULT"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn consult(text: &str) -> Vec<(Option<String>, Option<String>, String)> {
        events(text)
            .into_iter()
            .filter(|e| e.kind == "CONSULT")
            .map(|e| (e.actors.first().and_then(|a| a.country.clone()), e.recipients.first().and_then(|r| r.country.clone()), e.rule.clone()))
            .collect()
    }

    #[test]
    fn a_meeting_after_the_speaker_is_his() {
        let got = consult("وقال رئيس الوزراء التركي بن علي يلدريم بعد اجتماع مع نظيره البوسني إن على البوسنة اتخاذ مزيد من الإجراءات.");
        assert!(got.iter().any(|(a, r, rule)| a.as_deref() == Some("TUR") && r.as_deref() == Some("BIH") && rule.ends_with(super::RULE)), "{got:?}");
    }

    #[test]
    fn a_support_verbs_subject_out_of_reach_meets() {
        let got = consult("وقال المتحدث باسم الرئاسة المصرية إن \"رئيس الوزراء الإثيوبي أبي أحمد علي سوف يحل مساء اليوم السبت ضيفا على مصر في زيارة رسمية لمدة يومين يجري خلالها مباحثات مع الرئيس عبد الفتاح السيسي\".");
        assert!(got.iter().any(|(a, r, rule)| a.as_deref() == Some("ETH") && r.as_deref() == Some("EGY") && rule.ends_with(super::RULE)), "{got:?}");
    }

    #[test]
    fn not_a_speaker_outside_the_reported_words() {
        // The summit is in what Trump announced (an indirect quotation): no party outside it.
        let got = consult("أعلن الرئيس الأمريكي دونالد ترامب أن القمة التاريخية مع زعيم كوريا الشمالية كيم جونغ أون، ما زال يمكن أن تعقد في تاريخ 12 حزيران/يونيو كما كان مقررا.");
        assert!(!got.iter().any(|(_, _, rule)| rule.ends_with(super::RULE)), "{got:?}");
    }

    #[test]
    fn not_a_place_after_a_preposition() {
        // The one arriving in Singapore meets Trump: not Singapore.
        let got = consult("ووصل الزعيم الكوري الشمالي كيم جونغ أون إلى سنغافورة، الأحد، تمهيدا للقمة التي ستجمعه مع الرئيس الأميركي دونالد ترامب في منتجع جزيرة سنتوسا، صباح الثلاثاء.");
        assert!(got.iter().any(|(a, r, _)| a.as_deref() == Some("PRK") && r.as_deref() == Some("USA")), "{got:?}");
        assert!(!got.iter().any(|(a, _, _)| a.as_deref() == Some("SGP")), "{got:?}");
    }

    #[test]
    fn not_the_name_of_another_meeting() {
        // (Trump stands outside the reported words, so the summit stays open.)
        let got = consult("وصدم الرئيس ترامب بعضهم بالقول إن قمة الناتو قد تكون أصعب من قمة الإثنين القادم مع بوتين.");
        assert!(!got.iter().any(|(a, _, _)| a.as_deref() == Some("IGOWSTNAT")), "{got:?}");
    }

    #[test]
    fn not_a_meeting_between_sides_after_it() {
        let got = consult("يجتمع مسؤولون من الولايات المتحدة وكوريا الشمالية قبل انعقاد القمة بين قادة البلدين.");
        assert!(!got.iter().any(|(_, _, rule)| rule.ends_with(super::RULE)), "{got:?}");
    }

    #[test]
    fn a_listed_side_meets_as_one() {
        let got = consult("قالت وزارة الدفاع الأميركية الجمعة، إن الولايات المتحدة وكوريا الجنوبية اتفقتا على تعليق تمارين عسكرية مشتركة إلى أجل غير مسمى بهدف دعم المفاوضات الدبلوماسية مع كوريا الشمالية.");
        assert!(got.iter().any(|(a, r, _)| a.as_deref() == Some("USA") && r.as_deref() == Some("PRK")), "{got:?}");
    }

    #[test]
    fn no_party_before_leaves_it_open() {
        let got = consult("ويعد لقاء اللاعبين مع أردوغان حساسا للغاية.");
        assert!(!got.iter().any(|(_, _, rule)| rule.ends_with(super::RULE)), "{got:?}");
    }
}
