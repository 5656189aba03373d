//! A bare meeting, call or visit noun framing a clause after a preposition (قال أردوغان
//! خلال لقاء مع رجال الأعمال، دعا الرئيس السوداني خلال المباحثات مع المسؤول الإثيوبي،
//! بحث المبعوث الروسي خلال زيارة مفاجئة إلى طهران) is held by the clause's subject: the
//! nearest party before the preposition that no preposition governs, within a few words and
//! no sentence punctuation or quotation mark between. Without it the meeting had its
//! partner but no one meeting. A frame opening its sentence (وفي اتصال هاتفي مع …، أكد
//! ترامب) points forward and is not read here (`fronted_frame` for the pronoun forms).

use super::args::{bare, is_comma, is_preposition, list_from, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// Prepositions that make a meeting noun a frame (keys, after a conjunction).
const FRAME: &[&str] = &["في", "خلال", "اثناء"];
/// How far before the preposition the subject may stand (words).
const REACH: usize = 10;

/// The parties holding the meeting noun at `i`, framed by the preposition right before it;
/// `met` are the parties it was held with.
pub(super) fn holders(ctx: &Context, input: &Input, i: usize, (s0, s1): (usize, usize), met: &[Arg]) -> Option<Vec<Arg>> {
    let prep = i.checked_sub(1).filter(|&p| p > s0)?;
    if !FRAME.contains(&bare(&input.keys[prep])) {
        return None;
    }
    let lo = prep.saturating_sub(REACH).max(s0);
    // (No sentence punctuation or mark between: a comma may set off a day or an aside.)
    let stop = (lo..prep).rev().find(|&k| input.tokens[k].kind == TokenKind::Punct && !is_comma(input, k));
    let lo = stop.map_or(lo, |k| k + 1);
    let first = input.mentions.partition_point(|m| m.tok_start < lo);
    let candidates = input.mentions[first..].iter().enumerate().take_while(|(_, m)| m.tok_end <= prep);
    let (k, _) = candidates
        .filter(|(_, m)| m.country.is_some() && !m.prepositional && !governed(input, m.tok_start, s0) && !met.iter().any(|r| r.tok_start == m.tok_start))
        .last()?;
    let list = list_from(ctx, input, first + k, s1);
    Some(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).filter(|a| a.tok_end <= prep).collect())
}

/// Does a separate preposition govern the mention at `start` (عن شويغو، في الضفة الغربية)?
fn governed(input: &Input, start: usize, s0: usize) -> bool {
    start > s0 && is_preposition(&input.keys[start - 1])
}

#[cfg(test)]
mod tests {
    use crate::events::tests::parties;

    #[test]
    fn a_framed_meeting_is_held_by_the_clauses_subject() {
        let (actors, recipients) = parties("وقال الرئيس التركي رجب طيب أردوغان خلال لقاء مع رئيس الوزراء البريطاني إن بلاده لن تتراجع.", "CONSULT").unwrap();
        assert_eq!((actors[0].get(..3), recipients[0].get(..3)), (Some("TUR"), Some("GBR")));
        let (actors, recipients) = parties("وبحث المبعوث الروسي الخاص خلال زيارة مفاجئة إلى طهران ملف الأزمة.", "CONSULT").unwrap();
        assert_eq!((actors[0].get(..3), recipients[0].get(..3)), (Some("RUS"), Some("IRN")));
    }

    #[test]
    fn a_party_after_a_preposition_or_past_a_full_stop_holds_nothing() {
        let found = parties("ووصل الوزير إلى فرنسا. وفي اجتماع مع مسؤولين ألمان تقرر الأمر.", "CONSULT");
        assert!(found.as_ref().is_none_or(|(actors, _)| !actors.iter().any(|a| a.starts_with("FRA"))), "{found:?}");
    }
}
