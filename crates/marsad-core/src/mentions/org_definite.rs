//! Bodies no dictionary knows, named by a definite head noun, adjectives and a complement
//! with لـ, the usual shape of an institution's name: الهيئة الوطنية للخدمات الصحية، المركز
//! الفلسطيني للإعلام، اللجنة الخاصة بالحريات الفردية والمساواة. The head is one of
//! `org_heads.rs`'s (هيئة، لجنة، شركة …, whose role it gives), or مركز, which names a body
//! only with a sector word (الإعلام → MED) to give its role. One to three definite
//! adjectives follow (a nisba among them gives the state), then the complement: ل + a noun
//! and up to three definite words (بـ after الخاصة "concerned with"). The state is a
//! nisba's, a state's after في, or the story's (`agent+org-definite`, `+state` or
//! `+context:STATE`); not an international or pan-national body (الدولية، العربية), nor in
//! sports reports, where المركز الثالث is a league's place.
//!
//! Without the adjective, a definite head and a complement (اللجنة لـ، الهيئة للرياضة) is
//! as often a phrase about the body as its name; without the complement, the head and a
//! nisba is the composition's (الهيئة القضائية الإيرانية).

use super::noun_forms;
use super::org_heads::{code_in_its_state, sector_role, state_after_fi, HEADS};
use super::{is_stop, is_verb_word, nationality, replace_absorbed, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use marsad_text::normalize::has_chars;
use std::borrow::Cow;

/// Head nouns that are no dictionary's agent, so named only with a sector word (keys).
const SECTOR_HEADS: &[&str] = &["مركز"];

/// Most adjectives between the head and the complement, and words of the complement
/// after its first.
const ADJECTIVES: usize = 3;
const COMPLEMENT_WORDS: usize = 3;

/// Definite words that are no adjective of a name nor a word of its complement: ordinals,
/// time words and days, quantifiers and relatives (المركز الثالث لـ، اللجنة نفسها، الهيئة
/// العليا للانتخابات الأربعاء), as keys.
pub(super) const NOT_ADJECTIVES: &[&str] = &[
    "التي", "الذي", "الذين", "الاول", "الاولي", "الاولى", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس", "الخامسه",
    "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه", "العاشر", "العاشره", "الاخير", "الاخيره", "الاخري", "الاخرى",
    "الاخر", "الجديد", "الجديده", "الحالي", "الحاليه", "السابق", "السابقه", "المقبل", "المقبله", "الماضي", "الكل", "البعض", "المذكور", "المذكوره",
    "نفسها", "ذاتها", "نفسه", "ذاته", "الاكبر", "الاعلي", "الاعلى", "الاقل", "العملاق", "العملاقه", "الكبري", "الكبرى", "الكبيره", "الكبير",
    "الشهير", "الشهيره", "التابع", "التابعه", "اليوم", "الان", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
];

/// Adjectives in الم that are no participle: a participle (الشركة المصنعة للمعدات، الهيئة
/// القابلة للاستثمار) begins a clause about the body, not its name; these and the words
/// of [`WITH_BI`] do name one (keys).
const M_ADJECTIVES: &[&str] = &["المركزي", "المركزيه", "الملكي", "الملكيه", "المستقل", "المستقله", "المحلي", "المحليه"];

/// Words after ل that are no noun of a complement: demonstratives (لهذه الأجهزة).
const NOT_COMPLEMENTS: &[&str] = &["هذه", "هذا", "ذلك", "تلك", "هولاء", "هاولاء"];

/// Adjectives after which the complement takes بـ: "concerned with", "charged with"
/// (اللجنة الخاصة بالحريات، الهيئة المكلفة بالتحقيق).
const WITH_BI: &[&str] = &["الخاصه", "المعنيه", "المعني", "المكلفه", "المكلف", "المختصه", "المختص"];

/// Words that make a body international or of a nation across states, no one state's.
const NOT_ONE_STATE: &[&str] = &[
    "الدولي", "الدوليه", "العالمي", "العالميه", "الاممي", "الامميه", "العربي", "العربيه", "الاسلامي", "الاسلاميه", "الاوروبي", "الاوروبيه",
    "الافريقي", "الافريقيه", "الاسيوي", "الاسيويه", "الخليجي", "الخليجيه", "الاقليمي", "الاقليميه", "المشترك", "المشتركه",
];

/// Is token `t` a definite word that may be an adjective of the name (the article written,
/// not a function word, verb or any of [`NOT_ADJECTIVES`])?
fn adjective(cx: &Cx<'_, '_>, t: usize) -> bool {
    let key = cx.keys[t].as_str();
    let participle = key.starts_with("الم") && !M_ADJECTIVES.contains(&key) && !WITH_BI.contains(&key) && nationality(cx, t).is_none();
    key.strip_prefix("ال").is_some_and(|rest| has_chars(rest, 3)) && !participle && !NOT_ADJECTIVES.contains(&key) && !is_stop(key) && !is_verb_word(cx, key)
}

/// Is token `t` the first word of a complement: ل + a noun (للإعلام، لبيانات الثلوج، لحقوق
/// الإنسان), or بـ + a noun after an adjective of [`WITH_BI`]? The noun has the article
/// or is in construct with a definite word (not لمحت إلى، لتحسين أداء, whose end is not
/// told); it is no function word, no demonstrative, and no body the phrase belongs to
/// (الجمعية العمومية للاتحاد: the federation's).
fn complement_start(cx: &Cx<'_, '_>, t: usize, with_bi: bool) -> bool {
    let keys = cx.keys;
    let key = keys[t].as_str();
    let Some(rest) = key.strip_prefix('ل').or_else(|| key.strip_prefix('ب').filter(|_| with_bi)) else { return false };
    let definite = rest.starts_with('ل') || rest.starts_with("ال");
    let construct = || keys.get(t + 1).is_some_and(|k| k.strip_prefix("ال").is_some_and(|r| has_chars(r, 3)) && !is_stop(k));
    let body = || super::group_noun_forms().definite_of(key).is_some();
    has_chars(rest, 3) && !NOT_COMPLEMENTS.contains(&rest) && !is_stop(key) && !is_verb_word(cx, key) && (definite || construct()) && !body()
}

/// The keys of [`HEADS`] (ة written ه, as keys fold it), for the singular test.
fn head_keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| HEADS.iter().map(|h| marsad_text::normalize::key(h)).collect())
}

