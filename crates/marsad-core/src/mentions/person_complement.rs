//! A role noun right before a person written with a preposition does not name that person;
//! before this rule every such pair took the person's identity, so a quote of an adviser was
//! the president's. After لـ the person is the noun's complement (مستشار للرئيس التركي رجب
//! طيب أردوغان: an adviser of his; المعارضين لأردوغان: his opponents): the labelling guide
//! keeps the complement inside one mention, which is the noun's people, coded by the noun's
//! role and the person's country. So are a bureau's staff after either preposition (مسؤول
//! بمكتب رئيس الوزراء). After بـ a person is no complement of the noun (أطاح الجيش بالرئيس
//! محمد مرسي: the verb's object), nor after a definite subject right after its verb (أكد
//! الوزير لنتنياهو): two mentions. A word shaped like a nisba right after another word is an
//! adjective, no actor (مؤتمر صحفي للجبير): only the person is a mention. A person named
//! through an institution after the preposition (الوزير بوزارة الداخلية طلال شودري) still
//! holds the noun's office, as before.

use marsad_text::normalize::nisba_shaped;
use super::*;

/// How a bare role noun reads with the prepositional person after it.
pub(super) enum Reading {
    /// The person is the noun's complement: one mention of the noun's people.
    Complement,
    /// The person is no part of the noun's phrase: two mentions.
    Apart,
    /// The noun is an adjective of the word before it, no actor: only the person is one.
    Adjective,
    /// The person holds the noun's office, named through an institution (الوزير بوزارة
    /// الداخلية طلال شودري، مرشحه للمحكمة العليا بريت كافانو): one mention of the person.
    Holder,
}

/// How `a`, a bare role noun, reads with the person `b` right after it written with a
/// preposition (see the module comment).
pub(super) fn reading(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> Reading {
    // A person named by the preposition's own word (لترامب) or a role noun for one person
    // (للرئيس التركي رجب طيب أردوغان) may be a complement; an institution's holder
    // after it (بوزارة الداخلية طلال شودري) is the noun's.
    let person_after_prep = b.titled_person || b.agent_id.is_none();
    // (Not across a paragraph break: المخابرات للخارجية⏎ترامب is a line's end and a name.)
    let one_paragraph = !cx.crosses_paragraph(a.tok_start, b.tok_end);
    // A person's bureau (`offices`) after either preposition has the noun among its staff
    // (مسؤول بمكتب رئيس الوزراء الفرنسي إدوار فيليب).
    let bureau = b.rule.ends_with("+office");
    if bureau && one_paragraph && a.kind == Kind::Agent {
        return Reading::Complement;
    }
    if !person_after_prep {
        return Reading::Holder;
    }
    // (Describing words may come between: المعارض الرئيسي لبوتين، القوات الموالية لهادي.)
    let after_lam = cx.keys[b.tok_start].starts_with('ل');
    if adjective(cx, a) {
        Reading::Adjective
    } else if after_lam && one_paragraph && a.kind == Kind::Agent && !verbs_dative(cx, a, b) {
        Reading::Complement
    } else {
        Reading::Apart
    }
}

/// Join `out[k]` with its complement `out[k + 1]` (a [`Reading::Complement`]): an office
/// that serves the person (مستشار، متحدث) is on the person's side and takes the person's
/// code (an adviser of an opposition leader is opposition); people of another role
/// (المعارضين لأردوغان) are that role of the person's state. Returns whether it joined: a
/// person of no state and a noun of no role stay apart.
pub(super) fn join<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>, k: usize) -> bool {
    let (a, b) = (&out[k], &out[k + 1]);
    let (Some(role), Some(country)) = (a.role.clone(), b.country.clone()) else { return false };
    let actor = if role == "GOV" {
        b.actor.clone()
    } else {
        cx.lex.state(&country).map(|_| actor_of(cx.lex, &country, &role))
    };
    let Some(actor) = actor else { return false };
    let b = out.remove(k + 1);
    let a = &mut out[k];
    a.tok_end = b.tok_end;
    a.role = cx.lex.split_code_ref(&actor).1.map(|r| Cow::Owned(r.to_string())).or(Some(role));
    a.actor = Some(actor);
    a.country = Some(country);
    a.extend_rule(&["+of-person"]);
    true
}

/// Is the person `b` the dative of a verb whose subject is `a`: one definite word right
/// after a verb of the dictionaries, the person right after it (أكد الوزير لنتنياهو)? An
/// indefinite subject takes a complement (قال مستشار لأردوغان).
fn verbs_dative(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    a.tok_end == a.tok_start + 1
        && b.tok_start == a.tok_end
        && a.tok_start > 0
        && key_is_definite(&cx.keys[a.tok_start])
        && cx.punct(a.tok_start - 1).is_none()
        && verb_before(cx, &cx.keys[a.tok_start - 1])
}

/// Is `key` a verb of the quote or event dictionaries, with or without و or ف before it?
fn verb_before(cx: &Cx<'_, '_>, key: &str) -> bool {
    is_verb_word(cx, key) || key.strip_prefix(['و', 'ف']).is_some_and(|k| is_verb_word(cx, k))
}

