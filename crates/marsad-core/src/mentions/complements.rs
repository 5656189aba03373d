//! A complement with من that describes a group of people belongs to its mention (the
//! label guide's maximal phrase): people counted out of a people or a body named after
//! them (دبلوماسيين من الروس، مسؤولين من وزارة الخارجية، ناشطين من المعارضة), and the
//! origin of people (أميركيين من أصول إيرانية، الأطفال النمساويون من أصول تركية).
//!
//! A participle that says whose a body is or where it works, with its complement,
//! belongs to the body's mention too (ميليشيات الحوثي الموالية لإيران، المسلحون المرتبطون
//! بتنظيم داعش، المنظمات العاملة في اليمن: [`participles`]); one that names another
//! acting party (المدعومة من، المقربة من) is left to split, as the labels split it.
//!
//! Only an indefinite plural is counted out of the next mention: a definite noun before
//! من is as often the object of a verb that takes من (حماية المدنيين من المسلحين), and a
//! state, a capital or a place after من is where people come from or go, which the
//! labels leave to the verb (انسحاب القوات الأمريكية من سوريا).

use super::extent::{is_one_of, set, KeySet};
use super::*;
use std::sync::OnceLock;

/// Broken plurals of people nouns that may be counted out of a group (the sound plurals
/// are known by their ending).
const BROKEN_PLURALS: &[&str] = &["ضباط", "قادة", "زعماء", "نشطاء", "خبراء", "جنود", "أفراد", "عناصر", "علماء", "وجهاء"];

/// Nouns of descent after من (من أصول تركية، من أصل مغربي).
const ORIGINS: &[&str] = &["أصول", "أصل"];

/// Is `s`, ending before من, an indefinite plural people noun of one word?
fn indefinite_people(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    static BROKEN: OnceLock<KeySet> = OnceLock::new();
    if (s.kind != Kind::Agent) | s.person_noun | (s.tok_end != s.tok_start + 1) {
        return false;
    }
    let key = cx.keys[s.tok_start].as_str();
    let bare = key.strip_prefix(['و', 'ف']).filter(|r| has_chars(r, 3)).unwrap_or(key);
    !key_is_definite(key) && (["ون", "ين"].iter().any(|e| bare.ends_with(e)) || is_one_of(key, set(&BROKEN, BROKEN_PLURALS)))
}

/// May `b`, right after `a` and من, be the people or body `a` is counted out of: a plural
/// demonym (الروس), a coded group or a coded role phrase, not a state or a place, and not
/// itself behind a preposition (من بين …)?
fn group_after(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    b.tok_start == a.tok_end + 1
        && cx.keys[a.tok_end] == "من"
        && !b.prepositional
        && b.actor.is_some()
        && (b.kind == Kind::Demonym || b.kind == Kind::Group || b.kind == Kind::Agent && !b.person_noun)
}

/// Is `b` the coded body or people in whose ranks `a` fell (قتلى وجرحى في صفوف
/// الحوثيين، بصفوف داعش): the same people, counted out of them?
fn in_ranks_of(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    static RANKS_ONE: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let ranks = match b.tok_start.checked_sub(a.tok_end) {
        Some(1) => is_one_of(&keys[a.tok_end], set(&RANKS_ONE, &["بصفوف"])),
        Some(2) => keys[a.tok_end] == "في" && keys[a.tok_end + 1] == "صفوف",
        _ => false,
    };
    ranks && b.actor.is_some() && (b.kind == Kind::Demonym || b.kind == Kind::Group || b.kind == Kind::Agent && !b.person_noun)
}

/// Join each indefinite plural people noun or list of people to the group after من it
/// is counted out of or in whose ranks they fell (rule `+of+`). Without a country of its own it takes the group's: a demonym's state
/// with its own role (دبلوماسيين من الروس → RUSGOV), a body's code as members take it.
pub(super) fn people_of<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let list = a.rule.starts_with(super::people_lists::RULE);
        // A list of people, with the article or not, is counted out of a group too
        // (قتلى وجرحى من المتمردين، عشرات القتلى والجرحى من الميليشيات).
        if !((list || indefinite_people(cx, a)) && (group_after(cx, a, b) || in_ranks_of(cx, a, b))) {
            k += 1;
            continue;
        }
        let b = out.remove(k + 1);
        let a = &mut out[k];
        a.tok_end = b.tok_end;
        // A country the story lent the bare noun gives way to the group's own.
        if a.country.is_none() || a.rule.contains("+context") {
            let role = a.role.clone();
            match (b.kind, b.state_of(cx.lex), role) {
                (Kind::Demonym, Some(state), Some(role)) => {
                    code_in_state(cx.lex, a, (state.code.as_str(), state.iso3.as_str()), role, "+of+");
                    k += 1;
                    continue;
                }
                _ => {
                    a.actor = b.actor;
                    a.country = b.country;
                    a.role = b.role;
                }
            }
        }
        a.extend_rule(&["+of+", &b.rule]);
        k += 1;
    }
}

