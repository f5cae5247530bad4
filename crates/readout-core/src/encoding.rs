//! Bytes to text: UTF-8, UTF-16 with a byte-order mark, and Windows-1252 (the superset
//! of ISO-8859-1 that old Western pages, mail and Windows editors write).
//!
//! No encoding tables beyond Windows-1252's 32 special bytes: every other legacy charset
//! is rare in English news, and each table would weigh on the web page.

/// Characters of Windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined keep
/// their Latin-1 (C1 control) value, as browsers do. Every other byte is its Latin-1
/// code point.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', //
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}', //
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', //
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// A character set a file or a MIME part declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    /// Windows-1252, and ISO-8859-1/Latin-1/US-ASCII, which browsers read as it.
    Windows1252,
}

impl Charset {
    /// The charset a label names (`utf-8`, `windows-1252`, `iso-8859-1`, `latin1`,
    /// `us-ascii`, in any case, quoted or not); `None` for labels readout cannot decode.
    pub fn from_label(label: &str) -> Option<Charset> {
        let label = label.trim().trim_matches(['"', '\'']).trim().to_ascii_lowercase();
        match label.as_str() {
            "utf-8" | "utf8" | "unicode-1-1-utf-8" => Some(Charset::Utf8),
            "windows-1252" | "cp1252" | "x-cp1252" | "iso-8859-1" | "iso8859-1" | "iso_8859-1" | "latin1"
            | "latin-1" | "l1" | "us-ascii" | "ascii" | "ansi_x3.4-1968" => Some(Charset::Windows1252),
            _ => None,
        }
    }
}

/// Why bytes are not text: the offset of the first byte that is neither UTF-8 nor
/// printable Windows-1252.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotText {
    pub at_byte: usize,
}

/// Decodes a whole file. A byte-order mark decides first (UTF-8, UTF-16 LE or BE); then
/// valid UTF-8 is UTF-8, whatever `declared` says (a stale `<meta charset>` on a page
/// served as UTF-8 is common, while Windows-1252 prose that happens to be valid UTF-8 is
/// all but unheard of); then `declared` UTF-8 is read with replacement characters for the
/// broken bytes; anything else is Windows-1252 if it has no control characters other
/// than whitespace, and not text otherwise.
pub fn decode(bytes: &[u8], declared: Option<Charset>) -> Result<String, NotText> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) if declared == Some(Charset::Utf8) => Ok(String::from_utf8_lossy(bytes).into_owned()),
        Err(e) => match bytes.iter().position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) {
            Some(at_byte) => Err(NotText { at_byte: at_byte.min(e.valid_up_to()) }),
            None => Ok(windows_1252(bytes)),
        },
    }
}

/// Decodes a MIME part or a zip member whose charset is declared (or not): never fails,
/// as the container already said it is text.
pub fn decode_lossy(bytes: &[u8], declared: Option<Charset>) -> String {
    decode(bytes, declared).unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

/// Windows-1252 bytes as text.
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|c| unit([c[0], *c.get(1).unwrap_or(&0)]));
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// The charset an HTML page declares in its first 4 KB, by `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
pub fn html_declared(bytes: &[u8]) -> Option<Charset> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(label) = charset_param(tag) {
            return Charset::from_label(label);
        }
    }
    None
}

/// The value after `charset=` in a tag or a Content-Type header, up to a quote, `;`,
/// space or `/`.
pub fn charset_param(s: &str) -> Option<&str> {
    let at = s.to_ascii_lowercase().find("charset")?;
    let rest = s[at + 7..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest.find(['"', '\'', ';', ' ', '/', '>', '\t', '\n', '\r']).unwrap_or(rest.len());
    Some(&rest[..end]).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_maps_smart_quotes_and_latin_1() {
        assert_eq!(windows_1252(b"\x93Caf\xE9\x94 \x96 \x80 5"), "\u{201C}Caf\u{E9}\u{201D} \u{2013} \u{20AC} 5");
        assert_eq!(windows_1252(b"\x81\x9F\xFF"), "\u{81}\u{178}\u{FF}");
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let text = "caf\u{E9}".as_bytes();
        assert_eq!(decode(text, Some(Charset::Windows1252)).unwrap(), "caf\u{E9}");
        assert_eq!(decode(b"caf\xE9", Some(Charset::Windows1252)).unwrap(), "caf\u{E9}");
    }

    #[test]
    fn declared_utf8_keeps_good_characters_around_a_bad_byte() {
        let bytes = b"\xE2\x80\x9Cyes\xE2\x80\x9D \xFF";
        assert_eq!(decode(bytes, Some(Charset::Utf8)).unwrap(), "\u{201C}yes\u{201D} \u{FFFD}");
        assert_eq!(decode(bytes, None).unwrap(), "\u{E2}\u{20AC}\u{153}yes\u{E2}\u{20AC}\u{9D} \u{FF}");
    }

    #[test]
    fn control_bytes_are_not_text() {
        assert_eq!(decode(b"ab\xE9\x01\x02", None), Err(NotText { at_byte: 2 }));
        assert_eq!(decode(b"\x03ab\xE9", None), Err(NotText { at_byte: 0 }));
        assert!(decode(b"tab\there\x0Cpage \xE9", None).is_ok());
    }

    #[test]
    fn reads_declared_charsets() {
        assert_eq!(html_declared(b"<html><head><meta charset=\"ISO-8859-1\">"), Some(Charset::Windows1252));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\" />";
        assert_eq!(html_declared(equiv), Some(Charset::Windows1252));
        assert_eq!(html_declared(b"<meta charset='utf-8'/>"), Some(Charset::Utf8));
        assert_eq!(html_declared(b"<meta name=\"x\" content=\"y\"><p>charset=utf-8</p>"), None);
        assert_eq!(html_declared(b"<meta charset=\"koi8-r\">"), None);
        assert_eq!(charset_param("text/plain; charset=\"us-ascii\"; format=flowed"), Some("us-ascii"));
    }
}
