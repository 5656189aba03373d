//! Events undergone: `تعرض لـ` ("was subjected to") + an event noun (`تعرضت السفارة
//! الإيرانية لهجوم`، `تعرض الرئيس التركي لانتقادات`، `يتعرض السجناء للتعذيب`). The verb's
//! subject suffers the event, it does not make it: it is the noun's recipient. A noun
//! that already made its own event (with its nisba or agent: `لقصف إسرائيلي`، `لهجوم من
//! قبل محتجين`) gets that recipient; one with no party of its own, which made no event,
//! makes one here. On the shared corpus `تعرض` is followed by `لانتقادات` 155 times,
//! `لهجوم` 135, `لقصف` 70, `للتعذيب` 55.
//!
//! Facing (`واجه`) criticism or charges is undergoing them too, the noun with no لـ
//! (`ويواجه زوما اتهامات بالفساد`، `وواجه فيسبوك انتقادات حادة`, 345 times on the corpus):
//! only nouns of accusing, since واجه is also "confronted" (`واجهت القوات الهجوم`), and
//! not a stance that needs expressing (`يواجه غضب الشارع`). So is drawing them (`وأثار
//! ترامب انتقادات واسعة`، `أثارت تصريحات ترامب انتقادات`) when a party is its subject: a
//! deed that drew them (`أثار الحكم انتقادات`) names no party, and one told before
//! (`مما أثار`) is `provoked.rs`'.

use super::args::{self, Arg, Context};
use super::{modality, EventSpan, Input};
use marsad_lexicon::events::{Needs, Tense, TriggerKind};
use marsad_text::ByteSpan;

/// The verb's forms (keys), after و، ف and the future سـ.
const SUBJECTED: &[&str] = &["تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون", "يتعرضان", "تتعرضان", "يتعرضن"];
/// Forms of "faced" (keys), after و، ف and the future سـ.
const FACED: &[&str] = &["واجه", "واجهت", "واجهوا", "واجها", "واجهتا", "يواجه", "تواجه", "يواجهون", "يواجهان", "تواجهان", "يواجهن"];
/// Forms of "drew, provoked" (keys, hamza folded), after و، ف and the future سـ.
const DREW: &[&str] = &["اثار", "اثارت", "اثاروا", "يثير", "تثير", "يثيرون"];
/// The CAMEO codes of criticism and charges (111 criticise, 112 accuse …), which واجه
/// takes: not an investigation (090), which one may face in another sense, as a prospect
/// (`من غير المرجح أن يواجه الرئيس تحقيقا`).
const ACCUSING_CAMEO: &str = "11";
/// Relative pronouns and conditions (keys) that end the words where واجه's noun may stand.
const CLAUSE_ENDS: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اذا", "لو", "حال"];
/// Types an undergone noun may tell: violence, arrest, criticism, threats, sanctions.
const UNDERGONE_TYPES: &[&str] = &["ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION"];
/// How many words (not in mentions) may stand between the verb and its noun: a place or
/// a time (`تعرضت السفارة في لندن أمس لهجوم`).
const NOUN_WINDOW: usize = 3;

/// Which verb of undergoing.
#[derive(Clone, Copy, PartialEq)]
enum Undergoing {
    /// تعرض لـ + any undergone noun.
    Subjected,
    /// واجه (faced) + a noun of accusing, no لـ.
    Faced,
    /// أثار (drew), as واجه.
    Drew,
}

/// Is the key a form of تعرض or واجه (with و، ف or سـ before it)? Which, its tense, and
/// whether سـ made it a future.
fn undergoing(key: &str) -> Option<(Undergoing, Tense, bool)> {
    // (واجه opens with و itself: the key as it is first.)
    let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'));
    [Some(key), bare].into_iter().flatten().find_map(form)
}

/// `undergoing` of a key with no conjunction.
fn form(k: &str) -> Option<(Undergoing, Tense, bool)> {
    let (k, future) = match k.strip_prefix('س') {
        Some(r) if r.starts_with('ي') || r.starts_with('ت') => (r, true),
        _ => (k, false),
    };
    let verb = if SUBJECTED.contains(&k) {
        Undergoing::Subjected
    } else if FACED.contains(&k) {
        Undergoing::Faced
    } else if DREW.contains(&k) {
        Undergoing::Drew
    } else {
        return None;
    };
    // (Perfect forms of these verbs open with ت only in تعرض.)
    let imperfect = future || k.starts_with('ي') || (k.starts_with('ت') && !k.starts_with("تعرض"));
    Some((verb, if imperfect { Tense::Imperfect } else { Tense::Perfect }, future))
}

