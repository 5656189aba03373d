//! Withdrawing from an agreement (انسحاب الولايات المتحدة من الاتفاق النووي، انسحبت المجر
//! من الاتفاقية، أعلن ترامب انسحاب بلاده من اتفاق باريس) is no retreat from a place: it
//! rejects the agreement, CAMEO 127 (reject a plan or agreement to settle a dispute),
//! PLOVER REJECT. Withdrawing forces or from a place, a body or a meeting stays RETREAT
//! (انسحاب القوات الأمريكية من سوريا، الانسحاب من الاتحاد الأوروبي).

use marsad_text::normalize::nisba_shaped;
use super::args::{Arg, Context};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;
use marsad_lexicon::date::Date;
use marsad_text::token::TokenKind;

/// CAMEO: reject a plan or agreement to settle a dispute.
pub(super) const REJECT_AGREEMENT: &str = "127";

/// Words of an agreement after من (keys: hamza folded, ة as ه; with the article or not).
const AGREEMENT: &[&str] = &["اتفاق", "اتفاقيه", "اتفاقات", "اتفاقيات", "معاهده", "ميثاق", "صفقه"];

/// How many words outside actor mentions may stand between the trigger and its من (the
/// withdrawer's name is a mention: انسحاب الرئيس الأمريكي دونالد ترامب من الاتفاق; a date
/// may stand there too: انسحابها في أيار/مايو 2018 من الاتفاق).
const REACH: usize = 5;

/// Is the time-reference word at this key (after و) one after which a withdrawal from an
/// agreement is still told as a stance (منذ انسحاب الولايات المتحدة منه), not an
/// anniversary or an era (ذكرى، إبان)? (عقب is no time-reference word: a noun after it is
/// read as after بعد.)
pub(super) fn after_time_word(key: &str) -> bool {
    key.strip_prefix('و').unwrap_or(key) == "منذ"
}

/// Is the withdrawal trigger at tokens `i..end` one from an agreement? From it (منه،
/// منها) stands for the agreement when one was named before it in the sentence (انسحبت
/// الولايات المتحدة من الاتفاق، وبقيت ألمانيا فيه رغم انسحاب واشنطن منه).
pub(super) fn from_agreement(ctx: &Context, input: &Input, trigger: &Trigger, (s0, i, end): (usize, usize, usize), s1: usize) -> bool {
    // (سحب … قوات: forces withdrawn, whatever follows.)
    if trigger.mode.as_deref() != Some("withdraw") || !trigger.then.is_empty() {
        return false;
    }
    let mut words = 0;
    for k in end..s1 {
        // (The slash of a date, أيار/مايو, is no clause break.)
        if input.tokens[k].kind == TokenKind::Punct && input.tokens[k].text(input.text) != "/" {
            return false;
        }
        match input.keys[k].as_str() {
            "من" => return input.keys.get(k + 1).filter(|_| k + 1 < s1).is_some_and(|w| is_agreement(w)),
            "منه" | "منها" => return input.keys[s0..i].iter().any(|w| is_agreement(w)),
            _ => {}
        }
        if !ctx.in_mention(k) {
            words += 1;
            if words > REACH {
                return false;
            }
        }
    }
    false
}

/// The agreement's other party, the rejected side when the withdrawal names none: the
/// state or body the text ties to the agreement by مع or بين or a nisba (انسحاب واشنطن من
/// الاتفاق النووي مع إيران، الاتفاق الموقع في 2015، بين طهران والقوى الست), in its own
/// phrase or, for an agreement named again (الاتفاق، منه), where the document named it
/// before with the same adjective; never the withdrawer's own country.
pub(super) fn counterparty(input: &Input, (s0, i, end): (usize, usize, usize), s1: usize, actors: &[Arg]) -> Option<Arg> {
    let noun = agreement_noun(input, (s0, i, end), s1)?;
    let own = |m: &ActorSpan| actors.iter().any(|a| a.country.is_some() && a.country.as_deref() == m.country.as_deref());
    let Some(tied) = tie(input, noun, s1, &own) else {
        // (Not when the text ties it to the withdrawer's own side.)
        return tie(input, noun, s1, &|_| false).is_none().then(|| nuclear_deal(input, noun, s1, actors)).flatten();
    };
    let party = Arg::from_mention(tied, input.home);
    (!party.is_uncoded()).then_some(party)
}

