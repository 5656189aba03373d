//! A given name standing alone (وقالت ستيفاني في مقابلة، ثم استمرت ميغان في انتقاد) after
//! one person of the article was named in full by it (ستيفاني كليفورد، ميغان ماكين) is
//! that person, as a surname alone is. The name reader makes no mention of a given name
//! with no name word after it; without an antecedent it stays none.

use super::{clause_words, first_name_at, is_stop, name_ends, ActorSpan, Cx, Kind};

/// Words before a given name that make it part of a longer name or of a place's name
/// (بن محمد، أبو أحمد، سان خوسيه), not a name standing alone.
const TIES: &[&str] = &["بن", "ابن", "بنت", "ابو", "ام", "ال", "عبد", "سان", "ساو", "سانت", "سانتا"];

/// Given names too common for one bare use to point back to one person: محمد is as often
/// the Prophet (النبي محمد), خميس the weekday (كل يوم خميس).
const TOO_COMMON: &[&str] = &["محمد", "خميس"];

/// Gives each given name standing alone, in no mention, the identity and code of the one
/// person named before by a name of two or more words beginning with it (rule
/// `given-name+coref`). Not when two people named before share that given name.
pub(super) fn link<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    // Only the given names of people named in full can be linked: most documents have
    // none or a few, and a word ending with none of them is passed over before the
    // costlier tests of its neighbours (hash lookups in large word sets, for every token).
    let givens = named_givens(cx, out);
    if givens.is_empty() {
        return;
    }
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    let mut j = 0; // the first mention that does not end before t
    // Only a token the scan marked as a given name's form can be one (`first_name_at`
    // below): the other keys are not fetched at all.
    for &t in &cx.given_forms {
        let key = &keys[t];
        if !givens.iter().any(|g| may_be_written(key, g)) {
            continue;
        }
        while j < out.len() && out[j].tok_end <= t {
            j += 1;
        }
        if out.get(j).is_some_and(|s| s.tok_start <= t) || !stands_alone(cx, t) {
            continue;
        }
        let Some((given, prep)) = first_name_at(key, cx.first_names) else { continue };
        if TOO_COMMON.contains(&given) || future_first_person(cx, t) {
            continue;
        }
        let Some(person) = only_person_named(cx, &out[..j], given) else { continue };
        let mut s = ActorSpan::new(t, t + 1, Kind::Person, "given-name".into());
        s.resolve_as(person, "coref");
        s.name = Some((t, t + 1));
        s.prepositional = prep;
        added.push(s);
    }
    if !added.is_empty() {
        super::merge_by_start(out, added);
    }
}

/// The given names (clitics off) that begin the names of two or more words of the
/// people in `spans`: the only ones [`only_person_named`] can find.
fn named_givens<'k>(cx: &Cx<'_, 'k>, spans: &[ActorSpan<'_>]) -> Vec<&'k str> {
    let keys = cx.keys;
    let mut givens: Vec<&str> = Vec::new();
    for p in spans.iter().filter(|p| p.kind == Kind::Person && p.entity.is_some()) {
        let Some((c, _)) = p.name.filter(|&(c, d)| d >= c + 2 && d <= keys.len()) else { continue };
        if let Some((g, _)) = first_name_at(&keys[c], cx.first_names) {
            if !givens.contains(&g) {
                givens.push(g);
            }
        }
    }
    givens
}

/// Could `key` be the given name `given` as [`first_name_at`] reads it: the name itself
/// or after one proclitic (و ل ب, two bytes each)?
fn may_be_written(key: &str, given: &str) -> bool {
    (key.len() == given.len() || key.len() == given.len() + 2) && key.ends_with(given)
}

/// Is the word at `t` no part of a longer name: before it punctuation or a word that is
/// no name word (a verb, a common or definite word: وقالت، محاكمة، الطفل; not a given name
/// no list holds, as in أيهم أحمد, nor a tie or title), and after it nothing a name
/// could go on with (punctuation, a function word, a verb or a noun with a pronoun:
/// وقالت ستيفاني في، استمرت ميغان في انتقاد; not علي, which keys fold into على)?
fn stands_alone(cx: &Cx<'_, '_>, t: usize) -> bool {
    let keys = cx.keys;
    let opens = t.checked_sub(1).map(|b| keys[b].as_str()).is_none_or(|b| {
        b.is_empty()
            || is_stop(b)
            || name_ends::no_name_after(b) && !TIES.contains(&b) && !super::is_title(b) && first_name_at(b, cx.first_names).is_none()
    });
    let ends = !cx.is_ali(t + 1)
        && keys
            .get(t + 1)
            .is_none_or(|k| k.is_empty() || is_stop(k) || name_ends::function_word(k) || clause_words::ends_name(k, cx.first_names));
    opens && ends
}

/// Is the word at `t` written as a future verb of the first person (سأجد "I shall find",
/// no سـ + ساجد): سأ, a hamza the key folds away, read from the text.
fn future_first_person(cx: &Cx<'_, '_>, t: usize) -> bool {
    let Some(doc) = cx.doc else { return false };
    let tok = &doc.tokens[t];
    let word = doc.text.get(tok.start..tok.end).unwrap_or("");
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    word.starts_with("سأ")
}

