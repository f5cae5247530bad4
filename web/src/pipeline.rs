//! The page's side of the analysis: a queue of files fed to the analysis worker a few at
//! a time, their bytes transferred (not copied), the answers gathered and handed to the
//! page in batches, a progress count, Cancel, and recovery from a crashed worker.
//!
//! The worker answers files in the order it got them, so when it dies (a wasm trap, a
//! failed post) the oldest unanswered file is the one it died on: that file gets a
//! message, and the files sent after it go to a fresh worker.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect, Uint8Array};
use leptos::prelude::*;
use readout_core::{ReadError, MAX_FILE_BYTES};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ErrorEvent, Event, File, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::files::Picked;
use crate::{FileResult, Reply};

/// The worker's script (`web/worker/analysis-worker.js`, which trunk copies beside the
/// page), relative to the page so any sub-path works. It runs this same wasm, which the
/// page hands it.
pub const WORKER_URL: &str = "./analysis-worker.js";
/// Files being read or waiting at the worker at once: enough to keep it busy, few enough
/// that Cancel loses little and memory stays flat for any batch size.
const IN_FLIGHT: usize = 4;
/// How often gathered answers are handed to the page while a batch runs.
const FLUSH_MS: i32 = 150;
/// How long a new worker may take to load its engine. A worker whose wasm cannot be
/// fetched fails by an unhandled rejection inside it, which raises no error event here.
const START_MS: i32 = 30_000;

#[wasm_bindgen]
extern "C" {
    /// Where this wasm's JS glue was loaded from: trunk names it by its hash, so the
    /// worker learns it from the page.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static GLUE_URL: JsValue;
}

/// How far the current batch is: files done out of all files added since the page was
/// last idle. `cancelled` once the person stopped it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub cancelled: bool,
}

impl Progress {
    /// Whether files are still waiting for their analysis.
    pub fn running(&self) -> bool {
        self.done < self.total && !self.cancelled
    }
}

/// Where a queued file's bytes come from.
enum Source {
    File(File),
    /// A sample article bundled into the page.
    Text(&'static str),
    /// Already known to be unreadable, with why.
    Failed(String),
}

struct Job {
    name: String,
    source: Source,
}

/// The running worker and the handlers that keep listening to it.
struct Engine {
    worker: Worker,
    ready: bool,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

struct State {
    progress: RwSignal<Progress>,
    deliver: Rc<dyn Fn(Vec<FileResult>)>,
    engine: Option<Engine>,
    /// Counts engines started, so events of a replaced one are ignored.
    engines: u32,
    queue: VecDeque<Job>,
    /// Posted to the worker and not answered yet, oldest first.
    sent: VecDeque<(u32, Job)>,
    /// Files whose bytes are being read.
    reading: usize,
    /// Bumped by Cancel, so reads started before it are dropped.
    epoch: u64,
    next_id: u32,
    /// Answers not yet handed to the page.
    gathered: Vec<FileResult>,
    flush_pending: bool,
    done: usize,
    total: usize,
    cancelled: bool,
}

/// The analysis queue. Cloning gives another handle to the same queue.
#[derive(Clone)]
pub struct Pipeline {
    state: Rc<RefCell<State>>,
}

impl Pipeline {
    /// A pipeline that reports its progress in `progress` and hands answers, a batch at a
    /// time, to `deliver`. The worker starts with the first file.
    pub fn new(progress: RwSignal<Progress>, deliver: impl Fn(Vec<FileResult>) + 'static) -> Pipeline {
        let state = State {
            progress,
            deliver: Rc::new(deliver),
            engine: None,
            engines: 0,
            queue: VecDeque::new(),
            sent: VecDeque::new(),
            reading: 0,
            epoch: 0,
            next_id: 0,
            gathered: Vec::new(),
            flush_pending: false,
            done: 0,
            total: 0,
            cancelled: false,
        };
        Pipeline { state: Rc::new(RefCell::new(state)) }
    }

    /// Queues picked or dropped files, passing over the assets of a page saved complete
    /// (the scripts, styles and pictures of `X_files/` beside `X.html`).
    pub fn add_files(&self, picked: Vec<Picked>) {
        let assets =
            readout_core::document::saved_page_assets(&picked.iter().map(|p| p.name.as_str()).collect::<Vec<_>>());
        self.add(
            picked
                .into_iter()
                .zip(assets)
                .filter(|(_, asset)| !asset)
                .map(|(Picked { name, file }, _)| Job {
                    name,
                    source: match file {
                        Ok(file) => Source::File(file),
                        Err(reason) => Source::Failed(reason),
                    },
                })
                .collect(),
        );
    }

    /// Queues bundled texts (the sample articles).
    pub fn add_texts(&self, texts: &[(&'static str, &'static str)]) {
        self.add(texts.iter().map(|(name, text)| Job { name: name.to_string(), source: Source::Text(text) }).collect());
    }

