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
//! - the noun أصل "origin" (`من أصل 45`، `أصلها يعود إلى`، `أصلا`) shares the letters of the
//!   first person `أصل` "I arrive", which news does not use.

use super::Input;
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;

/// Nouns of things that arrive (keys without the article; a pronoun may follow).
const THINGS: &[&str] = &[
    "شحنه", "شحنات", "طائره", "طائرات", "طائرتان", "سفينه", "سفن", "قافله", "قوافل", "مساعدات", "اسلحه", "صواريخ", "صاروخ",
    "ذخائر", "ذخيره", "معدات", "اجهزه", "منظومه", "تكنولوجيا", "جثث", "جثه", "جثمان", "جثامين", "رفات", "حصيله", "حجم",
    "قيمه", "اسعار", "سعر", "نسبه", "علاقات", "امر", "خلاف", "ازمه", "تدخل", "رساله", "رسائل", "طرود", "اصداء", "خبر",
    "اخبار", "انباء", "بيانات", "محادثات", "مفاوضات", "امور", "قضيه", "وجبات", "كميات", "كميه", "ماده", "مواد", "اعصار",
    "عاصفه", "صور", "مياه", "غاز", "نفط", "منتجات", "بضائع", "سلع", "واردات", "صادرات", "اموال", "ثقه", "تعزيزات", "نيران",
    "حرائق", "فيروس", "وباء",
];

/// Positions and stages reached after `إلى` (keys without the article).
const POSITIONS: &[&str] = &[
    "سلطه", "حكم", "رئاسه", "سده", "رتبه", "منصب", "قياده", "مرحله", "طريق", "حد", "مرتبه", "درجه", "نهائي", "نتيجه",
    "قناعه", "اتفاق", "حل", "تفاهم", "مربع",
];

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

/// The key without و/ف, the article and a closing pronoun.
fn stem(key: &str) -> &str {
    let key = without_conjunction(key);
    let key = key.strip_prefix("ال").unwrap_or(key);
    ["هما", "هم", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p).filter(|s| THINGS.contains(s))).unwrap_or(key)
}

fn is_thing(key: &str) -> bool {
    THINGS.contains(&stem(key))
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
        POSITIONS.contains(&next.strip_prefix("ال").unwrap_or(next))
    }
}

/// Is the verb's subject, before it or right after it, a noun of a thing?
fn thing_subject(input: &Input, i: usize, end: usize, s1: usize) -> bool {
    let covered = |k: usize| input.mentions.iter().any(|m| m.tok_start <= k && k < m.tok_end);
    // After the verb: past days and adverbs.
    let after = (end..s1).find(|&k| !ADVERBS.contains(&input.keys[k].as_str()));
    if after.is_some_and(|k| input.tokens[k].kind != TokenKind::Punct && is_thing(&input.keys[k])) {
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
        if input.tokens[k].kind == TokenKind::Punct || CLAUSE_OPENERS.contains(&key) || covered(k) {
            return false;
        }
        if PARTICLES.contains(&key) {
            continue;
        }
        if is_thing(key) {
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
