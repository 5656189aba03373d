//! A support verb does not reach an event noun that a preposition of time or cause
//! governs right before it (`خلال`، `أثناء`، `بعد`، `قبل`، `عقب`، `إثر`، `منذ`، `جراء`،
//! `بسبب` …): that noun is the circumstance of the verb's clause, not its object. In
//! `الرصاص الحي الذي أطلقه الجنود الإسرائيليون خلال تظاهرات` the soldiers fired during
//! protests, they did not launch them; in `أبرم الاتفاق بعد مفاوضات`، `قررت الحكومة بعد
//! اجتماع`، `قدم استقالته خلال اجتماع` the talks and the meeting are no deed of the verb's
//! subject. The noun is read on its own (its own parties, or none), and the support verb
//! still reaches a later noun (`أجرى خلال زيارته لموسكو محادثات`: there the preposition
//! is not right before the noun it governs). Nor does it reach past such a preposition
//! whose noun is no time to a definite noun or one after a preposition (`فرضتها بعد
//! انسحابها من الاتفاق`، `رفعت إثر توقيع الاتفاق`): that noun belongs to the phrase; an
//! indefinite one is mostly the verb's own object (`وقعت الكويت والفلبين بعد خلاف دبلوماسي
//! اتفاقية`). A time after
//! it is an adverbial the verb reaches past (`شن سلاح الجو خلال الشهر الجاري غارات`،
//! `وتفرض الولايات المتحدة منذ العام 2014 عقوبات`، `اندلعت إثر ذلك اشتباكات`).

use super::args::{bare, Context, TIME_WORDS};
use super::Input;
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// Nouns of time after a preposition of time (keys): `خلال الساعات الماضية`، `قبل أشهر`،
/// `منذ ذلك الوقت`، `إثر ذلك`.
const TIME_NOUNS: &[&str] = &[
    "ساعات", "الساعات", "ساعه", "ايام", "الايام", "يوم", "يومين", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "عام", "العام", "عامين",
    "اعوام", "سنه", "سنوات", "السنوات", "فتره", "الفتره", "وقت", "ذلك", "منتصف", "مطلع", "نهايه", "بدايه", "اواخر", "اوائل", "ليل", "ليله", "فجر", "ظهر",
    "دقائق", "لحظات", "قليل", "بضعه", "بضع", "عده", "الاسابيع", "الاشهر", "الشهور", "الاعوام", "السنه", "الليل", "الليله", "اكثر", "نحو", "حوالي", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
    "نوفمبر", "ديسمبر",
];

/// Is `key` (its conjunction seen through) a preposition of time or cause whose noun a
/// support verb does not take?
pub(super) fn governs_circumstance(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    matches!(k, "بعد" | "قبل" | "خلال" | "اثناء" | "عقب" | "اثر" | "منذ" | "غداه" | "قبيل" | "بعيد" | "جراء" | "بسبب" | "بفعل" | "نتيجه" | "وسط")
}

/// Is the token at `k` a time (a number, a time word or noun)?
fn is_time(input: &Input, k: usize) -> bool {
    let key = bare(&input.keys[k]);
    input.tokens[k].kind == TokenKind::Number || TIME_WORDS.contains(&key) || TIME_NOUNS.contains(&key)
}

/// Does a preposition of time or cause between the support verb at `at` and the noun at
/// `i` keep the verb from the noun: right before the noun, or (of time) before a word that
/// is no time, whose phrase a definite noun or one after a preposition then belongs to?
pub(super) fn blocks(input: &Input, ctx: &Context, at: usize, i: usize) -> bool {
    if i > at + 1 && governs_circumstance(&input.keys[i - 1]) {
        return true;
    }
    // `في ظل` "under, amid" (وأجرت تركيا انتخابات في ظل حالة الطوارئ).
    if i > at + 2 && input.keys[i - 1] == "ظل" && matches!(input.keys[i - 2].as_str(), "في" | "وفي") {
        return true;
    }
    // (The verb's own noun is mostly indefinite and no preposition's: وقعت الكويت والفلبين
    // بعد خلاف دبلوماسي اتفاقية، عقد القادة قبيل بدء القمة اجتماعا.)
    let in_phrase = key_is_definite(&input.keys[i]) || matches!(input.keys[i - 1].as_str(), "من" | "في" | "علي" | "الي" | "عن" | "مع");
    in_phrase && (at + 1..i.saturating_sub(1)).any(|k| !ctx.in_mention(k) && opens_time_phrase(&input.keys[k]) && !is_time(input, k + 1))
}

