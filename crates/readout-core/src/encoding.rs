//! Bytes to text: UTF-8, UTF-16, the single-byte charsets of the WHATWG Encoding Standard
//! (Windows-1250…1258, ISO-8859-x, KOI8-R/U, IBM866, Mac) by table, and, with the `cjk`
//! feature, the East Asian multi-byte charsets (Shift_JIS, EUC-JP, ISO-2022-JP, GBK,
//! gb18030, Big5, EUC-KR) by `encoding_rs`.
//!
//! The single-byte tables cost the page about 5 KB. `encoding_rs` would cost it about
//! 124 KB gzipped (its multi-byte decoders are linked whole even when only three are
//! named), so only the command line turns `cjk` on; the page names such a charset and
//! asks for UTF-8. Text that declares no charset and is not UTF-8 is read as
//! Windows-1252, as browsers do for Western pages.

mod tables;

use tables::{LABELS, SINGLE_BYTE};

/// A character set a file or a MIME part declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// One byte per character, by the table of this index in [`tables::SINGLE_BYTE`].
    SingleByte(usize),
    /// A multi-byte East Asian charset, by its WHATWG name.
    Cjk(&'static str),
}

/// Windows-1252, also what `iso-8859-1`, `latin1` and `us-ascii` name (as in browsers).
pub const WINDOWS_1252: Charset = Charset::SingleByte(WINDOWS_1252_TABLE);

/// The index of Windows-1252 in [`tables::SINGLE_BYTE`].
const WINDOWS_1252_TABLE: usize = 20;

/// The multi-byte charsets the Encoding Standard names.
const CJK: &[&str] = &["Shift_JIS", "EUC-JP", "ISO-2022-JP", "GBK", "gb18030", "Big5", "EUC-KR"];

impl Charset {
    /// The charset a label names (`utf-8`, `iso-8859-15`, `cp1251`, `koi8-r`, `sjis`, …:
    /// every WHATWG label, in any case, quoted or not); `None` for labels no browser
    /// decodes either.
    pub fn from_label(label: &str) -> Option<Charset> {
        let label = label.trim().trim_matches(['"', '\'']).trim().to_ascii_lowercase();
        let at = LABELS.binary_search_by(|(l, _)| l.cmp(&label.as_str())).ok()?;
        let name = LABELS[at].1;
        match name {
            "UTF-8" => Some(Charset::Utf8),
            "UTF-16LE" => Some(Charset::Utf16Le),
            "UTF-16BE" => Some(Charset::Utf16Be),
            _ => SINGLE_BYTE
                .iter()
                .position(|(n, _)| *n == name)
                .map(Charset::SingleByte)
                .or_else(|| CJK.iter().find(|c| **c == name).map(|c| Charset::Cjk(c))),
        }
    }

    /// The charset's WHATWG name.
    pub fn name(self) -> &'static str {
        match self {
            Charset::Utf8 => "UTF-8",
            Charset::Utf16Le => "UTF-16LE",
            Charset::Utf16Be => "UTF-16BE",
            Charset::SingleByte(table) => SINGLE_BYTE.get(table).map_or("?", |(name, _)| name),
            Charset::Cjk(name) => name,
        }
    }
}

/// Why bytes cannot be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Undeclared, not UTF-8, and a control byte at `at_byte`: not text.
    NotText { at_byte: usize },
    /// Declared in a charset this build does not decode (a CJK one without `cjk`).
    Unsupported { charset: &'static str },
}

/// Decodes a whole file. A byte-order mark decides first (UTF-8, UTF-16 LE or BE), then
/// a declared UTF-16; then valid UTF-8 is UTF-8, whatever `declared` says (a stale
/// `<meta charset>` on a page served as UTF-8 is common, while legacy prose that happens
/// to be valid UTF-8 is all but unheard of); then `declared` UTF-8 is read with
/// replacement characters for the broken bytes, and any other declared charset by its
/// decoder; undeclared text is Windows-1252 if it has no control characters other than
/// whitespace, and not text otherwise.
pub fn decode(bytes: &[u8], declared: Option<Charset>) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes));
    }
    match declared {
        Some(Charset::Utf16Le) => return Ok(utf16(bytes, u16::from_le_bytes)),
        Some(Charset::Utf16Be) => return Ok(utf16(bytes, u16::from_be_bytes)),
        _ => {}
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_string()),
        Err(e) => e,
    };
    match declared {
        Some(Charset::Utf8 | Charset::Utf16Le | Charset::Utf16Be) => Ok(String::from_utf8_lossy(bytes).into_owned()),
        Some(Charset::SingleByte(table)) => Ok(single_byte(bytes, table)),
        Some(Charset::Cjk(name)) => cjk(bytes, name),
        None => match bytes.iter().position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) {
            Some(at_byte) => Err(DecodeError::NotText { at_byte: at_byte.min(error.valid_up_to()) }),
            None => Ok(single_byte(bytes, WINDOWS_1252_TABLE)),
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
    single_byte(bytes, WINDOWS_1252_TABLE)
}

