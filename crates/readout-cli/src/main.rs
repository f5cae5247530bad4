//! `readout`: the command line over readout-core. Reads files and streams, hands their
//! bytes to the core on every core of the machine, prints what comes back in order. No
//! extraction logic lives here.

mod inputs;
mod ordered;
mod scores;

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use inputs::{Jobs, Outcome, Reading, StdinFormat};
use readout_core::eval::{self, GoldRecord};
use readout_core::{Analysis, DatasetColumns};

const INTRO: &str = "\
readout: find who called whom, who said what, and how much money was pledged,
in news articles. Everything runs on this machine; nothing is sent anywhere.

USAGE:
    readout analyze [--format jsonl|table] [--jobs N] [COLUMN OPTIONS] PATH...
    readout analyze [--input jsonl|csv|tsv|text] [--name NAME] [OPTIONS] -
    readout eval --gold GOLD.jsonl [--per-doc] [--json] [--min METRIC=VALUE]... PATH...
    readout text [COLUMN OPTIONS] PATH
    readout COMMAND --help | --help | --version
";

const ANALYZE_HELP: &str = "\
readout analyze [OPTIONS] PATH...
readout analyze [OPTIONS] -
    Analyze article files, and every article file inside the folders given
    (recursively): text (.txt, .md), web pages (.html, .htm, and .mhtml or .mht saved
    as a single file), e-mail (.eml) and Word documents (.docx), in UTF-8, UTF-16 or
    Windows-1252. Inputs of several documents are read document by document: every
    file in a .zip archive (named 'archive.zip/inner/path.txt'), and every row of a
    dataset of articles, CSV (.csv, .tsv; comma, semicolon or tab), JSON (.json: a
    list of objects, or an object holding one under 'articles', 'data', 'results',
    'items' or 'records') or JSON Lines (.jsonl, .ndjson), named 'export.csv#ID' by an
    id column or else by row number. A dataset's columns are found by name: text
    (text, body, content, article, full_text, articleBody, story), title (title,
    headline), date (date, published, publishedAt, pubDate, datePublished,
    seendate...). A JSON Lines, CSV or TSV file over 16 MB is read a line at a time.
    '-' reads standard input instead, a row at a time when it is JSON Lines or CSV
    (told by its first line, or by --input), so an input of any size streams through
    in little memory: zcat archive.jsonl.gz | readout analyze - | jq ...
    Prints one record per document as soon as it is ready, files in file-name order
    and rows in the order given: JSON Lines by default (the record format of
    shared/spec/EXTRACTION.md), or a readable table with --format table. A document
    that cannot be read (a file, a row, a broken line of a stream) gets a one-line
    message on stderr; the rest still go through, and the exit status is then 1.

    --format jsonl|table   what to print (default jsonl)
    --jobs N               documents analyzed at once (default: the number of cores)
    --input FORMAT         what standard input holds: jsonl, csv, tsv or text (one
                           document); told from its first line when not given
    --name NAME            the name standard input's documents go by (default 'stdin';
                           rows are named 'NAME#ID')
";

const EVAL_HELP: &str = "\
readout eval --gold GOLD.jsonl [OPTIONS] PATH...
    Analyze the files as 'analyze' does and score the records against an annotated
    corpus: GOLD.jsonl holds one gold record per line, paired with the analyzed file
    of the same name; a gold document not analyzed counts as empty. Prints precision,
    recall and F1 of calls.pairs, calls.dated, quotes, quotes.speaker and amounts, and
    the accuracy of published and amounts.category, as shared/eval/score.py does (same
    rules, same numbers, same layout).

    --per-doc              a line per document first
    --json                 the metrics alone, as one JSON line
    --min METRIC=VALUE     exit 1 when METRIC is below VALUE (repeatable)
    --jobs N               documents analyzed at once (default: the number of cores)
";

