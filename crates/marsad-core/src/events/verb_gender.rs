//! Gender agreement between a verb and the state named right after it. A verb before its
//! subject agrees with it in gender, and states and capitals are feminine (روسيا، فرنسا،
//! الرياض، موسكو: `دعت روسيا`، `تطالب إسرائيل`), but for a few names (العراق، لبنان،
//! الأردن …). So a verb written in the masculine singular (`يطالب`، `يدين`، `زار`،
//! `سيزور`) followed by a feminine state does not have that state for its subject: it is
//! the object (`مشروع قرار يطالب إسرائيل بوقف`، `قبل أن يتهم الصين`، `عندما زار الرياض`،
//! `سوف يزور اليابان`), and the subject is before the verb or dropped. Without this the
//! VSO reading made the object the actor (ISR → −).
//!
//! Only the forms whose letters tell the gender: an imperfect with ي (after و، ف، س) and
//! a perfect with no ending that is no event noun's letters too (`دعم واشنطن` is as often
//! the verbal noun, whose genitive acts). Demonyms (الفلسطينيون) and nisbas are people,
//! who take a masculine verb, and are left alone.
//!
//! The converse holds too: a verb in the feminine singular (`دعت`، `تتهم`) right before a
//! body or office whose head noun is masculine (الرئيس، مجلس، الاتحاد، البيت الأبيض) has it
//! for object (`ودعت رئيس باراغواي إلى`، `واتهمت البيت الأبيض بالكذب`، `كما حثت الجيش
//! الإسرائيلي`), the subject being a feminine party named before or dropped; and a verb in
//! the masculine singular before a body whose head noun is feminine (`دعا الحكومة`،
//! `حث الشركة`، `اتهم حركة طالبان`) has it for object in turn.

use super::args::is_quote_mark;
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::events::{Tense, Trigger};
use marsad_lexicon::Kind;
use marsad_text::normalize::{has_chars, key};
use marsad_text::token::TokenKind;

/// State names a verb agrees with in the masculine (keys: يدين العراق، استضاف لبنان).
const MASCULINE_STATES: &[&str] = &[
    "العراق", "الاردن", "لبنان", "السودان", "اليمن", "المغرب", "البحرين", "الكويت", "عمان", "الصومال", "الفاتيكان",
    "الكونغو", "النيجر", "الغابون", "الكاميرون", "السنغال", "الاتحاد الروسي", "الاتحاد السوفيتي", "الاتحاد السوفياتي", "الاتحاد السوفييتي",
];

/// Masculine singular head nouns of bodies and offices (keys): a verb before them agrees
/// in the masculine. (Not النائب، المدعي: women hold these offices under the same word.)
const MASCULINE_HEADS: &[&str] = &[
    "الرئيس", "رئيس", "الوزير", "وزير", "المتحدث", "متحدث", "السفير", "سفير", "الامين", "المبعوث", "مبعوث", "الملك", "الامير",
    "ولي", "الجيش", "مجلس", "المجلس", "البرلمان", "الحزب", "حزب", "الاتحاد", "التحالف", "الكرملين", "البيت", "النظام", "المرشد",
    "الزعيم", "زعيم", "القائد", "قائد", "المستشار", "البابا", "المندوب", "مندوب", "العاهل", "الكونغرس", "البنتاغون", "الوفد", "وفد",
];

/// Feminine head nouns of bodies (keys, ة folded to ه): a verb before them agrees
/// in the feminine (دعت الحكومة، قالت الشرطة), so a masculine one has them for object
/// (دعا الحكومة إلى: the subject named before or dropped).
const FEMININE_HEADS: &[&str] = &[
    "الحكومه", "حكومه", "الوزاره", "وزاره", "الشرطه", "اللجنه", "لجنه", "المحكمه", "محكمه", "الهيئه", "هيئه", "المنظمه", "منظمه",
    "السلطه", "الاداره", "اداره", "الرئاسه", "الخارجيه", "الداخليه", "القياده", "قياده", "الجماعه", "جماعه", "الحركه", "حركه",
    "الجبهه", "جبهه", "الجمعيه", "الشركه", "شركه", "الوكاله", "وكاله", "المفوضيه", "مفوضيه", "الامانه", "السفاره", "سفاره",
    "القنصليه", "المعارضه", "الميليشيا", "ميليشيا", "المليشيا", "الكتله", "كتله",
    // Plurals of things and bodies agree in the feminine singular too (اعتقلت السلطات،
    // قالت الفصائل), unlike plurals of men (قال المسؤولون).
    "السلطات", "سلطات", "القوات", "قوات", "الميليشيات", "المليشيات", "ميليشيات", "الفصائل", "فصائل", "الجماعات", "المنظمات",
    "منظمات", "الحكومات", "حكومات", "الدول", "دول",
];

