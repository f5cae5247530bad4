//! Runs the `readout` binary as a person would and checks what it prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout")).args(args).output().expect("readout runs")
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout).lines().map(|l| serde_json::from_str(l).expect("one JSON record a line")).collect()
}

/// A scratch folder of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn analyzes_the_sample_folder_into_sorted_records() {
    let out = readout(&["analyze", examples().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let files: Vec<&str> = records.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(
        files,
        [
            "000_d240abb3a1287382.txt",
            "001_58b2ec0da89f2029.txt",
            "002_7d3131608ab47473.txt",
            "003_9af9b8adf236328a.txt"
        ]
    );
    let published: Vec<&Value> = records.iter().map(|r| &r["published"]).collect();
    assert_eq!(
        published,
        [&Value::from("2022-10-11"), &Value::from("2022-03-02"), &Value::Null, &Value::from("2022-03-06")]
    );
    for record in &records {
        for key in ["title", "calls", "quotes", "amounts"] {
            assert!(record.get(key).is_some(), "{key} missing from {record}");
        }
    }
    let amounts: Vec<(f64, &str, &str)> = records[3]["amounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["value"].as_f64().unwrap(), a["currency"].as_str().unwrap(), a["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        amounts,
        [(10e9, "USD", "$10 billion"), (350e6, "USD", "$350 million"), (2.75e9, "USD", "$2.75 billion")]
    );
}

#[test]
fn amount_offsets_point_into_the_analyzed_text() {
    let file = examples().join("003_9af9b8adf236328a.txt");
    let text = readout(&["text", file.to_str().unwrap()]);
    assert!(text.status.success());
    let text: Vec<char> = String::from_utf8(text.stdout).unwrap().chars().collect();
    let out = readout(&["analyze", file.to_str().unwrap()]);
    let amounts = records(&out.stdout)[0]["amounts"].as_array().unwrap().clone();
    assert_eq!(amounts.len(), 3);
    for amount in &amounts {
        let (start, end) = (amount["start"].as_u64().unwrap() as usize, amount["end"].as_u64().unwrap() as usize);
        let span: String = text[start..end].iter().collect();
        assert_eq!(span, amount["text"].as_str().unwrap());
    }
}

#[test]
fn a_bad_file_is_reported_and_the_rest_go_through() {
    let dir = scratch("bad");
    std::fs::write(dir.join("a-empty.txt"), b"").unwrap();
    std::fs::write(dir.join("b-good.txt"), b" date 2023-05-01\nDonors pledged $5 million.").unwrap();
    std::fs::write(dir.join("c-image.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("notes.csv"), b"not, an, article").unwrap();
    let out = readout(&["analyze", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let records = records(&out.stdout);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["file"], "b-good.txt");
    assert_eq!(records[0]["published"], "2023-05-01");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].contains("a-empty.txt") && lines[0].contains("the file is empty"), "{stderr}");
    assert!(lines[1].contains("c-image.html") && lines[1].contains("PNG image"), "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn analyzes_every_format_in_a_folder() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../readout-core/tests/fixtures/formats");
    let out = readout(&["analyze", fixtures.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let files: Vec<&str> = records.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["forwarded.eml", "latin1-article.txt", "notes.md", "report.docx", "saved-page.mhtml"]);
    for record in &records {
        assert_eq!(record["published"], "2023-03-14", "{record}");
        assert_eq!(record["calls"].as_array().unwrap().len(), 1, "{record}");
    }
}

#[test]
fn other_zip_archives_are_refused_by_name() {
    let dir = scratch("zip");
    let zip = dir.join("photos.docx");
    std::fs::write(&zip, b"PK\x03\x04\x14\0\0\0\0\0").unwrap();
    let out = readout(&["analyze", zip.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("photos.docx: this ZIP archive cannot be read"), "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_path_fails_with_its_name() {
    let out = readout(&["analyze", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/folder: no such file or folder"));
}

#[test]
fn table_format_is_readable() {
    let file = examples().join("003_9af9b8adf236328a.txt");
    let out = readout(&["analyze", "--format", "table", file.to_str().unwrap()]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("003_9af9b8adf236328a.txt  (2022-03-06)\n"), "{table}");
    assert!(table.contains("$350 million"), "{table}");
}

#[test]
fn table_format_puts_the_caller_first_with_an_arrow() {
    let dir = scratch("caller");
    let file = dir.join("calls.txt");
    std::fs::write(
        &file,
        " date 2024-05-08\nPresident Anna Berg phoned Chancellor Otto Lind on Monday.\nPresident Anna Berg spoke \
         with Prime Minister Maria Vos by phone on Tuesday.\n",
    )
    .unwrap();
    let out = readout(&["analyze", "--format", "table", file.to_str().unwrap()]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("2024-05-06  Anna Berg \u{2192} Otto Lind  (Phone)"), "{table}");
    assert!(table.contains("2024-05-07  Anna Berg \u{2194} Maria Vos  (Phone)"), "{table}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn text_prints_a_web_pages_readable_text() {
    let dir = scratch("html");
    let page = dir.join("page.html");
    std::fs::write(&page, "<html><head><title>T</title><script>var x=1</script></head><body><p>One.</p><p>Two &amp; three.</p></body></html>").unwrap();
    let out = readout(&["text", page.to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "One.\n\nTwo & three.\n");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn help_and_usage_errors() {
    let help = readout(&["--help"]);
    assert!(help.status.success());
    let help = String::from_utf8(help.stdout).unwrap();
    for word in ["readout analyze", "readout text", "--format jsonl|table"] {
        assert!(help.contains(word), "{word} missing from help");
    }
    let bad = readout(&["analyze", "--format", "xml", "x"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--format takes"));
    assert_eq!(readout(&["frobnicate"]).status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn a_symlink_cycle_in_a_folder_is_not_followed() {
    let dir = scratch("cycle");
    std::fs::write(dir.join("a.txt"), b" date 2023-05-01\nDonors pledged $5 million.").unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("loop")).unwrap();
    let out = readout(&["analyze", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(records(&out.stdout).len(), 1);
    std::fs::remove_dir_all(dir).unwrap();
}

fn multi(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/multi").join(name).to_string_lossy().into_owned()
}

fn files_and_dates(records: &[Value]) -> Vec<(String, Value)> {
    records.iter().map(|r| (r["file"].as_str().unwrap().to_string(), r["published"].clone())).collect()
}

#[test]
fn every_document_of_an_archive_and_of_datasets_gets_a_record() {
    let inputs = ["list.json", "articles.zip", "feed.jsonl", "export.csv"].map(multi);
    let out = readout(&["analyze", &inputs[0], &inputs[1], &inputs[2], &inputs[3]]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let date = |d: &str| Value::from(d);
    assert_eq!(
        files_and_dates(&records),
        [
            ("articles.zip/a-call.txt".to_string(), date("2023-05-02")),
            ("articles.zip/budget/b-bridges.txt".to_string(), Value::Null),
            ("articles.zip/c-harbour.html".to_string(), date("2023-06-01")),
            ("export.csv#n1".to_string(), date("2023-05-03")),
            ("export.csv#n2".to_string(), date("2023-06-01")),
            ("feed.jsonl#f1".to_string(), date("2023-03-01")),
            ("feed.jsonl#f2".to_string(), date("2023-03-02")),
            ("list.json#1".to_string(), date("2023-04-10")),
            ("list.json#2".to_string(), Value::Null),
        ]
    );
    assert_eq!(records[2]["title"], "Harbour deal signed");
    assert_eq!(records[3]["title"], "Bridges funded");
    assert_eq!(records[3]["quotes"][0]["text"], "We need them,");
    assert_eq!(records[7]["amounts"][0]["text"], "$3 million");
}

#[test]
fn dataset_columns_can_be_named() {
    let custom = multi("custom.csv");
    let out = readout(&["analyze", &custom]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("custom.csv: this CSV file cannot be read: no column holds the text"), "{stderr}");
    let out = readout(&[
        "analyze",
        "--text-column",
        "story text",
        "--title-column=headline",
        "--date-column",
        "DAY",
        &custom,
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["file"], "custom.csv#1");
    assert_eq!(records[0]["title"], "Library opens");
    assert_eq!(records[0]["published"], "2023-07-04");
    let out = readout(&["text", "--text-column", "Story Text", &custom]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "The new library opened its doors; readers queued early.\n");
    assert_eq!(readout(&["analyze", "--text-column"]).status.code(), Some(2));
}

#[test]
fn folders_yield_archives_and_datasets_and_skip_data_files_without_articles() {
    let dir = scratch("multi-folder");
    std::fs::copy(multi("articles.zip"), dir.join("articles.zip")).unwrap();
    std::fs::write(dir.join("rows.csv"), "title,body\nA,\"One\nstory.\"\n,\n").unwrap();
    std::fs::write(dir.join("gold.jsonl"), "{\"file\":\"x.txt\",\"calls\":[]}\n").unwrap();
    let out = readout(&["analyze", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The row without text fails alone, named by its document name.
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("rows.csv#2: the file is empty"), "{stderr}");
    assert!(stderr.contains("gold.jsonl: skipped"), "{stderr}");
    let files: Vec<String> = records(&out.stdout).iter().map(|r| r["file"].as_str().unwrap().to_string()).collect();
    assert_eq!(
        files,
        ["articles.zip/a-call.txt", "articles.zip/budget/b-bridges.txt", "articles.zip/c-harbour.html", "rows.csv#1"]
    );
    // Named as well as found in the folder, the data file is read as named: it fails.
    let gold = dir.join("gold.jsonl");
    let out = readout(&["analyze", dir.to_str().unwrap(), gold.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("skipped") && stderr.contains("gold.jsonl: this JSON Lines file cannot be read"),
        "{stderr}"
    );
    assert_eq!(records(&out.stdout).len(), 4, "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn text_prints_each_document_of_a_file_under_its_name() {
    let out = readout(&["text", &multi("feed.jsonl")]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "==> feed.jsonl#f1 <==\nThe mayor said the park would reopen in May.\n\n\
         ==> feed.jsonl#f2 <==\nThe school board spent $250,000 on new books.\n"
    );
}
