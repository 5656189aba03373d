//! A person named by an unknown name, then a comma and an occupation whose complement
//! names a coded body, works for that body and takes its code (CAMEO codes a member by
//! the body): روث موترام، المتخصصة في مجال الطقس بمعهد الأرصاد الجوية الدنماركي → DNKEDU;
//! فرانك غاردنر، محرر بي بي سي → GBRMED; مايا وانغ، كبيرة الباحثات في منظمة هيومن رايتس
//! ووتش → NGOHRI. `guessed_people` asks for it when no role phrase of its own is apposed.
//!
//! The occupation must be a noun for a kind of person (a role noun for one person, a
//! descriptor of `descriptors.rs`, an occupational participle, or one/the chief of a plural:
//! أحد منظري، كبير محققي), after وهو/وهي or not, and the body the first mention after it
//! within a few words of no punctuation: a body with a role, not a state, a capital or a
//! person (محامي ترامب، مستشار الرئيس are that one's, not members of a body). Role phrases
//! with no name are not touched.

use super::extent::{is_one_of, set, KeySet};
use super::{descriptors, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use std::sync::OnceLock;

/// Occupations that say where a person works (المتخصصة في …، محرر بي بي سي، مؤسس منظمة
/// …), with the article or in construct: no role nouns alone, so only here, between a
/// name's comma and a body.
const OCCUPIED: &[&str] = &[
    "المتخصص", "المتخصصة", "المختص", "المختصة", "العامل", "العاملة", "الموظف", "الموظفة", "المحرر", "المحررة", "المؤسس",
    "الشريك", "الشريكة",
];

/// One of, or the chief of, the people of a plural after it (أحد منظري، كبيرة الباحثات).
const ONE_OF: &[&str] = &["أحد", "إحدى", "احدى", "كبير", "كبيرة"];

/// "He is", "she is" before the occupation (X، وهو محرر في …).
const HE_IS: &[&str] = &["وهو", "وهي"];

/// Prepositions that tie the phrase to something else than a body the person belongs to
/// (أحد ضحاياه أمام المحكمة، الخبير في الشؤون مع وزارة …).
const NOT_MEMBERSHIP: &[&str] = &["أمام", "على", "عن", "مع", "إلى", "الى", "ضد", "حول", "بعد", "قبل", "خلال", "منذ", "بين", "عند", "تجاه"];

/// Most words from the occupation to the body (كبير مذيعي الشؤون السياسية لفوكس نيوز).
const GAP: usize = 6;

/// Is the word at `t` a noun for a kind of person that may head the apposition?
fn occupation_at(cx: &Cx<'_, '_>, matches: &[Match<'_>], t: usize) -> bool {
    static OCC: OnceLock<KeySet> = OnceLock::new();
    let key = cx.keys[t].as_str();
    let occupied = |k: &str| is_one_of(k, set(&OCC, OCCUPIED));
    occupied(key) || !key.starts_with("ال") && occupied(&["ال", key].concat()) || descriptors::person_word(cx, matches, t)
}

/// Is `r` a body whose code a member takes: coded with a role, no state, capital or
/// person, nor people named by a plural (أحد أبرز الممثلين المصريين: one of them, of
/// whatever sense the dictionary gave the plural)?
fn member_body(cx: &Cx<'_, '_>, r: &ActorSpan<'_>) -> bool {
    let body = matches!(r.kind, Kind::Agent | Kind::Group | Kind::Igo | Kind::Metonym);
    let people = r.kind == Kind::Agent && ["ون", "ين"].iter().any(|e| cx.keys[r.tok_start].ends_with(e));
    // A body named by a name no dictionary knows has the story's country by guess (معهد
    // آسان in a story of North Korea), no better than the person's own guess.
    let guessed = r.rule.contains("name+context");
    body && !people && !guessed && r.actor.is_some() && r.role.is_some() && !r.names_one_person()
}

/// The body at `out[i + 1]` that the guessed person `out[i]` works for, by an occupation
/// in comma apposition after the name (see the module docs).
pub(super) fn body_after<'o, 'a>(cx: &Cx<'_, '_>, matches: &[Match<'_>], out: &'o [ActorSpan<'a>], i: usize) -> Option<&'o ActorSpan<'a>> {
    static ONE: OnceLock<KeySet> = OnceLock::new();
    let (p, r) = (&out[i], out.get(i + 1)?);
    if !cx.comma(p.tok_end) || !member_body(cx, r) || cx.sports() {
        return None;
    }
    let mut head = p.tok_end + 1;
    if head < r.tok_start && HE_IS.contains(&cx.keys[head].as_str()) {
        head += 1;
    }
    if head >= r.tok_start || r.tok_start - head > GAP || cx.crosses_paragraph(head, r.tok_start + 1) {
        return None;
    }
    // The next conjunct (، والمدرب في …) is someone else.
    static NOT: OnceLock<KeySet> = OnceLock::new();
    let tied = |t: usize| cx.punct(t).is_some() || is_one_of(&cx.keys[t], set(&NOT, NOT_MEMBERSHIP));
    if cx.keys[head].starts_with('و') && head == p.tok_end + 1 || (head..r.tok_start).any(tied) {
        return None;
    }
    let one_of = is_one_of(&cx.keys[head], set(&ONE, ONE_OF)) && head + 1 < r.tok_start;
    (one_of || occupation_at(cx, matches, head)).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn an_occupation_at_a_coded_body_after_the_comma_codes_the_name() {
        let ms = mentions("وقالت كارين هولم، المتخصصة في علوم المناخ بمعهد الأرصاد الجوية الدنماركي، إن الجليد يذوب. وأضافت هولم أن");
        assert_eq!(code(&ms, "كارين هولم"), Some("DNKEDU"), "{ms:?}");
        assert_eq!(code(&ms, "هولم"), Some("DNKEDU"), "{ms:?}");
        let ms = mentions("وقال بيتر ويلسون، كبير الاقتصاديين في بنك أبوظبي الأول، إن الأسواق تترقب القرار.");
        assert_eq!(code(&ms, "بيتر ويلسون"), Some("AREBUS"), "{ms:?}");
        let ms = mentions("وقال توماس براون، محرر الشؤون الأمنية في بي بي سي، إن الهجوم كان متوقعا.");
        assert_eq!(code(&ms, "توماس براون"), Some("GBRMED"), "{ms:?}");
        let ms = mentions("وقالت كارين هولم، وهي المتخصصة في علوم المناخ بمعهد الأرصاد الجوية الدنماركي، إن الجليد يذوب.");
        assert_eq!(code(&ms, "كارين هولم"), Some("DNKEDU"), "{ms:?}");
    }

    #[test]
    fn no_occupation_or_no_body_leaves_the_guess() {
        // A clause after the comma, not an occupation: the body is the clause's.
        let ms = mentions("وقالت كارين هولم، في مقابلة مع قناة الجزيرة القطرية، إن الجليد يذوب.");
        assert_ne!(code(&ms, "كارين هولم"), Some("QATMED"), "{ms:?}");
        // The next conjunct is someone else, and a victim before a court no member of it.
        let ms = mentions("وحضر الجلسة جون ديفيس، والقاضي في المحكمة العليا البريطانية.");
        assert_ne!(code(&ms, "جون ديفيس"), Some("GBRJUD"), "{ms:?}");
        let ms = mentions("وقال جون ديفيس، أحد ضحاياه أمام المحكمة العليا البريطانية، إنه تعرض للتهديد.");
        assert_ne!(code(&ms, "جون ديفيس"), Some("GBRJUD"), "{ms:?}");
        // A role phrase with no name is untouched.
        let ms = mentions("وقالت المتخصصة في علوم المناخ بمعهد الأرصاد الجوية الدنماركي إن الجليد يذوب.");
        assert!(ms.iter().all(|m| !m.text.starts_with("المتخصصة")), "{ms:?}");
    }
}
