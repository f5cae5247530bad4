//! `readout`: the command line over readout-core. Reads files, hands their bytes to the
//! core, prints what comes back. No extraction logic lives here.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use readout_core::{analyze, Analysis};

const HELP: &str = "\
readout: find who called whom, who said what, and how much money was pledged,
in news articles. Everything runs on this machine; nothing is sent anywhere.

USAGE:
    readout analyze [--format jsonl|table] PATH...
    readout text PATH
    readout --help | --version

COMMANDS:
    analyze   Analyze article files, and every .txt, .md, .html and .htm file inside
              the folders given (recursively). Prints one record per document, sorted
              by file name: JSON Lines by default (the record format of
              shared/spec/EXTRACTION.md), or a readable table with --format table.
              A file that cannot be read gets a one-line message on stderr; the rest
              still go through, and the exit status is then 1.
    text      Print the text readout analyzed in one file: for HTML, the page's
              readable text. Every offset in a record counts characters into it.

EXAMPLES:
    readout analyze examples/
    readout analyze --format table article.txt saved-page.html
    readout text saved-page.html
";

/// File extensions picked up when walking a folder.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("readout {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("analyze") => run_analyze(&args[1..]),
        Some("text") => run_text(&args[1..]),
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("readout: {message}\nRun 'readout --help' for usage.");
    ExitCode::from(2)
}

#[derive(Clone, Copy)]
enum Format {
    Jsonl,
    Table,
}

fn run_analyze(args: &[String]) -> ExitCode {
    let mut format = Format::Jsonl;
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--format" => args.next().map(String::as_str),
            a if a.starts_with("--format=") => Some(&a["--format=".len()..]),
            a if a.starts_with('-') && a != "-" => return usage_error(&format!("unknown option '{a}'")),
            _ => {
                paths.push(PathBuf::from(arg));
                continue;
            }
        };
        format = match value {
            Some("jsonl" | "json") => Format::Jsonl,
            Some("table") => Format::Table,
            _ => return usage_error("--format takes 'jsonl' or 'table'"),
        };
    }
    if paths.is_empty() {
        return usage_error("analyze needs at least one file or folder");
    }
    let mut failed = false;
    let files = collect_files(&paths, &mut failed);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in files {
        let Some(analysis) = analyze_path(&path) else {
            failed = true;
            continue;
        };
        let written = match format {
            Format::Jsonl => serde_json::to_writer(&mut out, &analysis.record)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out)),
            Format::Table => write_table(&mut out, &analysis),
        };
        if written.is_err() {
            return ExitCode::FAILURE; // stdout closed (e.g. piped into `head`)
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn run_text(args: &[String]) -> ExitCode {
    let [path] = args else {
        return usage_error("text takes exactly one file");
    };
    match analyze_path(Path::new(path)) {
        Some(analysis) => {
            let mut out = io::stdout().lock();
            if writeln!(out, "{}", analysis.text).is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        None => ExitCode::FAILURE,
    }
}

/// Reads and analyzes one file, reporting a failure on stderr.
fn analyze_path(path: &Path) -> Option<Analysis> {
    let name = path.file_name().map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy());
    let result = match std::fs::read(path) {
        Ok(bytes) => analyze(&name, &bytes).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    result.map_err(|reason| eprintln!("readout: {}: {reason}", path.display())).ok()
}

/// The files named, plus the article files inside the folders named, sorted by file name.
fn collect_files(paths: &[PathBuf], failed: &mut bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files, failed);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            eprintln!("readout: {}: no such file or folder", path.display());
            *failed = true;
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()).then_with(|| a.cmp(b)));
    files.dedup();
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut bool) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("readout: {}: {e}", dir.display());
            *failed = true;
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files, failed);
        } else if is_article_file(&path) {
            files.push(path);
        }
    }
}

fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// A readable summary of one record: a heading, then one line per extraction.
fn write_table(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    let r = &analysis.record;
    let published = r.published.as_deref().unwrap_or("date unknown");
    writeln!(out, "{}  ({published})", r.file)?;
    if let Some(title) = &r.title {
        writeln!(out, "  {title}")?;
    }
    for call in &r.calls {
        let date = call.date.as_deref().unwrap_or("undated");
        writeln!(out, "  call    {date:<10}  {}  ({:?})", call.participants.join(" \u{2194} "), call.medium)?;
    }
    for quote in &r.quotes {
        let speaker = quote.speaker.as_deref().unwrap_or("unattributed");
        writeln!(out, "  quote   {speaker}: \u{201C}{}\u{201D}", quote.text)?;
    }
    for amount in &r.amounts {
        let category = amount.category.map_or("unclassified".to_string(), |c| format!("{c:?}").to_lowercase());
        writeln!(out, "  amount  {:<24}  {} {}  {category}", amount.text, amount.value, amount.currency)?;
    }
    if r.calls.is_empty() && r.quotes.is_empty() && r.amounts.is_empty() {
        writeln!(out, "  nothing found")?;
    }
    writeln!(out)
}
