//! readout's own records read back: the page's JSON export (records, each with the text
//! its offsets count into) or the CLI's JSON Lines (records alone). Each record is a
//! document again, as it was exported: its rows are not read anew, so a filtered export
//! comes back filtered.

use serde_json::{Map, Value};

use super::Item;
use crate::document::ReadError;
use crate::{marks, Analysis, Record};

/// The key of a record's text in the page's export (the CLI's records have none).
const TEXT: &str = "text";

/// A record as the page exports it, as pretty-printed JSON: the record's own fields in
/// their order and, unless empty, the text its offsets point into, last. (Written into
/// the record's own JSON rather than through a second type or a JSON value: either would
/// add another copy of the record's serializing code to the page.)
pub(crate) fn saved(record: &Record, text: &str) -> String {
    let mut json = serde_json::to_string_pretty(record).unwrap_or_default();
    if !text.is_empty() && json.ends_with("\n}") {
        json.truncate(json.len() - 2);
        json.push_str(&format!(",\n  \"{TEXT}\": {}\n}}", Value::from(text)));
    }
    json
}

/// Whether a JSON object is one of readout's records: it has each of the record's lists
/// and its `file`.
pub(super) fn is_record(object: &Map<String, Value>) -> bool {
    object.get("file").is_some_and(Value::is_string)
        && ["calls", "quotes", "amounts"].iter().all(|list| object.get(*list).is_some_and(Value::is_array))
}

/// How a record is made from its JSON: the record, or why it is none.
pub type Decode<'a> = &'a dyn Fn(Value) -> Result<Record, String>;

/// The documents of readout's records, each named by its `file`.
pub(super) fn documents(values: impl IntoIterator<Item = Value>, decode: Decode) -> Vec<Item> {
    values.into_iter().enumerate().map(|(i, value)| document(i, value, decode)).collect()
}

fn document(i: usize, mut value: Value, decode: Decode) -> Item {
    let text = match value.as_object_mut().and_then(|o| o.remove(TEXT)) {
        Some(Value::String(text)) => text,
        _ => String::new(),
    };
    match decode(value) {
        Ok(record) => {
            let marks = marks::of_record(&record, text.chars().count());
            (record.file.clone(), Ok(Analysis { text, record, marks }))
        }
        Err(e) => {
            let reason = format!("record {} is not one of readout's records ({e})", i + 1);
            (format!("record {}", i + 1), Err(ReadError::Damaged { kind: "readout export", reason }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::many::read_back;

    const ARTICLE: &str = " date 2023-05-09\nThe mayor of Lindfield, Ada Korrow, spoke by phone with \
        Governor Emil Brandt on Monday. Brandt's office pledged $3.5 million in flood relief.";

    fn exported(text: &str) -> String {
        let a = crate::analyze("lindfield.txt", ARTICLE.as_bytes()).unwrap();
        format!("[{}]", saved(&a.record, text))
    }

    #[test]
    fn an_export_with_its_text_reads_back_as_the_same_analysis_bar_speakers_and_dates() {
        let a = crate::analyze("lindfield.txt", ARTICLE.as_bytes()).unwrap();
        let items = read_back("readout.json", exported(&a.text).as_bytes()).unwrap();
        assert_eq!(items.len(), 1);
        let (name, back) = &items[0];
        let back = back.as_ref().unwrap();
        assert_eq!(name, "lindfield.txt");
        assert_eq!((&back.record, &back.text), (&a.record, &a.text));
        assert_eq!(back.marks.iter().filter(|m| m.kind == crate::MarkKind::Amount).count(), 1);
    }

    #[test]
    fn the_text_comes_last_after_the_records_own_fields_in_their_order() {
        let a = crate::analyze("lindfield.txt", ARTICLE.as_bytes()).unwrap();
        let json = saved(&a.record, "Line \"one\"\n");
        assert!(json.starts_with("{\n  \"file\": \"lindfield.txt\",\n  \"published\""), "{json}");
        assert!(json.ends_with(",\n  \"text\": \"Line \\\"one\\\"\\n\"\n}"), "{json}");
        assert_eq!(saved(&a.record, ""), serde_json::to_string_pretty(&a.record).unwrap());
    }

    #[test]
    fn the_clis_json_lines_read_back_without_text_or_marks() {
        let a = crate::analyze("lindfield.txt", ARTICLE.as_bytes()).unwrap();
        let line = serde_json::to_string(&a.record).unwrap();
        for name in ["records.jsonl", "records"] {
            let items = read_back(name, format!("{line}\n{line}\n").as_bytes()).unwrap();
            assert_eq!(items.len(), 2, "{name}");
            let back = items[0].1.as_ref().unwrap();
            assert_eq!(back.record, a.record);
            assert!(back.text.is_empty() && back.marks.is_empty());
        }
    }

    #[test]
    fn a_damaged_record_is_its_own_failure_and_the_others_read() {
        let a = crate::analyze("lindfield.txt", ARTICLE.as_bytes()).unwrap();
        let good = serde_json::to_value(&a.record).unwrap();
        let bad = serde_json::json!({"file": "x.txt", "calls": [{"date": 3}], "quotes": [], "amounts": []});
        let items = read_back("readout.json", serde_json::to_string(&[good, bad]).unwrap().as_bytes()).unwrap();
        assert!(items[0].1.is_ok());
        assert!(items[1].1.as_ref().unwrap_err().to_string().contains("record 2"));
    }

    #[test]
    fn articles_are_no_records_and_analysis_never_reads_records_back() {
        assert!(read_back("articles.json", br#"[{"file": "a.txt", "text": "The mayor spoke."}]"#).is_none());
        assert!(read_back("story.txt", b"{}").is_none());
        let a = crate::analyze("lindfield.txt", ARTICLE.as_bytes()).unwrap();
        let gold = serde_json::to_string(&a.record).unwrap();
        let analyzed = crate::analyze_many("gold.jsonl", gold.as_bytes());
        assert!(analyzed[0].1.is_err(), "a folder's gold records are no articles");
    }

    #[test]
    fn a_records_optional_lists_and_offsets_may_be_missing_as_in_a_gold_file() {
        let gold = r#"{"file": "a.txt", "published": null, "calls": [{"participants": ["A B", "C D"], "date": null, "medium": "phone"}],
            "quotes": [{"text": "We hold", "speaker": "A B"}], "amounts": []}"#;
        let items = read_back("gold.jsonl", gold.as_bytes()).unwrap();
        let record = &items[0].1.as_ref().unwrap().record;
        assert_eq!((record.calls[0].topics.len(), record.calls[0].evidence), (0, [0, 0]));
        assert_eq!((record.quotes[0].start, record.quotes[0].end), (0, 0));
    }
}
