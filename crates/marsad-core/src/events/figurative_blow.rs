//! A blow (ضربة) dealt to a hope, an economy, an effort or a reputation (مما وجه ضربة
//! لمعنويات مسلحيها، ستوجه الرسوم ضربة قاصمة للصناعة، وجه التعادل ضربة قوية لآمال
//! الفريق) is a setback told in a figure, no attack: no event, parties or not. A blow to
//! people, a body or a place (ضربات قاصمة لميليشيات الحوثي، ضربة جوية لاجتماع) stays.

use super::{EventSpan, Input};
use marsad_text::token::TokenKind;

/// What a figurative blow is dealt to (keys, without ال): hopes, morale, efforts, the
/// economy and trade, a deal, a career, standing, abilities.
const FIGURATIVE_TARGETS: &[&str] = &[
    "امال", "طموحات", "معنويات", "جهود", "مساعي", "اقتصاد", "صناعه", "مبيعات", "تجاره", "اتفاق",
    "مسيره", "سمعه", "مصداقيه", "شعبيه", "حظوظ", "ثقه", "قدره", "قدرات", "تعدديه", "طلب", "خطط",
];

/// How many words after the trigger the لـ-phrase may open (past one adjective: قاصمة).
const TARGET_WINDOW: usize = 2;

/// Is the event a blow (ضربة) dealt to something that is no one?
pub(super) fn is_figurative(input: &Input, e: &EventSpan) -> bool {
    if e.kind != "ASSAULT" || !e.rule.split('+').any(|p| p == "noun:ضربة") {
        return false;
    }
    let end = input.tokens.partition_point(|t| t.start < e.sentence.1);
    for k in e.trigger.1..(e.trigger.1 + TARGET_WINDOW).min(end) {
        if input.tokens[k].kind == TokenKind::Punct {
            return false;
        }
        if let Some(target) = after_lam(&input.keys[k]) {
            return FIGURATIVE_TARGETS.contains(&target);
        }
    }
    false
}

/// The noun a joined لـ opens, without its article (لمعنويات، للاقتصاد، لآمال).
fn after_lam(k: &str) -> Option<&str> {
    let rest = k.strip_prefix("لل").or_else(|| k.strip_prefix('ل'))?;
    Some(rest.strip_prefix("ال").unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{assert_none_of, assert_some_of};

    #[test]
    fn a_blow_to_hopes_or_the_economy_is_no_attack() {
        assert_none_of("ASSAULT", &[
            "وخسرت الجماعة عددا من قادتها الميدانيين، مما وجه ضربة لمعنويات عناصرها.",
            "وقال المحللون إن العقوبات الجديدة ستوجه ضربة قاصمة للاقتصاد الإيراني.",
            "ووجه التعادل ضربة قوية لآمال الفريق في التأهل.",
        ]);
    }

    #[test]
    fn a_blow_to_fighters_stays() {
        assert_some_of("ASSAULT", &["ووجهت القوات الحكومية ضربات قاصمة لمسلحي الحوثي في الساحل الغربي."]);
    }

    #[test]
    fn the_target_is_read_past_lam_and_the_article() {
        assert_eq!(super::after_lam("للاقتصاد"), Some("اقتصاد"));
        assert_eq!(super::after_lam("لمعنويات"), Some("معنويات"));
        assert_eq!(super::after_lam("قاصمه"), None);
    }
}
