//! Where the story takes place, as distinct from the state it names most. A Gaza story
//! names Israel (الجيش الإسرائيلي، الإسرائيلية) far more often than Gaza, a Burkina story
//! France (السفارة الفرنسية، الفرنسيين), yet its mothers, doctors, police and unnamed
//! sources are of the place where it happens. So this reading counts only states named as
//! places: a state, capital or city written after a preposition of rest (في، قرب، داخل)
//! or a place noun (مدينة، عاصمة، قطاع، شمال; also with و ب ل: بمدينة). Nisbas and
//! demonyms (الفرنسية) do not count; nor does a name written bare (قالت واشنطن is an
//! actor; جدة الطفلة a grandmother, not Jeddah), nor with بـ alone (مرتبطين بروسيا), nor
//! after من or إلى (عودتهما من تركيا: where they came from, not where the story is). The
//! lead paragraph says where the story is: its places count twice, and a state it does
//! not name as a place is no story's place (هولندا تعتقل إرهابيين بعد عودتهما من تركيا
//! names Syria as a place later, in passing).

use super::extent::{self, KeySet};
use super::{count_state, Cx, StateCounts};
use marsad_lexicon::{Kind, Match};

/// Words before a name that make it a place: prepositions of rest and place nouns (و ب ل
/// before them are read off by `extent::is_one_of`).
const PLACE_WORDS: &[&str] = &[
    "في", "قرب", "داخل", "مدينة", "عاصمة", "العاصمة", "قطاع", "حدود", "ضواحي", "أطراف", "ريف", "محيط", "ولاية", "محافظة", "إقليم", "منطقة", "بلدة",
    "قرية", "مخيم", "جزيرة", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
];

/// How much a place named in the lead paragraph counts, against one elsewhere.
const LEAD_WEIGHT: usize = 2;

/// The state the story takes place in: the one named as a place (by a match that names
/// no other state) strictly more than any other, counting the lead paragraph's places
/// [`LEAD_WEIGHT`] times, and named as a place in the lead. The opening dateline's places
/// (before token `dateline`) are the desk's, not the story's (desk_dateline.rs).
pub(super) fn story_place<'a>(cx: &Cx<'a, '_>, matches: &[Match<'a>], dateline: usize) -> Option<&'a str> {
    static WORDS: std::sync::OnceLock<KeySet> = std::sync::OnceLock::new();
    let words = extent::set(&WORDS, PLACE_WORDS);
    let lead_end = cx.doc.and_then(|d| d.paragraphs.first().map(|p| p.1));
    let mut counts = StateCounts::new();
    let mut in_lead = StateCounts::new();
    for m in matches.iter().filter(|m| m.start >= dateline) {
        let Some(state) = unique_place(cx, m) else { continue };
        // (A hashtag's sign stands between the word and the name: قطاع #غزة.)
        let before = m.start.checked_sub(if m.start > 1 && cx.punct_is(m.start - 1, "#") { 2 } else { 1 });
        if m.prep || !before.is_some_and(|b| extent::is_one_of(&cx.keys[b], words)) {
            continue;
        }
        let lead = lead_end.zip(cx.doc).is_some_and(|(end, d)| d.tokens.get(m.start).is_some_and(|t| t.start < end));
        for _ in 0..if lead { LEAD_WEIGHT } else { 1 } {
            count_state(&mut counts, state);
        }
        if lead {
            count_state(&mut in_lead, state);
        }
    }
    leading(&counts).filter(|s| in_lead.iter().any(|(l, _)| l == s))
}

/// The state a match names as a place (state, capital or city, not a nisba or demonym),
/// when it names one state only.
fn unique_place<'a>(cx: &Cx<'a, '_>, m: &Match<'a>) -> Option<&'a str> {
    let mut found: Option<&'a str> = None;
    for &id in m.entries {
        if !matches!(cx.lex.entry_kind(id), Kind::State | Kind::Capital | Kind::Place) {
            continue;
        }
        let s = cx.lex.entry_state(id)?;
        match found {
            None => found = Some(s),
            Some(p) if p != s => return None,
            Some(_) => {}
        }
    }
    found
}

/// The state named as a place strictly more than any other, at least twice (once in the
/// lead paragraph is enough).
fn leading<'a>(counts: &StateCounts<'a>) -> Option<&'a str> {
    let mut sorted: Vec<usize> = counts.iter().map(|&(_, n)| n).collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let top = *sorted.first()?;
    let clear = top >= 2 && sorted.get(1).is_none_or(|&second| top > second);
    clear.then(|| counts.iter().find(|&&(_, n)| n == top).map(|&(s, _)| s)).flatten()
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn the_place_of_the_story_places_its_police_not_the_state_named_most() {
        // France is named more (السفارة الفرنسية، الفرنسيين), but the attack is in Burkina Faso.
        let text = "هاجم مسلحون في واغادوغو، عاصمة بوركينا فاسو، السفارة الفرنسية.\nوقالت السفارة الفرنسية إن الفرنسيين بخير، وأكد وزير الخارجية الفرنسي ذلك.\nوتقول الشرطة إنها تحاصر أحد المسلحين.";
        assert_eq!(code(&mentions(text), "الشرطة"), Some("BFACOP"));
    }

    #[test]
    fn a_place_after_a_hashtag_sign_is_still_a_place() {
        // Israel is named most, but the mothers and the ministry are Gaza's.
        let text = "ألقى الجيش الإسرائيلي الغاز قرب حدود قطاع #غزة، وقالت إسرائيل إن الجيش الإسرائيلي رد على المتظاهرين.\nوقالت وزارة الصحة إن رضيعة توفيت في حي الصبرة بمدينة غزة.";
        assert_eq!(code(&mentions(text), "وزارة الصحة"), Some("PSEGOVHLH"));
    }

    #[test]
    fn a_story_whose_lead_names_no_place_keeps_the_state_named_most() {
        // Syria is named as a place twice, but only in passing: the Dutch prosecution is Dutch.
        let text = "اعتقلت السلطات الهولندية شخصين لدى عودتهما من تركيا، بحسب النيابة العامة الهولندية.\nوكانا قد قاتلا في سوريا، ثم احتجزا في شمال سوريا، وقالت الحكومة الهولندية إنهما سيحاكمان.\nوقالت النيابة العامة إن المواطنين اعتقلا.";
        assert_eq!(code(&mentions(text), "النيابة العامة"), Some("NLDJUD"));
    }

    #[test]
    fn a_state_named_bare_is_an_actor_not_the_story_s_place() {
        // واشنطن and إيران speak and act here: no place is named, the old reading stands.
        let text = "قالت واشنطن إن إيران تهدد المنطقة، وردت إيران على واشنطن، وقالت إيران إن الحكومة لن تتراجع.";
        assert_eq!(code(&mentions(text), "الحكومة"), Some("IRNGOV"));
    }
}
