//! Whose a bare role noun speaking is, when its complement names it.
//!
//! A role noun that names no country (مدير، مراسل، خبراء) would speak for the story's home
//! country. But the words right after it often say whose it is: a genitive (مدير مطعم
//! كوري شمالي، مراسل "سكاي نيوز عربية") or a في/من/بـ/لـ phrase (خبراء في حقوق الإنسان
//! بالأمم المتحدة، المدير الفني لمنتخب مصر). The first coded mention or nisba there,
//! within a few words, is that actor (a person lends his country, not his office). The phrase ends at punctuation, a complementizer,
//! a reporting word, a relative pronoun, a finite verb opening a relative clause (مسؤول
//! التقى وزير الخارجية الروسي), a preposition of another kind (عن، مع، قرب) or a
//! particle before a verb (قد). Not whose the speaker is:
//! - a name with لـ، عن، مع glued to it: the addressee or the topic (قال مسؤول لرويترز);
//! - بـ on a common noun: the verb's complement (وأشاد العميد بالمشاركة …);
//! - after a definite role noun, which heads no construct, a bare noun: the verb's object
//!   (وأكدت الوكالة أنباء مقتل جنود إماراتيين);
//! - a nisba or state after a field noun (خبير في الشؤون الإيرانية): the field's;
//! - where a mission serves (سفارة بلاده في إسرائيل، سفير … لدى);
//! - words in quotation marks that are no name: the quotation (قال المتحدث "لقد …").
//!
//! On the corpus this changes the country of 1,171 quotes' speakers; samples read mostly
//! as improvements (docs/quotes.md, Measured).

use super::{is_complementizer, is_mark, relative_head, ActorSpan, Input, NP_END, RELATIVES};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// How many words after the role noun its complement may name the actor.
const REACH: usize = 5;

/// Nouns for a field of knowledge or a file: a nisba after them is the field's.
/// (Compared without prefixes: بالشؤون، الملف.)
const FIELD_NOUNS: &[&str] = &["شؤون", "شان", "ملف", "قضايا", "دراسات", "قسم"];

/// Nisba forms that are far more often a common adjective (المدير المالي: financial,
/// not Malian).
const COMMON_ADJECTIVES: &[&str] = &["مالي", "ماليه", "ماليين", "ماليون"];

/// Prepositions of place or manner that no phrase of belonging follows (أحد الصحفيين قرب
/// قاعة المحكمة).
/// (And the particles before a verb, قد، لقد، سوف: the predicate has begun.)
const OTHER_PREPOSITIONS: &[&str] = &["قرب", "عبر", "بين", "نحو", "حسب", "وفق", "بحسب", "قد", "لقد", "سوف"];

/// Missions abroad: a في or لدى phrase after them names the host, not whose they are.
const MISSION_NOUNS: &[&str] = &["سفاره", "قنصليه", "سفير", "سفيره", "سفراء", "مندوب", "مندوبه", "بعثه"];

/// The actor a role noun's complement names.
#[derive(Debug)]
pub(super) struct Complement {
    /// Token after the complement's last word: the speaker's span runs to it.
    pub end: usize,
    pub actor: String,
    pub country: String,
}

/// The country a nisba, state or demonym starting at token `k` names, with the token after
/// it.
fn country_word_at(input: &Input, k: usize) -> Option<(String, usize)> {
    let lexicon = input.lexicon;
    let m = lexicon.longest_at(input.keys, k)?;
    let code = m
        .entries
        .iter()
        .map(|&id| lexicon.entry(id))
        .find(|e| matches!(e.kind, Kind::Nisba | Kind::State | Kind::Demonym))
        .and_then(|e| e.codes.first())
        .and_then(|c| lexicon.split_code(&c.code).0)?;
    Some((code, m.end.max(k + 1)))
}

/// A key without the conjunction و/ف.
fn without_conj(key: &str) -> &str {
    key.strip_prefix(['و', 'ف']).unwrap_or(key)
}

/// A key without conjunction, preposition and article: the noun itself.
fn bare_noun(key: &str) -> &str {
    let k = without_conj(key);
    let k = k.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(k);
    k.strip_prefix("ال").unwrap_or(k)
}

/// Is `key` a mission abroad (سفارة، سفير، بعثة), placed where it serves?
pub(super) fn is_mission(key: &str) -> bool {
    MISSION_NOUNS.contains(&bare_noun(key))
}

