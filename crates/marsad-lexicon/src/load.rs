//! Reading the dictionary files into entries, validating them, and building the index.

use crate::date::{Date, DatedCode};
use crate::matcher::Phrase;
use crate::tsv::{Row, Table};
use crate::{Entry, Kind, Lexicon, LexiconError, Origin, State};
use marsad_text::normalize::key;
use marsad_text::token::{tokenize, TokenKind};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// First chunks of codes that are not states: organisations and generic actors.
const GENERIC_HEADS: &[&str] = &["IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"];

/// CAMEO region codes, which stand where a state code would (NAFREB: North African rebels).
pub(crate) const REGION_HEADS: &[&str] = &[
    "AFR", "ASA", "BLK", "CAU", "CAS", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST",
];

/// Inflections of a masculine singular nisba: (suffix, kind). `ان/ون/ين` dual and plurals name the
/// people themselves; the other forms are adjectives.
const NISBA_FORMS: &[(&str, Kind)] = &[
    ("", Kind::Nisba),
    ("ة", Kind::Nisba),
    ("تان", Kind::Nisba),
    ("ات", Kind::Nisba),
    // The dual names two people (فلسطينيان، الهولنديان), like the plurals.
    ("ان", Kind::Demonym),
    // Accusative after a number (49 فلسطينيا); as a state name (روسيا، سوريا) the state wins.
    ("ا", Kind::Nisba),
    ("ون", Kind::Demonym),
    ("ين", Kind::Demonym),
];

/// Every inflection of a nisba. Each word of a two-word nisba inflects (كوري شمالي →
/// كورية شمالية), and its later words also take the article (الكورية الشمالية; the first
/// word's article is seen through by the matcher like any proclitic).
fn nisba_forms(base: &str) -> Vec<(String, Kind)> {
    let words: Vec<&str> = base.split_whitespace().map(|w| w.strip_prefix("ال").unwrap_or(w)).collect();
    // Only the adjectives (ending in ي) inflect: جنوب أفريقي → جنوب أفريقية.
    let inflects = |w: &str| w.ends_with('ي');
    let mut out = Vec::new();
    for (suffix, kind) in NISBA_FORMS {
        let inflected: Vec<String> =
            words.iter().map(|w| if inflects(w) { format!("{w}{suffix}") } else { w.to_string() }).collect();
        out.push((inflected.join(" "), *kind));
        if inflected.len() > 1 {
            let definite: Vec<String> = inflected
                .iter()
                .zip(&words)
                .enumerate()
                .map(|(i, (w, base))| if i > 0 && inflects(base) { format!("ال{w}") } else { w.clone() })
                .collect();
            if definite != inflected {
                out.push((definite.join(" "), *kind));
            }
        }
    }
    out
}

