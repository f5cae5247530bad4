//! What the command line reads: files, folders and standard input, turned into jobs of
//! one document (or one file of several) each, in the order they are written out.
//!
//! Files are read whole, as the page reads them, except datasets (JSON Lines, CSV, TSV)
//! larger than the core's file limit, which are streamed a line at a time like standard
//! input. Standard input is a dataset streamed row by row, or else one document.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

/// Jobs are handed out in chunks, so that one wake-up of a thread and one flush of the
/// output serve many small documents: at most this many jobs,
const CHUNK_JOBS: usize = 64;
/// or about this much text (a file by its size on disk),
const CHUNK_BYTES: usize = 512 * 1024;
/// read from a stream through a buffer this large; a chunk also ends where the buffer
/// is empty, so that a slow stream's rows go out without waiting for more.
const STREAM_BUFFER: usize = 1024 * 1024;
use std::path::{Path, PathBuf};

use readout_core::{analyze_many_with, Analysis, DatasetColumns, ReadError, Row, RowFormat, RowReader, MAX_FILE_BYTES};

/// File extensions picked up when walking a folder.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "xhtml", "mhtml", "mht", "eml", "docx", "zip", "csv", "tsv", "json",
    "jsonl", "ndjson",
];

/// The extensions of datasets, one article per row.
const DATA_EXTENSIONS: &[&str] = &["csv", "tsv", "json", "jsonl", "ndjson"];

/// How standard input is read, when it is not told apart by its first line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdinFormat {
    Rows(RowFormat),
    Text,
}

impl StdinFormat {
    pub fn parse(name: &str) -> Option<StdinFormat> {
        Some(match name {
            "jsonl" | "ndjson" => StdinFormat::Rows(RowFormat::JsonLines),
            "csv" => StdinFormat::Rows(RowFormat::Csv),
            "tsv" => StdinFormat::Rows(RowFormat::Tsv),
            "text" => StdinFormat::Text,
            _ => return None,
        })
    }
}

/// How documents are found in what is read.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    pub columns: DatasetColumns,
    /// Standard input's format, when given outright.
    pub stdin_format: Option<StdinFormat>,
    /// The name standard input's documents go by.
    pub stdin_name: Option<String>,
}

/// One unit of work: a file read whole, a row of a stream, or standard input read whole.
pub enum Job {
    /// `size`: the file's length on disk.
    File {
        path: PathBuf,
        in_folder: bool,
        size: usize,
    },
    Row {
        row: Row,
        shown: Shown,
    },
    /// Standard input read whole: one document when `one`, else as a file of that name.
    Whole {
        name: String,
        bytes: Vec<u8>,
        one: bool,
    },
    /// A message found while reading, not a document: `failed` says whether it is an error.
    Message {
        text: String,
        failed: bool,
    },
}

/// How a stream's documents are named in messages: in the folder of their file, or as
/// they are named.
#[derive(Clone)]
pub enum Shown {
    InFolderOf(PathBuf),
    AsNamed,
}

impl Job {
    /// What the job is called in a message.
    fn name(&self) -> String {
        match self {
            Job::File { path, .. } => path.display().to_string(),
            Job::Row { row, .. } => row.0.clone(),
            Job::Whole { name, .. } => name.clone(),
            Job::Message { .. } => String::new(),
        }
    }

    /// About how much text the job reads, for the size of chunks.
    fn size(&self) -> usize {
        match self {
            Job::File { size, .. } => *size,
            Job::Row { row: (_, Ok(article)), .. } => article.text.as_ref().map_or(0, String::len),
            Job::Whole { bytes, .. } => bytes.len(),
            Job::Row { .. } | Job::Message { .. } => 0,
        }
    }
}

/// What came of a job: analyses, and lines for standard error.
pub enum Outcome {
    Done(Analysis),
    /// A line for standard error; `failed` unless it is only a note.
    Message {
        text: String,
        failed: bool,
    },
}

impl Outcome {
    fn failed(text: String) -> Outcome {
        Outcome::Message { text, failed: true }
    }
}

/// Runs a chunk of jobs: the outcomes of each, in order. A job whose analysis panics (a
/// bug) gives a message in its place, and the others go on.
pub fn run_chunk(chunk: Vec<Job>, reading: &Reading) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for job in chunk {
        let name = job.name();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(job, reading))) {
            Ok(done) => outcomes.extend(done),
            Err(_) => outcomes.push(Outcome::failed(format!(
                "readout: {name}: the analysis stopped on this document (a bug in readout; please report it)"
            ))),
        }
    }
    outcomes
}