/// The matches that may end a name where they begin: anything but a role noun for no
/// one person (الإعلام، الصحة are the complement's words) or a nisba.
fn foreign_match(cx: &Cx<'_, '_>, ms: &[Match<'_>], k: usize) -> bool {
    cx.entry(k).is_some_and(|e| match e.kind {
        Kind::Agent => e.singular_person || ms[k].end > ms[k].start + 1,
        Kind::Nisba | Kind::Demonym => false,
        _ => true,
    })
}

/// Name the bodies of definite head nouns, adjectives and a complement (see the module
/// docs). The spans inside are replaced: a bare head noun, one-word role nouns of the
/// complement (للإعلام), a nisba read as its state (السعودية).
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    let mut story: Option<Option<(&'a str, &'a str)>> = None;
    // Spans of `out` read into a body (indices).
    let mut absorbed: Vec<usize> = Vec::new();
    // The head token last read, so that a head found from two matches is read once.
    let mut last_head = usize::MAX;
    let mut next_match = 0;
    for (i, m) in ms.iter().enumerate() {
        // A listed head noun with the article (الهيئة، للجنة), or a sector head one or two
        // words before a match (المركز الفلسطيني، المركز القومي الأمريكي).
        let listed = cx
            .entry(i)
            .filter(|e| (e.kind == Kind::Agent) & m.article & (m.end == m.start + 1))
            .and_then(|e| {
                let noun = e.id.strip_prefix("agent:")?;
                Some((HEADS.iter().position(|&h| h == noun)?, e))
            })
            // The singular: a plural (الشركات المصنعة، اللجان الفرعية) is a class of bodies.
            .filter(|&(k, _)| noun_forms::is_definite(&keys[m.start], &head_keys()[k]));
        let (head_tok, head_role, agent_id) = if let Some((_, e)) = listed {
            (m.start, e.role.as_deref().and_then(|r| r.get(..3)), Some(e.id.as_str()))
        } else {
            let sector_head = |t: usize| SECTOR_HEADS.iter().any(|n| noun_forms::is_definite(&keys[t], n));
            let Some(t) = (1..=2).filter_map(|back| m.start.checked_sub(back)).find(|&t| sector_head(t)) else { continue };
            (t, None, None)
        };
        if last_head != usize::MAX && head_tok <= last_head {
            continue;
        }
        last_head = head_tok;
        if cx.sports() {
            return;
        }
        while next_match < ms.len() && ms[next_match].start <= head_tok {
            next_match += 1;
        }
        let match_at = |t: usize| ms[next_match..].iter().position(|n| n.start == t).map(|k| k + next_match);
        // Adjectives (a nisba among them), then the complement.
        let mut t = head_tok + 1;
        let mut state = None;
        while t < keys.len() && t - head_tok <= ADJECTIVES && adjective(cx, t) && !cx.crosses_paragraph(head_tok, t + 1) {
            if let Some(k) = match_at(t) {
                if foreign_match(cx, ms, k) {
                    break;
                }
            }
            if let Some(st) = nationality(cx, t) {
                if state.is_some_and(|s| s != st) {
                    break;
                }
                state = Some(st);
            }
            t += 1;
        }
        let adjectives = head_tok + 1..t;
        if adjectives.is_empty() || t >= keys.len() || cx.crosses_paragraph(head_tok, t + 1) {
            continue;
        }
        let with_bi = WITH_BI.contains(&keys[t - 1].as_str());
        if !complement_start(cx, t, with_bi) || match_at(t).is_some_and(|k| foreign_match(cx, ms, k)) {
            continue;
        }
        let mut end = t + 1;
        while end < keys.len() && end - t <= COMPLEMENT_WORDS && !cx.crosses_paragraph(head_tok, end + 1) {
            let word = keys[end].strip_prefix('و').filter(|_| end > t + 1).unwrap_or(&keys[end]);
            let definite = word.strip_prefix("ال").is_some_and(|rest| has_chars(rest, 3)) && !NOT_ADJECTIVES.contains(&word) && !is_stop(word) && !is_verb_word(cx, word);
            if !definite || match_at(end).is_some_and(|k| foreign_match(cx, ms, k) || nationality(cx, end).is_some()) {
                break;
            }
            end += 1;
        }
        let words = || keys[head_tok + 1..end].iter().map(|k| k.as_str());
        if words().any(|k| NOT_ONE_STATE.contains(&k)) {
            continue;
        }
        let Some(role) = sector_role(words()).or(head_role) else { continue };
        // The spans inside must be bare nouns or the complement's role nouns; a state named
        // right after في is the body's (الهيئة الوطنية للخدمات الصحية في بريطانيا).
        let first = out.partition_point(|s| s.tok_end <= head_tok);
        let inside = out[first..].iter().take_while(|s| s.tok_start < end).count();
        let replaceable = |s: &ActorSpan<'_>| {
            s.tok_start >= head_tok && s.tok_end <= end && s.entity.is_none() && (s.kind == Kind::Agent && s.tok_end == s.tok_start + 1 || s.kind == Kind::State && nationality(cx, s.tok_start).is_some())
        };
        if !out[first..first + inside].iter().all(replaceable) {
            continue;
        }
        let mut span_end = end;
        let in_state = state_after_fi(cx, out, first + inside, end).map(|(st, state_end)| {
            span_end = state_end;
            absorbed.push(first + inside);
            st
        });
        absorbed.extend(first..first + inside);
        let mut span = ActorSpan::new(head_tok, span_end, Kind::Agent, Cow::Borrowed("agent+org-definite"));
        span.agent_id = agent_id;
        span.entity = Some(keys[head_tok..end].join(" ").into());
        span.prepositional = keys[head_tok].starts_with(['ل', 'ب']) || keys[head_tok].starts_with("وب") || keys[head_tok].starts_with("ول");
        code_in_its_state(cx, out, &mut story, state.or(in_state), role, &mut span);
        span.role = Some(Cow::Borrowed(role));
        added.push(span);
    }
    replace_absorbed(out, &absorbed, added);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_definite_head_adjectives_and_a_complement_name_a_body() {
        // The sector word gives the role, the nisba the state.
        let ms = mentions("وأفاد المركز الفلسطيني للإعلام بأن القصف دمر المبنى");
        assert_eq!(code(&ms, "المركز الفلسطيني للإعلام"), Some("PSEMED"), "{ms:?}");
        // A state after في is the body's; the story's country otherwise.
        let ms = mentions("تجري الهيئة الوطنية للخدمات الصحية في بريطانيا تحقيقا في ادعاءات أم");
        assert_eq!(code(&ms, "الهيئة الوطنية للخدمات الصحية في بريطانيا"), Some("GBRHLH"), "{ms:?}");
        let ms = mentions("تظاهر آلاف في تونس. وجرت تظاهرة ضد عمل اللجنة الخاصة بالحريات الفردية والمساواة أمام البرلمان في تونس.");
        assert_eq!(code(&ms, "اللجنة الخاصة بالحريات الفردية والمساواة"), Some("TUNGOV"), "{ms:?}");
        // A day after the complement is the verb's.
        let ms = mentions("جرت الانتخابات في تونس. ومن المتوقع أن تعلن الهيئة العليا للانتخابات الأربعاء نتائج الانتخابات في تونس.");
        assert_eq!(code(&ms, "الهيئة العليا للانتخابات"), Some("TUNGOV"), "{ms:?}");
    }

    #[test]
    fn the_bare_centre_refers_back_to_the_centre_named_before() {
        let ms = mentions("وأفاد المركز الفلسطيني للإعلام بأن القصف دمر المبنى في غزة. وقال المركز إن الاحتلال قصف المقر.");
        assert_eq!(code(&ms, "المركز"), Some("PSEMED"), "{ms:?}");
        // With no centre named before it is no one.
        let ms = mentions("وقصف الاحتلال المبنى في غزة. وقال المركز إن المقر دمر.");
        assert!(ms.iter().all(|m| m.text != "المركز"), "{ms:?}");
    }

    #[test]
    fn no_body_without_adjective_complement_or_one_state() {
        for text in [
            // A league's place, an ordinal, no adjective, no complement.
            "ويحتل الفريق المركز الثالث للدوري في مصر",
            "وقالت اللجنة للصحافيين في مصر إن",
            "وقالت الهيئة العامة إن القرار صدر في مصر",
            // A centre with no sector word, an Arab or international body.
            "وقال المركز الوطني للتخطيط في مصر إن",
            "وقالت المنظمة العربية لحقوق الإنسان إن",
            "وقالت اللجنة الدولية للتحقيق إن",
            // (Nor does a day after the complement belong to it.)
            // A plural is a class of bodies, a participle a clause about one, and a body
            // after ل the phrase's owner.
            "وبدأت الشركات الوطنية للسكك الحديدية في مصر إضرابا",
            "وحصلت الشركة المنفذة للمشروع في مصر على المال",
            "حتى انعقاد الجمعية العمومية للاتحاد في مصر",
        ] {
            let ms = mentions(text);
            assert!(ms.iter().all(|m| !m.rule.starts_with("agent+org-definite")), "{text}: {ms:?}");
        }
    }
}
