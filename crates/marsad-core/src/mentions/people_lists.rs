//! People named by common nouns in a list joined by و (النساء والأطفال، أطفال ونساء
//! وشيوخ، قتلى وجرحى، 36 سيدة وطفلا): the guide makes a coordinated group one mention, of
//! the story's country and CVL. Alone, such nouns are as often people in general (حقوق
//! الأطفال، تمكين النساء، المساواة بين الرجال والنساء) as people the news reports on, so
//! a list is a mention only where its place in the sentence shows the latter: counted
//! (36 سيدة وطفلا، عشرات القتلى والجرحى), part of a group counted before (بينهم نساء
//! وأطفال، بمن فيهم، معظمهم), the subject right after إن/أن (أن الأطفال والنساء والرجال
//! محاصرون), or a list of the dead and wounded, a casualty toll wherever it stands (سقوط
//! قتلى وجرحى، عدد القتلى والجرحى الفلسطينيين), or without the article, which names
//! some people, not people in general (وسار في التظاهرة أطفال ونساء وشيوخ), unless
//! negated (دون وقوع قتلى وجرحى).
//! A nisba after the list gives its state. Not after بين, a comparison of the sexes.

use super::counted::{is_digits, is_number_word, is_year, number_start};
use super::counted_people::among_before;
use super::extent::{is_one_of, partitive_start, set, KeySet};
use super::*;
use marsad_text::normalize::key_is_definite;
use std::sync::OnceLock;

/// The rule of a list's mention; `counted_people::code_counts` codes those after "among".
pub(super) const RULE: &str = "agent+people-list";

/// People named by age or sex, and civilians, in the plural (with or without the article).
const PEOPLE: &[&str] = &[
    "نساء", "النساء", "أطفال", "الأطفال", "رجال", "الرجال", "شيوخ", "الشيوخ", "شبان", "الشبان", "شابات", "الشابات",
    "فتيات", "الفتيات", "بنات", "البنات", "فتيان", "الفتيان", "مسنين", "المسنين", "مسنون", "المسنون", "شباب", "الشباب",
    "سيدات", "السيدات", "مدنيين", "المدنيين", "مدنيون", "المدنيون",
];

/// The dead, the wounded and the missing.
const CASUALTIES: &[&str] = &[
    "قتلى", "القتلى", "جرحى", "الجرحى", "مصابين", "المصابين", "مصابون", "المصابون", "شهداء", "الشهداء", "مفقودين",
    "المفقودين",
];

/// Singulars a number counts (36 سيدة وطفلا، 16 طفلا وطفلة): a list only when counted.
const SINGULARS: &[&str] = &["سيدة", "امرأة", "طفل", "طفلا", "طفلة", "رجل", "رجلا", "فتاة", "شاب", "شابا", "فتى"];

/// Words that make the list part of a group named before (بمن فيهم، معظمهم نساء وأطفال);
/// بينهم and منهم are `counted_people`'s, which also codes by the group.
const PART_OF_THEM: &[&str] = &["فيهم", "ضمنهم", "معظمهم", "غالبيتهم", "أغلبهم", "نصفهم"];

