//! Actor mentions: dictionary matches over the tokens, composed into actor phrases,
//! dated, and linked back to earlier mentions.
//!
//! 1. **Match**: every token's normalized key is looked up in the lexicon (leftmost-longest,
//!    proclitic-aware: وبالعراق finds العراق).
//! 2. **Compose** adjacent matches: agent(s) + state/nisba/capital (+ person) is one actor
//!    (وزير الخارجية الإيراني → IRNGOV; الرئيس السوري بشار الأسد → Assad); agent + person
//!    (الملك سلمان); agent + organisation (الأمين العام للأمم المتحدة); a group followed by
//!    its own nisba (حزب الله اللبناني). A nisba alone is an adjective, not an actor.
//! 3. **Date**: a person's code is the role that covers the article date (the latest role,
//!    flagged in `rule`, when the article has no date).
//! 4. **Link**: a singular role phrase with a state (المبعوث الأميركي) refers to the last
//!    person of that state named before; a bare one (الوزير) to the last person introduced
//!    with the same noun. Unknown people introduced by a role phrase keep the role's code,
//!    with the name as `entity`.

use crate::model::Mention;
use crate::offsets::CharOffsets;
use marsad_lexicon::date::{self, Date};
use marsad_lexicon::{Entry, Kind, Lexicon, Match};
use marsad_text::normalize::{key_into, KeyOptions};
use marsad_text::token::{Token, TokenKind};
use std::collections::HashSet;

/// A mention before conversion to output offsets: token range and resolution.
#[derive(Clone, Debug)]
pub struct ActorSpan {
    pub tok_start: usize,
    pub tok_end: usize,
    pub kind: Kind,
    pub entity: Option<String>,
    /// Stable id of the entity (person id, state code) for coreference, when known.
    pub entity_id: Option<String>,
    pub actor: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub rule: String,
    /// The agent noun that introduced a person (for linking الوزير back to him).
    pub agent_id: Option<String>,
    /// Token range of the mention this one was linked to.
    pub antecedent: Option<(usize, usize)>,
    /// A role noun for one person (وزير، مبعوث), which may refer back to a named person.
    pub person_noun: bool,
    /// Written with a preposition (لإيران، بالعراق): not a subject.
    pub prepositional: bool,
}

/// The normalized key of each token; punctuation and symbols get an empty key, which no
/// phrase contains, so no match crosses them.
pub fn token_keys(text: &str, tokens: &[Token]) -> Vec<String> {
    let mut buf = String::new();
    tokens
        .iter()
        .map(|t| match t.kind {
            TokenKind::Arabic | TokenKind::Word | TokenKind::Number => {
                buf.clear();
                key_into(t.text(text), KeyOptions::default(), &mut buf);
                buf.clone()
            }
            TokenKind::Punct | TokenKind::Symbol => String::new(),
        })
        .collect()
}

/// Find and resolve the actor mentions of a document.
pub fn find(lex: &Lexicon, keys: &[String], first_names: &HashSet<String>, date: Option<Date>) -> Vec<ActorSpan> {
    let matches = lex.scan(keys);
    let mut out: Vec<ActorSpan> = Vec::new();
    let mut i = 0;
    while i < matches.len() {
        let (span, used) = compose(lex, &matches[i..], keys, first_names, date);
        if let Some(mut span) = span {
            span.prepositional = has_preposition(&keys[span.tok_start], matches[i].stripped);
            out.push(span);
        }
        i += used.max(1);
    }
    link(&mut out);
    out
}


/// Did the lookup strip a preposition (ب ل ك) from the first token?
fn has_preposition(key: &str, stripped: u8) -> bool {
    if stripped == 0 {
        return false;
    }
    let (rest, conj) = match key.strip_prefix('و').or_else(|| key.strip_prefix('ف')) {
        Some(r) if stripped >= 2 || !r.starts_with("ال") => (r, 1),
        _ => (key, 0),
    };
    stripped > conj && (rest.starts_with('ب') || rest.starts_with('ل') || rest.starts_with('ك'))
}

/// The entry a match stands for: discards win (the phrase is not an actor); otherwise the
/// first entry, preferring actors over adjectives.
fn entry_of<'a>(lex: &'a Lexicon, m: &Match<'_>, date: Option<Date>) -> Option<&'a Entry> {
    let entries: Vec<&Entry> = m.entries.iter().map(|&id| lex.entry(id)).collect();
    if entries.iter().any(|e| e.kind == Kind::Discard) {
        return None;
    }
    // Among entries of the best kind, the one whose dates cover the article's (the RSF is
    // SDNMIL before 2023-04-15 and SDNREB after).
    let best = entries.iter().map(|e| kind_rank(e.kind)).min()?;
    let covers = |e: &Entry| date.is_some_and(|d| e.codes.iter().any(|c| c.covers(d)));
    entries
        .iter()
        .filter(|e| kind_rank(e.kind) == best)
        .max_by_key(|e| (covers(e), std::cmp::Reverse(e.codes.len())))
        .copied()
}

fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::Person => 0,
        Kind::Group => 1,
        Kind::Igo => 2,
        Kind::Metonym => 3,
        Kind::State => 4,
        Kind::Capital => 5,
        Kind::Demonym => 6,
        Kind::PersonShort => 7,
        Kind::Agent => 8,
        Kind::Nisba => 9,
        Kind::Discard => 10,
    }
}

fn is_place(k: Kind) -> bool {
    matches!(k, Kind::State | Kind::Nisba | Kind::Capital | Kind::Demonym)
}

/// A resolved code for an entry on `date`: (code, guessed).
fn code_of(e: &Entry, date: Option<Date>) -> Option<(String, bool)> {
    date::pick(&e.codes, date).map(|(c, guessed)| (c.code.clone(), guessed))
}

/// Compose one mention from the matches starting at `ms[0]`; returns it (or None when the
/// matches are not an actor) and how many matches it used.
fn compose(
    lex: &Lexicon,
    ms: &[Match<'_>],
    keys: &[String],
    first_names: &HashSet<String>,
    date: Option<Date>,
) -> (Option<ActorSpan>, usize) {
    let Some(first) = entry_of(lex, &ms[0], date) else { return (None, 1) };
    let adjacent = |k: usize| k < ms.len() && ms[k].start == ms[k - 1].end;
    let entry_at = |k: usize| if k < ms.len() { entry_of(lex, &ms[k], date) } else { None };

    match first.kind {
        Kind::Agent => {
            // Agents in a row (المتحدث باسم + الخارجية), then an optional state, then an
            // optional person or organisation.
            let mut k = 1;
            while adjacent(k) && entry_at(k).is_some_and(|e| e.kind == Kind::Agent) {
                k += 1;
            }
            let agent_role = first.role.clone();
            let mut place: Option<&Entry> = None;
            if adjacent(k) {
                if let Some(e) = entry_at(k).filter(|e| is_place(e.kind)) {
                    place = Some(e);
                    k += 1;
                }
            }
            let mut org: Option<&Entry> = None;
            let mut person: Option<&Entry> = None;
            if adjacent(k) {
                match entry_at(k) {
                    Some(e) if matches!(e.kind, Kind::Person | Kind::PersonShort) => {
                        person = Some(e);
                        k += 1;
                    }
                    Some(e) if place.is_none() && matches!(e.kind, Kind::Igo | Kind::Group | Kind::Metonym) => {
                        org = Some(e);
                        k += 1;
                    }
                    _ => {}
                }
            }
            let tok_start = ms[0].start;
            let mut tok_end = ms[k - 1].end;
            let agent_id = Some(first.id.clone());
            if let Some(p) = person {
                let (code, guessed) = code_of(p, date).unwrap_or_default();
                let (country, role) = lex.split_code(&code);
                return (
                    Some(ActorSpan {
                        tok_start,
                        tok_end,
                        kind: Kind::Person,
                        entity: Some(p.entity.clone()),
                        entity_id: Some(p.id.clone()),
                        actor: Some(code),
                        country,
                        role,
                        rule: rule(&format!("agent+person:{}", p.id), guessed),
                        agent_id,
                        antecedent: None,
                        person_noun: false,
                        prepositional: false,
                    }),
                    k,
                );
            }
            if let Some(o) = org {
                let (code, guessed) = code_of(o, date).unwrap_or_default();
                let (country, role) = lex.split_code(&code);
                return (
                    Some(ActorSpan {
                        tok_start,
                        tok_end,
                        kind: Kind::Agent,
                        entity: None,
                        entity_id: None,
                        actor: Some(code),
                        country,
                        role: role.or(agent_role),
                        rule: rule(&format!("agent+{}:{}", o.kind.label(), o.id), guessed),
                        agent_id,
                        antecedent: None,
                        person_noun: false,
                        prepositional: false,
                    }),
                    k,
                );
            }
            if let Some(pl) = place {
                let state_code = pl.codes.first().map(|c| c.code.clone()).unwrap_or_default();
                let role = agent_role.filter(|r| lex.is_role(r));
                let actor = format!("{state_code}{}", role.clone().unwrap_or_default());
                let (country, _) = lex.split_code(&state_code);
                // An unknown person named right after the role phrase keeps its code.
                let mut entity = None;
                if first.singular_person {
                    if let Some(n) = unknown_name(keys, tok_end, first_names) {
                        entity = Some(n.0);
                        tok_end = n.1;
                    }
                }
                let named = entity.is_some();
                return (
                    Some(ActorSpan {
                        tok_start,
                        tok_end,
                        kind: if named { Kind::Person } else { Kind::Agent },
                        entity,
                        entity_id: None,
                        actor: Some(actor),
                        country,
                        role,
                        rule: if named { "agent+state+name".into() } else { format!("agent+{}", pl.kind.label()) },
                        agent_id,
                        antecedent: None,
                        person_noun: first.singular_person && !named,
                        prepositional: false,
                    }),
                    k,
                );
            }
            // A bare role noun: role only, to be linked later if it names one person.
            (
                Some(ActorSpan {
                    tok_start,
                    tok_end,
                    kind: Kind::Agent,
                    entity: None,
                    entity_id: None,
                    actor: None,
                    country: None,
                    role: agent_role,
                    rule: "agent".into(),
                    agent_id,
                    antecedent: None,
                    person_noun: first.singular_person,
                    prepositional: false,
                }),
                k,
            )
        }
        Kind::Nisba => (None, 1),
        _ => {
            let (code, guessed) = code_of(first, date).unwrap_or_default();
            let (country, role) = lex.split_code(&code);
            let mut k = 1;
            // A group or organisation followed by its own nisba (حزب الله اللبناني).
            if matches!(first.kind, Kind::Group | Kind::Igo | Kind::Metonym) && adjacent(1) {
                if let Some(n) = entry_at(1).filter(|e| e.kind == Kind::Nisba) {
                    let nisba_country = n.codes.first().map(|c| lex.split_code(&c.code).0).unwrap_or_default();
                    if nisba_country.is_some() && nisba_country == country {
                        k = 2;
                    }
                }
            }
            let is_person = matches!(first.kind, Kind::Person | Kind::PersonShort);
            (
                Some(ActorSpan {
                    tok_start: ms[0].start,
                    tok_end: ms[k - 1].end,
                    kind: first.kind,
                    entity: Some(first.entity.clone()),
                    entity_id: Some(first.id.clone()),
                    actor: Some(code),
                    country,
                    role,
                    rule: rule(&format!("{}:{}", first.kind.label(), first.id), guessed && is_person),
                    agent_id: None,
                    antecedent: None,
                    person_noun: false,
                        prepositional: false,
                }),
                k,
            )
        }
    }
}

fn rule(base: &str, guessed: bool) -> String {
    if guessed {
        format!("{base}+undated")
    } else {
        base.to_string()
    }
}

/// An unknown personal name right after a role phrase: a known first name and up to two
/// more name tokens. Returns the name's keys joined and the token end.
fn unknown_name(keys: &[String], at: usize, first_names: &HashSet<String>) -> Option<(String, usize)> {
    let first = keys.get(at)?;
    if !first_names.contains(first) {
        return None;
    }
    let mut end = at + 1;
    while end < keys.len() && end < at + 3 {
        let k = &keys[end];
        if k.is_empty() || STOP.contains(&k.as_str()) || k.starts_with('و') && !first_names.contains(k) {
            break;
        }
        end += 1;
    }
    Some((keys[at..end].join(" "), end))
}

/// Words that end a name: function words and the verbs that follow a subject in news.
const STOP: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "مع", "ان", "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "امس",
    "اليوم", "خلال", "بعد", "قبل", "الذي", "التي", "هو", "هي", "انه", "انها", "يوم", "حيث", "كما",
    "لدي", "عند", "بين", "حول", "ضد", "منذ", "الا", "او", "ثم", "لكن", "غير", "كل", "هذا", "هذه",
    "ذلك", "تلك", "اضاف", "اوضح", "اشار", "دعا", "يزور", "زار", "التقي", "وصل", "بحث", "ان",
];

