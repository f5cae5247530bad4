//! The readout page: a thin Leptos shell over readout-core.
//!
//! Files are dropped anywhere on the page (folders too) or picked with a button; their
//! bytes are read in the browser and analyzed by readout-core compiled to wasm, in a Web
//! Worker ([`serve_analysis`], [`analyze_file`]) so the page never freezes. Page and
//! worker run one wasm module, downloaded and compiled once: the page ([`App`]) reads
//! files, hands them and its compiled module to the worker, keeps the results in
//! IndexedDB and shows them. Nothing leaves the machine.

mod address;
mod article;
mod export;
mod files;
mod files_list;
mod marked;
mod person;
mod pictures;
mod pipeline;
mod store;
mod table;
mod totals;
mod view;
mod workbench;
mod worker;

pub use article::ArticleView;
pub use files::{dropped_files, Picked, SAMPLES};
pub use pictures::{CallGraph, Timeline};
pub use pipeline::{Pipeline, Progress, WORKER_URL};
pub use store::Store;
pub use view::{compact, date_label, group_thousands, merge_results, quote_words, App};
pub use workbench::Tab;
pub use worker::serve_analysis;

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
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FileResult {
    pub name: String,
    pub outcome: Result<readout_core::Analysis, String>,
    /// Which reading of this name it is: a file dropped again gets a fresh card.
    pub generation: u64,
}

/// A record from its JSON, through the code that already brings records from the worker
/// to the page (serde_wasm_bindgen's), not a second copy of serde_json's for them.
fn decode_record(json: &impl serde::Serialize) -> Result<readout_core::Record, String> {
    let value = json.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| e.to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// Analyzes one file's bytes: one result per document it holds (an archive or a dataset
/// holds several; readout's own records, such as the page's JSON export, are read back as
/// they were), a failure turned into the message shown for it. A single document keeps
/// the name the person knows the file by (`name`, with its folder).
pub fn analyze_file(name: &str, bytes: &[u8]) -> Vec<FileResult> {
    let items = readout_core::read_back_with(name, bytes, &|json| decode_record(&json))
        .unwrap_or_else(|| readout_core::analyze_many(name, bytes));
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

/// What the analysis worker says to the page (serialized with serde-wasm-bindgen). The
/// page sends it one file per message: `{ id, name, bytes }`, `bytes` a transferred
/// ArrayBuffer.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub enum Reply {
    /// The engine is loaded and listening; messages sent before this would be lost.
    Ready,
    /// The documents of the file sent with `id` (see [`analyze_file`]).
    Analyzed { id: u32, results: Vec<FileResult> },
}
