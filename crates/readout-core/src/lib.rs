//! readout-core: the pure analysis library behind the readout CLI and web page.
//!
//! Text in, records out: no I/O, no globals, no web types. [`analyze`] takes a file's
//! name and bytes and returns the analyzed text with the record of
//! `shared/spec/EXTRACTION.md`, or a [`ReadError`] saying why the file cannot be read
//! as an article. [`analyze_many`] does the same for inputs that hold several
//! documents (a `.zip` of articles, a CSV, JSON or JSON Lines dataset of one article
//! per row), giving each its own name and result.

pub(crate) mod amounts;
mod assemble;
pub(crate) mod calls;
pub(crate) mod cast;
pub mod corpus;
pub(crate) mod dates;
pub(crate) mod doc;
pub mod document;
pub mod encoding;
pub mod eval;
pub(crate) mod fold;
mod formats;
mod html;
pub(crate) mod lexicon;
mod many;
pub mod marks;
pub mod order;
pub mod published;
pub(crate) mod quotes;
pub mod record;

use cast::Cast;

pub use cast::identity;
pub use document::{ReadError, MAX_FILE_BYTES};
pub use many::{
    analyze_many, analyze_many_with, read_back, read_back_with, Article, DatasetColumns, Row, RowFormat, RowReader,
    MAX_DOCUMENTS,
};
pub use marks::{Mark, MarkKind};
pub use record::{Amount, Call, Category, Medium, Placed, Quote, Record, Status};

/// One analyzed document: the text every offset points into, its record, and where each
/// extraction stands in the text.
///
/// Serializable so the page can move it between its analysis worker, its main thread
/// and the browser's storage.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Analysis {
    pub text: String,
    pub record: Record,
    /// Every call, quote, speaker and amount, and the dates read, as spans of `text`,
    /// sorted (see [`marks`]). Not part of the record. Analyses stored before marks
    /// existed read back without them.
    #[serde(default)]
    pub marks: Vec<Mark>,
}

/// Reads one file and extracts everything from it.
///
/// `file_name` may carry a directory; the record keeps only the last component.
pub fn analyze(file_name: &str, bytes: &[u8]) -> Result<Analysis, ReadError> {
    analyze_decoded(file_name, bytes, None)
}

/// [`analyze`], given the bytes' undeclared decoding when the caller has it (see
/// [`document::read_decoded`]).
fn analyze_decoded(file_name: &str, bytes: &[u8], decoded: Option<String>) -> Result<Analysis, ReadError> {
    let doc = document::read_decoded(file_name, bytes, decoded)?;
    Ok(analyze_document(document::base_name(file_name).to_string(), doc))
}

/// Extracts everything from a decoded document; `file` becomes the record's `file`.
fn analyze_document(file: String, doc: document::Document) -> Analysis {
    let published = doc.published.as_deref().and_then(published::parse_iso_date);
    let record = Record { file, published: doc.published, title: doc.title, ..Record::default() };
    analyze_text(doc.text, published, record)
}

/// The analysis of `text`, its record's fields other than what is extracted given: one
/// Doc, its Cast, the three relations read from them, and the record and marks built.
fn analyze_text(text: String, published: Option<dates::NaiveDate>, record: Record) -> Analysis {
    let doc = doc::Doc::new(&text, published);
    let cast = Cast::new(&doc);
    let (calls, dates) = calls::find_calls(&doc, &cast);
    let quotes = quotes::find_quotes(&doc, &cast);
    let amounts = amounts::find_amounts(&doc, &cast);
    let found = assemble::Found { calls, quotes, amounts, dates };
    let (record, marks) = assemble::assemble(&text, found, record);
    Analysis { text, record, marks }
}

/// The phases of [`analyze`] one at a time, for the benchmarks (`benches/analyze.rs`):
/// not an API, and free to change with the phases.
#[doc(hidden)]
pub mod phases {
    pub use crate::dates::NaiveDate;
    use crate::{cast::Cast, doc::Doc};

    /// A text read into its Doc and Cast, for the phases that read them.
    pub struct Read<'t> {
        doc: Doc<'t>,
        cast: Cast,
    }

    /// Reads `text` into its Doc and Cast.
    pub fn read(text: &str, published: Option<NaiveDate>) -> Read<'_> {
        let doc = Doc::new(text, published);
        let cast = Cast::new(&doc);
        Read { doc, cast }
    }

    /// How many tokens the Doc of `text` has: the Doc alone.
    pub fn doc(text: &str, published: Option<NaiveDate>) -> usize {
        Doc::new(text, published).tokens.len()
    }

    /// How many mentions the Cast of a read text has: the Cast alone.
    pub fn cast(read: &Read) -> usize {
        Cast::new(&read.doc).mentions().len()
    }

    /// How many calls a read text reports.
    pub fn calls(read: &Read) -> usize {
        crate::calls::find_calls(&read.doc, &read.cast).0.len()
    }

    /// How many quotes a read text holds.
    pub fn quotes(read: &Read) -> usize {
        crate::quotes::find_quotes(&read.doc, &read.cast).len()
    }

    /// How many amounts of money a read text names.
    pub fn amounts(read: &Read) -> usize {
        crate::amounts::find_amounts(&read.doc, &read.cast).len()
    }

    /// How many date expressions the sentences of a read text hold, read sentence by
    /// sentence as the relations read them.
    pub fn dates(read: &Read) -> usize {
        let doc = &read.doc;
        doc.sentences.iter().map(|s| crate::dates::find_dates_in(doc, s.span, doc.published).len()).sum()
    }
}
