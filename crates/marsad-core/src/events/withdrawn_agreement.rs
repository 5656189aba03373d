//! Withdrawing from an agreement (انسحاب الولايات المتحدة من الاتفاق النووي، انسحبت المجر
//! من الاتفاقية، أعلن ترامب انسحاب بلاده من اتفاق باريس) is no retreat from a place: it
//! rejects the agreement, CAMEO 127 (reject a plan or agreement to settle a dispute),
//! PLOVER REJECT. Withdrawing forces or from a place, a body or a meeting stays RETREAT
//! (انسحاب القوات الأمريكية من سوريا، الانسحاب من الاتحاد الأوروبي).

use super::args::Context;
use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// CAMEO: reject a plan or agreement to settle a dispute.
pub(super) const REJECT_AGREEMENT: &str = "127";

/// Words of an agreement after من (keys: hamza folded, ة as ه; with the article or not).
const AGREEMENT: &[&str] = &["اتفاق", "اتفاقيه", "اتفاقات", "اتفاقيات", "معاهده", "ميثاق", "صفقه"];

/// How many words outside actor mentions may stand between the trigger and its من (the
/// withdrawer's name is a mention: انسحاب الرئيس الأمريكي دونالد ترامب من الاتفاق; a date
/// may stand there too: انسحابها في أيار/مايو 2018 من الاتفاق).
const REACH: usize = 5;

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
    fn withdrawing_from_a_place_stays_a_retreat() {
        let t = "وانسحبت القوات الإسرائيلية من قطاع غزة بعد الاتفاق مع مصر.";
        let e = events(t);
        assert!(e.iter().any(|e| e.kind == "RETREAT"), "{e:?}");
        assert!(!e.iter().any(|e| e.kind == "REJECT"), "{e:?}");
    }
}
