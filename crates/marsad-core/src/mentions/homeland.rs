//! `بلاده، بلادها، بلادهم` ("his/her/their country"): the state of the one the pronoun
//! refers to (قال وزير الخارجية الصيني إن بلاده → CHN), the nearest mention before it in
//! the same sentence that agrees with the pronoun and has a state. An office or body in
//! construct before it (سفارة بلاده، قنصلية بلاده) is that state's.

use super::bare_people::RELATIVES;
use super::possessed::MASCULINE_STATES;
use super::{actor_of, covered_at, insert_possessive_forms, merge_by_start, place_complement, strip_proclitics, ActorSpan, Cx, PROCLITICS};
use marsad_lexicon::{Kind, Match, WordFilter};
use std::borrow::Cow;

/// The noun, as written before the pronoun.
const STEM: &str = "بلاد";

/// The pronouns read: his, her, their (people). The dual is left alone.
const PRONOUNS: &[&str] = &["ه", "ها", "هم"];

/// The noun with the article ("the country"): a state only after an embassy or a
/// consulate in construct (قنصلية البلاد); alone it is no mention (the guide).
const DEFINITE: &str = "البلاد";

/// An embassy and a consulate, as keys (ة folded to ه).
const MISSIONS: &[&str] = &["سفاره", "قنصليه"];

/// Prepositions written apart (as keys) after which a mention is no subject: the
/// possessor is the one speaking, not the one before whom, with whom or to whom
/// (أكد آبي أمام الرئيس عباس أن بلاده …).
const PREPOSITIONS: &[&str] = &["امام", "مع", "الي", "علي", "عن", "من", "في", "لدي", "بين", "ضد", "حول", "عند", "نحو", "بحضور", "برفقه"];

/// How many tokens back the possessor may be named.
const WINDOW: usize = 40;

/// Every written form, for the lexicon scan's marks (see `cue_words`).
pub(super) fn add_forms(bits: &mut WordFilter) {
    insert_possessive_forms(bits, [STEM], PRONOUNS);
    bits.insert(DEFINITE);
}

/// The pronoun of `key` when it is a form of بلاد with one after none, one or two
/// proclitics (وبلاده، لبلادهم), and whether ب or ل was among them. (بلاد begins with ب
/// itself, so the clitics are matched whole, not stripped one by one.) `hah` says the word
/// ends in ه as written (بلاده, not a folded ة).
/// [`DEFINITE`] is read with no pronoun ("").
fn read(key: &str, hah: impl Fn() -> bool) -> Option<(&'static str, bool)> {
    if key == DEFINITE {
        return Some(("", false));
    }
    let at = super::short_find::find(key, STEM)?;
    let clitics = &key[..at];
    if !PROCLITICS.contains(&clitics) {
        return None;
    }
    let &p = PRONOUNS.iter().find(|&&p| p == &key[at + STEM.len()..])?;
    (p != "ه" || hah()).then_some((p, clitics.contains(['ب', 'ل'])))
}

/// Is the noun of `key` feminine: ة (folded to ه) or a plural in ات?
fn feminine(key: &str) -> bool {
    key.ends_with('ه') || key.ends_with("ات")
}

/// Is the noun of `key` a plural of people (ون، ين)?
fn people_plural(key: &str) -> bool {
    key.ends_with("ين") || key.ends_with("ون")
}

/// Can `p` be what `pronoun` refers to? People take ه (or ها when the noun that named
/// them is feminine: المتحدثة، زوجته), bodies take their noun's gender, a state its own
/// (بلادها after روسيا is Russia), and people in the plural هم.
fn agrees(cx: &Cx<'_, '_>, p: &ActorSpan<'_>, pronoun: &str) -> bool {
    let head = cx.keys[p.tok_start].as_str();
    let state = p.actor.as_deref().and_then(|a| a.get(..3));
    match pronoun {
        "" => p.state_of(cx.lex).is_some(),
        "هم" => p.kind == Kind::Demonym || p.kind == Kind::Agent && !p.person_noun && people_plural(head),
        "ها" => match p.kind {
            Kind::State | Kind::Capital => state.is_some_and(|s| !MASCULINE_STATES.contains(&s)),
            Kind::Agent | Kind::Person => feminine(head) && !people_plural(head),
            _ => false,
        },
        _ => match p.kind {
            Kind::Person | Kind::PersonShort => !feminine(head) || p.rule != "kin+of" && !head.starts_with("ال"),
            Kind::Agent => p.person_noun && !feminine(head),
            _ => false,
        },
    }
}

/// Does a sentence end between tokens `a` and `b` (a full stop, question or exclamation
/// mark)? Not at a stop before a relative pronoun: no sentence begins with الذي, and the
/// stop is a slip (جمال خاشقجي. الذي اختفى).
pub(super) fn sentence_ends(cx: &Cx<'_, '_>, a: usize, b: usize) -> bool {
    (a..b).any(|u| cx.punct(u).is_some_and(|s| matches!(s, "." | "؟" | "?" | "!")) && !relative_at(cx, u + 1))
}

