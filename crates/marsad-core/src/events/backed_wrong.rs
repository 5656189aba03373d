//! Backing a wrong (`backing` and `backing-noun` rows of `event-words.tsv`: يدعم، تمول،
//! ترعى; دعم، تمويل، رعاية): said in a quotation of a named party that supports or funds
//! terrorism, terrorists or a wrong (`backed-wrong` rows: إرهابيين، الإرهابية; and every
//! `wrong-noun`: الإرهاب، الجرائم), the speaker charges that party, as with a noun of
//! wrongdoing (`wrong_noun.rs`): `قال ولي العهد إن حكومة إيران تدعم الإرهاب`، `أكد أن دعم
//! قطر للإرهاب مستمر`، `لتحميلها المسؤولية عن دعمها للإرهاب`. The backer is
//! - the party right before a verb of backing (or before its relative: `دولة التي تمول
//!   الإرهاب`);
//! - the genitive right after the noun, the wrong after it (`تمويل إيران للميليشيات
//!   الإرهابية`);
//! - the party a pronoun on the noun refers to (`دعمها للإرهاب`: `wrong_noun::owner_of`).
//!
//! A backing with no party (`وقف دعم الإرهاب`، `مكافحة تمويل الإرهاب`) charges no one; a
//! clause that reports a charge or a denial (`نفى دعم الإرهاب`) is left as for the nouns of
//! wrongdoing, and the caller (`evaluation.rs`) leaves out the speaker's own side,
//! negations and conditions.

use super::args::{pronoun_on, Context};
use super::wrong_noun::{bare, owner_of, reported_or_listed, POSSESSIVES};
use super::Input;
use marsad_lexicon::events::EventWord;
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// Relative pronouns between a party and its verb of backing (keys).
const RELATIVES: &[&str] = &["التي", "الذي", "الذين"];

/// The backer charged by the word of backing at `k` in the quotation of tokens `a..b`
/// (the speaker's tokens `speaker`): a mention's index.
pub(super) fn backer_of(ctx: &Context, input: &Input, (a, b): (usize, usize), k: usize, speaker: (usize, usize)) -> Option<usize> {
    let events = input.lexicon.events();
    let (word, _) = bare(&input.keys[k]);
    let kind = events.word(word);
    let m = if kind == Some(EventWord::Backing) {
        // A verb: its subject before it, the wrong right after it. (After و the verb
        // shares an earlier subject: `حكومة إيران لا تخدم مصالح شعبها وتدعم الإرهاب`.)
        let conjoined = input.keys[k].starts_with('و') && word.len() < input.keys[k].len();
        (!conjoined && backed_wrong_at(input, k + 1, b)).then(|| subject_before(ctx, input, a, k)).flatten()?
    } else if kind == Some(EventWord::BackingNoun) {
        // A noun: its genitive, then the wrong.
        let m = ctx.mention_of(k + 1).filter(|&m| input.mentions[m].tok_start == k + 1)?;
        let mention = &input.mentions[m];
        if mention.prepositional || mention.rule.contains("place") || !backed_wrong_at(input, mention.tok_end, b) {
            return None;
        }
        m
    } else {
        // A noun with a pronoun: its owner, then the wrong.
        let p = pronoun_on(input, k)?;
        let stem = POSSESSIVES.iter().find_map(|s| word.strip_suffix(s))?;
        if events.word(stem) != Some(EventWord::BackingNoun) || !backed_wrong_at(input, k + 1, b) {
            return None;
        }
        owner_of(input, k, p, speaker)?
    };
    (!reported_or_listed(input, a, k)).then_some(m)
}

/// The party right before the verb at `k` (or before the relative pronoun right before
/// it), within the quotation opening at `a`.
fn subject_before(ctx: &Context, input: &Input, a: usize, k: usize) -> Option<usize> {
    let end = if k > a && RELATIVES.contains(&input.keys[k - 1].as_str()) { k - 1 } else { k };
    let m = ctx.mention_of(end.checked_sub(1)?).filter(|&m| input.mentions[m].tok_end == end && input.mentions[m].tok_start >= a)?;
    (!input.mentions[m].prepositional).then_some(m)
}

/// Is the word at `j` (before `b`) a wrong backed: a `backed-wrong` or `wrong-noun` word
/// (الإرهاب، للإرهابيين), or a noun with the article or لـ whose adjective after it is a
/// `backed-wrong` word (الجماعات الإرهابية، لمنظمات إرهابية)? Not a noun after و (`دعم
/// الميليشيات والمنظمات الإرهابية`: the party before is one backed), nor a preposition
/// (`دعم سوريا أمام الإرهابيين`), nor a wrong past punctuation (`دعم العراق، والتدخلات`).
fn backed_wrong_at(input: &Input, j: usize, b: usize) -> bool {
    let kind = |i: usize| (i < b && input.tokens[i].kind == TokenKind::Arabic).then(|| input.lexicon.events().word(bare(&input.keys[i]).0)).flatten();
    if matches!(kind(j), Some(EventWord::BackedWrong | EventWord::WrongNoun)) {
        return true;
    }
    let noun = j < b && input.tokens[j].kind == TokenKind::Arabic && {
        let key = input.keys[j].as_str();
        !key.starts_with('و') && (key_is_definite(key) || key.starts_with('ل') && key.chars().count() > 4)
    };
    noun && kind(j + 1) == Some(EventWord::BackedWrong)
}

#[cfg(test)]
mod tests {
    use crate::events::wrong_noun::tests::{charges, pair};

    #[test]
    fn backing_terrorism_charges_the_backer() {
        assert_eq!(charges("وقال وزير الخارجية السعودي إن إيران تدعم الإرهاب في المنطقة."), pair("SAU", "IRN"));
        assert_eq!(charges("وقال وزير الخارجية البحريني إن تمويل قطر للجماعات الإرهابية مستمر."), pair("BHR", "QAT"));
        assert_eq!(charges("وقال وزير الخارجية المصري إن قطر مستمرة في سياستها ولا بد من محاسبتها على دعمها للإرهاب."), pair("EGY", "QAT"));
    }

    #[test]
    fn backing_with_no_party_or_no_wrong_charges_no_one() {
        // Combating the funding of terrorism: no backer.
        assert!(charges("وقال وزير الخزانة الأمريكي إن المؤتمر يبحث مكافحة تمويل الإرهاب.").is_empty());
        // A verb after و shares an earlier subject; a party backed, or one past a
        // preposition, is no backer.
        assert!(charges("وقال ولي العهد السعودي إن حكومة إيران لا تخدم مصالح شعبها وتدعم الإرهاب.").iter().all(|p| p.1.as_deref() == Some("IRN")));
        assert!(charges("وقال وزير الخارجية السعودي إن العالم يواجه خطر دعم الميليشيات والمنظمات الإرهابية.").is_empty());
        assert!(charges("وقال وزير الخارجية الإيراني إن لبنان حافظ على دعم سوريا أمام الإرهابيين.").is_empty());
        // Support for something that is no wrong.
        assert!(charges("وقال وزير الخارجية الفرنسي إن ألمانيا تدعم الاتفاق النووي.").is_empty());
        // The speaker's own side, and a denial.
        assert!(charges("وقال وزير الخارجية القطري إن قطر لا تدعم الإرهاب.").is_empty());
        assert!(charges("ونفى وزير الخارجية الإيراني أن تكون روسيا تدعم الإرهاب.").is_empty());
    }
}