    fn add(&self, jobs: Vec<Job>) {
        {
            let mut st = self.state.borrow_mut();
            if st.done == st.total || st.cancelled {
                st.done = 0;
                st.total = 0;
                st.cancelled = false;
            }
            st.total += jobs.len();
            st.queue.extend(jobs);
            st.progress.set(Progress { done: st.done, total: st.total, cancelled: false });
        }
        pump(&self.state);
    }

    /// Stops the batch at once: the worker is ended mid-file, files not yet answered are
    /// dropped, answers already gathered are kept. The next file starts a fresh worker.
    pub fn cancel(&self) {
        self.stop();
        flush(&self.state);
    }

    /// Stops the batch as [`Pipeline::cancel`] does and forgets it: answers not yet handed
    /// over are dropped and the progress is back to nothing, for a page being cleared.
    pub fn clear(&self) {
        self.stop();
        let mut st = self.state.borrow_mut();
        st.gathered.clear();
        st.done = 0;
        st.total = 0;
        st.cancelled = false;
        st.progress.set(Progress::default());
    }

    fn stop(&self) {
        let mut st = self.state.borrow_mut();
        if let Some(engine) = st.engine.take() {
            engine.worker.terminate();
        }
        st.queue.clear();
        st.sent.clear();
        st.reading = 0;
        st.epoch += 1;
        st.cancelled = st.done < st.total;
    }
}

/// Starts reads and posts until enough files are in flight.
fn pump(state: &Rc<RefCell<State>>) {
    loop {
        let mut st = state.borrow_mut();
        if st.queue.is_empty() || st.sent.len() + st.reading >= IN_FLIGHT {
            break;
        }
        if st.engine.is_none() {
            start_engine(state, &mut st);
        }
        if !st.engine.as_ref().is_some_and(|e| e.ready) {
            break;
        }
        let Some(job) = st.queue.pop_front() else { break };
        match &job.source {
            Source::Failed(reason) => {
                let reason = reason.clone();
                finish(state, &mut st, vec![failed(job.name, reason)]);
            }
            Source::File(file) if file.size() > MAX_FILE_BYTES as f64 => {
                // Refused by size before a byte is read.
                let reason = ReadError::TooLarge { bytes: file.size() as usize }.to_string();
                finish(state, &mut st, vec![failed(job.name, reason)]);
            }
            Source::File(file) => {
                st.reading += 1;
                let read = JsFuture::from(file.array_buffer());
                let (epoch, state) = (st.epoch, state.clone());
                spawn_local(async move {
                    let bytes = read.await;
                    {
                        let mut st = state.borrow_mut();
                        if st.epoch != epoch {
                            return;
                        }
                        st.reading -= 1;
                        match bytes {
                            Ok(buffer) => post(&state, &mut st, job, buffer),
                            Err(e) => {
                                let reason = format!("the browser could not read it: {}", describe(&e));
                                finish(&state, &mut st, vec![failed(job.name, reason)]);
                            }
                        }
                    }
                    pump(&state);
                });
            }
            Source::Text(text) => {
                let buffer = Uint8Array::from(text.as_bytes()).buffer().into();
                post(state, &mut st, job, buffer);
            }
        }
    }
}

/// Sends one file's bytes to the worker, transferring the buffer.
fn post(state: &Rc<RefCell<State>>, st: &mut State, job: Job, buffer: JsValue) {
    let Some(engine) = st.engine.as_ref() else {
        // The worker crashed while this file was read: queue it for the fresh one.
        st.queue.push_front(job);
        return;
    };
    let id = st.next_id;
    let message = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&message, &JsValue::from_str(key), value).map(drop);
    let sent = set("id", &JsValue::from(id))
        .and_then(|_| set("name", &JsValue::from_str(&job.name)))
        .and_then(|_| set("bytes", &buffer))
        .and_then(|_| engine.worker.post_message_with_transfer(&message, &Array::of1(&buffer)));
    match sent {
        Ok(()) => {
            st.next_id = id.wrapping_add(1);
            st.sent.push_back((id, job));
        }
        Err(e) => {
            let reason = format!("it could not be handed to the analysis: {}", describe(&e));
            finish(state, st, vec![failed(job.name, reason)]);
        }
    }
}

fn start_engine(state: &Rc<RefCell<State>>, st: &mut State) {
    st.engines += 1;
    let generation = st.engines;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = match Worker::new_with_options(WORKER_URL, &options) {
        Ok(worker) => worker,
        Err(e) => {
            fail_all(state, st, &format!("the analysis engine could not be started: {}", describe(&e)));
            return;
        }
    };
    let weak = Rc::downgrade(state);
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(state) = weak.upgrade() {
            answered(&state, generation, ev.data());
        }
    });
    let weak = Rc::downgrade(state);
    let on_error = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
        ev.prevent_default();
        let reason = match ev.dyn_ref::<ErrorEvent>() {
            Some(error) if !error.message().is_empty() => error.message(),
            _ => "it stopped".to_string(),
        };
        if let Some(state) = weak.upgrade() {
            crashed(&state, generation, &reason);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
    // The worker's first message: the glue to import and the module it initialises, the
    // one this page already downloaded and compiled.
    let boot = Object::new();
    let booted = Reflect::set(&boot, &JsValue::from_str("glue"), &GLUE_URL.with(JsValue::clone))
        .and_then(|_| Reflect::set(&boot, &JsValue::from_str("module"), &wasm_bindgen::module()))
        .and_then(|_| worker.post_message(&boot));
    if let Err(e) = booted {
        worker.terminate();
        fail_all(state, st, &format!("the analysis engine could not be started: {}", describe(&e)));
        return;
    }
    st.engine = Some(Engine { worker, ready: false, _on_message: on_message, _on_error: on_error });
    let weak = Rc::downgrade(state);
    let deadline = Closure::once_into_js(move || {
        let Some(state) = weak.upgrade() else { return };
        let waiting = state.borrow().engine.as_ref().is_some_and(|e| !e.ready) && state.borrow().engines == generation;
        if waiting {
            crashed(&state, generation, &format!("it did not load within {} s", START_MS / 1000));
        }
    });
    if let Some(window) = web_sys::window() {
        // Without a timer the worker is still used; only a silent load failure would wait.
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(deadline.unchecked_ref(), START_MS);
    }
}

