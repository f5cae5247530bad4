//! Property tests: `analyze` never panics, whatever the bytes, and every offset it
//! returns (the record's and the marks') points inside the analyzed text.
//!
//! 256 cases per property by default; `PROPTEST_CASES=20000 cargo test --release -p
//! readout-core --test never_panics` for a long run. Failing inputs are saved in
//! `proptest-regressions/never_panics.txt` and replayed first on every later run.

#[path = "common/shapes.rs"]
mod shapes;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use readout_core::{analyze, analyze_many, Analysis, MarkKind};

/// Pieces of news prose, HTML and odd punctuation that random concatenation turns into
/// text the extractors actually act on: quotes of every kind, money, dates, names, verbs.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    " ", " ", " ", " ", "\n", "\n\n", ".", ".", ",", ",", ":", ";", "-", "(", ")", "!", "?",
    "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\"", "\u{AB}", "\u{BB}",
    "\u{2014}", "\u{2013}", "$", "\u{20AC}", "\u{A3}", "\u{20B9}", "US$", "@", "#",
    "0", "1", "2", "3", "5", "9", "10", "2.5", "1,000", "40", "2022", "2025", "12", "31",
    "a", "e", "s", "A", "Z", "\u{E9}", "\u{FEFF}", "\u{200B}", "\u{1F600}", "\t",
    // Letters whose case forms differ in length, combining marks, odd spaces and breaks.
    "\u{130}", "\u{212A}", "\u{1E9E}", "\u{DF}", "\u{3A3}", "\u{FB01}", "\u{301}", "\u{A0}",
    "\u{2009}", "\u{2028}", "\u{2026}", "\u{FF04}", "\u{130}stanbul", "\u{C9}lys\u{E9}e",
    "President", "Biden", "Joe", "Zelenskyy", "Zelensky", "Volodymyr", "Putin", "Macron",
    "Mr.", "Dr.", "U.S.", "Secretary", "of", "State", "Blinken", "Prime", "Minister",
    "Ukraine", "Ukrainian", "Russia", "Kyiv", "the", "The", "a", "and", "to", "in", "on",
    "that", "he", "she", "they", "He", "She", "his", "leader", "White", "House",
    "said", "says", "told", "added", "wrote", "tweeted", "spoke", "talked", "held", "call",
    "phone", "video", "by", "with", "about", "discussed", "agreed", "pledged",
    "million", "billion", "bn", "m", "trillion", "dollars", "euros", "pounds", "rupees",
    "aid", "military", "humanitarian", "package", "loan",
    "Monday", "Tuesday", "Sunday", "yesterday", "today", "last", "week", "night",
    "January", "March", "Jan.", "Sept.", "May", "Dec", "date", "2022-03-01",
    "@POTUS", "@ZelenskyyUa", "#Ukraine", "on Twitter", "according", "statement",
    "<p>", "</p>", "<script>", "</script>", "<br>", "<h1>", "</h1>", "<a href=\"x\">",
    "</a>", "<!--", "-->", "&amp;", "&quot;", "&#8220;", "&", "<", ">", "<html>",
    "<blockquote>", "</blockquote>", "<title>", "</title>",
    " President Joe Biden ", " Volodymyr Zelenskyy ", " spoke by phone with ", " held a call with ",
    " had a video call with ", " on Monday", " on March 3", " said in a statement", ". ",
    " $2.5 billion ", " \u{20AC}40 million ", " \u{201C}We will win,\u{201D} he said. ",
    " said: \u{201C}", "\u{201D} ", " the two leaders discussed ", " told reporters",
];

/// File names for every reader: plain text, HTML, Markdown, and anything else.
fn name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["a.txt", "dir/b.html", "c.htm", "d.md", "e", "f.json", "g.HTML"])
}

/// File names for the readers of several documents (datasets, archives), and one whose
/// kind is sniffed from the content.
fn many_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["a.csv", "b.tsv", "c.json", "d.jsonl", "e.zip", "f", "g.txt"])
}

/// Dataset-like bytes: a header naming text, title and date columns, then rows of news-like
/// text, sometimes quoted, as CSV, JSON Lines or a JSON array.
fn dataset() -> impl Strategy<Value = Vec<u8>> {
    (prop::collection::vec(news(), 0..4), 0..3usize).prop_map(|(rows, shape)| {
        let out = match shape {
            0 => {
                let mut csv = String::from("id,title,date,text\n");
                for (i, row) in rows.iter().enumerate() {
                    csv.push_str(&format!("{i},T{i},2024-01-0{},\"{}\"\n", i % 9 + 1, row.replace('"', "\"\"")));
                }
                csv
            }
            1 => rows.iter().map(|r| format!("{{\"text\":{},\"date\":\"2024-02-03\"}}\n", json(r))).collect(),
            _ => {
                format!("[{}]", rows.iter().map(|r| format!("{{\"body\":{}}}", json(r))).collect::<Vec<_>>().join(","))
            }
        };
        out.into_bytes()
    })
}