/// The one person among `before` named by two or more words of which the first is
/// `given` (with its clitics off); `None` when nobody is, or two people are.
fn only_person_named<'s, 'a>(cx: &Cx<'a, '_>, before: &'s [ActorSpan<'a>], given: &str) -> Option<&'s ActorSpan<'a>> {
    let keys = cx.keys;
    let mut found: Option<&ActorSpan<'a>> = None;
    for p in before.iter().filter(|p| p.kind == Kind::Person && p.entity.is_some()) {
        let Some((c, _)) = p.name.filter(|&(c, d)| d >= c + 2 && d <= keys.len()) else { continue };
        if first_name_at(&keys[c], cx.first_names).is_none_or(|(g, _)| g != given) {
            continue;
        }
        match found {
            Some(f) if !same_person(f, p) => return None,
            _ => found = Some(p),
        }
    }
    found
}

fn same_person(a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    match (a.entity_id, b.entity_id) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.entity == b.entity,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_given_name_is_written_bare_or_after_one_proclitic() {
        use super::may_be_written;
        assert!(may_be_written("سامي", "سامي"));
        assert!(may_be_written("وسامي", "سامي"));
        assert!(!may_be_written("امي", "سامي"), "shorter");
        assert!(!may_be_written("ولسامي", "سامي"), "two proclitics");
        assert!(!may_be_written("xسامي", "سامي"), "one byte more");
        assert!(!may_be_written("وسامر", "سامي"), "another name");
    }

    #[test]
    fn a_given_name_alone_is_the_person_named_before_by_it() {
        let ms = mentions("وقالت ستيفاني كليفورد إنها لن تتراجع. وقالت ستيفاني في مقابلة إن الاختبار كان صادقا.");
        let alone: Vec<_> = ms.iter().filter(|m| m.text == "ستيفاني").collect();
        assert_eq!(alone.len(), 1, "{ms:?}");
        assert_eq!(alone[0].rule, "given-name+coref", "{ms:?}");
        let full = ms.iter().find(|m| m.text == "ستيفاني كليفورد").expect("named in full");
        assert_eq!(alone[0].actor, full.actor, "{ms:?}");
        // An unknown person too, before a verb.
        let ms = mentions("وقالت ميغان ماكين في الجنازة إن والدها كان بطلا. ثم استمرت ميغان في انتقاد الخطاب.");
        assert!(ms.iter().any(|m| m.text == "ميغان" && m.rule == "given-name+coref"), "{ms:?}");
    }

    #[test]
    fn a_given_name_is_read_bare_or_after_one_proclitic() {
        use super::may_be_written;
        assert!(may_be_written("ستيفاني", "ستيفاني"));
        assert!(may_be_written("وستيفاني", "ستيفاني"));
        assert!(may_be_written("لستيفاني", "ستيفاني"));
        assert!(!may_be_written("وبستيفاني", "ستيفاني"));
        assert!(!may_be_written("ميغان", "ستيفاني"));
        // After و, the given name alone still points back to the person.
        let ms = mentions("وقالت ميغان ماكين في الجنازة إن والدها كان بطلا. وميغان في المستشفى الآن.");
        assert!(ms.iter().any(|m| m.text == "وميغان" && m.rule == "given-name+coref"), "{ms:?}");
    }

    #[test]
    fn the_scan_marks_every_token_a_given_name_is_read_in() {
        use crate::mentions::{first_name_at, tests::analyzer};
        let a = analyzer();
        let names = a.first_names();
        // Every form `first_name_at` reads as a given name must be among the scan's marks,
        // which are all `link` walks.
        let keys: Vec<String> = ["ستيفاني", "وميغان", "لسيرينا", "بمورغان", "وقالت", "جون", "وجون", "في", ""].iter().map(|k| k.to_string()).collect();
        let scan = a.lexicon().scan_marked(&keys, &[&names.starter_forms]);
        for (t, key) in keys.iter().enumerate() {
            if first_name_at(key, names).is_some() {
                assert!(scan.marked[0].contains(&t), "{key}");
            }
        }
        assert!(keys.iter().filter(|k| first_name_at(k, names).is_some()).count() >= 5);
    }

    #[test]
    fn no_antecedent_or_two_make_no_mention() {
        // Nobody named before by it.
        let ms = mentions("وقالت ستيفاني في مقابلة إن الاختبار كان صادقا.");
        assert!(ms.iter().all(|m| m.text != "ستيفاني"), "{ms:?}");
        // Two people named before by it: which one is not said.
        let ms = mentions("وقالت ميغان ماكين وميغان ماركل إنهما حضرتا. ثم قالت ميغان في كلمتها إن.");
        assert!(ms.iter().all(|m| m.text != "ميغان"), "{ms:?}");
        // A name word after it makes another person's name, not this one.
        let ms = mentions("وقالت ستيفاني كليفورد إنها لن تتراجع. وقالت ستيفاني بلاك إن.");
        assert!(ms.iter().all(|m| m.text != "ستيفاني"), "{ms:?}");
        // Nor a name word no list holds before it (بيرتشيك مورغان is not مورغان شنايدرلين).
        let ms = mentions("وسجل مورغان شنايدرلين هدفا. وقال بيرتشيك مورغان إن فريقه جاهز.");
        assert!(ms.iter().all(|m| m.text != "مورغان"), "{ms:?}");
        // A future verb is no given name behind سـ.
        let ms = mentions("وقال ساجد جاويد إن الحكومة جاهزة. فإذا صدق ذلك سأجد في باريس من يساعدني.");
        assert!(ms.iter().all(|m| m.text != "سأجد"), "{ms:?}");
        // A given name in سـ is still one (سيرينا).
        let ms = mentions("وفازت سيرينا ويليامز بالمباراة. وعلقت سيرينا بعد فوزها.");
        assert!(ms.iter().any(|m| m.text == "سيرينا" && m.rule == "given-name+coref"), "{ms:?}");
    }
}
