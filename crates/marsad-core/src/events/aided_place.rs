//! Aid given by a named donor with no party read after it as its recipient: the aid went
//! where the sentence says it was given (`قدمت السعودية مساعدات إنسانية للنازحين في
//! اليمن`، `وزعت الإمارات معونات غذائية في الحديدة`): that state, or the state of that
//! place, is its recipient. With no such place the event is kept with no recipient, as
//! the labels keep it (`وقدمت قطر مساعدات بقيمة مئة مليون دولار`): the donor's deed is told
//! all the same, where before the event was dropped. Only a gift told as one: an aid noun
//! (مساعدات، معونات، منحة) handed over by a verb of giving (قدم، أرسل) or
//! named with its donor's nisba (المساعدات السعودية), or pledged (تعهد بتقديم مساعدات، تعهد
//! بتقديم 50 مليون يورو: events.tsv's AID rows of تعهد); weapons used or carried (استخدم
//! أسلحة، حملوا السلاح) and help as an aim (لمساعدته) are no gift.

use super::args::{self, Arg, Context};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::token::TokenKind;

/// Support verbs that hand a gift over.
const GIVING: &[&str] = &["قدم", "أرسل"];

/// The verb of pledging, whose AID rows (with their `then` words) pledge a gift.
const PLEDGE: &str = "تعهد";

/// Aid nouns (dictionary lemmas) that name a gift.
const GIFTS: &[&str] = &["مساعدات", "منحة"];

/// Is the aid trigger `t` at token `i` a gift given: a gift noun, plural, under a giving support
/// verb (`governing`: its lemma and token), or with its donor's nisba (`rule` `+nisba`)? Not a noun with ل (لمساعدته: help as an aim), nor under the
/// adverb قدما ("forward": المضي قدما).
pub(super) fn is_given(input: &Input, t: &Trigger, i: usize, governing: Option<(&str, usize)>, rule: &str) -> bool {
    // A pledge of aid or of a sum (تعهد بتقديم …, events.tsv) is a gift told as one: its
    // end is often no party (لدعم الجيش، لجهود الإغاثة، لقوة مشتركة).
    if t.lemma == PLEDGE && t.kind == TriggerKind::Verb {
        return true;
    }
    if !GIFTS.contains(&t.lemma.as_str()) || input.keys[i].starts_with('ل') {
        return false;
    }
    // (The singular مساعدة handed over is as often help of any kind: قدمنا لهم المساعدة.)
    let key = input.keys[i].as_str();
    let plural = key.contains("مساعدات") || key.contains("معونات") || key.contains("منح");
    let handed = governing.is_some_and(|(lemma, at)| GIVING.contains(&lemma) && !input.keys[at].starts_with("قدما"));
    plural && handed || rule.contains("+nisba")
}

/// How many tokens after the aid phrase the place may come.
const WINDOW: usize = 10;

/// The state or place after في (or داخل) within a few tokens after the trigger's end
/// `from`, before any punctuation: the place the aid was given in.
pub(super) fn given_in(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<Arg> {
    let hi = (from + WINDOW).min(s1);
    for j in from..hi {
        if input.tokens[j].kind == TokenKind::Punct {
            return None;
        }
        if matches!(input.keys[j].as_str(), "في" | "داخل") && j + 1 < s1 {
            return args::state_or_place_at(ctx, input, j + 1, s1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn aid_recipient(text: &str) -> Option<Option<String>> {
        let es = events(text);
        let e = es.iter().find(|e| e.kind == "AID")?;
        Some(e.recipients.first().and_then(|r| r.country.clone()))
    }

    #[test]
    fn aid_given_in_a_place_goes_to_its_state() {
        assert_eq!(aid_recipient("وقدمت الكويت مساعدات غذائية للأسر النازحة في اليمن."), Some(Some("YEM".into())));
        assert_eq!(aid_recipient("وأرسلت تركيا مساعدات طبية عاجلة داخل سوريا."), Some(Some("SYR".into())));
    }

    #[test]
    fn aid_with_a_donor_and_no_place_is_kept_without_recipient() {
        assert_eq!(aid_recipient("وقدمت الإمارات مساعدات بقيمة خمسين مليون دولار."), Some(None));
    }

    #[test]
    fn weapons_used_or_help_as_an_aim_are_no_gift() {
        assert_eq!(aid_recipient("واستخدمت القوات الحكومية أسلحة محرمة دوليا."), None);
        assert_eq!(aid_recipient("وأرسلت الحكومة السورية مقاتلين لمساعدة حلفائها."), None);
    }

    #[test]
    fn singular_help_handed_over_still_needs_its_recipient() {
        assert_eq!(aid_recipient("وقدم الجيش المغربي المساعدة طوال الليل."), None);
        assert_eq!(aid_recipient("وقدم الجيش المغربي المساعدات طوال الليل."), Some(None));
    }

    #[test]
    fn a_pledge_of_a_sum_stands_without_recipient() {
        assert_eq!(aid_recipient("وتعهد الاتحاد الأوروبي بتقديم 50 مليون يورو إضافية لقوة مشتركة."), Some(None));
        assert_eq!(aid_recipient("وتعهدت الكويت بتقديم تمويل إلى البحرين."), Some(Some("BHR".into())));
        // A pledge of something else stays a promise (AGREE).
        assert_eq!(aid_recipient("وتعهد ترامب بتقديم خطة للسلام."), None);
    }

    #[test]
    fn aid_with_no_named_donor_stays_none() {
        assert_eq!(aid_recipient("وقدمت مساعدات بقيمة خمسين مليون دولار."), None);
    }
}
