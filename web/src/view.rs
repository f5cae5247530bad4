//! What the person sees: the drop zone, the buttons, and the workbench of results.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{DragEvent, Event, HtmlInputElement};

use crate::article::ArticleView;
use crate::files::{dropped_files, Picked, SAMPLES};
use crate::pipeline::{Pipeline, Progress};
use crate::store::Store;
use crate::workbench::Workbench;
use crate::{FileResult, Focus};

#[component]
pub fn App() -> impl IntoView {
    let results = RwSignal::new(Vec::<FileResult>::new());
    provide_context(results);
    let focus = RwSignal::new(None::<Focus>);
    provide_context(focus);
    provide_context(crate::marked::Search(RwSignal::new(Vec::new())));
    let progress = RwSignal::new(Progress::default());
    // The workbench merges less often while a batch is running.
    provide_context(progress);
    let storage_problem = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let folder_input = NodeRef::<leptos::html::Input>::new();
    // Leptos has no typed `webkitdirectory` attribute; set the property once mounted.
    Effect::new(move |_| {
        if let Some(input) = folder_input.get() {
            input.set_webkitdirectory(true);
        }
    });

    let store = Store::default();
    let keep = move |outcome: Result<(), String>| {
        if let Err(e) = outcome {
            storage_problem.set(Some(e));
        }
    };
    let generation = StoredValue::new(0u64);
    // What the last Clear took away, until it is undone or new results come in.
    let cleared = RwSignal::new(None::<Vec<FileResult>>);
    let deliver = {
        let store = store.clone();
        move |mut batch: Vec<FileResult>| {
            for result in &mut batch {
                generation.update_value(|g| *g += 1);
                result.generation = generation.get_value();
            }
            let saving = store.save(batch.clone());
            spawn_local(async move { keep(saving.await) });
            cleared.set(None);
            results.update(|all| merge_results(all, batch));
        }
    };
    let pipeline = StoredValue::new_local(Pipeline::new(progress, deliver));
    // What was analyzed before the last reload; files dropped meanwhile win.
    {
        let store = store.clone();
        spawn_local(async move {
            match store.load().await {
                Ok(saved) => {
                    let newest = saved.iter().map(|r| r.generation).max().unwrap_or(0);
                    generation.update_value(|g| *g = (*g).max(newest));
                    results.update(|all| {
                        let present: HashSet<String> = all.iter().map(|r| r.name.clone()).collect();
                        all.extend(saved.into_iter().filter(|r| !present.contains(&r.name)));
                        readout_core::order::sort_by(all, by_name);
                    });
                }
                Err(e) => storage_problem.set(Some(e)),
            }
        });
    }
    let store = StoredValue::new_local(store);

    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(transfer) = ev.data_transfer() {
            let files = dropped_files(&transfer);
            spawn_local(async move {
                let files = files.await;
                pipeline.with_value(|p| p.add_files(files));
            });
        }
    };
    let on_pick = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        if let Some(list) = input.files() {
            let files = (0..list.length()).filter_map(|i| list.get(i)).map(Picked::from_input).collect();
            pipeline.with_value(|p| p.add_files(files));
        }
        input.set_value("");
    };
    let load_samples = move |_| pipeline.with_value(|p| p.add_texts(SAMPLES));
    let cancel = move |_| pipeline.with_value(Pipeline::cancel);
    // Clear asks first, and what it took away can be put back until the next Clear or drop.
    let clear = move |_| {
        let n = results.with(Vec::len);
        let question = format!(
            "Clear all {}? You can undo this.",
            if n == 1 { "1 result".into() } else { format!("{} results", group_thousands(n as f64)) }
        );
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        pipeline.with_value(Pipeline::clear);
        cleared.set(Some(results.get_untracked()));
        results.set(Vec::new());
        focus.set(None);
        storage_problem.set(None);
        let clearing = store.with_value(Store::clear);
        spawn_local(async move { keep(clearing.await) });
    };
    let undo_clear = move |_| {
        let Some(back) = cleared.try_update(Option::take).flatten() else { return };
        let saving = store.with_value(|store| store.save(back.clone()));
        spawn_local(async move { keep(saving.await) });
        results.update(|all| merge_results(all, back));
    };

    view! {
        <div
            class="page"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |ev: DragEvent| {
                if ev.related_target().is_none() {
                    dragging.set(false);
                }
            }
            on:drop=on_drop
        >
            <header>
                <h1>"readout"</h1>
                <p class="tagline">
                    "Who called whom, who said what, and how much money was pledged, from news articles. "
                    "Everything runs in this page: your files never leave your machine."
                </p>
                <p class="caveat">
                    "The reading is automatic and can be wrong: every row links to the sentence it comes from, so check it there."
                </p>
            </header>
            // On a phone, once there are results, the parts marked `intro` fold away (CSS), so
            // the first rows show without scrolling.
            <section class="drop" aria-label="Add articles">
                <p class="intro">"Drop article files or folders anywhere on this page (.txt, .md, .html, .mhtml, .eml, .docx, .zip, .csv, .json), or"</p>
                <div class="actions">
                    <label class="button" for="file-input">"Choose files\u{2026}"</label>
                    <input id="file-input" class="visually-hidden" type="file" multiple on:change=on_pick />
                    <label class="button intro" for="folder-input">"Choose a folder\u{2026}"</label>
                    <input id="folder-input" class="visually-hidden intro" type="file" multiple node_ref=folder_input on:change=on_pick />
                    <button type="button" class="button secondary intro" on:click=load_samples>
                        "Try the sample articles"
                    </button>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=clear
                        hidden=move || results.with(Vec::is_empty) && !progress.get().running()
                    >
                        "Clear"
                    </button>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=undo_clear
                        hidden=move || cleared.with(Option::is_none) || !results.with(Vec::is_empty)
                    >
                        "Undo clear"
                    </button>
                </div>
                <div class="progress" hidden=move || !progress.get().running()>
                    <label for="analysis-progress">"Analyzing files"</label>
                    <progress
                        id="analysis-progress"
                        max=move || progress.get().total.max(1)
                        value=move || progress.get().done
                    ></progress>
                    <button type="button" class="button secondary" on:click=cancel>"Cancel"</button>
                </div>
                <p class="status" role="status" aria-live="polite">
                    {move || results.with(|all| status(progress.get(), all.len(), all.iter().filter(|r| r.outcome.is_err()).count()))}
                </p>
                {move || {
                    storage_problem
                        .get()
                        .map(|problem| {
                            view! {
                                <p class="storage-problem" role="alert">
                                    "Results cannot be kept in this browser, so a reload will lose them: "
                                    {problem}
                                </p>
                            }
                        })
                }}
            </section>
            <main class="results">
                <Workbench />
            </main>
            <ArticleView />
        </div>
    }
}

