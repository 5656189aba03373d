//! A bare definite document as speaker (وتشير الدراسة، وأضاف التقرير، وبحسب الاستطلاع)
//! speaks for whoever wrote it, when the story named the author where it brought the
//! document in: in a relative clause (الدراسة التي أجراها معهد إسطنبول للأبحاث السياسية،
//! مذكرة أعدتها وزارة الدفاع), with صادر عن (تقرير صادر عن البنك الدولي), with لـ
//! (تقرير لمنظمة الشفافية الدولية، دراسة جديدة لجامعة أكسفورد) or in construct (تقرير
//! مجلس الأمن). Without it the bare document took the story's guess (a study by a Turkish
//! institute spoke for Syria in a story about Syrian refugees) or the last speaker.
//!
//! A statement (البيان) speaks for its issuer too: a body named before it with أصدر
//! (أصدرت السفارة الأمريكية بيانا), or the speaker of the report it was given in (وأعلن
//! مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في بيان أن …; a speaker placed by something
//! of its own, not by the story's guess). Before, وأضاف البيان took the country of the
//! story (an OCHA statement spoke for Yemen).
//!
//! The nearest earlier phrase with the same noun that is not itself a bare reference
//! decides: an indefinite one with no author named (كشفت دراسة أن …) is another document,
//! or one whose author the story does not give, and the speaker stays as it was.

use super::{Input, QuoteSpan, Speaker};
use crate::mentions::{owned, ActorSpan};
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// Documents that speak for their authors (keys, without the article).
const DOCUMENTS: &[&str] = &["دراسه", "تقرير", "استطلاع", "بحث", "مسح", "وثيقه", "مذكره", "بيان"];

/// Verbs of issuing, the issuer right after them (أصدرت الوزارة بيانا), keys without و/ف.
const ISSUING: &[&str] = &["اصدر", "اصدرت", "اصدروا"];

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
    // (The accusative of an indefinite one: أصدرت الوزارة بيانا.)
    let k = if definite { k } else { k.strip_suffix('ا').filter(|r| DOCUMENTS.contains(r)).unwrap_or(k) };
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
        // (A statement's لـ right after it: بيان لوزارة الخارجية, not بيان وصل لموقع CNN.)
        let statement_past_noun = keys[t].ends_with("بيان") && j > t + 1;
        if let Some(m) = mention_at(input, j).filter(|m| m.prepositional && k.starts_with('ل') && !statement_past_noun) {
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

/// A code: actor, country and role.
type Code = (Option<String>, Option<String>, Option<String>);

/// The issuer named before an indefinite statement at token `t` (بيان or بيانا): the body
/// after أصدر right before it, or the placed speaker of a report whose cue stands a few
/// words before its في/بـ in the same sentence (وقالت الوزارة في بيان، ببيان).
fn issuer(input: &Input, quotes: &[QuoteSpan], t: usize) -> Option<Code> {
    let keys = input.keys;
    let s0 = input.sentence_tokens(t).0;
    for j in (s0.max(t.saturating_sub(9))..t).rev() {
        if ISSUING.contains(&keys[j].strip_prefix(['و', 'ف']).unwrap_or(&keys[j])) {
            // (A day between: أصدر مجلس الأمن الدولي اليوم الخميس بيانا.)
            let m = mention_at(input, j + 1).filter(|m| m.tok_end <= t && t - m.tok_end <= 3 && m.actor.is_some() && !m.rule.contains("+context:"))?;
            let words_between = (m.tok_end..t).all(|k| input.tokens[k].kind == TokenKind::Arabic);
            return words_between.then(|| (owned(&m.actor), owned(&m.country), owned(&m.role)));
        }
    }
    let given_in = keys[t] == "ببيان" || t > 0 && matches!(keys[t - 1].as_str(), "في" | "فى");
    if !given_in {
        return None;
    }
    let q = quotes.iter().filter(|q| s0 <= q.cue && q.cue < t && t - q.cue <= 12).max_by_key(|q| q.cue)?;
    let sp = q.speaker.as_ref().filter(|sp| sp.tok_end <= t && placed(input, sp))?;
    Some((sp.actor.clone(), sp.country.clone(), sp.role.clone()))
}

/// Was the speaker coded by something of its own (a dictionary name, a nisba), not by the
/// story's guess?
fn placed(input: &Input, sp: &Speaker) -> bool {
    if sp.country.is_none() {
        return false;
    }
    let at = input.mentions.iter().find(|m| m.tok_start <= sp.tok_start && sp.tok_start < m.tok_end);
    sp.entity.is_some() || at.is_some_and(|m| m.country.is_some() && !m.rule.contains("+context:"))
}

/// The author of the document a bare definite speaker at `[start, end)` names again.
fn author_of_bare(input: &Input, quotes: &[QuoteSpan], start: usize, end: usize) -> Option<Code> {
    let (noun, definite) = document(&input.keys[start])?;
    if !definite || end != start + 1 {
        return None;
    }
    for t in (0..start).rev() {
        let Some((other, definite)) = document(&input.keys[t]) else { continue };
        if other != noun {
            continue;
        }
        // (A capital is no author: تقرير للرياض المالية is a firm's, or the paper's; nor is
        // a body the story's guess codes.)
        let placed_author = |m: &&ActorSpan| m.actor.is_some() && m.kind != Kind::Capital && !m.rule.contains("+context:");
        if let Some(m) = author(input, t, definite).filter(placed_author) {
            return Some((owned(&m.actor), owned(&m.country), owned(&m.role)));
        }
        if let Some(code) = (noun == "بيان" && !definite).then(|| issuer(input, quotes, t)).flatten() {
            return Some(code);
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
    for i in 0..quotes.len() {
        let Some(sp) = quotes[i].speaker.as_ref().filter(|sp| sp.entity.is_none()) else { continue };
        let Some((actor, country, role)) = author_of_bare(input, quotes, sp.tok_start, sp.tok_end) else { continue };
        let sp = quotes[i].speaker.as_mut().expect("checked above");
        sp.actor = actor;
        sp.country = country;
        sp.role = role;
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

    #[test]
    fn a_bare_statement_speaks_for_the_speaker_it_was_given_by() {
        // A story about Yemen: the statement is the UN office's.
        let text = "تتواصل الحرب في اليمن منذ سنوات، وتعاني مدن اليمن من نقص المياه.\n\
                    وأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في بيان أن الغارات أصابت محطة مياه.\n\
                    وأضاف البيان أن الوضع الصحي يزداد سوءا.";
        let q = quotes(text);
        assert!(actor_of(&q, "الوضع الصحي").is_some_and(|a| a.starts_with("IGO")), "{q:?}");
    }

    #[test]
    fn a_bare_statement_speaks_for_the_body_that_issued_it() {
        let text = "تشهد باكستان احتجاجات واسعة في مدن باكستان.\n\
                    وأصدرت السفارة الأمريكية بيانا مساء الأحد.\n\
                    وقال البيان إن الموظفين بخير.";
        let q = quotes(text);
        assert!(actor_of(&q, "الموظفين بخير").is_some_and(|a| a.starts_with("USA")), "{q:?}");
    }

    #[test]
    fn a_statement_with_no_issuer_named_keeps_the_story() {
        let text = "تشهد باكستان احتجاجات واسعة في مدن باكستان.\n\
                    وصدر بيان مساء الأحد.\n\
                    وقال البيان إن الموظفين بخير.";
        let q = quotes(text);
        assert!(!actor_of(&q, "الموظفين بخير").is_some_and(|a| a.starts_with("USA")), "{q:?}");
    }
}
