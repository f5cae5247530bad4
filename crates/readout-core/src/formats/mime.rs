//! The MIME message format shared by saved web pages (`.mhtml`) and e-mail (`.eml`):
//! header blocks, multipart bodies, quoted-printable and base64 transfer encodings, and
//! RFC 2047 encoded words in headers.
//!
//! Works on bytes, in one pass per nesting level, and never fails: a broken message
//! gives whatever parts and text can be made out of it.

use crate::encoding::{self, Charset, DecodeError};

/// Multipart nesting followed at most (real messages nest two or three deep).
const MAX_DEPTH: usize = 8;

/// Longest encoded word looked for (RFC 2047 allows 75 characters), so that a header full
/// of stray `=?` stays linear to decode.
const MAX_WORD: usize = 200;

/// One entity of a message: its headers, and its body still transfer-encoded.
#[derive(Clone)]
pub struct Part<'a> {
    headers: Vec<(String, String)>,
    body: &'a [u8],
}

impl<'a> Part<'a> {
    /// Splits an entity into its header block (up to the first blank line) and its body.
    pub fn parse(bytes: &'a [u8]) -> Part<'a> {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let (line, next) = line_at(bytes, at);
            at = next;
            if line.is_empty() {
                break;
            }
            let line = String::from_utf8_lossy(line);
            match headers.last_mut() {
                Some((_, value)) if line.starts_with([' ', '\t']) => {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                _ => {
                    if let Some((name, value)) = line.split_once(':') {
                        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
                    }
                }
            }
        }
        Part { headers, body: &bytes[at..] }
    }

    /// The first header of that name (given in lower case), unfolded.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The media type of Content-Type in lower case; `text/plain` when there is none.
    pub fn media_type(&self) -> String {
        let value = self.header("content-type").unwrap_or("text/plain");
        value.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
    }

    /// A parameter of Content-Type (`charset`, `boundary`), unquoted.
    pub fn param(&self, name: &str) -> Option<&str> {
        let value = self.header("content-type")?;
        value.split(';').skip(1).find_map(|p| {
            let (key, v) = p.split_once('=')?;
            key.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"'))
        })
    }

    /// Whether the part is sent as an attachment rather than shown in the message.
    pub fn is_attachment(&self) -> bool {
        self.header("content-disposition")
            .is_some_and(|d| d.trim_start().to_ascii_lowercase().starts_with("attachment"))
    }

    /// The body with its transfer encoding undone.
    pub fn decoded_body(&self) -> Vec<u8> {
        let encoding = self.header("content-transfer-encoding").unwrap_or("").trim().to_ascii_lowercase();
        match encoding.as_str() {
            "quoted-printable" => quoted_printable(self.body),
            "base64" => base64(self.body),
            _ => self.body.to_vec(),
        }
    }

    /// The body as text, in its declared charset (for HTML, else the one its page
    /// declares), with line endings made `\n`; an error only for a charset this build
    /// cannot decode (bytes that are not text in the charset become replacement
    /// characters).
    pub fn text(&self) -> Result<String, DecodeError> {
        let body = self.decoded_body();
        let declared = self.param("charset").and_then(Charset::from_label);
        let declared =
            declared.or_else(|| (self.media_type() == "text/html").then(|| encoding::html_declared(&body)).flatten());
        let text = match encoding::decode(&body, declared) {
            Ok(text) => text,
            Err(DecodeError::NotText { .. }) => String::from_utf8_lossy(&body).into_owned(),
            Err(unsupported) => return Err(unsupported),
        };
        Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
    }

    /// The parts of a multipart body, in order; none for other bodies.
    pub fn children(&self) -> Vec<Part<'a>> {
        let Some(boundary) = self.param("boundary").filter(|_| self.media_type().starts_with("multipart/")) else {
            return Vec::new();
        };
        let delimiter = format!("--{boundary}");
        let mut parts = Vec::new();
        let (mut start, mut at) = (None, 0);
        while at < self.body.len() {
            let (line, next) = line_at(self.body, at);
            if let Some(rest) = line.strip_prefix(delimiter.as_bytes()) {
                let closing = rest.starts_with(b"--");
                if closing || rest.iter().all(u8::is_ascii_whitespace) {
                    if let Some(from) = start {
                        let end = trim_newline(self.body, from, at);
                        parts.push(Part::parse(&self.body[from..end]));
                    }
                    if closing {
                        return parts;
                    }
                    start = Some(next);
                }
            }
            at = next;
        }
        if let Some(from) = start {
            parts.push(Part::parse(&self.body[from.min(self.body.len())..]));
        }
        parts
    }

    /// The first part, depth first (this one included), of media type `media` that is
    /// not an attachment.
    pub fn find(&self, media: &str) -> Option<Part<'a>> {
        self.find_within(media, 0)
    }

    fn find_within(&self, media: &str, depth: usize) -> Option<Part<'a>> {
        if self.media_type() == media && !self.is_attachment() {
            return Some(self.clone());
        }
        if depth >= MAX_DEPTH {
            return None;
        }
        self.children().iter().find_map(|child| child.find_within(media, depth + 1))
    }
}

/// The line starting at byte `at` (without its line ending) and where the next begins.
fn line_at(bytes: &[u8], at: usize) -> (&[u8], usize) {
    let rest = &bytes[at..];
    let (line, next) = match rest.iter().position(|&b| b == b'\n') {
        Some(i) => (&rest[..i], at + i + 1),
        None => (rest, bytes.len()),
    };
    (line.strip_suffix(b"\r").unwrap_or(line), next)
}

/// `end` moved back over the line ending that belongs to the delimiter after it.
fn trim_newline(bytes: &[u8], start: usize, mut end: usize) -> usize {
    if end > start && bytes[end - 1] == b'\n' {
        end -= 1;
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
    }
    end
}