/// The definite inflections of a group's nisba: the article on every word that inflects
/// (الحوثية، الداعشيون). The accusative ending (حوثيا) is only indefinite.
fn definite_group_nisbas(base: &str) -> Vec<String> {
    let words: Vec<&str> = base.split_whitespace().map(|w| w.strip_prefix("ال").unwrap_or(w)).collect();
    NISBA_FORMS
        .iter()
        .filter(|(suffix, _)| *suffix != "ا")
        .map(|(suffix, _)| {
            let inflected = words.iter().map(|w| if w.ends_with('ي') { format!("ال{w}{suffix}") } else { w.to_string() });
            inflected.collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Read the `.tsv` files of a user dictionary directory.
pub(crate) fn read_dir(dir: &Path) -> Result<Vec<(String, String)>, LexiconError> {
    let err = |message: String| LexiconError { file: dir.display().to_string(), line: 0, message };
    let mut files = Vec::new();
    let listing = std::fs::read_dir(dir).map_err(|e| err(format!("cannot read directory: {e}")))?;
    for item in listing {
        let path = item.map_err(|e| err(e.to_string()))?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| LexiconError {
            file: path.display().to_string(),
            line: 0,
            message: format!("cannot read: {e}"),
        })?;
        files.push((path.display().to_string(), text));
    }
    files.sort();
    Ok(files)
}

/// Which dictionary a file is, from its name.
fn file_kind(name: &str) -> Option<&'static str> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.strip_suffix(".tsv")?;
    Some(match stem {
        "roles" => "roles",
        "states" => "states",
        "places" => "places",
        "metonyms" => "metonyms",
        "igos" => "igos",
        "groups" => "groups",
        "agents" => "agents",
        "discards" => "discards",
        "cues" => "cues",
        "events" => "events",
        "event-words" => "event-words",
        "first-names" => "first-names",
        s if s == "people" || s.starts_with("people-") || s.starts_with("people_") => "people",
        _ => return None,
    })
}

struct Builder {
    entries: Vec<Entry>,
    states: HashMap<String, State, crate::FxBuildHasher>,
    roles: HashSet<String, crate::FxBuildHasher>,
    generic: HashSet<String, crate::FxBuildHasher>,
    cues: HashMap<String, crate::Cue, std::hash::BuildHasherDefault<crate::matcher::FxHasher>>,
    noun_cues: HashMap<String, String, std::hash::BuildHasherDefault<crate::matcher::FxHasher>>,
    events: crate::events::EventLexicon,
    given_names: Vec<crate::GivenName>,
    /// The file being loaded is a user's (`--dict`), whose event rows replace defaults.
    user_file: bool,
}

/// Where a given name comes from (`origin` in first-names.tsv): documentation for the
/// editor, checked so that a typo is seen.
const NAME_ORIGINS: &[&str] =
    &["arab", "persian", "turkish", "kurdish", "western", "russian", "hebrew", "african", "asian", "other"];

pub(crate) fn build(defaults: &[(String, String)], extra: &[(String, String)]) -> Result<Lexicon, LexiconError> {
    let mut b = Builder {
        entries: Vec::new(),
        states: HashMap::default(),
        roles: HashSet::default(),
        generic: GENERIC_HEADS.iter().map(|s| s.to_string()).collect(),
        cues: HashMap::default(),
        noun_cues: HashMap::default(),
        events: Default::default(),
        given_names: Vec::new(),
        user_file: false,
    };
    for (name, _) in extra {
        if file_kind(name).is_none() {
            return Err(LexiconError {
                file: name.clone(),
                line: 0,
                message: "unknown dictionary file name (expected states, places, metonyms, igos, groups, people*, agents, discards, roles, cues, events, event-words or first-names .tsv)".into(),
            });
        }
    }
    // Roles and states first: every other file's codes are checked against them.
    for pass in [&["roles"][..], &["states"], &["places", "metonyms", "igos", "groups", "people", "agents", "discards", "cues", "events", "event-words", "first-names"]] {
        for (set, files) in [(0, defaults), (1, extra)] {
            for (name, text) in files {
                let Some(kind) = file_kind(name) else { continue };
                if !pass.contains(&kind) {
                    continue;
                }
                let first_new = b.entries.len();
                b.user_file = set == 1;
                b.load_file(kind, name, text)?;
                if set == 1 {
                    b.override_defaults(first_new);
                }
            }
        }
    }
    let index = build_index(&b.entries);
    let mut people: HashMap<String, Vec<u32>, crate::FxBuildHasher> = HashMap::default();
    for (i, e) in b.entries.iter().enumerate() {
        if matches!(e.kind, Kind::Person | Kind::PersonShort) {
            people.entry(e.id.clone()).or_default().push(i as u32);
        }
    }
    let max_cue_len = b.cues.keys().map(String::len).max().unwrap_or(0) + 'و'.len_utf8();
    let mut state_text = String::new();
    let entry_facts = b
        .entries
        .iter()
        .map(|e| {
            let start = u32::try_from(state_text.len()).expect("state text fits 32-bit offsets");
            let state = e.codes.first().and_then(|c| c.code.get(..3)).unwrap_or("");
            state_text.push_str(state);
            (e.kind, start, state.len() as u8)
        })
        .collect();
    let actor_codes = crate::ActorCodes::new(b.states.keys().map(String::as_str), b.roles.iter().map(String::as_str));
    let short_codes = crate::ShortCodes::new(b.states.values(), b.roles.iter().map(String::as_str));
    Ok(Lexicon {
        entries: b.entries,
        entry_facts,
        state_text,
        actor_codes,
        index,
        states: b.states,
        roles: b.roles,
        short_codes,
        generic: b.generic,
        max_cue_len,
        cues: b.cues,
        noun_cues: b.noun_cues,
        events: b.events,
        given_names: b.given_names,
        people,
    })
}

/// Does an agent's English label name a building (consulate, embassy; ASCII case
/// ignored)?
fn names_a_building(english: &str) -> bool {
    let e = english.as_bytes();
    let has = |w: &str| e.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w.as_bytes()));
    has("consulate") || has("embassy")
}