const TEXT_HELP: &str = "\
readout text [COLUMN OPTIONS] PATH
    Print the text readout analyzed in one file: a web page's readable text, an
    e-mail's body, a Word document's paragraphs. Every offset in a record counts
    characters into it. A file of several documents prints each one after a line
    '==> NAME <=='.
";

const COLUMNS_HELP: &str = "\
COLUMN OPTIONS (datasets; analyze and text):
    --text-column NAME     the column holding the article's text
    --title-column NAME    the column holding its title
    --date-column NAME     the column holding its publication date
";

const EXAMPLES: &str = "\
EXAMPLES:
    readout analyze examples/
    readout analyze --format table article.txt saved-page.html
    zcat archive.jsonl.gz | readout analyze --jobs 2 - > records.jsonl
    readout eval --gold tests/corpus/dev/gold.jsonl --min quotes=0.5 tests/corpus/dev
    readout analyze --text-column story --date-column day export.csv
    readout text saved-page.html
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let wants_help = args.iter().skip(1).any(|a| a == "-h" || a == "--help");
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help") => help(&[INTRO, "\nCOMMANDS:\n", ANALYZE_HELP, "\n", EVAL_HELP, "\n", TEXT_HELP]),
        Some("help") => match args.get(1).map(String::as_str) {
            Some(command @ ("analyze" | "eval" | "text")) => command_help(command),
            _ => help(&[INTRO, "\nCOMMANDS:\n", ANALYZE_HELP, "\n", EVAL_HELP, "\n", TEXT_HELP]),
        },
        Some("-V" | "--version") => {
            println!("readout {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(command @ ("analyze" | "eval" | "text")) if wants_help => command_help(command),
        Some("analyze") => run_analyze(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
        Some("text") => run_text(&args[1..]),
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn command_help(command: &str) -> ExitCode {
    match command {
        "analyze" => help(&[ANALYZE_HELP, "\n", COLUMNS_HELP, "\n", EXAMPLES]),
        "eval" => help(&[EVAL_HELP]),
        _ => help(&[TEXT_HELP, "\n", COLUMNS_HELP]),
    }
}

fn help(parts: &[&str]) -> ExitCode {
    let mut text = parts.concat();
    if parts[0] == INTRO {
        text.push('\n');
        text.push_str(COLUMNS_HELP);
        text.push('\n');
        text.push_str(EXAMPLES);
    }
    print!("{text}");
    ExitCode::SUCCESS
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("readout: {message}\nRun 'readout --help' for usage.");
    ExitCode::from(2)
}

/// Hands each argument to `take` with the rest (from which an option takes its value),
/// stopping at the first usage error.
fn each_arg<'a>(
    args: &'a [String],
    mut take: impl FnMut(&'a str, &mut std::slice::Iter<'a, String>) -> Result<(), String>,
) -> Result<(), String> {
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        take(arg, &mut rest)?;
    }
    Ok(())
}

/// The value of the option `arg` when it is `name`: after `=`, or the next argument.
fn option<'a>(
    arg: &'a str,
    name: &str,
    rest: &mut impl Iterator<Item = &'a String>,
) -> Option<Result<&'a str, String>> {
    let inline = match arg.strip_prefix(name)? {
        "" => None,
        value => Some(value.strip_prefix('=')?),
    };
    Some(inline.or_else(|| rest.next().map(String::as_str)).ok_or(format!("{name} needs a value")))
}

/// Takes a `--text-column`, `--title-column` or `--date-column` option into `columns`;
/// `Ok(false)` when `arg` is another.
fn column_option<'a>(
    arg: &'a str,
    rest: &mut impl Iterator<Item = &'a String>,
    columns: &mut DatasetColumns,
) -> Result<bool, String> {
    for (name, slot) in [
        ("--text-column", &mut columns.text),
        ("--title-column", &mut columns.title),
        ("--date-column", &mut columns.date),
    ] {
        if let Some(value) = option(arg, name, rest) {
            match value {
                Ok(value) if !value.is_empty() => *slot = Some(value.to_string()),
                _ => return Err(format!("{name} needs a column name")),
            }
            return Ok(true);
        }
    }
    Ok(false)
}

