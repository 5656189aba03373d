//! # marsad-core
//!
//! The analysis types and the one pure function at the centre of marsad:
//! [`Analyzer::analyze`] turns an [`Article`] into an [`Analysis`]. No I/O, no global
//! state, deterministic; the [`Analyzer`] is built once and shared across threads.
//!
//! Invariant: the article text is never rewritten. Every annotation is a span into it;
//! internally spans are byte ranges, and the [`Analysis`] gives Unicode code-point
//! offsets (end exclusive) because that is what Python and most tools index by.

mod analyze;
pub mod events;
pub mod home;
pub mod mentions;
mod model;
pub mod quotes;
mod offsets;
pub mod stages;

pub use analyze::Analyzer;
pub use model::{Analysis, Article, Diagnostic, Event, Mention, Party, Quote, Severity, Span, FORMAT};
pub use offsets::CharOffsets;
pub use marsad_lexicon::{Lexicon, LexiconError};
