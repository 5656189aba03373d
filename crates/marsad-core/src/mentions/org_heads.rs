//! Bodies no dictionary knows, named by a head noun in construct with definite words:
//! هيئة الانتخابات، لجنة التحقيق الدولية، شركة النفط الوطنية، هيئة الإذاعة والتلفزيون.
//! The head noun (agents.tsv: هيئة، لجنة، شركة …, see [`HEADS`]) is singular and without
//! the article; up to three definite words follow (a second one may be joined by و), then
//! perhaps a nisba (its state) and a complement with لل (هيئة أبوظبي للسياحة is not
//! read: a place in construct is the composition's). The role is the head noun's, or a
//! sector's that a word of the name shows (الإذاعة → MED); the state a nisba's, else the
//! story's (`agent+org-head`, `+state` or `+context:STATE`), so that the bare noun later
//! (الهيئة، اللجنة) refers back to it through the group anaphors.
//!
//! Proper names after the head are `org_names.rs`'s; here the words are common nouns,
//! so the heads are only those whose construct with a definite noun names a body far more
//! often than anything else (not مركز "centre, rank", مجموعة "collection", إدارة
//! "management").

use super::org_names::body_slot;
use super::{actor_of, is_stop, is_verb_word, nationality, replace_absorbed, story_state, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use marsad_text::normalize::has_chars;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Head nouns (agents.tsv ids without `agent:`) that name a body before definite words.
/// (Not منظمة: the organisations it heads are international, and those the dictionaries
/// do not know are mostly theirs cut short: منظمة التجارة، منظمة العفو.)
pub(super) const HEADS: &[&str] = &["هيئة", "لجنة", "شركة", "جمعية", "نقابة", "محكمة", "مستشفى", "معهد", "جامعة"];

/// Heads that name a body only in a list of names, right after a person named and a
/// comma (صنفت … فلان، مجموعة الإنماء، وشركة …): elsewhere مجموعة is as often a
/// collection, a bloc of states or a faction.
const LISTED_HEADS: &[&str] = &["مجموعة"];

/// Most definite words read after the head noun (before a nisba or a complement).
const NAME_WORDS: usize = 3;

/// Definite words that end a body's name rather than continue it: relatives, time words,
/// ordinals and quantifiers (لجنة التي، شركة الأولى), as keys.
const NOT_NAME_WORDS: &[&str] = &[
    "التي", "الذي", "الذين", "اللتين", "اللذين", "اليوم", "الان", "الاول", "الاولي", "الاولى", "الثاني", "الثانيه", "الثالث", "الثالثه", "الاخير", "الاخيره",
    "الاخري", "الاخرى", "الاخر", "الجديد", "الجديده", "الحالي", "الحاليه", "السابق", "السابقه", "المقبل", "المقبله", "الماضي", "الكل", "البعض", "المذكور",
    "المذكوره", "نفسها", "ذاتها", "الموجود", "الموجوده", "المولفه", "المكونه", "المكلف", "المكلفه", "المعني", "المعنيه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
];

/// "Belonging to": the body's parent comes after these, and the body is the parent's to
/// code (هيئة البورد التابعة للاتحاد الدولي), not this rule's.
const PARENT_WORDS: &[&str] = &["التابع", "التابعه"];

/// Words that make a body international, not the story's country's (لجنة الخبراء
/// الدولية، محكمة التحكيم الدائمة is one too, but is not told by its words).
const INTERNATIONAL: &[&str] = &["الدولي", "الدوليه", "العالمي", "العالميه", "الاممي", "الامميه"];

/// Nouns before a head noun in construct that make the phrase no body: a prize of the
/// jury (جائزة لجنة التحكيم), a member or the affairs of a staff (عضو هيئة التدريس).
const NOT_BODY_BEFORE: &[&str] = &["جائزه", "بجائزه", "وجائزه", "عضو", "وعضو", "اعضاء", "واعضاء", "شوون"];

/// Words of a name that show the body's sector, and that sector's role: a commission of
/// broadcasting is the press's, one of health a health body's (keys, with the article).
const SECTORS: &[(&str, &str)] = &[
    ("الاذاعه", "MED"),
    ("التلفزيون", "MED"),
    ("الاعلام", "MED"),
    ("الانباء", "MED"),
    ("الصحافه", "MED"),
    ("الصحه", "HLH"),
    ("الصحيه", "HLH"),
    ("الطبيه", "HLH"),
    ("الشرطه", "COP"),
    ("المباحث", "COP"),
    ("المحلفين", "JUD"),
    ("الدراسات", "EDU"),
    ("البحوث", "EDU"),
    ("الابحاث", "EDU"),
];

/// The role a sector word among `words` shows (keys, perhaps after و, or after ل or ب
/// with the article: للإعلام، بالصحة).
pub(super) fn sector_role<'k>(mut words: impl Iterator<Item = &'k str>) -> Option<&'static str> {
    words.find_map(|k| {
        let k = k.strip_prefix('و').unwrap_or(k);
        let bare = k.strip_prefix("لل").or_else(|| k.strip_prefix("بال"));
        SECTORS.iter().find(|(w, _)| match bare {
            Some(rest) => w.strip_prefix("ال") == Some(rest),
            None => *w == k,
        })
    })
    .map(|&(_, r)| r)
}

