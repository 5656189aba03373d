//! An accusation told in a relative clause whose object pronoun takes the head back, its
//! subject dropped (`معاقبة الصين التي اتهمها بسرقة الملكية الفكرية`، `حملة ضد أنصار غولن
//! الذي اتهمته بتدبير الانقلاب`): the head is the accused, and the accuser is the party
//! nearest before the head that no preposition governs and that agrees with the verb's letters
//! (`بعدما رفضت أنقرة إطلاق سراح القس الذي تتهمه`: Ankara, not the sentence's first party). Only
//! with the charge or manner in بـ right after the verb: a word there may be a subject
//! the dictionaries do not know (`التي تتهمها الدول المقاطعة`), which is not the first party.

use super::args::{self, Arg, Context};
use super::{dropped_subject, Input};
use marsad_text::token::TokenKind;

/// The accusers (a list) and the accused of the accusing verb at `verb`, which carries an object
/// pronoun agreeing with the relative pronoun right before it.
pub(super) fn sides(ctx: &Context, input: &Input, verb: usize, lemma: &str, (s0, s1): (usize, usize)) -> Option<(Vec<Arg>, Arg)> {
    let (_, head) = args::relative_object_head(ctx, input, verb, s0)?;
    let head = &input.mentions[head?];
    if !args::pronoun_agrees_with_relative(&input.keys[verb], args::bare(&input.keys[verb - 1])) || !charge_next(input, verb + 1, s1) {
        return None;
    }
    let accused = Arg::from_mention(head, input.home);
    let accuser = args::nearest_ungoverned_party(ctx, input, head.tok_start, s0, |span| dropped_subject::subject_agrees(input, span, verb, lemma))?;
    if input.mentions[accuser].actor == head.actor {
        return None;
    }
    // (With the list it ends: قطعت السعودية والبحرين ومصر العلاقات مع قطر التي اتهمتها.)
    let accusers = args::list_backward(ctx, input, accuser, s0).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect();
    Some((accusers, accused))
}

/// Does a word in بـ (the charge, بالفساد، بأنه, or the manner, بشدة) come at `k`, past
/// quotation marks (يتهمهم "بالخيانة")?
fn charge_next(input: &Input, mut k: usize, s1: usize) -> bool {
    while k < s1 && input.tokens[k].kind == TokenKind::Punct && args::is_quote_mark(input, k) {
        k += 1;
    }
    k < s1 && input.tokens[k].kind == TokenKind::Arabic && input.keys[k].starts_with('ب') && input.keys[k].chars().count() >= 3
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, sides};

    #[test]
    fn a_head_taken_back_by_the_accusing_verbs_pronoun_is_accused_by_the_nearest_party() {
        let t = "وفرضت الإدارة الأمريكية رسوما جديدة على الصين التي اتهمتها بسرقة التكنولوجيا.";
        assert!(sides(t, "ACCUSE").contains(&(Some("USA".into()), Some("CHN".into()))), "{:?}", sides(t, "ACCUSE"));
        // A list of accusers is all of them.
        let t = "وقطعت فرنسا وألمانيا علاقاتها مع إيران التي اتهمتها بدعم الإرهاب.";
        let found = events(t);
        assert!(found.iter().any(|e| e.kind == "ACCUSE" && e.actors.len() == 2), "{found:?}");
        let t = "وشنت السلطات التركية حملة اعتقالات ضد أنصار فتح الله غولن الذي تتهمه بالوقوف وراء الانقلاب.";
        assert!(sides(t, "ACCUSE").contains(&(Some("TUR".into()), Some("TUR".into()))), "{:?}", sides(t, "ACCUSE"));
        // The nearest party that agrees, not the sentence's first.
        let t = "وفرضت واشنطن عقوبات على وزيرين، بعدما رفضت موسكو الإفراج عن المعارض الأوكراني الذي تتهمه بالتجسس.";
        let found = sides(t, "ACCUSE");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("RUS")) && found.iter().all(|(a, _)| a.as_deref() != Some("USA")), "{found:?}");
    }

    #[test]
    fn a_subject_after_the_verb_or_a_pronoun_of_another_party_gives_no_such_accusation() {
        // The head is the subject: its pronoun object is someone else.
        let t = "وأثارت تصريحات الوزير الإيطالي سالفيني غضب المعارضة الإيطالية التي اتهمته بالتحريض.";
        assert!(sides(t, "ACCUSE").iter().all(|(a, r)| !(a.as_deref() == Some("ITA") && r.as_deref() == Some("ITA"))), "{:?}", sides(t, "ACCUSE"));
        // A subject the dictionaries do not know stands after the verb.
        let t = "وأغلقت مصر حدودها مع قطر التي تتهمها دول الجوار بدعم الإرهاب.";
        assert!(sides(t, "ACCUSE").iter().all(|(a, _)| a.as_deref() != Some("EGY")), "{:?}", sides(t, "ACCUSE"));
        // A plural verb is no one person's.
        let t = "والتقى الرئيس الفرنسي ماكرون بممثلي الحكومة الإيرانية التي يتهمونها بالتدخل.";
        assert!(sides(t, "ACCUSE").iter().all(|(a, _)| a.as_deref() != Some("FRA")), "{:?}", sides(t, "ACCUSE"));
    }
}
