//! `قدما` "forward" (المضي قدما في المفاوضات، الدفع قدما بالعملية السياسية) has the letters
//! of the support verb `قدّم` in the dual (قدّما التهاني "the two offered congratulations"),
//! so the event noun after it was read as given by the sentence's subject: going ahead with
//! talks became a meeting, going ahead with a threat a threat made. After a word of going on
//! or pushing (مضى، المضي، يمضي، الدفع) or before في/نحو, it is the adverb and governs
//! no noun.

use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_text::normalize::without_conjunction;

/// The support verb the adverb shares its letters with.
const GIVE: &str = "قدم";
/// The adverb's key (قدما، قدماً، قُدُما).
const FORWARD: &str = "قدما";
/// Words after which a verb of giving does not come, and that go on in a direction.
const TOWARDS: &[&str] = &["في", "فى", "نحو", "باتجاه"];

/// Is the support verb `t` at token `i` the adverb `قدما`?
pub(super) fn is_forward(input: &Input, t: &Trigger, i: usize, (s0, s1): (usize, usize)) -> bool {
    if t.lemma != GIVE || without_conjunction(&input.keys[i]) != FORWARD {
        return false;
    }
    let before = i > s0 && goes_on(&input.keys[i - 1]);
    let after = i + 1 < s1 && TOWARDS.contains(&input.keys[i + 1].as_str());
    before || after
}

/// Is the key a form of going on or of pushing (مضى، يمضي، ستمضي، المضي، بمضيه، الدفع،
/// ندفع)? The prefixes are taken off (و/ف، ب/ل/ال، سـ، the imperfect's letter); what is
/// left is the stem with an ending of person or a pronoun (not المضيفة، دفعات).
fn goes_on(key: &str) -> bool {
    const GO_ON: (&str, &[&str]) = ("مض", &["ي", "ى", "ت", "وا", "ون", "ين", "يا", "يان", "يه", "يها", "يهم", "ينا"]);
    const PUSH: (&str, &[&str]) = ("دفع", &["", "ت", "وا", "ون", "ه", "نا"]);
    let stem_form = |w: &str| [GO_ON, PUSH].iter().any(|(stem, endings)| w.strip_prefix(stem).is_some_and(|e| endings.contains(&e)));
    let word = without_conjunction(key);
    let bare = ["بال", "لل", "ال", "ب", "ل"].iter().find_map(|p| word.strip_prefix(p).filter(|r| stem_form(r))).unwrap_or(word);
    let future = bare.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت', 'ن', 'ا'])).unwrap_or(bare);
    stem_form(bare) || future.strip_prefix(['ي', 'ت', 'ن', 'ا']).is_some_and(stem_form)
}

#[cfg(test)]
mod tests {
    use super::goes_on;
    use crate::events::tests::events;
    use marsad_text::normalize::key;

    #[test]
    fn forms_of_going_on_and_pushing() {
        for w in ["المضي", "للمضي", "بالمضي", "ستمضي", "يمضي", "مضى", "بمضيه", "الدفع", "والدفع", "ندفع"] {
            assert!(goes_on(&key(w)), "{w}");
        }
        for w in ["الرئيسان", "مضمون", "المضيفة", "دفعات", "اللذين"] {
            assert!(!goes_on(&key(w)), "{w}");
        }
    }

    #[test]
    fn going_ahead_with_talks_or_a_threat_is_no_event_given() {
        // (The talks are still read on their own, as talks intended: not as given by قدما.)
        let e = events("وتعتزم ألمانيا المضي قدما في المفاوضات مع إيران.");
        assert!(!e.iter().any(|e| e.rule.starts_with("قدما")), "{e:?}");
        let e = events("وقالت بكين إنها سترد إذا مضت واشنطن قدما في تهديدها بفرض رسوم جديدة.");
        assert!(!e.iter().any(|e| e.rule.starts_with("قدما")), "{e:?}");
    }

    #[test]
    fn the_dual_support_verb_still_gives() {
        let e = events("وقدما اعتذارا رسميا للحكومة المصرية.");
        assert!(e.iter().any(|e| e.kind == "SUPPORT"), "{e:?}");
    }
}