/// Is the one-word mention `a` an adjective of the word before it: shaped like a nisba
/// (ending in ي or ية), right after a content word of the same definiteness with no
/// punctuation between (مؤتمر صحفي، زيارة خارجية، السياسي والعسكري)?
fn adjective(cx: &Cx<'_, '_>, a: &ActorSpan<'_>) -> bool {
    if a.tok_end != a.tok_start + 1 || a.tok_start == 0 || cx.punct(a.tok_start - 1).is_some() {
        return false;
    }
    let word = cx.keys[a.tok_start].as_str();
    let word = word.strip_prefix('و').filter(|w| w.starts_with("ال")).unwrap_or(word);
    let before = cx.keys[a.tok_start - 1].as_str();
    nisba_shaped(word) && place_complement::content_word(cx, before) && word.starts_with("ال") == before.starts_with("ال")
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_role_noun_before_a_person_with_lam_is_the_persons_side_not_the_person() {
        let ms = mentions("وقال مستشار للرئيس التركي رجب طيب أردوغان إن أنقرة لن تتراجع");
        let adviser = ms.iter().find(|m| m.text.starts_with("مستشار")).expect("adviser");
        assert_eq!(adviser.actor.as_deref(), Some("TURGOV"), "{ms:?}");
        assert_eq!(adviser.entity, None, "{ms:?}");
        let ms = mentions("وقال عدد من المعارضين لأردوغان إن الانتخابات لم تكن نزيهة");
        assert_eq!(code(&ms, "عدد من المعارضين لأردوغان"), Some("TUROPP"), "{ms:?}");
        // With describing words between, and a body's people of another role.
        let ms = mentions("بينما يغيب المعارض الرئيسي لبوتين عن السباق");
        assert_eq!(code(&ms, "المعارض الرئيسي لبوتين"), Some("RUSOPP"), "{ms:?}");
        let ms = mentions("وتسيطر القوات الموالية للرئيس اليمني عبد ربه منصور هادي على معظم تعز");
        assert_eq!(code(&ms, "القوات الموالية للرئيس اليمني عبد ربه منصور هادي"), Some("YEMMIL"), "{ms:?}");
        // An opposition leader's adviser is opposition.
        let ms = mentions("وكانت تعمل كمستشارة لمهدي كروبي");
        let adviser = ms.iter().find(|m| m.text.ends_with("كروبي")).expect("adviser");
        assert_eq!((adviser.actor.as_deref(), adviser.role.as_deref(), adviser.entity.as_deref()), (Some("IRNOPP"), Some("OPP"), None), "{ms:?}");
        // A line that ends on a role noun and a name that opens the next stay apart.
        let ms = mentions("بومبيو: الصقر الموالي من المخابرات للخارجية\nترامب: كوريا الشمالية لا تزال تشكل تهديدا");
        assert_eq!(code(&ms, "ترامب"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn a_person_after_ba_an_adjective_or_an_institution_noun_stays_apart() {
        let ms = mentions("وأطاح الجيش بالرئيس محمد مرسي في يوليو");
        assert!(ms.iter().any(|m| m.text == "الجيش" && m.entity.is_none()), "{ms:?}");
        assert!(ms.iter().any(|m| m.text.ends_with("محمد مرسي") && m.text != "الجيش بالرئيس محمد مرسي"), "{ms:?}");
        let ms = mentions("وقال في مؤتمر صحفي للجبير في الرياض");
        assert!(ms.iter().all(|m| m.text != "صحفي للجبير" && m.text != "صحفي"), "{ms:?}");
        assert_eq!(code(&ms, "للجبير"), Some("SAUGOV"), "{ms:?}");
        // A definite subject right after its verb: the person is the verb's.
        let ms = mentions("وأكد الوزير لنتنياهو أن الحكومة لن تسقط");
        assert!(ms.iter().all(|m| m.text != "الوزير لنتنياهو"), "{ms:?}");
        assert_eq!(code(&ms, "لنتنياهو"), Some("ISRGOV"), "{ms:?}");
    }
}

#[cfg(test)]
mod holder_tests {
    use super::super::tests::mentions;

    #[test]
    fn a_person_named_through_an_institution_holds_the_nouns_office() {
        let ms = mentions("وقال الوزير بوزارة الداخلية طلال شودري إن الوزير نجا");
        assert!(ms.iter().any(|m| m.text == "الوزير بوزارة الداخلية طلال شودري"), "{ms:?}");
        // A bureau's official is its staff, not the holder.
        let ms = mentions("وقال مسؤول بمكتب رئيس الوزراء الفرنسي إدوار فيليب إن الرحلة ألغيت");
        let official = ms.iter().find(|m| m.text.starts_with("مسؤول")).expect("official");
        assert_eq!((official.actor.as_deref(), official.entity.as_deref()), (Some("FRAGOV"), None), "{ms:?}");
        let ms = mentions("وقال ترامب إن مرشحه للمحكمة العليا بريت كافانو سيفوز");
        assert!(ms.iter().any(|m| m.text == "مرشحه للمحكمة العليا بريت كافانو" && m.entity.as_deref() == Some("Brett Kavanaugh")), "{ms:?}");
    }
}
