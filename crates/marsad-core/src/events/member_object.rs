//! Whom an accusation or a rejection is aimed at when its object names people by the body
//! they belong to: `اتهمت حماس ضباطا في مخابرات السلطة الفلسطينية`، `اتهمت السلطات
//! الأميركية 12 عنصرا في الاستخبارات الروسية`، `اتهم ترامب دولا في حلف شمال الأطلسي`،
//! `اتهمت المحكمة خمسة من أعضاء حزب الله`. The head (a count, or a plural or indefinite
//! noun for people) is no coded party, so the event had no recipient or an uncoded one;
//! the labels code the accused by the body the phrase names after في or من, as CAMEO codes
//! a body's members. `args::object` reads a few member nouns so for every verb; this reads
//! more heads, only for accusing and rejecting, and only a coded body right after the
//! preposition.

use super::args::{bare, is_comma, Arg, Context, TIME_WORDS};
use super::Input;
use marsad_text::token::TokenKind;

/// How many time words and commas may stand before the object, past the verb's subject.
const TO_OBJECT: usize = 6;
/// How many words (adjectives: `شخصيات رفيعة المستوى`) may stand between the head and في/من.
const HEAD_TO_PREPOSITION: usize = 3;

/// Words of residence or presence: a place lived in, not a body belonged to (`المقيم في
/// الولايات المتحدة`).
const RESIDENCE: &[&str] = &["المقيم", "مقيم", "المقيمين", "مقيمين", "المقيمه", "مقيمه", "الموجودين", "موجودين", "الموجود", "المتواجدين", "متواجدين", "يقيم", "يقيمون", "يعيش", "يعيشون"];

/// Indefinite heads for people that a body may follow (keys without و): members, officers,
/// officials, people, states, and counts (`عددا من`، `بعض`).
const PEOPLE_HEADS: &[&str] = &[
    "ضباطا", "ضباط", "ضابطا", "عناصر", "عنصرا", "اعضاء", "عضوا", "افرادا", "افراد", "مسؤولين", "مسؤولا", "مسؤولي", "قياديين", "قياديا",
    "قادة", "شخصيات", "اشخاصا", "اشخاص", "شخصا", "موظفين", "موظفا", "دبلوماسيين", "دبلوماسيا", "جنودا", "جنود", "جنديا", "مقاتلين",
    "مسلحين", "دولا", "جهات", "اطرافا", "اطراف", "عددا", "بعض", "احد", "احدي", "مجموعه", "خلايا", "عملاء",
];

/// The coded body whose members the object of the verb at `[verb, end)` names, when the
/// event has no coded recipient. `actors` are the parties already read (a subject after
/// the verb is passed over).
pub(super) fn body(ctx: &Context, input: &Input, end: usize, s1: usize, actors: &[Arg], recipients: &[Arg]) -> Option<Arg> {
    if recipients.iter().any(|r| r.country.is_some() || r.actor.is_some()) {
        return None;
    }
    let lo = match recipients.first() {
        Some(r) => r.tok_start,
        None => object_start(ctx, input, end, s1, actors)?,
    };
    let (head_end, gap) = head_end(ctx, input, lo, s1)?;
    let prep = (head_end..(head_end + gap + 1).min(s1))
        .take_while(|&k| input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && !RESIDENCE.contains(&input.keys[k].as_str()))
        .find(|&k| matches!(input.keys[k].as_str(), "في" | "من"))?;
    let m = ctx.mention_of(prep + 1)?;
    let mention = &input.mentions[m];
    (mention.tok_start == prep + 1 && mention.country.is_some() && !matches!(mention.kind, marsad_lexicon::Kind::Capital))
        .then(|| Arg::from_mention(mention, None))
}

/// Where the object starts after the verb ending at `end`: past a subject read after the
/// verb, time words and commas (`اتهم ترامب، الثلاثاء، دولا`).
fn object_start(ctx: &Context, input: &Input, end: usize, s1: usize, actors: &[Arg]) -> Option<usize> {
    let (mut k, mut passed) = (end, 0);
    while k < s1 && passed <= TO_OBJECT {
        if let Some(a) = actors.iter().find(|a| a.tok_start == k) {
            k = a.tok_end;
        } else if is_comma(input, k) || TIME_WORDS.contains(&bare(&input.keys[k])) && !ctx.in_mention(k) {
            k += 1;
            passed += 1;
        } else {
            return Some(k);
        }
    }
    None
}

/// The end of a head for people at `lo` and how many words may follow it before في/من: an
/// uncoded mention (a count, a bare role noun) with the preposition right after it (`رجل
/// الدين المقيم في`، `قوات عسكرية أمريكية في سوريا` describe, not place in a body), a number
/// or a word of [`PEOPLE_HEADS`] with up to [`HEAD_TO_PREPOSITION`] adjectives. Not a word
/// with و, which joins the subject (`جمعيات … وشركات تأمين في الولايات المتحدة`).
fn head_end(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<(usize, usize)> {
    if lo >= s1 || bare(&input.keys[lo]) != input.keys[lo] {
        return None;
    }
    if let Some(m) = ctx.mention_of(lo) {
        let mention = &input.mentions[m];
        return (mention.tok_start == lo && mention.country.is_none() && !mention.prepositional).then_some((mention.tok_end, 0));
    }
    let counted = input.tokens[lo].kind == TokenKind::Number || super::COUNT_WORDS.contains(&input.keys[lo].as_str());
    (counted || PEOPLE_HEADS.contains(&input.keys[lo].as_str())).then_some((lo + 1, HEAD_TO_PREPOSITION))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::recipient_countries;

    fn accused(t: &str) -> Vec<Option<String>> {
        recipient_countries(t, "ACCUSE")
    }

    #[test]
    fn members_named_by_their_body_are_the_body() {
        assert_eq!(accused("اتهمت الحكومة التركية ضباطا في الجيش الأمريكي بالتجسس."), vec![Some("USA".to_string())]);
        assert_eq!(accused("واتهم الرئيس الفرنسي، الأحد، عددا من أعضاء حزب الله بتهريب الأسلحة."), vec![Some("LBN".to_string())]);
    }

    #[test]
    fn a_party_not_right_after_the_preposition_is_no_body() {
        // The place of a deed, far from the head, or a party inside the charge is not the accused's body.
        assert_eq!(accused("اتهمت الشرطة الكينية عددا من الشبان بالسرقة في الولايات المتحدة."), vec![None]);
        assert_eq!(accused("اتهمت منظمة العفو الدولية ناشطين بالتعاون مع إيران."), vec![None]);
        // Where someone lives is no body they belong to.
        assert_ne!(accused("ويتهم الرئيس التركي الداعية المقيم في الولايات المتحدة بتدبير الانقلاب."), vec![Some("USA".to_string())]);
    }
}
