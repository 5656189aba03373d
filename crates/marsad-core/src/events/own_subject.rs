//! A verb opening a sentence with no subject the dictionaries know may still name its own
//! subject right after it, one they do not know (ويزور أبراموفيتش إسرائيل، وتظاهر المئات،
//! يتفق الجانبان، وأبدى الاتحاد أسفه): then the actor of the sentence before is not lent
//! to it (`+carried-sentence`).
//!
//! The word after the verb (past a time word) is its subject when it is only ever one
//! (`clause_subject::subject_follows`: a plural in ـون, الكل، الأخير …), or, for a verb
//! that takes no object, when it is a definite word outside any mention and no preposition:
//! an intransitive verb has nothing else to put there. (A transitive verb's definite word
//! is as often its object with the subject dropped: وانتقد الحكومة.)
//!
//! Found judging the corpus cases of the carried-sentence rule (fifty-fifth session,
//! `carried55`).

use super::args::{is_preposition, Context, TIME_WORDS};
use super::clause_subject::subject_follows;
use super::Input;
use marsad_text::token::TokenKind;

/// إلى with a pronoun, which opens with ال in a key.
const TO_PRONOUN: &[&str] = &["الي", "اليه", "اليها", "اليهم", "اليهما", "اليهن"];

/// Words in ـيو that are no plural nisba in the construct.
const NOT_CONSTRUCT: &[&str] = &["فيديو", "سيناريو", "ستوديو", "استوديو", "راديو"];

/// The verb `pred` (ending at `end`) names its own subject right after it, before `s1`.
/// For a light verb of an event noun at `noun` (أبدى … أسفه) a definite word before the
/// noun is the subject, the noun being the verb's object.
pub(super) fn named_after(ctx: &Context, input: &Input, (pred, end, noun): (usize, usize, usize), s1: usize, transitive: bool) -> bool {
    let mut at = if noun == pred { end } else { pred + 1 };
    while at < s1 && !ctx.in_mention(at) && TIME_WORDS.contains(&input.keys[at].as_str()) {
        at += 1;
    }
    if at >= s1 || ctx.in_mention(at) || input.tokens[at].kind != TokenKind::Arabic {
        return false;
    }
    if subject_follows(ctx, input, at, s1) {
        return true;
    }
    let key = input.keys[at].as_str();
    // فلسطينيو غزة: the nominative of a plural nisba before its genitive.
    let construct = key.ends_with("يو") && key.chars().count() >= 6 && !NOT_CONSTRUCT.contains(&key) && at + 1 < s1 && input.tokens[at + 1].kind == TokenKind::Arabic;
    // (Not إليها, whose ال is a preposition's; nor after a trigger of several words, شدد
    // على ضرورة المضي: the word is the last one's genitive.)
    let definite = key.starts_with("ال") && !TO_PRONOUN.contains(&key) && !is_preposition(key);
    construct || definite && (if noun == pred { !transitive && end == pred + 1 } else { at < noun })
}

#[cfg(test)]
mod tests {
    use super::super::tests::events;

    fn carried(t: &str) -> bool {
        events(t).iter().any(|e| e.rule.contains("carried-sentence"))
    }

    #[test]
    fn an_intransitive_verb_with_its_own_definite_subject_borrows_none() {
        let t = "واجتمع وزير الخارجية الفرنسي بنظيره الألماني في باريس. وتظاهر المئات من الطلاب أمام الجامعة.";
        assert!(!carried(t), "{:?}", events(t));
        // A light verb's subject before its event noun (أبدى الاتحاد أسفه).
        let t = "واستقبل الرئيس المصري وفدا من رجال الأعمال. وأبدى الاتحاد أسفه لما جرى في المباراة.";
        assert!(!carried(t), "{:?}", events(t));
        // A plural nisba in the construct (يتظاهر فلسطينيو غزة).
        let t = "واعترفت الولايات المتحدة بالقدس عاصمة لإسرائيل. ويتظاهر فلسطينيو الضفة كل أسبوع.";
        assert!(!carried(t), "{:?}", events(t));
    }

    #[test]
    fn a_plural_subject_in_un_borrows_none() {
        let t = "وانتقد الرئيس التركي السياسة الأمريكية في سوريا. ويتهم معارضون الحكومة بقمع الصحافة.";
        assert!(!carried(t), "{:?}", events(t));
    }

    #[test]
    fn a_dropped_subject_still_borrows() {
        // A preposition, a time word or a transitive verb's object after the verb.
        let t = "واتهمت السعودية كندا بالتدخل في شؤونها. وطالبت بتصحيح هذا الخطأ.";
        assert!(carried(t), "{:?}", events(t));
        let t = "واتهمت السعودية كندا بالتدخل في شؤونها. وهددت أمس بطرد السفير الكندي.";
        assert!(carried(t), "{:?}", events(t));
        let t = "واتهمت السعودية كندا بالتدخل في شؤونها. وطردت السفير الكندي من الرياض.";
        assert!(carried(t), "{:?}", events(t));
        // A definite genitive after a trigger of several words (شدد على ضرورة المضي).
        let t = "ودعا الرئيس الإيراني إلى الوحدة الوطنية. كما شدد على ضرورة الحفاظ على الإنتاج الوطني.";
        assert!(carried(t), "{:?}", events(t));
    }
}
