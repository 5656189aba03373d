//! Carried speakers mended: in cue order once a paragraph's quotes are found
//! ([`in_order`]), then once the document's are ([`mend`]).
//!
//! A continuation or a pronoun subject (وأضافت، وقالت إن) carries the last speaker. When
//! the verb's gender (قالت, feminine) differs from that of the verb that first named the
//! speaker (قال الوزير, masculine), the carry is wrong: in a sample of such quotes on the
//! corpus nearly all were someone else's words, most often those of the subject of the
//! sentence before, which reported no quote (ورحبت المندوبة الأمريكية نيكي هايلي
//! بالعقوبات. وقالت إن …). A pronoun subject that found no speaker to carry takes that
//! subject too (فقد رفض رئيس الوزراء سحب المشروع. لكنه أكد أن …). Both only for a verb
//! opening its sentence with no subject of its own after it. So, whatever the carried
//! speaker's gender, does a sentence with no quote that opens with a reporting verb and
//! its named subject (من جانبه، دعا الجبير إلى "تحسين" الاتفاق. وقال …): who just called,
//! warned or accused goes on (`unquoted_act`).

use super::{addressee_or_manner, owned, speech_agent, impersonal, in_mention_at, ActorSpan, is_complementizer, is_mark, sentence_subject, speaker_from_mention, Input, QuoteSpan, Speaker, ADVERBS};
use marsad_lexicon::CueKind;
use marsad_text::token::TokenKind;
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Masculine,
    Feminine,
}

/// The gender a cue's form shows, when it shows one: قالت، تقول، مشيرة (feminine); قال،
/// يقول، مشيرا (masculine). Plurals, duals and verbal nouns (لقوله) show none here.
pub(super) fn gender_of_cue(input: &Input, cue: usize) -> Option<Gender> {
    let lexicon = input.lexicon;
    let key = input.keys[cue].as_str();
    let c = lexicon.cue(key)?;
    let bare = key.strip_prefix(['و', 'ف']).filter(|r| lexicon.cue(r).is_some()).unwrap_or(key);
    let same_lemma = |form: &str| lexicon.cue(form).is_some_and(|o| o.lemma == c.lemma);
    match c.kind {
        CueKind::Participle => {
            // The surface keeps ة apart from the pronoun ه (قائلة, not قوله).
            let surface: String = input.tokens[cue].text(input.text).chars().filter(|ch| !('\u{064B}'..='\u{0652}').contains(ch)).collect();
            if surface.ends_with('ة') {
                Some(Gender::Feminine)
            } else if surface.ends_with('ا') {
                Some(Gender::Masculine)
            } else {
                None
            }
        }
        // A plural or dual (قالوا، يقولون، يقولان) shows no one speaker's gender.
        CueKind::Verb | CueKind::Continuation if bare.ends_with("ون") || bare.ends_with("وا") || bare.ends_with("ان") => None,
        CueKind::Verb | CueKind::Continuation => {
            // قالت beside قال, تقول beside يقول.
            let perfect = bare.strip_suffix('ت').is_some_and(same_lemma);
            let imperfect = bare.strip_prefix('ت').is_some_and(|rest| same_lemma(&format!("ي{rest}")));
            if perfect || imperfect {
                Some(Gender::Feminine)
            } else if bare.starts_with('ي') || same_lemma(&format!("{bare}ت")) {
                Some(Gender::Masculine)
            } else {
                None
            }
        }
        CueKind::Frame => None,
    }
}

/// Does a quote's speaker go on to the continuations after it? Not a frame's source, which
/// relays one claim (وأضاف after بحسب X is not X), nor the subject of a clause nested in
/// another's (وذكر مصدر إن المحققين يشتبهون بأن …. وأضاف: the source goes on), in marks too
/// (`nested_in_direct`), nor the press that learned (`press_learned`) or the evidence that
/// showed (`evidence`), nor the subject of a verbal noun (`verbal_noun`), nor a passive's
/// nobody (`hearsay`).
pub(super) fn carries(q: &QuoteSpan) -> bool {
    !matches!(q.rule, "frame" | "nested-indirect" | "nested-in-direct" | "press-learned" | "evidence" | "verbal-noun" | "hearsay")
}