/// The normalized keys of a name's tokens (white space and punctuation-free keys).
pub(crate) fn name_keys(name: &str) -> Vec<String> {
    let tokens = tokenize(name);
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind != TokenKind::Punct || t.text(name) == "-")
        .map(|(i, t)| if crate::word_hyphen(name, &tokens, i) { crate::WORD_HYPHEN.to_string() } else { key(t.text(name)) })
        .filter(|k| !k.is_empty())
        .collect()
}

fn build_index(entries: &[Entry]) -> crate::matcher::Index {
    let mut index = crate::matcher::Index::default();
    let mut add = |keys: Vec<String>, id: u32| {
        let Some((first, rest)) = keys.split_first() else { return };
        let bucket = index.entry(first.clone());
        match bucket.iter_mut().find(|p| p.rest == rest) {
            Some(p) => {
                if !p.entries.contains(&id) {
                    p.entries.push(id)
                }
            }
            None => bucket.push(Phrase::new(rest.to_vec(), vec![id])),
        }
    };
    for (id, e) in entries.iter().enumerate() {
        let keys = name_keys(&e.name);
        if e.kind == Kind::Agent && keys.len() > 1 {
            // Construct state: وزير خارجية إيران as well as وزير الخارجية.
            let construct: Vec<String> = keys
                .iter()
                .enumerate()
                .map(|(i, k)| if i > 0 { k.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(k).to_string() } else { k.clone() })
                .collect();
            if construct != keys {
                add(construct, id as u32);
            }
            // An indefinite phrase made definite takes the article on every word (أمين عام →
            // الأمين العام); the matcher reads it off the first word only.
            if keys.iter().all(|k| !k.starts_with("ال")) {
                let definite: Vec<String> =
                    keys.iter().enumerate().map(|(i, k)| if i > 0 { format!("ال{k}") } else { k.clone() }).collect();
                add(definite, id as u32);
            }
        }
        add(keys, id as u32);
    }
    // Phrases stay in the order they were added; `seal` groups each bucket by second token
    // (longest first within a group, ties in that order).
    index.seal();
    index
}

impl Builder {
    /// Entries from a user file replace default entries that have the same name key.
    fn override_defaults(&mut self, first_new: usize) {
        let new_keys: HashSet<Vec<String>> = self.entries[first_new..].iter().map(|e| name_keys(&e.name)).collect();
        let (mut kept, new): (Vec<Entry>, Vec<Entry>) = {
            let all = std::mem::take(&mut self.entries);
            let mut kept = Vec::new();
            let mut new = Vec::new();
            for (i, e) in all.into_iter().enumerate() {
                if i >= first_new {
                    new.push(e);
                } else if !new_keys.contains(&name_keys(&e.name)) {
                    kept.push(e);
                }
            }
            (kept, new)
        };
        kept.extend(new);
        self.entries = kept;
    }

