//! A web page saved as one file ("Webpage, Single File", `.mhtml`/`.mht`): a MIME
//! multipart/related message whose text/html part is the page, the other parts its
//! images and styles.

use super::mime::Part;
use crate::document::{self, Document, ReadError};

/// Reads the page in a saved-page archive. The title falls back to the archive's
/// Subject; its Date is when the page was saved, not published, so it is not used.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let root = Part::parse(bytes);
    let subject = root.header("subject").map(super::mime::decode_words).filter(|s| !s.trim().is_empty());
    let mut doc = match root.find("text/html") {
        Some(page) => document::from_html(&page.text()?)?,
        None => document::from_plain(root.find("text/plain").map(|p| p.text()).transpose()?.unwrap_or_default())?,
    };
    doc.title = doc.title.or(subject);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_html_part_of_a_saved_page() {
        let saved = b"From: <Saved by Blink>\r\nSubject: =?utf-8?Q?Talks_resume?=\r\n\
Date: Fri, 7 Jun 2024 09:00:00 -0000\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--x----\"\r\n\r\n\r\n\
------B--x----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
<html><head><meta charset=3D\"utf-8\"><meta property=3D\"article:published_time\" content=3D\"2024-06-05T10:00:00Z\">\
</head><body><p>The envoys met on Tuesday =E2=80=94 a long-awaited meeting th=\r\nat both sides welcomed.</p></body></html>\r\n\
------B--x----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------B--x------\r\n";
        let doc = read(saved).unwrap();
        assert_eq!(doc.text, "The envoys met on Tuesday \u{2014} a long-awaited meeting that both sides welcomed.");
        assert_eq!(doc.title.as_deref(), Some("Talks resume"));
        assert_eq!(doc.published.as_deref(), Some("2024-06-05"));
    }

    #[test]
    fn decodes_the_page_in_the_charset_its_part_declares() {
        // Quoted-printable windows-1251 ("Мир" is =CC=E8=F0), declared on the part only.
        let saved = b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n\
Content-Type: text/html; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\n\
<p>=CC=E8=F0 means peace.</p>\n--b--\n";
        assert_eq!(read(saved).unwrap().text, "Мир means peace.");
        // Without a charset on the part, the page's own declaration is followed.
        let saved = b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n\
Content-Type: text/html\nContent-Transfer-Encoding: base64\n\n\
PG1ldGEgY2hhcnNldD0ia29pOC1yIj48cD7tydI8L3A+\n--b--\n";
        assert_eq!(read(saved).unwrap().text, "Мир");
    }

    #[test]
    fn a_page_without_an_html_part_is_empty() {
        let saved = b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n";
        assert_eq!(read(saved), Err(ReadError::Empty));
    }
}
