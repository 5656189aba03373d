//! The article's dateline (`دبي، الإمارات العربية المتحدة (CNN) --`): its place and agency
//! open the first sentence but act in none of its events, so a circumstantial
//! participle's actor (the first party some words back) is never taken from it.

use super::Input;
use marsad_text::token::TokenKind;

/// How far into the article a dateline's agency in parentheses may close.
const DATELINE_TOKENS: usize = 12;

/// The token after the article's dateline (its opening place and the agency in
/// parentheses), or 0 without one.
pub(super) fn dateline_end(input: &Input) -> usize {
    let text = |k: usize| input.tokens[k].text(input.text);
    let head = DATELINE_TOKENS.min(input.tokens.len());
    let Some(open) = (0..head).find(|&k| input.tokens[k].kind == TokenKind::Punct && text(k) == "(") else { return 0 };
    (open + 1..head).find(|&k| text(k) == ")").map_or(0, |close| close + 1)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn the_dateline_never_acts_for_a_participle() {
        let t = "دبي، الإمارات العربية المتحدة (CNN) -- علق الممثل الأمريكي، السبت، على الحادث، منتقدا إيران.";
        let charges = sides(t, "ACCUSE");
        assert!(charges.contains(&(Some("USA".into()), Some("IRN".into()))), "{charges:?}");
    }

    #[test]
    fn a_later_parenthesis_is_no_dateline() {
        let t = "قال المرشد الإيراني علي خامنئي في كلمة ألقاها أمام حشد من المسؤولين (الأربعاء)، واصفا الرئيس السوري بشار الأسد بأنه شخصية مناضلة.";
        let charges = sides(t, "ACCUSE");
        assert!(charges.contains(&(Some("IRN".into()), Some("SYR".into()))), "{charges:?}");
    }
}
