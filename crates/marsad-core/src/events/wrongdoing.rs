//! Verbs of wrongdoing (`wrongdoing` rows of `event-words.tsv`: انتهك، خرق، استغل، حرض …):
//! is a token a finite form of one? Said in a quotation of another party (`إن إيران تنتهك
//! الاتفاق`، `إن الحكومة القطرية تستغل القضية`), the verb charges its subject with a wrong,
//! as the verb of committing does (`events/evaluation.rs`).
//!
//! The rows hold the perfect (the lemma); the imperfect is the lemma after ي/ت (سـ), without
//! the ا that opens the perfect of forms VII–X (ينتهك، يستغل). The bare perfect of a lemma
//! not opened by ا, its forms with only a pronoun after them and its ت before a pronoun are
//! left out: they are also nouns (خرق "a breach", تلاعبه "his manipulation", عرقلته "its
//! obstruction").

use marsad_lexicon::events::EventLexicon;

/// A verb of wrongdoing read at a token.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Wrongdoing {
    Perfect,
    Imperfect,
}

/// Is `key` (a token's key) a finite form of a verb of wrongdoing, third person or
/// perfect, with or without و/ف and an object pronoun? Which tense? (The forms are made
/// once from the rows, `EventLexicon::wrongdoing_form`.)
pub(super) fn wrongdoing_verb(ev: &EventLexicon, key: &str) -> Option<Wrongdoing> {
    let word = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).filter(|w| w.chars().count() >= 3).unwrap_or(key);
    if word.starts_with('م') {
        return None;
    }
    ev.wrongdoing_form(word).map(|perfect| if perfect { Wrongdoing::Perfect } else { Wrongdoing::Imperfect })
}

#[cfg(test)]
mod tests {
    use super::{wrongdoing_verb, Wrongdoing};
    use marsad_lexicon::Lexicon;
    use marsad_text::normalize::key;

    fn is_verb(word: &str) -> bool {
        let lexicon = Lexicon::embedded().expect("embedded lexicon");
        wrongdoing_verb(lexicon.events(), &key(word)).is_some()
    }

    #[test]
    fn perfect_and_imperfect_forms_of_the_rows_are_read() {
        for w in ["انتهكت", "وانتهك", "ينتهكون", "تنتهك", "ستنتهك", "خرقت", "يخرق", "استغلها", "يستغلون", "حرضوا", "يحرض", "يتلاعب"] {
            assert!(is_verb(w), "{w}");
        }
    }

    #[test]
    fn nouns_participles_and_other_verbs_are_not() {
        // The noun of a breach, verbal nouns, a participle, a noun with its pronoun, a verb
        // of no row.
        for w in ["خرق", "خرقا", "انتهاك", "استغلال", "منتهك", "مستغلين", "تحريض", "عرقلته", "تلاعبه", "يكتب", "انتقد"] {
            assert!(!is_verb(w), "{w}");
        }
    }

    #[test]
    fn the_tense_is_told() {
        let lexicon = Lexicon::embedded().expect("embedded lexicon");
        assert_eq!(wrongdoing_verb(lexicon.events(), &key("خرقوا")), Some(Wrongdoing::Perfect));
        assert_eq!(wrongdoing_verb(lexicon.events(), &key("ستنتهك")), Some(Wrongdoing::Imperfect));
    }
}