/// Widen each mention of people to the origin after it: من أصول or من أصل and a nisba or
/// another adjective (أميركيين من أصول إيرانية). The code stays the people's.
pub(super) fn origins(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    static ORIGIN: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let mut gone = SpanFlags::new(out.len());
    for i in 0..out.len() {
        let s = &out[i];
        let end = s.tok_end;
        let people = matches!(s.kind, Kind::Agent | Kind::Demonym) && !s.person_noun;
        if !people || end + 2 >= keys.len() || keys[end] != "من" || !set(&ORIGIN, ORIGINS).contains(keys[end + 1].as_str()) {
            continue;
        }
        let adjective = &keys[end + 2];
        // (Not a number: ثمانية فرنسيين من أصل عشرة is eight out of ten.)
        let number = super::counted::is_number_word(adjective) || super::counted::is_digits(adjective);
        if number || key_is_definite(adjective) || !(adjective.ends_with('ي') || adjective.ends_with('ه')) || cx.punct(end + 2).is_some() {
            continue;
        }
        // The nisba may have been read as a mention of its own (إيرانية): it is absorbed.
        match out.get(i + 1) {
            Some(n) if n.tok_start < end + 3 => {
                if n.tok_start != end + 2 || n.tok_end != end + 3 || !matches!(n.kind, Kind::Nisba | Kind::State | Kind::Demonym) {
                    continue;
                }
                gone[i + 1] = true;
            }
            _ => {}
        }
        out[i].tok_end = end + 3;
        out[i].extend_rule(&["+origin"]);
    }
    remove_marked(out, &gone);
}

/// Widen each mention of people to their description by what they have right after it:
/// ذوو, ذوي or ذوات with its genitive and, after a definite one, one describing word
/// (المواطنين ذوي الدخول المرتفعة، الصحافيين ذوي الإعاقة، لطلاب ذوي احتياجات): the construct
/// can only describe the people before it. Run after the story's country is lent, which
/// reads the noun at the mention's end.
pub(super) fn possessors(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    static POSSESSORS: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    for i in 0..out.len() {
        let s = &out[i];
        let (end, noun) = (s.tok_end, s.tok_end + 1);
        let limit = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        // Most mentions have no ذوي after them: one key is read.
        if noun >= limit || !set(&POSSESSORS, &["ذوو", "ذوي", "ذوات"]).contains(keys[end].as_str()) {
            continue;
        }
        let people = matches!(s.kind, Kind::Agent | Kind::Demonym) && !s.person_noun;
        if !people || cx.punct(noun).is_some() || !has_chars(&keys[noun], 3) || is_stop(&keys[noun]) {
            continue;
        }
        let described = key_is_definite(&keys[noun]) && noun + 1 < limit && super::descriptors::describing_word(cx, noun + 1);
        out[i].tok_end = noun + 1 + usize::from(described);
        out[i].extend_rule(&["+possessors"]);
    }
}

/// Participles of loyalty, with ل (الموالية لإيران، الموالين للنظام): loyal to a state is
/// not of it, so a bare noun takes only a government's state from them.
pub(super) const PARTICIPLES_LOYAL: &[&str] = &["الموالي", "الموالية", "الموالين", "الموالون"];
/// Participles of belonging that take their complement with ل (التابعة للأمم المتحدة،
/// الخاضعة لـ) or ب (المرتبطة بتنظيم داعش).
pub(super) const PARTICIPLES_LAM: &[&str] = &["التابع", "التابعة", "التابعين", "التابعون", "الخاضعة", "الخاضعين", "الخاضعون"];
pub(super) const PARTICIPLES_BA: &[&str] = &["المرتبط", "المرتبطة", "المرتبطين", "المرتبطون"];
/// Participles of where a body works, with في or ب (العاملة في اليمن، المشاركين في المؤتمر).
pub(super) const PARTICIPLES_FI: &[&str] = &["العامل", "العاملة", "العاملين", "العاملون", "المشاركة", "المشاركين", "المشاركون"];

