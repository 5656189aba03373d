//! Unnamed armed or terrorist bodies the story points to — counted (116 من العناصر
//! الإرهابية، عدة تنظيمات إرهابية), pointed at (هذه المجموعات الإرهابية، التنظيم الإرهابي
//! المذكور), the subject of their clause (هاجمت مجموعة مسلحة، أن الجماعات المسلحة) or the
//! same noun again after one of those (العناصر الإرهابية) — are rebels of the state their
//! paragraph names most, else of the story's country (REB, as the labels code a state's
//! unnamed armed groups: BHRREB, CAFREB), or,
//! when pointed at, the armed body named just before. A generic class (دعم الجماعات
//! الإرهابية، صنفتها جماعة إرهابية) names no one and stays uncoded, as the guide asks for
//! unspecified plural actors.

use super::counted::{is_digits, is_number_word};
use super::extent::{is_one_of, set, KeySet};
use super::{bare_people, code_from_story, paragraph_country, referring, story_state, ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Nouns of a body or of its members (with and without the article).
const BODY_NOUNS: &[&str] = &[
    "جماعة", "جماعات", "مجموعة", "مجموعات", "تنظيم", "تنظيمات", "خلية", "خلايا", "عناصر", "فصائل", "قيادات",
    "الجماعة", "الجماعات", "المجموعة", "المجموعات", "التنظيم", "التنظيمات", "الخلية", "الخلايا", "العناصر",
    "الفصائل", "القيادات",
];

/// Adjectives that make a body armed or terrorist.
pub(super) const ARMED_ADJECTIVES: &[&str] =
    &["إرهابي", "إرهابية", "الإرهابي", "الإرهابية", "مسلحة", "المسلحة", "إرهابيين", "الإرهابيين"];

/// Words that make a body another's or nobody's in particular: international, other.
const GENERIC: &[&str] = &["الدولية", "دولية", "الأخرى", "أخرى", "العالمية"];

/// Quantifiers that count a body (عدة تنظيمات، عدد من العناصر).
const COUNTS: &[&str] = &["عدة", "عدد"];

/// "The aforesaid" after the noun: a body named before.
const AFORESAID: &[&str] = &["المذكور", "المذكورة"];

/// How many tokens back the body pointed at may be named (about two paragraphs).
const REACH: usize = 150;

fn is_in(key: &str, cell: &'static OnceLock<KeySet>, words: &[&str]) -> bool {
    is_one_of(key, set(cell, words))
}

fn body_noun(key: &str) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    is_in(key, &KEYS, BODY_NOUNS)
}

pub(super) fn armed_adjective(key: &str) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    is_in(key, &KEYS, ARMED_ADJECTIVES)
}

/// The key of a body noun without proclitics and the article (العناصر → عناصر), for
/// comparing a noun with the one named before.
fn bare(key: &str) -> &str {
    let k = key.trim_start_matches(['و', 'ف']);
    k.strip_prefix("ال").or_else(|| k.strip_prefix("لل")).or_else(|| k.strip_prefix("بال")).unwrap_or(k)
}

/// How the story points to a body: by count, by a demonstrative or المذكور (to the body
/// named before), as a clause's subject, or not at all.
#[derive(PartialEq)]
enum Pointed {
    Counted,
    Back,
    Subject,
}

