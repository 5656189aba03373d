//! Unnamed sources that no adjective of a body or state placed (the guide: `مصدر مطلع`
//! is a mention). The bare noun مصدر is no actor by itself (مصدر الطاقة، مصدر قلق), but
//! news names its informants three ways the dictionaries' rows do not cover:
//! - by what they know or how near they stand: مصدر مطلع على التحقيق، مصادر مطلعة، مصدر
//!   قريب من الملف، مصادر متطابقة، مصادر متعددة; the complement of knowledge (على/من + the
//!   matter) is inside the span, as the guide's complements are, but a proximity to
//!   another actor splits off (مصدر مقرب من ترامب: the guide's `المقربة من`), and a body
//!   after في (مصدر مطلع في وزارة الدفاع السعودية) is the source's own and gives its code;
//! - as the subject of reporting, right after a verb or frame of speech (وقال مصدر،
//!   أفاد مصدران، بحسب مصادر), uncoded unless a body after في places it (a news agency's
//!   sources are as often another state's people);
//! - once named, again by the definite noun after a verb of speech (وأضاف المصدر) or
//!   with أحد (أحد المصدرين): that source, with its code.
//!
//! The plural مصادر with an adjective of agreement or number takes no ل-complement
//! (مصادر متعددة للدخل is "sources of income"). A count before the noun belongs to it (3
//! مصادر مطلعة).

use super::counted::is_number_word;
use super::extent::{opening_quote, set, KeySet};
use super::{strip_proclitics, ActorSpan, Cx};
use marsad_lexicon::{CueKind, Kind, WordFilter};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The agent row of unnamed sources (agents.tsv), given to the spans found here too.
const SOURCE_ROW: &str = "agent:مصدر";

/// The source noun's forms (keys, without article or proclitics).
const SOURCE_FORMS: &[&str] = &["مصدر", "مصدرا", "مصدران", "مصدرين", "مصادر"];

/// Adjectives of knowledge or trust (مصدر مطلع، مصادر موثوقة، مصدر عليم).
const INFORMED: &[&str] = &[
    "مطلع", "مطلعا", "مطلعة", "مطلعان", "مطلعين", "مطلعون", "عليم", "عليمة", "موثوق", "موثوقة", "موثوقا", "موثوقين",
];

/// Adjectives of nearness, which take من (مصدر قريب من التحقيق، مصادر مقربة من الحكومة).
const NEAR: &[&str] = &[
    "قريب", "قريبا", "قريبة", "قريبان", "قريبين", "قريبون", "مقرب", "مقربا", "مقربة", "مقربان", "مقربين", "مقربون",
];

/// Adjectives of number or agreement on the plural (مصادر متطابقة، مصادر متعددة).
/// (Not مختلفة: "using different sources" is as often of data.)
const MANY: &[&str] = &["متطابقة", "متعددة", "متقاطعة"];

/// Prepositions of the matter a source knows (مطلع على، قريب من، عليم ب).
const MATTER: &[&str] = &["على", "من", "عن"];

/// Words that end a complement: days and times are the clause's, not the matter's.
const NOT_MATTER: &[&str] = &["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اليوم", "الليلة"];

/// "One of" before a source named again (أحد المصدرين).
const ONE_OF: &[&str] = &["أحد", "إحدى", "واحد"];

/// Whether `key` holds مصدر or مصادر. A byte test for مص comes first: `str::contains`
/// costs more than the rare hit saves.
fn names_source(key: &str) -> bool {
    key.as_bytes().windows(MIM_SAD.len()).any(|w| w == MIM_SAD) && (key.contains("مصدر") || key.contains("مصادر"))
}

/// The first two letters of every source noun's form, as bytes.
const MIM_SAD: &[u8] = "مص".as_bytes();