/// The party tied to the agreement noun at `noun`, not one `own` rules out: in its own
/// phrase, else where the document named the same agreement before (its adjective,
/// النووي، التجارية, if it has one, is the earlier phrase's too).
fn tie<'i>(input: &'i Input, noun: usize, s1: usize, own: &dyn Fn(&ActorSpan) -> bool) -> Option<&'i ActorSpan<'i>> {
    tied_party(input, noun, s1, own).or_else(|| {
        let adjective = qualifier(input, noun, s1);
        (0..noun.saturating_sub(1)).rev().filter(|&k| is_agreement(&input.keys[k])).find_map(|k| {
            let same = adjective.is_none_or(|a| qualifier(input, k, noun) == Some(a));
            same.then(|| tied_party(input, k, noun, own)).flatten()
        })
    })
}

/// How many words the agreement's phrase may run over before its مع or بين (an adjective,
/// a participle, في, a year and a comma: الاتفاق التاريخي الموقع في 2015، بين طهران …).
const PHRASE_WORDS: usize = 5;

/// The day the nuclear agreement with Iran was concluded (Vienna, 14 July 2015).
const NUCLEAR_DEAL: Date = Date(20150714);

/// "The nuclear agreement" (الاتفاق النووي) with no party tied to it, in a story told
/// since 2015, is the one with Iran, which the withdrawal rejects (انسحاب أمريكا منه after
/// الاتفاق النووي، الانسحاب الأمريكي من الاتفاق النووي), unless Iran withdraws.
fn nuclear_deal(input: &Input, noun: usize, s1: usize, actors: &[Arg]) -> Option<Arg> {
    let named = input.keys[noun] == "الاتفاق" && qualifier(input, noun, s1) == Some("النووي");
    let told_since = input.date.is_some_and(|d| d >= NUCLEAR_DEAL);
    let iran = Some("IRN");
    (named && told_since && !actors.iter().any(|a| a.country.as_deref() == iran)).then(|| Arg {
        tok_start: noun,
        tok_end: noun + 2,
        entity: None,
        actor: iran.map(String::from),
        country: iran.map(String::from),
        role: None,
        person: false,
        thing: false,
    })
}

/// The agreement noun a withdrawal at tokens `i..end` is from: the one after its من, or
/// for منه، منها the last named before it in the sentence.
fn agreement_noun(input: &Input, (s0, i, end): (usize, usize, usize), s1: usize) -> Option<usize> {
    let k = (end..s1).find(|&k| matches!(input.keys[k].as_str(), "من" | "منه" | "منها"))?;
    if input.keys[k] == "من" {
        return Some(k + 1).filter(|&n| n < s1 && is_agreement(&input.keys[n]));
    }
    (s0..i).rev().find(|&n| is_agreement(&input.keys[n]))
}

/// The nisba-shaped adjective right after the agreement noun at `noun` (النووي، التجارية).
fn qualifier<'i>(input: &'i Input, noun: usize, limit: usize) -> Option<&'i str> {
    let key = input.keys.get(noun + 1).filter(|_| noun + 1 < limit)?.as_str();
    (key.starts_with("ال") && nisba_shaped(key)).then_some(key)
}

