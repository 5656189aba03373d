//! # marsad-lexicon
//!
//! marsad's dictionaries: plain TSV files under `dictionaries/` that a domain expert edits
//! without Rust (format: `docs/dictionaries.md`). This crate loads them (the defaults are
//! embedded in the binary; a directory given at run time adds or overrides entries),
//! validates them, and compiles every name into a phrase index over normalized token keys.
//!
//! Invariants: a malformed line, an unknown code or an impossible date refuses to load,
//! naming file and line; nothing is silently miscoded. The lexicon is immutable once built
//! and `Send + Sync`.

mod check;
pub mod date;
pub mod events;
mod load;
mod matcher;
mod tsv;

pub use check::{check, stats, Finding, Stats};
pub use date::{Date, DatedCode};
pub use matcher::{first_token_variants, prefetch_all, FxBuildHasher, FxHasher, Match, Scan, Variant, WordFilter};

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// A dictionary problem that stops loading: which file, which line, what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// What a dictionary entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A state by name (روسيا).
    State,
    /// A capital standing for its state (موسكو).
    Capital,
    /// A nisba adjective of a state, any inflection (الإيرانية، روسي).
    Nisba,
    /// A plural demonym standing for the people of a state (الروس، الإيرانيون).
    Demonym,
    /// A city, province or region of a state (غزة، حلب، كاليفورنيا): where things
    /// happen, never an actor by itself, but it places a role noun (وزارة الصحة في غزة).
    Place,
    /// A metonym for an institution (البيت الأبيض → USAGOV).
    Metonym,
    /// An international organisation.
    Igo,
    /// A non-state group, party or movement.
    Group,
    /// A person by full name.
    Person,
    /// A person by a name usable alone (surname, mononym).
    PersonShort,
    /// A role noun (وزير، جيش، متظاهرون).
    Agent,
    /// A phrase that looks like an actor but is not.
    Discard,
}

impl Kind {
    /// The mention `type` written in the output.
    pub fn label(self) -> &'static str {
        match self {
            Kind::State | Kind::Capital | Kind::Nisba | Kind::Demonym => "state",
            Kind::Metonym => "metonym",
            Kind::Igo => "igo",
            Kind::Group => "group",
            Kind::Person | Kind::PersonShort => "person",
            Kind::Agent => "agent",
            Kind::Discard => "discard",
            Kind::Place => "place",
        }
    }
}

/// Where an entry was defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One name of one actor (an actor with five names is five entries sharing an `id`).
#[derive(Clone, Debug)]
pub struct Entry {
    pub kind: Kind,
    /// The name as written in the dictionary (or as generated: a nisba inflection).
    pub name: String,
    /// Stable id of the actor (`USA`, `james-jeffrey`, `agent:وزير`).
    pub id: String,
    /// `kind:id` (`state:USA`, `person:james-jeffrey`): the rule of a mention that is
    /// this entry by name, made once here so that mentions borrow it.
    pub rule: String,
    /// Canonical English name.
    pub entity: String,
    /// The codes, each with its date range (undated codes have open ends). Agents have
    /// none: their role is in `role`.
    pub codes: Vec<DatedCode>,
    /// For agents: the CAMEO role the noun gives.
    pub role: Option<String>,
    /// For agents: the noun denotes one person (وزير، مبعوث), not a body (وزارة، جيش).
    pub singular_person: bool,
    /// For agents: the noun names a building (its English label says consulate or
    /// embassy), which is a place where one goes, not an actor.
    pub building: bool,
    /// For agents: what the noun is without a state, organisation or person next to it
    /// (the `alone` column of agents.tsv).
    pub alone: Alone,
    /// For metonyms that are cities (بروكسل): the state they lie in (the `place` column of
    /// metonyms.tsv), which they stand for when named as a place (في بروكسل).
    pub place: Option<String>,
    pub origin: Origin,
}

