//! Whom an expressed stance (concern, anger, regret: ACCUSE 111) is aimed at when the
//! phrase after its preposition names the deed, not its doer: `أعرب البيت الأبيض عن قلقه من
//! الحملة التي …`، `أبدت قلقها تجاه الظروف الخطيرة التي تواجه الصحافة في إيران`،
//! `قلقه إزاء مؤشرات على استعدادات أمريكية لشن ضربات`. The doer or place of the deed is
//! named inside that phrase, and the labels code the stance against it; the event had no
//! recipient, as a mention right after the preposition was needed. The first coded party
//! in the phrase is taken, as for sanctions (`sanctioned::party_in_phrase`).

use super::args::{bare, Arg, Context};
use super::sanctioned::party_in_phrase;
use super::Input;
use crate::mentions::ActorSpan;
use marsad_text::token::TokenKind;

/// The prepositions of a stance's target (`events.tsv`: قلق، غضب …).
const TOWARD: &[&str] = &["ازاء", "من", "حيال", "بشان", "تجاه", "نحو"];
/// How far after the stance noun its preposition may stand (`قلقها الشديد إزاء`، `قلقه
/// البالغ من`).
const TO_PREPOSITION: usize = 3;
/// How long the phrase after the preposition may run.
const PHRASE: usize = 8;
/// Words that open a clause, whose subject is no target (`قلقه من أن تفاقم الأزمة …`).
const CLAUSE: &[&str] = &["ان", "بان", "انه", "انها", "انهم", "لان", "ما"];

/// The party the stance noun ending at token `end` is aimed at, when none was read.
pub(super) fn target(ctx: &Context, input: &Input, end: usize, s1: usize) -> Option<Arg> {
    let prep = (end..(end + TO_PREPOSITION).min(s1))
        .take_while(|&k| input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k))
        .find(|&k| TOWARD.contains(&bare(&input.keys[k])))?;
    let len = (prep + 1..(prep + 1 + PHRASE).min(s1)).position(|k| CLAUSE.contains(&bare(&input.keys[k]))).unwrap_or(PHRASE);
    // A bare role noun coded by the story or by an earlier mention (المحققين) is no party the
    // text names here, and a place after في is where the deed is, not who does it (أعمال
    // العنف في قطاع غزة، الأوضاع الإنسانية في اليمن).
    let placed = |m: &ActorSpan| m.tok_start > 0 && input.keys[m.tok_start - 1] == "في";
    party_in_phrase(input, prep + 1, len, s1, |m| !m.home && !m.rule.contains("+context") && !m.rule.starts_with("agent+coref") && !placed(m))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::recipient_countries;

    fn aimed_at(t: &str) -> Vec<Option<String>> {
        recipient_countries(t, "ACCUSE")
    }

    #[test]
    fn a_stance_toward_a_deed_is_aimed_at_the_party_in_its_phrase() {
        assert_eq!(aimed_at("أعربت فرنسا عن قلقها البالغ إزاء الإجراءات الأخيرة للحكومة الفنزويلية."), vec![Some("VEN".to_string())]);
        assert_eq!(aimed_at("وأبدى الاتحاد الأوروبي قلقه تجاه السياسات الاقتصادية لتركيا."), vec![Some("TUR".to_string())]);
    }

    #[test]
    fn a_clause_or_a_far_party_is_no_target() {
        // A that-clause's subject is what is feared, not whom the stance is aimed at.
        assert_eq!(aimed_at("أعربت ألمانيا عن قلقها من أن تفاقم روسيا التوتر."), vec![None]);
        // A place after في is where the deed happens, not its doer.
        assert_eq!(aimed_at("أعربت كندا عن قلقها إزاء أعمال العنف في قطاع غزة."), vec![None]);
        // Past a comma the phrase has ended.
        assert_eq!(aimed_at("أعربت ألمانيا عن قلقها من تدهور الأوضاع، بحسب وكالة الأنباء الفرنسية."), vec![None]);
    }
}