/// The token of the body noun of `s`, an uncoded mention of armed men or a body (role
/// UAF), and whether an armed adjective describes it and no word makes it generic.
fn body_head(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> Option<(usize, bool)> {
    let role = s.role.as_deref()?;
    if (s.kind != Kind::Agent) | s.actor.is_some() || !role.starts_with("UAF") || !s.rule.starts_with("agent") {
        return None;
    }
    let keys = &cx.keys[s.tok_start..s.tok_end];
    let head = keys.iter().position(|k| body_noun(k))?;
    static GENERIC_KEYS: OnceLock<KeySet> = OnceLock::new();
    let next = cx.keys.get(s.tok_end).map(String::as_str).unwrap_or_default();
    let generic = keys.iter().any(|k| is_in(k, &GENERIC_KEYS, GENERIC)) || is_in(next, &GENERIC_KEYS, GENERIC);
    let armed = keys[head + 1..].iter().any(|k| armed_adjective(k)) && !generic;
    Some((s.tok_start + head, armed))
}

/// How the story points to the body of `s` whose noun is at `head`.
fn pointed(cx: &Cx<'_, '_>, s: &ActorSpan<'_>, head: usize) -> Option<Pointed> {
    static COUNT_KEYS: OnceLock<KeySet> = OnceLock::new();
    static AFORESAID_KEYS: OnceLock<KeySet> = OnceLock::new();
    let before = &cx.keys[s.tok_start.saturating_sub(1)..head];
    let after = &cx.keys[head + 1..(s.tok_end + 1).min(cx.keys.len())];
    // A demonstrative, المذكور, or a definite body in construct (عناصر التنظيم الإرهابي:
    // the organisation named before) points back.
    let inner_body = after.iter().any(|k| key_is_definite(k) && body_noun(k));
    if before.iter().any(|k| referring::demonstrative(k).is_some()) || inner_body || after.iter().any(|k| is_in(k, &AFORESAID_KEYS, AFORESAID)) {
        return Some(Pointed::Back);
    }
    let counted = |k: &String| is_digits(k) || is_number_word(k) || is_in(k, &COUNT_KEYS, COUNTS);
    if cx.keys[s.tok_start..head].iter().any(counted) {
        return Some(Pointed::Counted);
    }
    // A subject after إن/أن, or after a verb in the feminine past that agrees with the
    // body (هاجمت جماعة مسلحة، نفت الجماعات المسلحة): دعم، قبل and the like before a
    // noun are mostly verbal nouns or prepositions (دعم الجماعات الإرهابية), and an
    // imperfect (تدعم جماعات مسلحة) takes the body as its object.
    let feminine_verb = cx.keys.get(head.wrapping_sub(1)).is_some_and(|k| k.ends_with('ت'));
    let subject = bare_people::opens_clause(cx, head, &cx.keys[head]) && (feminine_verb || after_particle(cx, head));
    subject.then_some(Pointed::Subject)
}

/// Is the word before token `t` إن/أن or the like (the noun is its clause's subject)?
fn after_particle(cx: &Cx<'_, '_>, t: usize) -> bool {
    t > 0 && bare_people::SUBJECT_PARTICLES.contains(&cx.keys[t - 1].as_str())
}

/// Code the unnamed armed bodies the story points to (see the module comment).
pub(super) fn code<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    if !out.iter().any(|s| body_head(cx, s).is_some_and(|(_, armed)| armed)) || cx.sports() {
        return;
    }
    let story = story_state(cx, out);
    // The bodies coded here, by their noun: the same noun with the article (العناصر
    // الإرهابية) or after a demonstrative (هذه العناصر) later is the same body.
    let mut coded: Vec<(usize, &str)> = Vec::new();
    for i in 0..out.len() {
        let Some((head, armed)) = body_head(cx, &out[i]) else { continue };
        let noun = bare(&cx.keys[head]);
        let start = out[i].tok_start;
        let how = pointed(cx, &out[i], head);
        // The same noun again, called armed or terrorist (not العناصر الإجرامية), or after a
        // demonstrative.
        let again = key_is_definite(&cx.keys[head]) && armed || how == Some(Pointed::Back);
        let same = coded.iter().rev().find(|&&(j, n)| n == noun && out[j].tok_end + REACH >= start);
        if let (true, Some(&(j, _))) = (again, same) {
            let body = out[j].clone();
            out[i].resolve_as(&body, "armed-body");
            continue;
        }
        let Some(how) = how.filter(|_| armed) else { continue };
        if how == Pointed::Back {
            if let Some(j) = out[..i].iter().rposition(|b| b.tok_end + REACH >= start && named_armed_body(b)) {
                let body = out[j].clone();
                out[i].resolve_as(&body, "armed-body");
                coded.push((i, noun));
                continue;
            }
        }
        // The state the paragraph names most, as for an unknown person, else the story's.
        let Some(state) = paragraph_country(cx, out, head, None).or(story) else { continue };
        code_from_story(cx.lex, &mut out[i], state, Cow::Borrowed("REB"));
        coded.push((i, noun));
    }
}

/// Is `s` a coded armed body a demonstrative may point back to: a group's or its men's
/// (IMG…, …REB, …UAF), not a state's forces.
fn named_armed_body(s: &ActorSpan<'_>) -> bool {
    s.actor.as_deref().is_some_and(|a| a.starts_with("IMG") || a.len() >= 6 && matches!(&a[3..6], "REB" | "UAF"))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    /// A story clearly about Bahrain (named twice as a place).
    const BAHRAIN: &str = "وقعت انفجارات في البحرين. وأعلنت الشرطة في البحرين حالة التأهب. ";

    #[test]
    fn counted_and_pointed_bodies_are_the_story_s_rebels() {
        let ms = mentions(&format!("{BAHRAIN}وألقت الأجهزة الأمنية القبض على 40 من العناصر الإرهابية. وتبين أن هذه العناصر تتلقى تدريبا في الخارج. وكشفت التحقيقات تجنيد العناصر الإرهابية عبر الإنترنت."));
        assert_eq!(code(&ms, "40 من العناصر الإرهابية"), Some("BHRREB"), "{ms:?}");
        assert_eq!(code(&ms, "العناصر الإرهابية"), Some("BHRREB"), "{ms:?}");
        let ms = mentions(&format!("{BAHRAIN}وقالت الوزارة إن جماعة مسلحة هاجمت دورية للشرطة."));
        assert_eq!(code(&ms, "جماعة مسلحة"), Some("BHRREB"), "{ms:?}");
    }

    #[test]
    fn a_generic_class_stays_uncoded() {
        let ms = mentions(&format!("{BAHRAIN}واتهمت الحكومة قطر بدعم الجماعات الإرهابية في المنطقة. وتعتبر الحكومة الحركة جماعة إرهابية."));
        assert!(ms.iter().filter(|m| m.text.contains("الإرهابية")).all(|m| m.actor.is_none()), "{ms:?}");
        let ms = mentions(&format!("{BAHRAIN}وقال الوزير إن الجماعات الإرهابية الدولية تهدد المنطقة."));
        assert!(ms.iter().filter(|m| m.text.contains("الإرهابية")).all(|m| m.actor.is_none()), "{ms:?}");
    }
}
