//! Containers an article arrives in besides a plain text or HTML file: a saved web page
//! in one file (`.mhtml`), an e-mail (`.eml`) and a Word document (`.docx`).

pub mod docx;
pub mod eml;
pub mod mhtml;
pub mod mime;
pub mod zip;
