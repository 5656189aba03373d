//! A visit noun with two complements, `زيارة لـ X إلى Y`: the لـ-party is the visitor and
//! the one after إلى (or a second لـ) the visited (أول زيارة لولي العهد السعودي إلى
//! بريطانيا، زيارة لبوتين للبيت الأبيض، زيارة له إلى مصر). With one complement لـ names the
//! place visited (زيارة للعراق), which is why the noun's recipient slot holds لـ and the
//! visitor was read as the one visited.

use super::args::{antecedent, attached_preposition, is_comma, mention_starting, Arg, Context, TIME_WORDS};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::token::TokenKind;

/// How many words may stand between the visitor and إلى (a date: في مارس/ آذار).
const GAP: usize = 5;

/// The visitor of the visit noun ending at `end`, and the token where its destination
/// may start; `s0..s1` is the sentence.
pub(super) fn visitor(ctx: &Context, input: &Input, t: &Trigger, end: usize, s0: usize, s1: usize) -> Option<(Arg, usize)> {
    if t.kind != TriggerKind::Noun || t.mode.as_deref() != Some("visit") || end >= s1 {
        return None;
    }
    if let Some(m) = mention_starting(ctx, input, end) {
        let m = &input.mentions[m];
        if attached_preposition(input, m) != Some('ل') || !destination_follows(ctx, input, m.tok_end, s1) {
            return None;
        }
        return Some((Arg::from_mention(m, input.home), m.tok_end));
    }
    // A pronoun on لـ (زيارة له إلى): its antecedent in the sentence visits. (Not one in
    // the sentence before: a visit told first, قبل أول زيارة له … قال ماس, names its
    // visitor after it. Not لي، لنا: the speaker.)
    let k = input.keys[end].as_str();
    if !["له", "لها", "لهما", "لهم"].contains(&k) || !destination_follows(ctx, input, end + 1, s1) {
        return None;
    }
    antecedent(input, end, end, s0, &[]).filter(|a| a.tok_start >= s0).map(|a| (a, end + 1))
}

/// Does a destination follow from `from`: إلى, or a party with لـ on it, after at most a
/// few words of time and no punctuation but a comma-free date?
fn destination_follows(ctx: &Context, input: &Input, from: usize, s1: usize) -> bool {
    for k in from..s1.min(from + GAP + 1) {
        if input.keys[k] == "الي" {
            return true;
        }
        if let Some(m) = mention_starting(ctx, input, k) {
            return k == from && attached_preposition(input, &input.mentions[m]) == Some('ل');
        }
        let dated = TIME_WORDS.contains(&input.keys[k].as_str()) || input.tokens[k].kind == TokenKind::Number || input.keys[k] == "في";
        if is_comma(input, k) || !dated && input.tokens[k].kind != TokenKind::Arabic {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// (actor country, recipient country) of the visit.
    fn visit(text: &str) -> (String, String) {
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        events(text).iter().find(|e| e.trigger.text.contains("زيارة")).map(|e| (c(&e.actors), c(&e.recipients))).unwrap_or_default()
    }

    #[test]
    fn the_lam_party_before_ila_is_the_visitor() {
        let t = "وتأتي هذه الخطوة قبل أول زيارة لرئيس الوزراء الهندي إلى فرنسا.";
        assert_eq!(visit(t), ("IND".into(), "FRA".into()), "{:?}", events(t));
        let t = "وكانت آخر زيارة للرئيس الروسي للعراق قبل عشرة أعوام.";
        assert_eq!(visit(t), ("RUS".into(), "IRQ".into()), "{:?}", events(t));
    }

    #[test]
    fn a_pronoun_on_lam_before_ila_names_the_visitor() {
        let t = "وقال وزير الخارجية الألماني إن أول زيارة له إلى إيران ستكون في مارس.";
        assert_eq!(visit(t), ("DEU".into(), "IRN".into()), "{:?}", events(t));
        // (Not a party of the sentence before: the visitor is named after the visit.)
        let t = "واجتمع مجلس الأمن أمس. وقبل أول زيارة له إلى الأمم المتحدة قال الوزير الألماني إن بلاده تدعم الخطة.";
        assert_eq!(visit(t).0, "-", "{:?}", events(t));
    }

    #[test]
    fn one_lam_complement_is_the_place_visited() {
        let t = "وبدأ الرئيس الفرنسي زيارة للجزائر تستمر يومين.";
        assert_eq!(visit(t).1, "DZA", "{:?}", events(t));
    }
}
