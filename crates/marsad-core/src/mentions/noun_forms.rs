//! How a body noun (لجنة، منظمة، حزب) is written with its proclitics, as matching keys,
//! for the group anaphors: the bare noun refers back whether or not a preposition is
//! written on it (اللجنة، للجنة، بالمنظمة، وللحزب), and the name it refers back to may
//! begin with the noun in any of these forms (لمنظمة العفو الدولية، بالاتحاد الأوروبي).

/// The clitics before a definite noun: و or ف, then the article, ب with it, or لل.
const DEFINITE: &[&str] = &["ال", "وال", "فال", "بال", "وبال", "فبال", "لل", "ولل", "فلل"];

/// …and before an indefinite one (construct: منظمة العفو، لمنظمة، بمجلس).
const INDEFINITE: &[&str] = &["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

/// Nouns that with a clitic make an idiom, not the body: بالوكالة "acting, by proxy"
/// (رئيس الوزراء بالوكالة، حرب بالوكالة).
const IDIOMS: &[(&str, &str)] = &[("بال", "وكاله")];

/// The most bytes of clitics before a noun (وبال).
const LONGEST_CLITICS: usize = 8;

/// Does `key` end with `noun` after clitics that `fits` takes? (Callers try each anaphor
/// noun on a word: the lengths and the last byte reject almost every pair, and of the
/// rest most have letters before the noun that are no clitics — الحكومة against حركة —
/// so those few bytes are tested before the noun's are compared.) Longer clitics than
/// any form's are never taken.
fn clitics_fit(key: &str, noun: &str, fits: impl Fn(&str) -> bool) -> bool {
    // (`get` finds no character boundary only where the key does not end with the noun.)
    may_end_with(key, noun)
        && key.get(..key.len() - noun.len()).is_some_and(|c| fits(c) && key.as_bytes().ends_with(noun.as_bytes()))
}

/// Can `key` be `noun` after clitics, by its length and last byte? (Inlined in the
/// callers' loops over the nouns: a call per pair cost more than the test.)
#[inline(always)]
fn may_end_with(key: &str, noun: &str) -> bool {
    key.len() >= noun.len() && key.len() <= noun.len() + LONGEST_CLITICS && key.as_bytes().last() == noun.as_bytes().last()
}

/// Is `key` the noun `noun` with the article, after و/ف and ب or ل? A noun that begins
/// with ل drops the article's lam after the preposition ل (للجنة is ل + اللجنة).
#[inline]
pub(super) fn is_definite(key: &str, noun: &str) -> bool {
    may_end_with(key, noun) && definite_clitics(key, noun)
}

fn definite_clitics(key: &str, noun: &str) -> bool {
    let idiom = |c: &str| IDIOMS.iter().any(|&(i, n)| n == noun && c.ends_with(i));
    clitics_fit(key, noun, |c| (DEFINITE.contains(&c) || noun.starts_with('ل') && matches!(c, "ل" | "ول" | "فل")) && !idiom(c))
}

/// Is `key` the noun `noun`, definite or not, after its proclitics?
#[inline]
pub(super) fn is_form(key: &str, noun: &str) -> bool {
    may_end_with(key, noun) && (definite_clitics(key, noun) || clitics_fit(key, noun, |c| INDEFINITE.contains(&c)))
}

/// The written forms of a list of nouns, each with the first noun of the list it is a
/// form of ([`is_form`]) and the first it is the definite form of ([`is_definite`]): one
/// lookup for a word that passed its ending test, where trying every noun of the list
/// cost a length and last-byte test per noun (two thirds of them end in ة). Built from
/// every clitic those tests take, so a word not here is a form of none.
pub(super) struct NounForms {
    forms: super::FxMap<String, (Option<&'static str>, Option<&'static str>)>,
}

impl NounForms {
    pub(super) fn new(nouns: &[&'static str]) -> NounForms {
        let mut forms = super::FxMap::default();
        for noun in nouns {
            for clitics in DEFINITE.iter().chain(INDEFINITE).chain(&["ل", "ول", "فل"]) {
                let form = [clitics, *noun].concat();
                // (A form of a noun ends with it: the others are passed over by that alone.)
                let ending = || nouns.iter().copied().filter(|n| form.ends_with(n));
                let first_form = ending().find(|n| is_form(&form, n));
                let first_definite = ending().find(|n| is_definite(&form, n));
                if first_form.is_some() {
                    forms.insert(form, (first_form, first_definite));
                }
            }
        }
        NounForms { forms }
    }

    /// The first noun `key` is a form of, definite or not, after its proclitics.
    #[inline]
    pub(super) fn form_of(&self, key: &str) -> Option<&'static str> {
        self.forms.get(key).and_then(|&(form, _)| form)
    }

    /// The first noun `key` is with the article, after و/ف and ب or ل.
    #[inline]
    pub(super) fn definite_of(&self, key: &str) -> Option<&'static str> {
        self.forms.get(key).and_then(|&(_, definite)| definite)
    }
}

