//! Organisations no dictionary knows, read from their head noun. A noun that names a kind
//! of body (agents.tsv: مستشفى HLH، شركة BUS، مجلة MED, see [`ORG_HEADS`]), singular and
//! in construct (no article), followed by a proper name is one mention of that body:
//! مستشفى ويكسام بارك، مجموعة سبيكترم، شركة Survey USA. Its role is the head noun's, its
//! state that of a nisba right after the name (مجلة إنتتش الأمريكية), else the story's,
//! given later like a quoted name's (`agent+org-name`).
//!
//! A proper name here is a word in Latin script, or an Arabic word no dictionary knows
//! that the Arabic press never writes with the article, as a verb or as the first noun
//! of a construct (مكافحة الإرهاب): the common words
//! are listed in `data/common_words.txt`, built from the shared corpus by
//! `tools/build_common_words.py`. So a head noun before a common noun, an adjective or
//! a verb (شركة طيران، مجموعة مسلحة، شركة تعمل) names no organisation.

use super::line_set::LineSet;
use super::{actor_of, is_stop, is_verb_word, merge_by_start, nationality, ActorSpan, Cx};
use marsad_lexicon::{Entry, Kind, Match};
use marsad_text::normalize::{has_chars, key_is_definite};
use marsad_text::token::TokenKind;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Head nouns (agents.tsv ids without `agent:`) that name one body before its proper
/// name. (Not the generic hosts of a name whose sector varies: مؤسسة، مركز.)
const ORG_HEADS: &[&str] = &[
    "مستشفى", "شركة", "مجموعة", "مجلة", "صحيفة", "تلفزيون", "وكالة أنباء", "وكالة", "إذاعة", "مصرف", "جامعة",
    "معهد", "منظمة", "جمعية", "نقابة", "محكمة",
];

/// Singular forms of a head noun's row other than its first (تلفزيون|قناة …).
const SINGULAR_FORMS: &[&str] = &["قناة"];

/// Most words of a proper name read after the head noun.
const NAME_WORDS: usize = 4;

/// Words the Arabic press writes with the article or as a verb (normalized keys), built
/// once in one walk over the list ([`LineSet`]).
fn common_words() -> &'static LineSet {
    static SET: OnceLock<LineSet> = OnceLock::new();
    SET.get_or_init(|| LineSet::of(include_str!("../../data/common_words.txt")))
}

/// Is `key` a common word, perhaps after one or two of و ف ب ل ك (لحقوق، وأخرى)?
pub(super) fn is_common(key: &str) -> bool {
    let once = strip_clitic(key);
    common_form(key) || once.is_some_and(|k| common_form(k) || strip_clitic(k).is_some_and(common_form))
}

/// Is `key` a common word as it is written, with no clitic taken off (بدأنا, but not
/// لجمال)?
pub(super) fn is_common_as_written(key: &str) -> bool {
    common_form(key)
}

/// Is `key` a listed common word, or one in a form the list does not hold: a sound
/// plural in construct, which loses its nun and never takes the article (سائقي الحافلات:
/// سائقين), or with the accusative ـا (خطابا)?
fn common_form(key: &str) -> bool {
    let set = common_words();
    set.contains(key)
        || key.ends_with('ي') && set.contains([key, "ن"].concat().as_str())
        || key.strip_suffix('ا').is_some_and(|stem| has_chars(stem, 3) && set.contains(stem))
}

/// Words after a head noun that are no name: verbs that introduce one (مجموعة تسمى
/// "أصدقاء البطل") and pronouns that begin a clause about the body (منظمة أتيب وهي …).
const NOT_NAMES: &[&str] = &[
    "تسمي", "يسمي", "تدعي", "يدعي", "تعرف", "يعرف", "اسمها", "اسمه", "هي", "هو", "هم", "وهي", "وهو", "وهم", "فهي", "فهو",
];

/// `key` without one of و ف ب ل ك, three letters at least staying.
fn strip_clitic(key: &str) -> Option<&str> {
    key.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).filter(|rest| has_chars(rest, 3))
}

/// The head noun of `e`, when it is one of [`ORG_HEADS`].
fn org_head(e: &Entry) -> Option<&str> {
    let head = e.id.strip_prefix("agent:")?;
    ORG_HEADS.contains(&head).then_some(head)
}

