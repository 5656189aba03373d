//! An act named right after a word that makes it possible, bargained for or required is
//! not told as done: its possibility (`إمكانية انسحاب الجماعة الحوثية`، `احتمال شن ضربات
//! على سوريا`، `إمكان الإفراج عن الأميركيين`), its price (`تقليص البرنامج النووي مقابل رفع
//! العقوبات`، `في مقابل إفراج جيش الإسلام عن الرهائن`), its guarantee or terms (`ضمان إطلاق
//! سراح القس`، `شروط انسحاب القوات`) or its need (`ضرورة سحب القوات الأجنبية`). The labels
//! code no predictions or demands as the act itself (eval/dev10/README.md: "background and
//! predictions"), and in the corpus nearly every event so placed was one to come. So it
//! gives no event, as an act after a word of ability gives none (`able_to`) and one called
//! محتمل after it (`possible_act`); but a meeting stays (`احتمال عقد قمة`), as the labels
//! code planned and possible meetings with their modality (the caller's test). The words
//! are `event-words.tsv` kind `unrealised`; `المقابل` (في المقابل "on the other hand") is
//! not one.

use marsad_lexicon::events::EventList;

use super::Input;

/// Is the event whose first word is at `first` (the support verb of `شن ضربات`, else the
/// trigger) right after a word of kind `unrealised`, within the sentence from `s0`?
pub(super) fn after_unrealising_word(input: &Input, first: usize, s0: usize) -> bool {
    if first <= s0 {
        return false;
    }
    let k = input.keys[first - 1].as_str();
    let k = k.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(k);
    let ev = input.lexicon.events();
    ev.in_list(EventList::Unrealised, k) || k.strip_prefix(['ب', 'ل']).is_some_and(|r| ev.in_list(EventList::Unrealised, r))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, events};

    #[test]
    fn a_possible_act_is_no_event() {
        let t = "ورجح مراقبون إمكانية انسحاب الجماعة الحوثية من العديد من الجبهات.";
        assert_eq!(count(t, "RETREAT"), 0, "{:?}", events(t));
        let t = "وحذرت السلطات الطائرات من احتمال شن ضربات جوية على سوريا خلال 72 ساعة.";
        assert_eq!(count(t, "ASSAULT"), 0, "{:?}", events(t));
        let t = "وتواجه الشركات المدرجة في القائمة احتمال تجميد أصولها.";
        assert_eq!(count(t, "COERCE"), 0, "{:?}", events(t));
    }

    #[test]
    fn a_bargained_or_required_act_is_no_event() {
        let t = "ووافقت إيران على الحد من برنامجها النووي مقابل رفع العقوبات المفروضة عليها.";
        assert_eq!(count(t, "RETREAT"), 0, "{:?}", events(t));
        let t = "وقالت نويرت إن واشنطن ستبقى مركزة على ضمان انسحاب القوات الإيرانية من سوريا.";
        assert_eq!(count(t, "RETREAT"), 0, "{:?}", events(t));
        let t = "وأكد الرئيس الروسي ضرورة سحب جميع القوات الأجنبية من سوريا.";
        assert_eq!(count(t, "RETREAT"), 0, "{:?}", events(t));
    }

    #[test]
    fn the_act_itself_and_on_the_other_hand_stay() {
        // The same acts told as done, and في المقابل "on the other hand", keep their events.
        let t = "وانسحبت الجماعة الحوثية من العديد من الجبهات.";
        assert_eq!(count(t, "RETREAT"), 1, "{:?}", events(t));
        let t = "وشنت الطائرات الأمريكية ضربات جوية على سوريا.";
        assert_eq!(count(t, "ASSAULT"), 1, "{:?}", events(t));
        let t = "وفي المقابل اتهم حزب الشعب الجمهوري وسائل الإعلام الحكومية بالانحياز.";
        assert_eq!(count(t, "ACCUSE"), 1, "{:?}", events(t));
        // A demand whose content is a required act keeps its party.
        let t = "وكان رئيس المكتب السياسي لحركة حماس إسماعيل هنية قد أكد الاثنين ضرورة مقاضاة إسرائيل على جرائمها.";
        let e = events(t);
        assert!(e.iter().any(|e| e.kind == "REQUEST" && e.recipients.iter().any(|r| r.country.as_deref() == Some("ISR"))), "{e:?}");
        // A possible meeting is still coded, with its modality.
        let t = "وبحث الجانبان احتمال عقد قمة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي.";
        assert_eq!(count(t, "CONSULT"), 1, "{:?}", events(t));
    }
}