/// What a role noun is by itself, without a state, organisation or person next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alone {
    /// Not an actor (مجموعة، هيئة، قناة: too generic) — `alone = no`.
    No,
    /// An actor with a role but no country (متحدث، مسؤولون) — the default.
    Role,
    /// An institution of the country the story is about (الحكومة، الجيش، المعارضة) —
    /// `alone = home`.
    Home,
    /// As `Home`, and without the article too: crowds and unnamed sources (متظاهرون،
    /// مصدر أمني) are of the story's country unless something else places them —
    /// `alone = local`.
    Local,
    /// A rank that is also a common noun (فريق "team", رائد "pioneer"): an actor only
    /// before a person's name or referring back to one, never with a state or place
    /// (فريق ليفربول is a team) — `alone = title`.
    Title,
    /// People whose role alone is their code when nothing places them, since no story's
    /// country is theirs by default: journalists told something (للصحافيين → MED),
    /// unknown gunmen (مسلحون مجهولون → UAF), eyewitnesses — `alone = coded`.
    Coded,
    /// A one-word group name that is also a common word (فتح): the group only when a
    /// mention of its country stands in the same sentence — `alone = context` in
    /// groups.tsv.
    Context,
    /// A company name that is mostly its platform, product or index (فيسبوك، ناسداك):
    /// the company only where it acts or speaks — `alone = acting` in groups.tsv.
    Acting,
}

/// How a reporting cue introduces a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// قال، أكد: its subject is the speaker.
    Verb,
    /// وأضاف، وتابع: without a subject, the last speaker goes on.
    Continuation,
    /// قائلا، مضيفا: the speaker is the subject of the clause it follows.
    Participle,
    /// بحسب، وفقا لـ، نقلا عن: the actor named after it is the source.
    Frame,
}

/// A reporting cue from `cues.tsv`.
#[derive(Clone, Debug)]
pub struct Cue {
    pub kind: CueKind,
    pub lemma: String,
}

/// A state as the dictionaries define it.
#[derive(Clone, Debug)]
pub struct State {
    /// CAMEO country code (the first chunk of actor codes).
    pub code: String,
    pub iso3: String,
    pub english: String,
    /// Has armed forces of its own (states.tsv `army` is not `none`): a bare army in a
    /// story about a state without one is another state's.
    pub has_army: bool,
    /// The state that holds it under occupation (states.tsv `occupied_by`: Palestine →
    /// ISR): what its people protest when no other target is named.
    pub occupied_by: Option<String>,
    /// Where most of its people's given names come from (states.tsv `given_names`, an
    /// origin of first-names.tsv: arab, western …), when one origin clearly dominates.
    pub given_names: Option<String>,
}

/// The compiled dictionaries.
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Per entry (same order): its kind, and where the first three bytes of its first
    /// code are in `state_text` (length 0: none). Asked about every match, and a few
    /// bytes each where an entry is a few cache lines with its code behind two pointers.
    entry_facts: Vec<(Kind, u32, u8)>,
    state_text: String,
    actor_codes: ActorCodes,
    /// Phrase index: first token key → phrases starting with it (longest first).
    index: matcher::Index,
    states: HashMap<String, State, crate::FxBuildHasher>,
    roles: HashSet<String, crate::FxBuildHasher>,
    /// The same states and roles by their three-letter codes as words.
    short_codes: ShortCodes,
    /// Generic first chunks allowed for non-state codes (IGO, NGO, IMG, …).
    generic: HashSet<String, crate::FxBuildHasher>,
    /// Reporting cues by normalized key (looked up for every token: a fast hasher).
    cues: HashMap<String, Cue, std::hash::BuildHasherDefault<matcher::FxHasher>>,
    /// The longest cue key in bytes (plus a leading و/ف): longer tokens are no cue.
    max_cue_len: usize,
    /// Verbal nouns of saying (`noun` rows of cues.tsv: إعلان، تأكيد) by key, with their
    /// lemma: no cue by themselves, the quote finder gates them (`quotes/verbal_noun.rs`).
    noun_cues: HashMap<String, String, std::hash::BuildHasherDefault<matcher::FxHasher>>,
    /// Event triggers and modality words.
    events: events::EventLexicon,
    /// Given names from `first-names.tsv`, in file order.
    given_names: Vec<GivenName>,
    /// The entries of each person (full names and short names) by id.
    people: HashMap<String, Vec<u32>, crate::FxBuildHasher>,
}

