//! A report inside a relative clause set off by commas after the sentence's subject.
//!
//! وأثار الهجوم، الذي يقول محللون إنه سيكون أكبر معركة، المخاوف من …؛ وكان المهدي، الذي
//! وصفته وثائق المحكمة بأنه "رجل الدين"، قاد المتمردين …؛ أن موكله، الذي أكد أنه تعاون مع
//! الشرطة، استهدف …: the relative clause is an aside on the subject that opens the sentence
//! (or the clause after إن/أن/أما), and the comma closing it gives the main clause back, so
//! the reported clause ends there. Only a short opening without a preposition (the
//! antecedent is then the subject, not a prepositional object that may end the main
//! clause: مع لوبيز أوبرادور، الذي قال إنه …، وإن فريقه …), and not at a comma followed by
//! و, a word that goes on with the reported clause (…، حيث …، بعد أن …) or a relative of
//! its own (…، الذين فرضوا …), nor before a name in apposition (…، بيتر ميليت).

use super::fronted_subject::RELATIVE_PRONOUNS;
use super::is_complementizer;

/// Prepositions (keys): an opening holding one names the antecedent as its object.
const PREPOSITIONS: &[&str] = &["في", "من", "الي", "علي", "عن", "مع", "بين", "حول", "لدي", "عند", "بعد", "قبل", "خلال", "منذ", "ضد", "نحو", "عبر", "بحسب", "حسب", "وفق", "وفقا"];

/// Words after the closing comma that go on with the reported clause rather than the main
/// clause (keys).
const GOES_ON: &[&str] = &["حيث", "اذ", "بعد", "قبل", "ما", "مما", "لان", "كما", "حتي", "بل", "اي", "او", "ثم"];

/// Words that open the clause whose subject the aside follows (keys): أما, and إن/أن by
/// `is_complementizer`.
const CLAUSE_OPENERS: &[&str] = &["اما", "واما"];

/// Does the cue at key index `cue` open a relative clause set off by a comma after the
/// opening subject of its sentence (`s0` its first index)? `is_punct` tells punctuation
/// and marks.
pub(super) fn opens_aside(keys: &[String], s0: usize, cue: usize, is_comma: impl Fn(usize) -> bool, is_punct: impl Fn(usize) -> bool) -> bool {
    if cue < s0 + 3 || !RELATIVE_PRONOUNS.contains(&keys[cue - 1].as_str()) || !is_comma(cue - 2) {
        return false;
    }
    // The opening: back from the comma to the sentence start or a clause opener.
    let mut start = s0;
    for k in (s0..cue - 2).rev() {
        if is_complementizer(&keys[k]) || CLAUSE_OPENERS.contains(&keys[k].as_str()) {
            start = k + 1;
            break;
        }
        if is_punct(k) || PREPOSITIONS.contains(&keys[k].as_str()) {
            return false;
        }
    }
    let words = cue - 2 - start;
    (1..=5).contains(&words) && (start > s0 || words >= 2)
}

/// Does the comma before key index `next` close the aside (the word after it not going on
/// with the reported clause)? `actor_at` tells a mention starting at an index.
pub(super) fn closes_at(keys: &[String], next: usize, end: usize, actor_at: impl Fn(usize) -> bool) -> bool {
    let key = keys.get(next).map_or("", String::as_str);
    next < end && !key.starts_with('و') && !GOES_ON.contains(&key) && !RELATIVE_PRONOUNS.contains(&key) && !actor_at(next)
}
