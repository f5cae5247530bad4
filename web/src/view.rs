//! What the person sees: the drop zone, the buttons, and the workbench of results.

use leptos::prelude::*;
use leptos::task::spawn_local;
use readout_core::MAX_FILE_BYTES;
use web_sys::{DragEvent, Event, HtmlInputElement};

use crate::files::{dropped_files, read_bytes, Picked, SAMPLES};
use crate::workbench::Workbench;
use crate::{analyze_file, FileResult, Focus};

#[component]
pub fn App() -> impl IntoView {
    let results = RwSignal::new(Vec::<FileResult>::new());
    provide_context(results);
    provide_context(RwSignal::new(None::<Focus>));
    let pending = RwSignal::new(0usize);
    let dragging = RwSignal::new(false);
    let folder_input = NodeRef::<leptos::html::Input>::new();
    // Leptos has no typed `webkitdirectory` attribute; set the property once mounted.
    Effect::new(move |_| {
        if let Some(input) = folder_input.get() {
            input.set_webkitdirectory(true);
        }
    });

    let generation = StoredValue::new(0u64);
    let add = move |mut result: FileResult| {
        generation.update_value(|g| *g += 1);
        result.generation = generation.get_value();
        results.update(|all| {
            all.retain(|r| r.name != result.name);
            let at = all.partition_point(|r| r.name < result.name);
            all.insert(at, result);
        });
    };
    let process = move |picked: Vec<Picked>| {
        pending.update(|n| *n += picked.len());
        spawn_local(async move {
            for Picked { name, file } in picked {
                let bytes = match file {
                    Ok(file) if file.size() > MAX_FILE_BYTES as f64 => {
                        Err(readout_core::ReadError::TooLarge { bytes: file.size() as usize }.to_string())
                    }
                    Ok(file) => read_bytes(&file).await,
                    Err(e) => Err(e),
                };
                match bytes {
                    Ok(bytes) => analyze_file(&name, &bytes).into_iter().for_each(add),
                    Err(reason) => add(FileResult { name, outcome: Err(reason), generation: 0 }),
                }
                pending.update(|n| *n -= 1);
            }
        });
    };

    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(transfer) = ev.data_transfer() {
            let files = dropped_files(&transfer);
            spawn_local(async move { process(files.await) });
        }
    };
    let on_pick = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        if let Some(list) = input.files() {
            process((0..list.length()).filter_map(|i| list.get(i)).map(Picked::from_input).collect());
        }
        input.set_value("");
    };
    let load_samples = move |_| {
        for (name, text) in SAMPLES {
            analyze_file(name, text.as_bytes()).into_iter().for_each(add);
        }
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
            </header>
            <section class="drop" aria-label="Add articles">
                <p>"Drop article files or folders anywhere on this page (.txt, .md, .html, .mhtml, .eml, .docx, .zip, .csv, .json), or"</p>
                <div class="actions">
                    <label class="button" for="file-input">"Choose files\u{2026}"</label>
                    <input id="file-input" class="visually-hidden" type="file" multiple on:change=on_pick />
                    <label class="button" for="folder-input">"Choose a folder\u{2026}"</label>
                    <input id="folder-input" class="visually-hidden" type="file" multiple node_ref=folder_input on:change=on_pick />
                    <button type="button" class="button secondary" on:click=load_samples>
                        "Try the sample articles"
                    </button>
                </div>
                <p class="status" role="status" aria-live="polite">
                    {move || match (pending.get(), results.with(Vec::len)) {
                        (0, 0) => String::new(),
                        (0, n) => format!("{n} file{} analyzed.", if n == 1 { "" } else { "s" }),
                        (p, _) => format!("Reading {p} file{}\u{2026}", if p == 1 { "" } else { "s" }),
                    }}
                </p>
            </section>
            <main class="results">
                <Workbench />
            </main>
        </div>
    }
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