/// A paragraph's direct quotes are found before its indirect ones, so a continuation
/// among them (وأضافت أن "…") carried the speaker of earlier paragraphs although an
/// indirect quote before it names another (قالت عشراوي إن …). In cue order, a speaker
/// named before the previous quote's cue and outside the quote's own sentence gives way
/// to the previous quote's speaker, and so does a quote left with no speaker. Returns the
/// speaker of the paragraph's last quote that is not a frame.
pub(super) fn in_order(input: &Input, quotes: &mut [QuoteSpan]) -> Option<Speaker> {
    quotes.sort_by_key(|q| (q.cue, q.start));
    for k in 1..quotes.len() {
        let (before, rest) = quotes.split_at_mut(k);
        let q = &mut rest[0];
        if !carries(q) {
            continue;
        }
        let Some(prev) = before.iter().rev().find(|p| p.cue < q.cue && carries(p)) else { continue };
        let Some(prev_sp) = &prev.speaker else { continue };
        // (A continuation with no speaker carried from before the paragraph goes on from
        // the quote before it: وقال مصدر أمني إن …. وأضاف أن «…».)
        let Some(sp) = &q.speaker else {
            q.speaker = Some(prev_sp.clone());
            continue;
        };
        let sentence_start = input.sentence_tokens(q.cue).0;
        let stale = sp.tok_end <= prev.cue && sp.tok_start < sentence_start && sp.tok_start != prev_sp.tok_start;
        if stale {
            q.speaker = Some(prev_sp.clone());
        }
    }
    quotes.iter().rev().find(|q| carries(q)).and_then(|q| q.speaker.clone())
}

/// Mend carried speakers, once all quotes are found (quotes in any order): one whose
/// gender disagrees with the verb carrying it, and none at all, give way to the subject
/// of the sentence before.
pub(super) fn mend(input: &Input, quotes: &mut [QuoteSpan]) {
    quotes.sort_by_key(|q| q.cue);
    let cues: Vec<usize> = quotes.iter().map(|q| q.cue).collect();
    // The gender of the cue that first named each speaker (by its first token).
    let mut named_as: HashMap<usize, Gender> = HashMap::new();
    // A carried speaker already found wrong, and the one that replaced it.
    let mut replaced: Option<(usize, Speaker)> = None;
    // The same for one that the agent of a speech noun replaced (see below).
    let mut spoken: Option<(usize, Speaker)> = None;
    for q in quotes.iter_mut() {
        if q.cue == usize::MAX || !carries(q) {
            continue;
        }
        let gender = gender_of_cue(input, q.cue);
        let s0 = input.sentence_tokens(q.cue).0;
        let old = match &q.speaker {
            Some(sp) if sp.tok_start >= s0 => {
                if let Some(g) = gender {
                    named_as.entry(sp.tok_start).or_insert(g);
                }
                replaced = None;
                spoken = None;
                continue;
            }
            // A sentence with no quote whose subject is someone's words (وجاءت تصريحات
            // عباس في خطاب …. وقال في تصريحاته إن …) names who goes on, whatever the
            // gender of the verb before (`speech_agent::opening_agent`).
            Some(sp) if spoken.as_ref().is_some_and(|(was, _)| *was == sp.tok_start) => {
                q.speaker = spoken.as_ref().map(|(_, new)| new.clone());
                continue;
            }
            Some(sp) => {
                if let Some(m) = gender.and_then(|_| speech_agent_before(input, &cues, q.cue, s0, sp)) {
                    let new = speaker_from_mention(input, m);
                    spoken = Some((sp.tok_start, new.clone()));
                    q.speaker = Some(new);
                    continue;
                }
                let (Some(g), Some(&h)) = (gender, named_as.get(&sp.tok_start)) else { continue };
                if g == h {
                    continue;
                }
                if let Some((_, new)) = replaced.as_ref().filter(|(was, _)| *was == sp.tok_start) {
                    q.speaker = Some(new.clone());
                    continue;
                }
                Some(sp.tok_start)
            }
            None => None,
        };
        let Some(m) = subject_before(input, &cues, q.cue, s0) else { continue };
        if old == Some(m.tok_start) {
            continue;
        }
        let new = speaker_from_mention(input, m);
        if let Some(g) = gender {
            named_as.insert(new.tok_start, g);
        }
        if let Some(old) = old {
            replaced = Some((old, new.clone()));
        }
        q.speaker = Some(new);
    }
}

