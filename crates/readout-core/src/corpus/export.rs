use super::*;

/// The view as document records, the CLI's JSON (an array of them, pretty-printed), for
/// the page's export: one record per document of `documents` (each named as the view
/// knows it, with its analysis), in their order, holding the view's items as that
/// document reported them, with its title, publication date and `text` ([`saved`]), so
/// that the export dropped on the page again gives the same rows and articles. A
/// document of the view not among `documents` gets a record after them, without text.
pub fn to_json<'a>(view: &Corpus, documents: impl IntoIterator<Item = (&'a str, &'a Analysis)>) -> String {
    let mut records: Vec<Record> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (name, analysis) in documents {
        index.entry(name.to_string()).or_insert_with(|| {
            let r = &analysis.record;
            records.push(Record {
                file: name.to_string(),
                published: r.published.clone(),
                title: r.title.clone(),
                ..Record::default()
            });
            texts.push(&analysis.text);
            records.len() - 1
        });
    }
    for s in view.calls.iter().flat_map(|r| &r.sources) {
        record_of(&mut records, &mut index, s).calls.push(s.item.clone());
    }
    for s in view.quotes.iter().flat_map(|r| &r.sources) {
        record_of(&mut records, &mut index, s).quotes.push(s.item.clone());
    }
    for s in &view.amounts {
        record_of(&mut records, &mut index, s).amounts.push(s.item.clone());
    }
    texts.resize(records.len(), "");
    for record in &mut records {
        crate::order::sort_by_key(&mut record.calls, |c| (c.evidence[0], c.evidence[1]));
        crate::order::sort_by_key(&mut record.quotes, |q| (q.start, q.end));
        crate::order::sort_by_key(&mut record.amounts, |a| (a.start, a.end));
    }
    let saved: Vec<String> = records.iter().zip(texts).map(|(record, text)| saved(record, text)).collect();
    if saved.is_empty() {
        return "[]".to_string();
    }
    format!("[\n{}\n]", saved.join(",\n"))
}

/// The record of a source's document among `records`, added when it is not there yet.
pub(super) fn record_of<'r, T>(
    records: &'r mut Vec<Record>,
    index: &mut HashMap<String, usize>,
    source: &Source<T>,
) -> &'r mut Record {
    let i = *index.entry(source.document.clone()).or_insert_with(|| {
        records.push(Record {
            file: source.document.clone(),
            published: source.published.clone(),
            title: None,
            calls: Vec::new(),
            quotes: Vec::new(),
            amounts: Vec::new(),
        });
        records.len() - 1
    });
    &mut records[i]
}

/// What the call export reads of a document: its title and the text its offsets count
/// characters into.
pub struct DocumentText<'a> {
    pub title: Option<&'a str>,
    pub text: &'a str,
}

/// The calls of a view as CSV, for a spreadsheet: one line per report, `row` numbering
/// the merged row it belongs to (from 1), then the document (`file`, `title`,
/// `published`), the call's `date` with its precision (`day`, or `day, year unknown` for
/// "--MM-DD"), `date_text`, `medium`, one column per participant, the `caller` where the
/// report says who placed the call, `topics` (joined by "; "), the `evidence` sentence
/// itself and its offsets (`start`, `end`). `document` gives each document's title and
/// text.
pub fn calls_csv<'a>(rows: &[CallRow], document: impl Fn(&str) -> Option<DocumentText<'a>>) -> String {
    let sides = rows.iter().flat_map(|r| &r.sources).map(|s| s.item.participants.len()).max().unwrap_or(0);
    let participants: Vec<String> = (1..=sides.max(2)).map(|i| format!("participant_{i}")).collect();
    let mut header = vec!["row", "file", "title", "published", "date", "date_precision", "date_text", "medium"];
    header.extend(participants.iter().map(String::as_str));
    header.extend(["caller", "topics", "evidence", "start", "end"]);
    let mut csv = Csv::new(&header);
    let mut chars: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, row) in rows.iter().enumerate() {
        for s in &row.sources {
            let c = &s.item;
            let doc = document(&s.document);
            let sentence = doc.as_ref().map_or("", |d| {
                // Where each character starts, per document once: offsets count characters.
                let starts =
                    chars.entry(s.document.as_str()).or_insert_with(|| d.text.char_indices().map(|(i, _)| i).collect());
                let at = |i: usize| starts.get(i).copied().unwrap_or(d.text.len());
                d.text.get(at(c.evidence[0])..at(c.evidence[1])).unwrap_or("")
            });
            let precision = match c.date.as_deref() {
                Some(d) if d.starts_with("--") => "day, year unknown",
                Some(_) => "day",
                None => "",
            };
            let number = (n + 1).to_string();
            let mut fields = vec![
                number.as_str(),
                &s.document,
                doc.as_ref().and_then(|d| d.title).unwrap_or(""),
                opt(&s.published),
                opt(&c.date),
                precision,
                opt(&c.date_text),
                c.medium.name(),
            ];
            fields.extend((0..participants.len()).map(|i| c.participants.get(i).map_or("", String::as_str)));
            let topics = c.topics.join("; ");
            let (start, end) = (c.evidence[0].to_string(), c.evidence[1].to_string());
            fields.extend([opt(&c.caller), topics.as_str(), sentence.trim(), &start, &end]);
            csv.line(&fields);
        }
    }
    csv.text
}

