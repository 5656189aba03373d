//! A circumstantial participle's actor (قال الوزير …، مطالبا السلطات) is its main
//! clause's subject: the actor of the last verb event before it in the sentence, when
//! there is one, rather than the first party some words back (in a long sentence that is
//! an earlier clause's party, or the dateline's place and agency).

use super::args::{Arg, Context};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// How far into the article a dateline's agency in parentheses may close
/// (`دبي، الإمارات العربية المتحدة (CNN) --`).
const DATELINE_TOKENS: usize = 12;

/// The actors of the last verb event (ghosts included: their subject goes on) before
/// token `i` in the sentence and in the same quotation.
pub(super) fn clause_actors(ctx: &Context, input: &Input, prior: &[EventSpan], sent: ByteSpan, i: usize) -> Option<Vec<Arg>> {
    let quote = ctx.quote_at(input.tokens[i].start);
    prior
        .iter()
        .rev()
        .filter(|p| p.sentence == sent && p.trigger.1 <= i)
        .find(|p| p.rule.starts_with("verb:") && ctx.quote_at(input.tokens[p.trigger.0].start) == quote)
        .filter(|p| !p.actors.is_empty())
        .map(|p| p.actors.clone())
}

/// The token after the article's dateline (its opening place and the agency in
/// parentheses), or 0 without one: no party in it acts in the story.
pub(super) fn dateline_end(input: &Input) -> usize {
    let text = |k: usize| input.tokens[k].text(input.text);
    let head = DATELINE_TOKENS.min(input.tokens.len());
    let Some(open) = (0..head).find(|&k| input.tokens[k].kind == TokenKind::Punct && text(k) == "(") else { return 0 };
    // Not after a clause's first words: a dateline is a place and a name, no verb-led
    // sentence (بحسب ما نقلت (وكالة) …); so only a few tokens before the parenthesis.
    (open + 1..head).find(|&k| text(k) == ")").map_or(0, |close| close + 1)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn the_participle_acts_for_its_clause_subject_not_an_earlier_party() {
        // The first party within 30 words is the agency, not the clause's subject.
        let t = "وقالت وكالة تسنيم للأنباء في تقرير طويل نشرته صباح اليوم عن الأوضاع في المنطقة وعن الاجتماعات التي عقدت في العاصمة خلال الأسبوع الماضي بحضور عدد من المسؤولين والخبراء، إن وزير الخارجية الإيراني هاجم الولايات المتحدة، متهما واشنطن بدعم الإرهاب.";
        let accusations = sides(t, "ACCUSE");
        assert!(accusations.contains(&(Some("IRN".into()), Some("USA".into()))), "{accusations:?}");
    }

    #[test]
    fn a_participle_with_no_verb_event_before_keeps_the_first_party() {
        let t = "وقال الرئيس التركي في كلمة، مطالبا إسرائيل بوقف الهجمات.";
        assert_eq!(sides(t, "REQUEST"), vec![(Some("TUR".into()), Some("ISR".into()))]);
    }

    #[test]
    fn the_dateline_never_acts() {
        let t = "دبي، الإمارات العربية المتحدة (CNN) -- أعلن المتحدث، متهما إيران بدعم الحوثيين.";
        assert!(!sides(t, "ACCUSE").iter().any(|(a, _)| a.as_deref() == Some("ARE")), "{:?}", sides(t, "ACCUSE"));
    }
}
