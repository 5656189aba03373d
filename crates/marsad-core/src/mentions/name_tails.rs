//! A name read as a new, unknown person that is the end of a longer name given earlier
//! in the article is that person named short (عبد الرحمن after رامي عبد الرحمن، حسن
//! خليل after علي حسن خليل). The single-word surname passes miss these: the tail is two
//! words, and its first word is a given name (عبد الرحمن is read as a new person's
//! compound given name).

use super::*;

/// Unknown-name mentions (not placed by a nisba) whose name is the last words of an
/// earlier person's longer name take that person's identity and code (rule
/// `surname+coref`), nearest earlier person first.
pub(super) fn link<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let s = &out[i];
        // The fields are one branch (`|`): each alone went either way from one mention to
        // the next. The rule is read only for the mentions they let through.
        if (s.kind != Kind::Person) | s.entity_id.is_some() || !s.rule.starts_with("unknown-name") || s.rule.contains("+nisba") {
            continue;
        }
        let Some((a, b)) = s.name.filter(|&(a, b)| b >= a + 2 && b <= keys.len()) else { continue };
        let tail = &keys[a..b];
        // A person named by these words alone before is their own (صفوت الشريف, then his
        // son أشرف صفوت الشريف: an Arabic name goes on with the father's).
        if (0..i).any(|j| same_name(tail, &out[j], keys)) {
            continue;
        }
        let Some(j) = (0..i).rev().find(|&j| is_tail_of(tail, &out[j], keys)) else { continue };
        let person = out[j].clone();
        let s = &mut out[i];
        s.rule = "surname".into();
        s.resolve_as(&person, "coref");
    }
}

/// Is `tail` (its first word perhaps with و ف ب ل) the last words of `person`'s longer name?
fn is_tail_of(tail: &[String], person: &ActorSpan<'_>, keys: &[String]) -> bool {
    let Some((c, d)) = person.name.filter(|_| person.kind == Kind::Person && person.entity.is_some()) else { return false };
    let Some((first, rest)) = tail.split_first() else { return false };
    // The person's words from the last back (no list of them made: this is asked of
    // every person before each new name): the tail's, then one more of their own.
    let mut theirs = keys[c..d.min(keys.len())].iter().filter(|k| !k.is_empty()).rev();
    if !rest.iter().rev().all(|y| theirs.next() == Some(y)) {
        return false;
    }
    let first_ok = theirs.next().is_some_and(|x| x == first || strip_proclitics(first).0 == x.as_str());
    first_ok && theirs.next().is_some()
}

/// Is `person` someone new named by exactly the words of `tail` (not one this pass has
/// already linked to a longer name)?
fn same_name(tail: &[String], person: &ActorSpan<'_>, keys: &[String]) -> bool {
    let new_person = person.kind == Kind::Person && person.rule.starts_with("unknown-name");
    let Some((c, d)) = person.name.filter(|_| new_person) else { return false };
    let words = keys[c..d.min(keys.len())].iter().filter(|k| !k.is_empty());
    words.map(|k| strip_proclitics(k).0).eq(tail.iter().map(|k| strip_proclitics(k).0))
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;
    use super::{is_tail_of, ActorSpan, Kind};

    #[test]
    fn a_tail_is_the_last_words_of_a_longer_name() {
        let keys: Vec<String> = ["قال", "محمد", "", "حسين", "الجابري", "و", "حسين", "الجابري"].map(String::from).to_vec();
        let mut person = ActorSpan::new(1, 5, Kind::Person, "unknown-name".into());
        person.entity = Some("محمد حسين الجابري".into());
        person.name = Some((1, 5));
        let tail = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(is_tail_of(&tail(&["حسين", "الجابري"]), &person, &keys));
        // (و ف ب ل come off a first word of four letters or more.)
        assert!(is_tail_of(&tail(&["وحسين", "الجابري"]), &person, &keys));
        assert!(is_tail_of(&tail(&["الجابري"]), &person, &keys));
        // All of the name is no tail of it; nor are other words.
        assert!(!is_tail_of(&tail(&["محمد", "حسين", "الجابري"]), &person, &keys));
        assert!(!is_tail_of(&tail(&["حسن", "الجابري"]), &person, &keys));
        assert!(!is_tail_of(&tail(&["حسين", "الجبوري"]), &person, &keys));
        assert!(!is_tail_of(&tail(&[]), &person, &keys));
    }

    #[test]
    fn compound_tail_is_the_person_named_before() {
        let text = "قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن القصف استمر. وأضاف عبد الرحمن أن الضحايا مدنيون. وتابع عبد الرحمن أن القصف توقف.";
        let ms = mentions(text);
        let first = ms.iter().find(|m| m.text.contains("رامي عبد الرحمن")).expect("full name");
        let later: Vec<_> = ms.iter().filter(|m| m.text == "عبد الرحمن").collect();
        assert_eq!(later.len(), 2, "{ms:?}");
        for m in later {
            assert_eq!(m.actor, first.actor);
            assert_eq!(m.entity, first.entity);
            assert!(m.rule.starts_with("surname+coref"), "{}", m.rule);
        }
    }

    #[test]
    fn a_compound_name_alone_stays_someone_new() {
        let text = "قال عبد الرحمن إن المدينة هادئة.";
        let ms = mentions(text);
        if let Some(m) = ms.iter().find(|m| m.text == "عبد الرحمن") {
            assert!(!m.rule.starts_with("surname"), "{}", m.rule);
        }
    }

    #[test]
    fn tail_of_an_unknown_three_word_name() {
        let text = "قال رئيس البلدية محمد حسن الجابري إن الموازنة جاهزة. وأكد حسن الجابري أن الحكومة ستقرها.";
        let ms = mentions(text);
        let first = ms.iter().find(|m| m.text.contains("محمد حسن الجابري")).expect("full name");
        let later = ms.iter().find(|m| m.text == "حسن الجابري").expect("the tail is a mention");
        assert_eq!(later.entity, first.entity);
        assert!(later.rule.starts_with("surname+coref"), "{}", later.rule);
    }

    #[test]
    fn a_father_named_before_his_son_stays_himself() {
        let text = "قال صفوت الشريف إنه بريء. وأمرت المحكمة بضبط أشرف صفوت الشريف. وأكد صفوت الشريف أنه سيطعن.";
        let ms = mentions(text);
        let last = ms.iter().rev().find(|m| m.text == "صفوت الشريف").expect("the father");
        assert!(!last.rule.starts_with("surname+coref"), "{}", last.rule);
    }
}
