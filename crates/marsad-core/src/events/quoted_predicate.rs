//! A that-clause whose predicate opens a quotation: the reporter names the subject in his
//! own words after إن/أن and quotes the rest (قال إن التنظيم "خطف 36 سيدة"، قال إن
//! السفارة: "اتصلت بالشرطة"). The quotation marks, and a colon before them, are no clause
//! break there: the mention before them is the quoted verb's subject.

use super::args::{bare, is_quote_mark, Context, Request};
use marsad_lexicon::Kind;
use super::Input;
use marsad_text::token::TokenKind;

/// The subject of the request's verb when only quotation marks and a colon stand between
/// it and a mention that opens a that-clause (right after إن، أن، بأن), not governed by a
/// preposition. For an active attack or arrest verb (`active_violence`), not a person: one
/// quoted so is mostly the victim of an unvowelled passive (أن الصماد "قتل بغارة للتحالف").
pub fn subject_before(ctx: &Context, input: &Input, req: &Request, active: bool) -> Option<usize> {
    let (pred, s0) = (req.pred, req.s0);
    if !req.pred_is_verb || pred != req.trigger_start {
        return None;
    }
    let mut k = pred;
    while k > s0 && (is_quote_mark(input, k - 1) || is_colon(input, k - 1)) {
        k -= 1;
    }
    if k == pred || !(k..pred).any(|j| is_quote_mark(input, j)) || k <= s0 {
        return None;
    }
    let m = ctx.mention_of(k - 1)?;
    let subject = &input.mentions[m];
    let start = subject.tok_start;
    let after_that = start > s0 && matches!(bare(&input.keys[start - 1]), "ان" | "بان");
    let person = matches!(subject.kind, Kind::Person | Kind::PersonShort) || subject.person_noun;
    let violent = matches!(req.trigger.event.as_deref(), Some("ASSAULT" | "COERCE"));
    let victim_likely = active && violent && person;
    (subject.tok_end == k && !subject.prepositional && after_that && !victim_likely).then_some(m)
}

fn is_colon(input: &Input, k: usize) -> bool {
    input.tokens[k].kind == TokenKind::Punct && input.tokens[k].text(input.text) == ":"
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn a_subject_before_a_quoted_predicate_acts() {
        let text = "وقال المتحدث إن الجيش الروسي \"هاجم مواقع المعارضة السورية في إدلب\".";
        assert_eq!(sides(text, "ASSAULT"), vec![pair("RUS", "SYR")]);
        let text = "وقال الوزير إن الحكومة الإيرانية: \"طالبت السلطات البريطانية بحماية السفارة\".";
        assert_eq!(sides(text, "REQUEST"), vec![pair("IRN", "GBR")]);
    }

    #[test]
    fn a_person_quoted_before_an_attack_verb_is_no_attacker() {
        let text = "وأفادت مصادر أمنية أن القيادي الحوثي صالح الصماد \"قتل بغارة للتحالف\" في الحديدة.";
        assert!(sides(text, "ASSAULT").iter().all(|(a, _)| a.as_deref() != Some("YEM")));
    }

    #[test]
    fn a_party_quoted_before_a_bare_attack_verb_suffers_it() {
        let text = "وقالت وزارة الدفاع إن القوات التركية \"استهدفت\" في إدلب أمس.";
        assert_eq!(sides(text, "ASSAULT"), vec![(None, Some("TUR".into()))]);
        // (Past the closing quotation mark, the scene names the state struck: scene_place.rs.)
        let text = "وقالت وزارة الدفاع إن القوات التركية \"استهدفت\" مواقع في إدلب أمس.";
        assert_eq!(sides(text, "ASSAULT"), vec![(Some("TUR".into()), Some("SYR".into()))]);
    }

    #[test]
    fn a_speaker_before_a_quotation_is_no_subject_of_its_verb() {
        // (The speaker's verb is قال, not the quoted one: no that-clause.)
        let text = "وقال الرئيس الأمريكي \"هاجمت إيران ناقلات النفط السعودية\".";
        assert!(sides(text, "ASSAULT").iter().all(|(a, _)| a.as_deref() != Some("USA")));
    }
}