/// Are `words` the head noun `head` itself, in the singular and without the article,
/// perhaps after و ف ب ل (لمحكمة)? A plural (شركات) heads a list of bodies, not one.
fn singular_construct(words: &[String], head: &str) -> bool {
    // The heads' keys, made once: a key made per match allocated a string each time.
    static KEYS: OnceLock<Vec<(&str, String)>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| ORG_HEADS.iter().chain(SINGULAR_FORMS).map(|&h| (h, marsad_text::normalize::key(h))).collect());
    let form = match keys.iter().find(|(h, _)| *h == head) {
        Some((_, k)) => Cow::Borrowed(k.as_str()),
        None => Cow::Owned(marsad_text::normalize::key(head)),
    };
    let mut form_words = form.split(' ');
    let first = form_words.next().unwrap_or_default();
    let rest_same = words.len() == 1 + form_words.clone().count() && words[1..].iter().zip(form_words).all(|(w, f)| w == f);
    rest_same
        && words[0]
            .strip_suffix(first)
            .is_some_and(|pre| pre.chars().count() <= 2 && pre.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل')))
}

/// Is token `t` a word of a proper name: Latin script, or an Arabic word that is no
/// function word, verb of the dictionaries or common word, and has no article?
fn name_word(cx: &Cx<'_, '_>, t: usize) -> bool {
    let key = cx.keys[t].as_str();
    if let Some(doc) = cx.doc {
        let token = &doc.tokens[t];
        match token.kind {
            TokenKind::Word => return true,
            // A final ة is an Arabic feminine noun or adjective's (منظمة فدائية), not a
            // transliterated name's.
            TokenKind::Arabic if doc.text[token.start..token.end].ends_with('ة') => return false,
            TokenKind::Arabic => {}
            _ => return false,
        }
    }
    has_chars(key, 2) && !key_is_definite(key) && !is_stop(key) && !NOT_NAMES.contains(&key) && !is_verb_word(cx, key) && !is_common(key)
}

/// Is token `t` a one-word name because the sector the body works in follows it: a
/// given name that is also a common word (شركة ماهر للتجارة والمقاولات: ماهر is
/// "skilled" too), not another common noun (لشركة تصنيع للسيارات), a word with the
/// article, a function word, a verb, nor a feminine adjective (شركة كبرى للاستثمار)?
fn named_for_sector(cx: &Cx<'_, '_>, t: usize) -> bool {
    let key = cx.keys[t].as_str();
    if !cx.first_names.set.contains(key) {
        return false;
    }
    let arabic = cx.doc.is_some_and(|d| d.tokens[t].kind == TokenKind::Arabic);
    let feminine = key.ends_with(['ه', 'ي']) || key.ends_with("يه");
    arabic
        && has_chars(key, 3)
        && !feminine
        && !key_is_definite(key)
        && !is_stop(key)
        && !NOT_NAMES.contains(&key)
        && !is_verb_word(cx, key)
        && nationality(cx, t).is_none()
        && cx.keys.get(t + 1).is_some_and(|k| super::sector_names::sector(k, "لل").is_some())
}

