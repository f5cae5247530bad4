//! The readout page: a thin Leptos shell over readout-core.
//!
//! Files are dropped anywhere on the page (folders too) or picked with a button; their
//! bytes are read in the browser and analyzed by readout-core compiled to wasm. Nothing
//! leaves the machine. This crate only reads files and shows records.

mod files;
mod view;

pub use files::{dropped_files, read_bytes, Picked, SAMPLES};
pub use view::{group_thousands, App};

/// What became of one file: its analysis, or why it could not be read.
#[derive(Clone, Debug)]
pub struct FileResult {
    pub name: String,
    pub outcome: Result<readout_core::Analysis, String>,
    /// Which reading of this name it is: a file dropped again gets a fresh card.
    pub generation: u64,
}

/// Analyzes one file's bytes, turning a failure into the message shown for it.
pub fn analyze_file(name: &str, bytes: &[u8]) -> FileResult {
    FileResult { name: name.to_string(), outcome: readout_core::analyze(name, bytes).map_err(|e| e.to_string()), generation: 0 }
}
