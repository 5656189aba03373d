//! A frame that names no source of its own speaks for the subject of the clause it closes.
//!
//! Agency reports close a sentence with a frame whose verb has no subject after it
//! (اعتقلت الشرطة الإسرائيلية ثلاثة شبان، بحسب ما أعلنت في بيان) or whose source is a bare
//! indefinite statement (…، بحسب بيان، وفق بيان رسمي): the clause's subject issued it. The
//! words after the frame (في بيان، بيان) name no one and used to take the story's home
//! country. Not a frame opening its sentence, whose claim comes after it.

use super::{is_mark, mention_after, sentence_subject, speaker_from_mention, Input, Speaker, ADVERBS, FRAME_FILLERS, NP_END};
use marsad_lexicon::CueKind;
use marsad_text::token::TokenKind;

/// Statement nouns a bare frame names (بحسب بيان، وفقا لبيان), as keys. (Not تقرير: a
/// report is as often a third party's, قتل عشرة أشخاص، بحسب تقرير.)
const STATEMENTS: &[&str] = &["بيان", "لبيان"];
/// Adjectives after a bare statement that name no issuer (بحسب بيان رسمي).
const BARE_ADJECTIVES: &[&str] = &["رسمي", "صحفي"];
/// Lemmas of verbs whose place is the source (جاء في البيان، ورد في التقرير).
const PLACED: &[&str] = &["جاء", "ورد"];
/// Most words after a subjectless verb that still name no one (في بيان رسمي لها).
const SHORT: usize = 4;
/// How far the source phrase runs when no punctuation closes it.
const SOURCE_WINDOW: usize = 8;

/// Does the cue at `cue`, a verb whose place is its source, name that source after its في
/// at `at` (وجاء في الوثيقة أن …، وورد في التقرير أن …)? Not a document of the last
/// speaker's (وجاء في قرارها، جاء فيه): the pronoun's owner speaks, as before.
pub(super) fn placed_source(input: &Input, cue: usize, at: usize) -> bool {
    let Input { text, tokens, keys, lexicon, .. } = *input;
    let key = keys[cue].as_str();
    let places = key == "ورد" || lexicon.cue(key).is_some_and(|c| c.kind == CueKind::Verb && PLACED.contains(&c.lemma.as_str()));
    let document = tokens.get(at + 1).filter(|t| t.kind == TokenKind::Arabic);
    places && keys[at] == "في" && document.is_some_and(|t| !possessive(t.text(text)))
}

/// The source phrase's first token when it starts at `at`, right after a frame's or cue's
/// reporting verb: past the في that places the source (حسبما جاء في البيان، بحسب ما نشر في
/// صفحته: the document, not "in the document"), when a word follows before `end`.
pub(super) fn past_its_in(input: &Input, at: usize, end: usize) -> usize {
    let next_is_word = at + 1 < end && input.tokens[at + 1].kind == TokenKind::Arabic;
    if input.keys[at] == "في" && next_is_word {
        at + 1
    } else {
        at
    }
}

/// The speaker of the frame at `frame`, in a sentence starting at token `s0`, when it
/// names no source: the first subject of the clause before it (before any quotation mark:
/// words in marks are the quotation), with a bare statement's own words as its text.
pub(super) fn issuer(input: &Input, frame: usize, s0: usize) -> Option<Speaker> {
    let Input { text, tokens, .. } = *input;
    if frame <= s0 + 1 {
        return None;
    }
    let (_, s1) = input.sentence_tokens(frame);
    let limit = s1.min(frame + 1 + SOURCE_WINDOW);
    let end = (frame + 1..limit).find(|&j| tokens[j].kind == TokenKind::Punct).unwrap_or(limit);
    let statement = source_naming_no_one(input, frame, end)?;
    let first_mark = (s0..frame).find(|&j| is_mark(tokens[j].text(text))).unwrap_or(frame);
    let mut sp = speaker_from_mention(input, sentence_subject(input, s0, first_mark)?);
    if let Some(n) = statement {
        (sp.tok_start, sp.tok_end) = (n, end);
    }
    Some(sp)
}

/// Whether the frame at `frame` names no one in its source phrase up to `end`: no mention,
/// and either a reporting verb followed by nothing, a preposition or a time word (بحسب ما
/// أعلنت، حسبما ذكرت أمس في بيان), or a bare indefinite statement (بحسب بيان). Gives the
/// statement noun's token for the latter.
fn source_naming_no_one(input: &Input, frame: usize, end: usize) -> Option<Option<usize>> {
    let Input { text, tokens, keys, lexicon, .. } = *input;
    // (A source named in marks, بحسب ما أوردت "فرانس برس", is a name.)
    let marked = tokens.get(end).is_some_and(|t| is_mark(t.text(text)));
    if marked || mention_after(input.mentions, frame + 1, end, true).is_some() {
        return None;
    }
    let mut src = frame + 1;
    let mut verb = None;
    while src < end && src < frame + 4 {
        let key = keys[src].as_str();
        match lexicon.cue(key) {
            // (ورد "was reported" reads as و + رد "replied".)
            _ if key == "ورد" => verb = Some("ورد"),
            Some(c) if c.kind != CueKind::Frame => verb = Some(c.lemma.as_str()),
            _ if FRAME_FILLERS.contains(&key) => {}
            _ => break,
        }
        src += 1;
    }
    let no_subject = |k: &str| NP_END.contains(&k) || ADVERBS.contains(&k);
    match verb {
        // حسبما جاء في الشكوى، وفق ما ورد في الوثيقة: the document after في is the source;
        // only one of the subject's own (في حسابها، على موقعه، في بيان له) is not.
        Some(l) if PLACED.contains(&l) => (end - src <= SHORT && (src..end).any(|j| possessive(tokens[j].text(text)))).then_some(None),
        Some(_) => (src == end || end - src <= SHORT && no_subject(&keys[src])).then_some(None),
        // (An adjective that names no issuer may follow: بيان رسمي; not بيان للنادي.)
        None => (src < end && STATEMENTS.contains(&keys[src].as_str()) && (end == src + 1 || end == src + 2 && BARE_ADJECTIVES.contains(&keys[src + 1].as_str())))
            .then_some(Some(src)),
    }
}

