//! A demand told as what a party wants of another (`إن اليابان تريد من كوريا الشمالية
//! الموافقة على`، `قال ترامب إنه يريد من المدعي العام التحقيق`، `"نريد من الولايات المتحدة
//! أن تلتزم"`): a word of intent (`event-words.tsv`; of those only أراد's `يريد، تريد، نريد`
//! take من of the one asked) right before من, a named party, then what it is to do (أن or
//! a verbal noun). REQUEST 100, as dev4 and dev8 label `يريد من المدعي العام … التحقيق`:
//! the wanter asks, the party after من is asked. The wanter is the party right before the
//! verb; else, in a quotation whose speaker is known, the speaker, when the verb is in the
//! first person or its subject is the pronoun of `إنه، إنها` ("he said he wants"). Not
//! after a negation (`لا تريد من`: what one does not want is no demand), and nothing when
//! no party follows من (`يسعى من خلالها`، `تريد من وراء ذلك`) or no act follows the party
//! (`كان يريد من ليبيا القذافي فقط`).

use super::args::{mention_starting, Arg, Context};
use super::{modality, opens_with_hamza_below, EventSpan, Input};
use marsad_lexicon::events::{EventWord, Tense};
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// CAMEO 100: make a demand, not specified.
const CAMEO: &str = "100";

/// Negations right before the verb (keys).
const NEGATIONS: &[&str] = &["لا", "ولا", "لم", "ولم", "لن", "ولن"];

/// Complementizers with the pronoun of the one who speaks (keys): قال إنه يريد.
const HE_SAID: &[&str] = &["انه", "انها", "بانه", "بانها", "وانه", "وانها"];

/// The REQUEST events of wants of a named party in a sentence (tokens `s0..s1`).
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>) {
    let ev = input.lexicon.events();
    // The verb, من, the party and its act: four tokens at least.
    for k in s0..s1.saturating_sub(3) {
        if input.keys[k + 1] != "من" || ev.word(&input.keys[k]) != Some(EventWord::Intent) || ctx.in_mention(k) {
            continue;
        }
        if k > s0 && NEGATIONS.contains(&input.keys[k - 1].as_str()) {
            continue;
        }
        let Some(asked) = mention_starting(ctx, input, k + 2).map(|m| &input.mentions[m]) else { continue };
        if !act_follows(input, ctx, asked.tok_end, s1) {
            continue;
        }
        let recipient = Arg::from_mention(asked, input.home);
        let igo = recipient.actor.as_deref().is_some_and(|a| a.starts_with("IGO"));
        if recipient.thing || (recipient.country.is_none() && !igo) {
            continue;
        }
        let bare = without_conjunction(&input.keys[k]);
        let quote = ctx.quote_at(input.tokens[k].start);
        let Some((actor, how)) = wanter(input, ctx, k, bare, s0, quote) else { continue };
        if actor.is_uncoded() || actor.tok_start == recipient.tok_start || (actor.actor.is_some() && actor.actor == recipient.actor) {
            continue;
        }
        let m = modality::of(input, s0, s1, k, Tense::Imperfect, false);
        out.push(EventSpan {
            kind: "REQUEST".into(),
            cameo: Some(CAMEO.into()),
            mode: None,
            actors: vec![actor],
            recipients: vec![recipient],
            negated: m.negated,
            modality: m.modality,
            claimed_by: quote,
            sentence: sent,
            trigger: (k, k + 2),
            confidence: 0.55,
            rule: format!("wanted:{bare}+{how}"),
            ghost: false,
        });
    }
}

/// How many words after the party what it is to do may come (past a name the mentions
/// did not read: `من المدعي العام جيف سيشنز التحقيق`).
const ACT_WINDOW: usize = 3;

/// Does what the party is to do follow within `ACT_WINDOW` words from `j`, before any
/// punctuation: أن, or a verbal noun (`إعادة`، `التحقيق`، `توضيح`: إ, the article, or ت of
/// the derived verbs' nouns) outside a mention?
fn act_follows(input: &Input, ctx: &Context, j: usize, s1: usize) -> bool {
    let act = |k: usize| {
        let key = input.keys[k].as_str();
        let long = key.chars().count() > 4;
        !ctx.in_mention(k) && (matches!(key, "ان" | "بان") || opens_with_hamza_below(input.tokens[k].text(input.text)) || (long && (key.starts_with("ال") || key.starts_with('ت'))))
    };
    (j..(j + ACT_WINDOW).min(s1)).take_while(|&k| input.tokens[k].kind == TokenKind::Arabic).any(act)
}

/// Who wants, for the verb at `k` (`bare`: its key without و/ف): the party ending right
/// before it (not after a preposition), else the speaker of `quote` for a first person or
/// after `إنه، إنها`.
fn wanter(input: &Input, ctx: &Context, k: usize, bare: &str, s0: usize, quote: Option<usize>) -> Option<(Arg, &'static str)> {
    if k > s0 {
        let m = input.mentions.partition_point(|m| m.tok_end < k);
        if let Some(mention) = input.mentions.get(m).filter(|x| x.tok_end == k && x.tok_start >= s0 && !x.prepositional) {
            return Some((Arg::from_mention(mention, input.home), "topic"));
        }
    }
    let first_person = bare.starts_with('ن');
    let he_said = k > s0 && HE_SAID.contains(&input.keys[k - 1].as_str());
    if !(first_person || he_said) || ctx.in_mention(k.saturating_sub(1)) {
        return None;
    }
    let speaker = input.quotes[quote?].speaker.as_ref().map(Arg::from_speaker)?;
    Some((speaker, "speaker"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair, sides};

    fn requests(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "REQUEST")
    }

    #[test]
    fn what_a_party_wants_of_another_is_a_demand() {
        let t = "وقال المسؤول إن اليابان تريد من كوريا الشمالية الموافقة على نزع سلاحها النووي.";
        assert!(requests(t).contains(&pair("JPN", "PRK")), "{:?}", events(t));
        let t = "وقال وزير الخارجية التركي إنه يريد من الولايات المتحدة تسليم فتح الله غولن.";
        assert!(requests(t).contains(&pair("TUR", "USA")), "{:?}", events(t));
        // (Past a word between the party and its act.)
        let t = "وقال وزير الخارجية التركي إنه يريد من وزير الخارجية الأمريكي شخصيا توضيح الموقف.";
        assert!(requests(t).contains(&pair("TUR", "USA")), "{:?}", events(t));
        let t = "وقال وزير الخارجية الإيراني \"نريد من الاتحاد الأوروبي أن يفي بالتزاماته\".";
        assert!(requests(t).contains(&pair("IRN", "IGOEUREEC")), "{:?}", events(t));
    }

    #[test]
    fn no_party_or_no_act_after_min_is_no_demand() {
        // (من خلالها "through it", من وراء "behind": no one asked.)
        let t = "وقالت الحكومة المصرية إن إسرائيل تسعى من خلالها إلى فرض أمر واقع.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
        let t = "وقال المسؤول الروسي إن حلف الناتو كان يريد من ليبيا القذافي فقط.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
        // What one does not want is no demand.
        let t = "وقال المسؤول إن واشنطن لا تريد من تركيا أن تشتري المنظومة الروسية.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn a_third_person_with_no_subject_before_it_names_no_wanter() {
        // (Its subject was told in another sentence: no one is read for it here.)
        let t = "ويريد من الحكومة المصرية أن تفرج عن المعتقلين.";
        assert!(requests(t).is_empty(), "{:?}", events(t));
    }
}
