//! Describing a party (`وصف X بأنه …`, `وصفه بـ…`) is mostly a charge (ACCUSE 111), but
//! as often praise when the description is a compliment: `ووصف الرسالة بأنها "لطيفة
//! جدا"`، `وصفه بأنه "رجل النزاهة والشرف"`, which PLOVER codes as SUPPORT (CAMEO 051,
//! praise or endorse), as the dev labels do.

use super::args::Context;
use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// The lemma of the describing verb.
pub(super) const DESCRIBE: &str = "وصف";
/// Praise or endorse.
pub(super) const PRAISE_CAMEO: &str = "051";
/// How far after the verb its description (بأنه، بـ) may start: past a long object.
const TO_DESCRIPTION: usize = 15;
/// How many words of the description are read.
const DESCRIPTION_WORDS: usize = 10;

/// Words of praise, keys without clitics, the article or the endings ـة، ـا
/// (`تاريخية` → `تاريخي`، `النزاهة` → `نزاه`). Not words that are also names
/// (عادل، طيب), read both ways (انتصار، نجاح: whose victory?) or also nouns (مهمة
/// "important" and "mission": `وصفته بأنها مهمة مقدسة`).
const PRAISE: &[&str] = &[
    "تاريخي", "ايجابي", "ممتاز", "رائع", "عظيم", "جيد", "ناجح", "مثمر", "لطيف", "شجاع", "حكيم", "نزيه", "نزاه", "شرف",
    "فخر", "موهوب", "محترف", "بطل", "مميز", "صادق", "ذكي", "هائل", "مخلص", "مشرف", "ملهم", "استثنائي", "بناء", "مفيد",
    "واعد", "صديق", "جميل", "اصيل", "اخلاقي", "بارز", "عريق", "نبيل", "متميز", "قدير",
];

/// Words of blame: a praise word after one qualifies it (`تهديد استثنائي`، `خطر كبير`،
/// `الانحطاط الأخلاقي`، `الإفلاس السياسي`, where أخلاقي alone praises: `الجيش الأخلاقي`).
const BLAME: &[&str] = &[
    "تهديد", "خطر", "خطير", "عار", "جريم", "كارث", "مهزل", "فضيح", "ارهاب", "ارهابي", "عدوان", "اسوا", "فاشل", "كذب", "مؤامر",
    "انحطاط", "افلاس",
];

/// Words that undo the praise right before it (`غير مثمرة`، `ليس جيدا`).
const NEGATIONS: &[&str] = &["غير", "لا", "ليس", "ليست", "لم", "لن", "عدم"];

/// A word's key without و، the article or ب before it and without a feminine or
/// accusative ending after it.
pub(super) fn stem(key: &str) -> &str {
    let k = key.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(key);
    let k = ["بال", "ال", "ب"].iter().find_map(|p| k.strip_prefix(p).filter(|r| r.chars().count() >= 3)).unwrap_or(k);
    // (Accusative after the feminine: رائعة → رائعه; ممتازا، ايجابيا.)
    k.strip_suffix('ه').or_else(|| k.strip_suffix('ا')).filter(|r| r.chars().count() >= 3).unwrap_or(k)
}

/// Where the description of the describing verb ending at token `end` opens: بأن، بالـ or
/// a separate بـ outside the object's mention (بأنه، بأنها، "بالمهزلة"), at most fifteen
/// words after it; not any word in ب (بعدما، بسبب).
pub(super) fn start(ctx: &Context, input: &Input, end: usize, s1: usize) -> Option<usize> {
    let opens = |k: usize| {
        let key = input.keys[k].trim_matches(|c| matches!(c, '"' | '«' | '»' | '“' | '”'));
        let key = key.strip_prefix('و').unwrap_or(key);
        key.starts_with("بان") || key.starts_with("بال") || key == "ب"
    };
    (end..(end + TO_DESCRIPTION).min(s1)).find(|&k| input.tokens[k].kind != TokenKind::Punct && !ctx.in_mention(k) && opens(k))
}

