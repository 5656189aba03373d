//! بيّن "explained" (وبيّن الوزير أن …، كما بين التقرير أن …، من جانبه، بيّن المحامي أن …)
//! reports like أوضح. The cue dictionary leaves out its bare form, whose key is the
//! preposition بين "between" (بين الطرفين، وبين المطالب …), so its clause went unreported
//! (about 130 on the corpus; its other forms, بينت، يبين، مبينا, are cues already).
//!
//! A token of بين is read as the verb when its complement comes within a few words (إن/أن/
//! بأن with or without a pronoun), with at most one comma, no other punctuation and no
//! relative or reporting verb between (وبين من يرون أن …: the أن is يرون's), and
//! - it is written with its shadda (بيّن: the adjective بيِّن "clear" takes no أن), a colon
//!   also serving as its complement, or
//! - it opens its sentence or follows a comma, alone or after و/ف/كما, with no بين before
//!   it in its sentence (between-phrases that open a sentence take no أن: وبين التهديدات
//!   …، ذكرت الوزيرة …; one inside a clause may: الاختيار بين أن يبقى أو يرحل; nor does
//!   "between" said twice: بين الحرص على …، وبين إعطاء الانطباع أن …; nor a heading, بين
//!   الماء والنار: …).
//!
//! Not the given name Ben right before a person's name (وزير الأمن، بين والاس، إن …).
//!
//! The quote finder reads it under the key of أوضح (`verb_keys`), so agreement, the speaker
//! search and the clause search treat it as the verb it is; the other layers keep the
//! written keys.

use super::{is_comma, is_complementizer, Input};
use marsad_text::token::TokenKind;

/// How many tokens after the verb its complement may come (subject and adverbs).
const REACH: usize = 6;

/// The key of بين after و/ف, or `None`.
fn conjunction_of_bayna(key: &str) -> Option<Option<char>> {
    match key {
        "بين" => Some(None),
        "وبين" => Some(Some('و')),
        "فبين" => Some(Some('ف')),
        _ => None,
    }
}

/// Is the token written with the verb's shadda (بيّن, perhaps with other marks)?
fn written_with_shadda(word: &str) -> bool {
    let bare: String = word.chars().filter(|c| !matches!(c, '\u{064B}'..='\u{0650}' | '\u{0652}')).collect();
    bare.contains("ي\u{0651}")
}

/// Does the بين at `i` open its sentence or follow a comma (after كما, or alone)?
fn opens_clause(input: &Input, i: usize) -> bool {
    let Input { text, tokens, keys, .. } = *input;
    let first = if i > 0 && keys[i] == "بين" && keys[i - 1].strip_prefix(['و', 'ف']).unwrap_or(&keys[i - 1]) == "كما" { i - 1 } else { i };
    input.sentence_tokens(first).0 == first || first > 0 && is_comma(tokens[first - 1].text(text))
}

/// Words between بين and an أن that is not its own: a relative with its verb (وبين من
/// يرون أن …، بين ما قاله الوزير …).
const RELATIVES: &[&str] = &["من", "ما", "الذي", "التي", "الذين", "اللذين", "اللتين"];

/// Does a complement (إن/أن …, or a colon when `colon`) follow the token at `i` within
/// `REACH` tokens, with no relative or reporting verb between?
fn complement_follows(input: &Input, i: usize, colon: bool) -> bool {
    let Input { text, tokens, keys, lexicon, .. } = *input;
    let mut commas = 0;
    for j in i + 1..(i + 1 + REACH).min(tokens.len()) {
        let t = tokens[j].text(text);
        if tokens[j].kind == TokenKind::Punct {
            if t == ":" {
                return colon;
            }
            if !is_comma(t) || commas > 0 {
                return false;
            }
            commas += 1;
            continue;
        }
        if is_complementizer(&keys[j]) {
            return true;
        }
        if RELATIVES.contains(&keys[j].as_str()) || lexicon.cue(&keys[j]).is_some() {
            return false;
        }
    }
    false
}

