//! Inputs that hold several documents, each analyzed on its own.
//!
//! - A ZIP archive that is not a Word document: every file inside is a document, read by
//!   its own name and content. Folders, `__MACOSX/` and hidden files (`.DS_Store`) are
//!   skipped; archives inside are not opened. A document is named
//!   `archive.zip/inner/path.txt`, and that whole name is its record's `file`, so that
//!   two members of the same base name stay apart.
//! - A dataset of one article per row: CSV (RFC 4180, delimiter `,`, `;` or tab taken
//!   from the header), a JSON array of objects (or an object keeping that array under a
//!   key such as `"articles"`), JSON Lines. Columns are found by name
//!   ([`crate::lexicon::columns`], any case) or named by [`DatasetColumns`]. A row is
//!   named `export.csv#<id>` by its id column, else `export.csv#<row number>` (from 1).
//!   A row's date column, when it reads as a date, is its publication date, and its
//!   title column its title.
//!
//! Datasets are known by extension (`.csv`, `.tsv`, `.json`, `.jsonl`, `.ndjson`) or, for
//! other files that are not a known article format, by content: JSON that starts with
//! `[` or `{`, or a CSV header that names a text column.

use serde_json::Value;

use crate::dates;
use crate::document::{self, base_name, ReadError, MAX_FILE_BYTES};
use crate::formats::zip::{self, ZipError};
use crate::lexicon::columns;
use crate::{analyze, analyze_decoded, analyze_document, encoding, published, Analysis};

mod rows;
mod saved;

use rows::{delimiter, is_column_name, parse_csv};
pub use rows::{Article, Row, RowFormat, RowReader};
pub(crate) use saved::saved;

/// At most this many documents are read from one input.
pub const MAX_DOCUMENTS: usize = 100_000;

/// What all the members of one archive may unpack to together.
const MAX_ARCHIVE_BYTES: usize = 4 * MAX_FILE_BYTES;

/// Dataset columns named by the user, in place of the names readout looks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatasetColumns {
    pub text: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
}

/// One document of an input: its name and what came of it.
pub type Item = (String, Result<Analysis, ReadError>);

/// Reads every document in one input, in the order the input holds them. A file of a
/// single document gives exactly one item, [`analyze`]'s result, named by the file's
/// base name.
pub fn analyze_many(file_name: &str, bytes: &[u8]) -> Vec<Item> {
    analyze_many_with(file_name, bytes, &DatasetColumns::default())
}

/// [`analyze_many`], with dataset columns named by `columns`.
pub fn analyze_many_with(file_name: &str, bytes: &[u8], columns: &DatasetColumns) -> Vec<Item> {
    let name = base_name(file_name);
    let single = || vec![(name.to_string(), analyze(file_name, bytes))];
    if bytes.len() > MAX_FILE_BYTES {
        return single();
    }
    let extension = document::extension(name);
    if bytes.starts_with(b"PK\x03\x04") && extension != "docx" {
        return archive(name, bytes).unwrap_or_else(single);
    }
    let kind = match extension.as_str() {
        "csv" => Some(Kind::Rows(RowFormat::Csv)),
        "tsv" => Some(Kind::Rows(RowFormat::Tsv)),
        "jsonl" | "ndjson" => Some(Kind::Rows(RowFormat::JsonLines)),
        "json" => Some(Kind::Json),
        "html" | "htm" | "xhtml" | "mhtml" | "mht" | "eml" | "md" | "markdown" | "docx" => return single(),
        _ => None,
    };
    let Ok(text) = encoding::decode(bytes, None) else {
        return single();
    };
    let carriage_returns = text.as_bytes().contains(&b'\r');
    let text = if carriage_returns { text.replace("\r\n", "\n") } else { text };
    let rows = match kind {
        Some(Kind::Rows(format)) => Some(Ok(read_rows(&mut RowReader::new(name, format, columns), &text))),
        Some(Kind::Json) => Some(
            serde_json::from_str(&text)
                .map_err(|e| format!("it is not valid JSON ({e})"))
                .and_then(|value| json_articles(value, columns))
                .map(|articles| named(name, articles)),
        ),
        None => sniff(name, &text, columns).map(Ok),
    };
    match rows {
        // One document, whose text (as decoded, line endings untouched) is read on.
        None => vec![(name.to_string(), analyze_decoded(file_name, bytes, (!carriage_returns).then_some(text)))],
        Some(Err(reason)) => vec![(name.to_string(), Err(ReadError::Damaged { kind: "JSON file", reason }))],
        Some(Ok(rows)) if rows.len() > MAX_DOCUMENTS => {
            let reason = format!("it holds more than {MAX_DOCUMENTS} documents; split it");
            vec![(name.to_string(), Err(ReadError::Damaged { kind: "dataset", reason }))]
        }
        Some(Ok(rows)) => rows
            .into_iter()
            .map(|(doc_name, article)| {
                let result = article.and_then(|article| article.analyze(doc_name.clone()));
                (doc_name, result)
            })
            .collect(),
    }
}

