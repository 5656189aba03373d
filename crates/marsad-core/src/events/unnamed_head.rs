//! The object pronoun of a verb whose subject follows it (تعديل تدعمه الحكومة، فصائل
//! مسلحة تدعمها إيران، انتفاضة عام 2011 التي دعمها الحلف) stands for the phrase right
//! before the verb or its relative pronoun. When that phrase is a word in no mention, a
//! thing or an unnamed group, the pronoun names no party: reaching further back for one
//! picks a party of another clause (the minister who voted against the amendment, the
//! state the armed groups fight in).

use super::args::{bare, is_relative_pronoun, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// Words before a verb that do not end its head's phrase: particles and auxiliaries
/// (التي كانت تدعمها، قوات لا تدعمها) and clause links after which the pronoun may take
/// back a party named earlier (بينما تدعمها، حيث يدعمها).
const NOT_HEAD: &[&str] = &[
    "قد", "لقد", "لم", "لا", "لن", "ما", "سوف", "كان", "كانت", "كانوا", "يكون", "تكون", "حيث", "بينما", "فيما", "كما", "عندما", "حين", "ثم", "بل", "لكن", "ولكن", "اذ", "اذا", "ان", "انه",
    "انها", "بان", "قال", "قالت", "اكد", "اكدت", "ايضا", "بدوره", "بدورها", "بعد", "بعدما", "قبل", "قبلما", "منذ", "كيف", "لما", "وقت", "حينما",
];

/// Does the head of the verb at `pred` (after its relative pronoun, if any) end in a word
/// that no mention holds? Not after a conjoined verb (تدربها وتدعمها، انسحبوا فدعمها), whose
/// pronoun is its first verb's, nor past punctuation, where an aside may stand between.
pub(super) fn names_no_party(ctx: &Context, input: &Input, pred: usize, s0: usize) -> bool {
    if pred <= s0 + 1 || input.keys[pred].starts_with('و') || input.keys[pred].strip_prefix('ف').is_some_and(|rest| input.lexicon.events().lookup(rest).is_some()) {
        return false;
    }
    let mut k = pred - 1;
    if is_relative_pronoun(&input.keys[k]) {
        if k <= s0 + 1 {
            return false;
        }
        k -= 1;
    }
    let word = matches!(input.tokens[k].kind, TokenKind::Arabic | TokenKind::Number);
    word && !ctx.in_mention(k) && !NOT_HEAD.contains(&bare(&input.keys[k])) && !nisba_after_mention(ctx, input, k, s0)
}

/// A nisba adjective after a party no mention closed on describes it (قوات سوريا
/// الديمقراطية الكردية التي تدعمها، مقاتلين سوريين تدعمهم).
fn nisba_after_mention(ctx: &Context, input: &Input, k: usize, s0: usize) -> bool {
    let nisba = |j: usize| {
        let key = input.keys[j].strip_prefix('و').unwrap_or(&input.keys[j]);
        ["ي", "يه", "يا", "يين", "يون"].iter().any(|e| key.ends_with(e))
    };
    let mut j = k;
    while j > s0 && !ctx.in_mention(j) && nisba(j) {
        j -= 1;
    }
    j != k && ctx.in_mention(j)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn supports(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "SUPPORT")
    }

    #[test]
    fn a_thing_backed_is_no_party_backed() {
        // The pronoun is the plan's, not the Lebanese minister's named before it.
        let found = supports("انتقد الوزير اللبناني أمس خطة تدعمها فرنسا لإصلاح قطاع الكهرباء.");
        assert!(found.is_empty(), "{found:?}");
        // Nor a relative's head that is no party: the year before التي.
        let found = supports("وتراجع اقتصاد تونس بعد ثورة عام 2011 التي دعمتها فرنسا.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_unnamed_group_backed_is_no_state_named_before() {
        // Hackers no mention names: not the ministry that accuses them.
        let found = supports("اتهمت وزارة الخارجية الألمانية أمس متسللين يدعمهم الكرملين بسرقة بيانات.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_thing_opposed_still_names_its_maker() {
        // Only backing needs its beneficiary: a call opposed is its caller's.
        let text = "طلبت واشنطن من حلفائها وقف استيراد النفط الإيراني، وهي دعوة عارضتها تركيا علنا.";
        let rejects: Vec<_> = events(text).into_iter().filter(|e| e.kind == "REJECT").collect();
        assert!(rejects.iter().any(|e| e.recipients.iter().any(|r| r.country.as_deref() == Some("USA"))), "{rejects:?}");
    }

    #[test]
    fn a_party_right_before_still_receives() {
        let found = supports("تقدمت القوات السورية التي تدعمها روسيا نحو المدينة.");
        assert_eq!(found, vec![(Some("RUS".into()), Some("SYR".into()))]);
        // A second verb of the same relative clause takes back its head too.
        let found = supports("قتل جنديان من القوات اليمنية التي تدربها وتدعمها الإمارات.");
        assert!(found.contains(&(Some("ARE".into()), Some("YEM".into()))), "{found:?}");
    }
}