/// Is token `t` a definite word that may continue a body's name (`joined`: after the
/// first, و before it is allowed)? The article must be written ال: a foreign name that
/// begins with أل keys the same (جامعة ألبورغ).
fn name_word(cx: &Cx<'_, '_>, t: usize, joined: bool) -> bool {
    let key = cx.keys[t].as_str();
    let key = if joined { key.strip_prefix('و').unwrap_or(key) } else { key };
    let article_written = cx.doc.is_none_or(|d| {
        let word = &d.text[d.tokens[t].start..d.tokens[t].end];
        let word = if joined { word.strip_prefix('و').unwrap_or(word) } else { word };
        word.starts_with("ال")
    });
    key.strip_prefix("ال").is_some_and(|rest| has_chars(rest, 3))
        && article_written
        && !NOT_NAME_WORDS.contains(&key)
        && !PARENT_WORDS.contains(&key)
        && !is_stop(key)
        && !is_verb_word(cx, key)
}

/// The head noun of match `m` when it is one of [`HEADS`] or [`LISTED_HEADS`], one word, singular and
/// without the article (perhaps after و ف ب ل: لهيئة، وشركة).
fn head<'a>(cx: &Cx<'a, '_>, i: usize, m: &Match<'_>) -> Option<&'a marsad_lexicon::Entry> {
    // The heads' keys, made once (not a string per match).
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    if m.article | (m.end != m.start + 1) {
        return None;
    }
    let e = cx.entry(i).filter(|e| e.kind == Kind::Agent)?;
    let noun = e.id.strip_prefix("agent:")?;
    let at = HEADS.iter().chain(LISTED_HEADS).position(|&h| h == noun)?;
    let key = &KEYS.get_or_init(|| HEADS.iter().chain(LISTED_HEADS).map(|h| marsad_text::normalize::key(h)).collect())[at];
    let pre = cx.keys[m.start].strip_suffix(key.as_str())?;
    (pre.chars().count() <= 2 && pre.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل'))).then_some(e)
}

/// Name the bodies of head nouns followed by definite words (see the module docs). A
/// head noun is taken when no mention holds it or a bare uncoded one of the noun alone
/// A state named right after في, after a body's name ending at `name_end`, is the body's
/// (هيئة الآثار في إسرائيل; part of the phrase, as in the composition's وزارة الصحة في
/// غزة): the mention `out[k]`, if it is that state, gives its code and ISO3 and its end.
pub(super) fn state_after_fi<'a>(cx: &Cx<'a, '_>, out: &[ActorSpan<'_>], k: usize, name_end: usize) -> Option<((&'a str, &'a str), usize)> {
    if name_end + 1 >= cx.keys.len() || cx.keys[name_end] != "في" {
        return None;
    }
    let s = out.get(k).filter(|s| s.tok_start == name_end + 1 && s.kind == Kind::State)?;
    let st = cx.lex.state(s.entity_id?)?;
    Some(((st.code.as_str(), st.iso3.as_str()), s.tok_end))
}

/// Is the head at token `start` listed right after a person's name: a comma between them,
/// and the mention `out[at - 1]` before it a person?
fn after_listed_person(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], at: usize, start: usize) -> bool {
    let person = |p: &ActorSpan<'_>| matches!(p.kind, Kind::Person | Kind::PersonShort) || p.rule.starts_with("unknown-name");
    start > 0 && cx.comma(start - 1) && at.checked_sub(1).is_some_and(|p| out[p].tok_end + 1 == start && person(&out[p]))
}

