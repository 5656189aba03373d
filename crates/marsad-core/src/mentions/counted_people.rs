//! Counts among a group (714 مدنيا بينهم 32 طفلا و14 امرأة، قتل 14 شخصا بينهم أربعة أطفال،
//! وبين المصابين ثلاثة مسعفين): a people noun counted right after بينهم/منهم or بين + the
//! group names part of a group the news counts, the dead, the wounded, the abducted, and
//! is of the group's state, or the story's when the group has none. Counted elsewhere
//! (خطف 20 سيدة، قتل خمسة أطفال، إصابة ثلاثة مسعفين), they are people the news reports on
//! too, the guide's counted people: of the story's country. Not a rate or a share (55 ألف
//! امرأة سنويا، طبيب لكل 4500 ساكن، واحدة من بين 30 امرأة), nor people away from home by
//! what they are (234 مهاجرا), who keep their role only.

use super::counted::{counted_noun, is_digits, is_number_word, is_year, Counted, ABOUT, MORE_OR_LESS, PARTITIVES};
use super::extent::{is_one_of, set, KeySet};
use super::*;
use std::sync::OnceLock;

/// Roles of private people and of medical crews, whom the labels give the group's state
/// (PSECVL, PSEHLH). Journalists and aid workers are `alone = coded` rows, placed by what
/// they are.
const COUNTED_ROLES: &[&str] = &["CVL", "HLH"];

/// "Among them" right before a sub-count (بينهم 32 طفلا، ومنهم ثلاث نساء).
const AMONG_THEM: &[&str] = &["بينهم", "بينهن", "منهم", "منهن", "بينهما"];

/// "Among" before the group's noun (وبين المصابين ثلاثة مسعفين، بين الضحايا 11 امرأة).
const AMONG: &[&str] = &["بين"];

/// Words right before a count that make it a share or a rate, not people (لكل 4500 ساكن،
/// من بين 30 امرأة، نسبة، معدل).
const SHARE_BEFORE: &[&str] = &["كل", "لكل", "بين", "نسبة", "معدل", "متوسط", "بمعدل", "بنسبة"];

/// Words up to three after a count that make it a rate (55 ألف امرأة سنويا، كل عام).
const RATE_AFTER: &[&str] = &["سنويا", "يوميا", "شهريا", "أسبوعيا", "سنويًا", "كل", "لكل", "مقابل"];

/// Does the span of tokens `start..end` begin with a count of what it names: a number (in
/// digits, not a year, or a number word), an approximator and a number, or a partitive with
/// من before the noun?
fn counted(keys: &[String], start: usize, end: usize) -> bool {
    static ABOUTS: OnceLock<KeySet> = OnceLock::new();
    static MORE_LESS: OnceLock<KeySet> = OnceLock::new();
    static PARTS: OnceLock<KeySet> = OnceLock::new();
    if end < start + 2 {
        return false;
    }
    let first = keys[start].as_str();
    let number = |k: &str| is_digits(k) && !is_year(k) || is_number_word(k);
    if number(first) {
        return true;
    }
    if set(&ABOUTS, ABOUT).contains(first) || set(&MORE_LESS, MORE_OR_LESS).contains(first) {
        // نحو 20، أكثر من 20
        return keys[start + 1..end].iter().take(2).any(|k| number(k));
    }
    // (عشرات, آلاف and the like among the partitives are number words already, read above.)
    set(&PARTS, PARTITIVES).contains(first) && keys[start + 1..end - 1].iter().take(2).any(|k| k == "من")
}

/// The token where "among" begins before a count at `start`: بينهم right before it, or
/// بين and one definite word (the group: بين المصابين).
pub(super) fn among_before(keys: &[String], start: usize) -> Option<usize> {
    static THEM: OnceLock<KeySet> = OnceLock::new();
    static AMONGS: OnceLock<KeySet> = OnceLock::new();
    let b = start.checked_sub(1)?;
    if is_one_of(&keys[b], set(&THEM, AMONG_THEM)) {
        return Some(b);
    }
    let a = start.checked_sub(2)?;
    (is_one_of(&keys[a], set(&AMONGS, AMONG)) && keys[b].starts_with("ال")).then_some(a)
}

