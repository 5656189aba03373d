//! `أوصى` "recommend" is CAMEO's RECOMMEND (020), an appeal, when a state, a body or an
//! official makes it (`وأوصت وزارة التجارة الأميركية بفرض رسوم`، `أوصت الشرطة بتوجيه
//! الاتهام`، `أوصى مجلس حقوق الإنسان إيران بضمان`). News tells it as often of health
//! services, doctors, researchers and the wills of the dead (`توصي هيئة الصحة بعدم
//! تناول`، `أوصى العلماء بتناول جرعة`، `أوصت الفنانة الراحلة بعدم إقامة عزاء`): advice,
//! no political act. Such an actor's recommendation is no event, and neither is one
//! whose clause names a health or science matter, whoever makes it (`وتوصي الأمم المتحدة
//! بإعطاء لقاح الكوليرا`، `أوصت وكالات الفضاء بعدم لمس أو استنشاق`، `ويوصي مجلس مرض
//! السكري بتناول`: `event-words.tsv` kind `health-matter`).
//!
//! `نصح` "advise" is read the same way (request66): an embassy or the police advising
//! citizens is an appeal (`ونصحت السفارة الأمريكية المواطنين بأخذ الحيطة`), experts and
//! doctors advising a diet are not (`وينصح الأطباء بتناول البيض`).

use super::args::Arg;
use super::Input;
use marsad_lexicon::events::EventList;
use marsad_text::normalize::key;
use marsad_text::token::TokenKind;

/// Roles whose recommendation is advice: health bodies, scholars and scientists, private
/// persons, and (request66) companies advising their users (`وتنصح كاسبرسكي لاب
/// المستخدمين`، `وتوصي آبل`).
const ADVISERS: &[&str] = &["HLH", "EDU", "CVL", "BUS"];

/// The verbs of advising these tests apply to: recommend, advise.
const ADVISING: &[&str] = &["أوصى", "نصح"];

fn is_advising(lemma: &str) -> bool {
    let k = key(lemma);
    ADVISING.iter().any(|a| key(a) == k)
}

/// Is a trigger of `lemma` with these actors a recommendation that is only advice? Every
/// actor must be an adviser (a minister recommending stays an appeal).
pub(super) fn is_advice(lemma: &str, actors: &[Arg]) -> bool {
    is_advising(lemma) && !actors.is_empty() && actors.iter().all(|a| a.role.as_deref().is_some_and(|r| ADVISERS.contains(&r)))
}

/// How many tokens after the trigger the health matter may come (past the adviser's long
/// name: ويوصي المركز الأميركي لمراقبة الأمراض والوقاية منها كل شخص … بأخذ لقاح).
const MATTER_WINDOW: usize = 16;

/// Is the recommendation of `lemma` at token `at` (its sentence ending before `s1`) about
/// a health or science matter: a word of the list in its clause, before a full stop?
pub(super) fn is_health_advice(input: &Input, lemma: &str, at: usize, s1: usize) -> bool {
    if !is_advising(lemma) {
        return false;
    }
    let matters = input.lexicon.events().list(EventList::HealthMatter);
    (at + 1..s1.min(at + 1 + MATTER_WINDOW))
        .take_while(|&j| !(input.tokens[j].kind == TokenKind::Punct && matches!(input.tokens[j].text(input.text), "." | "!" | "؟" | ":" | "؛")))
        .any(|j| is_matter(matters, &input.keys[j]))
}

/// Is `key`, past و، بـ/لـ and the article, a stem of the list (one of three letters
/// whole: نوم، شرب)?
fn is_matter(matters: &[String], key: &str) -> bool {
    let k = key.strip_prefix('و').filter(|r| r.chars().count() > 3).unwrap_or(key);
    // (Each reading of the clitics: للقاح is لـ + لقاح, للتطعيم لـ + the article.)
    let k2 = k.strip_prefix(['ب', 'ل']).unwrap_or(k);
    [k, k2, k.strip_prefix("ال").unwrap_or(k), k2.strip_prefix("ال").unwrap_or(k2), k.strip_prefix("لل").unwrap_or(k)]
        .iter()
        .any(|k| matters.iter().any(|m| if m.chars().count() <= 3 { k == m } else { k.starts_with(m.as_str()) }))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn an_official_recommendation_is_an_appeal() {
        let s = sides("وأوصى صندوق النقد الدولي لبنان باعتماد خطة فورية للضبط المالي.", "REQUEST");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("LBN")), "{s:?}");
        let s = sides("وأوصت الشرطة الإسرائيلية بتوجيه الاتهام لنتانياهو بالرشوة.", "REQUEST");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{s:?}");
    }

    #[test]
    fn advice_of_health_bodies_scientists_and_the_dead_is_no_event() {
        let s = sides("وتوصي هيئة الخدمات الصحية البريطانية بعدم تناول أكثر من 70 غراما من اللحوم يوميا.", "REQUEST");
        assert!(s.is_empty(), "{s:?}");
        let s = sides("أوصت الفنانة المصرية الراحلة بعدم إقامة عزاء لها.", "REQUEST");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn a_recommendation_of_a_health_matter_is_advice_whoever_makes_it() {
        for t in [
            "وتوصي الأمم المتحدة بإعطاء لقاح الكوليرا الفموي على جرعتين.",
            "وأوصت وزارة الصحة الأميركية بتطعيم جميع الأطفال بلقاح الحصبة.",
            "ويوصي مجلس مرض السكري في بريطانيا بتناول ما بين 40 و60 غراما من الكربوهيدرات.",
            "وإن حدث ذلك، فقد أوصت وكالات الفضاء الصينية بعدم لمس أو استنشاق أي من الأبخرة.",
        ] {
            let s = sides(t, "REQUEST");
            assert!(s.is_empty(), "{t}: {s:?}");
        }
        // A matter in the next sentence, or a word only starting like one, is none.
        let s = sides("وأوصت وزارة التجارة الأميركية بفرض رسوم على الصين. وتناول الوزير الغداء.", "REQUEST");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{s:?}");
        let s = sides("وأوصت اللجنة الحكومية العراقية بإجراء مساءلة للنومان.", "REQUEST");
        assert!(!s.is_empty(), "{s:?}");
    }

    #[test]
    fn advice_to_a_named_party_is_an_appeal_a_tip_or_health_advice_is_not() {
        let s = sides("ونصحت السفارة الأمريكية في واغادوغو المواطنين الأمريكيين بأخذ الحيطة والحذر.", "REQUEST");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{s:?}");
        let s = sides("ونصح التقرير السعوديين بمواصلة تعزيز الدولة العراقية.", "REQUEST");
        assert!(!s.is_empty(), "{s:?}");
        for t in [
            "وينصح الأطباء بتناول البيض لحماية صحة العين.",
            "ينصح باستخدام الإشارات الضوئية والابتعاد عن السيارة.",
            "ونصحت وزارة الصحة البريطانية المواطنين بتناول الماء بكثرة.",
            "وتنصح شركة آبل المستخدمين بتحديث أجهزتهم فورا.",
        ] {
            let s = sides(t, "REQUEST");
            assert!(s.is_empty(), "{t}: {s:?}");
        }
    }
}
