//! Turning a file's bytes into the text every later stage reads.
//!
//! Decides whether the bytes are text at all (and says why not), decodes them, pulls out
//! metadata (publication date, title) and, for HTML, the readable text.

use std::fmt;

use crate::{dates, html, published};

/// Files larger than this are refused: no news article comes near it, and the page must
/// never freeze on a stray dump.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// A decoded document, before extraction.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The text all offsets point into.
    pub text: String,
    pub published: Option<String>,
    pub title: Option<String>,
}

/// Why a file cannot be read as an article. `Display` gives the message shown to people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    TooLarge { bytes: usize },
    Binary { kind: &'static str },
    NotUtf8 { at_byte: usize },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the file is empty"),
            ReadError::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; readout reads files up to {} MB",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            ReadError::Binary { kind } => {
                write!(f, "this is {kind}, not an article's text")
            }
            ReadError::NotUtf8 { at_byte } => write!(
                f,
                "the text is not valid UTF-8 (first bad byte at offset {at_byte}); save it as UTF-8"
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// The last path component of `name`, with `/` or `\` as separators.
pub fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// Decodes `bytes` and extracts the readable text and metadata.
pub fn read(file_name: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ReadError::Binary { kind });
    }
    let raw = decode(bytes)?;
    let raw = raw.replace("\r\n", "\n").replace('\r', "\n");
    if is_html(file_name, &raw) {
        let page = html::read(&raw);
        let text = page.text;
        if text.trim().is_empty() {
            return Err(ReadError::Empty);
        }
        let published = page.published.or_else(|| published_in_text(&text));
        return Ok(Document { text, published, title: page.title });
    }
    let (published, text) = match published::split_date_line(&raw) {
        Some((date, rest)) => (Some(date), rest.to_string()),
        None => (published_in_text(&raw), raw),
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(Document { text, published, title: None })
}

/// The publication date printed at the top of the text (a date line, a dateline, a
/// "Published …" line), for documents whose metadata gives none.
fn published_in_text(text: &str) -> Option<String> {
    dates::published_in_text(text).map(|d| d.format("%Y-%m-%d").to_string())
}

/// Names well-known binary formats by their leading bytes, and calls anything with NUL
/// bytes (outside UTF-16 text) binary data.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word/Office file)"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "an executable program"),
        (b"MZ", "a Windows executable"),
        (b"RIFF", "a media file"),
        (b"\x00asm", "a WebAssembly module"),
    ];
    if let Some((_, kind)) = SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let head = &bytes[..bytes.len().min(8192)];
    (!utf16 && head.contains(&0)).then_some("binary data")
}

/// UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    let utf16 = |little: bool| {
        let units = bytes[2..].chunks(2).map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if little { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    if bytes.starts_with(b"\xFF\xFE") {
        return Ok(utf16(true));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Ok(utf16(false));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(ReadError::NotUtf8 { at_byte: e.valid_up_to() }),
    }
}

fn is_html(file_name: &str, text: &str) -> bool {
    let lower = base_name(file_name).to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        return true;
    }
    let head: String = text.trim_start().chars().take(64).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_bom() {
        let plain = read("a.txt", "Kyiv said \u{201C}no\u{201D}.".as_bytes()).unwrap();
        let bom = read("a.txt", "\u{FEFF}Kyiv said \u{201C}no\u{201D}.".as_bytes()).unwrap();
        assert_eq!(plain.text, "Kyiv said \u{201C}no\u{201D}.");
        assert_eq!(bom.text, plain.text);
    }

    #[test]
    fn reads_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("Caf\u{E9} talks".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(read("a.txt", &bytes).unwrap().text, "Caf\u{E9} talks");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Caf\u{E9} talks".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(read("a.txt", &be).unwrap().text, "Caf\u{E9} talks");
    }

    #[test]
    fn normalises_line_endings() {
        assert_eq!(read("a.txt", b"One.\r\n\r\nTwo.\rThree.").unwrap().text, "One.\n\nTwo.\nThree.");
    }

    #[test]
    fn takes_the_date_line_out_of_the_text() {
        let doc = read("a.txt", b" date 2022-10-11 Leaders spoke on Monday.").unwrap();
        assert_eq!(doc.published.as_deref(), Some("2022-10-11"));
        assert_eq!(doc.text, "Leaders spoke on Monday.");
    }

    #[test]
    fn reads_the_publication_date_from_the_text_without_a_date_line_or_metadata() {
        let plain = read("a.txt", b"Leaders talk\nOSLO, May 4, 2021 (Wire) - The leaders spoke.").unwrap();
        assert_eq!(plain.published.as_deref(), Some("2021-05-04"));
        let page = read("a.html", b"<h1>Leaders talk</h1><p>Published: 4 May 2021</p><p>They spoke.</p>").unwrap();
        assert_eq!(page.published.as_deref(), Some("2021-05-04"));
        let line_first = read("a.txt", b" date 2021-05-05\nOSLO, May 4, 2021 (Wire) - They spoke.").unwrap();
        assert_eq!(line_first.published.as_deref(), Some("2021-05-05"));
        assert_eq!(read("a.txt", b"They spoke on May 4, 2021.").unwrap().published, None);
    }

    #[test]
    fn refuses_empty_and_blank_files() {
        assert_eq!(read("a.txt", b""), Err(ReadError::Empty));
        assert_eq!(read("a.txt", b" \n\t\n"), Err(ReadError::Empty));
        assert_eq!(read("a.txt", b" date 2022-01-01\n"), Err(ReadError::Empty));
    }

    #[test]
    fn names_binary_formats() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(read("pic.txt", png), Err(ReadError::Binary { kind: "a PNG image" }));
        assert_eq!(read("x.pdf", b"%PDF-1.7\n..."), Err(ReadError::Binary { kind: "a PDF document" }));
        assert_eq!(read("x.txt", b"abc\0def"), Err(ReadError::Binary { kind: "binary data" }));
        let message = ReadError::Binary { kind: "a PNG image" }.to_string();
        assert_eq!(message, "this is a PNG image, not an article's text");
    }

    #[test]
    fn reports_where_utf8_breaks() {
        let err = read("a.txt", b"caf\xE9 au lait").unwrap_err();
        assert_eq!(err, ReadError::NotUtf8 { at_byte: 3 });
        assert!(err.to_string().contains("not valid UTF-8"));
    }

    #[test]
    fn refuses_files_over_the_limit() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert!(matches!(read("a.txt", &big), Err(ReadError::TooLarge { .. })));
    }

    #[test]
    fn base_name_drops_directories() {
        assert_eq!(base_name("dir/sub/a.txt"), "a.txt");
        assert_eq!(base_name(r"C:\news\b.html"), "b.html");
        assert_eq!(base_name("c.md"), "c.md");
    }
}