/// A preposition of time whose phrase the support verb does not reach past (not منذ, whose
/// noun only dates what follows: `تشن السلطات منذ الانقلاب الفاشل حملة اعتقالات`; not the
/// prepositions of cause, after whose phrase the verb's object may still come: `وجه بسبب
/// هذه الملفات انتقادات`).
fn opens_time_phrase(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    matches!(k, "بعد" | "قبل" | "خلال" | "اثناء" | "عقب" | "اثر" | "غداه" | "قبيل" | "بعيد" | "وسط")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(t: &str) -> Vec<String> {
        events(t).iter().map(|e| e.kind.clone()).collect()
    }

    #[test]
    fn a_noun_of_the_circumstance_is_not_the_support_verbs() {
        let t = "وأصيب المئات بالرصاص الحي الذي أطلقه الجنود الإسرائيليون خلال تظاهرات على حدود غزة.";
        assert!(!events(t).iter().any(|e| e.kind == "PROTEST" && e.actors.iter().any(|a| a.country.as_deref() == Some("ISR"))), "{:?}", events(t));
    }

    #[test]
    fn a_noun_past_a_circumstance_is_not_the_support_verbs() {
        let t = "وتزعم إيران أن العقوبات التي تفرضها إدارة ترامب بعد انسحابها من الاتفاق النووي تنتهك معاهدة الصداقة.";
        assert!(!events(t).iter().any(|e| e.kind == "AGREE"), "{:?}", events(t));
    }

    #[test]
    fn a_noun_under_fi_zill_is_a_circumstance() {
        let t = "وأجرت تركيا انتخابات في ظل حالة الطوارئ.";
        assert!(!kinds(t).contains(&"COERCE".to_string()), "{:?}", events(t));
    }

    #[test]
    fn the_support_verb_still_reaches_its_own_noun() {
        let t = "ووقعت الكويت والفلبين بعد خلاف دبلوماسي بين البلدين اتفاقية لحماية العمال.";
        assert!(kinds(t).contains(&"AGREE".to_string()), "{:?}", events(t));
        let t = "وأجرى وزير الخارجية الأمريكي خلال زيارته لموسكو محادثات مع نظيره الروسي.";
        assert!(kinds(t).contains(&"CONSULT".to_string()), "{:?}", events(t));
        let t = "شن الجيش الإسرائيلي بعد منتصف الليل هجوما على مواقع لحماس في غزة.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("ISR"))), "{:?}", events(t));
        let t = "وتشن قوات النظام السوري منذ بضعة أيام حملة قصف عنيفة على مخيم اليرموك في دمشق.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("SYR"))), "{:?}", events(t));
        let t = "وتفرض الولايات المتحدة منذ العام 2014 عقوبات على روسيا.";
        assert!(events(t).iter().any(|e| e.kind == "COERCE" && e.actors.iter().any(|a| a.country.as_deref() == Some("USA"))), "{:?}", events(t));
        let t = "وشن سلاح الجو الإسرائيلي خلال الشهر الجاري غارات على مواقع لحماس في غزة.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("ISR"))), "{:?}", events(t));
    }

    #[test]
    fn a_noun_after_a_time_preposition_is_its_own_event() {
        // عقب "following" dates the clause by an event that took place, as بعد does.
        for t in ["وقال الرئيس التركي عقب اجتماعه مع بوتين إن البلدين متفقان.", "وقال الرئيس التركي بعد لقائه ببوتين إن البلدين متفقان."] {
            let found = events(t);
            assert!(
                found.iter().any(|e| e.kind == "CONSULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("TUR")) && e.recipients.iter().any(|r| r.country.as_deref() == Some("RUS"))),
                "{t}: {found:?}"
            );
        }
    }
}
