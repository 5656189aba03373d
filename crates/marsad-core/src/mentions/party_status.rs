//! A party, coalition or front that the text calls ruling or opposition: حزب "إلى الأمام"
//! الحاكم، تحالف باريسان الحاكم، حزب الشعب المعارض، جبهة التحرير الوطني الحاكمة. The
//! adjective after the head noun and its name is the party's status on the article's
//! date, so it gives the role (the ruling party is the government's, GOVPTY; an
//! opposition party OPPPTY, as groups.tsv writes parties); the state is a group's
//! inside the phrase, a state's after في, or the story's. Without this the adjective
//! alone was read as the role noun حاكم "governor" or معارض "dissident".

use super::{actor_of, is_stop, is_verb_word, story_country, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use std::borrow::Cow;

/// Head nouns (keys) of a party's name, with whether they are feminine.
const HEADS: &[(&str, bool)] = &[("حزب", false), ("تحالف", false), ("ائتلاف", false), ("جبهه", true), ("حركه", true)];

/// Most words of a party's name between its head noun and the adjective.
const NAME_WORDS: usize = 4;

/// The status adjectives (keys), the role each gives, and whether it is feminine (also
/// this pass's trigger: `triggers.rs`).
pub(super) const STATUS: &[(&str, &str, bool)] =
    &[("الحاكم", "GOV", false), ("الحاكمه", "GOV", true), ("المعارض", "OPP", false), ("المعارضه", "OPP", true)];

/// The status an adjective (key) gives, and whether it is feminine.
pub(super) fn status(key: &str) -> Option<(&'static str, bool)> {
    STATUS.iter().find(|&&(k, _, _)| k == key).map(|&(_, role, feminine)| (role, feminine))
}

/// Is `key` a head noun of [`HEADS`] (perhaps after و ف ل ب), and is it feminine?
fn head(key: &str) -> Option<bool> {
    let bare = |k: &str| HEADS.iter().find(|(h, _)| *h == k).map(|&(_, f)| f);
    bare(key).or_else(|| key.strip_prefix(['و', 'ف', 'ل', 'ب']).and_then(bare))
}

/// The head noun before the adjective at `adj` with one to [`NAME_WORDS`] name words (or
/// quotation marks) between: its token. The adjective agrees with the head, except that
/// الحاكمة may follow a masculine head (the party is then a جبهة or حركة by name).
fn party_head(cx: &Cx<'_, '_>, adj: usize, feminine: bool, role: &str) -> Option<usize> {
    let mut words = 0;
    let mut t = adj;
    // Inside quotation marks any word is the name's (حزب "إلى الأمام" الحاكم).
    let mut quoted = false;
    while t > 0 && words <= NAME_WORDS {
        t -= 1;
        let key = cx.keys[t].as_str();
        if key.is_empty() {
            // Only quotation marks inside a name.
            if cx.punct(t).is_some_and(|p| matches!(p, "\"" | "«" | "»" | "“" | "”")) {
                quoted = !quoted;
                continue;
            }
            return None;
        }
        if let Some(head_feminine) = head(key) {
            // (Inside quotation marks still: the mark opened before the head, "جبهة
            // تحرير سوريا" آخر تشكيلات المعارضة, and the adjective is no name's.)
            let agrees = head_feminine == feminine || role == "GOV";
            return (words > 0 && agrees && !quoted && !cx.crosses_paragraph(t, adj + 1)).then_some(t);
        }
        if quoted {
            words += 1;
            continue;
        }
        // A conjunction begins another phrase, unless it joins two words of the name
        // (العدالة والتنمية).
        if is_stop(key) || key.starts_with('و') && !key.starts_with("وال") || is_verb_word(cx, key) {
            return None;
        }
        words += 1;
    }
    None
}

/// The state code at the head of `code` (MYSGOVPTY → MYS), when it is a state's.
fn state_of<'a>(cx: &Cx<'a, '_>, code: &str) -> Option<&'a str> {
    cx.lex.state(code.get(..3)?).map(|s| s.code.as_str())
}

/// Read the parties called ruling or opposition (see the module docs). A dictionary
/// group already coded GOV or OPP keeps its code.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let mut story: Option<Option<&'a str>> = None;
    for m in ms {
        if m.conj || m.prep || m.end != m.start + 1 {
            continue;
        }
        let adj = m.start;
        let Some((role, feminine)) = status(&cx.keys[adj]) else { continue };
        // With لـ after it the adjective is a participle with its object: opposed to
        // something (حزب الرابطة المعارض للهجرة), not the opposition.
        if cx.keys.get(adj + 1).is_some_and(|k| k.starts_with('ل')) {
            continue;
        }
        let Some(h) = party_head(cx, adj, feminine, role) else { continue };
        // The mentions the phrase takes in: those inside it, and one that begins at the
        // adjective (الحاكم في ماليزيا, read as the governor in Malaysia).
        let first = out.partition_point(|s| s.tok_end <= h);
        let mut last = first;
        while last < out.len() && out[last].tok_start <= adj {
            last += 1;
        }
        // A mention that begins before the head (a role noun in construct with the
        // party: مرشح حزب …) or runs past a mention at the adjective is another phrase's.
        if out[first..last].iter().any(|s| s.tok_start < h || s.tok_end > adj + 1 && s.tok_start != adj) {
            continue;
        }
        let group = out[first..last].iter().find(|s| s.kind == Kind::Group && s.tok_start < adj);
        if group.is_some_and(|g| g.role.as_deref().is_some_and(|r| r == "GOV" || r == "OPP")) {
            continue;
        }
        let at_adjective = out[first..last].iter().find(|s| s.tok_start == adj);
        let end = at_adjective.map_or(adj + 1, |s| s.tok_end.max(adj + 1));
        // A state named after the adjective (المعارضة في زيمبابوي) before a group's.
        let placed = at_adjective
            .and_then(|s| s.actor.as_deref())
            .and_then(|code| state_of(cx, code))
            .or_else(|| group.and_then(|g| g.actor.as_deref()).and_then(|code| state_of(cx, code)));
        let state = placed.or_else(|| *story.get_or_insert_with(|| story_country(cx, out)));
        let mut span = ActorSpan::new(h, end, Kind::Group, Cow::Borrowed(if role == "GOV" { "party-status:GOV" } else { "party-status:OPP" }));
        let name = || Cow::Owned(cx.keys[h..adj].iter().filter(|k| !k.is_empty()).cloned().collect::<Vec<_>>().join(" "));
        span.entity = Some(group.and_then(|g| g.entity.clone()).unwrap_or_else(name));
        span.entity_id = group.and_then(|g| g.entity_id);
        let head_key = &cx.keys[h];
        span.prepositional = head_key.strip_prefix('و').unwrap_or(head_key).starts_with(['ل', 'ب']);
        if let Some(st) = state {
            let party_role = if role == "GOV" { "GOVPTY" } else { "OPPPTY" };
            span.actor = Some(actor_of(cx.lex, st, party_role));
            span.country = cx.lex.state(st).map(|s| Cow::Borrowed(s.iso3.as_str()));
            span.extend_rule(&[if placed.is_some() { "+state" } else { "+context:" }, if placed.is_some() { "" } else { st }]);
        }
        span.role = Some(Cow::Borrowed(role));
        out.splice(first..last, std::iter::once(span));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_party_called_ruling_is_the_governments() {
        let ms = mentions("فاز تحالف باريسان الحاكم في ماليزيا بالانتخابات. وقال حزب \"إلى الأمام\" الحاكم في فرنسا إن الحكومة الفرنسية ستدعم القانون.");
        assert_eq!(code(&ms, "تحالف باريسان الحاكم في ماليزيا"), Some("MYSGOVPTY"), "{ms:?}");
        assert_eq!(code(&ms, "حزب \"إلى الأمام\" الحاكم في فرنسا"), Some("FRAGOVPTY"), "{ms:?}");
    }

    #[test]
    fn a_party_called_opposition_takes_the_storys_country() {
        let ms = mentions("وقال حزب الشعب المعارض إن أردوغان خالف القانون في تركيا، وإن الحكومة التركية تلاحق الصحفيين في تركيا.");
        assert_eq!(code(&ms, "حزب الشعب المعارض"), Some("TUROPPPTY"), "{ms:?}");
    }

    #[test]
    fn a_state_after_the_adjective_places_the_party() {
        // (حركة التغيير alone is also an Iraqi party's name in groups.tsv.)
        let ms = mentions("قدمت حركة التغيير الديموقراطي المعارضة في زيمبابوي طعنا إلى المحكمة الدستورية.");
        assert_eq!(code(&ms, "حركة التغيير الديموقراطي المعارضة في زيمبابوي"), Some("ZWEOPPPTY"), "{ms:?}");
    }

    #[test]
    fn a_participle_with_its_object_or_a_quote_before_the_head_is_no_status() {
        // المعارض للهجرة "opposed to immigration"; a name quoted from before the head.
        let ms = mentions("وتتكون الحكومة في إيطاليا من حزب \"الرابطة\" المعارض للهجرة. وقال المرصد إن \"جبهة تحرير سوريا\" آخر تشكيلات المعارضة في سوريا.");
        assert!(ms.iter().all(|m| !m.rule.starts_with("party-status")), "{ms:?}");
    }

    #[test]
    fn the_opposition_as_a_noun_after_a_head_is_no_status() {
        // حركة المعارضة "the opposition movement": no name between, no party read here;
        // a preposition between ends the name (تحالف مع المعارضة).
        let ms = mentions("ورفض تحالف الأحزاب اليسارية التعاون مع المعارضة في تركيا.");
        assert!(ms.iter().all(|m| !m.rule.starts_with("party-status")), "{ms:?}");
    }

    #[test]
    fn a_governor_after_a_name_is_no_party() {
        // حاكم "governor" after a person's name stays the role noun.
        let ms = mentions("وقال جيري براون الحاكم السابق لولاية كاليفورنيا إن الحرائق تتسع.");
        assert!(ms.iter().all(|m| !m.rule.starts_with("party-status")), "{ms:?}");
    }
}
