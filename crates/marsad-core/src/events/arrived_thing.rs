//! `وصل` said of a thing or of a position reached is no visit.
//!
//! Only people or bodies arriving somewhere visit (`وصل الرئيس إلى عدن`). On the corpus
//! about a third of the arrivals read as visits are something else:
//! - a thing arrives: a shipment, arms, bodies, a plane, news, a crisis (`وصلت الأسلحة
//!   الإيرانية إلى اليمن`، `جثثهم وصلت إلى بانغي`، `ووصلت طائرتان إلى مانيلا`، `وصل الخلاف
//!   إلى ساحات القضاء`): its subject, the word before the verb (past قد، كان، a relative
//!   pronoun, within a few words) or right after it (past a day or an adverb), is a noun
//!   of a thing;
//! - a position or a stage is reached (`وصل إلى السلطة`، `إلى رتبة نقيب`، `وصلت المفاوضات
//!   إلى طريق مسدود`، `إلى حد`): the word after its `إلى`;
//! - a force or a crowd arrives: troops, fighters, migrants, the wounded (`وصلت قوات سعودية
//!   إلى سقطرى`، `المهاجرين الذين يصلون إلى فرنسا`، `الجرحى من ميليشيات الحوثي يصلون`): the
//!   same word, or the first word of the mention standing before the verb;
//! - the noun أصل "origin" (`من أصل 45`، `أصلها يعود إلى`، `أصلا`) shares the letters of the
//!   first person `أصل` "I arrive", which news does not use.
//!
//! The words are rows of `event-words.tsv`: kinds `arrived-thing`, `arrived-crowd` and
//! `reached-stage` (keys without the article).

use super::Input;
use marsad_lexicon::events::EventWord;
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;

/// Words between a subject and its verb (keys): قد، the auxiliary كان، negation, a
/// relative pronoun.
const PARTICLES: &[&str] = &[
    "قد", "وقد", "فقد", "لقد", "كان", "كانت", "وكان", "وكانت", "لم", "ولم", "لن", "ولن", "التي", "الذي", "والتي", "والذي",
];

/// How many words of a subject phrase before the verb are read (الشحنة الأولى من القمح).
const SUBJECT_WORDS: usize = 4;

/// Words that open the clause of the verb (keys): its subject comes after them.
const CLAUSE_OPENERS: &[&str] = &["ان", "انه", "انها", "حيث", "عندما", "بعدما", "حين", "حتي", "لكن", "بينما", "فيما", "ثم", "منذ"];

/// Words between a verb and its subject (keys): days and adverbs of time.
const ADVERBS: &[&str] = &[
    "ايضا", "للتو", "بالفعل", "اليوم", "امس", "اخيرا", "مؤخرا", "تباعا", "صباح", "مساء", "فجر", "يوم", "السبت", "الاحد",
    "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
];

/// The arrival word a key is, without و/ف (a word may open with و itself: وحدات), the
/// article and a closing pronoun (جثثهم، طائرتها).
fn arrival_word(input: &Input, key: &str) -> Option<EventWord> {
    let ev = input.lexicon.events();
    let word = |k: &str| ev.word(k).filter(|w| matches!(w, EventWord::ArrivedThing | EventWord::ArrivedCrowd));
    let stem = |k: &str| -> Option<EventWord> {
        let k = k.strip_prefix("ال").unwrap_or(k);
        word(k).or_else(|| ["هما", "هم", "ها", "ه"].iter().find_map(|p| k.strip_suffix(p).and_then(word)))
    };
    stem(key).or_else(|| stem(without_conjunction(key)))
}

/// Is the key a thing, a force or a crowd whose arrival is no visit?
fn is_thing(input: &Input, key: &str) -> bool {
    arrival_word(input, key).is_some()
}

/// Is the `وصل` at token `i` (its trigger ending at `end`, the sentence at `s1`) said of a
/// thing or a position, or the noun أصل (see the module docs)?
pub(super) fn not_a_visit(input: &Input, i: usize, end: usize, s1: usize) -> bool {
    without_conjunction(&input.keys[i]).starts_with("اصل") || reached_position(input, end, s1) || thing_subject(input, i, end, s1)
}

