//! A bare definite document as speaker (وتشير الدراسة، وأضاف التقرير، وبحسب الاستطلاع)
//! speaks for whoever wrote it, when the story named the author where it brought the
//! document in: in a relative clause (الدراسة التي أجراها معهد إسطنبول للأبحاث السياسية،
//! مذكرة أعدتها وزارة الدفاع), with صادر عن (تقرير صادر عن البنك الدولي), with لـ
//! (تقرير لمنظمة الشفافية الدولية، دراسة جديدة لجامعة أكسفورد) or in construct (تقرير
//! مجلس الأمن). Without it the bare document took the story's guess (a study by a Turkish
//! institute spoke for Syria in a story about Syrian refugees) or the last speaker.
//!
//! The nearest earlier phrase with the same noun that is not itself a bare reference
//! decides: an indefinite one with no author named (كشفت دراسة أن …) is another document,
//! or one whose author the story does not give, and the speaker stays as it was.

use super::{Input, QuoteSpan};
use crate::mentions::{owned, ActorSpan};
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// Documents that speak for their authors (keys, without the article).
const DOCUMENTS: &[&str] = &["دراسه", "تقرير", "استطلاع", "بحث", "مسح", "وثيقه", "مذكره"];

/// Verbs of making a document, with the pronoun of the document (أجراها، أعدته).
const AUTHORING: &[&str] = &[
    "اجراها", "اجرتها", "اجراه", "اجرته", "اعدها", "اعدتها", "اعده", "اعدته", "اصدرها", "اصدرتها", "اصدره", "اصدرته",
    "وضعها", "وضعتها", "وضعه", "وضعته", "كتبها", "كتبتها", "كتبه", "كتبته", "نفذها", "نفذتها", "نفذه", "نفذته",
];

/// Issued by (صادر عن).
const ISSUED: &[&str] = &["صادر", "صادره", "الصادر", "الصادره"];

/// The document noun of `key` (و/ف، بـ/لـ and the article read off) and whether it had
/// the article.
fn document(key: &str) -> Option<(&str, bool)> {
    let k = key.strip_prefix(['و', 'ف']).filter(|k| k.chars().count() > 3).unwrap_or(key);
    let (k, definite) = match ["لل", "بال", "ال"].iter().find_map(|p| k.strip_prefix(p)) {
        Some(rest) => (rest, true),
        None => (k.strip_prefix(['ب', 'ل']).filter(|r| DOCUMENTS.contains(r)).unwrap_or(k), false),
    };
    DOCUMENTS.iter().find(|d| **d == k).map(|d| (*d, definite))
}

/// The mention starting at token `t`, if one does.
fn mention_at<'m>(input: &Input<'m>, t: usize) -> Option<&'m ActorSpan<'m>> {
    input.mentions.get(input.mentions.partition_point(|m| m.tok_start < t)).filter(|m| m.tok_start == t)
}

/// The author named right after the document noun at token `t` (see the module comment).
fn author<'m>(input: &Input<'m>, t: usize, definite: bool) -> Option<&'m ActorSpan<'m>> {
    let keys = input.keys;
    let n = keys.len();
    // In construct: an indefinite noun right before a named body (تقرير مجلس الأمن).
    if !definite {
        if let Some(m) = mention_at(input, t + 1).filter(|m| !m.prepositional) {
            return Some(m);
        }
    }
    // Past one adjective at most (تقرير جديد لمنظمة، الدراسة الجديدة التي أعدتها).
    for j in t + 1..(t + 3).min(n) {
        if input.tokens[j].kind != TokenKind::Arabic {
            return None;
        }
        let k = keys[j].as_str();
        if let Some(m) = mention_at(input, j).filter(|m| m.prepositional && k.starts_with('ل')) {
            return Some(m);
        }
        let verb = if matches!(k, "التي" | "الذي") { j + 1 } else { j };
        if keys.get(verb).is_some_and(|v| AUTHORING.contains(&v.as_str())) {
            return mention_at(input, verb + 1);
        }
        if ISSUED.contains(&k) && keys.get(j + 1).is_some_and(|w| w == "عن") {
            return mention_at(input, j + 2);
        }
        if mention_at(input, j).is_some() {
            return None;
        }
    }
    None
}