/// Give the event nouns after `تعرض لـ` in a sentence (tokens `s0..s1`) the verb's
/// subject as their recipient, making the event when the noun made none.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>, first_of_sentence: usize) {
    // One substring search of the sentence is cheaper than a look at every token.
    if !input.text.get(sent.0..sent.1).is_some_and(|t| t.contains("تعرض") || t.contains("واجه") || t.contains("أثار") || t.contains("اثار") || t.contains("يثير") || t.contains("تثير")) {
        return;
    }
    for k in s0..s1 {
        if ctx.in_mention(k) {
            continue;
        }
        let Some((verb, tense, future)) = undergoing(&input.keys[k]) else { continue };
        let Some((noun, trigger)) = noun_after(input, ctx, k, s1, verb) else { continue };
        // (A relative's head or a place, for تعرض only: واجه and أثار take a party.)
        let beside = args::subject_beside_verb(ctx, input, k, noun, s0);
        let Some(victim) = beside.or_else(|| (verb == Undergoing::Subjected).then(|| super::subjected_place::sufferer(ctx, input, k, noun, s0)).flatten()) else { continue };
        // One facing charges who is named by no code (نشطاء مناهضون للإجهاض) makes an event
        // of no party.
        // Nor does a place before the verb (متجر في بريطانيا يواجه انتقادات), nor a question
        // (هل سيواجه اتهامات).
        let placed = victim.tok_end == k && victim.tok_start > s0 && args::is_preposition(&input.keys[victim.tok_start - 1]);
        let asked = k > s0 && input.keys[k - 1] == "هل";
        // What a deed drew is not aimed at its victim (اعتقال الناشطة السعودية أثار انتقادات).
        let deed_owned = verb == Undergoing::Drew && victim.tok_start > s0 && args::is_trigger(input, victim.tok_start - 1);
        if verb != Undergoing::Subjected && (victim.is_uncoded() || placed || asked || deed_owned) {
            continue;
        }
        if let Some(e) = out[first_of_sentence..].iter_mut().find(|e| e.trigger.0 <= noun && noun < e.trigger.1) {
            // The noun's actor search may have taken the sufferer before it for the doer.
            e.actors.retain(|a| a.tok_start != victim.tok_start);
            if e.recipients.is_empty() {
                e.recipients.push(victim);
                e.rule.push_str("+undergone");
            }
            continue;
        }
        let (Some(kind), cameo) = (trigger.event.clone(), trigger.cameo.clone()) else { continue };
        let agent = agent_after(input, ctx, noun, s1);
        // Torture is mostly told as a practice (`يتعرض السجناء للتعذيب`): as for the noun
        // alone, an event only with a party of known country or actor.
        if trigger.mode.as_deref() == Some(super::TORTURE) && victim.is_uncoded() && agent.as_ref().is_none_or(Arg::is_uncoded) {
            continue;
        }
        let m = modality::of(input, s0, s1, k, tense, future);
        out.push(EventSpan {
            kind,
            cameo,
            mode: trigger.mode.clone(),
            actors: agent.into_iter().collect(),
            recipients: vec![victim],
            negated: m.negated,
            modality: m.modality,
            claimed_by: ctx.quote_at(input.tokens[noun].start),
            sentence: sent,
            trigger: (noun, noun + 1),
            confidence: 0.6,
            rule: format!("undergone:{}+noun:{}", input.keys[k], trigger.lemma),
            ghost: false,
        });
    }
}

