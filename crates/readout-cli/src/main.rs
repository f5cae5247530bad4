//! `readout`: the command line over readout-core. Reads files, hands their bytes to the
//! core, prints what comes back. No extraction logic lives here.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use readout_core::eval::{self, GoldRecord, Metrics, Scores, Tally};
use readout_core::{analyze_many_with, Analysis, DatasetColumns, ReadError};

const HELP: &str = "\
readout: find who called whom, who said what, and how much money was pledged,
in news articles. Everything runs on this machine; nothing is sent anywhere.

USAGE:
    readout analyze [--format jsonl|table] [COLUMN OPTIONS] PATH...
    readout eval --gold GOLD.jsonl [--per-doc] [--json] [--min METRIC=VALUE]... PATH...
    readout text [COLUMN OPTIONS] PATH
    readout --help | --version

COMMANDS:
    analyze   Analyze article files, and every article file inside the folders given
              (recursively): text (.txt, .md), web pages (.html, .htm, and .mhtml or
              .mht saved as a single file), e-mail (.eml) and Word documents (.docx),
              in UTF-8, UTF-16 or Windows-1252. Inputs of several documents are
              read document by document: every file in a .zip archive (named
              'archive.zip/inner/path.txt'), and every row of a dataset of articles,
              CSV (.csv, .tsv; comma, semicolon or tab), JSON (.json: a list of
              objects, or an object holding one under 'articles', 'data', 'results',
              'items' or 'records') or JSON Lines (.jsonl, .ndjson), named
              'export.csv#ID' by an id column or else by row number. A dataset's
              columns are found by name: text (text, body, content, article,
              full_text, articleBody, story), title (title, headline), date (date,
              published, publishedAt, pubDate, datePublished, seendate...).
              Prints one record per document, sorted by file name and then in the
              order the file holds them: JSON Lines by default (the record format of
              shared/spec/EXTRACTION.md), or a readable table with --format table.
              A document that cannot be read gets a one-line message on stderr; the
              rest still go through, and the exit status is then 1.
    eval      Analyze the files as 'analyze' does and score the records against an
              annotated corpus: GOLD.jsonl holds one gold record per line, paired with
              the analyzed file of the same name; a gold document not analyzed counts
              as empty. Prints precision, recall and F1 of calls.pairs, calls.dated,
              quotes, quotes.speaker and amounts, and the accuracy of published and
              amounts.category, as shared/eval/score.py does (same rules, same
              numbers, same layout).
              --per-doc   a line per document first
              --json      the metrics alone, as one JSON line
              --min METRIC=VALUE   exit 1 when METRIC is below VALUE (repeatable)
    text      Print the text readout analyzed in one file: a web page's readable
              text, an e-mail's body, a Word document's paragraphs. Every offset in a
              record counts characters into it. A file of several documents prints
              each one after a line '==> NAME <=='.

COLUMN OPTIONS (datasets):
    --text-column NAME    the column holding the article's text
    --title-column NAME   the column holding its title
    --date-column NAME    the column holding its publication date

EXAMPLES:
    readout analyze examples/
    readout analyze --format table article.txt saved-page.html
    readout eval --gold tests/corpus/dev/gold.jsonl --min quotes=0.5 tests/corpus/dev
    readout analyze --text-column story --date-column day export.csv
    readout text saved-page.html
";

/// File extensions picked up when walking a folder.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "xhtml", "mhtml", "mht", "eml", "docx", "zip", "csv", "tsv", "json", "jsonl",
    "ndjson",
];