/// Does the first `إلى` within a few words after the verb open a position or a stage?
fn reached_position(input: &Input, end: usize, s1: usize) -> bool {
    let Some(to) = (end..(end + 6).min(s1)).find(|&k| input.keys[k] == "الي") else {
        return false;
    };
    to + 1 < s1 && {
        let next = input.keys[to + 1].as_str();
        input.lexicon.events().word(next.strip_prefix("ال").unwrap_or(next)) == Some(EventWord::ReachedStage)
    }
}

/// Is the verb's subject, before it or right after it, a noun of a thing?
fn thing_subject(input: &Input, i: usize, end: usize, s1: usize) -> bool {
    let covered = |k: usize| input.mentions.iter().any(|m| m.tok_start <= k && k < m.tok_end);
    // After the verb: past days and adverbs.
    let after = (end..s1).find(|&k| !ADVERBS.contains(&input.keys[k].as_str()));
    if after.is_some_and(|k| input.tokens[k].kind != TokenKind::Punct && is_thing(input, &input.keys[k])) {
        return true;
    }
    // A mention right after the verb is its subject (بعد المحادثات وصل الوزير).
    if after.is_some_and(covered) {
        return false;
    }
    // Before it: its subject phrase, past particles, within a few words back to a
    // punctuation mark, a clause opener or a mention (الشحنة الأولى من القمح وصلت،
    // الأسلحة الإيرانية قد وصلت; not the body of منظمة حظر الأسلحة الكيميائية ستصلان).
    let mut k = i;
    let mut words = 0;
    while k > 0 && words < SUBJECT_WORDS {
        k -= 1;
        let key = input.keys[k].as_str();
        if input.tokens[k].kind == TokenKind::Punct || CLAUSE_OPENERS.contains(&key) {
            return false;
        }
        // A mention ends the search: a force or a crowd by its first word (الجرحى من
        // ميليشيات الحوثي يصلون), anyone else a visitor.
        if let Some(m) = input.mentions.iter().find(|m| m.tok_start <= k && k < m.tok_end) {
            return arrival_word(input, &input.keys[m.tok_start]) == Some(EventWord::ArrivedCrowd);
        }
        if PARTICLES.contains(&key) {
            continue;
        }
        if is_thing(input, key) {
            return true;
        }
        words += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, assert_some_of};

    #[test]
    fn things_arriving_are_no_visit() {
        assert_none_of(
            "CONSULT",
            &[
                "وقال المسؤول إن الشحنة الأولى من القمح وصلت إلى اليمن.",
                "وذكرت الوكالة أن جثثهم وصلت إلى مصر صباح اليوم.",
                "بعدما وصل الخلاف بين الحزبين إلى البرلمان العراقي.",
                "وصل الأمر بين روسيا وأمريكا إلى تبادل الاتهامات.",
            ],
        );
    }

    #[test]
    fn forces_and_crowds_arriving_are_no_visit() {
        assert_none_of(
            "CONSULT",
            &[
                "ووصلت قوات أردنية إلى الحدود الشمالية صباح اليوم.",
                "وقالت الشرطة إن القوات الفرنسية وصلت إلى مالي أمس.",
                "وتريد الحكومة ترحيل المهاجرين غير الشرعيين الذين يصلون إلى إيطاليا.",
                "وذكر طبيب أن الجرحى من ميليشيات الحوثي وصلوا إلى مستشفى في صنعاء.",
            ],
        );
    }

    #[test]
    fn positions_reached_are_no_visit() {
        assert_none_of(
            "CONSULT",
            &[
                "منذ أن وصل الرئيس الأمريكي إلى السلطة في واشنطن.",
                "وترقى الضابط حتى وصل إلى رتبة عقيد في الجيش المصري.",
            ],
        );
    }

    #[test]
    fn origin_is_no_arrival() {
        assert_none_of("CONSULT", &["وعاد إلى الرياض الذي وصل منه أصلا إلى الكويت.", "ويعود أصلها إلى تركيا."]);
    }

    #[test]
    fn people_arriving_still_visit() {
        assert_some_of(
            "CONSULT",
            &[
                "ووصل وزير الخارجية الروسي إلى دمشق الأحد في زيارة رسمية.",
                "وكان الرئيس الفرنسي قد وصل إلى القاهرة مساء أمس.",
                "وصل مبعوث الأمم المتحدة إلى صنعاء الاثنين.",
                "وأعلنت الخارجية أن وفد منظمة حظر الأسلحة الكيميائية وصل إلى سوريا.",
            ],
        );
    }
}