/// Give a count among a group that nothing coded the group's state — the nearest coded
/// civilians ending at most eight tokens before "among", in the paragraph — or, with no
/// mention right before, the story's; its own role stays (rule `+among:STATE` or
/// `+context:STATE`). A group right before that nothing placed (158 مهاجرا غير شرعي
/// بينهم, people away from home) leaves the count uncoded. A count joined to a coded one
/// by و is coded the same (بينهم 32 طفلا و14 امرأة). Run after the counts are read
/// (`counted`, `counted_agents`).
pub(super) fn code_counts<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let open = |s: &ActorSpan<'_>| {
        // (The fields in one branch, `&`: each test alone went either way.)
        (s.kind == Kind::Agent) & s.actor.is_none() & s.country.is_none() & !s.role_is_code
            && s.role.as_deref().and_then(|r| r.get(..3)).is_some_and(|r| COUNTED_ROLES.contains(&r))
            && (counted(keys, s.tok_start, s.tok_end) || s.rule == super::people_lists::RULE)
    };
    if !out.iter().any(open) {
        return;
    }
    let story = story_state(cx, out);
    // The state of the last count coded, and the token where it ended.
    let mut last: Option<((&'a str, &'a str), usize)> = None;
    // The groups named after بين that counts were coded among, with their state.
    let mut groups: Vec<(usize, (&'a str, &'a str))> = Vec::new();
    for i in 0..out.len() {
        if !open(&out[i]) {
            continue;
        }
        let start = out[i].tok_start;
        // و as a token of its own before digits (و14), or on a number word (وثلاثة).
        let joined = last.filter(|&(_, end)| end == start && keys[start].starts_with('و') || end + 1 == start && keys[end] == "و");
        let among = among_before(keys, start).filter(|&at| !cx.crosses_paragraph(at, start));
        let state = if let Some((state, _)) = joined {
            Some((state, "+among:"))
        } else if let Some(at) = among {
            let before: Vec<&ActorSpan<'a>> =
                out[..i].iter().rev().take_while(|g| g.tok_end <= at && at - g.tok_end <= 8 && !cx.crosses_paragraph(g.tok_start, at)).collect();
            let unplaced_next = before.first().is_some_and(|g| at - g.tok_end <= 3 && g.actor.is_none() && g.country.is_none());
            let group = before.iter().find(|g| g.role.as_deref().is_some_and(|r| r.starts_with("CVL"))).and_then(|g| g.state_of(cx.lex));
            match group {
                _ if unplaced_next => None,
                Some(st) => Some(((st.code.as_str(), st.iso3.as_str()), "+among:")),
                None if before.iter().all(|g| at - g.tok_end > 3) => story.map(|s| (s, "+context:")),
                None => None,
            }
        } else if reported_count(cx, &out[i]) {
            story.map(|s| (s, "+context:"))
        } else {
            None
        };
        let Some((state, why)) = state else { continue };
        let Some(role) = out[i].role.take() else { continue };
        code_in_state(cx.lex, &mut out[i], state, role, why);
        last = Some((state, out[i].tok_end));
        if let Some(at) = among.filter(|&at| at + 2 == start) {
            groups.push((at + 1, state));
        }
    }
    name_groups(cx, out, &groups);
}

/// Is `s`, a count that is among no group, people the news reports on: counted by a
/// number or a partitive (not a list, which `people_lists` placed), not a share or a rate,
/// and not of people away from home (migrants, tourists, pilgrims)?
fn reported_count(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    static SHARE: OnceLock<KeySet> = OnceLock::new();
    static RATE: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let noun = keys[s.tok_end - 1].as_str();
    // (Hospitals are HLH too, but no people: 17 مستشفيات.)
    if s.rule == super::people_lists::RULE || bare_people::away_from_home(noun) || noun.contains("مستشف") {
        return false;
    }
    let share = s.tok_start.checked_sub(1).is_some_and(|b| cx.punct_token(b).is_none() && is_one_of(&keys[b], set(&SHARE, SHARE_BEFORE)));
    // (A verb may stand between: 55 ألف امرأة يصبن سنويا.)
    let rate = (s.tok_end..keys.len().min(s.tok_end + 3)).take_while(|&t| cx.punct_token(t).is_none()).any(|t| is_one_of(&keys[t], set(&RATE, RATE_AFTER)));
    !share && !rate
}