/// Does a word carry a possessive pronoun (حسابها، موقعه، لهم)? The surface keeps ة apart
/// from ه.
fn possessive(word: &str) -> bool {
    word.ends_with('ه') || word.ends_with("ها") || word.ends_with("هم") || word.ends_with("هما")
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    /// The speaker of the first quote whose text holds `needle`.
    fn speaker_of_quote<'q>(q: &'q [crate::Quote], needle: &str) -> Option<&'q crate::model::Party> {
        q.iter().find(|q| q.text.contains(needle)).and_then(|q| q.speaker.as_ref())
    }

    fn frame_country(text: &str) -> Option<String> {
        let q = quotes(text);
        let f = q.iter().find(|q| q.cue.text.contains("حسب") || q.cue.text.contains("وفق")).unwrap_or_else(|| panic!("frame quote in {q:?}"));
        f.speaker.as_ref().and_then(|s| s.country.clone())
    }

    #[test]
    fn a_frame_whose_verb_has_no_subject_is_the_clauses_subjects() {
        // (A story about Palestinians: the home country is not the police's.)
        let text = "وقال مسؤولون فلسطينيون في رام الله إن قرية فلسطينية تعرضت لهجوم.\n\nواعتقلت الشرطة الإسرائيلية الأحد ثلاثة شبان فلسطينيين قرب نابلس بتهمة إلقاء الحجارة، بحسب ما أعلنت في بيان.";
        assert_eq!(frame_country(text).as_deref(), Some("ISR"));
    }

    #[test]
    fn a_bare_statement_in_a_frame_is_the_clauses_subjects() {
        let text = "وقال مسؤولون فلسطينيون في رام الله إن قرية فلسطينية تعرضت لهجوم.\n\nواعتقلت الشرطة الإسرائيلية الأحد ثلاثة شبان فلسطينيين قرب نابلس بتهمة إلقاء الحجارة، بحسب بيان.";
        let q = quotes(text);
        let f = q.iter().find(|q| q.cue.text == "بحسب").expect("frame quote");
        let sp = f.speaker.as_ref().expect("speaker");
        assert_eq!((sp.text.as_str(), sp.country.as_deref()), ("بيان", Some("ISR")), "{q:?}");
    }

    #[test]
    fn a_document_after_came_in_is_the_source_unless_it_is_the_subjects() {
        let text = "وقال مسؤولون فلسطينيون في رام الله إن قرية فلسطينية تعرضت لهجوم.\n\nوأعلنت الشرطة الإسرائيلية الأحد اعتقال ثلاثة شبان فلسطينيين قرب نابلس، حسبما جاء في حسابها على تويتر.\n\nوأبلغ المتهمون مسؤولين في الحكومة الإيرانية عن خطتهم، حسبما جاء في لائحة الاتهام.";
        let q = quotes(text);
        let country = |needle: &str| speaker_of_quote(&q, needle).and_then(|s| s.country.clone());
        assert_eq!(country("اعتقال").as_deref(), Some("ISR"), "{q:?}");
        assert_ne!(country("خطتهم").as_deref(), Some("IRN"), "{q:?}");
    }

    #[test]
    fn a_placed_source_is_the_document_without_its_preposition() {
        // (A subheading without a full stop runs into its sentence: إيران is no subject of
        // جاء.)
        let text = "وقال مسؤولون فلسطينيون في رام الله إن قرية فلسطينية تعرضت لهجوم.\n\nوأصيب ثلاثة شبان بجروح خلال المواجهات قرب نابلس، وفق ما ورد في التقرير الطبي.\n\nوجاء في الوثيقة المسربة أن الحكومة ستفرض قيودا جديدة على السفر.\n\nدعم لاقتصاد إيران وجاء في بيان مشترك صدر في ختام الاجتماع، أن المشاركين سيعملون على حماية الاستثمارات.";
        let q = quotes(text);
        let speaker = |needle: &str| speaker_of_quote(&q, needle).map(|s| s.text.clone());
        assert_eq!(speaker("بجروح").as_deref(), Some("التقرير الطبي"), "{q:?}");
        assert_eq!(speaker("قيودا").as_deref(), Some("الوثيقة المسربة"), "{q:?}");
        assert!(speaker("الاستثمارات").is_some_and(|s| s.starts_with("بيان مشترك")), "{q:?}");
    }

    #[test]
    fn a_frame_naming_its_source_keeps_it() {
        let text = "وقال مسؤولون فلسطينيون في رام الله إن قرية فلسطينية تعرضت لهجوم.\n\nواعتقلت الشرطة الإسرائيلية الأحد ثلاثة شبان فلسطينيين قرب نابلس، بحسب ما أعلنت وزارة الصحة الفلسطينية.";
        assert_eq!(frame_country(text).as_deref(), Some("PSE"));
    }
}
