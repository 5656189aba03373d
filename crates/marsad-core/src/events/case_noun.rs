//! An attack noun in construct after a word that names a case or a file (في قضية اغتيال
//! الحريري، ملفات اعتداءات باريس، التحقيقات في قضية مقتل الصحفي) names the case, the topic
//! of a trial, an inquiry or a talk, not an attack the sentence tells: no event, parties
//! or not. The attack itself is told where the story reports it.

use super::{EventSpan, Input};
use marsad_text::normalize::key;

/// Nouns that name a case or a file (keys).
const CASE_WORDS: &[&str] = &["قضيه", "ملف", "ملفات"];

/// Is the event an attack noun right after a case word of its sentence?
pub(super) fn is_case_topic(input: &Input, e: &EventSpan) -> bool {
    let i = e.trigger.0;
    if e.kind != "ASSAULT" || i == 0 || input.tokens[i - 1].start < e.sentence.0 || !names_the_deed(input, e) {
        return false;
    }
    is_case_word(&input.keys[i - 1])
}

/// The trigger is a noun, or a verb trigger written as its own verbal noun (قضية قتل
/// متظاهرين: form I, where the perfect and the noun share their letters).
fn names_the_deed(input: &Input, e: &EventSpan) -> bool {
    if e.rule.starts_with("noun:") {
        return true;
    }
    let Some(lemma) = e.rule.strip_prefix("verb:").map(|r| r.split('+').next().unwrap_or(r)) else {
        return false;
    };
    let k = input.keys[e.trigger.0].as_str();
    k.strip_prefix('و').unwrap_or(k) == key(lemma)
}

/// A case word, after و and a joined preposition (وقضية، بقضية، لملف).
fn is_case_word(k: &str) -> bool {
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    let k = k.strip_prefix(['ب', 'ل']).unwrap_or(k);
    CASE_WORDS.contains(&k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, assert_some_of};

    #[test]
    fn an_attack_named_as_a_case_is_no_event() {
        assert_none_of("ASSAULT", &[
            "وأصدرت المحكمة الخاصة أحكاما غيابية على أربعة متهمين في قضية اغتيال رئيس الوزراء اللبناني السابق.",
            "وقال المدعي العام إن هذا التحقيق لا صلة له بملفات اعتداءات بروكسل عام 2016.",
            "وقضت محكمة جنايات القاهرة بالسجن المشدد على عشرة متهمين في قضية قتل متظاهرين أمام مقر الحزب.",
        ]);
    }

    #[test]
    fn an_attack_told_stays() {
        assert_some_of("ASSAULT", &[
            "وقتل مسلحون مجهولون قاضيا يتولى قضية فساد كبرى في العاصمة.",
            "واغتال مسلحون رئيس الوزراء اللبناني السابق في بيروت.",
        ]);
    }

    #[test]
    fn case_words_are_read_through_their_prefixes() {
        assert!(["قضيه", "وقضيه", "بقضيه", "لملف", "ملفات"].iter().all(|k| super::is_case_word(k)));
        assert!(!["قضي", "قاضي", "ملفت"].iter().any(|k| super::is_case_word(k)));
    }
}