/// A message from the worker started as `generation`.
fn answered(state: &Rc<RefCell<State>>, generation: u32, data: JsValue) {
    let reply = serde_wasm_bindgen::from_value::<Reply>(data);
    {
        let mut st = state.borrow_mut();
        if st.engines != generation || st.engine.is_none() {
            return;
        }
        match reply {
            Ok(Reply::Ready) => {
                if let Some(engine) = st.engine.as_mut() {
                    engine.ready = true;
                }
            }
            Ok(Reply::Analyzed { id, results }) => {
                if let Some(at) = st.sent.iter().position(|(sent, _)| *sent == id) {
                    st.sent.remove(at);
                    finish(state, &mut st, results);
                }
            }
            Err(e) => {
                drop(st);
                crashed(state, generation, &format!("its answer could not be read: {e}"));
                return;
            }
        }
    }
    pump(state);
}

/// The worker started as `generation` failed: the file it was on gets `reason`, the files
/// after it go to a fresh worker. A worker that never got ready cannot analyze anything,
/// so then every waiting file gets the message.
fn crashed(state: &Rc<RefCell<State>>, generation: u32, reason: &str) {
    {
        let mut st = state.borrow_mut();
        if st.engines != generation {
            return;
        }
        let Some(engine) = st.engine.take() else { return };
        engine.worker.terminate();
        if !engine.ready {
            fail_all(state, &mut st, &format!("the analysis engine could not be started: {reason}"));
        } else if let Some((_, job)) = st.sent.pop_front() {
            let message = format!("the analysis stopped on this file ({reason}); the other files went on");
            finish(state, &mut st, vec![failed(job.name, message)]);
            let rest: Vec<Job> = st.sent.drain(..).map(|(_, job)| job).collect();
            for job in rest.into_iter().rev() {
                st.queue.push_front(job);
            }
        }
    }
    pump(state);
}

fn fail_all(state: &Rc<RefCell<State>>, st: &mut State, reason: &str) {
    let jobs: Vec<Job> = st.sent.drain(..).map(|(_, job)| job).chain(st.queue.drain(..)).collect();
    for job in jobs {
        finish(state, st, vec![failed(job.name, reason.to_string())]);
    }
}

fn failed(name: String, reason: String) -> FileResult {
    FileResult { name, outcome: Err(reason), generation: 0 }
}

/// One file is done: its documents wait to be handed over with the next batch.
fn finish(state: &Rc<RefCell<State>>, st: &mut State, results: Vec<FileResult>) {
    st.gathered.extend(results);
    st.done += 1;
    if st.done == st.total {
        // The last file: hand over at once, after the caller lets go of the state.
        let state = state.clone();
        spawn_local(async move { flush(&state) });
    } else if !st.flush_pending {
        st.flush_pending = true;
        let state = state.clone();
        let tick = Closure::once_into_js(move || flush(&state));
        let scheduled = web_sys::window()
            .and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(tick.unchecked_ref(), FLUSH_MS).ok());
        if scheduled.is_none() {
            st.flush_pending = false;
        }
    }
}

/// Hands the gathered answers to the page in one go, and shows the progress.
fn flush(state: &Rc<RefCell<State>>) {
    let (batch, deliver) = {
        let mut st = state.borrow_mut();
        st.flush_pending = false;
        st.progress.set(Progress { done: st.done, total: st.total, cancelled: st.cancelled });
        (std::mem::take(&mut st.gathered), st.deliver.clone())
    };
    if !batch.is_empty() {
        deliver(batch);
    }
}

/// A JavaScript error as a sentence.
fn describe(error: &JsValue) -> String {
    Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}