/// The event noun after the verb at `k`, past the subject and a few other words, not
/// past punctuation: written with لـ after تعرض (`لهجوم`، `للتعذيب`), the first noun of
/// accusing after واجه (`اتهامات`، `انتقادات حادة`).
fn noun_after<'a>(input: &Input<'a>, ctx: &Context, k: usize, s1: usize, verb: Undergoing) -> Option<(usize, &'a marsad_lexicon::events::Trigger)> {
    let ev = input.lexicon.events();
    let noun = |j: usize| {
        // (lookup sees the preposition through; the noun reading is the one wanted.)
        let hit = ev.lookup(&input.keys[j])?;
        hit.forms
            .iter()
            .map(|f| ev.trigger(f.trigger))
            .find(|t| t.kind == TriggerKind::Noun && t.then.is_empty() && t.event.as_deref().is_some_and(|e| UNDERGONE_TYPES.contains(&e)))
    };
    let with_lam = |j: usize| {
        let w = input.tokens[j].text(input.text);
        w.strip_prefix('و').unwrap_or(w).starts_with('ل')
    };
    let mut words = args::words_after_verb(input, ctx, k, s1, NOUN_WINDOW);
    match verb {
        Undergoing::Subjected => words.find(|&j| with_lam(j)).and_then(|j| noun(j).map(|t| (j, t))),
        // Not past a relative or a condition (يواجه السجن إذا أدين بالتهم: what he faces
        // is the prison), and not a noun after بـ.
        Undergoing::Faced | Undergoing::Drew => words.take_while(|&j| !CLAUSE_ENDS.contains(&input.keys[j].as_str())).find_map(|j| noun(j).map(|t| (j, t))).filter(|&(j, t)| {
            let accusing = t.event.as_deref() == Some("ACCUSE") && t.cameo.as_deref().is_some_and(|c| c.starts_with(ACCUSING_CAMEO));
            let w = input.tokens[j].text(input.text);
            !with_lam(j) && !w.starts_with('ب') && accusing && t.needs != Needs::Expressed
        }),
    }
}

