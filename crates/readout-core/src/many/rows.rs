//! Datasets read a line at a time: JSON Lines and CSV/TSV, each row an [`Article`].
//!
//! [`RowReader`] takes an input's lines one by one and hands back each row as soon as its
//! last line is in, so an input of any size is read in bounded memory (the CLI's stream
//! of standard input and its large dataset files). [`super::analyze_many`] reads whole
//! dataset files through it too, so both ways give the same documents of a UTF-8 input
//! (a whole file may also be UTF-16 or Windows-1252; a stream is read as UTF-8).
//!
//! Rows are named `NAME#<id>` by an id column, else `NAME#<row number>` (from 1, blank
//! lines not counted); a name already given gets `#<row number>` after it.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::{find, missing_text, read_date, DatasetColumns};
use crate::document::{self, Document, ReadError, MAX_FILE_BYTES};
use crate::lexicon::columns;
use crate::{analyze_document, Analysis};

/// One article given as its parts: a dataset's row, or a caller's own text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub id: Option<String>,
    pub text: Option<String>,
    pub title: Option<String>,
    /// The publication date as written: ISO 8601, GDELT's `20220315T120000Z`, or words
    /// ("March 15, 2022"). Kept only when it reads as a date.
    pub date: Option<String>,
}

impl Article {
    /// The article a JSON object holds, its parts found under the names of `columns` or
    /// else of the dataset column lexicon. A value that is no object holds none.
    pub fn from_json(value: &Value, columns: &DatasetColumns) -> Article {
        let Value::Object(object) = value else {
            return Article::default();
        };
        Article {
            id: field(object, &None, columns::ID),
            text: field(object, &columns.text, columns::TEXT),
            title: field(object, &columns.title, columns::TITLE),
            date: field(object, &columns.date, columns::DATE),
        }
    }

    /// Analyzes the article as the document `name`: its text read as HTML when it starts
    /// with a tag and as plain text otherwise; its title and date, when given, over those
    /// the text holds.
    pub fn analyze(self, name: String) -> Result<Analysis, ReadError> {
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

/// The value under the key named `wanted` or else under a key of `lexicon`, as text: a
/// string, a number, or a list of strings (paragraphs) joined by blank lines.
fn field(object: &Map<String, Value>, wanted: &Option<String>, lexicon: &[&str]) -> Option<String> {
    let at = find(object.keys().map(String::as_str), wanted.as_deref(), lexicon)?;
    let text = match object.values().nth(at)? {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(parts) => parts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n\n"),
        _ => return None,
    };
    Some(text).filter(|t| !t.trim().is_empty())
}

/// A document's name and its article, or why its row cannot be read.
pub type Row = (String, Result<Article, ReadError>);

/// How a dataset's lines hold its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowFormat {
    /// One JSON object a line.
    JsonLines,
    /// A header line, then a record a line (or several, in quotes); the delimiter (`,`,
    /// `;` or tab) is the one the header uses most.
    Csv,
    /// [`RowFormat::Csv`] delimited by tabs.
    Tsv,
}

impl RowFormat {
    /// The format of an input that starts with `first_line` (its first line that is not
    /// blank), if it is a dataset: a JSON object alone on its line is JSON Lines, and a
    /// header of short names, one of them a text column, is CSV.
    pub fn sniff(first_line: &str, columns: &DatasetColumns) -> Option<RowFormat> {
        let line = first_line.trim_start_matches('\u{FEFF}').trim();
        if line.starts_with('{') {
            let value = serde_json::from_str::<Value>(line).ok()?;
            return value.is_object().then_some(RowFormat::JsonLines);
        }
        let header = parse_csv(line, delimiter(line), 1).pop()?;
        let names = header.iter().map(String::as_str);
        let header_like = header.len() >= 2 && header.iter().all(|cell| is_column_name(cell));
        (header_like && find(names, columns.text.as_deref(), columns::TEXT).is_some()).then_some(RowFormat::Csv)
    }
}

/// Whether a CSV cell reads as a column's name: short, of letters, digits, spaces and
/// `_-.` only.
pub(super) fn is_column_name(cell: &str) -> bool {
    let cell = cell.trim();
    !cell.is_empty() && cell.len() <= 40 && cell.chars().all(|c| c.is_alphanumeric() || " _-.".contains(c))
}

/// Reads a dataset a line at a time (see the module's documentation).
pub struct RowReader {
    format: RowFormat,
    columns: DatasetColumns,
    names: Namer,
    lines: usize,
    csv: Option<CsvRows>,
    /// Whether the first object of JSON Lines was seen (and held a text column).
    checked: bool,
    stopped: bool,
}

impl RowReader {
    /// A reader of the dataset `name` (its rows named after it).
    pub fn new(name: &str, format: RowFormat, columns: &DatasetColumns) -> RowReader {
        RowReader {
            format,
            columns: columns.clone(),
            names: Namer::new(name),
            lines: 0,
            csv: None,
            checked: false,
            stopped: false,
        }
    }