/// The author of the document a bare definite speaker at `[start, end)` names again.
fn author_of_bare<'m>(input: &Input<'m>, start: usize, end: usize) -> Option<&'m ActorSpan<'m>> {
    let (noun, definite) = document(&input.keys[start])?;
    if !definite || end != start + 1 {
        return None;
    }
    for t in (0..start).rev() {
        let Some((other, definite)) = document(&input.keys[t]) else { continue };
        if other != noun {
            continue;
        }
        // (A capital is no author: تقرير للرياض المالية is a firm's, or the paper's.)
        if let Some(m) = author(input, t, definite).filter(|m| m.actor.is_some() && m.kind != Kind::Capital) {
            return Some(m);
        }
        // Another document, or one whose author the story does not give.
        if !definite {
            return None;
        }
    }
    None
}

/// Give each bare definite document speaker its author's code.
pub(super) fn mend(input: &Input, quotes: &mut [QuoteSpan]) {
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        if sp.entity.is_some() {
            continue;
        }
        let Some(m) = author_of_bare(input, sp.tok_start, sp.tok_end) else { continue };
        sp.actor = owned(&m.actor);
        sp.country = owned(&m.country);
        sp.role = owned(&m.role);
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn actor_of<'q>(q: &'q [crate::Quote], starts: &str) -> Option<&'q str> {
        let quote = q.iter().find(|q| q.text.starts_with(starts)).unwrap_or_else(|| panic!("no quote {starts}: {q:?}"));
        quote.speaker.as_ref().and_then(|s| s.actor.as_deref())
    }

    #[test]
    fn a_bare_study_speaks_for_the_author_named_in_a_relative_clause() {
        // A story about Syrian refugees: the study is Turkish.
        let text = "يعيش اللاجئون السوريون في سوريا وفي مخيمات قرب سوريا ظروفا صعبة.\n\
                    وأجريت الدراسة التي أجرتها وزارة الداخلية التركية في الصيف.\n\
                    وتشير الدراسة إلى أن اللاجئين السوريين يواجهون صعوبات متزايدة.";
        let q = quotes(text);
        assert!(actor_of(&q, "اللاجئين السوريين يواجهون").is_some_and(|a| a.starts_with("TUR")), "{q:?}");
    }

    #[test]
    fn a_report_of_a_body_with_li_speaks_for_it() {
        let text = "تعاني سوريا من الفساد في سوريا منذ سنوات.\n\
                    ونشر تقرير لمنظمة الشفافية الدولية أرقاما جديدة.\n\
                    وقال التقرير إن الفساد يزداد في المنطقة.";
        let q = quotes(text);
        assert!(actor_of(&q, "الفساد يزداد").is_some_and(|a| !a.starts_with("SYR")), "{q:?}");
    }

    #[test]
    fn a_new_study_with_no_author_stops_the_search() {
        // The nearer study has no author: the Turkish one further back is another study.
        let text = "يعيش اللاجئون السوريون في سوريا وفي مخيمات قرب سوريا ظروفا صعبة.\n\
                    وأجريت الدراسة التي أجرتها وزارة الداخلية التركية في الصيف.\n\
                    وكشفت دراسة أخرى عن أرقام مختلفة.\n\
                    وتشير الدراسة إلى أن اللاجئين السوريين يواجهون صعوبات متزايدة.";
        let q = quotes(text);
        assert!(!actor_of(&q, "اللاجئين السوريين يواجهون").is_some_and(|a| a.starts_with("TUR")), "{q:?}");
    }
}