/// Name the organisations of head nouns followed by a proper name (see the module docs).
/// `ms` are the document's matches; a head noun is taken when no mention holds it or a
/// bare one of the noun alone does, and the name when no mention or match holds it.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let Some(e) = cx.entry(i).filter(|e| e.kind == Kind::Agent) else { continue };
        let Some(head) = org_head(e) else { continue };
        let form = if SINGULAR_FORMS.contains(&e.name.as_str()) { e.name.as_str() } else { head };
        if m.article || !singular_construct(&keys[m.start..m.end], form) {
            continue;
        }
        let Some((at, replaces)) = body_slot(out, m.start, m.end) else { continue };
        // The name ends before the next mention and the next match.
        let next_mention = out.get(at + usize::from(replaces)).map_or(keys.len(), |s| s.tok_start);
        let limit = ms.get(i + 1).map_or(keys.len(), |n| n.start).min(next_mention).min(m.end + NAME_WORDS);
        let mut name_end = (m.end..limit).find(|&t| !name_word(cx, t)).unwrap_or(limit);
        if name_end == m.end && m.end + 1 < limit && named_for_sector(cx, m.end) {
            name_end = m.end + 1;
        }
        let role = e.role.as_deref().and_then(|r| r.get(..3));
        // Arabic letters alone (بي، إف) are an abbreviation cut short at a dot or a
        // common word.
        let latin = |t: usize| cx.doc.is_some_and(|d| d.tokens[t].kind == TokenKind::Word);
        let letters_only = (m.end..name_end).all(|t| !latin(t) && !has_chars(&keys[t], 3));
        if letters_only && name_end > m.end {
            continue;
        }
        if name_end == m.end {
            // A quoted name is read by `extent::quoted_names`, which needs the head noun
            // as a mention: a noun that is no actor alone (`alone = no`: قناة، مجموعة)
            // has none, so it is added, to be dropped unless the quoted name is read.
            // (One indefinite common word in quotation marks is a word set apart, not a
            // name: مجموعة "تكفيرية".)
            let quoted = m.end + 2 < next_mention.min(keys.len())
                && cx.punct(m.end).is_some_and(super::extent::opening_quote)
                && !(cx.punct(m.end + 2).is_some() && !key_is_definite(&keys[m.end + 1]) && is_common(&keys[m.end + 1]));
            // (Not مجموعة: before a quoted name it is as often a collection, a bloc of
            // states or a faction as a business group.)
            if quoted && !replaces && head != "مجموعة" {
                let mut span = ActorSpan::new(m.start, m.end, Kind::Agent, Cow::Borrowed("agent"));
                span.agent_id = Some(&e.id);
                span.role = e.role.as_deref().map(Cow::Borrowed);
                span.prepositional = m.prep;
                span.needs_institution = true;
                added.push(span);
            }
            continue;
        }
        // A name cut short by a known one that goes on it (صحيفة ذي + تايمز) is not read
        // in part: a match right after the name must be a nisba, or begin a complement.
        // So must a mention (جامعة سان + يوسف).
        let cut = name_end == next_mention
            || ms.get(i + 1).is_some_and(|n| {
                n.start == name_end && !n.prep && !n.conj && cx.entry(i + 1).is_some_and(|e| !matches!(e.kind, Kind::Nisba | Kind::Demonym))
            });
        if cut {
            continue;
        }
        let state = (name_end < next_mention && name_end < keys.len()).then(|| nationality(cx, name_end)).flatten();
        let mut span = ActorSpan::new(m.start, name_end, Kind::Agent, Cow::Borrowed("agent+org-name"));
        span.agent_id = Some(&e.id);
        span.entity = Some(keys[m.end..name_end].join(" ").into());
        span.prepositional = m.prep;
        span.role = role.map(Cow::Borrowed);
        if let Some((state, iso)) = state {
            span.actor = Some(actor_of(cx.lex, state, role.unwrap_or("")));
            span.country = Some(Cow::Borrowed(iso));
            span.tok_end = name_end + 1;
            span.rule = Cow::Borrowed("agent+org-name+state");
        }
        if replaces {
            out[at] = span;
        } else {
            added.push(span);
        }
    }
    if !added.is_empty() {
        merge_by_start(out, added);
    }
}