/// The party tied to the agreement noun at `noun` within its phrase (tokens before
/// `limit`): a nisba right after it or its adjectives, or the first party after مع or the
/// first not the withdrawer's after بين; the phrase runs over definite words, numbers,
/// commas and في، عام (الاتفاق التاريخي الموقع في 2015، بين …), five of them at most.
fn tied_party<'i>(input: &'i Input, noun: usize, limit: usize, own: &dyn Fn(&ActorSpan) -> bool) -> Option<&'i ActorSpan<'i>> {
    let starting = |k: usize| {
        let first = input.mentions.partition_point(|m| m.tok_start < k);
        input.mentions[first..].iter().take_while(move |m| m.tok_start == k)
    };
    // (A state or a body that signs: not a place, a person or an outlet citing it.)
    let signs = |m: &ActorSpan| matches!(m.kind, Kind::State | Kind::Capital | Kind::Nisba | Kind::Metonym | Kind::Igo | Kind::Group);
    let party = |m: &&ActorSpan| signs(m) && m.country.is_some() && !own(m);
    for (words, k) in (noun + 1..limit).enumerate() {
        if words > PHRASE_WORDS {
            return None;
        }
        let key = input.keys[k].as_str();
        if key == "مع" {
            return (k + 1..limit.min(k + 6)).flat_map(starting).take(1).find(party);
        }
        if key == "بين" {
            return between(input, k, limit, &party);
        }
        if let Some(m) = starting(k).next() {
            return Some(m).filter(|m| m.kind == Kind::Nisba).filter(party);
        }
        let token = &input.tokens[k];
        let filler = match token.kind {
            TokenKind::Punct => matches!(token.text(input.text), "،" | ","),
            TokenKind::Number => true,
            _ => key.starts_with("ال") || matches!(key, "في" | "عام"),
        };
        if !filler {
            return None;
        }
    }
    None
}

/// The party of a بين list (after the token `k`) that stands alone on its side, with no
/// other party right next to it (بين القوى الست، بريطانيا والصين …، وبين إيران; بين طهران
/// من جهة وبريطانيا والصين …): the withdrawer's own side may stand next to it.
fn between<'i>(input: &'i Input, k: usize, limit: usize, party: &dyn Fn(&&ActorSpan) -> bool) -> Option<&'i ActorSpan<'i>> {
    let first = input.mentions.partition_point(|m| m.tok_start <= k);
    let list: Vec<&ActorSpan> = input.mentions[first..].iter().take_while(|m| m.tok_start < limit.min(k + LIST)).collect();
    // (Next to: nothing between them but a comma.)
    let next_to = |a: &ActorSpan, b: &ActorSpan| {
        let gap = a.tok_end..b.tok_start;
        gap.is_empty() || gap.len() == 1 && matches!(input.tokens[a.tok_end].text(input.text), "،" | ",")
    };
    list.iter().enumerate().find_map(|(n, m)| {
        let before = n.checked_sub(1).and_then(|p| list.get(p)).filter(|p| party(p) && next_to(p, m));
        let after = list.get(n + 1).filter(|a| party(a) && next_to(m, a));
        (party(m) && before.is_none() && after.is_none()).then_some(*m)
    })
}

/// How many tokens after بين its list may run (بين القوى الست الكبرى، بريطانيا والصين
/// وفرنسا وألمانيا وروسيا والولايات المتحدة، وبين إيران).
const LIST: usize = 16;

