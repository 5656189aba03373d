//! A case ending the subject cannot carry. Right after its verb, a sound masculine plural
//! in ـين (المدنيين، الحوثيين، المتظاهرين، مسؤولين) is in the accusative or genitive: the
//! subject there would read ـون (المدنيون، الحوثيون). So the party is the verb's object and
//! the subject is dropped or named before (`تستهدف المتمردين`، `ودعا اللبنانيين إلى
//! التصويت`، `واتهم الحوثيين بتجنيد الأطفال`). Names ending in the same letters (بكين،
//! برلين، الأرجنتين، ماكين) are no plurals, so only a nisba plural (ـيين) or a participle
//! plural (مـ…ين) counts, and never a person's name.
//! Only right after the verb: after a quantifier (جميع المشاركين) the plural is its genitive.

use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;

/// Broken plurals of the pattern مفاعيل, whose ين is no ending (ملايين الأشخاص).
const BROKEN_PLURALS: &[&str] = &["ملايين", "ميادين", "مساكين", "مجانين"];

/// Is the key (a word right after a verb) a sound masculine plural not in the nominative?
pub(super) fn accusative_plural(key: &str) -> bool {
    let stem = key.strip_prefix("ال").unwrap_or(key);
    let letters = stem.chars().count();
    if letters < 5 || !stem.ends_with("ين") || BROKEN_PLURALS.contains(&stem) {
        return false;
    }
    stem.ends_with("يين") || stem.starts_with('م')
}

/// Does the mention open with such a plural (and name no person)?
pub(super) fn object_by_case(input: &Input, m: &ActorSpan) -> bool {
    !matches!(m.kind, Kind::Person | Kind::PersonShort) && accusative_plural(&input.keys[m.tok_start])
}

#[cfg(test)]
mod tests {
    use super::accusative_plural;
    use crate::events::tests::events;

    #[test]
    fn plurals_in_yn_are_not_nominative_and_names_are_no_plurals() {
        for k in ["المدنيين", "الحوثيين", "مسؤولين", "المتظاهرين", "الفلسطينيين"] {
            assert!(accusative_plural(k), "{k}");
        }
        for k in ["المدنيون", "بكين", "برلين", "الارجنتين", "ملايين", "الصين", "حسين"] {
            assert!(!accusative_plural(k), "{k}");
        }
    }

    #[test]
    fn a_plural_in_yn_after_the_verb_is_its_object() {
        let found = events("وقال الرئيس إن الحكومة ماضية في الإصلاح، ودعا اللبنانيين في الخارج إلى التصويت بكثافة.");
        let asked = found.iter().find(|e| e.kind == "REQUEST").expect("request");
        assert!(!asked.actors.iter().any(|a| a.text.contains("اللبنانيين")), "{found:?}");
        assert!(asked.recipients.iter().any(|a| a.text == "اللبنانيين"), "{found:?}");
        // In the nominative the plural is the subject.
        let found = events("ودعا الفلسطينيون المجتمع الدولي إلى التدخل.");
        let asked = found.iter().find(|e| e.kind == "REQUEST").expect("request");
        assert!(asked.actors.iter().any(|a| a.text == "الفلسطينيون"), "{found:?}");
    }
}