/// The gender a verb's letters show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// Words after which a bare perfect of three letters is a verb, not its verbal noun
/// (`لكنه اتهم`، `أن وصف`، `عندما زار`; not `كتاب وصف مصر`، `أو قتل المملكة`، `حول نفي موسكو`).
const VERB_OPENERS: &[&str] = &[
    "قد", "لقد", "وقد", "فقد", "ان", "بان", "كما", "عندما", "بعدما", "حين", "حيث", "اذا", "لما", "ثم", "لكنه", "ولكنه", "لكنها", "ولكنها",
    "انه", "انها", "كان", "وكان", "كانت", "وكانت",
];

/// The gender of the third person singular verb at token `k` (trigger `t`, read in
/// `tense`, in the sentence from `s0`), when its letters tell it.
pub(super) fn of_verb(input: &Input, t: &Trigger, tense: Tense, k: usize, s0: usize) -> Option<Gender> {
    if masculine_singular(input, t, tense, k, s0) {
        Some(Gender::Masculine)
    } else if feminine_singular(input, t, tense, k) {
        Some(Gender::Feminine)
    } else {
        None
    }
}

/// Is the verb written in the feminine singular: an imperfect with ت (after و، ف، س), a
/// perfect ending in ت that is not the lemma (دعت، التقت، اتهمت)?
fn feminine_singular(input: &Input, t: &Trigger, tense: Tense, k: usize) -> bool {
    let word = input.keys[k].as_str();
    let bare = word.strip_prefix(['و', 'ف']).filter(|r| has_chars(r, 3));
    let mut readings = std::iter::once(word).chain(bare);
    match tense {
        Tense::Imperfect => readings.any(|w| w.strip_prefix('س').filter(|r| r.starts_with('ت')).unwrap_or(w).starts_with('ت')),
        Tense::Perfect => {
            let lemma = key(&t.lemma);
            readings.any(|w| w != lemma && w.ends_with('ت') && has_chars(w, 3)) && input.lexicon.events().lookup_noun(word).is_none()
        }
        _ => false,
    }
}

/// Is the mention a body or office whose head noun is masculine (مجلس الأمن، الرئيس
/// الأمريكي), not a person by name?
pub(super) fn masculine_head(input: &Input, m: &ActorSpan) -> bool {
    body_head_in(input, m, MASCULINE_HEADS)
}

/// Is the mention a body whose head noun is feminine singular (الحكومة العراقية، وزارة
/// الخارجية), not a person by name?
fn feminine_head(input: &Input, m: &ActorSpan) -> bool {
    body_head_in(input, m, FEMININE_HEADS)
}

/// Is the mention, not a person by name nor after a preposition, headed by one of `heads`?
fn body_head_in(input: &Input, m: &ActorSpan, heads: &[&str]) -> bool {
    !matches!(m.kind, Kind::Person | Kind::PersonShort) && !m.prepositional && heads.contains(&input.keys[m.tok_start].as_str())
}

/// Does the verb's gender rule out the mention right after it as its subject?
pub(super) fn disagrees(input: &Input, gender: Option<Gender>, m: &ActorSpan) -> bool {
    match gender {
        Some(Gender::Masculine) => feminine_state(input, m) || feminine_head(input, m),
        Some(Gender::Feminine) => masculine_head(input, m),
        None => false,
    }
}

/// Does a masculine singular verb rule out the state or capital ending right before it
/// as its subject? A subject before its verb agrees with it too, so a feminine state
/// there closes a phrase of its own (في سنغفورة تعهد فيها الزعيم، وسط العاصمة الروسية موسكو
/// فأصاب). Not a nisba after an indefinite noun (مسؤولا ليبيا اتهم), nor the last of a list.
pub(super) fn state_before_disagrees(input: &Input, gender: Option<Gender>, m: &ActorSpan, verb: usize) -> bool {
    gender == Some(Gender::Masculine) && m.tok_end == verb && feminine_state(input, m) && !after_indefinite(input, m.tok_start)
        && !input.keys[m.tok_start].starts_with('و')
        // (Not a delegation's origin after من: وفد من إريتريا سيصل.)
        && (m.tok_start == 0 || input.keys[m.tok_start - 1] != "من")
}

