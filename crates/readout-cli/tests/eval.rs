//! `readout eval`: scoring against gold, in the layout and with the exit status of
//! shared/eval/score.py.

use std::path::PathBuf;
use std::process::{Command, Output};

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout")).args(args).output().expect("readout runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// A scratch folder of its own for one test, with the given files in it.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-eval-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

const GOLD: &str = r#"{"file": "a.txt", "published": "2023-04-03", "calls": [{"participants": ["Anna Berg", "Tom Reed"], "date": "2023-04-02"}], "quotes": [{"text": "We will keep the grain moving", "speaker": "Anna Berg"}, {"text": "It's only a matter of days now", "speaker": "Tom Reed"}], "amounts": [{"value": 5000000, "currency": "USD", "category": "aid"}]}

{"file": "b.txt", "published": null, "calls": [], "quotes": [], "amounts": []}
"#;

const PRED: &str = r#"{"file": "a.txt", "published": "2023-04-03", "calls": [{"participants": ["Reed", "Berg"], "date": null}], "quotes": [{"text": "we will keep the grain moving", "speaker": "Berg"}], "amounts": [{"value": 5000000.0, "currency": "USD", "category": "military"}]}
"#;

fn gold_and_pred(name: &str) -> (String, String) {
    let dir = scratch(name, &[("gold.jsonl", GOLD), ("pred.jsonl", PRED)]);
    let path = |f: &str| dir.join(f).to_str().unwrap().to_string();
    (path("gold.jsonl"), path("pred.jsonl"))
}

#[test]
fn prints_the_report_of_score_py() {
    let (gold, pred) = gold_and_pred("report");
    let out = readout(&["eval", "--gold", &gold, "--pred", &pred, "--per-doc"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        "\
a.txt: calls 1/1 gold, 1 pred; dated 0; quotes 1/2 gold, 1 pred; amounts 1/1 gold, 1 pred; missed quotes: [\"It's only a matter of days now\"]
b.txt: calls 0/0 gold, 0 pred; dated 0; quotes 0/0 gold, 0 pred; amounts 0/0 gold, 0 pred
calls.pairs      P 1.000  R 1.000  F1 1.000  (tp 1, gold 1, pred 1)
calls.dated      P 0.000  R 0.000  F1 0.000  (tp 0, gold 1, pred 1)
quotes           P 1.000  R 0.500  F1 0.667  (tp 1, gold 2, pred 1)
quotes.speaker   P 1.000  R 0.500  F1 0.667  (tp 1, gold 2, pred 1)
amounts          P 1.000  R 1.000  F1 1.000  (tp 1, gold 1, pred 1)
published        accuracy 1.000
amounts.category accuracy 0.000
"
    );
    // b.txt has no prediction: it counts as empty, and says so on stderr.
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 gold document(s) have no record"));
}

#[test]
fn json_is_one_line_of_sorted_metrics() {
    let (gold, pred) = gold_and_pred("json");
    let out = readout(&["eval", "--json", "--per-doc", "--gold", &gold, "--pred", &pred]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        "{\"amounts\": 1.0, \"amounts.category\": 0.0, \"calls.dated\": 0.0, \"calls.pairs\": 1.0, \
         \"published\": 1.0, \"quotes\": 0.6667, \"quotes.speaker\": 0.6667}\n"
    );
}

#[test]
fn min_fails_when_a_metric_is_below_its_bar() {
    let (gold, pred) = gold_and_pred("min");
    let out =
        readout(&["eval", "--json", "--gold", &gold, "--pred", &pred, "--min", "quotes=0.9", "--min=published=0.5"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).ends_with("\nbelow the bar: quotes 0.667 < 0.900\n"), "{}", stdout(&out));
    let out = readout(&["eval", "--json", "--gold", &gold, "--pred", &pred, "--min", "quotes=0.6667"]);
    assert!(out.status.success());
}

#[test]
fn analyzes_the_files_it_is_given() {
    let dir = scratch(
        "analyze",
        &[
            ("a.txt", " date 2023-04-03\nDonors pledged $5 million for the harvest.\n"),
            (
                "gold.jsonl",
                r#"{"file": "a.txt", "published": "2023-04-03", "amounts": [{"value": 5e6, "currency": "USD"}]}"#,
            ),
        ],
    );
    let gold = dir.join("gold.jsonl");
    let out = readout(&["eval", "--json", "--gold", gold.to_str().unwrap(), dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let metrics: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(metrics["amounts"], 1.0);
    assert_eq!(metrics["published"], 1.0);
    assert_eq!(metrics["quotes"], 1.0); // nothing to find, nothing found
}

#[test]
fn wrong_use_is_a_usage_error() {
    let (gold, pred) = gold_and_pred("usage");
    for args in [
        vec!["eval", "somewhere"],
        vec!["eval", "--gold", &gold],
        vec!["eval", "--gold", &gold, "--pred", &pred, "somewhere"],
        vec!["eval", "--gold", &gold, "--min", "speed=1", "--pred", &pred],
        vec!["eval", "--gold", &gold, "--min", "quotes", "--pred", &pred],
        vec!["eval", "--gold", &gold, "--fast", "--pred", &pred],
    ] {
        let out = readout(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("readout --help"), "{args:?}");
    }
}

#[test]
fn a_gold_file_that_is_not_records_is_reported_with_its_line() {
    let dir = scratch("bad-gold", &[("gold.jsonl", "{\"file\": \"a.txt\"}\nnot json\n")]);
    let gold = dir.join("gold.jsonl");
    let out = readout(&["eval", "--gold", gold.to_str().unwrap(), "--pred", gold.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gold.jsonl:2: not a record"));
}

#[test]
fn the_help_explains_eval() {
    let help = stdout(&readout(&["--help"]));
    assert!(help.contains("readout eval --gold GOLD.jsonl"));
    assert!(help.contains("--min METRIC=VALUE"));
}