/// Runs a job: reads and analyzes its document or documents.
fn run(job: Job, reading: &Reading) -> Vec<Outcome> {
    match job {
        Job::File { path, in_folder, .. } => analyze_path(&path, &reading.columns, in_folder),
        Job::Row { row: (name, article), shown } => {
            let shown_name = match &shown {
                Shown::InFolderOf(path) => path.with_file_name(&name).display().to_string(),
                Shown::AsNamed => name.clone(),
            };
            match article.and_then(|article| article.analyze(name)) {
                Ok(analysis) => vec![Outcome::Done(analysis)],
                Err(reason) => vec![Outcome::failed(format!("readout: {shown_name}: {reason}"))],
            }
        }
        Job::Whole { name, bytes, one } => {
            let items = if one {
                vec![(name.clone(), readout_core::analyze(&name, &bytes))]
            } else {
                analyze_many_with(&name, &bytes, &reading.columns)
            };
            items
                .into_iter()
                .map(|(doc_name, result)| match result {
                    Ok(analysis) => Outcome::Done(analysis),
                    Err(reason) => Outcome::failed(format!("readout: {doc_name}: {reason}")),
                })
                .collect()
        }
        Job::Message { text, failed } => vec![Outcome::Message { text, failed }],
    }
}

/// Reads one file and analyzes every document in it, in the order the file holds them.
/// A document that fails is reported by the file's path for a file of one document and
/// by the document's name (in the file's folder) otherwise. A data file found in a folder
/// (rather than named) that holds no articles, such as a corpus's gold.jsonl or a list
/// of sources, is skipped with a note.
pub fn analyze_path(path: &Path, columns: &DatasetColumns, in_folder: bool) -> Vec<Outcome> {
    let name = path.file_name().map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy());
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return vec![Outcome::failed(format!("readout: {}: {e}", path.display()))],
    };
    let items = analyze_many_with(&name, &bytes, columns);
    if let [(doc_name, Err(reason @ ReadError::Damaged { .. }))] = &items[..] {
        if in_folder && *doc_name == name && is_data_file(path) {
            return vec![Outcome::Message {
                text: format!("readout: {}: skipped: {reason}", path.display()),
                failed: false,
            }];
        }
    }
    items
        .into_iter()
        .map(|(doc_name, result)| match result {
            Ok(analysis) => Outcome::Done(analysis),
            Err(reason) => {
                let shown = if doc_name == name { path.to_path_buf() } else { path.with_file_name(&doc_name) };
                Outcome::failed(format!("readout: {}: {reason}", shown.display()))
            }
        })
        .collect()
}

/// What the command line was asked to read.
pub enum Input {
    Stdin,
    /// A file, and whether it was found in a folder rather than named.
    File(PathBuf, bool),
}

/// The files named, plus the article files inside the folders named, sorted by file name;
/// or standard input alone. Paths that cannot be read give messages.
pub fn collect(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    if paths.len() == 1 && paths[0].as_os_str() == "-" {
        return (vec![Input::Stdin], Vec::new());
    }
    let (mut files, mut walked, mut messages) = (Vec::new(), Vec::new(), Vec::new());
    for path in paths {
        if path.is_dir() {
            walk(path, &mut walked, &mut messages);
        } else if path.exists() {
            files.push((path.clone(), false));
        } else {
            messages.push(format!("readout: {}: no such file or folder", path.display()));
        }
    }
    // A page saved complete (`X.html` beside `X_files/`): the folder's scripts, styles
    // and frames are passed over silently.
    let names: Vec<String> =
        files.iter().map(|(p, _)| p).chain(&walked).map(|p| p.to_string_lossy().into_owned()).collect();
    let assets = readout_core::document::saved_page_assets(&names.iter().map(String::as_str).collect::<Vec<_>>());
    let walked = walked.into_iter().zip(&assets[files.len()..]).filter(|(_, &asset)| !asset).map(|(path, _)| path);
    files.extend(walked.map(|path| (path, true)));
    // A file both named and found in a folder counts as named (`false` sorts first).
    files.sort_by(|(a, a_walked), (b, b_walked)| {
        a.file_name().cmp(&b.file_name()).then_with(|| a.cmp(b)).then(a_walked.cmp(b_walked))
    });
    files.dedup_by(|later, first| later.0 == first.0);
    (files.into_iter().map(|(path, in_folder)| Input::File(path, in_folder)).collect(), messages)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, messages: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            messages.push(format!("readout: {}: {e}", dir.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Symlinked folders are not followed, so a link cycle cannot recurse forever.
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, files, messages);
        } else if has_extension(&path, ARTICLE_EXTENSIONS) {
            files.push(path);
        }
    }
}