/// `--jobs N`: from 1 to 1,024.
fn parse_jobs(value: &str) -> Result<usize, String> {
    value.parse().ok().filter(|n| (1..=1024).contains(n)).ok_or("--jobs takes a number from 1 to 1024".to_string())
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[derive(Clone, Copy)]
enum Format {
    Jsonl,
    Table,
}

fn run_analyze(args: &[String]) -> ExitCode {
    let mut format = Format::Jsonl;
    let mut reading = Reading::default();
    let mut jobs = default_jobs();
    let mut paths = Vec::new();
    let parsed = each_arg(args, |arg, args| {
        if column_option(arg, args, &mut reading.columns)? {
        } else if let Some(value) = option(arg, "--format", args) {
            format = match value? {
                "jsonl" | "json" => Format::Jsonl,
                "table" => Format::Table,
                _ => return Err("--format takes 'jsonl' or 'table'".into()),
            };
        } else if let Some(value) = option(arg, "--jobs", args) {
            jobs = parse_jobs(value?)?;
        } else if let Some(value) = option(arg, "--input", args) {
            let value = value?;
            let parsed = StdinFormat::parse(value);
            reading.stdin_format = Some(parsed.ok_or("--input takes 'jsonl', 'csv', 'tsv' or 'text'")?);
        } else if let Some(value) = option(arg, "--name", args) {
            reading.stdin_name = Some(value?.to_string());
        } else if arg.starts_with('-') && arg != "-" {
            return Err(format!("unknown option '{arg}'"));
        } else {
            paths.push(PathBuf::from(arg));
        }
        Ok(())
    });
    if let Err(message) = parsed {
        return usage_error(&message);
    }
    if paths.is_empty() {
        return usage_error("analyze needs at least one file or folder, or '-' for standard input");
    }
    if paths.len() > 1 && paths.iter().any(|p| p.as_os_str() == "-") {
        return usage_error("'-' (standard input) is read alone, without files or folders");
    }
    if (reading.stdin_format.is_some() || reading.stdin_name.is_some()) && paths[0].as_os_str() != "-" {
        return usage_error("--input and --name are for standard input ('-')");
    }
    let mut failed = false;
    let written =
        analyses(&paths, &reading, jobs, &mut failed, BufWriter::new(io::stdout()), |out, analysis| match format {
            Format::Jsonl => {
                serde_json::to_writer(&mut *out, &analysis.record).map_err(io::Error::from).and_then(|()| writeln!(out))
            }
            Format::Table => write_table(out, &analysis),
        });
    match written {
        // Standard output closed (piped into `head`): no more is wanted.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        Err(e) => failure(&format!("cannot write the records: {e}")),
        Ok(()) if failed => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
    }
}

/// Reads and analyzes `paths` on `jobs` threads and hands every analysis to `write` in
/// order, with each message on stderr in its place; `failed` is set when any input fails.
fn analyses<W: Write + Send>(
    paths: &[PathBuf],
    reading: &Reading,
    jobs: usize,
    failed: &mut bool,
    out: W,
    mut write: impl FnMut(&mut W, Analysis) -> io::Result<()> + Send,
) -> io::Result<()> {
    let (inputs, messages) = inputs::collect(paths);
    for message in messages {
        eprintln!("{message}");
        *failed = true;
    }
    let jobs_read = Jobs::new(inputs, reading);
    ordered::run(
        jobs_read,
        jobs,
        |chunk| inputs::run_chunk(chunk, reading),
        out,
        |out, outcomes| {
            for outcome in outcomes {
                match outcome {
                    Outcome::Done(analysis) => write(out, analysis)?,
                    Outcome::Message { text, failed: is_failure } => {
                        eprintln!("{text}");
                        *failed |= is_failure;
                    }
                }
            }
            Ok(())
        },
    )
}

fn run_text(args: &[String]) -> ExitCode {
    let mut columns = DatasetColumns::default();
    let mut paths = Vec::new();
    let parsed = each_arg(args, |arg, args| {
        if !column_option(arg, args, &mut columns)? {
            if arg.starts_with('-') {
                return Err(format!("unknown option '{arg}'"));
            }
            paths.push(arg);
        }
        Ok(())
    });
    if let Err(message) = parsed {
        return usage_error(&message);
    }
    let [path] = paths[..] else {
        return usage_error("text takes exactly one file");
    };
    let mut failed = false;
    let mut analyses = Vec::new();
    for outcome in inputs::analyze_path(Path::new(path), &columns, false) {
        match outcome {
            Outcome::Done(analysis) => analyses.push(analysis),
            Outcome::Message { text, failed: is_failure } => {
                eprintln!("{text}");
                failed |= is_failure;
            }
        }
    }
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

fn run_eval(args: &[String]) -> ExitCode {
    let (mut gold_path, mut pred_path) = (None, None);
    let (mut per_doc, mut json) = (false, false);
    let mut jobs = default_jobs();
    let mut bars = Vec::new();
    let mut paths = Vec::new();
    let parsed = each_arg(args, |arg, args| {
        match arg {
            "--per-doc" => per_doc = true,
            "--json" => json = true,
            _ => {
                if let Some(value) = option(arg, "--gold", args) {
                    gold_path = Some(PathBuf::from(value?));
                } else if let Some(value) = option(arg, "--pred", args) {
                    // --pred (not in the help) scores a JSON Lines file of records
                    // instead of analyzing files: the way to check this scorer
                    // against score.py.
                    pred_path = Some(PathBuf::from(value?));
                } else if let Some(value) = option(arg, "--min", args) {
                    bars.push(scores::parse_bar(value?)?);
                } else if let Some(value) = option(arg, "--jobs", args) {
                    jobs = parse_jobs(value?)?;
                } else if arg.starts_with('-') {
                    return Err(format!("unknown option '{arg}'"));
                } else {
                    paths.push(PathBuf::from(arg));
                }
            }
        }
        Ok(())
    });
    if let Err(message) = parsed {
        return usage_error(&message);
    }
    let Some(gold_path) = gold_path else {
        return usage_error("eval needs --gold GOLD.jsonl");
    };
    match (&pred_path, paths.is_empty()) {
        (None, true) => return usage_error("eval needs at least one file or folder"),
        (Some(_), false) => return usage_error("--pred takes the place of files and folders"),
        _ => {}
    }
    let gold = match scores::read_records(&gold_path) {
        Ok(gold) => gold,
        Err(message) => return failure(&message),
    };
    let mut failed = false;
    let pred = match pred_path {
        Some(path) => match scores::read_records(&path) {
            Ok(pred) => pred,
            Err(message) => return failure(&message),
        },
        None => {
            let mut pred = Vec::new();
            let read = analyses(&paths, &Reading::default(), jobs, &mut failed, io::sink(), |_, analysis| {
                pred.push(GoldRecord::from(&analysis.record));
                Ok(())
            });
            if let Err(e) = read {
                return failure(&e.to_string());
            }
            pred
        }
    };
    let predicted: std::collections::BTreeSet<_> = pred.iter().map(|p| &p.file).collect();
    let missing: std::collections::BTreeSet<_> =
        gold.iter().map(|g| &g.file).filter(|f| !predicted.contains(f)).collect();
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
    let written = scores::write_scores(&mut out, &scores, per_doc, json)
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
        // The caller first, with an arrow, where the text says who placed the call.
        let sides = match &call.caller {
            Some(caller) => {
                let called: Vec<&str> = call.participants.iter().map(String::as_str).filter(|p| p != caller).collect();
                format!("{caller} \u{2192} {}", called.join(", "))
            }
            None => call.participants.join(" \u{2194} "),
        };
        writeln!(out, "  call    {date:<10}  {sides}  ({:?})", call.medium)?;
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