/// Every row of a dataset's text, at most one more than [`MAX_DOCUMENTS`].
fn read_rows(reader: &mut RowReader, text: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for line in text.split('\n') {
        if rows.len() > MAX_DOCUMENTS || reader.stopped() {
            return rows;
        }
        rows.extend(reader.line(line));
    }
    rows.extend(reader.finish());
    rows
}

/// Articles named as [`RowReader`] names its rows.
fn named(name: &str, articles: Vec<Article>) -> Vec<Row> {
    let mut names = rows::Namer::new(name);
    articles.into_iter().map(|article| (names.next(article.id.as_deref()), Ok(article))).collect()
}

#[derive(Clone, Copy)]
enum Kind {
    Rows(RowFormat),
    Json,
}

/// readout's own records read back, when `bytes` hold them: the page's JSON export (a
/// list of records, each with its text) or the CLI's JSON Lines; `None` for anything
/// else. Each record is a document again, with the rows it holds (see `saved`). Not part
/// of [`analyze_many`]: analyzing a folder that holds a corpus's gold records must not
/// take them for findings.
pub fn read_back(file_name: &str, bytes: &[u8]) -> Option<Vec<Item>> {
    read_back_with(file_name, bytes, &|value| serde_json::from_value(value).map_err(|e| e.to_string()))
}

/// [`read_back`], each record made from its JSON by `decode`: the page decodes through
/// the code it already has for records, rather than a second copy of serde_json's.
pub fn read_back_with(file_name: &str, bytes: &[u8], decode: saved::Decode) -> Option<Vec<Item>> {
    let extension = document::extension(base_name(file_name));
    if bytes.len() > MAX_FILE_BYTES || !matches!(extension.as_str(), "json" | "jsonl" | "ndjson" | "") {
        return None;
    }
    let text = encoding::decode(bytes, None).ok()?;
    let start = text.trim_start_matches('\u{FEFF}').trim_start();
    if let Ok(value) = serde_json::from_str::<Value>(start) {
        let values = match value {
            Value::Array(list) => list,
            value => vec![value],
        };
        return values
            .first()
            .and_then(Value::as_object)
            .is_some_and(saved::is_record)
            .then(|| saved::documents(values, decode));
    }
    // JSON Lines, known by a first line that is a record.
    let mut lines = start.lines().filter(|l| !l.trim().is_empty());
    let first: Value = serde_json::from_str(lines.next()?).ok()?;
    if !first.as_object().is_some_and(saved::is_record) {
        return None;
    }
    let rest = lines.take(MAX_DOCUMENTS).map(|line| serde_json::from_str(line).unwrap_or(Value::Null));
    Some(saved::documents(std::iter::once(first).chain(rest), decode))
}

