//! A surname after a feminine reporting verb (وقالت ساندرز، وأضافت ترامب) names a woman:
//! the person named in full before with that surname (سارة ساندرز، ميلانيا ترامب), not
//! the man the dictionary gives the short name to (Bernie Sanders, Donald Trump).

use super::Cx;

/// Is `key` a reporting verb in the feminine perfect, its lemma with the ending ت
/// (قالت، وأكدت، فأضافت)? The cue dictionary writes the forms with their lemma.
pub(super) fn feminine_cue(cx: &Cx<'_, '_>, key: &str) -> bool {
    let Some(cue) = cx.lex.cue(key) else { return false };
    let bare = key.strip_prefix(['و', 'ف']).filter(|k| cx.lex.cue(k).is_some()).unwrap_or(key);
    bare.strip_suffix('ت').is_some_and(|stem| stem == marsad_text::normalize::key(&cue.lemma))
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    fn entity<'m>(ms: &'m [crate::Mention], surface: &str) -> Option<&'m str> {
        ms.iter().find(|m| m.text == surface).and_then(|m| m.entity.as_deref())
    }

    #[test]
    fn a_surname_after_a_feminine_verb_is_the_woman_named_before() {
        let ms = mentions("قالت المتحدثة باسم البيت الأبيض سارة ساندرز إن الرئيس سيسافر. وأضافت ساندرز أن الزيارة مهمة");
        assert_eq!(entity(&ms, "ساندرز"), Some("Sarah Sanders"), "{ms:?}");
        // A masculine verb keeps the man the short name belongs to.
        let ms = mentions("قالت المتحدثة باسم البيت الأبيض سارة ساندرز إن الرئيس سيسافر. وأضاف ساندرز أن الزيارة مهمة");
        assert_eq!(entity(&ms, "ساندرز"), Some("Bernie Sanders"), "{ms:?}");
    }

    #[test]
    fn the_feminine_form_is_the_lemma_with_its_ending() {
        for (form, woman) in [("وقالت", true), ("أكدت", true), ("فأضافت", true), ("قال", false), ("وأكد", false)] {
            let ms = mentions(&format!("ذكرت الصحيفة أن سارة ساندرز سافرت. {form} ساندرز إن الزيارة مهمة"));
            let want = if woman { "Sarah Sanders" } else { "Bernie Sanders" };
            assert_eq!(entity(&ms, "ساندرز"), Some(want), "{form}: {ms:?}");
        }
    }
}
