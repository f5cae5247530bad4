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

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::dates;
use crate::document::{self, base_name, Document, ReadError, MAX_FILE_BYTES};
use crate::formats::zip::{self, ZipError};
use crate::lexicon::columns;
use crate::{analyze, analyze_decoded, analyze_document, encoding, published, Analysis};

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
        "csv" | "tsv" => Some(Kind::Csv),
        "json" => Some(Kind::Json),
        "jsonl" | "ndjson" => Some(Kind::JsonLines),
        "html" | "htm" | "xhtml" | "mhtml" | "mht" | "eml" | "md" | "markdown" | "docx" => return single(),
        _ => None,
    };
    let Ok(text) = encoding::decode(bytes, None) else {
        return single();
    };
    let carriage_returns = text.as_bytes().contains(&b'\r');
    let text = if carriage_returns { text.replace("\r\n", "\n") } else { text };
    let rows = match kind {
        Some(kind) => kind.rows(&text, extension == "tsv", columns),
        None => sniff(&text, columns),
    };
    match rows {
        // One document, whose text (as decoded, line endings untouched) is read on.
        None => vec![(name.to_string(), analyze_decoded(file_name, bytes, (!carriage_returns).then_some(text)))],
        Some(Err(reason)) => vec![(name.to_string(), Err(damaged(kind.unwrap_or(Kind::Csv), reason)))],
        Some(Ok(rows)) if rows.len() > MAX_DOCUMENTS => {
            let reason = format!("it holds more than {MAX_DOCUMENTS} documents; split it");
            vec![(name.to_string(), Err(ReadError::Damaged { kind: "dataset", reason }))]
        }
        Some(Ok(rows)) => {
            let mut seen = HashSet::new();
            rows.into_iter()
                .enumerate()
                .map(|(i, row)| {
                    let mut doc_name = format!("{name}#{}", row.id.as_deref().unwrap_or(&(i + 1).to_string()));
                    if !seen.insert(doc_name.clone()) {
                        doc_name = format!("{doc_name}#{}", i + 1);
                    }
                    let result = row.analyze(doc_name.clone());
                    (doc_name, result)
                })
                .collect()
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Csv,
    Json,
    JsonLines,
}

impl Kind {
    /// The rows of `text` read as this kind: `None` when it is not a dataset at all,
    /// `Some(Err(reason))` when it is one readout cannot use.
    fn rows(self, text: &str, tabs: bool, columns: &DatasetColumns) -> Option<Result<Vec<Row>, String>> {
        Some(match self {
            Kind::Csv => csv_rows(text, tabs, columns),
            Kind::Json => match serde_json::from_str::<Value>(text) {
                Ok(value) => json_rows(value, columns),
                Err(e) => Err(format!("it is not valid JSON ({e})")),
            },
            Kind::JsonLines => json_lines_rows(text, columns),
        })
    }
}

fn damaged(kind: Kind, reason: String) -> ReadError {
    let kind = match kind {
        Kind::Csv => "CSV file",
        Kind::Json => "JSON file",
        Kind::JsonLines => "JSON Lines file",
    };
    ReadError::Damaged { kind, reason }
}

/// A file of another or no extension that turns out to be a dataset.
fn sniff(text: &str, columns: &DatasetColumns) -> Option<Result<Vec<Row>, String>> {
    let start = text.trim_start_matches('\u{FEFF}').trim_start();
    let usable = |rows: Result<Vec<Row>, String>| rows.ok().filter(|rows| !rows.is_empty()).map(Ok);
    if start.starts_with('[') || start.starts_with('{') {
        if let Ok(value) = serde_json::from_str::<Value>(start) {
            return usable(json_rows(value, columns));
        }
        if start.starts_with('{') {
            return usable(json_lines_rows(start, columns));
        }
        return None;
    }
    let separator = delimiter(start, false);
    // A header is a row of short names, and the first record has as many fields.
    let name_like = |cell: &str| {
        let cell = cell.trim();
        !cell.is_empty() && cell.len() <= 40 && cell.chars().all(|c| c.is_alphanumeric() || " _-.".contains(c))
    };
    // A first line without quotes or carriage returns is the header as it stands: most
    // articles' first lines are no header, told without reading on.
    let first_line = start.split('\n').next().unwrap_or("");
    if !first_line.contains(['"', '\r']) {
        let mut cells = 0;
        if !first_line.split(separator).all(|cell| {
            cells += 1;
            name_like(cell)
        }) || cells < 2
        {
            return None;
        }
    }
    let head = parse_csv(start, separator, 2);
    let [header, first] = &head[..] else {
        return None;
    };
    if header.len() < 2 || first.len() != header.len() || !header.iter().all(|cell| name_like(cell)) {
        return None;
    }
    find(header.iter().map(String::as_str), columns.text.as_deref(), columns::TEXT)?;
    usable(csv_rows(start, false, columns))
}

/// One row of a dataset: its parts as the columns give them.
#[derive(Debug, Default)]
struct Row {
    id: Option<String>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
}

impl Row {
    fn analyze(self, name: String) -> Result<Analysis, ReadError> {
        let text = self.text.filter(|t| !t.trim().is_empty()).ok_or(ReadError::Empty)?;
        let as_name = if text.trim_start().starts_with('<') { "row.html" } else { "row.txt" };
        let mut doc: Document = document::read(as_name, text.as_bytes())?;
        if let Some(title) = self.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) {
            doc.title = Some(title);
        }
        if let Some(date) = self.date.as_deref().and_then(read_date) {
            doc.published = Some(date);
        }
        Ok(analyze_document(name, doc))
    }
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

fn csv_rows(text: &str, tabs: bool, columns: &DatasetColumns) -> Result<Vec<Row>, String> {
    let mut records = parse_csv(text, delimiter(text, tabs), MAX_DOCUMENTS + 2).into_iter();
    let header = records.next().unwrap_or_default();
    let names = header.iter().map(String::as_str);
    let text_at = find(names.clone(), columns.text.as_deref(), columns::TEXT).ok_or_else(|| missing_text(columns))?;
    let column = |wanted: &Option<String>, lexicon| match wanted {
        Some(name) => find(names.clone(), Some(name), lexicon).map(Some).ok_or(format!("it has no column '{name}'")),
        None => Ok(find(names.clone(), None, lexicon)),
    };
    let (title_at, date_at) = (column(&columns.title, columns::TITLE)?, column(&columns.date, columns::DATE)?);
    let id_at = find(names.clone(), None, columns::ID);
    let mut records: Vec<Vec<String>> = records.collect();
    let cell = |record: &mut Vec<String>, at: Option<usize>| {
        at.and_then(|at| record.get_mut(at).map(std::mem::take)).filter(|c| !c.trim().is_empty())
    };
    Ok(records
        .iter_mut()
        .map(|record| Row {
            id: cell(record, id_at),
            text: cell(record, Some(text_at)),
            title: cell(record, title_at),
            date: cell(record, date_at),
        })
        .collect())
}

/// The delimiter the header line uses most: tab, semicolon or (on a tie) comma.
fn delimiter(text: &str, tabs: bool) -> char {
    if tabs {
        return '\t';
    }
    let header = text.lines().next().unwrap_or("");
    let count = |d: char| header.matches(d).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semicolons {
        '\t'
    } else if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// The records of RFC 4180 CSV: fields in double quotes may hold the delimiter, line
/// breaks and doubled quotes. Blank lines are skipped; at most `max` records are read.
fn parse_csv(text: &str, delimiter: char, max: usize) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut fresh) = (false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if fresh => quoted = true,
            c if c == delimiter => record.push(std::mem::take(&mut field)),
            '\n' => {
                record.push(std::mem::take(&mut field));
                if record.len() > 1 || !record[0].is_empty() {
                    records.push(std::mem::take(&mut record));
                    if records.len() >= max {
                        return records;
                    }
                }
                record.clear();
            }
            '\r' => {}
            c => field.push(c),
        }
        fresh = c == delimiter || c == '\n';
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// The rows of a JSON document: an array of objects, an object keeping one under a key
/// of [`columns::LIST_KEYS`], or a single article object.
fn json_rows(value: Value, columns: &DatasetColumns) -> Result<Vec<Row>, String> {
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
    object_rows(list, columns)
}

fn json_lines_rows(text: &str, columns: &DatasetColumns) -> Result<Vec<Row>, String> {
    let mut list = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        if list.len() > MAX_DOCUMENTS {
            break;
        }
        list.push(serde_json::from_str(line).map_err(|e| format!("line {} is not JSON ({e})", n + 1))?);
    }
    object_rows(list, columns)
}