/// Code the body `span` with `role` in its state: `given` (a nisba's, or one named after
/// في: `+state`), else the story's (`+context:STATE`), looked up once per document into
/// `story`; with neither it stays uncoded.
pub(super) fn code_in_its_state<'a>(
    cx: &Cx<'a, '_>,
    out: &[ActorSpan<'_>],
    story: &mut Option<Option<(&'a str, &'a str)>>,
    given: Option<(&'a str, &'a str)>,
    role: &str,
    span: &mut ActorSpan<'a>,
) {
    let placed = given.or_else(|| *story.get_or_insert_with(|| story_state(cx, out)));
    if let Some((state_code, iso)) = placed {
        span.actor = Some(actor_of(cx.lex, state_code, role));
        span.country = Some(Cow::Borrowed(iso));
        if given.is_some() {
            span.extend_rule(&["+state"]);
        } else {
            span.extend_rule(&["+context:", state_code]);
        }
    }
}

/// does; the name ends before the next mention or match that is no nisba.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    let mut story: Option<Option<(&'a str, &'a str)>> = None;
    // State mentions read into a body's name as its nisba (indices into `out`).
    let mut absorbed: Vec<usize> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let Some(e) = head(cx, i, m) else { continue };
        // A sports report's committees and bodies are mostly of federations across states.
        if cx.sports() {
            return;
        }
        if m.start > 0 && NOT_BODY_BEFORE.contains(&keys[m.start - 1].as_str()) {
            continue;
        }
        let Some((at, replaces)) = body_slot(out, m.start, m.end) else { continue };
        if e.id.strip_prefix("agent:").is_some_and(|n| LISTED_HEADS.contains(&n)) && !after_listed_person(cx, out, at, m.start) {
            continue;
        }
        let next_mention = out.get(at + usize::from(replaces)).map_or(keys.len(), |s| s.tok_start);
        let next_match = ms.get(i + 1).map_or(keys.len(), |n| n.start);
        let limit = next_mention.min(keys.len());
        // Definite words, none a match of the dictionaries.
        let mut end = m.end;
        while end < limit && end < next_match.max(m.end) && end - m.end < NAME_WORDS && name_word(cx, end, end > m.end) && !cx.crosses_paragraph(m.start, end + 1) {
            end += 1;
        }
        // An international body, a parent named after it, or a quoted name after it (شركة
        // السيارات الكهربائية "تسلا": the quoted name is the company) is not read here.
        let international = keys[m.end..end].iter().any(|k| INTERNATIONAL.contains(&k.as_str()));
        let goes_on = keys.get(end).is_some_and(|k| PARENT_WORDS.contains(&k.as_str()))
            || cx.punct(end).is_some_and(super::extent::opening_quote);
        if end == m.end || international || goes_on {
            continue;
        }
        let mut state = None;
        // A nisba the scan read as a state's name (السعودية) ends the name as its state.
        let mut state_mention = None;
        if end == next_mention && end < keys.len() && matches!(&out[at + usize::from(replaces)], s if s.tok_end == end + 1 && s.kind == Kind::State) {
            state = nationality(cx, end);
            state_mention = state.map(|_| at + usize::from(replaces));
        } else if end == next_mention {
            continue;
        }
        if end < limit && end == next_match {
            // A nisba after the name gives the state; any other match ends it.
            state = nationality(cx, end);
            if state.is_none() && ms[i + 1].end > end {
                continue;
            }
        }
        let mut span_end = end + usize::from(state.is_some());
        let role = sector_role(keys[m.end..end].iter().map(|k| k.as_str()))
            .or_else(|| e.role.as_deref().and_then(|r| r.get(..3)))
            .unwrap_or("");
        // A complement with لل right after (لجنة الشؤون الخارجية للبرلمان is not one:
        // only a word no mention holds).
        if span_end < limit && keys[span_end].starts_with("لل") && has_chars(&keys[span_end], 5) && ms.get(i + 1 + usize::from(state.is_some())).is_none_or(|n| n.start > span_end) {
            span_end += 1;
        }
        let mut span = ActorSpan::new(m.start, span_end, Kind::Agent, Cow::Borrowed("agent+org-head"));
        span.agent_id = Some(&e.id);
        span.entity = Some(keys[m.start..end].join(" ").into());
        span.prepositional = m.prep;
        let state_after = at + usize::from(replaces) + usize::from(state_mention.is_some());
        let in_state = state_after_fi(cx, out, state_after, span_end).map(|(st, state_end)| {
            span_end = state_end;
            absorbed.push(state_after);
            st
        });
        span.tok_end = span_end;
        code_in_its_state(cx, out, &mut story, state.or(in_state), role, &mut span);
        span.role = (!role.is_empty()).then_some(Cow::Borrowed(role));
        if let Some(k) = state_mention {
            absorbed.push(k);
        }
        if replaces {
            out[at] = span;
        } else {
            added.push(span);
        }
    }
    replace_absorbed(out, &absorbed, added);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_head_noun_before_definite_words_is_a_body_of_the_story() {
        let text = "قررت الحكومة التركية إجراء الانتخابات في أنقرة. وقالت هيئة الانتخابات إن النتائج صحيحة في تركيا. وأضافت الهيئة أن التصويت انتهى.";
        let ms = mentions(text);
        assert_eq!(code(&ms, "هيئة الانتخابات"), Some("TURGOV"), "{ms:?}");
        assert_eq!(code(&ms, "الهيئة"), Some("TURGOV"), "{ms:?}");
        // A word of the name gives the sector; a nisba after it the state.
        let ms = mentions("وقالت هيئة الإذاعة والتلفزيون التركية إن البث توقف");
        assert_eq!(code(&ms, "هيئة الإذاعة والتلفزيون التركية"), Some("TURMED"), "{ms:?}");
        let ms = mentions("وأعلنت شركة النفط الكويتية زيادة الإنتاج");
        assert_eq!(code(&ms, "شركة النفط الكويتية"), Some("KWTBUS"), "{ms:?}");
    }

    #[test]
    fn a_group_listed_after_a_person_is_a_business_of_the_list() {
        let text = "وأعلنت الولايات المتحدة عقوبات على حسن نصر الله، مجموعة الأمانة، وشركة الأمانة للتجارة.";
        let ms = mentions(text);
        assert_eq!(code(&ms, "مجموعة الأمانة"), Some("LBNBUS"), "{ms:?}");
        assert_eq!(code(&ms, "وشركة الأمانة للتجارة"), Some("LBNBUS"), "{ms:?}");
        // Elsewhere a group of definite words is no body of this rule.
        let ms = mentions("وقالت مجموعة الدول الصناعية إن النمو تباطأ.");
        assert!(ms.iter().all(|m| !m.rule.starts_with("agent+org-head")), "{ms:?}");
    }

    #[test]
    fn a_state_after_fi_is_the_bodys_and_the_bare_noun_before_fi_refers_back() {
        let ms = mentions("وقالت هيئة الآثار في إسرائيل إن الصخرة سقطت. وأضافت الهيئة في بيان أن الأمر خطير.");
        assert_eq!(code(&ms, "هيئة الآثار في إسرائيل"), Some("ISRGOV"), "{ms:?}");
        // (الهيئة is no actor alone, but is one once it refers back.)
        assert_eq!(code(&ms, "الهيئة"), Some("ISRGOV"), "{ms:?}");
    }

    #[test]
    fn a_head_noun_before_no_definite_name_word_is_no_body() {
        // A relative, an indefinite word, an article on the head itself, or a place in
        // construct (the composition's) make no body of this rule.
        for text in ["وقالت اللجنة التي شكلها البرلمان", "وقالت لجنة تحقيق إن", "وقالت اللجنة الانتخابية إن", "وقالت هيئة الأمم المتحدة إن"] {
            let ms = mentions(text);
            assert!(ms.iter().all(|m| !m.rule.starts_with("agent+org-head")), "{text}: {ms:?}");
        }
        // Nor a prize of a jury, a foreign name written أل (جامعة ألبورغ), a time word, an
        // international body, a body named by its parent or by a quoted name after it.
        for text in [
            "وفاز فيلمه بجائزة لجنة التحكيم في مصر",
            "وقال الباحث من جامعة ألبورغ إن",
            "وقالت لجنة الخميس إن",
            "وقالت لجنة الخبراء الدولية في مصر إن",
            "وقالت هيئة البورد التابعة للاتحاد إن",
            "وقال مؤسس شركة السيارات الكهربائية \"تسلا\" إن",
        ] {
            let ms = mentions(text);
            assert!(ms.iter().all(|m| !m.rule.starts_with("agent+org-head")), "{text}: {ms:?}");
        }
    }
}