/// Whether `path` names a dataset (CSV, JSON, JSON Lines) by its extension.
fn is_data_file(path: &Path) -> bool {
    has_extension(path, DATA_EXTENSIONS)
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// The format of a dataset file that is streamed rather than read whole: one larger than
/// the core reads at once.
fn streamed_format(path: &Path, size: usize) -> Option<RowFormat> {
    let format = match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "jsonl" | "ndjson" => RowFormat::JsonLines,
        "csv" => RowFormat::Csv,
        "tsv" => RowFormat::Tsv,
        _ => return None,
    };
    (size > MAX_FILE_BYTES).then_some(format)
}

/// The jobs of the inputs, in order and in chunks, read lazily: a stream is read only as
/// its rows are taken.
pub struct Jobs<'r> {
    inputs: VecDeque<Input>,
    reading: &'r Reading,
    stream: Option<Stream>,
}

impl<'r> Jobs<'r> {
    pub fn new(inputs: Vec<Input>, reading: &'r Reading) -> Jobs<'r> {
        Jobs { inputs: inputs.into(), reading, stream: None }
    }

    /// The job of the next input, or the stream it opens.
    fn open(&mut self, input: Input) -> Option<Job> {
        match input {
            Input::File(path, in_folder) => {
                let size = std::fs::metadata(&path).map_or(0, |m| m.len() as usize);
                let Some(format) = streamed_format(&path, size) else {
                    return Some(Job::File { path, in_folder, size });
                };
                match File::open(&path) {
                    Ok(file) => {
                        let name = path.file_name().map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy());
                        let rows = RowReader::new(&name, format, &self.reading.columns);
                        let shown = Shown::InFolderOf(path.clone());
                        let input = BufReader::with_capacity(STREAM_BUFFER, Box::new(file) as Box<dyn Read>);
                        self.stream = Some(Stream::new(input, rows, shown, Vec::new()));
                        None
                    }
                    Err(e) => Some(Job::Message { text: format!("readout: {}: {e}", path.display()), failed: true }),
                }
            }
            Input::Stdin => self.open_stdin(),
        }
    }

    /// Standard input: a dataset streamed row by row when `--input` says so or its first
    /// line that is not blank reads as one, else one document.
    fn open_stdin(&mut self) -> Option<Job> {
        let name = self.reading.stdin_name.clone().unwrap_or_else(|| "stdin".to_string());
        let mut input = BufReader::with_capacity(STREAM_BUFFER, Box::new(io::stdin()) as Box<dyn Read>);
        let mut head = Vec::new();
        let mut line = Vec::new();
        let format = loop {
            match read_line(&mut input, &mut line) {
                Ok(true) => {}
                Ok(false) => break self.reading.stdin_format.unwrap_or(StdinFormat::Text),
                Err(e) => return Some(Job::Message { text: format!("readout: {name}: {e}"), failed: true }),
            }
            head.push(std::mem::take(&mut line));
            let last = head.last().map(|l| String::from_utf8_lossy(l)).unwrap_or_default();
            if let Some(format) = self.reading.stdin_format {
                break format;
            }
            if !last.trim().is_empty() {
                break RowFormat::sniff(&last, &self.reading.columns).map_or(StdinFormat::Text, StdinFormat::Rows);
            }
        };
        match format {
            StdinFormat::Rows(format) => {
                let rows = RowReader::new(&name, format, &self.reading.columns);
                self.stream = Some(Stream::new(input, rows, Shown::AsNamed, head));
                None
            }
            StdinFormat::Text => {
                // The lines read ahead, each with the break read_line took off (one too
                // many, at the end of an input without a last break, changes nothing).
                let mut bytes: Vec<u8> = head.into_iter().flat_map(|line| line.into_iter().chain([b'\n'])).collect();
                let limit = (MAX_FILE_BYTES + 1).saturating_sub(bytes.len()) as u64;
                if let Err(e) = input.take(limit).read_to_end(&mut bytes) {
                    return Some(Job::Message { text: format!("readout: {name}: {e}"), failed: true });
                }
                if bytes.len() > MAX_FILE_BYTES {
                    let text = format!(
                        "readout: {name}: more than {} MB of text that is no dataset; give one article, or JSON Lines or CSV of one article a row",
                        MAX_FILE_BYTES / 1_048_576
                    );
                    return Some(Job::Message { text, failed: true });
                }
                let one = self.reading.stdin_format == Some(StdinFormat::Text);
                Some(Job::Whole { name, bytes, one })
            }
        }
    }
}

