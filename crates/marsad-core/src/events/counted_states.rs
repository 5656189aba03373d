//! A counted group of states as a verb's subject (`اتهمت الدول الأربع الدوحة`، `اتفق
//! البلدان`، `الدولتان وقعتا`) stands for the list of that many states named just before it
//! (`بين الإمارات والبحرين والسعودية ومصر …`): each is an actor. The group is no mention
//! (it names no state), so without this the event has no actor. Only a group with its
//! number (or the dual), only a list of exactly that many states, within the sentence and
//! the six before it. A support verb's group is its noun's actor (`كما فرضت الدول الأربع
//! عقوبات على قطر`، `واتخذت الدول الأربع إجراءات عقابية بحق قطر`).

use super::args::{self, Arg, Context};
use super::Input;
use marsad_lexicon::Kind;

/// Nouns for states, in the plural (with a number after them) or the dual. All the words
/// here are written as keys (hamza folded, ة as ه), so tokens' keys compare with them as
/// they are.
const PLURALS: &[&str] = &["الدول", "البلدان"];
const DUALS: &[&str] = &["الدولتان", "الدولتين", "البلدين", "البلدان"];
/// How many sentences before the group's own its list may stand: a story names the
/// states once and then counts them (`الدول الأربع` some paragraphs on); a list of exactly
/// that many distinct states is rare enough not to be another group's.
const SENTENCES_BACK: usize = 6;
/// Particles that may stand between a group and its verb (keys).
const LIGHT: &[&str] = &["ان", "قد", "لم", "لن", "لا"];
/// Number words after the plural (الدول الأربع، البلدان الثلاثة), as keys.
const NUMBERS: &[(&str, usize)] = &[
    ("الثلاث", 3), ("الثلاثه", 3), ("الاربع", 4), ("الاربعه", 4), ("الخمس", 5), ("الخمسه", 5),
    ("الست", 6), ("السته", 6), ("السبع", 7), ("السبعه", 7),
];

/// The states a counted group standing as the subject of the verb at `verb` stands for:
/// the group right after the verb or right before it.
pub(super) fn subject(ctx: &Context, input: &Input, verb: usize, s0: usize, s1: usize) -> Option<Vec<Arg>> {
    // Right before the verb the group must end at it, past a particle or a quotation mark
    // at most (`البلدين أن يتعهدا`، `الدولتين "اتفقتا`; not `البلدان التي تصل`، `أوروبا
    // والبلدان الأوروبية ثمن`).
    let light = |j: usize| LIGHT.contains(&input.keys[j].as_str()) || args::is_quote_mark(input, j);
    let ends_at_verb = |k: usize| group_at(input, k, verb).filter(|&(_, len)| (k + len..verb).all(light)).map(|(n, _)| (k, n));
    let after = group_at(input, verb + 1, s1).map(|(n, _)| (verb + 1, n));
    let before = (verb >= s0 + 2).then(|| ends_at_verb(verb - 2)).flatten();
    let before = before.or_else(|| (verb > s0).then(|| ends_at_verb(verb - 1)).flatten());
    let (at, n) = after.or(before)?;
    if ctx.in_mention(at) {
        return None;
    }
    let lo = (0..SENTENCES_BACK).fold(s0, |s, _| args::previous_sentence_start(input, s));
    let is_state = |m: usize| matches!(input.mentions[m].kind, Kind::State | Kind::Capital) && input.mentions[m].country.is_some();
    let mut m = input.mentions.partition_point(|x| x.tok_start < at);
    while m > 0 {
        m -= 1;
        if input.mentions[m].tok_start < lo {
            break;
        }
        if !is_state(m) {
            continue;
        }
        let list = args::list_backward(ctx, input, m, lo);
        let mut countries: Vec<_> = list.iter().filter_map(|&k| input.mentions[k].country.as_deref()).collect();
        countries.sort_unstable();
        countries.dedup();
        if list.len() == n && list.iter().all(|&k| is_state(k)) && countries.len() == n {
            return Some(list.into_iter().map(|k| Arg::from_mention(&input.mentions[k], input.home)).collect());
        }
        m = list[0];
    }
    None
}