/// A file of another or no extension that turns out to be a dataset: JSON, JSON Lines
/// every line of which is JSON, or CSV whose header names a text column.
fn sniff(name: &str, text: &str, columns: &DatasetColumns) -> Option<Vec<Row>> {
    let start = text.trim_start_matches('\u{FEFF}').trim_start();
    let usable = |rows: Vec<Row>| (!rows.is_empty()).then_some(rows);
    if start.starts_with('[') || start.starts_with('{') {
        if let Ok(value) = serde_json::from_str::<Value>(start) {
            return json_articles(value, columns).ok().and_then(|articles| usable(named(name, articles)));
        }
        if !start.starts_with('{') {
            return None;
        }
        let mut reader = RowReader::new(name, RowFormat::JsonLines, columns);
        let rows = read_rows(&mut reader, start);
        let json = rows.iter().all(|(_, row)| !matches!(row, Err(ReadError::Damaged { .. })));
        return if json { usable(rows) } else { None };
    }
    let first_line = start.split('\n').next().unwrap_or("");
    let separator = delimiter(first_line);
    // A header is a row of column names, and the first record has as many fields.
    // A first line without quotes or carriage returns is the header as it stands: most
    // articles' first lines are no header, told without reading on.
    if !first_line.contains(['"', '\r']) {
        let mut cells = 0;
        if !first_line.split(separator).all(|cell| {
            cells += 1;
            is_column_name(cell)
        }) || cells < 2
        {
            return None;
        }
    }
    let head = parse_csv(start, separator, 2);
    let [header, first] = &head[..] else {
        return None;
    };
    if header.len() < 2 || first.len() != header.len() || !header.iter().all(|cell| is_column_name(cell)) {
        return None;
    }
    find(header.iter().map(String::as_str), columns.text.as_deref(), columns::TEXT)?;
    let mut reader = RowReader::new(name, RowFormat::Csv, columns);
    let rows = read_rows(&mut reader, start);
    if reader.stopped() {
        return None;
    }
    usable(rows)
}

/// A date column's value as `YYYY-MM-DD`: ISO 8601, GDELT's `20220315T120000Z`, or a
/// date written out ("March 15, 2022").
fn read_date(value: &str) -> Option<String> {
    let value = value.trim();
    if let Some(date) = published::from_iso_datetime(value) {
        return Some(date);
    }
    let compact = value.get(..8).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
    let date = compact.and_then(published::parse_compact_date);
    date.or_else(|| dates::parse_written_date(value)).map(published::iso_date)
}

/// The index of the column named `wanted`, or else of the first name of `lexicon` found,
/// in any case.
fn find<'a>(names: impl Iterator<Item = &'a str> + Clone, wanted: Option<&str>, lexicon: &[&str]) -> Option<usize> {
    let position = |want: &str| names.clone().position(|n| n.trim().eq_ignore_ascii_case(want));
    match wanted {
        Some(want) => position(want),
        None => lexicon.iter().find_map(|want| position(want)),
    }
}

fn missing_text(columns: &DatasetColumns) -> String {
    match &columns.text {
        Some(name) => format!("it has no column '{name}'"),
        None => format!("no column holds the text (looked for {}); name the text column", columns::TEXT.join(", ")),
    }
}

/// The articles of a JSON document: an array of objects, an object keeping one under a
/// key of [`columns::LIST_KEYS`], or a single article object. The first object must
/// have a text column; an element that is no object is an article without text, an
/// error of its own.
fn json_articles(value: Value, columns: &DatasetColumns) -> Result<Vec<Article>, String> {
    let list = match value {
        Value::Array(list) => list,
        Value::Object(mut object) => {
            let key = object.keys().find(|k| columns::LIST_KEYS.iter().any(|l| l.eq_ignore_ascii_case(k))).cloned();
            match key.and_then(|k| object.remove(&k)) {
                Some(Value::Array(list)) => list,
                _ => vec![Value::Object(object)],
            }
        }
        _ => return Err("it holds neither a list of articles nor an article".into()),
    };
    let first_has_text = list.iter().find(|v| v.is_object()).is_some_and(|o| rows::has_text_column(o, columns));
    if !first_has_text {
        return Err(missing_text(columns));
    }
    Ok(list.iter().take(MAX_DOCUMENTS + 1).map(|value| Article::from_json(value, columns)).collect())
}

