//! The streaming command line: standard input read row by row, large datasets streamed,
//! documents analyzed in parallel and written in order, and each command's own help.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn readout_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("readout runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from a thread of its own: readout writes while it reads.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout")).args(args).output().expect("readout runs")
}

fn files(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a record")["file"].as_str().unwrap().to_string())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn multi(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/multi").join(name)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-stream-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn json_lines_on_standard_input_give_what_the_file_gives() {
    let feed = multi("feed.jsonl");
    let bytes = std::fs::read(&feed).unwrap();
    let from_file = readout(&["analyze", feed.to_str().unwrap()]);
    let streamed = readout_with_input(&["analyze", "--name", "feed.jsonl", "-"], &bytes);
    assert!(streamed.status.success(), "{}", stderr(&streamed));
    assert_eq!(streamed.stdout, from_file.stdout);
    let unnamed = readout_with_input(&["analyze", "-"], &bytes);
    assert_eq!(files(&unnamed), ["stdin#f1", "stdin#f2"]);
}

#[test]
fn a_broken_line_is_reported_with_its_number_and_the_stream_goes_on() {
    let input = b"{\"text\": \"Donors pledged $5 million.\"}\n{\"text\": \"cut sh\n\n{\"text\": \"Caf\xE9 owners gave $2,000.\"}\n{\"text\": \"The mayor said so.\"}\n";
    let out = readout_with_input(&["analyze", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(files(&out), ["stdin#1", "stdin#4"]);
    let messages = stderr(&out);
    assert!(messages.contains("stdin#2: this JSON Lines file cannot be read: line 2 is not JSON"), "{messages}");
    assert!(messages.contains("stdin#3: this JSON Lines file cannot be read: line 4 is not UTF-8"), "{messages}");
    assert_eq!(messages.lines().count(), 2, "{messages}");
}

#[test]
fn csv_and_single_documents_on_standard_input() {
    let csv = b"id,title,body\n7,Aid,\"Donors pledged $5 million,\nthe minister said.\"\n8,Other,The mayor spoke.\n";
    let out = readout_with_input(&["analyze", "-"], csv);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files(&out), ["stdin#7", "stdin#8"]);
    let tsv = readout_with_input(&["analyze", "--input", "tsv", "-"], b"text\nOne story.\n");
    assert_eq!(files(&tsv), ["stdin#1"]);
    // Anything that is no dataset is one document; --input text says so outright.
    let article = b"\n\nDonors pledged $5 million on Monday, the minister said.\n";
    let out = readout_with_input(&["analyze", "--name", "today.txt", "-"], article);
    assert_eq!(files(&out), ["today.txt"]);
    let as_text = readout_with_input(&["analyze", "--input", "text", "-"], b"{\"text\": \"x\"}\n");
    assert_eq!(files(&as_text), ["stdin"]);
    let page =
        readout_with_input(&["analyze", "--format", "table", "-"], b"<html><title>T</title><p>Hello there, all.</p>");
    assert!(String::from_utf8_lossy(&page.stdout).starts_with("stdin  (date unknown)\n  T\n"));
    let empty = readout_with_input(&["analyze", "-"], b"");
    assert_eq!(empty.status.code(), Some(1));
    assert!(stderr(&empty).contains("stdin: the file is empty"), "{}", stderr(&empty));
}

#[test]
fn parallel_analysis_writes_what_one_thread_writes_in_the_same_order() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/dev");
    let one = readout(&["analyze", "--jobs", "1", dev.to_str().unwrap()]);
    let four = readout(&["analyze", "--jobs=4", dev.to_str().unwrap()]);
    assert!(one.status.success() && four.status.success());
    assert!(files(&one).len() >= 44);
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(readout(&["analyze", "--jobs", "0", "x"]).status.code(), Some(2));
}

#[test]
fn a_dataset_over_the_file_limit_is_streamed() {
    let dir = scratch("large");
    let path = dir.join("large.jsonl");
    let padding = " ".repeat(20_000);
    let mut lines = String::new();
    for i in 0..900 {
        lines.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Donors pledged ${i} million.\", \"pad\": \"{padding}\"}}\n"
        ));
    }
    assert!(lines.len() > 16 * 1024 * 1024);
    std::fs::write(&path, &lines).unwrap();
    let out = readout(&["analyze", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = files(&out);
    assert_eq!(files.len(), 900);
    assert_eq!((files[0].as_str(), files[899].as_str()), ("large.jsonl#0", "large.jsonl#899"));
    let streamed = readout_with_input(&["analyze", "--name", "large.jsonl", "-"], lines.as_bytes());
    assert_eq!(streamed.stdout, out.stdout);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn each_command_answers_its_own_help() {
    for (args, heading) in [
        (vec!["analyze", "--help"], "readout analyze [OPTIONS] PATH..."),
        (vec!["eval", "-h"], "readout eval --gold GOLD.jsonl [OPTIONS] PATH..."),
        (vec!["text", "x.txt", "--help"], "readout text [COLUMN OPTIONS] PATH"),
        (vec!["help", "analyze"], "readout analyze [OPTIONS] PATH..."),
    ] {
        let out = readout(&args);
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.starts_with(heading), "{args:?}: {text}");
        assert!(!text.contains("USAGE"), "{args:?} printed the whole help");
    }
    let analyze = String::from_utf8_lossy(&readout(&["analyze", "--help"]).stdout).into_owned();
    assert!(analyze.contains("--jobs N") && analyze.contains("--text-column"));
    for args in
        [vec!["analyze", "-", "x.txt"], vec!["analyze", "--input", "xml", "-"], vec!["analyze", "--name", "n", "x"]]
    {
        assert_eq!(readout(&args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_slow_streams_records_come_out_before_its_end() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["analyze", "--jobs", "2", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("readout runs");
    let mut stdin = child.stdin.take().unwrap();
    let (lines_tx, lines_rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = lines_tx.send(line.unwrap());
        }
    });
    // Each row is written only once the record of the one before has come out: a reader
    // that waited for the end of the input (or for a full chunk) would never answer.
    let wait = std::time::Duration::from_secs(120);
    for i in 1..=3 {
        writeln!(stdin, "{{\"id\": {i}, \"text\": \"Donors pledged ${i} million.\"}}").unwrap();
        stdin.flush().unwrap();
        let record: Value =
            serde_json::from_str(&lines_rx.recv_timeout(wait).expect("a record before the end")).unwrap();
        assert_eq!(record["file"], format!("stdin#{i}"));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
