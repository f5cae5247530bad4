//! Turning a file's bytes into the text every later stage reads.
//!
//! Decides what the bytes are: text (plain, Markdown or HTML, in UTF-8, UTF-16,
//! Windows-1252 or the charset a page declares), a container an article arrives in (a saved page `.mhtml`, an e-mail
//! `.eml`, a Word `.docx`), or something else (and says what). Decodes them, pulls out
//! metadata (publication date, title) and, for HTML, the readable text.

use std::fmt;

use crate::encoding::DecodeError;
use crate::formats::{docx, eml, markdown, mhtml, mime};
use crate::{dates, encoding, html, published};

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
    TooLarge {
        bytes: usize,
    },
    Binary {
        kind: &'static str,
    },
    /// A PDF: no PDF text reader is small enough for the page (they bring `encoding_rs`
    /// alone, 124 KB gzipped, and font and compression code besides), so the message
    /// says how to get the text out.
    Pdf,
    /// Neither UTF-8, UTF-16 nor Windows-1252 text: a control byte at `at_byte`.
    NotText {
        at_byte: usize,
    },
    /// Text in a charset it declares but this build cannot decode (an East Asian one in
    /// the page; see [`crate::encoding`]).
    Charset {
        name: &'static str,
    },
    /// A container readout knows (`kind`) that cannot be read, and why.
    Damaged {
        kind: &'static str,
        reason: String,
    },
}

/// `bytes` in tenths of a MB, rounded as `{:.1}` rounds `bytes as f64 / 1_048_576.0` (to
/// the nearest tenth of its exact value, a half to the even tenth), by integer math: the
/// float formatter would add about 10 KB to the page's wasm.
fn megabyte_tenths(bytes: usize) -> u64 {
    // The f64 is an integer; dividing it by 2^20 is exact.
    let scaled = (bytes as f64) as u128 * 10;
    let (tenths, rest, half) = (scaled >> 20, scaled & ((1 << 20) - 1), 1 << 19);
    (tenths + u128::from(rest > half || rest == half && tenths % 2 == 1)) as u64
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the file is empty"),
            ReadError::TooLarge { bytes } => {
                let tenths = megabyte_tenths(*bytes);
                write!(
                    f,
                    "the file is {}.{} MB; readout reads files up to {} MB",
                    tenths / 10,
                    tenths % 10,
                    MAX_FILE_BYTES / 1_048_576
                )
            }
            ReadError::Pdf => write!(
                f,
                "this is a PDF, which readout does not read; open it, select all the text and paste it into a .txt file (or export it as text, e.g. pdftotext), then read that file"
            ),
            ReadError::Binary { kind } => {
                write!(f, "this is {kind}, not an article's text")
            }
            ReadError::NotText { at_byte } => write!(
                f,
                "this is not text in UTF-8, UTF-16 or Windows-1252 (unexpected byte at offset {at_byte}); save it as UTF-8"
            ),
            ReadError::Charset { name } => write!(
                f,
                "this text is in {name}, which readout in the browser does not decode; save it as UTF-8, or use the readout command line"
            ),
            ReadError::Damaged { kind, reason } => write!(f, "this {kind} cannot be read: {reason}"),
        }
    }
}

impl std::error::Error for ReadError {}

impl From<DecodeError> for ReadError {
    fn from(error: DecodeError) -> ReadError {
        match error {
            DecodeError::NotText { at_byte } => ReadError::NotText { at_byte },
            DecodeError::Unsupported { charset } => ReadError::Charset { name: charset },
        }
    }
}

/// How browsers name the folder of a page saved complete (`page.html` beside
/// `page_files/`; Chrome, Firefox and Edge in English, and some of their translations).
pub const SAVED_PAGE_FOLDERS: &[&str] =
    &["_files", "-Dateien", "_archivos", "_fichiers", "_arquivos", "_file", "-bestanden"];

/// Which of `paths` (names with `/` or `\\` between folders, as a folder walk or a drop
/// gives them) are assets of a page saved complete: inside a folder `X_files` (or another
/// of [`SAVED_PAGE_FOLDERS`]) that has a page `X.html` or `X.htm` beside it among
/// `paths`. Their scripts, styles, pictures and frames are no articles, so the shells
/// pass over them silently; a folder so named without its page is read as any other.
pub fn saved_page_assets(paths: &[&str]) -> Vec<bool> {
    let pages: std::collections::HashSet<&str> =
        paths.iter().filter_map(|p| p.strip_suffix(".html").or_else(|| p.strip_suffix(".htm"))).collect();
    paths
        .iter()
        .map(|path| {
            let mut end = 0;
            // Each folder of the path, from the outermost: `dir/X_files` has page `dir/X`.
            for (at, _) in path.match_indices(['/', '\\']) {
                let folder = &path[end..at];
                end = at + 1;
                let stem = SAVED_PAGE_FOLDERS.iter().find_map(|suffix| folder.strip_suffix(suffix));
                if stem.is_some_and(|stem| pages.contains(&path[..at - (folder.len() - stem.len())])) {
                    return true;
                }
            }
            false
        })
        .collect()
}

