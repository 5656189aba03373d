//! A subject set off from its verb by an aside between commas: an apposition naming the
//! same party (وكان الجنرال الأميركي، جون نيكلسون، قد تحدث مع …) or a time word (وكانت
//! الحكومة، الأسبوع الماضي، قد طلبت …). News writes the subject, the aside and then the
//! verb, mostly after كان … قد; the closing comma is no clause break there.

use super::args::{bare, is_comma, Context, AUXILIARIES, TIME_WORDS};
use super::Input;
use marsad_text::token::TokenKind;

/// The subject before the aside whose closing comma is at `comma`, when only auxiliaries
/// (قد، كان) stand between that comma and the verb at `pred`: the mention ending right
/// before the aside's opening comma, not governed by a preposition. An apposition must
/// name the same country as the subject (not a list: مصر، الأردن، تدين).
pub fn subject_before(ctx: &Context, input: &Input, comma: usize, pred: usize, s0: usize) -> Option<usize> {
    if !is_comma(input, comma) || !(comma + 1..pred).all(|k| AUXILIARIES.contains(&bare(&input.keys[k]))) {
        return None;
    }
    let last = comma.checked_sub(1).filter(|&k| k > s0)?;
    // The aside: a mention ending at the comma, or one or two time words, or a title
    // opening it followed by a few words of its own (، مستشار الرئيس ترامب الجديد للأمن
    // القومي،).
    let (opening, apposed) = match ctx.mention_of(last).filter(|&m| input.mentions[m].tok_start > s0 && is_comma(input, input.mentions[m].tok_start - 1)) {
        Some(m) => (input.mentions[m].tok_start - 1, Some(m)),
        None => match (0..2).take_while(|&n| last >= s0 + n && TIME_WORDS.contains(&bare(&input.keys[last - n]))).count() {
            0 => long_apposition(ctx, input, last, s0)?,
            words => (last.checked_sub(words)?, None),
        },
    };
    if opening <= s0 || !is_comma(input, opening) {
        return None;
    }
    let m = ctx.mention_of(opening - 1)?;
    let subject = &input.mentions[m];
    if subject.prepositional || subject.tok_end != opening {
        return None;
    }
    let same_party = apposed.is_none_or(|a| subject.country.is_some() && input.mentions[a].country == subject.country);
    (same_party && opens_clause(input, subject.tok_start, s0)).then_some(m)
}

/// Most words an apposition may run to before its closing comma.
const APPOSITION_WORDS: usize = 8;

/// An apposition that opens with a mention right after its comma and runs on a few words
/// with no punctuation to `last`: its opening comma and the mention.
fn long_apposition(ctx: &Context, input: &Input, last: usize, s0: usize) -> Option<(usize, Option<usize>)> {
    let lo = last.saturating_sub(APPOSITION_WORDS).max(s0 + 1);
    let opening = (lo..=last).rev().find(|&k| input.tokens[k].kind == TokenKind::Punct)?;
    let apposed = super::args::mention_starting(ctx, input, opening + 1)?;
    (is_comma(input, opening) && input.mentions[apposed].tok_end <= last).then_some((opening, Some(apposed)))
}

/// Is the only punctuation between `a` and `b` a pair of commas around nothing but time
/// words (قرر الاتحاد الأوروبي، الخميس، تمديد; أعلن الإنتربول السعودي، الأربعاء الماضي،
/// القبض)? News sets the day off so between a verb's subject and its object; the commas
/// end no clause. (An aside holding anything else, a place or a clause, may.)
pub fn time_between_commas(ctx: &Context, input: &Input, a: usize, b: usize) -> bool {
    let mut puncts = (a + 1..b).filter(|&k| input.tokens[k].kind == TokenKind::Punct);
    let (Some(open), Some(close), None) = (puncts.next(), puncts.next(), puncts.next()) else { return false };
    is_comma(input, open)
        && is_comma(input, close)
        && close > open + 1
        && (open + 1..close).all(|k| !ctx.in_mention(k) && TIME_WORDS.contains(&bare(&input.keys[k])))
}