/// Every file in a ZIP archive that is not a Word document, or `None` for a Word
/// document or an archive whose directory cannot be read (the single-file reader says
/// what it is).
fn archive(name: &str, bytes: &[u8]) -> Option<Vec<Item>> {
    let entries = zip::entries(bytes).ok()?;
    if entries.iter().any(|e| e.name == "word/document.xml" || e.name == "[Content_Types].xml") {
        return None;
    }
    let mut budget = MAX_ARCHIVE_BYTES;
    let items: Vec<Item> = entries
        .iter()
        .filter(|e| !e.name.ends_with('/') && !e.name.starts_with("__MACOSX/") && !base_name(&e.name).starts_with('.'))
        .take(MAX_DOCUMENTS)
        .map(|entry| {
            let doc_name = format!("{name}/{}", entry.name);
            let result = match zip::extract(bytes, entry, budget.min(MAX_FILE_BYTES)) {
                Ok(data) => {
                    budget -= data.len();
                    document::read(&entry.name, &data).map(|doc| analyze_document(doc_name.clone(), doc))
                }
                Err(e) => Err(member_error(e)),
            };
            (doc_name, result)
        })
        .collect();
    if items.is_empty() {
        return Some(vec![(name.to_string(), Err(ReadError::Empty))]);
    }
    Some(items)
}

