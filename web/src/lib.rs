//! The readout page: a thin Leptos shell over readout-core.
//!
//! Files are dropped anywhere on the page (folders too) or picked with a button; their
//! bytes are read in the browser and analyzed by readout-core compiled to wasm. Nothing
//! leaves the machine. This crate only reads files and shows records.

mod article;
mod files;
mod view;

pub use article::ArticleView;
pub use files::{dropped_files, read_bytes, Picked, SAMPLES};
pub use view::{group_thousands, App};

/// Where the reader wants to look: a span of one document's text, in the char offsets the
/// records carry. Set by clicking a record anywhere on the page; the article view shows it.
/// The page provides it as a context, `RwSignal<Option<Focus>>`, beside the results
/// (`RwSignal<Vec<FileResult>>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    /// The `FileResult::name` of the document.
    pub document: String,
    pub start: usize,
    pub end: usize,
}

/// What became of one file: its analysis, or why it could not be read.
#[derive(Clone, Debug)]
pub struct FileResult {
    pub name: String,
    pub outcome: Result<readout_core::Analysis, String>,
    /// Which reading of this name it is: a file dropped again gets a fresh card.
    pub generation: u64,
}

/// Analyzes one file's bytes: one result per document it holds (an archive or a dataset
/// holds several), a failure turned into the message shown for it. A single document keeps
/// the name the person knows the file by (`name`, with its folder).
pub fn analyze_file(name: &str, bytes: &[u8]) -> Vec<FileResult> {
    let items = readout_core::analyze_many(name, bytes);
    let single = items.len() == 1;
    items
        .into_iter()
        .map(|(document, outcome)| FileResult {
            name: if single { name.to_string() } else { document },
            outcome: outcome.map_err(|e| e.to_string()),
            generation: 0,
        })
        .collect()
}
