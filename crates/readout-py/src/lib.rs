//! readout for Python: the `readout` module, a thin shell over readout-core.
//!
//! Every function hands its input to the core as the CLI does and gives back the record of
//! `shared/spec/EXTRACTION.md` as a dict, exactly what `json.loads` makes of the CLI's
//! JSON line for [`readout_core::Record`]. No reading rule
//! lives here: only moving text in and records out, releasing the GIL while the core runs,
//! and, for [`analyze_many`], rayon's threads over batches of a stream.

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::Mutex;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyIterator, PyList, PyMapping, PyString, PyTuple};
use rayon::prelude::*;
use readout_core::{Article, DatasetColumns, ReadError as CoreError, Record};
use serde_json::{Map, Number, Value};

create_exception!(
    readout,
    ReadError,
    PyException,
    "A document readout cannot read as an article (empty, binary, a PDF, not text, over \
16 MB, a damaged container). str(error) is 'NAME: why', as the readout command line \
prints it after 'readout: '; the attributes `file` (NAME) and `reason` (why) hold its \
two parts."
);

/// The name `analyze` gives a text when the caller names none.
const TEXT_NAME: &str = "text";
/// The name `analyze_many` gives its documents ("many#<id or n>") when the caller names none.
const MANY_NAME: &str = "many";
/// Documents `analyze_many` reads ahead per thread: enough to keep every thread busy,
/// few enough that a stream of millions holds only two batches at a time.
const BATCH_PER_JOB: usize = 64;

/// `ReadError("NAME: why")`, with `file` and `reason` set.
fn read_error(py: Python<'_>, file: &str, error: &CoreError) -> PyErr {
    let reason = error.to_string();
    let err = ReadError::new_err(format!("{file}: {reason}"));
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short of memory.
    let _ = value.setattr("file", file);
    let _ = value.setattr("reason", reason);
    err
}

/// A record as a dict, the same as `json.loads` makes of the CLI's line for it: built by
/// pythonize, which serde-serializes straight into Python objects. Over the dev texts it
/// added 3-6% to the same call returning no dict, where serde_json and `json.loads` added
/// 9-13% (README "Python"). Serde writes a fixed-size array as a tuple, and
/// pythonize makes a tuple of it: a call's `evidence` is made the list JSON gives.
fn to_dict(py: Python<'_>, record: &Record) -> PyResult<Py<PyAny>> {
    let dict = pythonize::pythonize(py, record)?;
    let calls = dict.get_item("calls")?;
    for (call, record_call) in calls.try_iter()?.zip(&record.calls) {
        call?.set_item("evidence", PyList::new(py, record_call.evidence)?)?;
    }
    Ok(dict.unbind())
}

/// The file's bytes, read without the GIL, and its path as text (the name the core and
/// a ReadError give it).
fn read_file(py: Python<'_>, path: &Path) -> PyResult<(String, Vec<u8>)> {
    let name = path.to_string_lossy().into_owned();
    let bytes = py.detach(|| std::fs::read(path)).map_err(|e| {
        let err = PyErr::from(e);
        // The OSError's filename, as Python's own open() sets it.
        let _ = err.value(py).setattr("filename", &name);
        err
    })?;
    Ok((name, bytes))
}

/// Reads one article's text and returns its record: a dict with the keys file,
/// published, title, calls, quotes and amounts (shared/spec/EXTRACTION.md), the same as
/// the readout command line's JSON Lines.
///
/// A text that starts with '<' is read as an HTML page (its article body), any other as
/// plain text. `name` becomes the record's "file" ("text" when not given). `published`,
/// the publication date (ISO 8601 "2022-10-11", GDELT's "20221011T120000Z" or words,
/// "October 11, 2022"), replaces the date the text gives, and resolves "on Monday"; a
/// value that reads as no date is ignored, as a dataset's date column is.
///
/// Raises ReadError for a text readout cannot read (empty or blank). The GIL is released
/// while readout reads, so threads run in parallel.
#[pyfunction]
#[pyo3(signature = (text, *, name=None, published=None))]
fn analyze(py: Python<'_>, text: String, name: Option<String>, published: Option<String>) -> PyResult<Py<PyAny>> {
    let name = name.unwrap_or_else(|| TEXT_NAME.to_string());
    let article = Article { text: Some(text), date: published, ..Article::default() };
    match py.detach(|| article.analyze(name.clone())) {
        Ok(analysis) => to_dict(py, &analysis.record),
        Err(e) => Err(read_error(py, &name, &e)),
    }
}