/// How many earlier mentions a role phrase may look back over for its antecedent.
const LINK_WINDOW: usize = 200;

/// Link role phrases to the people they refer back to.
fn link(spans: &mut [ActorSpan]) {
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.kind != Kind::Agent || s.entity.is_some() || !s.person_noun {
            continue;
        }
        let country = s.country.clone();
        let agent = s.agent_id.clone();
        let bare = s.actor.is_none();
        // Look back a bounded number of mentions: linear time on any input.
        let found = (i.saturating_sub(LINK_WINDOW)..i).rev().find(|&j| {
            let p = &spans[j];
            if !matches!(p.kind, Kind::Person | Kind::PersonShort) || p.entity.is_none() {
                return false;
            }
            if bare {
                p.agent_id.is_some() && p.agent_id == agent
            } else {
                p.country.is_some() && p.country == country
            }
        });
        if let Some(j) = found {
            let p = spans[j].clone();
            let s = &mut spans[i];
            s.entity = p.entity;
            s.entity_id = p.entity_id;
            s.actor = p.actor;
            s.country = p.country;
            s.role = p.role;
            s.antecedent = Some((p.tok_start, p.tok_end));
            s.rule = format!("{}+coref", s.rule);
        }
    }
}

/// Convert to output mentions.
pub fn to_mentions(text: &str, tokens: &[Token], offsets: &CharOffsets, spans: &[ActorSpan]) -> Vec<Mention> {
    spans
        .iter()
        .map(|s| {
            let (bs, be) = (tokens[s.tok_start].start, tokens[s.tok_end - 1].end);
            let [start, end] = offsets.span(bs, be);
            Mention {
                start,
                end,
                text: text[bs..be].to_string(),
                kind: s.kind.label().to_string(),
                entity: s.entity.clone(),
                actor: s.actor.clone(),
                country: s.country.clone(),
                role: s.role.clone(),
                rule: s.rule.clone(),
                antecedent: s.antecedent.map(|(a, b)| offsets.span(tokens[a].start, tokens[b - 1].end)),
            }
        })
        .collect()
}
