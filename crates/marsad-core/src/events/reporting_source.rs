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

    fn count(text: &str, kind: &str) -> usize {
        events(text).iter().filter(|e| e.kind == kind).count()
    }

    #[test]
    fn sources_and_observatories_report_a_strike() {
        for t in [
            "قال مصدر أمريكي إن روسيا قصفت مستشفى في إدلب.",
            "وقال المرصد السوري لحقوق الإنسان إن روسيا قصفت مستشفى في إدلب.",
            "وقال مدير المرصد إن روسيا قصفت مستشفى في إدلب.",
        ] {
            assert_eq!(count(t, "ASSAULT"), 1, "{:?}", events(t));
            assert_eq!(count(t, "ACCUSE"), 0, "{:?}", events(t));
        }
    }

    #[test]
    fn an_official_still_accuses() {
        let t = "قال مسؤول أمريكي إن روسيا قصفت مستشفى في إدلب.";
        assert_eq!(count(t, "ACCUSE"), 1, "{:?}", events(t));
    }
}
