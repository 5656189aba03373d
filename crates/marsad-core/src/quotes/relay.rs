//! The source a reporting verb relays with عن (ونقلت الوكالة عن مسؤول قوله …).
//!
//! عن after a subject is a relay only for a verb of relaying (نقل، روى، أورد) or when
//! the subject is an outlet (وذكرت صحيفة "هآرتس" عن مصادر أن …), and after صادر/صدر it
//! names a statement's issuer (وقال تقرير صدر عن الحكومة إن …). Otherwise it is the
//! verb's own complement or a topic: أعربت وزارة الخارجية الروسية عن أملها في … سوريا
//! (the ministry speaks, not Syria named further on), قال ترامب عن بوتين إنه (Trump).

use super::{is_statement_noun, mention_after, ActorSpan, Input, CUE_WINDOW};
use crate::mentions::is_news_outlet;
use marsad_lexicon::CueKind;
use marsad_text::token::TokenKind;

/// Lemmas of verbs whose عن names the relayed source whatever their subject (and frames:
/// نقلا عن).
const RELAYING: &[&str] = &["نقل", "روى", "أورد"];
/// Is the word at `j` a cue of relaying (نقلت، روى، أوردت)?
pub(super) fn relays_at(input: &Input, j: usize) -> bool {
    input.lexicon.cue(&input.keys[j]).is_some_and(|c| RELAYING.contains(&c.lemma.as_str()))
}

/// Is the token at `j` a quotation mark?
fn mark_at(input: &Input, j: usize) -> bool {
    super::is_mark(input.tokens[j].text(input.text))
}

/// Words before عن that name who issued a statement (بيان صادر عن، تقرير صدر عن).
const ISSUED: &[&str] = &["صادر", "صادره", "الصادر", "الصادره", "صدر", "صدرت"];

/// The source after the عن of the cue at `cue`, before token `until` (the quote).
pub(super) fn source<'m>(input: &Input<'m>, cue: usize, until: usize) -> Option<&'m ActorSpan<'m>> {
    let an = (cue + 1..until.min(cue + CUE_WINDOW)).find(|&j| input.keys[j] == "عن")?;
    let entry = input.lexicon.cue(&input.keys[cue]);
    // (Or a frame right before عن: وقال الموقع، نقلا عن مدير …)
    let frame = |k: &str| input.lexicon.cue(k).is_some_and(|c| c.kind == CueKind::Frame);
    let relaying = entry.is_some_and(|c| c.kind == CueKind::Frame || RELAYING.contains(&c.lemma.as_str())) || frame(&input.keys[an - 1]);
    // (بيان صادر عن الرئاسة، بيان رسمي عن الوزارة: the issuer.)
    let issued = ISSUED.contains(&input.keys[an - 1].as_str()) || (cue + 1..an).any(|j| is_statement_noun(&input.keys[j]));
    if !relaying && !issued {
        // The subjects between the verb and عن: an outlet relays, anyone coded speaks. (A
        // bare role noun is placed by what follows: المسؤول عن البطولات في الفيفا.)
        let first = input.mentions.partition_point(|m| m.tok_start <= cue);
        let mut subjects = input.mentions[first..].iter().take_while(|m| m.tok_start < an).filter(|m| !m.prepositional).peekable();
        if subjects.peek().is_none() || !subjects.all(|m| is_news_outlet(m) || m.actor.is_none()) {
            return None;
        }
    }
    mention_after(input.mentions, an + 1, until, false)
}

/// The source a frame's relaying verb names with عن (بحسب ما نقلت رويترز عن مصادر أمنية:
/// the sources, as for ونقلت الوكالة عن X قوله), the verb standing among the frame's
/// fillers `from..src` and the source before `until`.
/// Only an عن right after the relaying outlet, and a source named right after it (not وفق
/// ما أورد المرصد بعد حصيلة سابقة أفادت عن …, whose عن is another verb's; not نقل المرصد
/// عن عائلات الضحايا, where the named victims are not the source).
pub(super) fn framed_source<'m>(input: &Input<'m>, from: usize, src: usize, until: usize) -> Option<&'m ActorSpan<'m>> {
    (from..src).find(|&j| relays_at(input, j))?;
    let outlet = mention_after(input.mentions, src, until, false)?;
    // (The outlet's closing mark may stand before عن: نقلت "رويترز" عن …)
    let mut an = outlet.tok_end;
    if an < until && mark_at(input, an) {
        an += 1;
    }
    if an + 1 >= until || input.keys[an] != "عن" {
        return None;
    }
    mention_after(input.mentions, an + 1, until, false).filter(|m| m.tok_start == an + 1)
}