/// How many states the group at token `k` counts and how many tokens it takes, when one
/// is there (the number's token before `hi`).
fn group_at(input: &Input, k: usize, hi: usize) -> Option<(usize, usize)> {
    let word = input.keys.get(k)?.as_str();
    let word = word.strip_prefix('و').filter(|w| w.starts_with("ال")).unwrap_or(word);
    let number = (k + 1 < hi).then(|| NUMBERS.iter().find(|(w, _)| *w == input.keys[k + 1]).map(|&(_, n)| n)).flatten();
    if PLURALS.contains(&word) {
        if let Some(n) = number {
            return Some((n, 2));
        }
    }
    DUALS.contains(&word).then_some((2, 1))
}

#[cfg(test)]
mod tests {
    use super::super::tests::events;
    use super::{DUALS, NUMBERS, PLURALS};
    use marsad_text::normalize::key;

    #[test]
    fn the_word_lists_are_written_as_keys() {
        for w in PLURALS.iter().chain(DUALS).chain(NUMBERS.iter().map(|(w, _)| w)) {
            assert_eq!(&key(w), w);
        }
    }

    fn actors(t: &str, kind: &str) -> Vec<String> {
        events(t).iter().filter(|e| e.kind == kind).flat_map(|e| e.actors.iter().filter_map(|p| p.country.clone())).collect()
    }

    #[test]
    fn a_counted_group_of_states_is_the_list_before_it() {
        let t = "وتبقى العلاقات بين الإمارات والبحرين والسعودية ومصر من جهة، وقطر من جهة ثانية، مقطوعة بعدما اتهمت الدول الأربع الدوحة بدعم الإرهاب.";
        let mut a = actors(t, "ACCUSE");
        a.sort();
        assert_eq!(a, vec!["ARE", "BHR", "EGY", "SAU"], "{:?}", events(t));
    }

    #[test]
    fn a_support_verb_group_far_from_its_list_imposes_the_measure() {
        // The list stands four sentences before the group; the group is a support verb's subject.
        let t = "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر في يونيو. وقال مسؤول إن الأزمة مستمرة. وأضاف أن الحل بعيد. وأشار إلى الوساطة الكويتية. واتخذت الدول الأربع إجراءات عقابية بحق قطر.";
        let es = events(t);
        let e = es.iter().find(|e| e.rule.contains("noun:عقابية")).unwrap_or_else(|| panic!("{es:?}"));
        let mut a: Vec<String> = e.actors.iter().filter_map(|p| p.country.clone()).collect();
        a.sort();
        assert_eq!(a, vec!["ARE", "BHR", "EGY", "SAU"], "{es:?}");
        assert_eq!(e.recipients.first().and_then(|r| r.country.as_deref()), Some("QAT"));
    }

    #[test]
    fn a_group_whose_count_differs_or_has_no_number_names_no_one() {
        let t = "وتبقى العلاقات بين الإمارات والبحرين والسعودية من جهة، وقطر من جهة ثانية، مقطوعة بعدما اتهمت الدول الأربع الدوحة بدعم الإرهاب.";
        assert!(events(t).iter().all(|e| !e.rule.contains("counted-states")), "{:?}", events(t));
        let t = "وتبقى العلاقات بين الإمارات والبحرين والسعودية ومصر من جهة، وقطر من جهة ثانية، مقطوعة بعدما اتهمت الدول قطر بدعم الإرهاب.";
        assert!(events(t).iter().all(|e| !e.rule.contains("counted-states")), "{:?}", events(t));
        // A group before the verb that does not end at it is no subject.
        let t = "وتزداد قيمة الإنجاز بالنظر إلى أن بلجيكا وكرواتيا من أصغر البلدان التي تصل إلى الدور قبل النهائي.";
        assert!(events(t).iter().all(|e| !e.rule.contains("counted-states")), "{:?}", events(t));
    }

    #[test]
    fn a_dual_before_its_verb_is_the_two_states() {
        let t = "قال بيان مشترك صادر عن الولايات المتحدة والصين إن البلدين اتفقا على خفض العجز التجاري.";
        let mut a: Vec<String> = events(t).iter().filter(|e| e.kind == "AGREE").flat_map(|e| e.actors.iter().chain(&e.recipients).filter_map(|p| p.country.clone())).collect();
        a.sort();
        a.dedup();
        assert_eq!(a, vec!["CHN", "USA"], "{:?}", events(t));
    }
}