/// A given name from `first-names.tsv`: the key of one spelling, and whether the word
/// may start a name by itself (no when it is also a common word: أمين، سعيد).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenName {
    pub key: String,
    pub starts: bool,
    /// The `origin` column: the name's language (arab, western, russian …).
    pub language: String,
    /// Where the row is (file and line).
    pub origin: Origin,
}

/// States and roles by their three-letter codes packed into a word ([`pack3`]): asked
/// about several times a mention, where a map of strings hashes the string and compares
/// it with a call.
#[derive(Default)]
struct ShortCodes {
    states: HashMap<u32, State, crate::FxBuildHasher>,
    roles: HashSet<u32, crate::FxBuildHasher>,
}

impl ShortCodes {
    fn new<'s>(states: impl Iterator<Item = &'s State>, roles: impl Iterator<Item = &'s str>) -> ShortCodes {
        ShortCodes {
            states: states.filter_map(|s| Some((pack3(&s.code)?, s.clone()))).collect(),
            roles: roles.filter_map(pack3).collect(),
        }
    }
}

/// A code of three bytes as one word.
fn pack3(code: &str) -> Option<u32> {
    match *code.as_bytes() {
        [a, b, c] => Some(u32::from(a) | u32::from(b) << 8 | u32::from(c) << 16),
        _ => None,
    }
}

/// Every actor code of a state and a role (`IRQ` + `GOV` = `IRQGOV`), written once so
/// that mentions borrow their actor rather than each allocating one. State number `s`
/// and role number `r` are at `(s × roles + r) × 6` in `text`: a lookup asks two small
/// maps (by [`pack3`]) and reads no table of all the pairs.
#[derive(Default)]
struct ActorCodes {
    text: String,
    states: HashMap<u32, usize, crate::FxBuildHasher>,
    roles: HashMap<u32, usize, crate::FxBuildHasher>,
}

impl ActorCodes {
    fn new<'s>(states: impl Iterator<Item = &'s str>, roles: impl Iterator<Item = &'s str>) -> ActorCodes {
        let states: Vec<&str> = states.filter(|s| pack3(s).is_some()).collect();
        let roles: Vec<&str> = roles.filter(|r| pack3(r).is_some()).collect();
        let number = |codes: &[&str]| codes.iter().enumerate().filter_map(|(n, c)| Some((pack3(c)?, n))).collect();
        let mut text = String::with_capacity(states.len() * roles.len() * 6);
        for state in &states {
            for role in &roles {
                text.push_str(state);
                text.push_str(role);
            }
        }
        ActorCodes { text, states: number(&states), roles: number(&roles) }
    }

    fn get(&self, state: &str, role: &str) -> Option<&str> {
        let s = *self.states.get(&pack3(state)?)?;
        let r = *self.roles.get(&pack3(role)?)?;
        let at = (s * self.roles.len() + r) * 6;
        self.text.get(at..at + 6)
    }
}

impl fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon").field("entries", &self.entries.len()).finish()
    }
}

/// Is token `i` a hyphen glued to the words on both sides (كيم جونغ-أون، مون جاي-إن)?
/// Such a hyphen gets the matching key [`WORD_HYPHEN`] in names and in documents, so a
/// hyphenated name matches as written; a spaced dash (بيروت - أ ف ب) keeps no key.
pub fn word_hyphen(text: &str, tokens: &[marsad_text::token::Token], i: usize) -> bool {
    use marsad_text::token::TokenKind;
    let word = |t: &marsad_text::token::Token| matches!(t.kind, TokenKind::Arabic | TokenKind::Word);
    i > 0
        && i + 1 < tokens.len()
        && tokens[i].text(text) == "-"
        && word(&tokens[i - 1])
        && word(&tokens[i + 1])
        && tokens[i - 1].end == tokens[i].start
        && tokens[i].end == tokens[i + 1].start
}