/// The status line: the running batch, a cancelled one, or how many results are shown
/// and how many of them could not be read.
fn status(progress: Progress, shown: usize, failed: usize) -> String {
    let files = |n: usize| format!("{} file{}", group_thousands(n as f64), if n == 1 { "" } else { "s" });
    if progress.running() {
        format!("Analyzed {} of {}\u{2026}", group_thousands(progress.done as f64), files(progress.total))
    } else if progress.cancelled {
        format!(
            "Cancelled: {} of {} analyzed, the rest left out.",
            group_thousands(progress.done as f64),
            files(progress.total)
        )
    } else if shown == 0 {
        String::new()
    } else if failed > 0 {
        let which = if failed == shown && shown == 1 { "It".to_string() } else { group_thousands(failed as f64) };
        format!("{} analyzed. {which} could not be read: see Files.", files(shown))
    } else {
        format!("{} analyzed.", files(shown))
    }
}

/// Puts a batch of fresh results among the shown ones: a name seen again replaces its
/// older result (within the batch too, the later one wins); the list stays in name order.
pub fn merge_results(all: &mut Vec<FileResult>, batch: Vec<FileResult>) {
    let mut names = HashSet::new();
    let mut fresh: Vec<FileResult> = batch.into_iter().rev().filter(|r| names.insert(r.name.clone())).collect();
    all.retain(|r| !names.contains(&r.name));
    fresh.reverse();
    all.extend(fresh);
    readout_core::order::sort_by(all, by_name);
}

/// The order of the shown results. One function for every sort of them, so the page's
/// wasm holds one copy of its comparison.
fn by_name(a: &FileResult, b: &FileResult) -> std::cmp::Ordering {
    a.name.cmp(&b.name)
}

/// `350000000.0` as "350,000,000"; fractions keep up to two decimals ("2.75").
pub fn group_thousands(value: f64) -> String {
    let cents = (value.abs() * 100.0).round() as u128;
    let digits = (cents / 100).to_string();
    let mut out = String::new();
    if value < 0.0 && cents > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match cents % 100 {
        0 => {}
        c if c % 10 == 0 => out.push_str(&format!(".{}", c / 10)),
        c => out.push_str(&format!(".{c:02}")),
    }
    out
}

/// An amount as people read it: "$13.1B", "¥56T" in the reader's locale
/// (`Intl.NumberFormat`, compact notation); the exact figure where the currency is no
/// ISO code the browser knows.
pub fn compact(value: f64, currency: &str) -> String {
    let code = currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase());
    if !code {
        return format!("{} {currency}", group_thousands(value));
    }
    let options = js_sys::Object::new();
    for (key, option) in [("notation", "compact"), ("style", "currency"), ("currency", currency)] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &option.into());
    }
    let _ = js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &1.into());
    let format = js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &options).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &value.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| group_thousands(value))
}

/// A record's date as the page shows it: a full date as it is, and a day without its
/// year ("--06-25") as "25 June, year unknown".
pub fn date_label(date: &str) -> String {
    let Some(rest) = date.strip_prefix("--") else { return date.to_string() };
    let (month, day) = rest.split_once('-').unwrap_or((rest, ""));
    match (month.parse::<i64>(), day.parse::<u8>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {}, year unknown", readout_core::corpus::month_name(m)),
        _ => date.to_string(),
    }
}

/// A quote's words without the punctuation that ends the sentence around them ("We need
/// them," reads "We need them").
pub fn quote_words(text: &str) -> &str {
    text.trim_end_matches([',', ';', ':', ' ', '\u{2014}', '\u{2013}'])
}
