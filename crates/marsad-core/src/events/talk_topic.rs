//! `تحدث عن` is "spoke about": a partner found after the topic (ولا تتحدث عن علاقتها
//! السابقة مع ترامب، تحدث الرئيس عن جهود مشتركة مع ترامب) belongs to the topic, and a talk
//! with no partner is a statement, no consultation. Such an event is dropped. A topic told
//! by a pronoun or a demonstrative keeps its partner (سأتحدث عن هذه الأمور مع الرئيس بوتين،
//! اللقاء الذي تحدث عنه مع الزعيم الكوري).

use super::{EventSpan, Input};

/// The rule prefix of the talk verb.
const TALK: &str = "verb:تحدث";
/// Demonstratives that stand for a topic named before.
const DEMONSTRATIVES: &[&str] = &["هذه", "هذا", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"];

/// Is `e` a talk whose only partner comes after an عن that opens its topic?
pub(super) fn is_topic_partner(input: &Input, e: &EventSpan) -> bool {
    if !e.rule.starts_with(TALK) {
        return false;
    }
    let Some(first) = e.recipients.iter().map(|r| r.tok_start).min() else {
        return false;
    };
    (e.trigger.1..first.min(input.keys.len())).any(|k| {
        let key = input.keys[k].as_str();
        matches!(key, "عن" | "وعن") && input.keys.get(k + 1).is_some_and(|next| !DEMONSTRATIVES.contains(&next.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::count;

    #[test]
    fn a_talk_keeps_only_a_partner_outside_its_topic() {
        let cases = [
            ("وتحدث الوزير عن علاقته القديمة مع الرئيس الأمريكي دونالد ترامب.", 0),
            ("وتحدث الوزير مع الرئيس الأمريكي دونالد ترامب عن العلاقات الثنائية.", 1),
            ("وقال نتنياهو إنه سيتحدث عن هذه الأمور مع الرئيس الروسي فلاديمير بوتين.", 1),
        ];
        for (text, talks) in cases {
            assert_eq!(count(text, "CONSULT"), talks, "{text}");
        }
    }
}