/// The actor named in the complement of the role mention `m` (a mention of its own with
/// no country), if any.
pub(super) fn of_role_noun(input: &Input, m: &ActorSpan) -> Option<Complement> {
    let Input { text, tokens, keys, mentions, lexicon, .. } = *input;
    if m.kind != Kind::Agent || m.country.is_some() {
        return None;
    }
    // A mission abroad is placed where it serves (سفارة بلاده في إسرائيل), not whose.
    if is_mission(&keys[m.tok_start]) {
        return None;
    }
    let role = m.role.as_deref().unwrap_or_default();
    // A definite noun heads no construct: after it only an adjective (with the article)
    // or a prepositional phrase continues it; a bare noun is the verb's object
    // (وأكدت الوكالة أنباء مقتل جنود إماراتيين).
    let definite = key_is_definite(&keys[m.tok_start]);
    let mut in_phrase = false;
    let limit = (m.tok_end + REACH).min(tokens.len());
    let mut j = m.tok_end;
    while j < limit {
        let key = keys[j].as_str();
        if tokens[j].kind == TokenKind::Punct {
            // A name in quotation marks is still the genitive (مراسل "سكاي نيوز عربية");
            // other words in marks are the quotation itself (قال المتحدث "لقد …").
            // (A name wholly in marks: one opening a quotation is its first word.)
            let name_follows = || {
                let n = mentions.get(mentions.partition_point(|n| n.tok_start <= j));
                n.is_some_and(|n| n.tok_start == j + 1 && tokens.get(n.tok_end).is_some_and(|t| is_mark(t.text(text))))
            };
            if is_mark(tokens[j].text(text)) && name_follows() {
                j += 1;
                continue;
            }
            return None;
        }
        // (A given name is no preposition and its noun: الحقوقية بشرى بلحاج.)
        let given_name = || lexicon.given_names().iter().any(|g| g.key == key);
        in_phrase |= matches!(key, "في" | "من") || without_conj(key).starts_with(['ب', 'ل']) && !given_name();
        if definite && !in_phrase && !without_conj(key).starts_with("ال") {
            return None;
        }
        let after_field = j > m.tok_end && FIELD_NOUNS.contains(&bare_noun(&keys[j - 1]));
        let first = mentions.partition_point(|n| n.tok_start < j);
        if let Some(n) = mentions.get(first).filter(|n| n.tok_start == j) {
            // Of the prepositions glued to a name only بـ says where the speaker belongs.
            if n.prepositional && !key.starts_with('ب') {
                return None;
            }
            let state_like = matches!(n.kind, Kind::State | Kind::Capital | Kind::Nisba | Kind::Demonym | Kind::Place);
            if let Some(country) = n.country.as_deref().filter(|_| !(state_like && after_field)) {
                // A conjoined actor (السرايا والقسام) shares the country, not the code.
                let conjoined = key.starts_with('و') && !n.prepositional;
                // A person lends his country, not his office (مدير حملة المرشح ترامب).
                let person = matches!(n.kind, Kind::Person | Kind::PersonShort);
                let actor = match n.actor.as_deref() {
                    Some(a) if !state_like && !conjoined && !person => a.to_string(),
                    _ => format!("{country}{role}"),
                };
                return Some(Complement { end: closed(input, n.tok_end), actor, country: country.to_string() });
            }
            j = n.tok_end;
            continue;
        }
        // بـ glued to a common noun is the verb's complement (وأشاد العميد الشحي
        // بالمشاركة …), not where the speaker belongs, which بـ on a name says.
        let stops = (NP_END.contains(&key) && key != "في")
            || OTHER_PREPOSITIONS.contains(&key)
            || without_conj(key).starts_with("بال")
            || is_complementizer(key)
            || RELATIVES.contains(&key) && key != "من"
            || lexicon.cue(key).is_some();
        if stops {
            return None;
        }
        let common_adjective = COMMON_ADJECTIVES.contains(&bare_noun(key));
        if let Some((country, end)) = country_word_at(input, j).filter(|_| !after_field && !common_adjective) {
            let actor = format!("{country}{role}");
            return Some(Complement { end: closed(input, end), actor, country });
        }
        // A finite verb opens the head's relative clause (مسؤول التقى وزير الخارجية
        // الروسي): what it names is no complement (`relative_head`).
        if relative_head::finite_verb(input, key) {
            return None;
        }
        j += 1;
    }
    None
}

/// The end of a complement, past a quotation mark that closes it (مراسل "سكاي نيوز عربية").
fn closed(input: &Input, end: usize) -> usize {
    let opened = end >= 2 && (input.tokens[..end].iter().rev().take(6).any(|t| is_mark(t.text(input.text))));
    match input.tokens.get(end) {
        Some(t) if opened && is_mark(t.text(input.text)) && t.start == input.tokens[end - 1].end => end + 1,
        _ => end,
    }
}