/// The group a count is among after بين (وبين المصابين ثلاثة مسعفين) is people the news
/// counts too: of the count's state, whether a bare mention already names it (الضحايا)
/// or it is the dead or wounded no row lists (المصابين، القتلى).
fn name_groups<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>, groups: &[(usize, (&'a str, &'a str))]) {
    let mut added = Vec::new();
    for &(g, state) in groups {
        let at = out.partition_point(|s| s.tok_end <= g);
        match out.get_mut(at).filter(|s| s.tok_start <= g) {
            Some(s) if s.tok_start == g && s.tok_end == g + 1 && s.kind == Kind::Agent && s.actor.is_none() && s.role.as_deref().is_some_and(|r| r.starts_with("CVL")) => {
                let role = s.role.take().unwrap_or_default();
                code_in_state(cx.lex, s, state, role, "+among:");
            }
            None if counted_noun(&cx.keys[g]) == Some((Counted::People, false)) => {
                let mut span = ActorSpan::new(g, g + 1, Kind::Agent, Cow::Borrowed("agent"));
                span.definite = true;
                code_in_state(cx.lex, &mut span, state, Cow::Borrowed("CVL"), "+among:");
                added.push(span);
            }
            _ => {}
        }
    }
    merge_by_start(out, added);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn counts_among_a_group_take_its_state() {
        let ms = mentions("في اليمن قتلت الألغام في اليمن 714 مدنيا بينهم 32 طفلا و14 امرأة، وأصيب 20 مدنيا بينهم ثلاثة مسعفين، وبين المصابين 149 طفلا");
        for counted in ["32 طفلا", "14 امرأة", "149 طفلا"] {
            assert_eq!(code(&ms, counted), Some("YEMCVL"), "{counted}: {ms:?}");
        }
        assert_eq!(code(&ms, "ثلاثة مسعفين"), Some("YEMHLH"), "{ms:?}");
        // The group the count is among is a mention too.
        assert_eq!(code(&ms, "المصابين"), Some("YEMCVL"), "{ms:?}");
        let ms = mentions("في اليمن أعلن مسؤول في اليمن حصيلة القصف الأخير أمس، وقال إن بين الجرحى ثلاثة مسعفين وإن ثلاثة من المصابين في حالة خطيرة");
        assert_eq!(code(&ms, "الجرحى"), Some("YEMCVL"), "{ms:?}");
        assert_eq!(code(&ms, "ثلاثة مسعفين"), Some("YEMHLH"), "{ms:?}");
        assert_eq!(code(&ms, "ثلاثة من المصابين"), Some("YEMCVL"), "{ms:?}");
        let ms = mentions("في سوريا قالت سوريا إن 76 فلسطينيا بينهم 49 طفلا غادروا، وتظاهر ألفا متظاهر، بحسب الشرطة، وبينهم عدد كبير من النساء");
        assert_eq!(code(&ms, "49 طفلا"), Some("PSECVL"), "{ms:?}");
        assert_eq!(code(&ms, "عدد كبير من النساء"), Some("SYRCVL"), "{ms:?}");
    }

    #[test]
    fn counts_elsewhere_are_the_story_s_people() {
        let ms = mentions("في سوريا قال المرصد في سوريا إن التنظيم خطف 20 سيدة من القرية، وأصيب خمسة أطفال في القصف");
        assert_eq!(code(&ms, "20 سيدة"), Some("SYRCVL"), "{ms:?}");
        assert_eq!(code(&ms, "خمسة أطفال"), Some("SYRCVL"), "{ms:?}");
    }

    #[test]
    fn rates_shares_migrants_and_bare_nouns_keep_their_role_only() {
        let ms = mentions("في إيطاليا قالت إيطاليا إن 234 مهاجرا وصلوا وإن 55 ألف امرأة يصبن سنويا وإن القانون يحمي الأطفال والنساء");
        let ms = [ms, mentions("في إيطاليا قالت إيطاليا إن مديرة البنك كانت واحدة من بين 30 امرأة في الإدارة")].concat();
        let ms = [ms, mentions("في إيطاليا قالت إيطاليا إن 158 مهاجرا غير شرعي بينهم 30 امرأة وصلوا")].concat();
        let ms = [ms, mentions("في السعودية أعلنت السعودية وصول مليون حاج و5 آلاف سائح إلى مكة")].concat();
        for m in &ms {
            let counted = ["مهاجر", "امرأة", "الأطفال", "النساء", "حاج", "سائح"].iter().any(|w| m.text.contains(w));
            // (No country: tourists, coded by what they are, are CVL alone.)
            assert!(!counted || m.country.is_none(), "{ms:?}");
        }
    }
}
