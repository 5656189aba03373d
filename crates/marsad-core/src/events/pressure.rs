//! Pressure put on a named party (`ضغط`، `ضغوط` with the party after `على`: REQUEST 100,
//! as the labels code it) is told as done only when its doer is named or the pressure is
//! said to grow. The noun is mostly an aim, a means or the content of another act
//! (`في مسعى للضغط على`، `تهدف إلى زيادة الضغوط على`، `دعا إلى الضغط على`، `يجب ممارسة
//! أقصى ضغط على`) or the weight of things on companies and people (`يضع ضغوطا على
//! البنوك`): none of those is someone pressing someone. Kept: a doer read from the noun's
//! own words or a support verb (`ضغوط أميركية على أنقرة`، `ضغوطا من دول غربية`، `الضغط
//! الذي تمارسه إدارة ترامب على إيران`), a verb with its subject (`ضغطت إسرائيل على روسيا`),
//! and growing pressure with no doer on a political party (`يتزايد الضغط على السعودية`،
//! `وسط تزايد الضغوط على الحزب`; not on residents or companies, not in a condition: `في
//! حال ازداد الضغط على`). A verb with no subject of its own is mostly a thing weighing on
//! another (`تضغط العقوبات على الإمدادات`) or a noun misread (`ضغط على النظام` in a
//! headline); a means held (`ورقة ضغط على`) and financial pressure (`ضغط مالي`: مالي is
//! no Mali there) are none either.

use super::args::Arg;
use super::{condition, Input};
use marsad_lexicon::events::Trigger;

/// The lemma of the pressure rows of `events.tsv` (verb and noun).
const PRESSURE: &str = "ضغط";

/// Words of growing right before the noun (keys, after و/ف): its rise is told as news.
const GROWING: &[&str] = &[
    "تزايد", "يتزايد", "تتزايد", "تزايدت", "تصاعد", "يتصاعد", "تتصاعد", "تصاعدت", "ازداد", "يزداد", "تزداد", "ازدادت", "تنامي", "تنامت", "يتنامي", "تتنامي", "اشتداد", "اشتد",
    "يشتد", "تشتد", "اشتدت",
];

/// Is `t` a pressure row?
pub(super) fn is_pressure(t: &Trigger) -> bool {
    t.lemma == PRESSURE && t.event.as_deref() == Some("REQUEST")
}

/// Words before the noun that make it a means held, not pressure put (keys, ة written ه): ورقة ضغط.
const MEANS: &[&str] = &["ورقه", "كورقه", "اوراق", "وسيله", "كوسيله", "اداه", "كاداه"];

/// The financial adjective after the noun (keys): ضغط مالي is no pressure by Mali.
const FINANCIAL: &[&str] = &["مالي", "ماليا", "المالي"];

/// Roles of recipients that pressure with no doer may weigh on without anyone pressing
/// them (residents, companies, media): تزايد الضغوط الاقتصادية على سكان تركيا.
const WEIGHED_ON: &[&str] = &["CVL", "BUS", "MED"];

/// Is the pressure at token `i` told as done? Never with a purpose `لـ` on it (للضغط على،
/// ليضغط), as a means held, or with the financial adjective after it. Otherwise only
/// with a doer of its own (`own_doer`: an actor not carried from another clause and not
/// guessed for an unknown subject), or, for the noun, a word of growing right before it
/// that opens no condition and a recipient that is no resident or company.
pub(super) fn is_told(input: &Input, (i, s0, s1): (usize, usize, usize), (is_noun, with_lam): (bool, bool), own_doer: bool, recipients: &[Arg]) -> bool {
    let bare_key = |k: usize| input.keys[k].strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 3).unwrap_or(&input.keys[k]);
    if with_lam || i > s0 && MEANS.contains(&bare_key(i - 1)) || i + 1 < s1 && FINANCIAL.contains(&input.keys[i + 1].as_str()) {
        return false;
    }
    if own_doer {
        return true;
    }
    let political = !recipients.is_empty() && recipients.iter().all(|r| r.role.as_deref().is_none_or(|role| !WEIGHED_ON.contains(&role)));
    is_noun && political && i > s0 && GROWING.contains(&bare_key(i - 1)) && !condition::is_condition(input, i - 1, s0)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_state_pressing_another_requests_of_it() {
        assert_eq!(sides("وضغطت ألمانيا بقوة على اليونان لخفض الإنفاق العام.", "REQUEST"), vec![(Some("DEU".into()), Some("GRC".into()))]);
        let s = sides("وتحدثت الصحف عن ضغوط فرنسية على تشاد من أجل تأجيل الانتخابات.", "REQUEST");
        assert!(s.contains(&(Some("FRA".into()), Some("TCD".into()))), "{s:?}");
    }

    #[test]
    fn growing_pressure_with_no_doer_is_told_with_its_recipient() {
        let s = sides("تتزايد الضغوط على إثيوبيا بشأن مصير المعتقلين.", "REQUEST");
        assert_eq!(s.iter().filter_map(|(_, r)| r.clone()).collect::<Vec<_>>(), vec!["ETH".to_string()], "{s:?}");
        // In a condition it is not told.
        assert!(sides("وقد تنسحب القوات في حال ازداد الضغط على كينيا.", "REQUEST").is_empty());
    }

    #[test]
    fn pressure_as_an_aim_a_means_or_a_weight_is_no_request() {
        // An aim or a purpose: no one pressed yet.
        assert!(sides("وتهدف الخطة إلى زيادة الضغوط على إثيوبيا.", "REQUEST").is_empty());
        assert!(sides("وأغلق التجار محالهم في محاولة للضغط على الحكومة الأردنية.", "REQUEST").is_empty());
        // The weight of things on companies.
        assert!(sides("ويضع ارتفاع الدولار ضغوطا على الشركات المصرية.", "REQUEST").is_empty());
        // A button pressed.
        assert!(sides("ضغط الرئيس الفرنسي على الزر لتدشين المشروع.", "REQUEST").is_empty());
        // Growing pressure on residents, a thing weighing on a state, a means held.
        assert!(sides("وسط تزايد الضغوط الاقتصادية على المواطنين الأردنيين.", "REQUEST").is_empty());
        assert!(sides("وقد تضغط العقوبات الأميركية على إيران على صادرات النفط.", "REQUEST").is_empty());
        assert!(sides("وتملك روسيا ورقة ضغط قوية على أوكرانيا.", "REQUEST").is_empty());
    }
}
