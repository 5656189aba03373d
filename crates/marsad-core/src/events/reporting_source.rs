//! Unnamed sources and observatories tell what happened (وذكرت مصادر محلية أن طائرات
//! التحالف قصفت …، وقال المرصد السوري إن …): like news media they report a strike, they do
//! not accuse anyone of it (the labels give such quotations no ACCUSE).

use super::Input;
use crate::quotes::Speaker;

/// Head words of a reporting speaker (keys: hamza and ta marbuta folded).
const REPORTING_HEADS: &[&str] = &["مصدر", "مصادر", "المصدر", "المصادر", "مرصد", "المرصد"];

/// Is the speaker a source (مصدر أمني، مصادر محلية) or an observatory, or its director
/// (مدير المرصد)? Only the first two words are read: "المرصد" later in a name is the
/// object of something else.
pub(super) fn is_reporting_source(input: &Input, speaker: &Speaker) -> bool {
    (speaker.tok_start..speaker.tok_end.min(speaker.tok_start + 2)).any(|i| {
        let key = input.keys[i].as_str();
        let key = key.strip_prefix('و').unwrap_or(key);
        let key = key.strip_prefix('ل').filter(|r| r.starts_with("ال")).unwrap_or(key);
        REPORTING_HEADS.contains(&key)
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn accusations(text: &str) -> usize {
        events(text).iter().filter(|e| e.kind == "ACCUSE").count()
    }

    #[test]
    fn sources_and_observatories_report_a_strike() {
        assert_eq!(accusations("وقالت مصادر محلية إن طائرات التحالف السعودي قصفت منازل في صعدة."), 0);
        assert_eq!(accusations("وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت بلدات في إدلب."), 0);
    }

    #[test]
    fn a_government_still_accuses() {
        assert_eq!(accusations("وقالت وزارة الخارجية السورية إن الطائرات الإسرائيلية قصفت مواقع قرب دمشق."), 1);
    }
}