/// Where a body named from the words `start..end` goes in `out`: the index of the first
/// span not before them, and whether the span there is only the bare head noun (uncoded,
/// no entity), which the body replaces. `None` when another mention holds those words.
pub(super) fn body_slot(out: &[ActorSpan], start: usize, end: usize) -> Option<(usize, bool)> {
    let at = out.partition_point(|s| s.tok_end <= start);
    match out.get(at).filter(|s| s.tok_start < end) {
        None => Some((at, false)),
        Some(s) if s.tok_start == start && s.tok_end == end && s.actor.is_none() && s.entity.is_none() => Some((at, true)),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    // The mentions tests' analyzer (loaded once for both) and article date.
    use crate::mentions::tests::mentions;
    use crate::Mention;

    fn find<'m>(ms: &'m [Mention], text: &str) -> Option<&'m Mention> {
        ms.iter().find(|m| m.text == text)
    }

    #[test]
    fn the_common_words_are_read_line_by_line() {
        // The list's words, not its header, are common: تعمل is a verb, سبيكترم no word.
        assert!(super::is_common_as_written("تعمل") && !super::is_common_as_written("سبيكترم"));
        let words = super::common_words();
        assert!(!words.iter().any(|w| w.starts_with('#') || w.is_empty()));
        assert!(words.len() > 20_000, "{}", words.len());
    }

    #[test]
    fn a_head_noun_before_a_foreign_name_is_that_organisation() {
        let ms = mentions("وقالت مجموعة سبيكترم اللبنانية إن العقد وقع");
        let m = find(&ms, "مجموعة سبيكترم اللبنانية").expect("named");
        assert_eq!((m.actor.as_deref(), m.entity.as_deref()), (Some("LBNBUS"), Some("سبيكترم")), "{ms:?}");
        // Latin script is a name too; with no nisba the story's country is given.
        let ms = mentions("في واشنطن أظهر استطلاع أجرته شركة Survey USA أن الأميركيين");
        assert_eq!(find(&ms, "شركة Survey USA").and_then(|m| m.actor.as_deref()), Some("USABUS"), "{ms:?}");
        // One word, common or not, before the sector the company works in.
        let ms = mentions("وفرضت الخزانة عقوبات على شركة ماهر للتجارة والمقاولات في بيروت");
        assert!(ms.iter().any(|m| m.text == "شركة ماهر للتجارة والمقاولات" && m.entity.as_deref() == Some("ماهر")), "{ms:?}");
        // With a preposition, and a head noun of its own sector.
        let ms = mentions("نقل المصاب إلى مستشفى ويكسام بارك البريطاني");
        assert_eq!(find(&ms, "مستشفى ويكسام بارك البريطاني").and_then(|m| m.actor.as_deref()), Some("GBRHLH"), "{ms:?}");
    }

    #[test]
    fn a_head_noun_before_a_common_word_names_no_organisation() {
        for text in [
            "وقالت شركة طيران إن الرحلة ألغيت",
            "وهاجمت مجموعة مسلحة القرية",
            "وتملك شركة تعمل في النفط",
            "وأسست الحكومة شركة كبرى للاستثمار العقاري",
        ] {
            let ms = mentions(text);
            assert!(ms.iter().all(|m| m.entity.is_none() || !m.rule.starts_with("agent+org-name")), "{text}: {ms:?}");
        }
        // Nor an abbreviation's letters cut short (شركة بي + إن), a verb that introduces
        // a name, or one common word set apart in quotation marks.
        for text in ["وقالت شركة بي إن إنها", "ونشرت مجموعة تسمى أصدقاء البطل بيانا", "وهاجمت مجموعة \"تكفيرية\" القرية"] {
            let ms = mentions(text);
            assert!(ms.iter().all(|m| !m.rule.starts_with("agent+org-name") && !m.rule.starts_with("agent+quoted-name")), "{text}: {ms:?}");
        }
        // A pronoun after the name begins a clause.
        let ms = mentions("وقالت منظمة أتيب وهي تابعة للهيئة");
        assert!(ms.iter().any(|m| m.text == "منظمة أتيب"), "{ms:?}");
        // A plural heads a list of bodies, not one.
        let ms = mentions("وقالت شركات سبيكترم إن");
        assert!(ms.iter().all(|m| !m.rule.starts_with("agent+org-name")), "{ms:?}");
    }

    #[test]
    fn a_noun_that_is_no_actor_alone_before_a_quoted_name_is_that_organisation() {
        let ms = mentions("وقال تلفزيون \"نوش\" الرسمي الهولندي إن الشرطة");
        let m = find(&ms, "تلفزيون \"نوش\" الرسمي الهولندي").expect("named");
        assert_eq!(m.actor.as_deref(), Some("NLDMED"), "{ms:?}");
        // So are قناة, a form of the same noun, and a news agency.
        let ms = mentions("وقالت قناة \"جي تي بي سي\" الكورية الجنوبية إن");
        assert!(ms.iter().any(|m| m.text.starts_with("قناة \"جي تي بي سي\"") && m.rule.starts_with("agent+quoted-name")), "{ms:?}");
        let ms = mentions("حسبما نقلت وكالة أنباء \"فارس\" الإيرانية. وقال");
        assert_eq!(find(&ms, "وكالة أنباء \"فارس\" الإيرانية").and_then(|m| m.actor.as_deref()), Some("IRNMED"), "{ms:?}");
        // Without a name after it the noun stays no actor.
        let ms = mentions("وقال تلفزيون \"نحن هنا منذ زمن طويل جدا\"");
        assert!(ms.iter().all(|m| !m.text.starts_with("تلفزيون")), "{ms:?}");
    }
}
