//! A city named as a state's capital after the preposition of a recognition (`الاعتراف
//! بالقدس عاصمة لإسرائيل`، `اعترفت غواتيمالا بالقدس عاصمة لإسرائيل`): the city is no party,
//! the state whose capital it is called is the one recognised. Before, the recipient
//! search stopped at the city, which no mention covers, and the recognition, which needs a
//! recipient, was dropped: none of the corpus's 111 such phrases gave an event.
//!
//! The state follows `عاصمة` with لـ or in construct (`عاصمة إسرائيل`), past one adjective
//! (`عاصمة أبدية لإسرائيل`); one word may stand between the city and `عاصمة` (`بالقدس
//! الشرقية عاصمة لدولة فلسطين`).

use super::args::{self, Context};
use super::Input;

/// The key of "capital" (ة folds to ه), bare or after a conjunction.
pub(super) fn is_capital_noun(key: &str) -> bool {
    matches!(args::bare(key), "عاصمه")
}

/// How far back the recognition word may stand from its city (اعترف الرئيس الأميركي
/// دونالد ترامب في ديسمبر بالقدس).
const RECOGNITION_REACH: usize = 8;

/// Is the nearest event word before `j`, in the same clause (no punctuation between), a
/// recognition (CAMEO 054: اعترف، الاعتراف)? Only a recognition supports the state whose
/// capital it names; another word's بـ-complement is not read so.
fn after_recognition(input: &Input, j: usize) -> bool {
    let lo = j.saturating_sub(RECOGNITION_REACH);
    (lo..j)
        .rev()
        .take_while(|&k| !args::punct_between(input, k, j))
        .find(|&k| args::is_trigger(input, k))
        .is_some_and(|k| args::firm_trigger_at(input, k, |t| t.cameo.as_deref() == Some("054")))
}

/// For the word at `j` written with بـ and no mention on it (the city), the mention of the
/// state named as its capital's owner right after `عاصمة`, within the sentence ending
/// before `s1`.
pub(super) fn owner_after_city(ctx: &Context, input: &Input, j: usize, s1: usize) -> Option<usize> {
    if !args::bare(&input.keys[j]).starts_with('ب') || ctx.in_mention(j) || !after_recognition(input, j) {
        return None;
    }
    // The capital noun right after the city, or after one word of it (الشرقية).
    let capital = (j + 1..(j + 3).min(s1)).take_while(|&k| !ctx.in_mention(k) && !args::punct_between(input, j, k + 1)).find(|&k| is_capital_noun(&input.keys[k]))?;
    // Its owner: right after it (لإسرائيل، إسرائيل), or past one adjective (أبدية).
    (capital + 1..(capital + 3).min(s1)).take_while(|&k| !args::punct_between(input, capital, k + 1)).find_map(|k| {
        let m = args::mention_starting(ctx, input, k)?;
        let ms = &input.mentions[m];
        let by_lam = args::attached_preposition(input, ms) == Some('ل');
        let construct = k == capital + 1 && !ms.prepositional;
        (ms.country.is_some() && (by_lam || construct)).then_some(m)
    })
}

/// Does a city named as a state's capital follow `from` (its first or second word)? Then
/// a recognition that is another event's content (احتجاجا على قراره الاعتراف بالقدس عاصمة
/// لإسرائيل، رفضت الاعتراف بالقدس عاصمة لإسرائيل) lends that state no part: the protest
/// or refusal is aimed at the recognition, not at the state whose capital it names.
pub(super) fn capital_named_after(ctx: &Context, input: &Input, from: usize, s1: usize) -> bool {
    (from..(from + 2).min(s1)).any(|j| owner_after_city(ctx, input, j, s1).is_some())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::parties;

    #[test]
    fn recognising_a_capital_supports_its_state() {
        let (actors, recipients) = parties("واعترفت هندوراس بالقدس عاصمة لإسرائيل في بيان رسمي.", "SUPPORT").expect("a recognition");
        assert!(actors.iter().any(|a| a.starts_with("HND")), "{actors:?}");
        assert!(recipients.iter().any(|r| r.starts_with("ISR")), "{recipients:?}");
    }

    #[test]
    fn the_owner_in_construct_or_past_an_adjective() {
        let (_, recipients) = parties("واعترفت إسبانيا بالقدس الشرقية عاصمة أبدية لفلسطين.", "SUPPORT").expect("a recognition");
        assert!(recipients.iter().any(|r| r.starts_with("PSE")), "{recipients:?}");
        let (_, recipients) = parties("وقررت الحكومة البرازيلية الاعتراف بالقدس عاصمة إسرائيل.", "SUPPORT").expect("a recognition");
        assert!(recipients.iter().any(|r| r.starts_with("ISR")), "{recipients:?}");
    }

    #[test]
    fn a_protest_at_the_recognition_is_not_aimed_at_the_state() {
        // (A protest at the decision is aimed at its maker, not at the state named.)
        let es = crate::events::tests::events("وعلق الفلسطينيون الاتصالات مع واشنطن احتجاجا على قرارها الاعتراف بالقدس عاصمة لإسرائيل.");
        assert!(es.iter().filter(|e| e.kind == "PROTEST").all(|e| e.recipients.iter().all(|r| r.country.as_deref() != Some("ISR"))), "{es:?}");
    }

    #[test]
    fn a_decided_recognition_with_lam_supports_the_state() {
        // (The state after `عاصمة` with لـ is no owner of the recognition noun: before, it
        // was read as its actor, and the recipient, the same party, was dropped.)
        for t in ["وتظاهر الفلسطينيون بعد قرار ترامب الاعتراف بالقدس عاصمة لإسرائيل.", "وجاء إعلان ترامب الاعتراف بالقدس عاصمة لإسرائيل بعد أشهر."] {
            let (actors, recipients) = parties(t, "SUPPORT").expect("a recognition");
            assert!(actors.iter().any(|a| a.starts_with("USA")), "{actors:?}");
            assert!(recipients.iter().any(|r| r.starts_with("ISR")), "{recipients:?}");
        }
    }

    #[test]
    fn a_city_without_the_capital_noun_names_no_party() {
        // (The city alone, no one named as its owner: a confession-like recognition of a
        // thing, no event.)
        assert!(parties("واعترف المسؤول بالقدس وتاريخها العريق أمام الطلاب.", "SUPPORT").is_none());
    }
}