    fn load_file(&mut self, kind: &str, name: &str, text: &str) -> Result<(), LexiconError> {
        match kind {
            "roles" => {
                let t = Table::parse(name, text, &["role"])?;
                for row in t.rows() {
                    let row = row?;
                    let role = row.required("role")?;
                    if role.len() != 3 || !role.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(row.error(format!("role `{role}` is not three capital letters")));
                    }
                    self.roles.insert(role.to_string());
                }
            }
            "states" => self.load_states(name, text)?,
            "places" => {
                let t = Table::parse(name, text, &["state", "names", "english"])?;
                for row in t.rows() {
                    let row = row?;
                    let state = row.required("state")?;
                    if !self.states.contains_key(state) {
                        return Err(row.error(format!("unknown state `{state}` (not a code of states.tsv)")));
                    }
                    let entity = row.required("english")?.to_string();
                    for n in nonempty_list(&row, "names")? {
                        self.push(&row, Kind::Place, n, state, &entity, vec![undated(state)]);
                    }
                }
            }
            "metonyms" => {
                let t = Table::parse(name, text, &["phrase", "code", "english"])?;
                for row in t.rows() {
                    let row = row?;
                    let code = self.code(&row, row.required("code")?)?;
                    let entity = row.get("english").to_string();
                    let place = match row.get("place") {
                        "" => None,
                        state if self.states.contains_key(state) => Some(state.to_string()),
                        state => return Err(row.error(format!("unknown state `{state}` in `place` (not a code of states.tsv)"))),
                    };
                    self.push(&row, Kind::Metonym, row.required("phrase")?, &code, &entity, vec![undated(&code)]);
                    self.entries.last_mut().expect("pushed").place = place;
                }
            }
            "igos" => {
                let t = Table::parse(name, text, &["code", "english", "names"])?;
                for row in t.rows() {
                    let row = row?;
                    let code = self.code(&row, row.required("code")?)?;
                    let entity = row.required("english")?.to_string();
                    for n in nonempty_list(&row, "names")? {
                        self.push(&row, Kind::Igo, n, &code, &entity, vec![undated(&code)]);
                    }
                }
            }
            "groups" => {
                let t = Table::parse(name, text, &["code", "english", "names", "country", "role"])?;
                for row in t.rows() {
                    let row = row?;
                    let code = self.code(&row, row.required("code")?)?;
                    let country = row.get("country");
                    if !country.is_empty() && !self.states.values().any(|s| s.iso3 == country || s.code == country) {
                        return Err(row.error(format!("unknown country `{country}`")));
                    }
                    let role = row.get("role");
                    if !role.is_empty() && !self.roles.contains(role) {
                        return Err(row.error(format!("unknown role `{role}`")));
                    }
                    let from = opt_date(&row, "from", false)?;
                    let to = opt_date(&row, "to", true)?;
                    check_range(&row, from, to)?;
                    let entity = row.required("english")?.to_string();
                    let codes = vec![DatedCode { code: code.clone(), from, to }];
                    // `alone = context`: a one-word name of the row is also a common word
                    // (فتح "opening"): the group only with its country named beside it.
                    // `alone = acting`: every name of the row is mostly a platform, product
                    // or index (فيسبوك، ناسداك): the company only where it acts.
                    let alone = match row.get("alone") {
                        "" | "yes" => None,
                        "context" => Some(crate::Alone::Context),
                        "acting" => Some(crate::Alone::Acting),
                        other => return Err(row.error(format!("unknown `alone` value `{other}` (context, acting, or empty)"))),
                    };
                    for n in nonempty_list(&row, "names")? {
                        let before = self.entries.len();
                        self.push(&row, Kind::Group, n, &code, &entity, codes.clone());
                        let flagged = match alone {
                            Some(crate::Alone::Context) => name_keys(n).len() == 1,
                            other => other.is_some(),
                        };
                        if let (true, Some(alone), Some(e)) = (flagged, alone, self.entries.get_mut(before)) {
                            e.alone = alone;
                        }
                    }
                    // A group's nisba, in every inflection, names the group: its plural
                    // its people (حوثيون، مقتل 40 حوثيا), its adjective after a role noun
                    // a member or unit (قيادي حوثي، مسلحين حوثيين), as a group name right
                    // after one does (قيادي حماس).
                    // Its definite forms are listed too (القوات الحوثية، المواقع الداعشية): the
                    // matcher reads a name found only by removing the article as an adjective
                    // of a state, never as a group's name.
                    for base in row.list("nisba") {
                        for (form, _) in nisba_forms(base) {
                            self.push(&row, Kind::Group, &form, &code, &entity, codes.clone());
                        }
                        for form in definite_group_nisbas(base) {
                            self.push(&row, Kind::Group, &form, &code, &entity, codes.clone());
                        }
                    }
                }
            }
            "people" => {
                let t = Table::parse(name, text, &["id", "english", "names", "short", "roles"])?;
                for row in t.rows() {
                    let row = row?;
                    let id = row.required("id")?.to_string();
                    let entity = row.required("english")?.to_string();
                    let mut codes = Vec::new();
                    for spec in row.get("roles").split(';').map(str::trim).filter(|s| !s.is_empty()) {
                        codes.push(self.dated_code(&row, spec)?);
                    }
                    if codes.is_empty() {
                        return Err(row.error("no roles: a person needs at least one code"));
                    }
                    for n in nonempty_list(&row, "names")? {
                        self.push(&row, Kind::Person, n, &id, &entity, codes.clone());
                    }
                    for n in row.list("short") {
                        self.push(&row, Kind::PersonShort, n, &id, &entity, codes.clone());
                    }
                }
            }
            "agents" => {
                let t = Table::parse(name, text, &["forms", "role", "english"])?;
                for row in t.rows() {
                    let row = row?;
                    // One role, or a chain of them (GOVMIL: a government's military arm);
                    // none for a noun that only carries a country (مصادر تركية → TUR).
                    let role = row.get("role");
                    let known = role.is_empty()
                        || (role.len() % 3 == 0
                            && role.is_ascii()
                            && role.as_bytes().chunks(3).all(|c| {
                                std::str::from_utf8(c).is_ok_and(|r| self.roles.contains(r) || self.generic.contains(r))
                            }));
                    if !known {
                        return Err(row.error(format!("unknown role `{role}`")));
                    }
                    let english = row.required("english")?.to_string();
                    let forms = nonempty_list(&row, "forms")?;
                    let person_col = row.get("person");
                    let alone = match row.get("alone") {
                        "" | "yes" | "role" => crate::Alone::Role,
                        "no" => crate::Alone::No,
                        "home" => crate::Alone::Home,
                        "local" => crate::Alone::Local,
                        "title" => crate::Alone::Title,
                        "coded" => crate::Alone::Coded,
                        other => return Err(row.error(format!("unknown `alone` value `{other}` (yes, no, home, local, title, coded)"))),
                    };
                    // The singular is the first form, its feminine (متحدث، متحدثة) and its
                    // spelling with a dropped ي restored (محام، المحامي), also written with
                    // the article (مدع عام، المدعي العام): the same words once the article
                    // and a final ة or ي are set aside.
                    // A former office keeps its definite forms out (الرئيس السابق): read as
                    // one person's office, it links to whoever holds the office now.
                    let former = english.starts_with("former");
                    let stem = |f: &str| {
                        f.split_whitespace().map(|w| if former { w } else { without_article(w) }.trim_end_matches(['ة', 'ي']).to_string()).collect::<Vec<_>>()
                    };
                    let singular_stem = stem(forms[0]);
                    for (i, f) in forms.iter().enumerate() {
                        // A multiword form is singular when its head noun is (رئيس هيئة
                        // الأركان beside رئيس الأركان; not رؤساء الأركان).
                        let head_singular = f.contains(' ') && stem(f).first() == singular_stem.first();
                        let singular = i == 0 || stem(f) == singular_stem || head_singular;
                        let singular_person = match person_col {
                            "yes" | "y" | "1" => singular,
                            "no" | "n" | "0" => false,
                            _ => singular && is_person_noun(&english),
                        };
                        let id = format!("agent:{}", forms[0]);
                        self.entries.push(Entry {
                            kind: Kind::Agent,
                            name: f.to_string(),
                            rule: [Kind::Agent.label(), ":", &id].concat(),
                            id,
                            entity: english.clone(),
                            codes: Vec::new(),
                            role: (!role.is_empty()).then(|| role.to_string()),
                            singular_person,
                            building: names_a_building(&english),
                            alone,
                            place: None,
                            origin: Origin { file: name.to_string(), line: row.line },
                        });
                    }
                }
            }
            "first-names" => {
                let t = Table::parse(name, text, &["name", "variants", "origin", "starts"])?;
                for row in t.rows() {
                    let row = row?;
                    let language = row.required("origin")?;
                    if !NAME_ORIGINS.contains(&language) {
                        return Err(row.error(format!("unknown origin `{language}` ({})", NAME_ORIGINS.join(", "))));
                    }
                    let starts = match row.required("starts")? {
                        "yes" => true,
                        "no" => false,
                        other => return Err(row.error(format!("`starts` is yes or no, not `{other}`"))),
                    };
                    let spellings = std::iter::once(row.required("name")?).chain(row.list("variants"));
                    for spelling in spellings {
                        let keys = name_keys(spelling);
                        // One word, without the article: a name the matcher can meet as a token.
                        let [k] = keys.as_slice() else {
                            return Err(row.error(format!("`{spelling}` is not one word")));
                        };
                        // ألكسندر keys as الكسندر: only a bare ا before ل is the article.
                        if spelling.starts_with("ال") || k.chars().count() < 3 {
                            return Err(row.error(format!("`{spelling}` has the article or fewer than three letters: no given name")));
                        }
                        let origin = Origin { file: name.to_string(), line: row.line };
                        self.given_names.push(crate::GivenName { key: k.clone(), starts, language: language.to_string(), origin });
                    }
                }
            }
            "cues" => {
                let t = Table::parse(name, text, &["form", "kind"])?;
                for row in t.rows() {
                    let row = row?;
                    if row.required("kind")? == "noun" {
                        let form = row.required("form")?;
                        let k = key(form);
                        if k.is_empty() || k.contains(' ') {
                            return Err(row.error(format!("cue `{form}` must be one word")));
                        }
                        let lemma = Some(row.get("lemma")).filter(|l| !l.is_empty()).unwrap_or(form).to_string();
                        self.noun_cues.insert(k, lemma);
                        continue;
                    }
                    let kind = match row.required("kind")? {
                        "verb" => crate::CueKind::Verb,
                        "continuation" => crate::CueKind::Continuation,
                        "participle" => crate::CueKind::Participle,
                        "frame" => crate::CueKind::Frame,
                        other => {
                            return Err(row.error(format!(
                                "unknown cue kind `{other}` (verb, continuation, participle, frame, noun)"
                            )))
                        }
                    };
                    let form = row.required("form")?;
                    let k = key(form);
                    if k.is_empty() || k.contains(' ') {
                        return Err(row.error(format!("cue `{form}` must be one word")));
                    }
                    let lemma = Some(row.get("lemma")).filter(|l| !l.is_empty()).unwrap_or(form).to_string();
                    self.cues.insert(k, crate::Cue { kind, lemma });
                }
            }
            "events" | "event-words" => self.events.load(kind, name, text, self.user_file)?,
            "discards" => {
                let t = Table::parse(name, text, &["phrase"])?;
                for row in t.rows() {
                    let row = row?;
                    let reason = row.get("reason").to_string();
                    self.push(&row, Kind::Discard, row.required("phrase")?, "discard", &reason, Vec::new());
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn load_states(&mut self, name: &str, text: &str) -> Result<(), LexiconError> {
        let t = Table::parse(name, text, &["code", "iso3", "english", "names", "nisba", "plural", "capital"])?;
        // States are read in two steps so that a code may appear before its definition.
        let rows: Vec<Row> = t.rows().collect::<Result<_, _>>()?;
        for row in &rows {
            let code = row.required("code")?;
            // Territories without an ISO code (Somaliland, Kurdistan Region) use their own.
            let iso3 = Some(row.get("iso3")).filter(|s| !s.is_empty()).unwrap_or(code);
            for c in [code, iso3] {
                if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(row.error(format!("`{c}` is not a three-letter code")));
                }
            }
            let english = row.required("english")?.to_string();
            let has_army = match row.get("army") {
                "" => true,
                "none" => false,
                other => return Err(row.error(format!("`army` is `{other}`: leave it empty, or write `none` for a state without armed forces"))),
            };
            let occupied_by = Some(row.get("occupied_by")).filter(|s| !s.is_empty()).map(str::to_string);
            let given_names = Some(row.get("given_names")).filter(|s| !s.is_empty()).map(str::to_string);
            if let Some(origin) = given_names.as_deref().filter(|o| !NAME_ORIGINS.contains(o)) {
                return Err(row.error(format!("unknown `given_names` origin `{origin}` ({})", NAME_ORIGINS.join(", "))));
            }
            self.states.insert(code.to_string(), State { code: code.to_string(), iso3: iso3.to_string(), english, has_army, occupied_by, given_names });
        }
        for row in &rows {
            let occupier = row.get("occupied_by");
            if !occupier.is_empty() && !self.states.contains_key(occupier) {
                return Err(row.error(format!("unknown state `{occupier}` in `occupied_by` (not a code of states.tsv)")));
            }
            let code = row.get("code").to_string();
            let entity = row.get("english").to_string();
            let codes = vec![undated(&code)];
            for n in nonempty_list(row, "names")? {
                self.push(row, Kind::State, n, &code, &entity, codes.clone());
            }
            for n in row.list("capital") {
                self.push(row, Kind::Capital, n, &code, &entity, codes.clone());
            }
            for n in row.list("plural") {
                self.push(row, Kind::Demonym, n, &code, &entity, codes.clone());
            }
            for base in row.list("nisba") {
                for (form, kind) in nisba_forms(base) {
                    self.push(row, kind, &form, &code, &entity, codes.clone());
                }
            }
        }
        Ok(())
    }

    fn push(&mut self, row: &Row, kind: Kind, name: &str, id: &str, entity: &str, codes: Vec<DatedCode>) {
        // Spelling variants on one row that normalize alike (أيرس/آيرس) are one name.
        let k = name_keys(name);
        let same_row = self
            .entries
            .iter()
            .rev()
            .take_while(|e| e.origin.line == row.line && e.origin.file == row.file())
            .any(|e| e.kind == kind && name_keys(&e.name) == k);
        if same_row {
            return;
        }
        self.entries.push(Entry {
            kind,
            name: name.to_string(),
            id: id.to_string(),
            rule: [kind.label(), ":", id].concat(),
            entity: entity.to_string(),
            codes,
            role: None,
            singular_person: false,
            building: false,
            alone: crate::Alone::Role,
            place: None,
            origin: Origin { file: row.file().to_string(), line: row.line },
        });
    }

    fn code(&self, row: &Row, code: &str) -> Result<String, LexiconError> {
        if self.is_known_code(code) {
            Ok(code.to_string())
        } else {
            Err(row.error(format!(
                "unknown code `{code}` (a state code from states.tsv followed by roles from roles.tsv, or an organisation code starting with {})",
                GENERIC_HEADS.join("/")
            )))
        }
    }

    fn is_known_code(&self, code: &str) -> bool {
        code_is_known(&self.states, &self.roles, &self.generic, code)
    }

    /// `CODE` or `CODE@FROM..TO` (either date may be empty).
    fn dated_code(&self, row: &Row, spec: &str) -> Result<DatedCode, LexiconError> {
        let (code, range) = match spec.split_once('@') {
            Some((c, r)) => (c.trim(), Some(r.trim())),
            None => (spec, None),
        };
        let code = self.code(row, code)?;
        let (from, to) = match range {
            None => (None, None),
            Some(r) => {
                let (f, t) = r
                    .split_once("..")
                    .ok_or_else(|| row.error(format!("`{spec}`: expected CODE@FROM..TO")))?;
                let parse = |s: &str, end: bool| -> Result<Option<Date>, LexiconError> {
                    if s.trim().is_empty() {
                        return Ok(None);
                    }
                    Date::parse(s, end)
                        .map(Some)
                        .ok_or_else(|| row.error(format!("`{spec}`: `{s}` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")))
                };
                (parse(f, false)?, parse(t, true)?)
            }
        };
        check_range(row, from, to)?;
        Ok(DatedCode { code, from, to })
    }
}

/// A code is a known state code, optionally followed by a known role and then any
/// three-letter chunks (a group's own identifier), or an organisation head (IGO, NGO, …)
/// followed by any three-letter chunks.
pub(crate) fn code_is_known(
    states: &HashMap<String, State, crate::FxBuildHasher>,
    roles: &HashSet<String, crate::FxBuildHasher>,
    generic: &HashSet<String, crate::FxBuildHasher>,
    code: &str,
) -> bool {
    if code.len() < 3 || !code.len().is_multiple_of(3) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let head = &code[..3];
    if states.contains_key(head) || REGION_HEADS.contains(&head) {
        // The chunk after the state is a role; later chunks identify a group (PSEREBHMS).
        return code.len() == 3 || roles.contains(&code[3..6]);
    }
    generic.contains(head)
}

fn undated(code: &str) -> DatedCode {
    DatedCode { code: code.to_string(), from: None, to: None }
}

fn nonempty_list<'a>(row: &Row<'a>, column: &str) -> Result<Vec<&'a str>, LexiconError> {
    let v = row.list(column);
    if v.is_empty() {
        Err(row.error(format!("column `{column}` is empty")))
    } else {
        Ok(v)
    }
}