/// The subject of the sentence before the one the cue at `cue` opens (from token `s0`),
/// when that sentence reported no quote (its speaker would be carried already).
fn subject_before<'m>(input: &Input<'m>, cues: &[usize], cue: usize, s0: usize) -> Option<&'m ActorSpan<'m>> {
    let (p0, p1) = unreported_before(input, cues, cue, s0)?;
    sentence_subject(input, p0, p1.min(s0))
}

/// The sentence before the one the cue at `cue` opens (from token `s0`), as a token range,
/// when the cue is a verb with no subject of its own there and that sentence reported no
/// quote.
fn unreported_before(input: &Input, cues: &[usize], cue: usize, s0: usize) -> Option<(usize, usize)> {
    // Only a verb opening its sentence has its subject in the sentence before (وقالت،
    // لكنها كشفت); a participle's clause is its own sentence, and a verb further in may
    // follow a subject the dictionaries do not know (البيان التركي قال).
    let opens = cue <= s0 + 1 && (s0..cue).all(|k| input.tokens[k].kind == TokenKind::Arabic && !in_mention_at(input.mentions, k));
    // (Nor جاء في X أن, whose source is X, nor the writer's impersonal يذكر أن.)
    let cue_entry = input.lexicon.cue(&input.keys[cue]);
    let participle = cue_entry.is_some_and(|c| c.kind == CueKind::Participle || c.lemma == "جاء") || impersonal(&input.keys[cue]);
    // …and with no subject of its own after it that the dictionaries do not know
    // (وقالت فوكس سينما، وقال علي أكبر صالحي).
    if s0 == 0 || !opens || participle || !no_subject_after(input, cue) {
        return None;
    }
    let (p0, p1) = input.sentence_tokens(s0 - 1);
    let reported = cues[cues.partition_point(|&c| c < p0)..].first().is_some_and(|&c| c < p1);
    (!reported).then_some((p0, p1))
}

/// The agent of the speech noun opening the sentence before the cue's (see
/// [`unreported_before`]), when it is not the carried speaker `carried` already.
fn speech_agent_before<'m>(input: &Input<'m>, cues: &[usize], cue: usize, s0: usize, carried: &Speaker) -> Option<&'m ActorSpan<'m>> {
    // (Only a verb opening its sentence: after إذ قال، حيث أكد the clause goes on with
    // the last one named, وتلتقي تصريحات باسيل مع المخاوف التي عبر عنها الحريري. إذ قال.)
    if cue != s0 {
        return None;
    }
    let (p0, p1) = unreported_before(input, cues, cue, s0)?;
    let m = speech_agent::opening_agent(input, p0, p1.min(s0)).or_else(|| unquoted_act(input, cue, p0, p1.min(s0)))?;
    let same = m.tok_start == carried.tok_start || m.entity.is_some() && owned(&m.entity) == carried.entity;
    (!same).then_some(m)
}

/// Tokens a speech verb may stand after at its sentence's start (من جانبه، دعا …).
const ACT_OPENING: usize = 4;