/// Negations before a casualty list: nobody was hurt (دون وقوع قتلى وجرحى، لم تسفر عن).
const NEGATIONS: &[&str] = &["لا", "لم", "لن", "دون", "بدون", "عدم", "دونما", "أي"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Member {
    People,
    Casualty,
    Singular,
}

/// What a list member token `key` is (و/ف and ب/ل read off), if one.
fn member(key: &str) -> Option<Member> {
    static PEOPLES: OnceLock<KeySet> = OnceLock::new();
    static DEAD: OnceLock<KeySet> = OnceLock::new();
    static ONES: OnceLock<KeySet> = OnceLock::new();
    if is_one_of(key, set(&PEOPLES, PEOPLE)) {
        Some(Member::People)
    } else if is_one_of(key, set(&DEAD, CASUALTIES)) {
        Some(Member::Casualty)
    } else {
        is_one_of(key, set(&ONES, SINGULARS)).then_some(Member::Singular)
    }
}

/// Mark the forms of a list's later words, behind و, for the lexicon scan
/// ([`super::cue_words`]): far rarer than the bare nouns, which many other passes' cue
/// tokens would then be (a list is found from its second word).
pub(super) fn add_forms(bits: &mut WordFilter) {
    super::counted::insert_noun_forms(bits, PEOPLE.iter().chain(CASUALTIES).chain(SINGULARS).copied(), &["و"]);
}

/// The first word of a list whose second word is the marked token `t` (behind و, or
/// after و written apart: قتلى و جرحى), or `t` itself when no member precedes it.
fn list_start(keys: &[String], t: usize) -> Option<usize> {
    let apart = t > 0 && keys[t - 1] == "و";
    if !(apart || keys[t].starts_with('و')) {
        return None;
    }
    let before = t.checked_sub(if apart { 2 } else { 1 });
    Some(before.filter(|&b| member(&keys[b]).is_some()).unwrap_or(t))
}

/// The list that begins at token `t`: its end and what it holds (casualties, singulars),
/// at least two members each behind و (وجرحى، و جرحى).
fn list_at(keys: &[String], t: usize) -> Option<(usize, bool, bool)> {
    let first = member(&keys[t])?;
    let (mut end, mut n) = (t + 1, 1);
    let (mut casualty, mut singular) = (first == Member::Casualty, first == Member::Singular);
    loop {
        let at = if keys.get(end).is_some_and(|k| k == "و") { end + 1 } else { end };
        let Some(k) = keys.get(at).filter(|k| at > end || k.starts_with('و')) else { break };
        let Some(m) = member(k) else { break };
        casualty |= m == Member::Casualty;
        singular |= m == Member::Singular;
        (end, n) = (at + 1, n + 1);
    }
    (n >= 2).then_some((end, casualty, singular))
}

/// Is a casualty list starting at `start` negated by a word up to three before it, in
/// its clause?
fn negated(cx: &Cx<'_, '_>, start: usize) -> bool {
    static NOT: OnceLock<KeySet> = OnceLock::new();
    (start.saturating_sub(3)..start).rev().take_while(|&b| cx.punct_token(b).is_none()).any(|b| is_one_of(&cx.keys[b], set(&NOT, NEGATIONS)))
}

/// Add one mention for each list of people that names people the news reports on (see
/// the module comment), absorbing the mentions of its members and of its count.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    static PARTS: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let mut story = None;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    let mut absorbed: Vec<usize> = Vec::new();
    let (mut next_free, mut j) = (0, 0);
    // Only the tokens the scan marked may be a list's second word ([`add_forms`]).
    for &second in &cx.cues {
        if second < next_free {
            continue;
        }
        let Some(t) = list_start(keys, second) else { continue };
        let Some((mut end, casualty, singular)) = list_at(keys, t) else { continue };
        next_free = end;
        // A count before the first noun belongs to the list (36 سيدة، عشرات القتلى، عدد من).
        let number = |k: &str| is_digits(k) && !is_year(k) || is_number_word(k);
        let start = match t.checked_sub(1) {
            Some(b) if number(&keys[b]) => number_start(keys, b),
            _ => partitive_start(keys, t).unwrap_or(t),
        };
        let counted = start < t;
        let before = start.checked_sub(1).filter(|&b| cx.punct_token(b).is_none()).map(|b| keys[b].as_str());
        let part_of_them = before.is_some_and(|k| is_one_of(k, set(&PARTS, PART_OF_THEM)));
        let among = among_before(keys, start).is_some();
        let comparison = before.is_some_and(|k| k.trim_start_matches(['و', 'ف']) == "بين");
        // (Not after a verb: يحمي القانون الأطفال والنساء is people in general.)
        let clause = before.is_some_and(bare_people::is_subject_particle);
        // Arabic names people in general with the article: an indefinite list is some
        // people the story is about (وسار في التظاهرة أطفال ونساء وشيوخ).
        let indefinite = !key_is_definite(&keys[t]);
        let reported = counted || among || part_of_them || clause || (casualty || indefinite) && !negated(cx, start);
        if !reported || comparison || singular && !counted || cx.crosses_paragraph(start, end) {
            continue;
        }
        // A nisba after the list gives its state (القتلى والجرحى الفلسطينيين).
        let nisba = (end < keys.len() && cx.punct_token(end).is_none() && key_is_definite(&keys[end]) == key_is_definite(&keys[t]))
            .then(|| nationality(cx, end))
            .flatten();
        if nisba.is_some() {
            end += 1;
        }
        // The mentions inside are its members, its count or the nisba; one that reaches
        // out of the list (رجال الأعمال) leaves the list unread.
        while j < out.len() && out[j].tok_end <= start {
            j += 1;
        }
        let inside: Vec<usize> = (j..out.len()).take_while(|&k| out[k].tok_start < end).collect();
        let absorbable = |s: &ActorSpan<'_>| {
            s.tok_start >= start
                && s.tok_end <= end
                && (s.kind == Kind::Agent && (s.actor.is_none() || s.role.as_deref().is_some_and(|r| r.starts_with("CVL")))
                    || nisba.is_some() && s.tok_end == end && matches!(s.kind, Kind::Nisba | Kind::Demonym | Kind::State))
        };
        if !inside.iter().all(|&k| absorbable(&out[k])) {
            continue;
        }
        let mut span = ActorSpan::new(start, end, Kind::Agent, Cow::Borrowed(RULE));
        span.definite = key_is_definite(&keys[t]);
        span.prepositional = strip_proclitics(&keys[start]).1;
        let civilians = Cow::Borrowed("CVL");
        if let Some(state) = nisba {
            code_in_state(cx.lex, &mut span, state, civilians, "+nisba:");
        } else if among {
            // Coded by the group it is part of, as other counts among one are.
            span.role = Some(civilians);
        } else if let Some(state) = *story.get_or_insert_with(|| story_state(cx, out)) {
            code_from_story(cx.lex, &mut span, state, civilians);
        } else {
            span.role = Some(civilians);
        }
        absorbed.extend(inside);
        added.push(span);
    }
    replace_absorbed(out, &absorbed, added);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    /// A story clearly about Syria (named twice as a place).
    const SYRIA: &str = "قصفت الطائرات مواقع في سوريا بعد هجوم في سوريا. ";

    #[test]
    fn a_list_of_people_the_news_reports_on_is_one_mention() {
        let ms = mentions(&format!("{SYRIA}وقال المرصد إن الغارات أسفرت عن سقوط قتلى وجرحى في ريف إدلب."));
        assert_eq!(code(&ms, "قتلى وجرحى"), Some("SYRCVL"), "{ms:?}");
        let ms = mentions(&format!("{SYRIA}وأكدت المنظمة أن الأطفال والنساء والرجال محاصرون في المدينة."));
        assert_eq!(code(&ms, "الأطفال والنساء والرجال"), Some("SYRCVL"), "{ms:?}");
        let ms = mentions(&format!("{SYRIA}وقال المرصد إن المسلحين خطفوا 14 سيدة وطفلا من القرية، ووقع العريضة 12 ألف رجل وامرأة."));
        assert_eq!(code(&ms, "14 سيدة وطفلا"), Some("SYRCVL"), "{ms:?}");
        assert_eq!(code(&ms, "12 ألف رجل وامرأة"), Some("SYRCVL"), "{ms:?}");
        let ms = mentions(&format!("{SYRIA}وأعرب المبعوث عن قلقه إزاء عدد القتلى والجرحى الفلسطينيين في المخيم."));
        assert_eq!(code(&ms, "القتلى والجرحى الفلسطينيين"), Some("PSECVL"), "{ms:?}");
        let ms = mentions(&format!("{SYRIA}وشارك في المسيرة أطفال ونساء وشيوخ من القرى المجاورة."));
        assert_eq!(code(&ms, "أطفال ونساء وشيوخ"), Some("SYRCVL"), "{ms:?}");
    }

    #[test]
    fn a_list_counted_out_of_a_group_takes_its_code() {
        let ms = mentions(&format!("{SYRIA}واندلعت معارك خلفت قتلى وجرحى من تنظيم داعش."));
        assert_eq!(code(&ms, "قتلى وجرحى من تنظيم داعش"), Some("IMGMUSISI"), "{ms:?}");
        let ms = mentions(&format!("{SYRIA}وأسفرت الغارات عن سقوط القتلى والجرحى في صفوف تنظيم داعش."));
        assert_eq!(code(&ms, "القتلى والجرحى في صفوف تنظيم داعش"), Some("IMGMUSISI"), "{ms:?}");
    }

    #[test]
    fn a_list_among_a_counted_group_takes_the_group_s_state() {
        let ms = mentions(&format!("{SYRIA}وقتل 30 فلسطينيا بينهم نساء وأطفال في المخيم."));
        assert_eq!(code(&ms, "نساء وأطفال"), Some("PSECVL"), "{ms:?}");
    }

    #[test]
    fn people_in_general_and_denied_casualties_are_no_mention() {
        let ms = mentions(&format!(
            "{SYRIA}ودعت المنظمة إلى احترام حقوق النساء والأطفال وتحقيق المساواة بين الرجال والنساء، وانتهى القصف دون وقوع قتلى وجرحى."
        ));
        let ms = [ms, mentions(&format!("{SYRIA}ويحمي القانون الأطفال والنساء من العنف."))].concat();
        for list in ["النساء والأطفال", "الرجال والنساء", "قتلى وجرحى", "الأطفال والنساء"] {
            assert!(ms.iter().all(|m| !m.text.contains(list)), "{list}: {ms:?}");
        }
        // A singular alone is no list of people: a woman and a child are counted.
        let ms = mentions(&format!("{SYRIA}وكانت سيدة وطفل في المنزل."));
        assert!(ms.iter().all(|m| m.text != "سيدة وطفل"), "{ms:?}");
    }
}