/// Is there a بين before the token at `i` in its sentence (بين A، وبين B: "between" said
/// twice)?
fn between_before(input: &Input, i: usize) -> bool {
    let s0 = input.sentence_tokens(i).0;
    (s0..i).any(|j| conjunction_of_bayna(&input.keys[j]).is_some())
}

/// The keys with each بين that is the verb "explained" read as أوضح (a leading و/ف
/// kept), or `None` when the text has none (the common case: no copy is made).
pub(super) fn verb_keys(input: &Input) -> Option<Vec<String>> {
    let Input { text, tokens, keys, mentions, .. } = *input;
    // (Not inside a name, nor the given name Ben before a person's: وزير الأمن، بين والاس،
    // إن …)
    let in_name = |i: usize| {
        mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end || keys[i] == "بين" && m.tok_start == i + 1 && m.rule.contains("person:"))
    };
    let is_verb = |i: usize| {
        tokens[i].kind == TokenKind::Arabic
            && conjunction_of_bayna(&keys[i]).is_some()
            && !in_name(i)
            && if written_with_shadda(tokens[i].text(text)) {
                complement_follows(input, i, true)
            } else {
                complement_follows(input, i, false) && opens_clause(input, i) && !between_before(input, i)
            }
    };
    let first = (0..tokens.len()).position(is_verb)?;
    let explained = marsad_text::normalize::key("أوضح");
    let mut out = keys.to_vec();
    for i in first..tokens.len() {
        if is_verb(i) {
            let conj = conjunction_of_bayna(&keys[i]).flatten();
            out[i] = conj.map_or_else(|| explained.clone(), |c| format!("{c}{explained}"));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes, speaker_of};

    #[test]
    fn bayyana_with_its_shadda_reports_its_clause() {
        let t = "وبيّن وزير المالية الأردني أن العجز سينخفض في العام المقبل.";
        assert_eq!(indirect(t), ["العجز سينخفض في العام المقبل"]);
        assert_eq!(speaker_of(t, "العجز").as_deref(), Some("وزير المالية الأردني"));
        // After a fronted phrase and its comma.
        let t = "وحول الميزانية، بيّن الوزير أن الحكومة ستخفض النفقات.";
        assert_eq!(indirect(t), ["الحكومة ستخفض النفقات"]);
    }

    #[test]
    fn bare_bayna_opening_its_sentence_reports_its_clause() {
        let t = "التقى الوزير السفراء أمس. وبين الوزير أن الحكومة ستخفض النفقات.";
        assert_eq!(indirect(t), ["الحكومة ستخفض النفقات"]);
        let t = "التقى الوزير السفراء أمس. كما بين أنه سيزور القاهرة الأسبوع المقبل.";
        assert_eq!(indirect(t), ["سيزور القاهرة الأسبوع المقبل"]);
    }

    #[test]
    fn between_is_no_cue() {
        // A between-phrase opening a sentence, with no أن after it.
        assert!(quotes("وبين التهديدات التي تقلق الحكومة، تبقى الأزمة الاقتصادية.").is_empty());
        // Between two choices inside a clause.
        assert!(quotes("ويخير القرار اللاجئين بين أن يبقوا في المخيم أو يعودوا.").is_empty());
        // The adjective "clear" with its shadda, and no أن after it.
        assert!(quotes("وكان الفرق بيّن في المباراة الأخيرة.").is_empty());
        // A relative's verb owns the أن; "between" said twice; a heading.
        let q = quotes("وبين من يرون أن المقاطعة خيار شخصي ومن يرفضونها انقسم الجمهور.");
        assert!(q.iter().all(|q| q.cue.text != "وبين"), "{q:?}");
        assert!(indirect("وتوزع الجمهور بين الحرص على الحوار، وبين إعطاء الانطباع أن الأزمة انتهت.").is_empty());
        assert!(quotes("بين الماء والنار: إيران في عين العاصفة").is_empty());
        // A name: Ben.
        let t = "وقال وزير الأمن البريطاني، بين والاس، إن الحكومة مصممة على الرد.";
        assert_eq!(speaker_of(t, "الحكومة مصممة").as_deref(), Some("وزير الأمن البريطاني، بين والاس"));
    }
}