/// Every key [`source_form`] reads, for the lexicon scan's marks (see `cue_words`): a
/// form after up to two of و ف ب ل, with or without the article, or after لل (with و or
/// ف before it or neither). The pass reads only the tokens marked, not every key.
pub(super) fn add_forms(bits: &mut WordFilter) {
    const CLITICS: [&str; 4] = ["و", "ف", "ب", "ل"];
    let runs = std::iter::once(String::new()).chain(CLITICS.map(String::from)).chain(CLITICS.iter().flat_map(|a| CLITICS.map(|b| [*a, b].concat())));
    let runs: Vec<String> = runs.collect();
    for form in SOURCE_FORMS {
        for run in &runs {
            bits.insert(&[run.as_str(), form].concat());
            bits.insert(&[run.as_str(), "ال", form].concat());
        }
        for lead in ["", "و", "ف"] {
            bits.insert(&[lead, "لل", form].concat());
        }
    }
}

/// The source noun's form at `key` (its proclitics set aside) and whether it has the article.
fn source_form(key: &str) -> Option<(&str, bool)> {
    // Every form holds مصدر or مصادر.
    if !names_source(key) {
        return None;
    }
    let (stem, _) = strip_proclitics(key);
    let (bare, definite) = match stem.strip_prefix("ال") {
        Some(rest) => (rest, true),
        None => (stem, false),
    };
    // لل before the article drops its alef (للمصدر، وللمصدر).
    let after_lam_lam = || key.strip_prefix(['و', 'ف']).unwrap_or(key).strip_prefix("لل");
    let (bare, definite) = match after_lam_lam().filter(|_| !definite) {
        Some(rest) => (rest, true),
        None => (bare, definite),
    };
    SOURCE_FORMS.contains(&bare).then_some((bare, definite))
}

fn in_set(cell: &'static OnceLock<KeySet>, words: &[&str], key: &str) -> bool {
    set(cell, words).contains(key)
}

/// Is the token before `t` a verb or frame of speech (قال، أفادت، بحسب)? Not عن after a
/// relaying outlet (نقلت الصحيفة عن مصدرين): the outlet stays the quotation's speaker,
/// the one whose country is known.
fn after_speech(cx: &Cx<'_, '_>, t: usize) -> bool {
    let Some(b) = t.checked_sub(1) else { return false };
    cx.lex.cue(&cx.keys[b]).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Frame | CueKind::Continuation))
}

/// Words after a reporting source (قال مصدر إن، نقلت عن مصادر قولها، قال مصدر في
/// الوزارة): the noun is the whole source. Another word (مصدر ديني) describes it in a way
/// not read here.
const REPORT_NEXT: &[&str] = &["إن", "أن", "بأن", "قوله", "قولها", "قولهم", "قولهما", "أمس", "اليوم", "في"];

/// What a source speaks in after في (قال مصدر في تصريح، في وقت سابق، في اتصال هاتفي).
const OCCASIONS: &[&str] = &["تصريح", "تصريحات", "حديث", "اتصال", "وقت", "مقابلة", "بيان"];

/// The rule of a reporting source that nothing placed: it stays uncoded.
const UNPLACED: &str = "agent+source";

/// Does token `t`, after a source noun, leave the noun a whole source (`REPORT_NEXT`, a
/// ل-word: لرويترز، لوكالة، or the clause's end)?
fn reports_next(cx: &Cx<'_, '_>, t: usize) -> bool {
    static NEXT: OnceLock<KeySet> = OnceLock::new();
    let Some(k) = cx.keys.get(t) else { return true };
    // (Not a quoted name after it: مصادر "سكاي نيوز عربية" are the outlet's.)
    if let Some(p) = cx.punct(t) {
        return !opening_quote(p);
    }
    k.is_empty() || in_set(&NEXT, REPORT_NEXT, k) || k.starts_with('ل') && !k.starts_with("لا")
}

/// The index in `out` of a coded body named after في at token `t`, or at `t` with ب
/// (مصدر مطلع في وزارة الدفاع السعودية، مصدر بالشرطة): the source is one of its people.
/// Not after ل (مصادر لسكاي نيوز عربية، مصدران لرويترز): that outlet is told, and is a
/// mention of its own.
fn own_body(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], t: usize) -> Option<usize> {
    let keys = cx.keys;
    let at = if keys.get(t).is_some_and(|k| k == "في") { t + 1 } else { t };
    let with_bi = |u: usize| keys.get(u).is_some_and(|k| k.starts_with('ب'));
    let j = out.partition_point(|s| s.tok_start < at);
    out.get(j).filter(|s| s.tok_start == at && (at > t || with_bi(at)) && s.kind != Kind::Person && s.actor.is_some()).map(|_| j)
}