/// Is token `t` a relative pronoun (الذي، التي، الذين)?
fn relative_at(cx: &Cx<'_, '_>, t: usize) -> bool {
    cx.keys.get(t).is_some_and(|k| RELATIVES.contains(&k.as_str()))
}

/// Find the forms of بلاد with a pronoun among the tokens the lexicon scan marked and add
/// them as their state (rule `homeland`), or code the bare office before them.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let mut added = Vec::new();
    // Offices widened over the place after them (قنصلية بلاده في إسطنبول): the mentions
    // inside are dropped after the loop.
    let mut widened = Vec::new();
    let mut j = 0;
    for &t in &cx.cues {
        if covered_at(out, &mut j, t) {
            continue;
        }
        let Some((pronoun, prepositional)) = read(&cx.keys[t], || cx.ends_with_hah(t)) else { continue };
        // A bare office right before it, in construct (سفارة بلاده): it is the state's, and
        // its possessor is looked for before it.
        let office = j.checked_sub(1).filter(|&o| {
            let s = &out[o];
            s.tok_end == t && s.kind == Kind::Agent && s.actor.is_none() && s.entity.is_none() && s.role.is_some() && !s.definite
        });
        // البلاد is a state only as an embassy's or a consulate's (the guide); رئاسة
        // البلاد، أمن البلاد are the country's presidency or security, no actor.
        if pronoun.is_empty() && !office.is_some_and(|o| MISSIONS.contains(&strip_proclitics(&cx.keys[out[o].tok_start]).0)) {
            continue;
        }
        let Some(span) = state_named(cx, &out[..office.unwrap_or(j)], t, pronoun, prepositional, office.is_some()) else { continue };
        if let Some(o) = office {
            let s = &mut out[o];
            let role = s.role.clone().unwrap_or_default();
            s.actor = Some(actor_of(cx.lex, span.actor.as_deref().unwrap_or_default(), &role));
            s.country = span.country;
            s.tok_end = t + 1;
            s.antecedent = span.antecedent;
            s.extend_rule(&["+homeland"]);
            // The mission's place is inside its phrase (the guide's قنصلية بلاده في إسطنبول).
            let k = ms.partition_point(|m| m.start < t + 1);
            if let Some(tail) = place_complement::after(cx, ms, k, t + 1, false, true) {
                s.tok_end = tail.end;
                widened.push((t + 1, tail.end));
            }
            continue;
        }
        added.push(span);
    }
    if !widened.is_empty() {
        out.retain(|s| !widened.iter().any(|&(a, b)| s.tok_start >= a && s.tok_end <= b));
    }
    merge_by_start(out, added);
}

/// The form of بلاد at token `t`, outside any mention, as the state it names (rule
/// `homeland`), when `before` (the mentions before it) names its possessor: a possessor
/// in turn of the possessed nouns after it (أن بلاده لن تنقل سفارتها).
pub(super) fn at<'a>(cx: &Cx<'a, '_>, before: &[ActorSpan<'a>], t: usize) -> Option<ActorSpan<'a>> {
    let (pronoun, prepositional) = read(&cx.keys[t], || cx.ends_with_hah(t)).filter(|(p, _)| !p.is_empty())?;
    state_named(cx, before, t, pronoun, prepositional, false)
}

/// The state span of the form of بلاد at `t` with `pronoun`, its possessor the nearest of
/// `before` in its sentence that agrees; a journalist too when an office is in construct
/// before it (`office`).
fn state_named<'a>(cx: &Cx<'a, '_>, before: &[ActorSpan<'a>], t: usize, pronoun: &str, prepositional: bool, office: bool) -> Option<ActorSpan<'a>> {
    // A news outlet reports, and a mention after a preposition is no subject
    // (قال لرويترز إن بلاده). A journalist's own embassy or consulate is his state's (الصحفي
    // السعودي جمال خاشقجي الذي دخل قنصلية بلاده), but a bare بلاده after a journalist
    // named in passing is as often a later speaker's (اختفاء خاشقجي، مضيفا أن بلاده …).
    let possessor = before
        .iter()
        .rev()
        .take_while(|p| p.tok_end + WINDOW > t && !cx.crosses_paragraph(p.tok_end, t + 1) && !sentence_ends(cx, p.tok_end, t))
        .filter(|p| (!after_preposition(cx, p) || relative_after(cx, p)) && (p.role.as_deref() != Some("MED") || office && p.names_one_person()))
        .find(|p| agrees(cx, p, pronoun))?;
    let state = possessor.state_of(cx.lex)?;
    let mut span = ActorSpan::new(t, t + 1, Kind::State, "homeland".into());
    span.entity = Some(Cow::Borrowed(&state.english));
    span.entity_id = Some(&state.code);
    span.actor = Some(Cow::Borrowed(&state.code));
    span.country = Some(Cow::Borrowed(&state.iso3));
    span.antecedent = Some((possessor.tok_start, possessor.tok_end));
    span.prepositional = prepositional;
    Some(span)
}