/// The quotes of a view as CSV: one line per report, as [`calls_csv`].
pub fn quotes_csv(rows: &[QuoteRow]) -> String {
    let mut csv = Csv::new(&["row", "file", "published", "text", "speaker", "cue", "start", "end"]);
    for (n, row) in rows.iter().enumerate() {
        for s in &row.sources {
            let q = &s.item;
            csv.line(&[
                &(n + 1).to_string(),
                &s.document,
                opt(&s.published),
                &q.text,
                opt(&q.speaker),
                opt(&q.cue),
                &q.start.to_string(),
                &q.end.to_string(),
            ]);
        }
    }
    csv.text
}

/// The amounts of a view as CSV: one line per amount, `file`, `published` and the
/// amount's record fields.
pub fn amounts_csv(rows: &[AmountRow]) -> String {
    let mut csv = Csv::new(&[
        "file",
        "published",
        "text",
        "value",
        "value_max",
        "currency",
        "category",
        "donor",
        "recipient",
        "start",
        "end",
    ]);
    for s in rows {
        let a = &s.item;
        csv.line(&[
            &s.document,
            opt(&s.published),
            &a.text,
            &a.value.to_string(),
            &a.value_max.map(|v| v.to_string()).unwrap_or_default(),
            &a.currency,
            a.category.map(Category::name).unwrap_or(""),
            opt(&a.donor),
            opt(&a.recipient),
            &a.start.to_string(),
            &a.end.to_string(),
        ]);
    }
    csv.text
}

/// Aid totals as CSV, the fields of [`Total`].
pub fn totals_csv(totals: &[Total]) -> String {
    let mut csv = Csv::new(&["donor", "category", "currency", "value", "value_max", "pledges"]);
    for t in totals {
        csv.line(&[
            opt(&t.donor),
            t.category.name(),
            &t.currency,
            &t.value.to_string(),
            &t.value_max.map(|v| v.to_string()).unwrap_or_default(),
            &t.pledges.to_string(),
        ]);
    }
    csv.text
}

/// Any table as CSV, written as the exports above are: `header`, then one line per row.
pub fn csv_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut csv = Csv::new(header);
    for row in rows {
        csv.line(&row.iter().map(String::as_str).collect::<Vec<_>>());
    }
    csv.text
}

pub(super) fn opt(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

/// CSV text as RFC 4180 writes it, for spreadsheets: a UTF-8 byte order mark first (so
/// Excel reads "Erdoğan" as written), lines ending in CRLF; a field holding a comma, a
/// quote mark or a line break is quoted, its quote marks doubled. A field that a
/// spreadsheet would run as a formula (it starts with `=`, `+`, `@`, a tab, or `-` unless
/// it is a plain number) gets a leading `'`, so that an article cannot put a formula in
/// the analyst's spreadsheet.
pub(super) struct Csv {
    text: String,
}

/// Digits with at most one decimal point ("20", "2.75"): a negative number after a `-`.
/// (Parsing a float would bring its parser into the page's wasm.)
fn is_plain_number(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    let points = s.bytes().filter(|&b| b == b'.').count();
    digits > 0 && points <= 1 && digits + points == s.len()
}

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { text: String::from("\u{FEFF}") };
        csv.line(header);
        csv
    }

    fn line(&mut self, fields: &[&str]) {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            let mut chars = field.chars();
            let formula = match chars.next() {
                Some('=' | '+' | '@' | '\t' | '\r') => true,
                Some('-') => !is_plain_number(&field[1..]),
                _ => false,
            };
            let field = if formula { format!("'{field}") } else { field.to_string() };
            if field.contains([',', '"', '\n', '\r']) {
                self.text.push('"');
                self.text.push_str(&field.replace('"', "\"\""));
                self.text.push('"');
            } else {
                self.text.push_str(&field);
            }
        }
        self.text.push_str("\r\n");
    }
}