    /// The name the input's rows are named after.
    pub fn name(&self) -> &str {
        &self.names.name
    }

    /// Whether the input can be read no further: its header, or its first object, has
    /// no text column (the row saying so was the last one given).
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// The next line of the input, without its line break: the row it completes, if any.
    /// A line that is no JSON gives a row of its own that says so, and reading goes on.
    pub fn line(&mut self, line: &str) -> Option<Row> {
        self.lines += 1;
        if self.stopped {
            return None;
        }
        let line = if self.lines == 1 { line.trim_start_matches('\u{FEFF}') } else { line };
        match self.format {
            RowFormat::JsonLines => self.json_line(line),
            RowFormat::Csv | RowFormat::Tsv => {
                let line = line.strip_suffix('\r').unwrap_or(line);
                if self.csv.is_none() {
                    if line.is_empty() {
                        return None;
                    }
                    let delimiter = if self.format == RowFormat::Tsv { '\t' } else { delimiter(line) };
                    self.csv = Some(CsvRows { parser: CsvParser::new(delimiter), header: None });
                }
                let parser = &mut self.csv.as_mut()?.parser;
                let Some(record) = parser.line(line) else {
                    // A quote left open would take the rest of the input into one field.
                    if parser.pending() > MAX_FILE_BYTES {
                        parser.reset();
                        let reason = format!(
                            "the record ending on line {} runs over {} MB (a quote left open?)",
                            self.lines,
                            MAX_FILE_BYTES / 1_048_576
                        );
                        return Some((self.names.next(None), Err(ReadError::Damaged { kind: "CSV file", reason })));
                    }
                    return None;
                };
                self.csv_record(record)
            }
        }
    }

    /// [`RowReader::line`] for a line as bytes. A line of JSON Lines that is not UTF-8
    /// (or is longer than [`MAX_FILE_BYTES`], which a caller may cut short) gives a row
    /// that says so. A line of CSV, which may be part of a record, is read on with its
    /// bytes that are not UTF-8 replaced, so that the records after it stay whole.
    pub fn line_bytes(&mut self, line: &[u8]) -> Option<Row> {
        if self.format != RowFormat::JsonLines {
            return self.line(&String::from_utf8_lossy(line));
        }
        let reason = if line.len() > MAX_FILE_BYTES {
            format!("line {} is longer than {} MB", self.lines + 1, MAX_FILE_BYTES / 1_048_576)
        } else {
            match std::str::from_utf8(line) {
                Ok(line) => return self.line(line),
                Err(e) => format!("line {} is not UTF-8 (byte {})", self.lines + 1, e.valid_up_to() + 1),
            }
        };
        self.lines += 1;
        Some((self.names.next(None), Err(ReadError::Damaged { kind: "JSON Lines file", reason })))
    }

    /// The end of the input: the row of a CSV record its last quote left open.
    pub fn finish(&mut self) -> Option<Row> {
        let record = self.csv.as_mut()?.parser.finish()?;
        if self.stopped {
            return None;
        }
        self.csv_record(record)
    }