/// The normalized key of each token, as the matcher reads documents; punctuation and symbols get an empty key, which no
/// phrase contains, so no match crosses them.
pub fn token_keys(text: &str, tokens: &[marsad_text::token::Token]) -> Vec<String> {
    use marsad_text::normalize::{key_into, KeyOptions};
    use marsad_text::token::TokenKind;
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| match t.kind {
            TokenKind::Arabic | TokenKind::Word | TokenKind::Number => {
                // Sized once and written in place: no intermediate buffer to copy from.
                let mut k = String::with_capacity(t.end - t.start);
                key_into(t.text(text), KeyOptions::default(), &mut k);
                k
            }
            // A hyphen inside a name (كيم جونغ-أون) matches as the dictionaries write it.
            TokenKind::Punct if word_hyphen(text, tokens, i) => WORD_HYPHEN.to_string(),
            TokenKind::Punct | TokenKind::Symbol => String::new(),
        })
        .collect()
}

/// The matching key of a hyphen inside a word (see [`word_hyphen`]).
pub const WORD_HYPHEN: &str = "-";

/// The dictionary files embedded in the binary, as (file name, text).
pub const EMBEDDED: &[(&str, &str)] = &[
    ("roles.tsv", include_str!("../../../dictionaries/roles.tsv")),
    ("states.tsv", include_str!("../../../dictionaries/states.tsv")),
    ("places.tsv", include_str!("../../../dictionaries/places.tsv")),
    ("metonyms.tsv", include_str!("../../../dictionaries/metonyms.tsv")),
    ("igos.tsv", include_str!("../../../dictionaries/igos.tsv")),
    ("groups.tsv", include_str!("../../../dictionaries/groups.tsv")),
    ("people.tsv", include_str!("../../../dictionaries/people.tsv")),
    ("agents.tsv", include_str!("../../../dictionaries/agents.tsv")),
    ("discards.tsv", include_str!("../../../dictionaries/discards.tsv")),
    ("cues.tsv", include_str!("../../../dictionaries/cues.tsv")),
    ("events.tsv", include_str!("../../../dictionaries/events.tsv")),
    ("event-words.tsv", include_str!("../../../dictionaries/event-words.tsv")),
    ("first-names.tsv", include_str!("../../../dictionaries/first-names.tsv")),
];

/// The embedded dictionaries as (path as in the repository, text), for loading.
pub(crate) fn embedded_files() -> Vec<(String, String)> {
    EMBEDDED.iter().map(|(n, t)| (format!("dictionaries/{n}"), t.to_string())).collect()
}

