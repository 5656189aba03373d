//! The given name علي told from the preposition على by its spelling.
//!
//! Keys fold ى into ي, so علي (Ali) and على (on) are one key, which the name passes
//! treat as the preposition: وزير المالية اللبناني علي حسن خليل lost its first name and
//! with it the role phrase before it. Most outlets write the preposition with ى; in a
//! text that has ى at all, a word written علي (or وعلي) is the name, and may start or
//! continue a person's name. Texts that write every final ى as ي tell nothing apart, and
//! there the word stays the preposition.

use super::Cx;

/// The word as the name is written: alone or after و.
pub(super) const FORMS: [&str; 2] = ["علي", "وعلي"];

/// Words after which علي is "on me" (كان علي الحديث "I had to speak", يجب علي): in a
/// quote the preposition takes the first person, spelt علي too.
const BEFORE_ON_ME: &[&str] = &["كان", "فكان", "وكان", "يكن", "يجب", "ويجب", "ينبغي", "يتعين", "يتوجب", "وجب", "لزاما", "يصعب", "يسهل", "يعز"];

/// Tokens written علي or وعلي in a document that writes ى elsewhere: the given name Ali.
/// Only a token keyed as one of the [`FORMS`] can be written so (keys fold ى into ي and
/// keep every other letter of these): the lexicon scan marks the few `candidates` that
/// may be ([`super::triggers`]), their keys are compared, and the text of those that
/// match is read. (Searching the whole text for the spelling cost about a tenth of the
/// mention layer; testing every key's length, a fortieth, in mispredicted branches.)
pub(super) fn tokens(cx: &Cx<'_, '_>, candidates: &[usize]) -> Vec<usize> {
    let Some(doc) = cx.doc else { return Vec::new() };
    let text = doc.text;
    let mut found = Vec::new();
    for &t in candidates {
        if !FORMS.contains(&cx.keys[t].as_str()) {
            continue;
        }
        let Some(tok) = doc.tokens.get(t) else { break };
        let written = text.get(tok.start..tok.end).unwrap_or_default();
        let on_me = t > 0 && BEFORE_ON_ME.contains(&cx.keys[t - 1].as_str());
        if FORMS.contains(&written) && !on_me {
            found.push(t);
        }
    }
    if found.is_empty() || !text.contains('ى') {
        return Vec::new();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn ali_after_a_role_phrase_is_part_of_the_name() {
        let text = "قال وزير المالية اللبناني علي حسن خليل إن الموازنة جاهزة وتحتوي على إصلاحات.";
        let ms = mentions(text);
        let m = ms.iter().find(|m| m.text.contains("حسن خليل")).expect("the minister");
        assert_eq!(m.text, "وزير المالية اللبناني علي حسن خليل", "{ms:?}");
        assert_eq!(m.actor.as_deref(), Some("LBNGOV"), "{ms:?}");
    }

    #[test]
    fn ali_alone_starts_a_name_and_goes_in_the_middle() {
        let text = "وقال علي شكير إن الحزب سيشارك. ونعى الحوثيون صالح علي الصماد وأثنوا على دوره.";
        let ms = mentions(text);
        assert!(ms.iter().any(|m| m.text == "علي شكير"), "{ms:?}");
        let samad = ms.iter().find(|m| m.text.ends_with("صالح علي الصماد")).expect("the Houthi leader");
        // The known person with his father's name, not someone new.
        assert!(samad.rule.starts_with("person:"), "{ms:?}");
    }

    #[test]
    fn ali_after_must_or_was_is_on_me() {
        let text = "وقال اللاعب: \"إن كان علي الحديث عن كرواتيا، فأحب الحديث عن الفريق\". وأثنى على المدرب.";
        let ms = mentions(text);
        assert!(ms.iter().all(|m| !m.text.contains("علي الحديث")), "{ms:?}");
    }

    #[test]
    fn the_names_forms_are_their_own_keys() {
        // The tokens are found by their keys: a spelling keyed otherwise would be missed.
        for form in super::FORMS {
            assert_eq!(marsad_text::normalize::key(form), form);
        }
        assert_eq!(marsad_text::normalize::key("على"), super::FORMS[0]);
    }

    #[test]
    fn a_text_that_writes_every_final_ya_keeps_the_preposition() {
        // No ى anywhere: علي may be the preposition, and starts no name.
        let text = "وقال علي شكير إن الحزب سيشارك وسيرد علي الاتهامات.";
        let ms = mentions(text);
        assert!(ms.iter().all(|m| !m.text.starts_with("علي")), "{ms:?}");
    }
}
