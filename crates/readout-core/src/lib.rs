//! readout-core: the pure analysis library behind the readout CLI and web page.
//!
//! Text in, records out: no I/O, no globals, no web types. One entry point,
//! [`analyze`], takes a file's name and bytes and returns the analyzed text with the
//! record of `shared/spec/EXTRACTION.md`, or a [`ReadError`] saying why the file
//! cannot be read as an article.

pub mod amounts;
pub mod document;
mod html;
pub mod lexicon;
pub mod published;
pub mod record;

pub use document::{ReadError, MAX_FILE_BYTES};
pub use record::{Amount, Call, Category, Medium, Quote, Record};

/// One analyzed document: the text every offset points into, and its record.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub text: String,
    pub record: Record,
}

/// Reads one file and extracts everything from it.
///
/// `file_name` may carry a directory; the record keeps only the last component.
pub fn analyze(file_name: &str, bytes: &[u8]) -> Result<Analysis, ReadError> {
    let doc = document::read(file_name, bytes)?;
    let amounts = amounts::find_amounts(&doc.text);
    let record = Record {
        file: document::base_name(file_name).to_string(),
        published: doc.published,
        title: doc.title,
        calls: Vec::new(),
        quotes: Vec::new(),
        amounts,
    };
    Ok(Analysis { text: doc.text, record })
}
