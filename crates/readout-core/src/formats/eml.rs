//! An article sent by e-mail (`.eml`): Subject is the title, the body the text (the
//! plain-text alternative when it carries the article, else the HTML one), and Date the
//! publication date when the article itself prints none.

use super::mime::{decode_words, Part};
use crate::dates::parse_written_date;
use crate::document::{self, Document, ReadError};

/// Subject prefixes a reply or a forward adds, compared in lower case.
const SUBJECT_PREFIXES: &[&str] = &["fwd:", "fw:", "re:", "tr:", "wg:", "aw:"];

/// Widest line, in characters, of a body that was hard-wrapped by a mail program.
const MAX_WRAP_WIDTH: usize = 80;
/// Narrowest such line: shorter lines are a list or verse, not wrapping.
const MIN_WRAP_WIDTH: usize = 60;

/// Reads the article in an e-mail message.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let root = Part::parse(bytes);
    let plain = root.find("text/plain").map(|p| plain_text(&p)).transpose()?.filter(|t| !t.trim().is_empty());
    let html = match root.find("text/html") {
        Some(part) => document::from_html(&part.text()?).ok(),
        None => None,
    };
    let mut doc = match (plain, html) {
        // A plain alternative much shorter than the HTML one is a stub ("view it online").
        (Some(plain), Some(html)) if words(&plain) * 2 < words(&html.text) => html,
        (Some(plain), _) => document::from_plain(plain)?,
        (None, Some(html)) => html,
        (None, None) => return Err(ReadError::Empty),
    };
    let subject = root.header("subject").map(|s| title_of_subject(&decode_words(s)));
    doc.title = subject.filter(|s| !s.is_empty()).or(doc.title);
    let sent = root.header("date").and_then(parse_written_date).map(crate::published::iso_date);
    doc.published = doc.published.or(sent);
    Ok(doc)
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The subject without the "Fwd:"/"Re:" prefixes mail programs add.
fn title_of_subject(subject: &str) -> String {
    let mut title = subject.trim();
    while let Some(prefix) =
        SUBJECT_PREFIXES.iter().find(|p| title.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    {
        title = title[prefix.len()..].trim_start();
    }
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A text/plain body with its line wrapping undone, so that each paragraph is one line
/// as later stages expect: `format=flowed` soft breaks (RFC 3676), or else hard wrapping
/// at a fixed width. The signature below the `-- ` line is dropped.
fn plain_text(part: &Part) -> Result<String, ReadError> {
    let mut text = part.text()?;
    if let Some(at) = text.find("\n-- \n") {
        text.truncate(at);
    }
    let flowed = part.param("format").is_some_and(|f| f.eq_ignore_ascii_case("flowed"));
    if flowed {
        let delsp = part.param("delsp").is_some_and(|d| d.eq_ignore_ascii_case("yes"));
        return Ok(unflow(&text, delsp));
    }
    Ok(unwrap(&text))
}

/// Joins the lines of a `format=flowed` body that end in a space (a soft break).
fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let line = line.strip_prefix(' ').unwrap_or(line);
        if line.ends_with(' ') && line != "-- " {
            out.push_str(if delsp { &line[..line.len() - 1] } else { line });
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Joins hard-wrapped lines: when no line is wider than `MAX_WRAP_WIDTH` and the widest
/// is at least `MIN_WRAP_WIDTH`, a line was broken by the mail program exactly when the
/// next line's first word would not have fitted at its end.
fn unwrap(text: &str) -> String {
    let width = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line.trim_end());
        let next_word = lines.get(i + 1).and_then(|n| n.split_whitespace().next());
        let wrapped = !line.trim().is_empty()
            && next_word.is_some_and(|w| line.trim_end().chars().count() + 1 + w.chars().count() > width);
        out.push(if wrapped { ' ' } else { '\n' });
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_subject_date_and_the_plain_body() {
        let mail = b"From: Desk <desk@example.org>\nTo: me@example.org\n\
Subject: Fwd: =?UTF-8?Q?Ministers_=E2=80=9Cclose=E2=80=9D_to_a_deal?=\nDate: Tue, 4 Jun 2024 08:15:00 +0100\n\
MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\n\
Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n\
The ministers said on Monday they were =E2=80=9Cclose=E2=80=9D to a deal.\n--alt\n\
Content-Type: text/html; charset=utf-8\n\n<p>The ministers said on Monday they were close to a deal.</p>\n--alt--\n";
        let doc = read(mail).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Ministers \u{201C}close\u{201D} to a deal"));
        assert_eq!(doc.published.as_deref(), Some("2024-06-04"));
        assert_eq!(doc.text, "The ministers said on Monday they were \u{201C}close\u{201D} to a deal.");
    }

    #[test]
    fn falls_back_to_the_html_body_and_a_printed_date_wins() {
        let mail = b"Subject: Talks\nDate: Wed, 5 Jun 2024 08:00:00 +0000\nMIME-Version: 1.0\n\
Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n\
PHA+T1NMTywgSnVuZSAzLCAyMDI0IC0gVGhlIGVudm95cyBtZXQuPC9wPg==\n";
        let doc = read(mail).unwrap();
        assert_eq!(doc.text, "OSLO, June 3, 2024 - The envoys met.");
        assert_eq!(doc.published.as_deref(), Some("2024-06-03"));
        assert_eq!(doc.title.as_deref(), Some("Talks"));
    }

    #[test]
    fn a_stub_plain_part_gives_way_to_the_html_one() {
        let mail = b"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=a\n\n--a\n\
Content-Type: text/plain\n\nView online.\n--a\nContent-Type: text/html\n\n\
<p>The two leaders spoke by phone on Friday about the grain corridor.</p>\n--a--\n";
        assert!(read(mail).unwrap().text.starts_with("The two leaders spoke"));
    }

    #[test]
    fn undoes_hard_wrapping_and_flowed_text() {
        let wrapped = "Headline\n\nThe foreign minister said on Thursday that the talks had gone\n\
well and that a second round would follow within weeks.\nShort closing line.\n\n-- \nDesk";
        assert_eq!(
            unwrap(wrapped),
            "Headline\n\nThe foreign minister said on Thursday that the talks had gone \
well and that a second round would follow within weeks.\nShort closing line.\n\n--\nDesk"
        );
        assert_eq!(unflow("One soft \nbreak.\nHard.\n", false), "One soft break.\nHard.");
        assert_eq!(unflow("Joined-\n", true), "Joined-");
        assert_eq!(unflow("del \nspace\n", true), "delspace");
    }

    #[test]
    fn strips_reply_and_forward_prefixes() {
        assert_eq!(title_of_subject("Re: FWD:  Aid  package"), "Aid package");
        assert_eq!(title_of_subject("Frontline report"), "Frontline report");
    }
}