impl Lexicon {
    /// The embedded default dictionaries.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        load::build(&embedded_files(), &[])
    }

    /// The embedded dictionaries plus the files of `dir` (same file names as the
    /// defaults, any subset; `people-*.tsv` files count as people). An entry in `dir`
    /// replaces the default entries with the same name key; new names are added.
    pub fn with_overrides(dir: &Path) -> Result<Lexicon, LexiconError> {
        let extra = load::read_dir(dir)?;
        load::build(&embedded_files(), &extra)
    }

    /// Given names (every spelling) that may begin an unknown person's name.
    pub fn given_names(&self) -> &[GivenName] {
        &self.given_names
    }

    /// The entries (full and short names) of the person with this id.
    pub fn person_entries(&self, id: &str) -> impl Iterator<Item = &Entry> {
        self.people.get(id).into_iter().flatten().map(|&e| &self.entries[e as usize])
    }

    /// All entries (for checks, statistics and tools).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    #[inline]
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// [`Lexicon::entry_state`] of an entry given by reference: from the table when it
    /// is one of this lexicon's entries, else read from the entry.
    #[inline]
    pub fn state_of<'s>(&'s self, e: &'s Entry) -> Option<&'s str> {
        let at = (e as *const Entry as usize).wrapping_sub(self.entries.as_ptr() as usize) / std::mem::size_of::<Entry>().max(1);
        match self.entries.get(at) {
            Some(x) if std::ptr::eq(x, e) => self.entry_state(at as u32),
            _ => e.codes.first().and_then(|c| c.code.get(..3)),
        }
    }

    /// `entry(id).kind`, from a small table.
    #[inline]
    pub fn entry_kind(&self, id: u32) -> Kind {
        self.entry_facts[id as usize].0
    }

    /// The first three bytes of entry `id`'s first code (a place's state), as
    /// `entry(id).codes.first().and_then(|c| c.code.get(..3))`, from a small table.
    #[inline]
    pub fn entry_state(&self, id: u32) -> Option<&str> {
        let (_, start, len) = self.entry_facts[id as usize];
        (len > 0).then(|| &self.state_text[start as usize..start as usize + usize::from(len)])
    }

    /// The state with this CAMEO country code.
    #[inline]
    pub fn state(&self, code: &str) -> Option<&State> {
        match pack3(code) {
            Some(packed) => self.short_codes.states.get(&packed),
            None => self.states.get(code),
        }
    }

    /// Is `code` an organisation head that stands in a code's country place (IGO, NGO)?
    pub fn is_generic(&self, code: &str) -> bool {
        self.generic.contains(code)
    }

    /// Split an actor code into (country, role): `USAGOV` → (`USA` as ISO alpha-3, `GOV`);
    /// `IGOUNO` → (`IGOUNO`, `IGO`); a role-only code `GOV` → (None, `GOV`).
    pub fn split_code(&self, code: &str) -> (Option<String>, Option<String>) {
        let (country, role) = self.split_code_ref(code);
        (country.map(str::to_string), role.map(str::to_string))
    }

    /// Is `head` the three-letter code of a region, a group of states that is no state
    /// (WST, EUR, AFR)?
    pub fn is_region(&self, head: &str) -> bool {
        load::REGION_HEADS.contains(&head)
    }

    /// [`Lexicon::split_code`] without allocating: each part borrows from the lexicon or
    /// from `code`.
    pub fn split_code_ref<'s>(&'s self, code: &'s str) -> (Option<&'s str>, Option<&'s str>) {
        if code.len() < 3 || !code.is_char_boundary(3) {
            return (None, None);
        }
        let head = &code[..3];
        if let Some(state) = self.state(head) {
            let role = code.get(3..6).filter(|r| self.is_role(r));
            return (Some(state.iso3.as_str()), role);
        }
        if self.generic.contains(head) {
            // A trailing role on an organisation code (IGOUNOREF) is its role.
            if code.len() > 6 {
                let tail = &code[code.len() - 3..];
                if self.is_role(tail) && !self.generic.contains(tail) {
                    return (Some(&code[..code.len() - 3]), Some(tail));
                }
            }
            return (Some(code), Some(head));
        }
        if load::REGION_HEADS.contains(&head) {
            // A region is not a state: no country, but the role still holds.
            let role = code.get(3..6).filter(|r| self.is_role(r));
            return (None, role);
        }
        if self.is_role(head) && code.len() == 3 {
            return (None, Some(head));
        }
        (None, None)
    }

    /// The actor code of a state and a role (`IRQ`, `GOV` → `IRQGOV`), borrowed from the
    /// lexicon when `state` is a state's code and `role` a role code; else `None`.
    pub fn actor_code(&self, state: &str, role: &str) -> Option<&str> {
        self.actor_codes.get(state, role)
    }

    /// Is `code` well-formed: a known state code followed by known roles, or an
    /// organisation head (IGO, NGO, …) followed by three-letter chunks?
    pub fn is_known_code(&self, code: &str) -> bool {
        load::code_is_known(&self.states, &self.roles, &self.generic, code)
    }

    /// The reporting cue a token key is, seeing through a leading و or ف.
    pub fn cue(&self, key: &str) -> Option<&Cue> {
        if key.len() > self.max_cue_len {
            return None;
        }
        if let Some(c) = self.cues.get(key) {
            return Some(c);
        }
        let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
        self.cues.get(rest)
    }

    /// The verbal noun of saying (a `noun` row of cues.tsv) a token key is, seeing through a
    /// leading و or ف: its lemma.
    pub fn noun_cue(&self, key: &str) -> Option<&str> {
        let found = self.noun_cues.get(key).or_else(|| self.noun_cues.get(key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?));
        found.map(String::as_str)
    }

    /// The event dictionaries (triggers, negation and modality words).
    pub fn events(&self) -> &events::EventLexicon {
        &self.events
    }

    /// Is `role` a known CAMEO role code?
    #[inline]
    pub fn is_role(&self, role: &str) -> bool {
        match pack3(role) {
            Some(packed) => self.short_codes.roles.contains(&packed),
            None => self.roles.contains(role),
        }
    }
}
