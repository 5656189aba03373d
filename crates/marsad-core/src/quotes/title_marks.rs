//! Marks around a name, not a quotation: a short name or title (لجنة "كاليفورنيا واحدة"،
//! لـ"العربية.نت"), a longer one after a title noun (صحيفة "يو إس إيه توداي"), or the
//! subject's name right after a reporting verb and before its إن (وقال "آير بي ان بي" إنه).
//! A subject phrase may hold them between a cue and its إن or colon, so the clause search
//! passes over them (`title_mark` on the marks) and reads nothing inside a name of two
//! words or more as a complementizer or a full stop (`in_title`).

use super::{is_complementizer, titles, CueKind, Input};
use marsad_text::token::TokenKind;

/// Set `title_mark` on the marks of the paragraph's `regions` (open, close) that hold a
/// name, and `in_title` on the words inside those of two words or more.
pub(super) fn mark(
    input: &Input,
    regions: &[(usize, Option<usize>)],
    (p0, p1): (usize, usize),
    cue_kinds: &[Option<CueKind>],
    title_mark: &mut [bool],
    in_title: &mut [bool],
) {
    let (tokens, keys) = (input.tokens, input.keys);
    let cue_at = |i: usize| cue_kinds[i];
    // (Words, not tokens: the dots of an acronym, "إن.تي.في.", are no words.)
    for &(open, close) in regions {
        let words = |c: usize| (open + 1..c).filter(|&k| tokens[k].kind != TokenKind::Punct).count();
        // A short name or title.
        let short = |c: usize| c <= open + 8 && words(c) <= 3;
        // (Or a longer name after a title noun: قالت صحيفة "يو إس إيه توداي" إن ….)
        let titled = |c: usize| c <= open + 12 && open > p0 && c > open + 1 && titles::introduces_title(&keys[open - 1], words(c), &keys[open + 1]);
        // (Or the subject's name in marks between a verb and its إن: وقال "آير بي ان بي"
        // إنه …، وذكر "المرصد السوري لحقوق الإنسان" آنذاك أن ….)
        let subject_named = |c: usize| {
            c <= open + 12
                && words(c) <= 6
                && open > p0
                && cue_at(open - 1) == Some(CueKind::Verb)
                && (c + 1..(c + 3).min(p1)).any(|k| is_complementizer(&keys[k]))
        };
        if let Some(close) = close.filter(|&c| short(c) || titled(c) || subject_named(c)) {
            title_mark[open] = true;
            title_mark[close] = true;
            // (One marked word may be a stray pair around إن: لمجلة "نيو ساينتست" " إن "….)
            if words(close) >= 2 {
                in_title[open + 1..close].iter_mut().for_each(|f| *f = true);
            }
        }
    }
}