/// What a participle of the lists above at token `p` asks of its complement: the token
/// where it may begin, the preposition glued to it there (`None` after a separate في),
/// and whether the participle is one of loyalty.
pub(super) fn complement_at(keys: &[String], p: usize) -> Option<(usize, Option<char>, bool)> {
    static LOYAL: OnceLock<KeySet> = OnceLock::new();
    static LAM: OnceLock<KeySet> = OnceLock::new();
    static BA: OnceLock<KeySet> = OnceLock::new();
    static FI: OnceLock<KeySet> = OnceLock::new();
    let key = keys.get(p)?.as_str();
    if !key.starts_with("ال") {
        return None;
    }
    if set(&LOYAL, PARTICIPLES_LOYAL).contains(key) {
        Some((p + 1, Some('ل'), true))
    } else if set(&LAM, PARTICIPLES_LAM).contains(key) {
        Some((p + 1, Some('ل'), false))
    } else if set(&BA, PARTICIPLES_BA).contains(key) {
        Some((p + 1, Some('ب'), false))
    } else if set(&FI, PARTICIPLES_FI).contains(key) {
        if keys.get(p + 1).is_some_and(|k| k == "في") { Some((p + 2, None, false)) } else { Some((p + 1, Some('ب'), false)) }
    } else {
        None
    }
}