/// Every written form of `noun` with the article (see [`is_definite`]), for the lexicon
/// scan's marks.
pub(super) fn definite_forms(noun: &str) -> impl Iterator<Item = String> + '_ {
    let lam = noun.starts_with('ل').then_some(["ل", "ول", "فل"]).into_iter().flatten();
    DEFINITE.iter().copied().chain(lam).map(move |c| [c, noun].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The length test is one comparison: a key shorter than the noun, or longer than it
    /// with the longest clitics, is no form of it; the last byte must be the noun's.
    #[test]
    fn a_form_is_the_noun_plus_at_most_the_longest_clitics() {
        assert!(may_end_with("لجنه", "لجنه"));
        assert!(may_end_with("وللجنه", "لجنه"));
        assert!(may_end_with(&["وبال", "لجنه"].concat(), "لجنه"));
        assert!(!may_end_with("جنه", "لجنه"), "shorter");
        assert!(!may_end_with("", "لجنه"), "empty");
        assert!(!may_end_with(&["وبالللل", "لجنه"].concat(), "لجنه"), "too long");
        assert!(!may_end_with("لجنة", "لجنه"), "another last byte");
    }

    /// The index answers as trying each noun in order does, for every form and others.
    #[test]
    fn indexed_forms_answer_as_the_nouns_tried_in_order() {
        let nouns = ["حركه", "حزب", "منظمه", "لجنه", "مجلس"];
        let index = NounForms::new(&nouns);
        let words = ["الحركه", "وللجنه", "للجنه", "لجنه", "بالمنظمه", "لمنظمه", "وحزب", "الحزبي", "المجلس", "فالمجلس", "بالوكاله", "حركته", "الحكومه", "ه", ""];
        for w in words {
            assert_eq!(index.form_of(w), nouns.iter().copied().find(|n| is_form(w, n)), "{w}");
            assert_eq!(index.definite_of(w), nouns.iter().copied().find(|n| is_definite(w, n)), "{w}");
        }
        assert_eq!(index.definite_of("للجنه"), Some("لجنه"));
        assert_eq!(index.form_of("لمنظمه"), Some("منظمه"));
        assert_eq!(index.definite_of("لمنظمه"), None);
    }

    #[test]
    fn the_article_and_prepositions_are_read_before_the_noun() {
        for key in ["اللجنه", "واللجنه", "للجنه", "باللجنه", "وللجنه"] {
            assert!(is_definite(key, "لجنه"), "{key}");
        }
        for key in ["بالمنظمه", "للمنظمه", "فالمنظمه"] {
            assert!(is_definite(key, "منظمه"), "{key}");
        }
        // Without the article, or with another word's letters before the noun, no.
        assert!(!is_definite("منظمه", "منظمه"));
        assert!(!is_definite("لمنظمه", "منظمه"));
        assert!(!is_definite("الحزبيه", "حزب"));
        assert!(!is_definite("كالحزب", "حزب"));
        assert!(is_form("لمنظمه", "منظمه") && is_form("وكاله", "وكاله") && is_form("بالاتحاد", "اتحاد"));
        assert!(!is_form("تحالف", "حالف"));
        // بالوكالة is "acting", not the agency; الوكالة and للوكالة are.
        assert!(!is_definite("بالوكاله", "وكاله") && !is_definite("وبالوكاله", "وكاله"));
        assert!(is_definite("الوكاله", "وكاله") && is_definite("للوكاله", "وكاله"));
    }

    #[test]
    fn no_form_has_longer_clitics_than_the_longest() {
        assert!(DEFINITE.iter().chain(INDEFINITE).all(|c| c.len() <= LONGEST_CLITICS));
        assert!(is_definite("وبالحزب", "حزب") && is_definite("فبالتحالف", "تحالف"));
        // More letters before the noun than any clitics have (والمن) make another word.
        assert!(!is_form("والمنحزب", "حزب") && !is_form("حز", "حزب"));
    }

    #[test]
    fn the_forms_marked_are_the_forms_read() {
        for noun in ["لجنه", "حزب", "اتحاد"] {
            let forms: Vec<String> = definite_forms(noun).collect();
            assert!(forms.iter().all(|f| is_definite(f, noun)));
            assert!(forms.contains(&format!("بال{noun}")));
        }
        assert!(definite_forms("لجنه").any(|f| f == "للجنه"));
    }
}
