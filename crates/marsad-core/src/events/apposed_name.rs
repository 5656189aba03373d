//! A title and the name written right after it, with no comma, are one party: `اتهم المرشد
//! الإيراني علي خامنئي الولايات المتحدة`، `استقبل ولي العهد السعودي الأمير محمد بن سلمان
//! …`، `شكر أمير قطر الشيخ تميم بن حمد …`. The mentions layer keeps them apart when the
//! title is a metonym or a role phrase with its country (and in hashtags), and the VSO
//! reading then took the name for the verb's object: the leader accusing himself.
//!
//! Only with the same actor code on both, the name a person's, and a title of two words
//! or more (a bare `المستشار`، `السفير` after a name is mostly another person, the object:
//! `استقبل الملك السعودي المستشار النمساوي`). A name then a title is one party when the
//! title speaks for someone (`رفضت سارة ساندرز المتحدثة باسم البيت الأبيض`). Other titles
//! after a name the mentions layer links back to it as if apposed, wrongly for an object
//! (`أمهل ترامب الممثل الأميركي للتجارة`، `وشكر كوشنر الرئيس الأمريكي`): not those.

use super::args::{mention_starting, Context};
use super::Input;
use marsad_lexicon::Kind;

/// The mention apposed right after subject mention `m` (before `s1`), if any: the one to
/// keep as the party (the person's), and the token where the pair ends.
pub(super) fn apposed_name(ctx: &Context, input: &Input, m: usize, s1: usize) -> Option<(usize, usize)> {
    let a = &input.mentions[m];
    let k = a.tok_end;
    if k >= s1 {
        return None;
    }
    let n = mention_starting(ctx, input, k)?;
    let b = &input.mentions[n];
    if b.prepositional || a.actor.is_none() || a.actor != b.actor || input.keys[k].starts_with('و') {
        return None;
    }
    let person = |x: &crate::mentions::ActorSpan| matches!(x.kind, Kind::Person);
    let title_then_name = person(b) && !person(a) && (a.person_noun || a.kind == Kind::Metonym) && a.tok_end - a.tok_start >= 2;
    let name_then_spokesman = person(a) && a.entity.is_some() && a.entity == b.entity && is_spokesman(input, b);
    (title_then_name || name_then_spokesman).then(|| (if person(a) { m } else { n }, b.tok_end))
}

/// Heads of a title that speaks for a body (keys).
const SPOKESMAN_HEADS: &[&str] = &["المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "متحدثه", "ناطق", "ناطقه"];

/// Does mention `b` open with a spokesman's title (`المتحدثة باسم البيت الأبيض`)?
fn is_spokesman(input: &Input, b: &crate::mentions::ActorSpan) -> bool {
    SPOKESMAN_HEADS.contains(&input.keys[b.tok_start].as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, parties};

    #[test]
    fn title_and_name_are_one_subject() {
        let (a, r) = parties("اتهم المرشد الإيراني علي خامنئي الولايات المتحدة بتحريض السعودية.", "ACCUSE").unwrap();
        assert_eq!(a, vec!["IRNGOV"]);
        assert_eq!(r, vec!["USA"]);
    }

    #[test]
    fn a_spokesman_after_the_name_is_the_same_subject() {
        let (_, r) = parties("ورفضت سارة ساندرز المتحدثة باسم البيت الأبيض الاتهامات الروسية.", "REJECT").unwrap();
        assert!(!r.contains(&"USAGOV".to_string()), "{r:?}");
        let (_, r) = parties("وشكر كوشنر الرئيس الأمريكي على جهوده.", "SUPPORT").unwrap();
        assert_eq!(r, vec!["USAGOV"]);
    }

    #[test]
    fn a_name_and_another_official_stay_two() {
        let evs = events("أقال الرئيس الأمريكي دونالد ترامب وزير الخارجية ريكس تيلرسون.");
        let e = evs.iter().find(|e| e.kind == "COERCE").unwrap();
        assert_eq!(e.actors.len(), 1);
        assert_eq!(e.recipients.len(), 1, "{e:?}");
    }
}