/// Where the complement of an informed source ends, from `t` (the token after the
/// adjective); `t` itself when none follows. A complement that another mention begins
/// is that actor's (a nearness splits off; after في the body is the source's: `None`
/// asks the caller to take it in).
fn matter_end(cx: &Cx<'_, '_>, t: usize, covered: &dyn Fn(usize) -> bool) -> usize {
    static MATTERS: OnceLock<KeySet> = OnceLock::new();
    static NOT: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let word = |u: usize| u < keys.len() && cx.punct_token(u).is_none() && !keys[u].is_empty() && !covered(u);
    if !(word(t) && in_set(&MATTERS, MATTER, &keys[t]) && word(t + 1) && keys[t + 1].starts_with("ال")) {
        return t;
    }
    if in_set(&NOT, NOT_MATTER, &keys[t + 1]) {
        return t;
    }
    let mut end = t + 2;
    // Definite adjectives after the matter (على التحقيقات الجارية).
    while word(end) && keys[end].starts_with("ال") && !in_set(&NOT, NOT_MATTER, &keys[end]) && adjective_like(&keys[end]) {
        end += 1;
    }
    end
}

/// Does `key` end as an adjective does (الجارية، السعودي، الأمنيين)?
fn adjective_like(key: &str) -> bool {
    ["يه", "ي", "يين", "يون", "ين"].iter().any(|e| key.ends_with(e))
}