/// Whether `bytes` begin with a message header block: header lines up to a blank line,
/// with `MIME-Version`, or with `From`, `Date` and `Subject`.
pub fn looks_like_message(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let mut names = Vec::new();
    let mut at = 0;
    while at < head.len() {
        let (line, next) = line_at(head, at);
        at = next;
        if line.is_empty() {
            let has = |n: &str| names.iter().any(|m: &String| m == n);
            return has("mime-version") || (has("from") && has("date") && has("subject"));
        }
        if line.starts_with(b" ") || line.starts_with(b"\t") {
            if names.is_empty() {
                return false;
            }
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return false;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        names.push(String::from_utf8_lossy(name).to_ascii_lowercase());
    }
    false
}

/// Undoes quoted-printable: `=XX` bytes and `=` soft line breaks; a stray `=` stays.
pub fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let rest = &body[i + 1..];
        let after_space = rest.iter().position(|&c| c != b' ' && c != b'\t').unwrap_or(rest.len());
        if rest[after_space..].starts_with(b"\r\n") {
            i += 1 + after_space + 2;
        } else if rest[after_space..].starts_with(b"\n") || after_space == rest.len() {
            i += 1 + after_space + 1;
        } else if let (Some(hi), Some(lo)) = (rest.first().and_then(hex), rest.get(1).and_then(hex)) {
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(b'=');
            i += 1;
        }
    }
    out
}

fn hex(b: &u8) -> Option<u8> {
    char::from(*b).to_digit(16).map(|d| d as u8)
}

/// Undoes base64, skipping line breaks and any other byte outside its alphabet.
pub fn base64(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0);
    for &b in body {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6 | u32::from(value)) & 0xFF_FFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// A header value with its RFC 2047 encoded words (`=?utf-8?Q?Caf=C3=A9?=`,
/// `=?iso-8859-1?B?...?=`) decoded; the space between two encoded words goes.
pub fn decode_words(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    let mut after_word = false;
    while let Some(at) = rest.find("=?") {
        let (before, word) = rest.split_at(at);
        match encoded_word(&word[..word.floor_char_boundary(MAX_WORD)]) {
            Some((text, len)) => {
                if !(after_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &word[len..];
                after_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &word[2..];
                after_word = false;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of the encoded word `s` starts with, and its length in bytes.
fn encoded_word(s: &str) -> Option<(String, usize)> {
    let inner = s.strip_prefix("=?")?;
    let (charset, inner) = inner.split_once('?')?;
    let (kind, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let payload = &inner[..end];
    if payload.contains(char::is_whitespace) || kind.len() != 1 {
        return None;
    }
    let bytes = match kind {
        "Q" | "q" => quoted_printable(payload.replace('_', " ").as_bytes()),
        "B" | "b" => base64(payload.as_bytes()),
        _ => return None,
    };
    let charset = Charset::from_label(charset.split('*').next().unwrap_or(""));
    let len = s.len() - inner.len() + end + 2;
    Some((encoding::decode_lossy(&bytes, charset), len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undoes_quoted_printable() {
        assert_eq!(quoted_printable(b"a=3D1 caf=C3=A9 long=\r\nline=\nend"), b"a=1 caf\xC3\xA9 longlineend");
        assert_eq!(quoted_printable(b"soft =  \nbreak, stray = and =ZZ="), b"soft break, stray = and =ZZ");
    }

    #[test]
    fn undoes_base64() {
        assert_eq!(base64(b"SGVs\r\nbG8s IHdvcmxk\nIQ=="), b"Hello, world!");
        assert_eq!(base64(b"QQ"), b"A");
    }

    #[test]
    fn decodes_encoded_words() {
        assert_eq!(decode_words("=?utf-8?Q?Caf=C3=A9_talks?= =?UTF-8?B?IGVuZA==?= now"), "Caf\u{E9} talks end now");
        assert_eq!(decode_words("Re: =?iso-8859-1?q?na=EFve?="), "Re: na\u{EF}ve");
        assert_eq!(decode_words("a =? b ?= c"), "a =? b ?= c");
    }

    #[test]
    fn splits_nested_multipart_bodies() {
        let message = b"Content-Type: multipart/mixed; boundary=\"out\"\r\n\r\npreamble\r\n--out\r\n\
Content-Type: multipart/alternative;\r\n boundary=in\r\n\r\n--in\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
Plain.\r\n--in\r\nContent-Type: text/html\r\n\r\n<p>Rich</p>\r\n--in--\r\n--out\r\nContent-Type: text/plain\r\n\
Content-Disposition: attachment\r\n\r\nFile.\r\n--out--\r\n";
        let root = Part::parse(message);
        assert_eq!(root.children().len(), 2);
        assert_eq!(root.find("text/plain").unwrap().text().unwrap(), "Plain.");
        assert_eq!(root.find("text/html").unwrap().text().unwrap(), "<p>Rich</p>");
        assert!(root.find("image/png").is_none());
    }

    #[test]
    fn recognises_header_blocks() {
        assert!(looks_like_message(b"MIME-Version: 1.0\nContent-Type: text/plain\n\nBody"));
        assert!(looks_like_message(b"From: a@b.c\nSubject: Hi\n  there\nDate: Mon, 3 Oct 2022 10:00:00 +0000\n\nBody"));
        assert!(!looks_like_message(b"From: a@b.c\nSubject: Hi\n\nBody"));
        assert!(!looks_like_message(b"Note: talks resume\nDate: Monday\n\nBody"));
        assert!(!looks_like_message(b"KYIV, Oct 3 (Wire) - Talks: none.\n\n"));
    }
}