/// A row for each object; the first object must have a text column. An element that
/// is no object gives a row without text, an error of its own.
fn object_rows(list: Vec<Value>, columns: &DatasetColumns) -> Result<Vec<Row>, String> {
    let first_has_text =
        list.iter().find_map(Value::as_object).is_some_and(|o| field(o, &columns.text, columns::TEXT).is_some());
    if !first_has_text {
        return Err(missing_text(columns));
    }
    Ok(list
        .into_iter()
        .take(MAX_DOCUMENTS + 1)
        .map(|value| match value {
            Value::Object(object) => Row {
                id: field(&object, &None, columns::ID),
                text: field(&object, &columns.text, columns::TEXT),
                title: field(&object, &columns.title, columns::TITLE),
                date: field(&object, &columns.date, columns::DATE),
            },
            _ => Row::default(),
        })
        .collect())
}

/// The value under the key named `wanted` or else under a key of `lexicon`, as text: a
/// string, a number, or a list of strings (paragraphs) joined by blank lines.
fn field(object: &Map<String, Value>, wanted: &Option<String>, lexicon: &[&str]) -> Option<String> {
    let at = find(object.keys().map(String::as_str), wanted.as_deref(), lexicon)?;
    match object.values().nth(at)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(parts) => Some(parts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n\n")),
        _ => None,
    }
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