/// Is the word before token `k` an indefinite noun the name may describe or complete?
fn after_indefinite(input: &Input, k: usize) -> bool {
    // (A preposition is no such noun: في سنغفورة.)
    if k == 0 {
        return false;
    }
    let key = input.keys[k - 1].as_str();
    input.tokens[k - 1].kind == TokenKind::Arabic && !key.starts_with("ال") && has_chars(key, 3) && !super::args::is_preposition(key)
}

/// Is the verb at token `k` (trigger `t`, read in `tense`, in the sentence from `s0`)
/// written in the third person masculine singular, so that its letters tell its gender?
fn masculine_singular(input: &Input, t: &Trigger, tense: Tense, k: usize, s0: usize) -> bool {
    let word = input.keys[k].as_str();
    let bare = word.strip_prefix(['و', 'ف']).filter(|r| has_chars(r, 2));
    let readings = std::iter::once(word).chain(bare);
    match tense {
        Tense::Imperfect => readings.map(|w| w.strip_prefix('س').filter(|r| r.starts_with('ي')).unwrap_or(w)).any(|w| w.starts_with('ي')),
        Tense::Perfect => {
            let lemma = key(&t.lemma);
            let as_written = word == lemma;
            if !(as_written || bare == Some(lemma.as_str())) || input.lexicon.events().lookup_noun(word).is_some() {
                return false;
            }
            // Three letters with no conjunction on them are as often a verbal noun (قتل،
            // وصف، نفي): a verb only where a clause opens.
            // (Not after an opening quotation mark: a title, كتاب "وصف مصر".)
            let opens = k == s0
                || input.tokens[k - 1].kind == TokenKind::Punct && !is_quote_mark(input, k - 1)
                || VERB_OPENERS.contains(&input.keys[k - 1].as_str());
            !as_written || has_chars(word, 4) || opens
        }
        _ => false,
    }
}

/// Does the masculine object pronoun on the verb at `verb` rule out the state named
/// before it as what it stands for? States are feminine, so `ه` is another word:
/// `اتهام تنفيه باكستان` after `في أفغانستان`، `غولن المقيم في الولايات المتحدة، والذي
/// تتهمه أنقرة`. (Bodies are left alone: the pronoun often stands for their deed, whose
/// owner the labels take for the recipient, `أعمال الجيش التي وصفتها الأمم المتحدة`.)
pub(super) fn pronoun_disagrees(input: &Input, verb: usize, m: &ActorSpan) -> bool {
    let word = input.keys[verb].as_str();
    word.ends_with('ه') && !word.ends_with("اه") && feminine_state(input, m)
}