/// Reads one file as one document, as `readout analyze FILE` reads a file of one article
/// (plain text, Markdown, HTML, MHTML, e-mail, Word; any charset it declares), and
/// returns its record (see `analyze`); the record's "file" is the file's base name. A
/// dataset (.csv, .jsonl, ...) is read as one text here: give its rows to
/// `analyze_many`.
///
/// Raises ReadError when the file is no article ("PATH: why"), OSError when it cannot be
/// opened.
#[pyfunction]
fn analyze_file(py: Python<'_>, path: PathBuf) -> PyResult<Py<PyAny>> {
    let (path, bytes) = read_file(py, &path)?;
    match py.detach(|| readout_core::analyze(&path, &bytes)) {
        Ok(analysis) => to_dict(py, &analysis.record),
        Err(e) => Err(read_error(py, &path, &e)),
    }
}

/// The text readout analyzes in a file (its article body, decoded, as `readout text
/// FILE` prints it): what the records' offsets (start, end, evidence) count characters
/// of. Raises ReadError or OSError as `analyze_file` does.
#[pyfunction]
fn text(py: Python<'_>, path: PathBuf) -> PyResult<String> {
    let (path, bytes) = read_file(py, &path)?;
    py.detach(|| readout_core::analyze(&path, &bytes).map(|analysis| analysis.text))
        .map_err(|e| read_error(py, &path, &e))
}

/// What became of one document of `analyze_many`.
enum Outcome {
    /// Its record.
    Record(Record),
    /// It could not be read: its name and why.
    Failed { file: String, error: String },
}

/// Analyzes one named article on a worker thread. A panic of the core (a bug) becomes
/// that document's failure, so that one bad row cannot end a stream of millions.
fn analyze_row(name: String, article: Article) -> Outcome {
    let file = name.clone();
    match catch_unwind(AssertUnwindSafe(|| article.analyze(name))) {
        Ok(Ok(analysis)) => Outcome::Record(analysis.record),
        Ok(Err(e)) => Outcome::Failed { file, error: e.to_string() },
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Outcome::Failed {
                file,
                error: format!("readout failed on this document (a bug; please report it): {what}"),
            }
        }
    }
}

/// A Python value of an article dict as the JSON value the core reads columns from:
/// strings, numbers (numpy's too), lists of strings (paragraphs), and dates and times
/// (anything with `isoformat()`, such as datetime or a pandas Timestamp) as ISO text.
/// Anything else is null, a column without a value.
fn json_value(value: &Bound<'_, PyAny>) -> PyResult<Value> {
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if value.is_none() || value.is_instance_of::<PyBool>() {
        return Ok(Value::Null);
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return Ok(Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(n) = value.extract::<i64>() {
        return Ok(Value::Number(n.into()));
    }
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        let parts = value.try_iter()?.map(|part| part.and_then(|p| json_value(&p))).collect::<PyResult<_>>()?;
        return Ok(Value::Array(parts));
    }
    if let Ok(isoformat) = value.getattr("isoformat") {
        if let Ok(text) = isoformat.call0().and_then(|t| t.extract::<String>()) {
            return Ok(Value::String(text));
        }
    }
    Ok(Value::Null)
}

/// One item of `analyze_many`'s input as the article it holds, named `NAME#<id>` by its
/// id column, else `NAME#<n>`.
fn article_of(item: &Bound<'_, PyAny>, base: &str, n: usize) -> PyResult<(String, Article)> {
    let article = if let Ok(text) = item.cast::<PyString>() {
        Article { text: Some(text.to_cow()?.into_owned()), ..Article::default() }
    } else if let Ok(mapping) = item.cast::<PyMapping>() {
        let mut object = Map::new();
        for pair in mapping.items()?.iter() {
            let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract()?;
            if let Ok(key) = key.cast::<PyString>() {
                object.insert(key.to_cow()?.into_owned(), json_value(&value)?);
            }
        }
        Article::from_json(&Value::Object(object), &DatasetColumns::default())
    } else {
        let kind = item.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "analyze_many: item {n} is a {kind}; give a str (an article's text) or a dict (its text, title, date and id)"
        )));
    };
    let name = match &article.id {
        Some(id) => format!("{base}#{id}"),
        None => format!("{base}#{n}"),
    };
    Ok((name, article))
}

/// The iterator `analyze_many` returns.
///
/// It reads a batch of items from the input (holding the GIL), hands it to the thread
/// pool, and while the pool analyzes it (without the GIL) yields the records of the
/// batch before: at most two batches are held at once, however long the input.
#[pyclass(module = "readout")]
struct Records {
    /// The input, until it ends or raises.
    source: Option<Py<PyIterator>>,
    /// What the input raised, to raise once every record before it is yielded.
    raised: Option<PyErr>,
    pool: rayon::ThreadPool,
    base: String,
    batch: usize,
    /// Items read so far (the `n` of `NAME#<n>`).
    read: usize,
    /// The batch the pool is analyzing.
    pending: Option<Mutex<Receiver<Vec<Outcome>>>>,
    /// Records analyzed and not yet yielded, in input order.
    ready: VecDeque<Outcome>,
}

