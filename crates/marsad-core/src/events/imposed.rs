//! A support verb of imposing (`فرض`) governs only a measure: sanctions, tariffs, a
//! blockade, a ban or a curfew (`فرضت الولايات المتحدة عقوبات على إيران`), or a boycott
//! (`الدول التي فرضت مقاطعة على قطر`, a PROTEST noun). Any other event
//! noun after it is no deed of its subject (`فرض ضغوطات إضافية على التعاون` is no
//! cooperation, `فرض اتفاق` no agreement of the one who imposes it): it is read on its own.
//! A charge (`تهمة`) is governed only by the verb that levels it (`وجه`).

use marsad_lexicon::events::Trigger;

/// The lemmas of imposing, as events.tsv writes them.
/// `اتخذ` ("take" measures) is one of them: after it only a measure is a deed of its
/// subject (`اتخذت الدول الأربع إجراءات عقابية بحق قطر`، `اتخذ مجلس الأمن عقوبات بحق`);
/// what else is taken (a decision, steps, a stance) names no event.
const IMPOSING: &[&str] = &["فرض", "اتخذ"];

/// Measures of another type that are imposed too.
const IMPOSED_NOUNS: &[&str] = &["مقاطعة"];

/// Nouns that are events only as levelled (وجهت النيابة له تهمة): after any other
/// support verb they tell the grounds of another act (قررت النيابة حبسه بتهمة،
/// تبدأ محاكمته بتهم، حكما أصدرته المحكمة بتهم).
const LEVELLED_NOUNS: &[&str] = &["تهمة"];

/// The lemma of levelling, as events.tsv writes it.
const LEVELLING: &str = "وجه";

/// Is `noun` a charge, an event only as levelled? Like an investigation, a charge with no
/// one of a known country named is the actor's own country's (`events.rs`).
pub(super) fn is_levelled(noun: &Trigger) -> bool {
    LEVELLED_NOUNS.contains(&noun.lemma.as_str())
}

/// May the support verb `light` govern the event noun `noun`?
pub(super) fn governs(light: &Trigger, noun: &Trigger) -> bool {
    let not_imposing_another = !IMPOSING.contains(&light.lemma.as_str())
        || noun.event.as_deref().is_some_and(|k| matches!(k, "COERCE" | "SANCTION"))
        || IMPOSED_NOUNS.contains(&noun.lemma.as_str());
    not_imposing_another && (light.lemma == LEVELLING || !is_levelled(noun))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn imposing_governs_a_measure_only() {
        assert_eq!(sides("فرضت الولايات المتحدة عقوبات جديدة على إيران.", "COERCE"), vec![(Some("USA".into()), Some("IRN".into()))]);
        // The cooperation is read on its own (between the two), not as the imposer's.
        let es = events("ويدرس الكونغرس الأمريكي فرض ضغوطات إضافية على التعاون العسكري بين واشنطن وأنقرة.");
        assert!(es.iter().all(|e| !e.rule.contains("فرض+")), "{es:?}");
    }

    #[test]
    fn taking_measures_governs_a_measure_only() {
        assert_eq!(sides("واتخذت بريطانيا عقوبات بحق روسيا.", "COERCE"), vec![(Some("GBR".into()), Some("RUS".into()))]);
        // A visit or a meeting is no measure taken: read on its own, never under اتخذ.
        let es = events("واتخذت الحكومة قرارا بزيارة الوفد الروسي إلى القاهرة.");
        assert!(es.iter().all(|e| !e.rule.contains("اتخذت+")), "{es:?}");
    }

    #[test]
    fn a_charge_is_an_accusation_only_as_levelled() {
        let es = events("ووجهت النيابة العامة الفرنسية للرجل تهمة التجسس لصالح روسيا.");
        assert!(es.iter().any(|e| e.kind == "ACCUSE" && e.rule.contains("noun:تهمة")), "{es:?}");
        // Charged people of no known country are the accuser's own.
        assert_eq!(sides("واعتقلت الشرطة التركية عشرات الأشخاص، ووجهت لهم تهمة الإرهاب.", "ACCUSE"), vec![(Some("TUR".into()), Some("TUR".into()))]);
        // On charges of: the grounds of a detention, no charge of its own.
        let es = events("وقررت النيابة المصرية حبس الصحفي خمسة عشر يوما بتهمة نشر أخبار كاذبة.");
        assert!(es.iter().all(|e| !e.rule.contains("تهمة")), "{es:?}");
    }
}