/// The words after the عن of a relaying outlet when the dictionaries name no one there
/// (ونقلت رويترز عن باكياو قوله …، ونقلت الوكالة عن مصدر لم تسمه أن …): the outlet only
/// relays, so they speak, and not the outlet, whom a continuation after would carry
/// (وأضاف). The عن must follow the outlet's mention right after a relaying verb or before
/// the verbal noun `cue` (قوله); the words run up to the cue, the clause or punctuation,
/// at most four of them (else عن is the verb's topic). Returns their token range and the
/// outlet's.
pub(super) fn unnamed_source(input: &Input, cue: usize, until: usize) -> Option<((usize, usize), (usize, usize))> {
    let keys = input.keys;
    let verbal_noun = input.lexicon.cue(&keys[cue]).is_some_and(|c| c.kind == CueKind::Participle && c.lemma == "قال");
    let an = if verbal_noun {
        let (s0, _) = input.sentence_tokens(cue);
        (s0.max(cue.saturating_sub(6))..cue).rev().find(|&j| keys[j] == "عن")?
    } else {
        let relaying = input.lexicon.cue(&keys[cue]).is_some_and(|c| c.kind == CueKind::Verb && RELAYING.contains(&c.lemma.as_str()));
        if !relaying {
            return None;
        }
        (cue + 1..until.min(cue + CUE_WINDOW)).find(|&j| keys[j] == "عن")?
    };
    // The outlet right before عن (past its closing mark), a relaying verb before it.
    let before = if an > 0 && mark_at(input, an - 1) { an - 1 } else { an };
    let first = input.mentions.partition_point(|m| m.tok_end < before);
    let outlet = input.mentions[first..].iter().take_while(|m| m.tok_start < before).find(|m| m.tok_end == before && is_news_outlet(m))?;
    let from = outlet.tok_start.saturating_sub(2);
    if !(from..outlet.tok_start).any(|j| relays_at(input, j)) {
        return None;
    }
    let end = if verbal_noun { cue } else { until };
    let start = an + 1;
    // (Not عن ما قالت إنها تقارير: what the outlet says it relays is the source then.)
    if start >= end || mark_at(input, start) || keys[start] == "ما" {
        return None;
    }
    let ends = |j: usize| input.tokens[j].kind != TokenKind::Arabic || super::is_complementizer(&keys[j]) || input.lexicon.cue(&keys[j]).is_some() || keys[j].starts_with("قول");
    let stop = (start..end).find(|&j| ends(j)).unwrap_or(end);
    (stop > start && stop - start <= 4 && (stop == end || ends(stop))).then_some(((start, stop), (outlet.tok_start, outlet.tok_end)))
}

/// Where a frame's source phrase may end its search for punctuation: after the closing
/// mark when it opens with a short marked name (حسب ما نقلت "رويترز" عن …), else at `src`.
pub(super) fn marked_name_end(input: &Input, src: usize, end: usize) -> usize {
    if src >= end || !mark_at(input, src) {
        return src;
    }
    (src + 2..end.min(src + 6)).find(|&j| mark_at(input, j)).map_or(src, |j| j + 1)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn speaker_country(text: &str) -> Option<String> {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        q[0].speaker.as_ref().and_then(|s| s.country.clone())
    }

    #[test]
    fn an_outlet_relays_its_source() {
        assert_eq!(speaker_country("ونقلت وكالة رويترز عن وزير الخارجية الإيراني قوله إن بلاده لن تتراجع.").as_deref(), Some("IRN"));
        assert_eq!(speaker_country("وذكرت صحيفة نيويورك تايمز عن مسؤولين أتراك أن الصحفي قتل داخل القنصلية.").as_deref(), Some("TUR"));
        assert_eq!(speaker_country("وقال الموقع الرسمي للجيش، نقلا عن مسؤولين أتراك، إن الهجوم فشل.").as_deref(), Some("TUR"));
    }

    #[test]
    fn an_outlet_relaying_unnamed_words_is_no_speaker() {
        // A name the dictionaries do not know, and its continuation after.
        let q = quotes("ونقلت رويترز عن كرستوفسكي قوله إن المشروع سيكتمل قريبا. وأضاف أن التمويل متوفر.");
        assert_eq!(q.len(), 2, "{q:?}");
        for q in &q {
            let sp = q.speaker.as_ref().expect("a speaker");
            assert_ne!(sp.actor.as_deref(), Some("GBRMED"), "{q:?}");
        }
        let q = quotes("ونقلت الوكالة عن شهود عيان أن النيران اشتعلت في المبنى.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_ne!(q[0].speaker.as_ref().and_then(|s| s.actor.as_deref()).unwrap_or("MED").get(3..), Some("MED"), "{q:?}");
        // A national outlet lends its country to words showing none.
        let q = quotes("ونقلت وكالة الأنباء الروسية عن مصدر قوله إن الرحلات علقت.");
        assert_eq!(q.len(), 1, "{q:?}");
        let sp = q[0].speaker.as_ref().expect("a speaker");
        assert_eq!((sp.actor.as_deref(), sp.country.as_deref()), (Some("RUS"), Some("RUS")), "{q:?}");
    }

    #[test]
    fn a_bare_role_noun_is_placed_by_what_follows() {
        assert_eq!(speaker_country("وأوضح المسؤول عن تنظيم البطولات في الأمم المتحدة أن الفحوص سلبية.").as_deref(), Some("IGOUNO"));
    }

    #[test]
    fn a_statement_speaks_for_its_issuer() {
        assert_eq!(speaker_country("وقال تقرير صدر عن الحكومة الفلسطينية مؤخرا إن الاستيطان يستولي على الأراضي.").as_deref(), Some("PSE"));
    }

    #[test]
    fn a_speaker_expressing_or_speaking_about_someone_speaks() {
        let text = "أعربت وزارة الخارجية الروسية عن أملها في عدم وقوع حوادث في سوريا، وأن يفكر الجيش الأمريكي بـ\"عقلانية تامة وهدوء كامل\".";
        let q = quotes(text);
        assert!(!q.is_empty(), "{q:?}");
        assert!(q.iter().all(|q| q.speaker.as_ref().and_then(|s| s.country.as_deref()) == Some("RUS")), "{q:?}");
        assert_eq!(speaker_country("وقال الرئيس الأمريكي دونالد ترامب عن الرئيس الروسي فلاديمير بوتين إنه منافس قوي.").as_deref(), Some("USA"));
    }
}
