//! # marsad-eval
//!
//! Scorers for marsad against gold data. So far: clitic segmentation
//! ([`segment::eval_farasa`], [`segment::eval_ud`]), whose gold conversions are documented
//! in [`segment`].

pub mod segment;

pub use segment::{eval_farasa, eval_ud, SegScore};

// Dev gold set scorers (eval/README.md).
pub mod event_attributes;
pub mod events;
pub mod gold;
pub mod mentions;
pub mod quotes;
