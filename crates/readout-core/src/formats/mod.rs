//! Containers an article arrives in besides a plain text or HTML file: a saved web page
//! in one file (`.mhtml`), an e-mail (`.eml`), a Word document (`.docx`), and the front
//! matter of Markdown.

pub mod docx;
pub mod eml;
pub mod markdown;
pub mod mhtml;
pub mod mime;
pub mod zip;