fn is_agreement(key: &str) -> bool {
    AGREEMENT.contains(&key.strip_prefix("ال").unwrap_or(key))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn withdrawing_from_an_agreement_rejects_it() {
        for t in [
            "وانسحبت المجر من الاتفاقية الدولية للهجرة.",
            "وارتفعت الأسعار بعد انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.",
            "وانسحبت الولايات المتحدة في مايو من الاتفاق النووي مع إيران.",
            "وكانت واشنطن طلبت إثر انسحابها في أيار/مايو 2018 من الاتفاق الموقع في 2015.",
            "وبقيت ألمانيا في الاتفاق النووي رغم انسحاب الولايات المتحدة منه.",
        ] {
            let e = events(t);
            assert!(e.iter().any(|e| e.kind == "REJECT" && e.cameo.as_deref() == Some("127")), "{t}: {e:?}");
            assert!(!e.iter().any(|e| e.kind == "RETREAT"), "{t}: {e:?}");
        }
    }

    #[test]
    fn a_withdrawal_after_a_time_word_is_still_told() {
        // After منذ (and عقب, no time-reference word) the withdrawal from an agreement is a
        // stance still held; an anniversary, or a withdrawal of forces, stays a time reference.
        let told = ["وتراجعت العملة الإيرانية عقب انسحاب الولايات المتحدة من الاتفاق النووي.", "وتصاعد التوتر منذ انسحاب واشنطن من الاتفاق النووي مع إيران."];
        assert!(told.iter().all(|t| rejected(t).len() == 1), "{:?}", told.map(events));
        for t in ["وأقيم حفل في ذكرى انسحاب الولايات المتحدة من الاتفاق النووي.", "وعادت الأسواق إلى العمل منذ انسحاب القوات الأمريكية من المدينة."] {
            let e = events(t);
            assert!(!e.iter().any(|e| matches!(e.kind.as_str(), "REJECT" | "RETREAT")), "{t}: {e:?}");
        }
    }

    fn rejected(t: &str) -> Vec<Option<String>> {
        events(t).into_iter().filter(|e| e.cameo.as_deref() == Some("127")).map(|e| e.recipients.first().and_then(|r| r.country.clone())).collect()
    }

    #[test]
    fn the_agreements_other_party_is_rejected() {
        for t in [
            // مع after the agreement and its adjectives.
            "وقد انسحبت الولايات المتحدة في مايو من الاتفاق النووي مع إيران.",
            // A بين list: the side standing alone, not the first of the powers.
            "وانسحبت الولايات المتحدة من الاتفاق المبرم بين القوى الكبرى، بريطانيا وفرنسا وألمانيا، وبين إيران.",
            // منه: the agreement named before in the sentence.
            "وبقيت ألمانيا في الاتفاق النووي مع إيران رغم انسحاب الولايات المتحدة منه.",
            // A phrase of an adjective, a participle and a date before its بين.
            "وأعلنت الولايات المتحدة انسحابها من الاتفاق التاريخي الموقع في 2015، بين طهران والقوى الست الكبرى.",
            // The agreement named again, tied to its party earlier in the document.
            "ووقعت إيران الاتفاق النووي مع فرنسا. وبعد سنوات انسحبت الولايات المتحدة من الاتفاق النووي.",
        ] {
            let want = if t.contains("مع فرنسا") { "FRA" } else { "IRN" };
            assert_eq!(rejected(t), [Some(want.to_string())], "{t}");
        }
    }

    #[test]
    fn no_other_party_of_the_withdrawers_own_or_of_another_agreement() {
        for t in [
            // The earlier tie names the withdrawer's own country: none.
            "ووقعت فرنسا الاتفاق النووي مع الولايات المتحدة. وبعد سنوات انسحبت الولايات المتحدة من الاتفاق النووي.",
            // A different agreement named before (اتفاق تجاري ≠ النووي).
            "ووقعت اليابان الاتفاق التجاري مع كندا. وانسحبت الولايات المتحدة من الاتفاق الأمني.",
            // مع far past the agreement's phrase.
            "وانسحبت الولايات المتحدة من الاتفاق وأجرت بعد ذلك محادثات مطولة مع روسيا.",
        ] {
            let r = rejected(t);
            assert!(!r.is_empty() && r.iter().all(Option::is_none), "{t}: {r:?}");
        }
    }

    #[test]
    fn the_nuclear_agreement_named_alone_is_irans() {
        // Named with no party since 2015: the agreement with Iran.
        assert_eq!(rejected("وتريد ألمانيا إنقاذ الاتفاق النووي، الذي أعلن انسحاب أمريكا منه."), [Some("IRN".to_string())]);
        assert_eq!(rejected("وارتفعت الأسعار بعد الانسحاب الأمريكي من الاتفاق النووي."), [Some("IRN".to_string())]);
        // Iran withdrawing rejects no Iran; another agreement names no one.
        let r = rejected("وقالت طهران إن إيران ستنسحب من الاتفاق النووي.");
        assert!(!r.is_empty() && r.iter().all(Option::is_none), "{r:?}");
        let r = rejected("وارتفعت الأسعار بعد الانسحاب الأمريكي من الاتفاق التجاري.");
        assert!(!r.is_empty() && r.iter().all(Option::is_none), "{r:?}");
    }

    #[test]
    fn withdrawing_from_a_place_stays_a_retreat() {
        let t = "وانسحبت القوات الإسرائيلية من قطاع غزة بعد الاتفاق مع مصر.";
        let e = events(t);
        assert!(e.iter().any(|e| e.kind == "RETREAT"), "{e:?}");
        assert!(!e.iter().any(|e| e.kind == "REJECT"), "{e:?}");
    }
}