/// Is the describing verb ending at token `end` followed by a description that praises
/// (a word of praise not negated, `بأنه`/`بـ` then at most ten words, up to punctuation
/// other than quotation marks)?
pub(super) fn is_praise(ctx: &Context, input: &Input, trigger: &Trigger, end: usize, s1: usize) -> bool {
    if trigger.lemma != DESCRIBE {
        return false;
    }
    let Some(from) = start(ctx, input, end, s1) else {
        return false;
    };
    let mut words = 0;
    for k in from..s1 {
        let tok = &input.tokens[k];
        if tok.kind == TokenKind::Punct {
            // Quotation marks (and the ASCII apostrophe some outlets quote with) go on.
            let text = tok.text(input.text);
            if crate::quotes::is_mark(text) || text == "'" {
                continue;
            }
            break;
        }
        words += 1;
        if words > DESCRIPTION_WORDS {
            break;
        }
        let word = stem(&input.keys[k]);
        if BLAME.contains(&word) {
            return false;
        }
        if PRAISE.contains(&word) {
            let negated = (k.saturating_sub(2).max(from)..k).any(|j| NEGATIONS.contains(&input.keys[j].as_str()));
            return !negated;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(text: &str) -> Vec<(String, Option<String>)> {
        events(text).into_iter().map(|e| (e.kind, e.cameo)).collect()
    }

    #[test]
    fn a_compliment_is_praise() {
        let k = kinds("ووصف الرئيس الأمريكي دونالد ترامب الرسالة الكورية الشمالية بأنها \"لطيفة جدا\".");
        assert!(k.contains(&("SUPPORT".into(), Some("051".into()))), "{k:?}");
        assert!(!k.iter().any(|(t, _)| t == "ACCUSE"), "{k:?}");
        let k = kinds("ووصف الرئيس الفرنسي إيمانويل ماكرون ألمانيا بأنها شريك تاريخي.");
        assert!(k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
    }

    #[test]
    fn the_form_one_participle_describes_after_a_comma() {
        let accused = |t: &str| events(t).iter().any(|e| e.kind == "ACCUSE" && e.recipients.iter().any(|r| r.country.as_deref() == Some("USA")));
        assert!(accused("قال الرئيس الإيراني حسن روحاني إن بلاده لن تتفاوض، واصفا الولايات المتحدة بأنها دولة مارقة."));
        assert!(!accused("وكان الكاتب واصفا الولايات المتحدة في روايته."));
    }

    #[test]
    fn a_charge_or_a_denied_compliment_stays_an_accusation() {
        let k = kinds("ووصف الرئيس الأمريكي دونالد ترامب التحركات الروسية في سوريا بأنها \"عار\".");
        assert!(k.iter().any(|(t, _)| t == "ACCUSE") && !k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
        let k = kinds("ووصف وزير الخارجية الإيراني الموقف الأمريكي بأنه غير بناء.");
        assert!(!k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
        let k = kinds("ووصف أردوغان نتنياهو \"بالإرهابي\" بعدما اعترض الأخير على ما سماه \"المحاضرة الأخلاقية\" التركية.");
        assert!(k.iter().any(|(t, _)| t == "ACCUSE") && !k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
        let k = kinds("ووصف الرئيس الأمريكي الترسانة النووية الكورية الشمالية بأنها \"تهديد استثنائي\".");
        assert!(!k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
        // A moral decay is blame, though أخلاقي alone praises.
        let k = kinds("ووصف الرئيس الإيراني السياسة الأمريكية بأنها انحطاط أخلاقي.");
        assert!(k.iter().any(|(t, _)| t == "ACCUSE") && !k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
        let k = kinds("ووصف الرئيس الإيراني السياسة الأمريكية بأنها إفلاس تاريخي.");
        assert!(k.iter().any(|(t, _)| t == "ACCUSE") && !k.iter().any(|(t, _)| t == "SUPPORT"), "{k:?}");
    }
}