/// Find the unnamed sources of the module comment in `out` (in document order).
pub(super) fn find<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    static INF: OnceLock<KeySet> = OnceLock::new();
    static NEA: OnceLock<KeySet> = OnceLock::new();
    static MAN: OnceLock<KeySet> = OnceLock::new();
    static ONE: OnceLock<KeySet> = OnceLock::new();
    static OCC: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    // The tokens that are a source noun's form: the scan marked every one among the cue
    // words (`add_forms`), so no other key is read.
    let candidates: Vec<usize> = cx.cues.iter().copied().filter(|&t| source_form(&keys[t]).is_some()).collect();
    // A source already found is widened only in a text whose keys name a source, as when
    // every key was asked first: a form found above is one such key, and with no span of
    // the dictionary's source row `widen_placed` changes nothing, so the keys are walked
    // again only when there is one and no form.
    let named = !candidates.is_empty() || out.iter().any(is_source) && keys.iter().any(|k| names_source(k));
    if !named {
        return;
    }
    widen_placed(cx, out);
    // The first token not yet read (a span found moves it past its end).
    let mut t = 0;
    for &here in &candidates {
        if here < t {
            continue;
        }
        t = here + 1;
        let Some((form, definite)) = source_form(&keys[here]) else { continue };
        let next = here + 1;
        let at = out.partition_point(|s| s.tok_end <= here);
        // The bare noun before في waits there for a body (`needs_institution`): it is
        // read here instead, and replaced.
        let waiting = match out.get(at).filter(|s| s.tok_start <= here) {
            None => false,
            Some(s) if s.needs_institution && s.tok_start == here && s.tok_end == next => true,
            Some(_) => continue,
        };
        let covered = |u: usize| {
            let j = out.partition_point(|s| s.tok_end <= u);
            out.get(j).is_some_and(|s| s.tok_start <= u)
        };
        let next_key = keys.get(next).filter(|_| cx.punct_token(next).is_none() && !covered(next)).map(String::as_str).unwrap_or("");
        // The adjective agrees in definiteness (المصدر المطلع).
        let next_key = if definite { next_key.strip_prefix("ال").unwrap_or("") } else { next_key };
        // Coded later as the dictionary's sources are (`alone = local`): the story's
        // country, or the state of the scene (`source_scene`).
        let mut span = ActorSpan::new(here, next, Kind::Agent, Cow::Borrowed("agent+local"));
        span.agent_id = Some(SOURCE_ROW);
        span.definite = definite;
        let informed = in_set(&INF, INFORMED, next_key);
        let near = in_set(&NEA, NEAR, next_key);
        let many = form == "مصادر" && in_set(&MAN, MANY, next_key);
        let mut body = None;
        if informed || near || many {
            if many && keys.get(next + 1).is_some_and(|k| k.starts_with('ل')) {
                continue;
            }
            let after = next + 1;
            // A nearness in construct (مصدر قريب الصلة من) is a longer phrase not read here.
            if near && keys.get(after).is_some_and(|k| k.starts_with("ال")) {
                continue;
            }
            body = own_body(cx, out, after).filter(|_| !near);
            span.tok_end = if body.is_some() { after } else { matter_end(cx, after, &covered) };
        } else if !definite && after_speech(cx, here) && reports_next(cx, next) {
            // A source reporting: the noun, and a body after في. Nothing but a body
            // places it: a news agency's sources are as often another state's people.
            body = own_body(cx, out, next);
            if body.is_none() && keys.get(next).is_some_and(|k| k == "في") && !keys.get(next + 1).is_some_and(|k| in_set(&OCC, OCCASIONS, k)) {
                continue;
            }
            span.rule = Cow::Borrowed(UNPLACED);
        } else if definite && (after_speech(cx, here) || here > 0 && in_set(&ONE, ONE_OF, &keys[here - 1])) {
            // The source named again: the nearest one before, with its code.
            let Some(earlier) = out[..at].iter().rev().find(|s| s.agent_id.is_some_and(|id| id.starts_with(SOURCE_ROW))) else { continue };
            span.actor.clone_from(&earlier.actor);
            span.country.clone_from(&earlier.country);
            span.role.clone_from(&earlier.role);
            span.rule = if span.actor.is_some() { Cow::Borrowed("agent+source-again") } else { earlier.rule.clone() };
        } else {
            continue;
        }
        // A count or "one of" before the noun belongs to it (3 مصادر مطلعة، أحد المصدرين).
        if here > 0 && !covered(here - 1) && cx.punct_token(here - 1).is_none() {
            let before = &keys[here - 1];
            let count = before.bytes().all(|b| b.is_ascii_digit()) && !before.is_empty() || is_number_word(before);
            if count || in_set(&ONE, ONE_OF, before) {
                span.tok_start = here - 1;
            }
        }
        // The body is taken in: its code is the source's.
        if let Some(j) = body {
            let b = out.remove(j);
            span.tok_end = b.tok_end;
            span.rule = Cow::Borrowed("agent+source-body");
            span.actor = b.actor;
            span.country = b.country;
            span.role = b.role;
        }
        if waiting {
            out.remove(at);
        }
        t = span.tok_end;
        out.insert(at, span);
    }
}

/// Is `s` a mention of the dictionary's source row (مصدر سعودي، مصادر أمنية)?
fn is_source(s: &ActorSpan<'_>) -> bool {
    s.agent_id.is_some_and(|id| id.starts_with(SOURCE_ROW)) && s.kind == Kind::Agent
}

/// A source a nisba or body already placed (مصدر سعودي، مصادر أمنية) takes in an
/// adjective of knowledge and its matter after it (مصدر أمني مطلع على التحقيق).
fn widen_placed(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    static INF: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    for i in 0..out.len() {
        let s = &out[i];
        let end = s.tok_end;
        let source = is_source(s);
        let free = out.get(i + 1).is_none_or(|n| n.tok_start > end);
        if !source || !free || end >= keys.len() || !in_set(&INF, INFORMED, &keys[end]) {
            continue;
        }
        let limit = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        let covered = |u: usize| u >= limit;
        let new_end = matter_end(cx, end + 1, &covered);
        out[i].tok_end = new_end;
    }
}

