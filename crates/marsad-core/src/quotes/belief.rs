//! A verb of belief (يعتقد، تعتقد، يعتقدون) reports a view only as the main verb of its
//! sentence with a subject named after it: ويعتقد محللون أن …، فيما يعتقد آخرون أن ….
//! Elsewhere it is the writer's narrative or someone else's words: inside a reported clause
//! (قالت إنها تعتقد أن …, part of what she said), in a relative clause (الحسابات التي تعتقد
//! المنصة أنها …، لمن تعتقد أنهم …), in a question (هل تعتقد أن …) or with no subject
//! (ويعتقد أن …, "it is believed").

use super::{is_complementizer, mention_after, Input};
use marsad_text::token::TokenKind;

/// Words that may open a sentence's main clause before the verb.
const OPENERS: &[&str] = &["فيما", "بينما", "كما"];

/// Does the belief verb at `cue` state its subject's view?
pub(super) fn states_a_view(input: &Input, cue: usize) -> bool {
    let (s0, s1) = input.sentence_tokens(cue);
    let opens = cue == s0
        || cue > 0 && (input.tokens[cue - 1].kind == TokenKind::Punct || OPENERS.contains(&input.keys[cue - 1].as_str()) && cue - 1 == s0);
    // (The subject before its أن: in ويعتقد أن الآلاف … the mention is the clause's.)
    let Some(comp) = (cue + 1..(cue + 6).min(s1)).find(|&j| is_complementizer(&input.keys[j])) else { return false };
    opens && mention_after(input.mentions, cue + 1, comp, false).is_some()
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn a_belief_with_its_subject_opening_the_sentence_is_a_view() {
        let q = quotes("ويعتقد محللون اقتصاديون أن الحكومة ستلجأ إلى رفع أسعار الوقود قبل نهاية العام.");
        assert!(q.iter().any(|q| q.cue.text == "ويعتقد" && q.text.starts_with("الحكومة ستلجأ")), "{q:?}");
    }

    #[test]
    fn a_belief_inside_a_clause_or_without_a_subject_reports_nothing() {
        let q = quotes("وقالت صاحبة المطعم إنها تعتقد أن الإدارة تتبع سياسة غير إنسانية.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].text.starts_with("تعتقد") || q[0].text.starts_with("ها تعتقد"), "{q:?}");
        assert!(quotes("ويعتقد أن الآلاف من السكان فروا من المدينة خلال الأسبوع الماضي.").is_empty());
        assert!(quotes("كما يعتقدون أن لدى اللاجئين السوريين مشكلات في الاندماج.").is_empty());
        assert!(quotes("وتعرض المنصة المنشورات التي تعتقد أن المستخدم سيهتم بها أكثر من غيرها.").is_empty());
        assert!(quotes("هل تعتقد أن الفاكهة التي تتناولها في الشتاء طازجة؟").is_empty());
    }
}