/// Who did it, named right after the noun: a nisba (`لقصف إسرائيلي`) or an agent
/// (`من قبل الشرطة`، `على يد مسلحين`، `من الجيش`).
fn agent_after(input: &Input, ctx: &Context, noun: usize, s1: usize) -> Option<Arg> {
    if let Some(a) = args::nisba_party(input, noun + 1).filter(|_| noun + 1 < s1) {
        return Some(a);
    }
    let key = |j: usize| (j < s1).then(|| input.keys[j].as_str());
    let from = match (key(noun + 1), key(noun + 2)) {
        (Some("من"), Some("قبل")) | (Some("علي"), Some("يد" | "ايدي")) => noun + 3,
        (Some("من"), _) => noun + 2,
        _ => return None,
    };
    args::first_mention(ctx, input, from, (from + 1).min(s1)).map(|m| Arg::from_mention(&input.mentions[m], input.home))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, first_country};

    fn parties(text: &str, kind: &str) -> Vec<(Option<String>, Option<String>, String)> {
        events(text).iter().filter(|e| e.kind == kind).map(|e| (first_country(&e.actors), first_country(&e.recipients), e.rule.clone())).collect()
    }

    #[test]
    fn the_subject_of_subjected_to_is_the_recipient() {
        let a = parties("تعرضت الحكومة البريطانية لانتقادات حادة من المعارضة.", "ACCUSE");
        assert!(a.iter().any(|(_, y, _)| y.as_deref() == Some("GBR")), "{a:?}");
        let a = parties("وتعرضت مواقع الجيش السوري لقصف إسرائيلي عنيف.", "ASSAULT");
        assert!(a.iter().any(|(x, y, _)| x.as_deref() == Some("ISR") && y.as_deref() == Some("SYR")), "{a:?}");
        // The sufferer before the verb.
        let a = parties("وقال إن السجناء الفلسطينيين يتعرضون للاعتقال في الضفة.", "COERCE");
        assert!(a.iter().any(|(_, y, _)| y.as_deref() == Some("PSE")), "{a:?}");
    }

    #[test]
    fn the_subject_of_faced_criticism_or_charges_is_the_recipient() {
        // VSO, the critics after من.
        let a = parties("وواجهت الحكومة البريطانية انتقادات حادة من المعارضة.", "ACCUSE");
        assert!(a.iter().any(|(_, y, _)| y.as_deref() == Some("GBR")), "{a:?}");
        // SVO, a charge.
        let a = parties("وقال المدعي العام إن الوزير الإسرائيلي يواجه اتهامات بالفساد.", "ACCUSE");
        assert!(a.iter().any(|(_, y, r)| y.as_deref() == Some("ISR") && r.starts_with("undergone:")), "{a:?}");
    }

    #[test]
    fn faced_as_confronted_or_a_stance_is_no_accusation() {
        // Confronting an attack: no ACCUSE, and the attack's side is not the one facing it.
        let a = parties("وواجهت القوات العراقية هجوما لتنظيم داعش.", "ACCUSE");
        assert!(a.is_empty(), "{a:?}");
        // Drawing criticism, the party in the subject's genitive.
        let a = parties("وأثارت تصريحات الرئيس الأمريكي انتقادات واسعة.", "ACCUSE");
        assert!(a.iter().any(|(_, y, _)| y.as_deref() == Some("USA")), "{a:?}");
        // A deed drew it: no party.
        let a = parties("وأثار الحكم انتقادات من منظمات حقوقية.", "ACCUSE");
        assert!(!a.iter().any(|(_, _, r)| r.starts_with("undergone:")), "{a:?}");
        // A place before the verb is not who faces it; nor is a question told.
        let a = parties("وقال إن متجرا في بريطانيا يواجه انتقادات.", "ACCUSE");
        assert!(a.is_empty(), "{a:?}");
        let a = parties("وليس واضحا هل سيواجه الرئيس الأمريكي اتهامات أخرى.", "ACCUSE");
        assert!(a.is_empty(), "{a:?}");
        // What he faces comes after a relative that has a noun of accusing.
        let a = parties("ويواجه الرئيس البرازيلي الذي يرفض الاتهامات الموجهة إليه عقوبة السجن.", "ACCUSE");
        assert!(!a.iter().any(|(_, _, r)| r.starts_with("undergone:")), "{a:?}");
        // An investigation faced as a prospect.
        let a = parties("ومن غير المرجح أن يواجه الرئيس الأمريكي تحقيقا جنائيا.", "ACCUSE");
        assert!(a.is_empty(), "{a:?}");
        // Anger faced is a state, not a stance expressed.
        let a = parties("ويواجه الرئيس الفرنسي غضب الشارع.", "ACCUSE");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn sanctions_to_come_are_future() {
        let e = events("وقال بومبيو إن إيران ستتعرض للعقوبات الأكثر قسوة في التاريخ.");
        let s = e.iter().find(|e| e.kind == "COERCE").expect("a sanction (COERCE 163)");
        assert_eq!(s.modality.as_deref(), Some("future"), "{e:?}");
        assert_eq!(s.recipients.first().and_then(|p| p.country.as_deref()), Some("IRN"), "{e:?}");
    }

    #[test]
    fn the_sufferer_is_never_the_doer() {
        let a = parties("تعرضت القوات التركية لهجوم من حزب العمال الكردستاني.", "ASSAULT");
        assert!(a.iter().all(|(_, _, r)| !r.is_empty()), "{a:?}");
        assert!(a.iter().any(|(_, y, _)| y.as_deref() == Some("TUR")), "{a:?}");
    }

    #[test]
    fn torture_undergone_needs_a_party_of_known_country() {
        // Prisoners of no named country: a practice told, no event.
        assert!(parties("وقال التقرير إن المعتقلين يتعرضون للتعذيب في السجون.", "ASSAULT").is_empty());
        let a = parties("وقال التقرير إن السجناء الفلسطينيين يتعرضون للتعذيب في السجون.", "ASSAULT");
        assert!(a.iter().any(|(_, y, _)| y.as_deref() == Some("PSE")), "{a:?}");
    }

    #[test]
    fn subjected_to_something_that_is_no_event_makes_none() {
        // ضغوط "pressure" and a word not written with لـ tell no event.
        assert!(events("تعرضت الحكومة البريطانية لضغوط كبيرة.").is_empty(), "{:?}", events("تعرضت الحكومة البريطانية لضغوط كبيرة."));
        let a = parties("تعرض الرئيس التركي أمس في أنقرة إلى وعكة صحية.", "ASSAULT");
        assert!(a.is_empty(), "{a:?}");
    }
}
