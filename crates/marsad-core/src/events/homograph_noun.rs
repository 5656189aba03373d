//! Verbs whose unvowelled letters are also a common noun, told apart by the noun's
//! construct: فجّر "blew up" and فَجْر "dawn" before a day or a date (فجر السبت، فجر
//! اليوم، فجر 25 يوليو, a time of day as صباح or مساء are); ثمّن "commended" and ثَمَن
//! "price" after paying (دفعت ثمن، سيدفع ثمن، بأي ثمن) or as a knockout round (ثمن
//! النهائي "round of sixteen"); سيطر "took control", which takes على and never an object
//! pronoun, so سيطرتها is the noun "its control", held, not taken, after a place noun or
//! تحت (مناطق سيطرتها، تحت سيطرته، نطاق سيطرتها); حشد "massed (troops)" and حَشْد "a
//! crowd" before whom one speaks (أمام حشد من أنصاره، وسط حشد من المواطنين); قتلا with a
//! pronoun is قتلى "the dead" (وقتلاهم), never the dual "the two killed him". A verb is
//! never followed by a day with no subject between (قصفت الطائرات الخميس), nor ثمّن by
//! النهائي.
//! And a word written with a final ه is no verbal noun written with ة: the corpus writes
//! ة, so مهاجمه is مهاجم "striker, attacker" with its pronoun (مهاجمه البرازيلي), not مهاجمة.

use super::Input;
use marsad_text::token::TokenKind;

/// Keys (hamza folded, ة as ه) of the days and day words a dawn is told by.
const DAYS: &[&str] = &["اليوم", "يوم", "هذا", "امس", "الامس", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"];

/// Nouns (keys, after و ل ب) of the places or the state a control is held in.
const HELD_IN: &[&str] = &["مناطق", "منطقه", "تحت", "نطاق", "ضمن", "خارج"];

/// Is the verb `lemma` at token `i` the common noun of the same letters?
pub(super) fn is_common_noun(input: &Input, lemma: &str, i: usize, (s0, s1): (usize, usize)) -> bool {
    let next = (i + 1 < s1).then(|| i + 1);
    let next_key = next.map(|k| input.keys[k].as_str()).unwrap_or("");
    match lemma {
        "فجر" => next.is_some_and(|k| input.tokens[k].kind == TokenKind::Number) || DAYS.contains(&next_key),
        "ثمن" => {
            let paying = i > s0 && is_paying(&input.keys[i - 1]);
            paying || matches!(next_key, "النهائي" | "نهائي") || next_key.starts_with("باهظ")
        }
        "سيطر" => i > s0 && HELD_IN.contains(&bare(&input.keys[i - 1])),
        "حشد" => i > s0 && matches!(bare(&input.keys[i - 1]), "امام" | "وسط"),
        "قتل" => is_their_dead(&input.keys[i]),
        _ => false,
    }
}

/// قتلاهم، وقتلاها، لقتلاه: قتلى "the dead" with its owner's pronoun (تاركين خلفهم عتادهم
/// وقتلاهم), not the dual perfect قتلا "the two of them killed" with an object pronoun,
/// which news does not write.
fn is_their_dead(key: &str) -> bool {
    let k = bare(key);
    ["هما", "هم", "ها", "نا", "كم", "ه"].iter().any(|p| k.strip_suffix(p) == Some("قتلا"))
}

/// The key without a leading و and ل/ب.
fn bare(key: &str) -> &str {
    let k = key.strip_prefix('و').filter(|r| r.chars().count() > 2).unwrap_or(key);
    k.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() > 2).unwrap_or(k)
}

/// Is the noun trigger `lemma`, written `word`, read from a ه that is no ة (no pronoun
/// was seen through)?
pub(super) fn ha_for_ta(lemma: &str, word: &str, enclitic: bool) -> bool {
    !enclitic && lemma.ends_with('ة') && word.ends_with('ه')
}