/// The last path component of `name`, with `/` or `\` as separators.
pub fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// Decodes `bytes` and extracts the readable text and metadata.
pub fn read(file_name: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    read_decoded(file_name, bytes, None)
}

/// [`read`], given what `encoding::decode(bytes, None)` makes of the bytes when the
/// caller already decoded them: the text is not decoded twice unless a page declares
/// its charset.
pub(crate) fn read_decoded(file_name: &str, bytes: &[u8], decoded: Option<String>) -> Result<Document, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return docx::read(bytes);
    }
    if is_pdf(file_name, bytes) {
        return Err(ReadError::Pdf);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ReadError::Binary { kind });
    }
    let extension = extension(file_name);
    let message = mime::looks_like_message(bytes);
    match extension.as_str() {
        "mhtml" | "mht" => return mhtml::read(bytes),
        "eml" => return eml::read(bytes),
        _ if message && mime::Part::parse(bytes).media_type() == "multipart/related" => return mhtml::read(bytes),
        _ if message => return eml::read(bytes),
        _ => {}
    }
    let html = matches!(extension.as_str(), "html" | "htm" | "xhtml") || starts_like_html(bytes);
    let declared = html.then(|| encoding::html_declared(bytes)).flatten();
    let raw = match decoded {
        Some(text) if declared.is_none() => text,
        _ => encoding::decode(bytes, declared).map_err(ReadError::from)?,
    };
    let raw = unix_newlines(raw);
    if html {
        return from_html(&raw);
    }
    if matches!(extension.as_str(), "md" | "markdown") {
        if let Some(front) = markdown::front_matter(&raw) {
            let mut doc = dated_plain(front.rest.trim_start_matches('\n').to_string(), front.published)?;
            doc.title = front.title.or(doc.title);
            return Ok(doc);
        }
    }
    let mut text = raw;
    let published = match published::split_date_line(&text) {
        Some((date, rest)) => {
            // The article is the end of the text: drop the date line in place.
            let skip = text.len() - rest.len();
            text.drain(..skip);
            Some(date)
        }
        None => None,
    };
    dated_plain(text, published)
}

