//! Word lists the analysis matches against, kept as data in one place.
//!
//! Each submodule is a plain table compiled into the binary; extend a table to teach
//! readout a new word without touching the logic that reads it.

pub mod abbreviations;
pub mod cues;
pub mod currencies;
pub mod dates;
pub mod numbers;
pub mod people;
pub mod places;
pub mod purposes;