/// Bytes of the single-byte charset of table `table` as text.
fn single_byte(bytes: &[u8], table: usize) -> String {
    let Some((_, high)) = SINGLE_BYTE.get(table) else {
        return String::from_utf8_lossy(bytes).into_owned();
    };
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0xFF => char::from_u32(u32::from(high[usize::from(b - 0x80)]))
                .filter(|&c| c != '\0')
                .unwrap_or(char::REPLACEMENT_CHARACTER),
            _ => char::from(b),
        })
        .collect()
}

#[cfg(feature = "cjk")]
fn cjk(bytes: &[u8], name: &'static str) -> Result<String, DecodeError> {
    let encoding =
        encoding_rs::Encoding::for_label(name.as_bytes()).ok_or(DecodeError::Unsupported { charset: name })?;
    Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

#[cfg(not(feature = "cjk"))]
fn cjk(_: &[u8], name: &'static str) -> Result<String, DecodeError> {
    Err(DecodeError::Unsupported { charset: name })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|c| unit([c[0], *c.get(1).unwrap_or(&0)]));
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// The charset an HTML page declares in its first 4 KB, by `<meta charset="…">`,
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` or, failing those,
/// an XML declaration (`<?xml version="1.0" encoding="…"?>`). A declared UTF-16 means
/// UTF-8, as in browsers: a page that could be read that far in ASCII is not UTF-16.
pub fn html_declared(bytes: &[u8]) -> Option<Charset> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    let mut label = None;
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(found) = charset_param(tag) {
            label = Some(found);
            break;
        }
    }
    let label = label.or_else(|| xml_declared(&head))?;
    match Charset::from_label(label)? {
        Charset::Utf16Le | Charset::Utf16Be => Some(Charset::Utf8),
        charset => Some(charset),
    }
}

/// The `encoding` of an XML declaration at the start of `head` (lower case).
fn xml_declared(head: &str) -> Option<&str> {
    let decl = head.trim_start_matches(['\u{FEFF}', '\u{FFFD}']).trim_start().strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let value = decl[decl.find("encoding")? + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
    let value = &value[1..];
    Some(&value[..value.find(quote)?]).filter(|l| !l.is_empty())
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

    fn charset(label: &str) -> Charset {
        Charset::from_label(label).unwrap_or_else(|| panic!("{label}"))
    }

    #[test]
    fn windows_1252_maps_smart_quotes_and_latin_1() {
        assert_eq!(windows_1252(b"\x93Caf\xE9\x94 \x96 \x80 5"), "\u{201C}Caf\u{E9}\u{201D} \u{2013} \u{20AC} 5");
        assert_eq!(windows_1252(b"\x81\x9F\xFF"), "\u{81}\u{178}\u{FF}");
        assert_eq!(WINDOWS_1252.name(), "windows-1252");
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let text = "caf\u{E9}".as_bytes();
        assert_eq!(decode(text, Some(WINDOWS_1252)).unwrap(), "caf\u{E9}");
        assert_eq!(decode(b"caf\xE9", Some(WINDOWS_1252)).unwrap(), "caf\u{E9}");
    }

    #[test]
    fn declared_utf8_keeps_good_characters_around_a_bad_byte() {
        let bytes = b"\xE2\x80\x9Cyes\xE2\x80\x9D \xFF";
        assert_eq!(decode(bytes, Some(Charset::Utf8)).unwrap(), "\u{201C}yes\u{201D} \u{FFFD}");
        assert_eq!(decode(bytes, None).unwrap(), "\u{E2}\u{20AC}\u{153}yes\u{E2}\u{20AC}\u{9D} \u{FF}");
    }

    #[test]
    fn control_bytes_are_not_text() {
        assert_eq!(decode(b"ab\xE9\x01\x02", None), Err(DecodeError::NotText { at_byte: 2 }));
        assert_eq!(decode(b"\x03ab\xE9", None), Err(DecodeError::NotText { at_byte: 0 }));
        assert!(decode(b"tab\there\x0Cpage \xE9", None).is_ok());
    }

    #[test]
    fn decodes_declared_single_byte_charsets() {
        // "Привет" in three Cyrillic charsets, "Źródło" in Central European ones, and the
        // euro sign where ISO-8859-15 differs from Latin-1.
        assert_eq!(decode(b"\xCF\xF0\xE8\xE2\xE5\xF2", Some(charset("windows-1251"))).unwrap(), "Привет");
        assert_eq!(decode(b"\xF0\xD2\xC9\xD7\xC5\xD4", Some(charset("KOI8-R"))).unwrap(), "Привет");
        assert_eq!(decode(b"\xBF\xE0\xD8\xD2\xD5\xE2", Some(charset("iso-8859-5"))).unwrap(), "Привет");
        assert_eq!(decode(b"\x8Fr\xF3d\xB3o", Some(charset("cp1250"))).unwrap(), "Źródło");
        assert_eq!(decode(b"\xACr\xF3d\xB3o", Some(charset("latin2"))).unwrap(), "Źródło");
        assert_eq!(decode(b"5 \xA4", Some(charset("iso-8859-15"))).unwrap(), "5 \u{20AC}");
        assert_eq!(decode(b"5 \xA4", Some(charset("iso-8859-1"))).unwrap(), "5 \u{A4}");
        // A byte the charset leaves undefined is a replacement character, not an error.
        assert_eq!(decode(b"\xA1x", Some(charset("iso-8859-3"))).unwrap(), "\u{126}x");
        assert_eq!(decode(b"\xA5x", Some(charset("iso-8859-3"))).unwrap(), "\u{FFFD}x");
    }

    #[test]
    fn declared_utf16_needs_no_byte_order_mark() {
        let le: Vec<u8> = "Caf\u{E9}".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le, Some(charset("utf-16"))).unwrap(), "Caf\u{E9}");
        let be: Vec<u8> = "Caf\u{E9}".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, Some(charset("UTF-16BE"))).unwrap(), "Caf\u{E9}");
    }

    #[test]
    fn labels_are_whatwg_labels() {
        assert_eq!(charset(" \"Latin1\" "), WINDOWS_1252);
        assert_eq!(charset("US-ASCII"), WINDOWS_1252);
        assert_eq!(charset("x-sjis"), Charset::Cjk("Shift_JIS"));
        assert_eq!(charset("ks_c_5601-1987"), Charset::Cjk("EUC-KR"));
        assert_eq!(charset("gb2312"), Charset::Cjk("GBK"));
        assert_eq!(charset("koi8-u").name(), "KOI8-U");
        assert_eq!(Charset::from_label("iso-2022-kr"), None);
        assert_eq!(Charset::from_label("x-user-defined"), None);
        assert_eq!(Charset::from_label("klingon"), None);
    }

    #[cfg(feature = "cjk")]
    #[test]
    fn decodes_declared_east_asian_charsets() {
        assert_eq!(decode(b"\x93\xFA\x96\x7B", Some(charset("shift_jis"))).unwrap(), "日本");
        assert_eq!(decode(b"\xD6\xD0\xCE\xC4", Some(charset("gbk"))).unwrap(), "中文");
        assert_eq!(decode(b"\xC7\xD1\xB1\xB9", Some(charset("euc-kr"))).unwrap(), "한국");
    }

    #[cfg(not(feature = "cjk"))]
    #[test]
    fn names_east_asian_charsets_it_cannot_decode() {
        let err = decode(b"\x93\xFA\x96\x7B", Some(charset("shift_jis")));
        assert_eq!(err, Err(DecodeError::Unsupported { charset: "Shift_JIS" }));
        // Text that is valid UTF-8 is read whatever the declaration.
        assert_eq!(decode(b"plain", Some(charset("euc-kr"))).unwrap(), "plain");
    }

    #[test]
    fn tables_and_labels_match_encoding_rs() {
        for (label, name) in tables::LABELS {
            let reference = encoding_rs::Encoding::for_label(label.as_bytes()).map(|e| e.name());
            assert_eq!(reference, Some(name), "{label}");
        }
        assert!(tables::LABELS.windows(2).all(|w| w[0].0 < w[1].0), "labels are sorted for binary search");
        for (table, (name, _)) in SINGLE_BYTE.iter().enumerate() {
            let reference = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap();
            let bytes: Vec<u8> = (0..=255).collect();
            let expected = reference.decode_without_bom_handling(&bytes).0;
            assert_eq!(single_byte(&bytes, table), expected, "{name}");
        }
    }

    #[test]
    fn reads_declared_charsets() {
        assert_eq!(html_declared(b"<html><head><meta charset=\"ISO-8859-1\">"), Some(WINDOWS_1252));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\" />";
        assert_eq!(html_declared(equiv), Some(charset("windows-1251")));
        assert_eq!(html_declared(b"<meta charset='utf-8'/>"), Some(Charset::Utf8));
        assert_eq!(html_declared(b"<meta charset=\"utf-16\">"), Some(Charset::Utf8));
        assert_eq!(html_declared(b"<meta name=\"x\" content=\"y\"><p>charset=utf-8</p>"), None);
        assert_eq!(html_declared(b"<meta charset=\"koi8-r\">"), Some(charset("koi8-r")));
        assert_eq!(html_declared(b"<meta charset=\"klingon\">"), None);
        assert_eq!(charset_param("text/plain; charset=\"us-ascii\"; format=flowed"), Some("us-ascii"));
    }

    #[test]
    fn reads_an_xml_declaration_after_any_meta() {
        let xhtml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<!DOCTYPE html><html><p>x</p>";
        assert_eq!(html_declared(xhtml), Some(charset("iso-8859-2")));
        let both = b"<?xml version='1.0' encoding='iso-8859-2'?><html><head><meta charset=\"utf-8\">";
        assert_eq!(html_declared(both), Some(Charset::Utf8));
        assert_eq!(html_declared(b"<p>an <?xml encoding=\"koi8-r\"?> later</p>"), None);
    }
}