/// The extensions of datasets, one article per row.
const DATA_EXTENSIONS: &[&str] = &["csv", "tsv", "json", "jsonl", "ndjson"];

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
        Some("eval") => run_eval(&args[1..]),
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
    let mut columns = DatasetColumns::default();
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match column_option(arg, &mut args, &mut columns) {
            Ok(true) => continue,
            Ok(false) => {}
            Err(message) => return usage_error(&message),
        }
        let value = match arg.as_str() {
            "--format" => args.next().map(String::as_str),
            a if a.starts_with("--format=") => Some(&a["--format=".len()..]),
            a if a.starts_with('-') => return usage_error(&format!("unknown option '{a}'")),
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
    for analysis in files.iter().flat_map(|(path, in_folder)| analyze_path(path, &columns, *in_folder, &mut failed)) {
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
    let mut columns = DatasetColumns::default();
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match column_option(arg, &mut args, &mut columns) {
            Ok(true) => {}
            Ok(false) if arg.starts_with('-') => return usage_error(&format!("unknown option '{arg}'")),
            Ok(false) => paths.push(arg),
            Err(message) => return usage_error(&message),
        }
    }
    let [path] = paths[..] else {
        return usage_error("text takes exactly one file");
    };
    let mut failed = false;
    let analyses = analyze_path(Path::new(path), &columns, false, &mut failed);
    let several = analyses.len() > 1;
    let mut out = BufWriter::new(io::stdout().lock());
    for (i, analysis) in analyses.iter().enumerate() {
        let gap = if i > 0 { "\n" } else { "" };
        let heading = if several { format!("{gap}==> {} <==\n", analysis.record.file) } else { String::new() };
        if writeln!(out, "{heading}{}", analysis.text).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Takes a `--text-column`, `--title-column` or `--date-column` option (with its value
/// after `=` or as the next argument) into `columns`; `Ok(false)` when `arg` is another.
fn column_option<'a>(
    arg: &str,
    rest: &mut impl Iterator<Item = &'a String>,
    columns: &mut DatasetColumns,
) -> Result<bool, String> {
    let (name, inline) = match arg.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (arg, None),
    };
    let slot = match name {
        "--text-column" => &mut columns.text,
        "--title-column" => &mut columns.title,
        "--date-column" => &mut columns.date,
        _ => return Ok(false),
    };
    match inline.or_else(|| rest.next().map(String::as_str)) {
        Some(value) if !value.is_empty() => {
            *slot = Some(value.to_string());
            Ok(true)
        }
        _ => Err(format!("{name} needs a column name")),
    }
}

fn run_eval(args: &[String]) -> ExitCode {
    let (mut gold_path, mut pred_path) = (None, None);
    let (mut per_doc, mut json) = (false, false);
    let mut bars = Vec::new();
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (arg.as_str(), None),
        };
        match name {
            "--per-doc" if inline.is_none() => per_doc = true,
            "--json" if inline.is_none() => json = true,
            // --pred (not in the help) scores a JSON Lines file of records instead of
            // analyzing files: the way to check this scorer against score.py.
            "--gold" | "--pred" | "--min" => {
                let Some(value) = inline.or_else(|| args.next().map(String::as_str)) else {
                    return usage_error(&format!("{name} needs a value"));
                };
                match name {
                    "--gold" => gold_path = Some(PathBuf::from(value)),
                    "--pred" => pred_path = Some(PathBuf::from(value)),
                    _ => match parse_bar(value) {
                        Ok(bar) => bars.push(bar),
                        Err(message) => return usage_error(&message),
                    },
                }
            }
            a if a.starts_with('-') => return usage_error(&format!("unknown option '{arg}'")),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let Some(gold_path) = gold_path else {
        return usage_error("eval needs --gold GOLD.jsonl");
    };
    match (&pred_path, paths.is_empty()) {
        (None, true) => return usage_error("eval needs at least one file or folder"),
        (Some(_), false) => return usage_error("--pred takes the place of files and folders"),
        _ => {}
    }
    let gold = match read_records(&gold_path) {
        Ok(gold) => gold,
        Err(message) => return failure(&message),
    };
    let mut failed = false;
    let pred = match pred_path {
        Some(path) => match read_records(&path) {
            Ok(pred) => pred,
            Err(message) => return failure(&message),
        },
        None => {
            let mut pred = Vec::new();
            for (path, in_folder) in collect_files(&paths, &mut failed) {
                for analysis in analyze_path(&path, &DatasetColumns::default(), in_folder, &mut failed) {
                    pred.push(GoldRecord::from(&analysis.record));
                }
            }
            pred
        }
    };
    let predicted: std::collections::BTreeSet<_> = pred.iter().map(|p| &p.file).collect();
    let missing: std::collections::BTreeSet<_> = gold.iter().map(|g| &g.file).filter(|f| !predicted.contains(f)).collect();
    if !missing.is_empty() {
        eprintln!("readout: {} gold document(s) have no record and count as empty", missing.len());
    }
    let scores = eval::score(&gold, &pred);
    let below: Vec<String> = bars
        .iter()
        .filter_map(|(metric, bar)| {
            let value = scores.metrics.value(metric)?;
            (value < *bar).then(|| format!("{metric} {value:.3} < {bar:.3}"))
        })
        .collect();
    let mut out = BufWriter::new(io::stdout().lock());
    let written = write_scores(&mut out, &scores, per_doc, json)
        .and_then(|()| if below.is_empty() { Ok(()) } else { writeln!(out, "below the bar: {}", below.join("; ")) })
        .and_then(|()| out.flush());
    if written.is_err() || failed || !below.is_empty() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn failure(message: &str) -> ExitCode {
    eprintln!("readout: {message}");
    ExitCode::FAILURE
}

/// `METRIC=VALUE` of `--min`.
fn parse_bar(spec: &str) -> Result<(String, f64), String> {
    let (metric, value) = spec.split_once('=').unwrap_or((spec, ""));
    if !Metrics::NAMES.contains(&metric) {
        return Err(format!("unknown metric '{metric}'; known: {}", Metrics::NAMES.join(", ")));
    }
    let value = value.trim().parse().map_err(|_| format!("--min {metric}= needs a number"))?;
    Ok((metric.to_string(), value))
}

/// The records of a JSON Lines file, one a line (blank lines skipped).
fn read_records(path: &Path) -> Result<Vec<GoldRecord>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line.trim()).map_err(|e| format!("{}:{}: not a record: {e}", path.display(), n + 1))
        })
        .collect()
}

