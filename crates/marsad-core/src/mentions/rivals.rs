//! A rival named through a possessive pronoun (خصمه، منافسه، غريمها) of a person in office in
//! his state's government (GOV) runs against him for power: an opposition figure of his state
//! (يواجه الرئيس أوهورو كينياتا خصمه جيمس موانغي في الجولة الثانية → KENOPP), where the name alone
//! would be coded a private person of the story's country. Only for an unknown name coded
//! by guess (a known person keeps the dictionary's code), not in sports reports (a
//! player's rival is another player).

use super::extent::{is_one_of, set, KeySet};
use super::{possessed, ActorSpan, Cx};
use marsad_text::normalize::has_chars;
use std::sync::OnceLock;

/// Rival nouns, as written before the pronoun (ة as ت).
const RIVALS: &[&str] = &["خصم", "خصوم", "غريم", "غريمت", "منافس", "منافست"];

/// How many tokens back the holder of the office may be named.
const WINDOW: usize = 60;

/// The pronoun's gender if `key` is a rival noun with a possessive pronoun for one
/// person: Some(true) for ها, Some(false) for ه (written ه, `hah`).
fn rival_pronoun(key: &str, hah: bool) -> Option<bool> {
    static SET: OnceLock<KeySet> = OnceLock::new();
    let rival = |stem: &str| has_chars(stem, 3) && is_one_of(stem, set(&SET, RIVALS));
    if key.strip_suffix("ها").is_some_and(rival) {
        Some(true)
    } else {
        (hah && key.strip_suffix('ه').is_some_and(rival)).then_some(false)
    }
}

/// Is the word at `k`, before a guessed name of `country`, a rival noun whose pronoun
/// refers to a person in office in that state's government (role GOV)? The possessor
/// is the nearest person of the pronoun's gender named before it in the paragraph,
/// among `before` (the mentions ending before `k`).
pub(super) fn of_office_holder(cx: &Cx<'_, '_>, before: &[ActorSpan<'_>], k: usize, country: &str) -> bool {
    let Some(feminine) = rival_pronoun(&cx.keys[k], cx.ends_with_hah(k)) else { return false };
    if cx.sports() {
        return false;
    }
    let holder = before
        .iter()
        .rev()
        .filter(|p| p.tok_end <= k)
        .take_while(|p| p.tok_end + WINDOW > k && !cx.crosses_paragraph(p.tok_start, k + 1))
        .find(|p| p.names_one_person() && possessed::agrees(cx, p, feminine));
    holder.is_some_and(|p| p.role.as_deref() == Some("GOV") && p.country.as_deref() == Some(country))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_presidents_rival_by_an_unknown_name_is_the_opposition() {
        let ms = mentions("ويواجه الرئيس أوهورو كينياتا خصمه جيمس موانغي في الجولة الثانية من الانتخابات في كينيا. وقال موانغي إن اللجنة الانتخابية في كينيا لم تكن نزيهة.");
        assert_eq!(code(&ms, "خصمه جيمس موانغي"), Some("KENOPP"), "{ms:?}");
        // The surname that refers back follows.
        assert_eq!(code(&ms, "موانغي"), Some("KENOPP"), "{ms:?}");
    }

    #[test]
    fn a_rival_of_someone_out_of_office_keeps_the_guess() {
        // An opposition leader's rival is no opposition figure by that.
        let ms = mentions("ويواجه زعيم المعارضة خصمه جيمس موانغي في الجولة الثانية من الانتخابات في كينيا. وقال موانغي إن اللجنة الانتخابية في كينيا لم تكن نزيهة.");
        assert_eq!(code(&ms, "خصمه جيمس موانغي"), Some("KENCVL"), "{ms:?}");
    }
}