    fn json_line(&mut self, line: &str) -> Option<Row> {
        if line.trim().is_empty() {
            return None;
        }
        let value = match serde_json::from_str::<Value>(line) {
            Ok(value) => value,
            Err(e) => {
                let reason = format!("line {} is not JSON ({e})", self.lines);
                return Some((self.names.next(None), Err(ReadError::Damaged { kind: "JSON Lines file", reason })));
            }
        };
        let article = Article::from_json(&value, &self.columns);
        if !self.checked && value.is_object() {
            self.checked = true;
            if !has_text_column(&value, &self.columns) {
                return Some(self.stop("JSON Lines file"));
            }
        }
        let name = self.names.next(article.id.as_deref());
        Some((name, Ok(article)))
    }

    /// The row of one CSV record, or the header's columns taken from the first.
    fn csv_record(&mut self, mut record: Vec<String>) -> Option<Row> {
        let csv = self.csv.as_mut()?;
        let Some(header) = &csv.header else {
            match Header::read(&record, &self.columns) {
                Ok(header) => csv.header = Some(header),
                Err(reason) => {
                    self.stopped = true;
                    return Some((self.names.name.clone(), Err(ReadError::Damaged { kind: "CSV file", reason })));
                }
            }
            return None;
        };
        let mut cell = |at: Option<usize>| {
            at.and_then(|at| record.get_mut(at).map(std::mem::take)).filter(|c| !c.trim().is_empty())
        };
        let article = Article {
            id: cell(header.id),
            text: cell(Some(header.text)),
            title: cell(header.title),
            date: cell(header.date),
        };
        Some((self.names.next(article.id.as_deref()), Ok(article)))
    }

    fn stop(&mut self, kind: &'static str) -> Row {
        self.stopped = true;
        (self.names.name.clone(), Err(ReadError::Damaged { kind, reason: missing_text(&self.columns) }))
    }
}

/// Whether a JSON object has a text column at all (with a value or not), by the name
/// `columns` gives or the lexicon's.
pub(super) fn has_text_column(value: &Value, columns: &DatasetColumns) -> bool {
    let keys = value.as_object().map(|object| object.keys().map(String::as_str));
    keys.is_some_and(|keys| find(keys, columns.text.as_deref(), columns::TEXT).is_some())
}

/// Names rows in order, each name once. Names given are remembered by a 64-bit hash,
/// eight bytes a row, so a stream of millions of rows stays small.
pub(super) struct Namer {
    name: String,
    rows: usize,
    seen: HashSet<u64>,
}

impl Namer {
    pub(super) fn new(name: &str) -> Namer {
        Namer { name: name.to_string(), rows: 0, seen: HashSet::new() }
    }