/// Is the mention a state or capital by name that a verb agrees with in the feminine?
fn feminine_state(input: &Input, m: &ActorSpan) -> bool {
    if !matches!(m.kind, Kind::State | Kind::Capital) || m.prepositional || m.country.is_none() {
        return false;
    }
    let name = input.keys[m.tok_start..m.tok_end].join(" ");
    !MASCULINE_STATES.contains(&name.as_str())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_masculine_object_pronoun_is_no_state_before_it() {
        let found = sides("ويقيم الداعية فتح الله غولن في الولايات المتحدة، والذي تتهمه تركيا بتدبير محاولة الانقلاب.", "ACCUSE");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("TUR")) && !found.iter().any(|(_, r)| r.as_deref() == Some("USA")), "{found:?}");
        // The feminine pronoun still stands for the state.
        let found = sides("وانتقد الرئيس إيران التي تدعمها روسيا.", "SUPPORT");
        assert!(found.contains(&(Some("RUS".into()), Some("IRN".into()))), "{found:?}");
    }

    #[test]
    fn a_feminine_state_after_a_masculine_verb_is_its_object() {
        let found = sides("وصدق مجلس الأمن على مشروع قرار يطالب إسرائيل بوقف الاستيطان.", "REQUEST");
        assert!(found.iter().any(|(_, r)| r.as_deref() == Some("ISR")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{found:?}");
        let found = sides("ومن المقرر أن يزور اليابان في مايو.", "CONSULT");
        assert_eq!(found, vec![(None, Some("JPN".to_string()))]);
    }

    #[test]
    fn a_feminine_state_before_a_masculine_verb_is_not_its_subject() {
        // (sentence, type, the actor wanted, a country that must not act)
        for (t, kind, want, not) in [
            ("وعقدت جولة من المحادثات في أوغندا توسط فيها الرئيس الكيني بين الطرفين.", "CONSULT", "KEN", Some("UGA")),
            ("وفي باريس يطالب الرئيس اللبناني بالإفراج عن المعتقلين.", "REQUEST", "LBN", Some("FRA")),
            // A feminine verb agrees with the state: it stays the subject.
            ("وقالت الخارجية إن روسيا تعهدت بالعمل على التهدئة.", "AGREE", "RUS", None),
            // The origin of a delegation after من stays with it.
            ("وقال المتحدث إن وفدا من إريتريا سيزور أديس أبابا هذا الأسبوع.", "CONSULT", "ERI", None),
        ] {
            let found = sides(t, kind);
            let acts = |c: &str| found.iter().any(|(a, _)| a.as_deref() == Some(c));
            assert!(acts(want) && !not.is_some_and(acts), "{t}: {found:?}");
        }
    }

    #[test]
    fn a_coordinated_verb_takes_the_first_clauses_subject() {
        let found = sides("وأكد الرئيس الإيراني حسن روحاني أهمية الاتفاق النووي وهدد واشنطن برد سريع.", "THREATEN");
        assert!(found.contains(&(Some("IRN".to_string()), Some("USA".to_string()))), "{found:?}");
        // Not past a that-clause with no conjunction on the verb.
        let found = sides("وقال الرئيس الفرنسي إن مشروع القرار يطالب إسرائيل بوقف الاستيطان.", "REQUEST");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("FRA")), "{found:?}");
    }

    #[test]
    fn a_feminine_body_after_a_masculine_verb_is_its_object() {
        let found = sides("وقال رئيس الوزراء البريطاني إن الوضع خطير، ودعا الحكومة العراقية إلى ضبط النفس.", "REQUEST");
        assert!(found.iter().any(|(_, r)| r.as_deref() == Some("IRQ")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("IRQ")), "{found:?}");
        let found = sides("ودعت الحكومة العراقية إلى ضبط النفس.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("IRQ")), "{found:?}");
    }

    #[test]
    fn a_masculine_office_after_a_feminine_verb_is_its_object() {
        let found = sides("وأكدت الخارجية الفلسطينية موقفها، ودعت رئيس باراغواي إلى التراجع عن القرار.", "REQUEST");
        assert!(found.iter().any(|(_, r)| r.as_deref() == Some("PRY")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("PRY")), "{found:?}");
        let found = sides("ودعا رئيس باراغواي إلى التراجع عن القرار.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("PRY")), "{found:?}");
        let found = sides("ودعت رئيسة الوزراء البريطانية إلى الهدوء.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("GBR")), "{found:?}");
    }

    #[test]
    fn a_feminine_verb_a_masculine_state_or_a_verbal_noun_keep_the_subject() {
        let found = sides("وتطالب إسرائيل الفلسطينيين بوقف التظاهرات.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{found:?}");
        let found = sides("ويستضيف لبنان الرئيس الفرنسي الأسبوع المقبل.", "CONSULT");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("LBN")), "{found:?}");
        let found = sides("ويدين العراق الهجوم على السفارة الأمريكية.", "ACCUSE");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("IRQ")), "{found:?}");
        let found = sides("وسئل عن رأيه حول نفي موسكو مسؤوليتها في القضية.", "REJECT");
        assert!(!found.iter().any(|(_, r)| r.as_deref() == Some("RUS")), "{found:?}");
        let found = sides("ونشر الباحث كتاب \"وصف مصر\" في باريس.", "ACCUSE");
        assert!(found.is_empty(), "{found:?}");
        let found = sides("وأثار دعم واشنطن للفصائل الكردية غضب أنقرة.", "SUPPORT");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{found:?}");
    }
}