/// The subject named right after a reporting verb near the start of the sentence `[p0,
/// p1)` that reported no quote (من جانبه، دعا الجبير إلى "تحسين" الاتفاق. وقال "…"; حذر
/// الوزير من التصعيد. وأضاف أن …): whoever just called, warned or accused is the one a
/// pronoun verb opening the next sentence goes on with, not a speaker quoted earlier. Not
/// when the two verbs' genders differ (حذرت الوزيرة … وقال).
fn unquoted_act<'m>(input: &Input<'m>, cue: usize, p0: usize, p1: usize) -> Option<&'m ActorSpan<'m>> {
    let lexicon = input.lexicon;
    let verb = (p0..(p0 + ACT_OPENING).min(p1))
        .find(|&j| lexicon.cue(&input.keys[j]).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Continuation)))?;
    let m = super::mention_after(input.mentions, verb + 1, verb + 2, false)?;
    let disagree = matches!((act_gender(input, verb), gender_of_cue(input, cue)), (Some(a), Some(b)) if a != b);
    (!disagree).then_some(m)
}

/// The gender of the verb at `verb`, and of a perfect whose lemma ends in a weak letter,
/// which `gender_of_cue` cannot pair with its feminine (دعا and دعت، نفى and نفت).
fn act_gender(input: &Input, verb: usize) -> Option<Gender> {
    gender_of_cue(input, verb).or_else(|| {
        let key = input.keys[verb].as_str();
        let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
        if bare.ends_with('ت') {
            Some(Gender::Feminine)
        } else if bare.ends_with(['ا', 'ي']) {
            Some(Gender::Masculine)
        } else {
            None
        }
    })
}

/// Words after which a reporting verb has no subject of its own: prepositions, as written
/// (`على`, not the name `علي`).
const NO_SUBJECT_WORDS: &[&str] = &["في", "على", "عن", "خلال", "أمام", "امام", "مع", "عبر", "أثناء", "اثناء", "بعد", "قبل", "حول", "لـ", "ل", "إلى", "الى"];

/// Does the verb at `cue` go straight on to what it reports (وقالت إن، وأضاف: "…"، وقال في
/// تغريدة) rather than to a subject (وقالت فوكس سينما)?
fn no_subject_after(input: &Input, cue: usize) -> bool {
    let mut k = cue + 1;
    while k < input.tokens.len() && ADVERBS.contains(&input.keys[k].as_str()) {
        k += 1;
    }
    let Some(tok) = input.tokens.get(k) else { return false };
    let t = tok.text(input.text);
    let addressed = addressee_or_manner(&input.keys[k]) || t.starts_with('ل') && in_mention_at(input.mentions, k);
    if t == ":" || is_complementizer(&input.keys[k]) || NO_SUBJECT_WORDS.contains(&t) || addressed {
        return true;
    }
    // An opening mark begins the quotation, unless it closes again within three words:
    // then it holds a name (وقالت "فتح" في بيان).
    is_mark(t) && !(k + 1..(k + 5).min(input.tokens.len())).any(|j| is_mark(input.tokens[j].text(input.text)))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::country_of;

    #[test]
    fn who_called_without_a_quote_goes_on() {
        let text = "وقال وزير الخارجية الأمريكي مايك بومبيو إن الاتفاق سيئ.\nمن جانبه، دعا وزير الخارجية السعودي عادل الجبير إلى تشديد العقوبات.\nوقال إن المملكة تؤيد جهود تحسين الاتفاق.";
        assert_eq!(country_of(text, "المملكة تؤيد").as_deref(), Some("SAU"));
        // A verb whose gender differs names someone else.
        let text = "وقال وزير الخارجية الأمريكي مايك بومبيو إن الاتفاق سيئ.\nودعت المستشارة الألمانية أنغيلا ميركل إلى الحوار.\nوقال إن بلاده لن تتراجع.";
        assert_ne!(country_of(text, "بلاده لن").as_deref(), Some("DEU"));
    }
}
