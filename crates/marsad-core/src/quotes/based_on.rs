//! استنادا إلى ("based on") names grounds far more often than a source: a law, figures, a
//! principle, a record or a reason (استنادا إلى البند الرابع من قانون مكافحة الإرهاب، إلى حل
//! الدولتين، إلى الأرقام والحقائق، إلى أوصافه), and then nobody is quoted. It attributes only
//! when its phrase is headed by an actor (استنادا إلى منظمة العفو الدولية، إلى محللين), by a
//! source, report or account (إلى مصادر دبلوماسية، إلى تقرير للشرطة، إلى روايات سكان) or by
//! ما with a reporting verb (استنادا إلى ما قال إنها …). بحسب / وفقا لـ keep their wider
//! reading (`norms` handles their rules and plans).

use super::{mention_covering, Input};

/// The frame word's lemma in the cue list.
const BASED_ON: &str = "استنادا";
/// Prepositions and adverbs between استنادا and the head of its phrase (استنادا أيضا إلى،
/// استنادا منهم إلى، استنادا فقط على).
const BEFORE_HEAD: &[&str] = &["الي", "علي", "ايضا", "فقط", "منه", "منها", "منهم"];
/// Demonstratives before the head (استنادا إلى هذا الاستطلاع).
const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "هذين", "هاتين", "ذلك", "تلك"];
/// Heads that are a source or what a source said, as keys without clitics or article.
/// (Not بيانات or أرقام: data and figures are grounds, استنادا إلى البيانات التي تعود لعام 2005.)
const SOURCE_HEADS: &[&str] = &[
    "مصادر", "مصدر", "تقرير", "تقارير", "روايات", "روايه", "تصريحات", "تصريح", "شهادات", "شهاده", "شهود",
    "معلومات", "دراسه", "استطلاع", "تحقيقات", "تحقيق", "بيان", "وسائل", "مسؤولين", "مسؤول", "خبراء",
];

/// Is the frame at token `frame` استنادا with a phrase that names no source, so that it
/// quotes nobody?
pub(super) fn names_no_source(input: &Input, frame: usize) -> bool {
    let Input { keys, lexicon, mentions, .. } = *input;
    if lexicon.cue(&keys[frame]).is_none_or(|c| c.lemma != BASED_ON) {
        return false;
    }
    let (_, s1) = input.sentence_tokens(frame);
    let mut head = frame + 1;
    while head < s1 && head < frame + 4 && BEFORE_HEAD.contains(&keys[head].as_str()) {
        head += 1;
    }
    if head < s1 && DEMONSTRATIVES.contains(&keys[head].as_str()) {
        head += 1;
    }
    if head >= s1 {
        return true;
    }
    let actor = mention_covering(mentions, head).is_some_and(|m| m.tok_start == head);
    let key = keys[head].as_str();
    // (The preposition may be glued, لمصادر، للشرطة، على تقرير.)
    let bare = key.strip_prefix("لل").or_else(|| key.strip_prefix('ل')).unwrap_or(key);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    let source = [key.strip_prefix("ال").unwrap_or(key), bare].iter().any(|k| SOURCE_HEADS.contains(k));
    let relayed = matches!(key, "ما" | "لما") && head + 1 < s1 && lexicon.cue(&keys[head + 1]).is_some();
    !(actor || source || relayed)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn grounds_after_based_on_quote_nobody() {
        for text in [
            "وأصدر القاضي حكمه بإعدام المتهم استنادا إلى البند الرابع من قانون مكافحة الإرهاب.",
            "واستنادا إلى هذه الأرقام، فإن المدينة تأتي في المرتبة الأولى بين مدن المنطقة.",
            "وتقرر توزيع المقاعد استنادا أيضا إلى حجم كل كتلة في البرلمان الجديد.",
            "ودعا الملك إلى حل عادل للقضية استنادا إلى حل الدولتين وقرارات الشرعية الدولية.",
        ] {
            let q = quotes(text);
            assert!(q.iter().all(|q| q.cue.text.trim_start_matches('و') != "استنادا"), "{text}: {q:?}");
        }
    }

    #[test]
    fn a_source_after_based_on_still_speaks() {
        let q = quotes("واستنادا إلى مصادر دبلوماسية عدة، فقد رفضت الدول الثلاث المقترح الروسي بالكامل.");
        assert!(q.iter().any(|q| q.cue.text == "واستنادا" && q.text.contains("رفضت الدول")), "{q:?}");
        let q = quotes("وقتل ثلاثة مدنيين في قصف على القرية، استنادا إلى تقرير للشرطة المحلية.");
        assert!(q.iter().any(|q| q.cue.text == "استنادا" && q.text.contains("ثلاثة مدنيين")), "{q:?}");
        let q = quotes("واستنادا إلى منظمة العفو الدولية، فإن قوات الأمن اعتقلت مئات المحتجين.");
        assert!(q.iter().any(|q| q.cue.text == "واستنادا" && q.text.starts_with("قوات الأمن")), "{q:?}");
    }
}
