//! Fuzzes `readout_core::analyze` and `analyze_many`: whatever the bytes and whatever the
//! file name's extension, neither panics, and every offset lies inside the analyzed text.
//!
//! The first input byte picks the file name (and so the reader: text, HTML, Markdown,
//! e-mail, saved page, Word, datasets, or none); the rest is the file's content.

#![no_main]

use libfuzzer_sys::fuzz_target;
use readout_core::{analyze, analyze_many, Analysis};

/// One name per reader the core picks by extension, and one it must sniff.
const NAMES: &[&str] = &[
    "a.txt", "b.html", "c.md", "d.eml", "e.mhtml", "f.docx", "g.csv", "h.tsv", "i.json", "j.jsonl", "k",
    "dir/l.htm", "m.zip",
];

/// Every quote, amount and call lies inside the text; an amount covers exactly its words.
fn check(analysis: &Analysis) {
    let text = &analysis.text;
    let len = text.chars().count();
    for q in &analysis.record.quotes {
        assert!(q.start <= q.end && q.end <= len, "quote {q:?} outside 0..{len}");
    }
    for a in &analysis.record.amounts {
        assert!(a.start <= a.end && a.end <= len, "amount {a:?} outside 0..{len}");
        let covered: String = text.chars().skip(a.start).take(a.end - a.start).collect();
        assert_eq!(covered, a.text, "amount offsets do not cover its text");
    }
    for c in &analysis.record.calls {
        let [start, end] = c.evidence;
        assert!(start <= end && end <= len, "call evidence {:?} outside 0..{len}", c.evidence);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(analysis) = analyze(name, bytes) {
        check(&analysis);
    }
    for (_, result) in analyze_many(name, bytes) {
        if let Ok(analysis) = result {
            check(&analysis);
        }
    }
});