impl Records {
    /// Reads the next batch from the input and starts the pool on it.
    fn start_batch(&mut self, py: Python<'_>) {
        let Some(source) = &self.source else { return };
        let mut source = source.bind(py).clone();
        let mut rows = Vec::with_capacity(self.batch);
        while rows.len() < self.batch {
            let next = source.next();
            let row = next.map(|item| item.and_then(|item| article_of(&item, &self.base, self.read + 1)));
            match row {
                Some(Ok(row)) => {
                    self.read += 1;
                    rows.push(row);
                }
                Some(Err(e)) => {
                    self.raised = Some(e);
                    self.source = None;
                    break;
                }
                None => {
                    self.source = None;
                    break;
                }
            }
        }
        if rows.is_empty() {
            return;
        }
        let (sender, receiver) = mpsc::channel();
        // Spawned, not waited for: the pool works on it while Python takes the records
        // before. Its parallel iterator runs on the pool it is spawned on.
        self.pool.spawn(move || {
            let outcomes = rows.into_par_iter().map(|(name, article)| analyze_row(name, article)).collect();
            // The receiver is gone only when the iterator was dropped unfinished.
            let _ = sender.send(outcomes);
        });
        self.pending = Some(Mutex::new(receiver));
    }
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        loop {
            match self.ready.pop_front() {
                Some(Outcome::Record(record)) => return to_dict(py, &record).map(Some),
                Some(Outcome::Failed { file, error }) => {
                    let dict = PyDict::new(py);
                    dict.set_item("file", file)?;
                    dict.set_item("error", error)?;
                    return Ok(Some(dict.into_any().unbind()));
                }
                None => {}
            }
            if let Some(pending) = self.pending.take() {
                let receiver = pending.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
                let outcomes = py
                    .detach(move || receiver.recv())
                    .map_err(|_| PyRuntimeError::new_err("analyze_many: a worker thread stopped without its batch"))?;
                self.ready = outcomes.into();
                // The next batch is analyzed while these are yielded.
                self.start_batch(py);
                continue;
            }
            if let Some(e) = self.raised.take() {
                return Err(e);
            }
            if self.source.is_none() {
                return Ok(None);
            }
            self.start_batch(py);
        }
    }
}

/// Analyzes many articles on `jobs` threads (default: one per core) and yields their
/// records lazily, in input order. `articles` is any iterable (a list, a generator, a
/// pandas column) of:
///
/// - str: an article's text, as `analyze` reads it; named "many#<n>" (n counts the
///   items from 1);
/// - dict (any mapping): an article with its parts under the column names readout looks
///   for in datasets (any case): the text ("text", "body", "content", ...), "title", a
///   date ("date", "published", ...; ISO, GDELT's or words, or a datetime) and an "id";
///   named "many#<id>" by its id, else "many#<n>". Other keys are ignored.
///
/// `name` replaces "many" in those names. A name is not made unique: give distinct ids.
///
/// A document readout cannot read does not stop the stream: it yields
/// {"file": NAME, "error": WHY} in its place (WHY as ReadError gives it). An item of
/// another type raises TypeError, and an exception of the input is raised, each once
/// the records of the items before it are yielded.
///
/// Items are read in batches of 64 per thread, and the next batch is analyzed while the
/// records of one are yielded: memory stays bounded on a stream of any length, and the
/// first record comes once the first batch is done.
#[pyfunction]
#[pyo3(signature = (articles, *, jobs=None, name=None))]
fn analyze_many(articles: &Bound<'_, PyAny>, jobs: Option<usize>, name: Option<String>) -> PyResult<Records> {
    let jobs = match jobs {
        Some(0) => return Err(PyValueError::new_err("analyze_many: jobs must be at least 1")),
        Some(jobs) => jobs,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("readout-{i}"))
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("analyze_many: cannot start {jobs} threads: {e}")))?;
    Ok(Records {
        source: Some(articles.try_iter()?.unbind()),
        raised: None,
        pool,
        base: name.unwrap_or_else(|| MANY_NAME.to_string()),
        batch: jobs * BATCH_PER_JOB,
        read: 0,
        pending: None,
        ready: VecDeque::new(),
    })
}

/// readout: who called whom and when, who said what, and how much money was pledged, sent
/// or asked for, read from news articles (calls, quotes and amounts). The records are
/// those of shared/spec/EXTRACTION.md, as the readout command line writes them.
#[pymodule]
fn readout(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_file, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(text, m)?)?;
    m.add_class::<Records>()?;
    m.add("ReadError", m.py().get_type::<ReadError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