    pub(super) fn next(&mut self, id: Option<&str>) -> String {
        use std::hash::{Hash, Hasher};
        self.rows += 1;
        let number = self.rows.to_string();
        let mut name = format!("{}#{}", self.name, id.unwrap_or(&number));
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        name.hash(&mut hasher);
        if !self.seen.insert(hasher.finish()) {
            name = format!("{name}#{number}");
        }
        name
    }
}

/// The CSV of a reader once its first line is in.
struct CsvRows {
    parser: CsvParser,
    header: Option<Header>,
}

/// Where a CSV's header puts an article's parts.
struct Header {
    text: usize,
    title: Option<usize>,
    date: Option<usize>,
    id: Option<usize>,
}

impl Header {
    fn read(names: &[String], columns: &DatasetColumns) -> Result<Header, String> {
        let names = names.iter().map(String::as_str);
        let text = find(names.clone(), columns.text.as_deref(), columns::TEXT).ok_or_else(|| missing_text(columns))?;
        let column = |wanted: &Option<String>, lexicon| match wanted {
            Some(name) => {
                find(names.clone(), Some(name), lexicon).map(Some).ok_or(format!("it has no column '{name}'"))
            }
            None => Ok(find(names.clone(), None, lexicon)),
        };
        let (title, date) = (column(&columns.title, columns::TITLE)?, column(&columns.date, columns::DATE)?);
        Ok(Header { text, title, date, id: find(names, None, columns::ID) })
    }
}

/// The delimiter a header line uses most: tab, semicolon or (on a tie) comma.
pub(super) fn delimiter(header: &str) -> char {
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

/// RFC 4180 CSV read a line at a time: fields in double quotes may hold the delimiter,
/// line breaks and doubled quotes; a `\r` outside quotes is dropped. Blank lines are no
/// records.
pub(super) struct CsvParser {
    delimiter: char,
    record: Vec<String>,
    field: String,
    quoted: bool,
}

impl CsvParser {
    pub(super) fn new(delimiter: char) -> CsvParser {
        CsvParser { delimiter, record: Vec::new(), field: String::new(), quoted: false }
    }

    /// The next line, without its line break: the record it completes, if any.
    pub(super) fn line(&mut self, line: &str) -> Option<Vec<String>> {
        let mut fresh = self.field.is_empty() && !self.quoted;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if self.quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        self.field.push('"');
                    }
                    '"' => self.quoted = false,
                    c => self.field.push(c),
                }
            } else {
                match c {
                    '"' if fresh => self.quoted = true,
                    c if c == self.delimiter => self.record.push(std::mem::take(&mut self.field)),
                    '\r' => {}
                    c => self.field.push(c),
                }
            }
            fresh = c == self.delimiter && !self.quoted;
        }
        if self.quoted {
            self.field.push('\n');
            return None;
        }
        self.record.push(std::mem::take(&mut self.field));
        let record = std::mem::take(&mut self.record);
        (record.len() > 1 || !record[0].is_empty()).then_some(record)
    }

    /// How many bytes of an open record are held.
    pub(super) fn pending(&self) -> usize {
        self.field.len() + self.record.iter().map(String::len).sum::<usize>()
    }

    /// Drops the open record.
    pub(super) fn reset(&mut self) {
        (self.field, self.record, self.quoted) = (String::new(), Vec::new(), false);
    }

    /// The record left open by a quote never closed, at the end of the input.
    pub(super) fn finish(&mut self) -> Option<Vec<String>> {
        if self.field.is_empty() && self.record.is_empty() && !self.quoted {
            return None;
        }
        self.quoted = false;
        let field = std::mem::take(&mut self.field);
        self.record.push(field.strip_suffix('\n').map(str::to_string).unwrap_or(field));
        Some(std::mem::take(&mut self.record))
    }
}