fn member_error(e: ZipError) -> ReadError {
    let reason = match e {
        ZipError::Damaged => "it is cut short or corrupt".to_string(),
        ZipError::Unsupported => "it is encrypted or compressed in a way readout does not know".to_string(),
        ZipError::TooLarge => format!(
            "it unpacks to more than {} MB, or the archive to more than {} MB",
            MAX_FILE_BYTES / 1_048_576,
            MAX_ARCHIVE_BYTES / 1_048_576
        ),
    };
    ReadError::Damaged { kind: "file in a ZIP archive", reason }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::zip::tests::stored_zip;

    const STORY: &str = "Officials said the ministry would send $5 million in aid to the region.";

    fn names(items: &[Item]) -> Vec<&str> {
        items.iter().map(|(name, _)| name.as_str()).collect()
    }

    fn ok(item: &Item) -> &Analysis {
        item.1.as_ref().unwrap_or_else(|e| panic!("{}: {e}", item.0))
    }

    #[test]
    fn a_single_document_gives_what_analyze_gives() {
        let bytes = format!(" date 2022-03-10\n{STORY}");
        let items = analyze_many("dir/story.txt", bytes.as_bytes());
        assert_eq!(items, vec![("story.txt".to_string(), analyze("dir/story.txt", bytes.as_bytes()))]);
        assert_eq!(analyze_many("x.txt", b"  "), vec![("x.txt".to_string(), Err(ReadError::Empty))]);
        // Decoded once here and read on: the same as reading the bytes afresh.
        let inputs: [&[u8]; 5] = [
            b"Line one.\r\r\nLine two.\rThree.",
            b"\x93Caf\xE9 talks,\x94 she said.",
            b"\xEF\xBB\xBF<!DOCTYPE html><meta charset=\"iso-8859-2\"><p>\xA3\xF3d\xBC is far.</p>",
            b"\xFF\xFEA\0i\0d\0",
            b"caf\xE9 \x01 au lait",
        ];
        for bytes in inputs {
            assert_eq!(analyze_many("n.txt", bytes), vec![("n.txt".to_string(), analyze("n.txt", bytes))]);
        }
    }

    #[test]
    fn every_file_of_an_archive_is_a_document() {
        let page = format!("<html><head><title>Aid</title></head><body><p>{STORY}</p></body></html>");
        let zip = stored_zip(&[
            ("a.txt", STORY.as_bytes()),
            ("news/", b""),
            ("news/b.txt", b" date 2022-04-01\nThe mayor said nothing new."),
            ("news/c.html", page.as_bytes()),
            ("__MACOSX/news/._c.html", b"junk"),
            (".DS_Store", b"junk"),
        ]);
        let items = analyze_many("in/archive.zip", &zip);
        assert_eq!(names(&items), ["archive.zip/a.txt", "archive.zip/news/b.txt", "archive.zip/news/c.html"]);
        assert_eq!(ok(&items[0]).record.file, "archive.zip/a.txt");
        assert_eq!(ok(&items[0]).record.amounts.len(), 1);
        assert_eq!(ok(&items[1]).record.published.as_deref(), Some("2022-04-01"));
        assert_eq!(ok(&items[2]).record.title.as_deref(), Some("Aid"));
    }

    #[test]
    fn a_member_that_cannot_be_read_fails_alone() {
        let zip = stored_zip(&[("a.txt", STORY.as_bytes()), ("b.png", b"\x89PNG....")]);
        let items = analyze_many("archive.zip", &zip);
        assert!(items[0].1.is_ok());
        assert!(matches!(items[1].1, Err(ReadError::Binary { .. })));
        let folders = stored_zip(&[("news/", b"")]);
        assert_eq!(analyze_many("empty.zip", &folders), vec![("empty.zip".into(), Err(ReadError::Empty))]);
        assert_eq!(analyze_many("named.docx", &zip).len(), 1);
    }

    #[test]
    fn csv_with_quoted_lines_and_a_date_column() {
        let csv = "id,Title,Date,Body\r\n7,Aid news,2022-03-15,\"First line, with a comma.\n\nSecond: \"\"quoted\"\" $5 million.\"\r\n8,Other,\"March 16, 2022\",Plain text.\n\n";
        let items = analyze_many("export.csv", csv.as_bytes());
        assert_eq!(names(&items), ["export.csv#7", "export.csv#8"]);
        let first = ok(&items[0]);
        assert_eq!(first.text, "First line, with a comma.\n\nSecond: \"quoted\" $5 million.");
        assert_eq!(first.record.title.as_deref(), Some("Aid news"));
        assert_eq!(first.record.published.as_deref(), Some("2022-03-15"));
        assert_eq!(ok(&items[1]).record.published.as_deref(), Some("2022-03-16"));
    }

    #[test]
    fn csv_delimiters_are_sniffed_and_rows_without_ids_numbered() {
        let items = analyze_many("e.csv", b"headline;text\nA;One story.\nB;Two stories.\n");
        assert_eq!(names(&items), ["e.csv#1", "e.csv#2"]);
        assert_eq!(ok(&items[1]).record.title.as_deref(), Some("B"));
        let items = analyze_many("e.tsv", b"title\tcontent\nA\tOne; two, three.\n");
        assert_eq!(ok(&items[0]).text, "One; two, three.");
    }

    #[test]
    fn columns_can_be_named() {
        let csv = b"Headline X,Story Y,When\nA,The text.,2022-05-01\n";
        let columns = DatasetColumns {
            text: Some("story y".into()),
            title: Some("Headline X".into()),
            date: Some("when".into()),
        };
        let items = analyze_many_with("c.csv", csv, &columns);
        let record = &ok(&items[0]).record;
        assert_eq!((record.title.as_deref(), record.published.as_deref()), (Some("A"), Some("2022-05-01")));
        let Err(ReadError::Damaged { reason, .. }) = &analyze_many("c.csv", csv)[0].1 else { panic!() };
        assert!(reason.contains("no column holds the text"), "{reason}");
        let columns = DatasetColumns { text: Some("nope".into()), ..columns };
        assert!(analyze_many_with("c.csv", csv, &columns)[0].1.is_err());
    }

    #[test]
    fn json_arrays_wrapped_lists_and_lines() {
        let array = br#"[{"url":"u","headline":"H","articleBody":"Body one.","datePublished":"2022-03-15T10:00:00Z"},{"content":"Body two."}]"#;
        let items = analyze_many("a.json", array);
        assert_eq!(names(&items), ["a.json#1", "a.json#2"]);
        assert_eq!(ok(&items[0]).record.title.as_deref(), Some("H"));
        assert_eq!(ok(&items[0]).record.published.as_deref(), Some("2022-03-15"));
        let wrapped = br#"{"status":"ok","articles":[{"id":"x1","text":["Para one.","Para two."],"seendate":"20220315T120000Z"}]}"#;
        let items = analyze_many("w.json", wrapped);
        assert_eq!(names(&items), ["w.json#x1"]);
        assert_eq!(ok(&items[0]).text, "Para one.\n\nPara two.");
        assert_eq!(ok(&items[0]).record.published.as_deref(), Some("2022-03-15"));
        let lines = b"{\"id\":1,\"body\":\"One.\"}\n\n{\"id\":1,\"body\":\"Two.\"}\n{\"id\":3}\n";
        let items = analyze_many("l.jsonl", lines);
        assert_eq!(names(&items), ["l.jsonl#1", "l.jsonl#1#2", "l.jsonl#3"]);
        assert_eq!(items[2].1, Err(ReadError::Empty));
    }

    #[test]
    fn datasets_are_known_by_content_too() {
        assert_eq!(analyze_many("dump", br#"[{"text":"One."},{"text":"Two."}]"#).len(), 2);
        assert_eq!(analyze_many("dump.txt", b"{\"body\":\"One.\"}\n{\"body\":\"Two.\"}\n").len(), 2);
        assert_eq!(analyze_many("dump.dat", b"title,text\nA,One.\nB,Two.\n").len(), 2);
        // Prose that merely starts with a bracket or has commas in its first line stays one document.
        assert_eq!(analyze_many("a.txt", b"[Updated] Talks, again, today.\nMore text.").len(), 1);
        assert_eq!(analyze_many("a.txt", b"Kyiv, Monday, text follows.\nMore text.").len(), 1);
        assert_eq!(analyze_many("a.txt", b"Text, images and video: all here.\nMore, text.").len(), 1);
        assert_eq!(analyze_many("a.txt", b"Text, images\nMore text.").len(), 1);
        // A header in quotes, or with carriage returns, is read as CSV before it is judged.
        assert_eq!(analyze_many("dump.dat", b"\"title\";\"text\"\nA;One.\nB;Two.\n").len(), 2);
        assert_eq!(analyze_many("dump.dat", b"title,text\r\nA,One.\r\nB,Two.\r\n").len(), 2);
        assert_eq!(analyze_many("dump.dat", b"title,te\rxt\nA,One.\nB,Two.\n").len(), 2);
    }

    #[test]
    fn too_many_documents_is_an_error_and_nothing_panics() {
        let mut csv = String::from("text\n");
        csv.push_str(&"x\n".repeat(MAX_DOCUMENTS + 1));
        let items = analyze_many("big.csv", csv.as_bytes());
        assert_eq!(items.len(), 1);
        assert!(items[0].1.as_ref().is_err_and(|e| e.to_string().contains("more than 100000 documents")));
        for input in ["\"", "text,\"", "[", "{\"articles\":5}", "[1,2]", "{", "text\n\"a\"\"", "\u{FEFF}[{}]"] {
            for ext in ["csv", "json", "jsonl", "txt"] {
                let _ = analyze_many(&format!("f.{ext}"), input.as_bytes());
            }
        }
    }
}