/// Does the subject starting at `tok` open its clause: at the sentence's start or after
/// كان، أن، لكن and the like? After a verb it is that verb's subject and what follows the
/// aside its object (أكدت وزارة الخارجية، الاثنين، دعم المملكة؛ لما قاله الرئيس، دونالد
/// ترامب، فجر السبت); after another party it ends a list (الملك سلمان والرئيس الأمريكي، دونالد
/// ترامب، بحثا).
///
/// After أعلن the subject is the announcer, and what follows the aside is the act announced,
/// the announcer's own (أعلنت الوزارة، الأربعاء، فرض عقوبات), as `announce` reads it
/// without the aside.
fn opens_clause(input: &Input, tok: usize, s0: usize) -> bool {
    tok == s0 || CLAUSE_OPENERS.contains(&bare(&input.keys[tok - 1])) || input.keys[tok - 1] == "و" || super::announce::announces(&input.keys[tok - 1])
}

/// Words after which a subject opens its clause (normalised keys, و stripped).
const CLAUSE_OPENERS: &[&str] = &[
    "كان", "كانت", "يكون", "تكون", "ان", "بان", "لان", "لكن", "ولكن", "حيث", "بينما", "فيما", "كما", "اذ", "ثم", "لقد",
];

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn an_apposition_may_run_on_past_its_title() {
        let text = "وقالت الصحيفة إن جون بولتون، مستشار الرئيس ترامب الجديد للأمن القومي، طلب من مسؤول مصري بحث المشاركة.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("USA", "EGY")]);
        // A title of another country opens no apposition of the subject.
        let text = "وقالت الصحيفة إن السفير الأمريكي، وزير الخارجية المصري الجديد للشؤون العربية، طلب من مسؤول أردني بحث المشاركة.";
        assert!(!sides(text, "REQUEST").iter().any(|(a, _)| a.as_deref() == Some("USA")), "{:?}", sides(text, "REQUEST"));
    }

    #[test]
    fn a_subject_before_an_apposition_between_commas_acts() {
        let text = "وكان وزير الخارجية الأمريكي، مايك بومبيو، قد اتهم إيران بدعم الإرهاب في المنطقة.";
        assert_eq!(sides(text, "ACCUSE"), vec![pair("USA", "IRN")]);
    }

    #[test]
    fn a_time_between_commas_lets_a_support_verb_reach_its_noun() {
        let text = "قررت الحكومة الكندية، الخميس، تمديد العقوبات على روسيا.";
        assert_eq!(sides(text, "COERCE"), vec![pair("CAN", "RUS")]);
        // An aside that is a clause of its own ends the support verb's reach.
        let text = "قررت الحكومة الكندية، ثم قالت الوزارة، تمديد العقوبات على روسيا.";
        assert!(!sides(text, "COERCE").iter().any(|(a, _)| a.as_deref() == Some("CAN")), "{:?}", sides(text, "COERCE"));
    }

    #[test]
    fn an_announcer_before_a_time_between_commas_does_the_act_announced() {
        let text = "أعلنت الحكومة الكندية، الجمعة، فرض عقوبات على روسيا.";
        assert_eq!(sides(text, "COERCE"), vec![pair("CAN", "RUS")]);
        // A speaker's clause after إن has a subject of its own.
        let text = "قالت الحكومة الكندية، الجمعة، إن فرض عقوبات على روسيا ضروري.";
        assert!(!sides(text, "COERCE").iter().any(|(a, _)| a.as_deref() == Some("CAN")), "{:?}", sides(text, "COERCE"));
    }

    #[test]
    fn a_subject_before_a_time_word_between_commas_acts() {
        let text = "وكانت الحكومة الأردنية، الأسبوع الماضي، قد طالبت إسرائيل بالإفراج عن المعتقلين.";
        assert_eq!(sides(text, "REQUEST"), vec![pair("JOR", "ISR")]);
    }
}