/// Does a relative clause follow `p` (بالصحفي خاشقجي الذي دخل قنصلية بلاده): it is the
/// clause's subject, after a preposition too.
fn relative_after(cx: &Cx<'_, '_>, p: &ActorSpan<'_>) -> bool {
    let t = p.tok_end + usize::from(cx.punct(p.tok_end).is_some());
    relative_at(cx, t)
}

/// Is `p` named after a preposition, on it (لرويترز) or before it (أمام الرئيس): no
/// subject, so no possessor?
fn after_preposition(cx: &Cx<'_, '_>, p: &ActorSpan<'_>) -> bool {
    p.prepositional || p.tok_start > 0 && PREPOSITIONS.contains(&cx.keys[p.tok_start - 1].as_str())
}

#[cfg(test)]
mod tests {
    // The mentions tests' analyzer and article date.
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn his_country_is_the_speakers_state() {
        let ms = mentions("وأعلن وزير الخارجية الصيني وانغ يي أن بلاده سترد على الرسوم.");
        assert_eq!(code(&ms, "بلاده"), Some("CHN"), "{ms:?}");
        // Her country: a feminine body; their country: people in the plural.
        let ms = mentions("وقالت الحكومة البريطانية إن بلادها ستطرد الدبلوماسيين.");
        assert_eq!(code(&ms, "بلادها"), Some("GBR"), "{ms:?}");
        let ms = mentions("ويريد اللاجئون السوريون العودة إلى بلادهم.");
        assert_eq!(code(&ms, "بلادهم"), Some("SYR"), "{ms:?}");
    }

    #[test]
    fn an_office_before_it_is_that_states() {
        let ms = mentions("وقرر الرئيس الغواتيمالي جيمي موراليس نقل سفارة بلاده إلى القدس.");
        assert_eq!(code(&ms, "سفارة بلاده"), Some("GTMGOV"), "{ms:?}");
    }

    #[test]
    fn a_journalist_is_a_possessor_an_outlet_is_not() {
        let ms = mentions("واختفى الصحفي السعودي جمال خاشقجي الذي دخل قنصلية بلاده في إسطنبول.");
        assert_eq!(code(&ms, "قنصلية بلاده في إسطنبول"), Some("SAUGOV"), "{ms:?}");
        let ms = mentions("وقال التلفزيون الروسي إن بلاده سترد.");
        assert!(ms.iter().all(|m| m.text != "بلاده"), "{ms:?}");
        // Alone, بلاده is no journalist's named in passing.
        let ms = mentions("وتحدث عن اختفاء الصحفي السعودي جمال خاشقجي، مضيفا أن بلاده تتابع القضية.");
        assert!(ms.iter().all(|m| m.text != "بلاده"), "{ms:?}");
    }

    #[test]
    fn an_office_before_the_country_is_the_nearest_states() {
        let ms = mentions("وأعلنت السلطات السعودية وفاة الصحفي داخل قنصلية البلاد في إسطنبول.");
        // (Its place is inside its phrase.)
        assert_eq!(code(&ms, "قنصلية البلاد في إسطنبول").map(|c| &c[..6]), Some("SAUGOV"), "{ms:?}");
        // The country alone is no mention, nor its security.
        let ms = mentions("وقالت السلطات السعودية إن البلاد تواجه تحديات تهدد أمن البلاد.");
        assert!(ms.iter().all(|m| m.text != "البلاد" && m.text != "أمن البلاد"), "{ms:?}");
    }

    #[test]
    fn the_one_a_relative_clause_tells_of_is_the_possessor() {
        // After a preposition, the subject of a relative clause (and no stop before الذي
        // ends its sentence).
        let ms = mentions("وتحدث ماكرون عن الصحفي السعودي جمال خاشقجي. الذي اختفى بعد دخوله قنصلية بلاده في إسطنبول.");
        assert_eq!(code(&ms, "قنصلية بلاده في إسطنبول").or(code(&ms, "قنصلية بلاده")).map(|c| &c[..6]), Some("SAUGOV"), "{ms:?}");
    }

    #[test]
    fn no_possessor_across_a_sentence_after_a_preposition_or_of_the_wrong_gender() {
        // The speaker is named in another sentence: not guessed from the one before.
        let ms = mentions("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بكين. وقال للصحفيين إن بلاده مستعدة.");
        assert!(ms.iter().all(|m| m.text != "بلاده"), "{ms:?}");
        // The one before whom he spoke is not the possessor.
        let ms = mentions("وأكد رئيس الوزراء الياباني شينزو آبي أمام الرئيس الفلسطيني محمود عباس أن بلاده لن تنقل سفارتها.");
        assert_eq!(code(&ms, "بلاده"), Some("JPN"), "{ms:?}");
        // بلادها after a man alone refers to no one.
        let ms = mentions("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلادها تعاني.");
        assert!(ms.iter().all(|m| m.text != "بلادها"), "{ms:?}");
    }
}