impl Jobs<'_> {
    fn next_job(&mut self) -> Option<Job> {
        loop {
            if let Some(stream) = &mut self.stream {
                match stream.next() {
                    Some(job) => return Some(job),
                    None => self.stream = None,
                }
            }
            let input = self.inputs.pop_front()?;
            if let Some(job) = self.open(input) {
                return Some(job);
            }
        }
    }
}

impl Iterator for Jobs<'_> {
    type Item = Vec<Job>;

    /// The next chunk: the jobs that come without waiting on a stream, within the bounds
    /// of [`CHUNK_JOBS`] and [`CHUNK_BYTES`].
    fn next(&mut self) -> Option<Vec<Job>> {
        let (mut chunk, mut bytes) = (Vec::new(), 0);
        while chunk.len() < CHUNK_JOBS && bytes < CHUNK_BYTES {
            let Some(job) = self.next_job() else { break };
            bytes += job.size();
            chunk.push(job);
            if self.stream.as_ref().is_some_and(|stream| !stream.buffered()) {
                break;
            }
        }
        (!chunk.is_empty()).then_some(chunk)
    }
}

/// A dataset read a line at a time.
struct Stream {
    input: BufReader<Box<dyn Read>>,
    rows: RowReader,
    shown: Shown,
    /// Lines read ahead (to tell standard input's format), given to `rows` first.
    head: VecDeque<Vec<u8>>,
    line: Vec<u8>,
    done: bool,
}

impl Stream {
    fn new(input: BufReader<Box<dyn Read>>, rows: RowReader, shown: Shown, head: Vec<Vec<u8>>) -> Stream {
        Stream { input, rows, shown, head: head.into(), line: Vec::new(), done: false }
    }

    /// Whether more of the input is at hand without reading again.
    fn buffered(&self) -> bool {
        !self.head.is_empty() || !self.input.buffer().is_empty()
    }

    fn next(&mut self) -> Option<Job> {
        while !self.done && !self.rows.stopped() {
            let row = if let Some(line) = self.head.pop_front() {
                self.rows.line_bytes(&line)
            } else {
                match read_line(&mut self.input, &mut self.line) {
                    Ok(true) => self.rows.line_bytes(&self.line),
                    Ok(false) => {
                        self.done = true;
                        self.rows.finish()
                    }
                    Err(e) => {
                        self.done = true;
                        return Some(Job::Message { text: format!("readout: {}: {e}", self.name()), failed: true });
                    }
                }
            };
            if let Some(row) = row {
                return Some(Job::Row { row, shown: self.shown.clone() });
            }
        }
        None
    }

    fn name(&self) -> String {
        match &self.shown {
            Shown::InFolderOf(path) => path.display().to_string(),
            Shown::AsNamed => self.rows.name().to_string(),
        }
    }
}

/// Reads the next line into `line`, without its line break: `false` at the end of the
/// input. A line longer than the core's file limit is cut after one byte more than it,
/// and the rest of it passed over, so no line can take more memory than that.
fn read_line(input: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<bool> {
    line.clear();
    let mut any = false;
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            return Ok(any);
        }
        any = true;
        let (taken, end) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, Some(at)),
            None => (buffer.len(), None),
        };
        let room = (MAX_FILE_BYTES + 1).saturating_sub(line.len());
        line.extend_from_slice(&buffer[..end.unwrap_or(taken).min(room)]);
        input.consume(taken);
        if end.is_some() {
            return Ok(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_without_breaks_and_cut_at_the_limit() {
        let long = vec![b'x'; MAX_FILE_BYTES + 10];
        let mut input: Vec<u8> = b"one\r\n\ntwo".to_vec();
        input.push(b'\n');
        input.extend_from_slice(&long);
        input.extend_from_slice(b"\nlast");
        let mut reader = BufReader::with_capacity(7, &input[..]);
        let mut line = Vec::new();
        let mut lines = Vec::new();
        while read_line(&mut reader, &mut line).unwrap() {
            assert!(!line.contains(&b'\n'));
            lines.push(line.len());
        }
        assert_eq!(lines, [4, 0, 3, MAX_FILE_BYTES + 1, 4]);
    }
}