/// Join each body or group of people to a participle of belonging or of work after it
/// and the mention that completes the participle (rule `+participle+`): the labels' one
/// phrase, with no mention nested inside. A body keeps its code. A bare noun without one
/// takes its own role in the state it works in (المنظمات العاملة في اليمن → YEMNGO) or
/// in the state of the government it is loyal to (القوات الموالية للحكومة → SYRMIL; loyal
/// to anything else, لروسيا, it stays uncoded), and the code of the body it belongs to
/// (المسلحون المرتبطون بتنظيم داعش → IMGMUSISI). The participle is right after the mention
/// or is its last word, an attribute `extent` took in.
pub(super) fn participles<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        // (Not a person by name or by a role noun linked to one.)
        let head = matches!(a.kind, Kind::Agent | Kind::Group | Kind::Igo | Kind::Metonym) && !(a.person_noun && a.entity.is_some());
        // Most mentions have no participle after them: two keys are read.
        let at = |p: usize| complement_at(keys, p).filter(|&(c, _, _)| c == b.tok_start);
        let found = if head { at(a.tok_end).or_else(|| at(a.tok_end - 1).filter(|_| a.tok_end > a.tok_start + 1)) } else { None };
        let Some((_, glued, loyal)) = found else {
            k += 1;
            continue;
        };
        let prep_ok = match glued {
            Some(p) => keys[b.tok_start].strip_prefix(['و', 'ف']).is_none() && keys[b.tok_start].starts_with(p),
            None => !b.prepositional,
        };
        let coded = a.actor.is_some() || a.country.is_some();
        let b_ok = b.actor.is_some() && !matches!(b.kind, Kind::Nisba | Kind::Place);
        if !prep_ok || !b_ok || cx.crosses_paragraph(a.tok_start, b.tok_end) {
            k += 1;
            continue;
        }
        let b = out.remove(k + 1);
        let a = &mut out[k];
        a.tok_end = b.tok_end;
        if !coded {
            let role = a.role.clone().filter(|r| cx.lex.is_role(r));
            // (A government by its noun, as in `backed`: loyal to a capital, لأنقرة, is a proxy.)
            let in_state = if loyal { b.kind == Kind::Agent && b.role.as_deref() == Some("GOV") } else { matches!(b.kind, Kind::State | Kind::Capital) };
            match (b.state_of(cx.lex).filter(|_| in_state), role) {
                (Some(state), Some(role)) => code_in_state(cx.lex, a, (state.code.as_str(), state.iso3.as_str()), role, "+participle+"),
                _ if loyal => a.extend_rule(&["+participle"]),
                _ => {
                    a.actor = b.actor;
                    a.country = b.country;
                    a.role = b.role;
                    a.extend_rule(&["+participle+", &b.rule]);
                }
            }
        } else {
            a.extend_rule(&["+participle+", &b.rule]);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn people_counted_out_of_a_people_or_body_are_one_mention() {
        let ms = mentions("وطردت بريطانيا دبلوماسيين من الروس بعد الهجوم.");
        assert_eq!(code(&ms, "دبلوماسيين من الروس"), Some("RUSGOV"), "{ms:?}");
        let ms = mentions("والتقى الوزير مسؤولين من حركة حماس في القاهرة.");
        assert!(ms.iter().any(|m| m.text == "مسؤولين من حركة حماس"), "{ms:?}");
    }

    #[test]
    fn a_definite_noun_or_a_state_after_min_stays_apart() {
        // Protecting the civilians from the rebels: the verb takes من.
        let ms = mentions("وطالب بحماية المدنيين من المتمردين في المدينة.");
        assert!(ms.iter().all(|m| !m.text.contains(" من ")), "{ms:?}");
        // Diplomats expelled from Russia: where they come from goes with the verb.
        let ms = mentions("وطرد دبلوماسيين من روسيا الأسبوع الماضي.");
        assert!(ms.iter().all(|m| !m.text.contains(" من ")), "{ms:?}");
    }

    #[test]
    fn a_participle_of_belonging_and_its_complement_belong_to_the_body() {
        let ms = mentions("لقي 27 عنصرا من ميليشيات الحوثي الموالية لإيران مصرعهم.");
        assert_eq!(code(&ms, "27 عنصرا من ميليشيات الحوثي الموالية لإيران"), Some("YEMREB"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "لإيران"), "{ms:?}");
        let ms = mentions("واستولى المسلحون المرتبطون بتنظيم داعش على المدينة.");
        assert_eq!(code(&ms, "المسلحون المرتبطون بتنظيم داعش"), Some("IMGMUSISI"), "{ms:?}");
        let ms = mentions("ونشرت وكالة أعماق التابعة لتنظيم داعش فيديو.");
        assert_eq!(code(&ms, "وكالة أعماق التابعة لتنظيم داعش"), Some("IMGMUSISI"), "{ms:?}");
        // A bare noun loyal to a government is of its state; loyal to a state, of none.
        let ms = mentions("وقتل 20 من القوات الموالية للحكومة السورية في الغارة.");
        assert_eq!(code(&ms, "20 من القوات الموالية للحكومة السورية"), Some("SYRMIL"), "{ms:?}");
        let ms = mentions("وقع الحادث بين القوات الأوكرانية والانفصاليين الموالين لروسيا أمس.");
        assert!(ms.iter().any(|m| m.text == "والانفصاليين الموالين لروسيا" && m.country.is_none()), "{ms:?}");
    }

    #[test]
    fn a_participle_naming_a_backer_stays_apart() {
        // Backed by Iran: another acting party, which the labels split off.
        let ms = mentions("وقال إن ميليشيات الحوثي المدعومة من إيران أطلقت صاروخا.");
        assert_eq!(code(&ms, "إيران"), Some("IRN"), "{ms:?}");
        // A person is no body the participle describes here.
        let ms = mentions("وقال ترامب الموالي لإسرائيل إنه سيزور القدس.");
        assert_eq!(code(&ms, "لإسرائيل"), Some("ISR"), "{ms:?}");
    }

    #[test]
    fn people_described_by_what_they_have_are_one_mention() {
        let texts = |s: &str| mentions(s).into_iter().map(|m| m.text).collect::<Vec<_>>();
        // The story's country is lent to the people first (the noun at the end is read).
        let ms = mentions("وفي مصر، قالت الحكومة إن المواطنين ذوي الدخول المرتفعة في مصر سيدفعون ضرائب أعلى. وتعاني مصر من أزمة.");
        assert_eq!(code(&ms, "المواطنين ذوي الدخول المرتفعة"), Some("EGYCVL"), "{ms:?}");
        // (Not across a comma.)
        let t = texts("وفي مصر، قالت الحكومة إن المواطنين، ذوي الدخول المرتفعة، سيدفعون ضرائب أعلى.");
        assert!(t.iter().all(|m| !m.contains("ذوي")), "{t:?}");
        // A partitive of numbers before people: أعداد كبيرة من.
        let t = texts("وخرج المقاتلون من المدينة مع أعداد كبيرة من المدنيين السوريين.");
        assert!(t.iter().any(|m| m.starts_with("أعداد كبيرة من المدنيين")), "{t:?}");
    }

    #[test]
    fn an_origin_after_people_belongs_to_them() {
        let ms = mentions("وتحدث الوزير أمام أميركيين من أصول إيرانية في كاليفورنيا.");
        assert!(ms.iter().any(|m| m.text == "أميركيين من أصول إيرانية"), "{ms:?}");
        let ms = mentions("وقال إن الأطفال النمساويين من أصول تركية شاركوا.");
        assert!(ms.iter().any(|m| m.text == "الأطفال النمساويين من أصول تركية"), "{ms:?}");
        // Not a definite word after أصول (من أصول الدولة is the state's assets).
        let ms = mentions("وباع المسؤولون من أصول الدولة الكثير.");
        assert!(ms.iter().all(|m| !m.text.contains("أصول")), "{ms:?}");
        // Nor a number: من أصل عشرة is "out of ten".
        let ms = mentions("وقال ثمانية فرنسيين من أصل عشرة إنهم صدموا.");
        assert!(ms.iter().all(|m| !m.text.contains("أصل")), "{ms:?}");
    }
}
