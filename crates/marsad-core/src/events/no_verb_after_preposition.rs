//! A verb never follows a separate preposition: after في، على، إلى، عن، مع the word is a
//! noun, whatever its letters (إلى هاتفه "to his phone", not "he phoned him"; في هاتف
//! خاشقجي). A trigger with only a verb reading is then no event, unless its letters are
//! also its verbal noun's: a form-I verb of three letters (بشأن قتل الشرطة "the killing by
//! the police") and a word opening with ت, the verbal noun of forms V and VI (التوصل إلى
//! توافق، لدى تظاهر الآلاف، عن تضامننا), and a ت before a pronoun, the ة of a verbal noun
//! in construct (أعلنت تركيا عن سيطرتها، أعلن عن استقالته). The other forms' are not
//! (هاتف، هاجم، قاطع).
//! (Not after من, which is also "who": من قتل الصحفي.)

/// Prepositions (keys, hamza folded) after which no verb can stand.
const NOUN_ONLY_AFTER: &[&str] = &["في", "علي", "الي", "عن", "مع", "ضد", "امام", "خلال", "حول", "بشان", "لدي"];

/// Is the verb `lemma`, written `word`, unreadable here, the token before it being a
/// separate preposition that a verb cannot follow, and its letters not those of a verbal
/// noun?
pub(super) fn bars_verb(lemma: &str, word: &str, previous_key: &str) -> bool {
    let bare_word = word.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 3).unwrap_or(word);
    let construct = ["ته", "تها", "تهم", "تهما", "تهن", "تنا", "تي"].iter().any(|p| bare_word.ends_with(p));
    if lemma.chars().count() <= 3 || bare_word.starts_with('ت') || construct {
        return false;
    }
    let k = previous_key.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(previous_key);
    NOUN_ONLY_AFTER.contains(&k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_phone_after_a_preposition_is_no_call() {
        let call = |t: &str| events(t).iter().any(|e| e.trigger.text.contains("هاتف"));
        let t = "وقالت الشرطة التركية إن المحققين عثروا على رسائل في هاتف الصحفي السعودي.";
        assert!(!call(t), "{:?}", events(t));
        let t = "وأرسل الوزير الأمريكي رسالة إلى هاتفه مساء الأحد.";
        assert!(!call(t), "{:?}", events(t));
    }

    #[test]
    fn a_form_one_verb_reads_as_its_verbal_noun() {
        let t = "وتعبر المنظمات الحقوقية عن قلقها بشأن قتل الشرطة مئات الفلبينيين.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
    }

    #[test]
    fn a_verbal_noun_in_construct_stays() {
        let t = "وأعلنت تركيا عن سيطرتها على مركز مدينة عفرين.";
        assert!(events(t).iter().any(|e| e.kind == "COERCE"), "{:?}", events(t));
    }

    #[test]
    fn a_form_six_verbal_noun_stays() {
        let t = "وأعلنت واشنطن وبكين السبت التوصل إلى توافق بشأن الرسوم الجمركية.";
        assert!(events(t).iter().any(|e| e.kind == "AGREE"), "{:?}", events(t));
    }

    #[test]
    fn a_phone_call_as_a_verb_stays() {
        let t = "وهاتف الرئيس المصري نظيره الفرنسي الأحد.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
    }
}