#[cfg(test)]
mod tests {
    use super::{source_form, SOURCE_FORMS};
    use crate::mentions::cue_words;
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn every_source_form_read_is_marked_by_the_scan() {
        let heads = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "لل", "ولل", "فلل", "بال", "ال", "وال", "كال", "x", "xلل", "ببال", "للال"];
        let tails = ["", "ه", "ها", "هم", "ي", "ات", "ون"];
        let mut read = 0;
        for form in SOURCE_FORMS {
            for head in heads {
                for tail in tails {
                    let key = [head, form, tail].concat();
                    if source_form(&key).is_some() {
                        read += 1;
                        assert!(cue_words().may_contain(&key), "{key}");
                    }
                }
            }
        }
        // Every head but the three the reading refuses (x, xلل, كال), with no tail.
        assert_eq!(read, SOURCE_FORMS.len() * (heads.len() - 3));
        assert_eq!(source_form("وللمصادر"), Some(("مصادر", true)));
        assert_eq!(source_form("مصدرها"), None);
    }

    #[test]
    fn an_informed_source_and_its_matter_are_one_mention() {
        let ms = mentions("وقال مصدر مطلع على المفاوضات الجارية إن الوفدين اتفقا على تبادل الأسرى.");
        assert!(ms.iter().any(|m| m.text == "مصدر مطلع على المفاوضات الجارية"), "{ms:?}");
        let ms = mentions("وأكد مصدر قريب من الملف أن المحكمة ستنظر في القضية الأسبوع المقبل.");
        assert!(ms.iter().any(|m| m.text == "مصدر قريب من الملف"), "{ms:?}");
        let ms = mentions("وذكرت مصادر متطابقة أن المسلحين انسحبوا من البلدة، فيما تحدثت 3 مصادر مطلعة عن اتفاق.");
        assert!(ms.iter().any(|m| m.text == "مصادر متطابقة"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "3 مصادر مطلعة"), "{ms:?}");
    }

    #[test]
    fn an_informed_source_in_a_body_is_one_of_its_people() {
        let ms = mentions("وقال مصدر مطلع في وزارة الدفاع العراقية إن القوات استعادت السيطرة على القرية.");
        assert_eq!(code(&ms, "مصدر مطلع في وزارة الدفاع العراقية"), Some("IRQMIL"), "{ms:?}");
    }

    #[test]
    fn a_source_near_an_actor_splits_from_it() {
        let ms = mentions("وقالت مصادر مقربة من الرئيس الأمريكي دونالد ترامب إنه سيزور لندن.");
        assert!(ms.iter().any(|m| m.text == "مصادر مقربة"), "{ms:?}");
        assert_eq!(code(&ms, "الرئيس الأمريكي دونالد ترامب"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn a_source_that_reports_and_is_named_again() {
        let ms = mentions("وقال مصدران لوكالة رويترز إن الاتفاق وشيك. وقال أحد المصدرين إن التوقيع سيتم غدا.");
        assert!(ms.iter().any(|m| m.text == "مصدران"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "أحد المصدرين"), "{ms:?}");
        let ms = mentions("وقال مصدر عسكري سوري إن الجيش تقدم في ريف حماة. وأضاف المصدر أن المعارك مستمرة.");
        assert_eq!(code(&ms, "المصدر"), Some("SYRMIL"), "{ms:?}");
        let ms = mentions("وأفادت مصادر لوكالة رويترز بأن القمة ستعقد في سنغافورة.");
        assert!(ms.iter().any(|m| m.text == "مصادر"), "{ms:?}");
        // A source described otherwise is not read (مصدر ديني): no partial span.
        let ms = mentions("وقال مصدر ديني في البلدة إن المسلحين انسحبوا.");
        assert!(ms.iter().all(|m| m.text != "مصدر"), "{ms:?}");
        // Not a source: a cause, a source of energy, sources of income.
        let ms = mentions("وهذا مصدر قلق للعراق، وتبحث الحكومة عن مصادر متعددة للدخل ومصدر الطاقة.");
        assert!(ms.iter().all(|m| !m.text.contains("مصدر") && !m.text.contains("مصادر")), "{ms:?}");
    }
}