/// `text` with its `\r\n` and `\r` line endings made `\n` (as it is when it has none).
pub(crate) fn unix_newlines(text: String) -> String {
    if text.as_bytes().contains(&b'\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// A page's readable text and metadata; the date printed at the top of the text when
/// the metadata gives none.
pub(crate) fn from_html(html: &str) -> Result<Document, ReadError> {
    let page = html::read(html);
    if page.text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let published = page
        .published
        .or_else(|| published_in_text(&page.text))
        .or_else(|| page.url.as_deref().and_then(published::from_url));
    Ok(Document { text: page.text, published, title: page.title })
}

/// Plain text (with `\n` line endings), its date the one printed at its top.
pub(crate) fn from_plain(text: String) -> Result<Document, ReadError> {
    dated_plain(text, None)
}

/// Plain text whose publication date is `published` when known (a date line, front
/// matter); the date printed at its top is read only when it is not.
fn dated_plain(text: String, published: Option<String>) -> Result<Document, ReadError> {
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let published = published.or_else(|| published_in_text(&text));
    let title = headline(&text);
    Ok(Document { published, text, title })
}

/// The headline a plain text starts with: a first line of a few words, not ended as a
/// sentence is (by `.`, `,`, `;` or `:`), with more text after it. A Markdown heading's
/// `#` marks are left out.
fn headline(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?.trim_start_matches('#').trim();
    lines.next()?;
    let words = first.split_whitespace().count();
    let ends_sentence = first.ends_with(['.', ',', ';', ':']) && !first.ends_with("...");
    let letters = first.chars().any(char::is_alphabetic);
    (letters && (2..=25).contains(&words) && first.chars().count() <= 200 && !ends_sentence).then(|| first.to_string())
}

/// The file name's extension in lower case ("" when it has none).
pub(crate) fn extension(file_name: &str) -> String {
    let name = base_name(file_name);
    name.rsplit_once('.').map_or(String::new(), |(_, ext)| ext.to_ascii_lowercase())
}

/// The publication date printed at the top of the text (a date line, a dateline, a
/// "Published …" line), for documents whose metadata gives none.
fn published_in_text(text: &str) -> Option<String> {
    dates::published_in_text(text).map(published::iso_date)
}

/// Whether the file is a PDF: it starts with the PDF header, or is named `.pdf` and has
/// the header within its first kilobyte (as readers accept).
fn is_pdf(file_name: &str, bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    bytes.starts_with(b"%PDF-") || (extension(file_name) == "pdf" && head.windows(5).any(|w| w == b"%PDF-"))
}

/// Names well-known binary formats by their leading bytes, and calls anything with NUL
/// bytes (outside UTF-16 text) binary data.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\xD0\xCF\x11\xE0", "an old Word .doc or other Office file (save it as .docx)"),
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

/// Whether the text begins (after a byte-order mark, white space and an XML
/// declaration) with an HTML doctype or `<html>` tag.
fn starts_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    // Most texts start (after ASCII white space) with an ASCII character other than `<`
    // (or a NUL that is no longer leading): no page.
    match head.iter().position(|b| !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')) {
        None => return false,
        Some(i) if head[i].is_ascii() && head[i] != b'<' && (i > 0 || head[i] != 0) => return false,
        Some(_) => {}
    }
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut head = head.trim_start_matches(['\u{FEFF}', '\u{FFFD}', '\0']).trim_start();
    if head.starts_with("<?xml") {
        head = head.split_once("?>").map_or("", |(_, rest)| rest.trim_start());
    }
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_plain_texts_first_line_is_its_title_when_it_reads_as_a_headline() {
        let title = |text: &str| read("a.txt", text.as_bytes()).unwrap().title;
        assert_eq!(
            title(" date 2022-10-11\nBiden and Zelensky discuss air defence\n\nKYIV - They spoke."),
            Some("Biden and Zelensky discuss air defence".into())
        );
        assert_eq!(title("Why talks failed?\nA long story follows."), Some("Why talks failed?".into()));
        assert_eq!(title("# Aid arrives\n\nTrucks came."), Some("Aid arrives".into()));
        // A sentence, a lone line, a single word or a figure are no headline.
        assert_eq!(title("The minister said aid would come.\nMore text."), None);
        assert_eq!(title("Only one line here"), None);
        assert_eq!(title("Update\nText."), None);
        assert_eq!(title("2023-05-01 12:00\nText."), None);
    }

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
        // A page's address gives its date last of all.
        let url = b"<link rel=\"canonical\" href=\"https://example.org/2021/05/06/talks\"><p>They spoke.</p>";
        assert_eq!(read("a.html", url).unwrap().published.as_deref(), Some("2021-05-06"));
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
        assert_eq!(read("x.txt", b"%PDF-1.7\n..."), Err(ReadError::Pdf));
        // Some PDF writers put bytes before the header; the extension then tells.
        assert_eq!(read("x.pdf", b"\r\n%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj"), Err(ReadError::Pdf));
        assert!(ReadError::Pdf.to_string().contains("select all the text and paste it into a .txt file"));
        assert_eq!(read("x.txt", b"abc\0def"), Err(ReadError::Binary { kind: "binary data" }));
        assert_eq!(
            read("x.docx", b"PK\x03\x04\x14\0"),
            Err(ReadError::Damaged { kind: "ZIP archive", reason: "it is cut short or corrupt".into() })
        );
        let message = ReadError::Binary { kind: "a PNG image" }.to_string();
        assert_eq!(message, "this is a PNG image, not an article's text");
    }

    #[test]
    fn reads_windows_1252_when_the_text_is_not_utf8() {
        let doc = read("a.txt", b"\x93Caf\xE9 talks,\x94 she said \x96 in Paris.").unwrap();
        assert_eq!(doc.text, "\u{201C}Caf\u{E9} talks,\u{201D} she said \u{2013} in Paris.");
    }

    #[test]
    fn follows_the_charset_a_page_declares() {
        let latin = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9</title></head><p>na\xEFve</p></html>";
        let page = read("a.html", latin).unwrap();
        assert_eq!((page.title.as_deref(), page.text.as_str()), (Some("Caf\u{E9}"), "na\u{EF}ve"));
        let utf8 = b"<meta charset=\"utf-8\"><p>\xE2\x80\x9Cyes\xE2\x80\x9D \xFF</p>";
        assert_eq!(read("b.htm", utf8).unwrap().text, "\u{201C}yes\u{201D} \u{FFFD}");
    }

    #[test]
    fn follows_other_declared_charsets() {
        let cyrillic =
            b"<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\"><p>\xCC\xE8\xF0</p>";
        assert_eq!(read("a.html", cyrillic).unwrap().text, "Мир");
        let xhtml =
            b"<?xml version=\"1.0\" encoding=\"iso-8859-2\"?>\n<!DOCTYPE html><html><p>\xA3\xF3d\xBC</p></html>";
        assert_eq!(read("page", xhtml).unwrap().text, "Łódź");
    }

    #[cfg(not(feature = "cjk"))]
    #[test]
    fn names_a_declared_charset_it_cannot_decode() {
        let page = b"<meta charset=\"shift_jis\"><p>\x93\xFA\x96\x7B</p>";
        let err = read("a.html", page).unwrap_err();
        assert_eq!(err, ReadError::Charset { name: "Shift_JIS" });
        assert!(err.to_string().starts_with("this text is in Shift_JIS, which readout in the browser does not decode"));
        let mail = b"MIME-Version: 1.0\nContent-Type: text/plain; charset=euc-kr\n\n\xC7\xD1\xB1\xB9";
        assert_eq!(read("a.eml", mail), Err(ReadError::Charset { name: "EUC-KR" }));
    }

    #[test]
    fn reports_control_bytes_in_text_that_is_not_utf8() {
        let err = read("a.txt", b"caf\xE9 \x01\x02\x03 au lait").unwrap_err();
        assert_eq!(err, ReadError::NotText { at_byte: 3 });
        assert!(err.to_string().contains("not text in UTF-8"));
    }

    #[test]
    fn refuses_files_over_the_limit() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert!(matches!(read("a.txt", &big), Err(ReadError::TooLarge { .. })));
    }

    #[test]
    fn writes_megabytes_as_one_decimal_float_formatting_does() {
        let mb = 1_048_576;
        let mut sizes = vec![0, 1, mb - 1, mb, 16 * mb + 1, 123_456_789, usize::MAX, usize::MAX / 3];
        // Exact halves of a tenth (ties to even) and their neighbours.
        for tenths in 0..400usize {
            let half = (tenths * 2 + 1) * mb / 20;
            sizes.extend([half - 1, half, half + 1]);
        }
        sizes.extend((0..5000).map(|i| i * 7919 + 16 * mb));
        for bytes in sizes {
            let text = ReadError::TooLarge { bytes }.to_string();
            let by_float = format!("the file is {:.1} MB;", bytes as f64 / 1_048_576.0);
            assert!(text.starts_with(&by_float), "{bytes}: {text}");
        }
    }

    #[test]
    fn tells_pages_by_their_first_characters() {
        assert!(starts_like_html(b"  \n<!DOCTYPE html><p>x</p>"));
        assert!(starts_like_html(b"\xEF\xBB\xBF<HTML lang=\"en\">"));
        assert!(starts_like_html(b"\0<html>"));
        assert!(starts_like_html(b"<?xml version=\"1.0\"?>\n<html>"));
        assert!(!starts_like_html(b" \0<html>"));
        assert!(!starts_like_html(b"Leaders met. <html>"));
        assert!(!starts_like_html(b" date 2022-01-01\nText."));
        assert!(!starts_like_html(b" \t\n"));
        assert!(!starts_like_html(b""));
    }

    #[test]
    fn the_assets_of_a_page_saved_complete_are_told_apart() {
        let paths = [
            "news/ferry.html",
            "news/ferry_files/app.js",
            "news/ferry_files/ad.html",
            "news/ferry_files/img/a.png",
            "news/other_files/notes.txt",
            r"C:\saved\Talks.htm",
            r"C:\saved\Talks-Dateien\frame.html",
            "ferry_files.txt",
            "news/ferry.txt",
        ];
        let assets = saved_page_assets(&paths);
        assert_eq!(assets, [false, true, true, true, false, false, true, false, false]);
        assert!(saved_page_assets(&[]).is_empty());
    }

    #[test]
    fn base_name_drops_directories() {
        assert_eq!(base_name("dir/sub/a.txt"), "a.txt");
        assert_eq!(base_name(r"C:\news\b.html"), "b.html");
        assert_eq!(base_name("c.md"), "c.md");
    }
}
