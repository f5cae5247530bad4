//! A Word document (`.docx`): a ZIP archive whose `word/document.xml` holds the text as
//! `w:p` paragraphs of `w:t` runs, and whose `docProps/core.xml` holds the title and the
//! creation date.

use super::zip::{self, ZipError};
use crate::document::{self, Document, ReadError, MAX_FILE_BYTES};
use crate::html::decode_entities;
use crate::published::from_iso_datetime;

/// Paragraph styles whose first paragraph is the title when the properties give none.
const TITLE_STYLES: &[&str] = &["Title", "Heading1", "heading 1"];

/// Reads a Word document, or says what other kind of ZIP archive `bytes` is.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let damaged = |e: ZipError| match e {
        ZipError::Damaged => ReadError::Damaged { kind: "ZIP archive", reason: "it is cut short or corrupt".into() },
        ZipError::Unsupported => ReadError::Damaged {
            kind: "Word document",
            reason: "it is encrypted or compressed in a way readout does not know".into(),
        },
        ZipError::TooLarge => ReadError::Damaged {
            kind: "Word document",
            reason: format!("its text unpacks to more than {} MB", MAX_FILE_BYTES / 1_048_576),
        },
    };
    let entries = zip::entries(bytes).map_err(damaged)?;
    let member = |name: &str| -> Result<Option<String>, ReadError> {
        let Some(entry) = entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        let data = zip::extract(bytes, entry, MAX_FILE_BYTES).map_err(damaged)?;
        Ok(Some(String::from_utf8_lossy(&data).into_owned()))
    };
    let Some(xml) = member("word/document.xml")? else {
        let office = entries.iter().any(|e| e.name == "[Content_Types].xml" || e.name == "mimetype");
        let kind = if office { "an Office document other than a Word .docx" } else { "a ZIP archive" };
        return Err(ReadError::Binary { kind });
    };
    let body = paragraphs(&xml);
    let core = member("docProps/core.xml")?.unwrap_or_default();
    let title = element_text(&core, "dc:title").or(body.title);
    let created = element_text(&core, "dcterms:created").and_then(|d| from_iso_datetime(&d));
    let mut doc = document::from_plain(body.text)?;
    doc.title = title;
    doc.published = doc.published.or(created);
    Ok(doc)
}

struct Body {
    text: String,
    title: Option<String>,
}

/// The document's paragraphs, one a line with a blank line between them, and the first
/// paragraph in a title style. A `w:p` inside another (a text box) is a paragraph of its
/// own; `mc:Fallback` content repeats its `mc:Choice` and is skipped, as are deleted
/// text and field instructions (not `w:t`).
fn paragraphs(xml: &str) -> Body {
    let mut text = String::with_capacity(xml.len() / 4);
    let mut paragraph = String::new();
    let (mut title, mut titled) = (None, false);
    let mut in_fallback = false;
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        let end = rest.find('>').map_or(rest.len(), |i| i + 1);
        let tag = &rest[..end];
        rest = &rest[end..];
        let name = tag.trim_start_matches(['<', '/']).split([' ', '>', '/', '\t', '\n', '\r']).next().unwrap_or("");
        let closing = tag.starts_with("</");
        match name {
            "mc:Fallback" => in_fallback = !closing && !tag.ends_with("/>"),
            _ if in_fallback => {}
            "w:p" => {
                flush(&mut paragraph, &mut text, &mut title, titled);
                titled = false;
            }
            "w:pStyle" => titled = attr(tag, "w:val").is_some_and(|v| TITLE_STYLES.contains(&v)),
            "w:t" if !closing && !tag.ends_with("/>") => {
                let inner = &rest[..rest.find("</w:t>").unwrap_or(rest.len())];
                paragraph.push_str(&decode_entities(inner));
                rest = &rest[inner.len()..];
            }
            "w:tab" if !closing => paragraph.push('\t'),
            "w:br" | "w:cr" if !closing => paragraph.push('\n'),
            "w:noBreakHyphen" => paragraph.push('-'),
            _ => {}
        }
    }
    flush(&mut paragraph, &mut text, &mut title, titled);
    Body { text, title }
}

/// Ends the paragraph being read: appends it (unless blank) after a blank line.
fn flush(paragraph: &mut String, text: &mut String, title: &mut Option<String>, titled: bool) {
    let line = paragraph.trim();
    if !line.is_empty() {
        if titled && title.is_none() {
            *title = Some(line.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(line);
    }
    paragraph.clear();
}

/// The value of attribute `name` in a start tag.
fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let quote = tag[at..].chars().next().filter(|q| matches!(q, '"' | '\''))?;
    let value = &tag[at + 1..];
    Some(&value[..value.find(quote)?])
}

/// The text of the first `<name ...>text</name>` element, unescaped and trimmed.
fn element_text(xml: &str, name: &str) -> Option<String> {
    let open = format!("<{name}");
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        rest = &rest[at + open.len()..];
        if !rest.starts_with(['>', ' ', '\t', '\n', '\r']) {
            continue;
        }
        let start = rest.find('>')? + 1;
        let inner = &rest[start..];
        let value = decode_entities(&inner[..inner.find(&format!("</{name}>"))?]);
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        return (!value.is_empty()).then_some(value);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::zip::tests::stored_zip;
    use super::*;

    const DOCUMENT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Envoys meet</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The envoys &amp; their aides </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>met</w:t></w:r><w:r><w:tab/><w:t>on Tuesday.</w:t></w:r></w:p>
<w:p/><w:p><w:r><w:delText>Deleted.</w:delText><w:t>Line one</w:t><w:br/><w:t>line two &#8212; &#x201C;ok&#x201D;</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Boxed.</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:t>Boxed.</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
</w:body></w:document>"#;

    #[test]
    fn reads_paragraphs_runs_tabs_and_breaks() {
        let body = paragraphs(DOCUMENT);
        assert_eq!(
            body.text,
            "Envoys meet\n\nThe envoys & their aides met\ton Tuesday.\n\nLine one\nline two \u{2014} \u{201C}ok\u{201D}\n\nBoxed."
        );
        assert_eq!(body.title.as_deref(), Some("Envoys meet"));
    }

    #[test]
    fn reads_a_word_file_with_its_properties() {
        let core = br#"<cp:coreProperties xmlns:dc="x" xmlns:dcterms="y"><dc:title>Envoys &amp; aides</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-05T09:00:00Z</dcterms:created></cp:coreProperties>"#;
        let file = stored_zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", DOCUMENT.as_bytes()),
            ("docProps/core.xml", core),
        ]);
        let doc = read(&file).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Envoys & aides"));
        assert_eq!(doc.published.as_deref(), Some("2024-06-05"));
        assert!(doc.text.starts_with("Envoys meet\n\nThe envoys"));
    }

    #[test]
    fn names_other_archives() {
        let sheet = stored_zip(&[("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<w/>")]);
        assert_eq!(read(&sheet), Err(ReadError::Binary { kind: "an Office document other than a Word .docx" }));
        assert_eq!(read(&stored_zip(&[("a.txt", b"alpha")])), Err(ReadError::Binary { kind: "a ZIP archive" }));
    }

    #[test]
    fn unescapes_xml() {
        assert_eq!(
            decode_entities("a &lt;b&gt; &quot;c&apos; &#65;&#x42; &bogus; & &#xD800;"),
            "a <b> \"c' AB &bogus; & &#xD800;"
        );
    }
}