/// `text` as a JSON string.
fn json(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// News-like text of at most ~3 KB, sometimes behind a ` date YYYY-MM-DD` line.
fn news() -> impl Strategy<Value = String> {
    let body = prop::collection::vec(prop::sample::select(PIECES), 0..600).prop_map(|pieces| {
        let mut text = String::new();
        for piece in pieces {
            if text.len() + piece.len() > 3000 {
                break;
            }
            text.push_str(piece);
        }
        text
    });
    (prop::option::of(prop::sample::select(vec![" date 2022-03-01\n", " date 2025-12-31 "])), body)
        .prop_map(|(line, body)| format!("{}{body}", line.unwrap_or("")))
}

/// Arbitrary bytes (≤ 4 KB): raw, arbitrary Unicode, UTF-16 with a byte-order mark, or
/// news-like text with raw bytes spliced in.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096),
        prop::collection::vec(any::<char>(), 0..1024).prop_map(|cs| cs.into_iter().collect::<String>().into_bytes()),
        news().prop_map(|s| {
            let mut b = vec![0xFF, 0xFE];
            b.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
            b.truncate(4096);
            b
        }),
        (news(), prop::collection::vec(any::<u8>(), 0..8), any::<prop::sample::Index>()).prop_map(|(s, junk, at)| {
            let mut b = s.into_bytes();
            let at = at.index(b.len() + 1);
            b.splice(at..at, junk);
            b
        }),
    ]
}

/// Text of the pathological shapes (`common/shapes.rs`, timed by `benches/scaling.rs`):
/// one unit repeated up to 6 KB, with news-like text around it, and the file name its
/// shape is read as.
fn shaped() -> impl Strategy<Value = (&'static str, String)> {
    (prop::sample::select(shapes::SHAPES), 1..6000usize, news(), news()).prop_map(
        |((_, file, unit), bytes, before, after)| (file, format!("{before}{}{after}", shapes::repeat(unit, bytes))),
    )
}

/// Every quote, amount and call points inside the text; amounts cover exactly their words.
fn check_offsets(analysis: &Analysis) -> Result<(), TestCaseError> {
    let text = &analysis.text;
    let len = text.chars().count();
    for q in &analysis.record.quotes {
        prop_assert!(q.start <= q.end && q.end <= len, "quote {q:?} outside 0..{len}");
    }
    for a in &analysis.record.amounts {
        prop_assert!(a.start <= a.end && a.end <= len, "amount {a:?} outside 0..{len}");
        let covered: String = text.chars().skip(a.start).take(a.end - a.start).collect();
        prop_assert_eq!(&covered, &a.text, "amount offsets do not cover its text");
    }
    for c in &analysis.record.calls {
        let [start, end] = c.evidence;
        prop_assert!(start <= end && end <= len, "call evidence {:?} outside 0..{len}", c.evidence);
    }
    let record = &analysis.record;
    {
        let marks = &analysis.marks;
        for (m, next) in marks.iter().zip(marks.iter().skip(1).map(Some).chain([None])) {
            prop_assert!(m.start < m.end && m.end <= len, "mark {m:?} outside 0..{len}");
            let records = match m.kind {
                MarkKind::Call | MarkKind::Date => record.calls.len(),
                MarkKind::Quote | MarkKind::Speaker => record.quotes.len(),
                MarkKind::Amount => record.amounts.len(),
            };
            prop_assert!(m.record.is_none_or(|r| r < records), "mark {m:?} names no record");
            prop_assert!(m.kind == MarkKind::Date || m.record.is_some(), "mark {m:?} has no record");
            if let Some(next) = next {
                prop_assert!((m.start, next.end) <= (next.start, m.end), "marks out of order: {m:?} {next:?}");
            }
        }
    }
    let marked = |kind: MarkKind| analysis.marks.iter().filter(|m| m.kind == kind).count();
    prop_assert_eq!(marked(MarkKind::Call), record.calls.iter().filter(|c| c.evidence[0] < c.evidence[1]).count());
    prop_assert_eq!(marked(MarkKind::Quote), record.quotes.iter().filter(|q| q.start < q.end).count());
    prop_assert_eq!(marked(MarkKind::Amount), record.amounts.iter().filter(|a| a.start < a.end).count());
    Ok(())
}

/// 256 cases per property unless `PROPTEST_CASES` says otherwise (an explicit config
/// would otherwise override the variable). Failures are kept in
/// `proptest-regressions/never_panics.txt` (proptest finds its default place only for
/// tests beside a `lib.rs` or `main.rs`).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256);
    let persistence = FileFailurePersistence::Direct("proptest-regressions/never_panics.txt");
    ProptestConfig { cases, failure_persistence: Some(Box::new(persistence)), ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn never_panics_on_arbitrary_bytes(name in name(), bytes in bytes()) {
        if let Ok(analysis) = analyze(name, &bytes) {
            check_offsets(&analysis)?;
        }
    }

    #[test]
    fn offsets_are_valid_on_news_like_text(name in name(), text in news()) {
        if let Ok(analysis) = analyze(name, text.as_bytes()) {
            check_offsets(&analysis)?;
        }
    }

    #[test]
    fn pathological_shapes_are_read(input in shaped()) {
        let (name, text) = input;
        if let Ok(analysis) = analyze(name, text.as_bytes()) {
            check_offsets(&analysis)?;
        }
    }

    #[test]
    fn analyze_many_never_panics(name in many_name(), bytes in prop_oneof![bytes(), dataset()]) {
        for (_, result) in analyze_many(name, &bytes) {
            if let Ok(analysis) = result {
                check_offsets(&analysis)?;
            }
        }
    }
}
