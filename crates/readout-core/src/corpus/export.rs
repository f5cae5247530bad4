use super::*;

/// The view as document records, the CLI's JSON (an array of them, pretty-printed): one
/// record per document with an item in the view, in the order documents first appear,
/// holding the items as that document reported them. `file` is the document's name as
/// the view knows it, `title` what `title_of` gives for it.
pub fn to_json(view: &Corpus, title_of: impl Fn(&str) -> Option<String>) -> String {
    let mut records: Vec<Record> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for s in view.calls.iter().flat_map(|r| &r.sources) {
        record_of(&mut records, &mut index, s).calls.push(s.item.clone());
    }
    for s in view.quotes.iter().flat_map(|r| &r.sources) {
        record_of(&mut records, &mut index, s).quotes.push(s.item.clone());
    }
    for s in &view.amounts {
        record_of(&mut records, &mut index, s).amounts.push(s.item.clone());
    }
    for record in &mut records {
        record.title = title_of(&record.file);
        order_by_span(&mut record.calls, |c| (c.evidence[0], c.evidence[1]));
        order_by_span(&mut record.quotes, |q| (q.start, q.end));
        order_by_span(&mut record.amounts, |a| (a.start, a.end));
    }
    serde_json::to_string_pretty(&records).unwrap_or_default()
}

/// Sorts `items` by `span` stably (equal spans keep their order): their indices are
/// sorted with the spans, so the three kinds of item share one sort in the page's wasm.
pub(super) fn order_by_span<T>(items: &mut Vec<T>, span: impl Fn(&T) -> (usize, usize)) {
    let mut order: Vec<((usize, usize), usize)> = items.iter().enumerate().map(|(i, t)| (span(t), i)).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&(_, i)| slots[i].take()));
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

/// The calls of a view as CSV: one line per report, `row` numbering the merged row it
/// belongs to (from 1), then `file`, `published` and the call's record fields; lists are
/// joined by "; " and `evidence` is written `start-end`.
pub fn calls_csv(rows: &[CallRow]) -> String {
    let mut csv =
        Csv::new(&["row", "file", "published", "participants", "date", "date_text", "medium", "topics", "evidence"]);
    for (n, row) in rows.iter().enumerate() {
        for s in &row.sources {
            let c = &s.item;
            csv.line(&[
                &(n + 1).to_string(),
                &s.document,
                opt(&s.published),
                &c.participants.join("; "),
                opt(&c.date),
                opt(&c.date_text),
                c.medium.name(),
                &c.topics.join("; "),
                &format!("{}-{}", c.evidence[0], c.evidence[1]),
            ]);
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

/// CSV text as RFC 4180 writes it: lines end in CRLF; a field holding a comma, a quote
/// mark or a line break is quoted, its quote marks doubled. A field that a spreadsheet
/// would run as a formula (it starts with `=`, `+`, `@`, a tab, or `-` before anything
/// but a digit or `-`) gets a leading `'`, so that an article cannot put a formula in
/// the analyst's spreadsheet.
pub(super) struct Csv {
    text: String,
}

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { text: String::new() };
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
                Some('-') => chars.next().is_some_and(|c| !(c.is_ascii_digit() || c == '-')),
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