/// The scores in score.py's layout: its per-document lines, then a line per metric; or
/// its one JSON line (keys sorted, Python's number format).
fn write_scores(out: &mut impl Write, scores: &Scores, per_doc: bool, json: bool) -> io::Result<()> {
    let metrics = &scores.metrics;
    if json {
        let fields: Vec<String> = metrics.values().iter().map(|(name, value)| format!("\"{name}\": {value:?}")).collect();
        return writeln!(out, "{{{}}}", fields.join(", "));
    }
    if per_doc {
        for doc in &scores.docs {
            let (c, q, a) = (doc.calls, doc.quotes, doc.amounts);
            write!(
                out,
                "{}: calls {}/{} gold, {} pred; dated {}; quotes {}/{} gold, {} pred; amounts {}/{} gold, {} pred",
                doc.file.as_deref().unwrap_or("None"),
                c.tp, c.gold, c.pred, doc.calls_dated, q.tp, q.gold, q.pred, a.tp, a.gold, a.pred
            )?;
            if !doc.missed_quotes.is_empty() {
                let missed: Vec<String> =
                    doc.missed_quotes.iter().map(|q| python_repr(&q.chars().take(60).collect::<String>())).collect();
                write!(out, "; missed quotes: [{}]", missed.join(", "))?;
            }
            writeln!(out)?;
        }
    }
    for (name, tally) in metrics.tallies() {
        writeln!(out, "{name:16} {}", tally_row(&tally))?;
    }
    for name in ["published", "amounts.category"] {
        writeln!(out, "{name:16} accuracy {:.3}", metrics.value(name).unwrap_or_default())?;
    }
    Ok(())
}

fn tally_row(t: &Tally) -> String {
    format!(
        "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, gold {}, pred {})",
        t.precision(),
        t.recall(),
        t.f1(),
        t.tp,
        t.gold,
        t.pred
    )
}

/// A string as Python's `repr` writes it, so that per-document lines read as score.py's.
fn python_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if python_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character: not a control, format, private-use or
/// separator character other than the space.
fn python_printable(c: char) -> bool {
    c == ' '
        || !(c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}'
                | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..))
}

/// Reads one file and analyzes every document in it, in the order the file holds them.
/// A document that fails is reported on stderr, by the file's path for a file of one
/// document and by the document's name (in the file's folder) otherwise, and sets
/// `failed`. A data file found in a folder (rather than named) that holds no articles,
/// such as a corpus's gold.jsonl or a list of sources, is skipped with a note.
fn analyze_path(path: &Path, columns: &DatasetColumns, in_folder: bool, failed: &mut bool) -> Vec<Analysis> {
    let name = path.file_name().map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy());
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("readout: {}: {e}", path.display());
            *failed = true;
            return Vec::new();
        }
    };
    let items = analyze_many_with(&name, &bytes, columns);
    if let [(doc_name, Err(reason @ ReadError::Damaged { .. }))] = &items[..] {
        if in_folder && *doc_name == name && is_data_file(path) {
            eprintln!("readout: {}: skipped: {reason}", path.display());
            return Vec::new();
        }
    }
    let mut analyses = Vec::new();
    for (doc_name, result) in items {
        match result {
            Ok(analysis) => analyses.push(analysis),
            Err(reason) => {
                let shown = if doc_name == name { path.to_path_buf() } else { path.with_file_name(&doc_name) };
                eprintln!("readout: {}: {reason}", shown.display());
                *failed = true;
            }
        }
    }
    analyses
}

/// The files named, plus the article files inside the folders named, sorted by file name;
/// each with whether it was found in a folder (and not named).
fn collect_files(paths: &[PathBuf], failed: &mut bool) -> Vec<(PathBuf, bool)> {
    let mut files = Vec::new();
    let mut walked = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut walked, failed);
        } else if path.exists() {
            files.push((path.clone(), false));
        } else {
            eprintln!("readout: {}: no such file or folder", path.display());
            *failed = true;
        }
    }
    files.extend(walked.into_iter().map(|path| (path, true)));
    // A file both named and found in a folder counts as named (`false` sorts first).
    files.sort_by(|(a, a_walked), (b, b_walked)| {
        a.file_name().cmp(&b.file_name()).then_with(|| a.cmp(b)).then(a_walked.cmp(b_walked))
    });
    files.dedup_by(|later, first| later.0 == first.0);
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
        // Symlinked folders are not followed, so a link cycle cannot recurse forever.
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, files, failed);
        } else if is_article_file(&path) {
            files.push(path);
        }
    }
}

/// Whether `path` names a dataset (CSV, JSON, JSON Lines) by its extension.
fn is_data_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DATA_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
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