/// The records of a whole CSV text, at most `max`.
pub(super) fn parse_csv(text: &str, delimiter: char, max: usize) -> Vec<Vec<String>> {
    let mut parser = CsvParser::new(delimiter);
    let mut records = Vec::new();
    for line in text.split('\n') {
        if records.len() >= max {
            return records;
        }
        records.extend(parser.line(line));
    }
    records.extend(parser.finish().filter(|_| records.len() < max));
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(format: RowFormat, input: &str) -> Vec<Row> {
        let mut reader = RowReader::new("in", format, &DatasetColumns::default());
        let mut rows: Vec<Row> = input.split('\n').filter_map(|line| reader.line(line)).collect();
        rows.extend(reader.finish());
        rows
    }

    fn text(row: &Row) -> &str {
        row.1.as_ref().ok().and_then(|a| a.text.as_deref()).unwrap_or("")
    }

    #[test]
    fn csv_records_may_span_lines_and_quote_quotes() {
        let got = rows(RowFormat::Csv, "id;body\n\n7;\"One; \"\"two\"\"\n\nthree\"\n8;Plain 5\" screen\n");
        assert_eq!(got.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["in#7", "in#8"]);
        assert_eq!(text(&got[0]), "One; \"two\"\n\nthree");
        assert_eq!(text(&got[1]), "Plain 5\" screen");
        // An unclosed quote runs to the end and still gives its row.
        let got = rows(RowFormat::Tsv, "text\n\"open\nstill open");
        assert_eq!(text(&got[0]), "open\nstill open");
    }

    #[test]
    fn a_header_without_text_stops_the_reader_after_one_row_that_says_why() {
        let mut reader = RowReader::new("in", RowFormat::Csv, &DatasetColumns::default());
        let (name, result) = reader.line("title,when").unwrap();
        assert_eq!(name, "in");
        assert!(result.unwrap_err().to_string().contains("no column holds the text"));
        assert!(reader.stopped());
        assert_eq!(reader.line("A,B"), None);
    }

    #[test]
    fn a_broken_json_line_is_a_row_of_its_own_and_reading_goes_on() {
        let got = rows(RowFormat::JsonLines, "{\"text\":\"One.\"}\n{\"text\":\n\n{\"id\":\"z\",\"text\":\"Three.\"}");
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].0, "in#2");
        assert!(got[1].1.as_ref().unwrap_err().to_string().contains("line 2 is not JSON"));
        assert_eq!((got[2].0.as_str(), text(&got[2])), ("in#z", "Three."));
        // The first object decides whether there is a text column at all.
        let got = rows(RowFormat::JsonLines, "{\"headline\":\"H\"}\n{\"text\":\"One.\"}");
        assert_eq!(got.len(), 1);
        assert!(got[0].1.is_err());
    }

    #[test]
    fn a_stream_reads_as_a_file_reads_with_a_byte_order_mark_and_bytes_that_are_not_utf8() {
        let mut reader = RowReader::new("in", RowFormat::Csv, &DatasetColumns::default());
        let mut rows: Vec<Row> = Vec::new();
        for line in [&b"\xEF\xBB\xBFid,text"[..], b"1,\"One", b"caf\xE9 two.\"", b"2,Second."] {
            rows.extend(reader.line_bytes(line));
        }
        let names: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(names, ["in#1", "in#2"]);
        assert_eq!(text(&rows[0]), "One\ncaf\u{FFFD} two.");
        let mut jsonl = RowReader::new("in", RowFormat::JsonLines, &DatasetColumns::default());
        assert!(jsonl.line("\u{FEFF}{\"text\": \"One.\"}").unwrap().1.is_ok());
    }

    #[test]
    fn an_open_quote_gives_up_after_the_file_limit_and_reading_goes_on() {
        let mut reader = RowReader::new("in", RowFormat::Csv, &DatasetColumns::default());
        assert_eq!(reader.line("id,text"), None);
        assert_eq!(reader.line("1,\"never closed"), None);
        let long = "x".repeat(1 << 20);
        let row = (0..17).find_map(|_| reader.line(&long)).expect("an error row");
        assert!(row.1.unwrap_err().to_string().contains("a quote left open"));
        let next = reader.line("2,Fine.").unwrap();
        assert_eq!((next.0.as_str(), text(&next)), ("in#2", "Fine."));
    }

    #[test]
    fn lines_that_are_not_utf8_are_rows_that_say_so() {
        let mut reader = RowReader::new("in", RowFormat::JsonLines, &DatasetColumns::default());
        let bad = reader.line_bytes(b"{\"text\":\"caf\xE9\"}").unwrap();
        assert_eq!(bad.0, "in#1");
        assert!(bad.1.unwrap_err().to_string().contains("line 1 is not UTF-8 (byte 13)"));
        assert_eq!(reader.line_bytes(b"{\"text\":\"Two.\"}").unwrap().0, "in#2");
    }

    #[test]
    fn formats_are_told_from_the_first_line() {
        let sniff = |line| RowFormat::sniff(line, &DatasetColumns::default());
        assert_eq!(sniff("{\"id\": 1, \"text\": \"One.\"}"), Some(RowFormat::JsonLines));
        assert_eq!(sniff("\u{FEFF}id,title,body"), Some(RowFormat::Csv));
        assert_eq!(sniff("id\ttext"), Some(RowFormat::Csv));
        assert_eq!(sniff("{\"text\":"), None);
        assert_eq!(sniff("id,title"), None);
        assert_eq!(sniff("Text, images and video: all here."), None);
        assert_eq!(sniff("<html><body>"), None);
    }

    #[test]
    fn an_article_analyzes_html_or_text_with_its_own_title_and_date() {
        let article = Article {
            text: Some("<p>The minister said aid of $5 million would follow.</p>".into()),
            title: Some(" Aid ".into()),
            date: Some("March 15, 2022".into()),
            ..Article::default()
        };
        let analysis = article.analyze("x".into()).unwrap();
        assert_eq!(analysis.text, "The minister said aid of $5 million would follow.");
        assert_eq!(analysis.record.title.as_deref(), Some("Aid"));
        assert_eq!(analysis.record.published.as_deref(), Some("2022-03-15"));
        assert_eq!(Article::default().analyze("y".into()), Err(ReadError::Empty));
    }
}