/// A form of دفع "pay" (دفع، يدفع، ستدفع، سيدفعون، لدفع) or أي (بأي ثمن "at any price").
fn is_paying(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(key);
    if matches!(k, "اي" | "باي") {
        return true;
    }
    let k = k.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت', 'ن'])).unwrap_or(k);
    let k = k.strip_prefix(['ي', 'ت', 'ن', 'ل', 'ب']).unwrap_or(k);
    let k = ["ون", "وا", "ت", "ا"].iter().find_map(|s| k.strip_suffix(s)).unwrap_or(k);
    k == "دفع"
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn kinds(text: &str) -> Vec<String> {
        events(text).into_iter().map(|e| e.kind).collect()
    }

    #[test]
    fn their_dead_is_no_killing() {
        let t = "وفرت عناصر الميليشيا من مواقعها تاركة خلفها عتادها وقتلاها.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        let t = "وأكدت مصادر ميدانية انهيار معنويات الانقلابيين الذين فروا من مواقعهم، مخلفين جثث قتلاهم.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        // The verb with its object stays.
        let t = "وقالت الشرطة إن المسلحين قتلوا ثلاثة جنود في هجوم على نقطة تفتيش.";
        assert!(kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        assert!(super::is_their_dead("وقتلاهم") && super::is_their_dead("لقتلاه") && !super::is_their_dead("قتلوا"));
    }

    #[test]
    fn dawn_before_a_day_is_no_bombing() {
        let t = "وقالت مصادر محلية إن الشرطة اعتقلت الناشط فجر السبت من منزله في عمان.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        let t = "وقالت مصادر فلسطينية إن قوات الاحتلال اعتقلت فجر الأحد خمسة شبان من الضفة الغربية.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        // Blowing up a car stays.
        let t = "وفجر انتحاري سيارة مفخخة قرب مقر الشرطة في كابول.";
        assert!(kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
    }

    #[test]
    fn a_price_paid_is_no_praise() {
        let t = "وقال الوزير إن الحكومة الإيرانية ستدفع ثمن سياساتها في المنطقة.";
        assert!(!kinds(t).contains(&"SUPPORT".to_string()), "{:?}", events(t));
        let t = "وتأهلت السويد إلى دور ثمن النهائي بعد فوزها على المكسيك.";
        assert!(!kinds(t).contains(&"SUPPORT".to_string()), "{:?}", events(t));
        // Commending stays.
        let t = "وثمن الرئيس المصري جهود السعودية في دعم الاستقرار.";
        assert!(kinds(t).contains(&"SUPPORT".to_string()), "{:?}", events(t));
    }

    #[test]
    fn control_held_is_no_seizure() {
        let t = "وتواصل الميليشيات فرض الإتاوات على التجار في مناطق سيطرتها.";
        assert!(!kinds(t).contains(&"COERCE".to_string()), "{:?}", events(t));
        let t = "وأعلن الجيش السوري سيطرته على بلدة جديدة في ريف درعا.";
        assert!(kinds(t).contains(&"COERCE".to_string()), "{:?}", events(t));
    }

    #[test]
    fn a_crowd_is_no_mobilisation() {
        let t = "وقال الرئيس الروسي أمام حشد من أنصاره في موسكو إن بلاده لن تتراجع.";
        assert!(!kinds(t).contains(&"MOBILIZE".to_string()), "{:?}", events(t));
    }

    #[test]
    fn a_share_is_no_wounding() {
        let t = "وارتفع نصيب الفرد في مصر من الناتج المحلي الإجمالي.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
    }

    #[test]
    fn a_striker_is_no_attack() {
        let t = "ونجح مهاجمه البرازيلي في تسجيل الهدف الثاني قبل نهاية الشوط الأول.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        // The verbal noun written with ة stays.
        let t = "واتهمت الحكومة السورية الفصائل المسلحة بمهاجمة مواقع الجيش في إدلب.";
        assert!(kinds(t).contains(&"ASSAULT".to_string()) || kinds(t).contains(&"ACCUSE".to_string()), "{:?}", events(t));
    }

    #[test]
    fn a_verb_with_its_pronoun_is_still_a_verb() {
        // أقاله "dismissed him" shares its key with إقالة: the verb reading is taken.
        let t = "وكان العاهل الأردني قد أقاله من منصبه الشهر الماضي.";
        assert!(events(t).iter().any(|e| e.kind == "COERCE" && e.rule.starts_with("verb:")), "{:?}", events(t));
    }
}