fn opt_date(row: &Row, column: &str, end: bool) -> Result<Option<Date>, LexiconError> {
    let v = row.get(column);
    if v.is_empty() {
        return Ok(None);
    }
    Date::parse(v, end)
        .map(Some)
        .ok_or_else(|| row.error(format!("`{v}` in column `{column}` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")))
}

fn check_range(row: &Row, from: Option<Date>, to: Option<Date>) -> Result<(), LexiconError> {
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(row.error(format!("impossible date range: {f} is after {t}")));
        }
    }
    Ok(())
}

/// A form's word without the article, when a word of two letters or more is left.
fn without_article(w: &str) -> &str {
    w.strip_prefix("ال").filter(|rest| rest.chars().nth(1).is_some()).unwrap_or(w)
}

/// English labels of agents that denote one person rather than a body, for files
/// without a `person` column.
fn is_person_noun(english: &str) -> bool {
    let e = english.to_lowercase();
    const PERSON: &[&str] = &[
        "minister", "president", "king", "prince", "emir", "sultan", "envoy", "ambassador", "diplomat",
        "official", "leader", "commander", "chief", "secretary", "adviser", "advisor", "chairman",
        "governor", "mayor", "general", "colonel", "officer", "premier", "chancellor", "head",
        "deputy", "representative", "negotiator", "judge", "prosecutor", "monarch", "crown",
        "speaker", "senator", "lawmaker", "mp", "mufti", "cleric", "employee", "member",
        "imam", "patriarch", "pope", "sheikh", "director", "manager", "lawyer", "writer", "activist",
        "journalist", "attaché", "analyst", "researcher", "major", "brigadier", "captain", "lieutenant", "spy", "agent",
        "correspondent",
    ];
    const PHRASES: &[&str] = &["member of parliament", "media professional"];
    // Whole words, so that "company" is no "mp" and "council of ministers" no minister
    // (a plural names a group); spokesman, spokeswoman, spokesperson by their start.
    let words: Vec<&str> = e.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let is_word = |p: &str| words.contains(&p);
    words.iter().any(|w| w.starts_with("spokes")) || PERSON.iter().any(|p| is_word(p)) || PHRASES.iter().any(|p| e.contains(p))
}

#[cfg(test)]
mod tests {
    use super::{is_person_noun, without_article};

    #[test]
    fn a_form_written_with_the_article_compares_without_it() {
        // المدعي العام is the singular of مدع عام (a one-person noun), not another word.
        assert_eq!(without_article("المدعي"), "مدعي");
        assert_eq!(without_article("العام"), "عام");
        // A word that is only the article and a letter, or has none, stays as it is.
        assert_eq!(without_article("الم"), "الم");
        assert_eq!(without_article("متحدث"), "متحدث");
    }

    #[test]
    fn labels_of_one_person_are_person_nouns() {
        // Nouns for one person reach a name across adjectives (السياسي المخضرم مهاتير محمد).
        for e in ["correspondent", "cleric", "preacher / cleric"] {
            assert!(is_person_noun(e), "{e}");
        }
        // Bodies and plurals are not.
        for e in ["company", "council of ministers / cabinet", "embassy", "journalists", "doctors"] {
            assert!(!is_person_noun(e), "{e}");
        }
    }
}
