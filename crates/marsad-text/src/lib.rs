//! # marsad-text
//!
//! The Arabic text layer of marsad: everything that can be known about a text without
//! dictionaries or I/O.
//!
//! - [`normalize`]: matching keys (diacritics, tatweel, letter variants, digits, presentation
//!   forms folded) with a map back to the original.
//! - [`token`]: tokens with exact byte spans.
//! - [`sentence`]: paragraphs and sentences as byte spans, aware of quotation marks,
//!   brackets, decimal numbers and abbreviations.
//! - [`segment`]: clitic segmentation (و+ال+حكومة) driven by a stem lexicon.
//!
//! Invariant: nothing here rewrites the input. Every span is a byte range into the text
//! the caller passed, on char boundaries.

pub mod normalize;
pub mod segment;
pub mod sentence;
pub mod token;

/// A half-open byte range `[start, end)` into a text.
pub type ByteSpan = (usize, usize);
