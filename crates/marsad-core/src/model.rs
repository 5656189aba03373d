//! The data model: what goes in ([`Article`]) and what comes out ([`Analysis`]).
//!
//! The serialized form of [`Analysis`] is marsad's output format, documented in
//! `docs/output-format.md` and versioned by [`FORMAT`]. Changing a field name or meaning
//! means a new format version.

use serde::{Deserialize, Serialize};

/// The output format version written in every [`Analysis`].
pub const FORMAT: &str = "marsad/1";

/// One news article: an id, optional metadata and the text exactly as published.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// Publication date as given (`YYYY-MM-DD`, optionally followed by a time).
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub text: String,
}

/// A span of the article text: code-point offsets (end exclusive) and the text itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// An actor mention, resolved as far as the dictionaries allow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// What kind of actor: `state`, `igo`, `group`, `person`, `agent`, `metonym`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Canonical name of the entity, when known.
    pub entity: Option<String>,
    /// Full CAMEO-style code (`USAGOV`, `IRNMIL`, `IGOUNO`).
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3 of the actor's state, or the IGO code for an organisation.
    pub country: Option<String>,
    /// CAMEO role (`GOV`, `MIL`, `OPP`, …).
    pub role: Option<String>,
    /// The dictionary entry or rule that produced the mention.
    pub rule: String,
    /// For a role phrase linked to an earlier mention (المبعوث الأميركي → جيمس جيفري):
    /// that mention's `[start, end]`; otherwise null.
    pub antecedent: Option<[usize; 2]>,
}

/// An event participant (also used for a quote's speaker).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
}

/// A quotation, direct or indirect, with its cue and speaker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub direct: bool,
    pub cue: Span,
    pub speaker: Option<Party>,
    pub confidence: f32,
    pub rule: String,
}

/// An event in the PLOVER ontology.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER event type in capitals (`ASSAULT`, `CONSULT`, …).
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: Option<String>,
    pub mode: Option<String>,
    pub actors: Vec<Party>,
    pub recipients: Vec<Party>,
    pub negated: bool,
    pub modality: Option<String>,
    /// Index into `quotes` of the quotation that states this event, if any.
    pub claimed_by: Option<usize>,
    pub sentence: [usize; 2],
    pub trigger: Span,
    pub confidence: f32,
    pub rule: String,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document was analysed, but something in it was repaired or assumed.
    Warning,
    /// The document could not be analysed and was skipped.
    Error,
}

/// Something worth telling the user about one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
}

/// Everything marsad found in one article. Serialized as one JSONL line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub format: String,
    pub id: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<[usize; 2]>,
    pub sentences: Vec<[usize; 2]>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    /// Warnings about this document (repaired input, assumptions made).
    pub diagnostics: Vec<Diagnostic>,
}
