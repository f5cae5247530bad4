//! Each container format readout reads, from a small file shaped like a real one (a
//! Chrome-saved page, a forwarded e-mail, a Word document, Windows-1252 text, Markdown
//! with front matter), all carrying the same short article.

use std::path::Path;

use readout_core::{analyze, Analysis};

fn fixture(name: &str) -> Analysis {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats").join(name);
    analyze(name, &std::fs::read(path).unwrap()).unwrap()
}

const OPENING: &str = "GENEVA, March 14, 2023 (Newswire) - The foreign ministers of Norway and Chile spoke";
const QUOTE: &str = "\u{201C}We agreed that the talks should continue next month,\u{201D} Foreign Minister Anne Holm";

/// The same article in every fixture: its text, its call, quote and amount.
fn check_article(a: &Analysis) {
    assert!(a.text.contains(OPENING), "{}", a.text);
    assert!(a.text.contains(QUOTE), "{}", a.text);
    assert!(a.text.trim_end().ends_with("Norway said it would match the sum."), "{}", a.text);
    assert_eq!(a.record.calls.len(), 1);
    assert_eq!(a.record.quotes.iter().filter(|q| q.speaker.as_deref() == Some("Anne Holm")).count(), 1);
    assert_eq!(a.record.amounts.len(), 1);
}

#[test]
fn windows_1252_text() {
    let a = fixture("latin1-article.txt");
    check_article(&a);
    assert_eq!(a.record.published.as_deref(), Some("2023-03-14"));
}

#[test]
fn saved_page_mhtml() {
    let a = fixture("saved-page.mhtml");
    check_article(&a);
    assert_eq!(a.record.title.as_deref(), Some("Fisheries talks move ahead"), "the headline without the site");
    assert_eq!(a.record.published.as_deref(), Some("2023-03-14"), "the page's date, not the save date");
}

#[test]
fn forwarded_email() {
    let a = fixture("forwarded.eml");
    check_article(&a);
    assert_eq!(a.record.title.as_deref(), Some("Fisheries talks move ahead \u{2013} ministers spoke"));
    assert_eq!(a.record.published.as_deref(), Some("2023-03-14"));
    assert!(!a.text.contains("news desk"), "the signature is dropped");
    assert_eq!(a.text.lines().filter(|l| !l.is_empty()).count(), 3, "wrapped lines are joined: {}", a.text);
}

#[test]
fn word_document() {
    let a = fixture("report.docx");
    check_article(&a);
    assert_eq!(a.record.title.as_deref(), Some("Fisheries talks move ahead"));
    assert_eq!(a.record.published.as_deref(), Some("2023-03-14"), "the dateline wins over the file's creation date");
    assert!(a.text.starts_with("Fisheries talks move ahead\n\nGENEVA"));
}

#[test]
fn markdown_front_matter() {
    let a = fixture("notes.md");
    check_article(&a);
    assert_eq!(a.record.title.as_deref(), Some("Fisheries talks move ahead"));
    assert_eq!(a.record.published.as_deref(), Some("2023-03-14"));
    assert!(a.text.starts_with("# Fisheries talks move ahead\n"), "{}", a.text);
}

#[test]
fn content_decides_without_an_extension() {
    for name in ["saved-page.mhtml", "forwarded.eml", "report.docx"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats").join(name);
        let a = analyze("download", &std::fs::read(path).unwrap()).unwrap();
        assert!(a.text.contains(OPENING), "{name}");
    }
}
