//! The Files view: every analyzed file with its date, title and counts, and a clear
//! message for each file that could not be read.

use leptos::prelude::*;
use readout_core::corpus::csv_table;

use crate::FileResult;

/// One entry per file, in the page's order; a failed file's message is an alert.
#[component]
pub fn FilesList(show_file: Callback<String>) -> impl IntoView {
    let results = expect_context::<RwSignal<Vec<FileResult>>>();
    view! {
        <ul class="file-list">
            <For
                each=move || results.get()
                key=|r| (r.name.clone(), r.generation)
                children=move |r| view! { <li><FileEntry result=r show_file /></li> }
            />
        </ul>
    }
}

#[component]
fn FileEntry(result: FileResult, show_file: Callback<String>) -> impl IntoView {
    let FileResult { name, outcome, .. } = result;
    let key = name.clone();
    match outcome {
        Err(reason) => view! {
            <article class="file failed" data-file=key>
                <h3>{name}</h3>
                <p class="error" role="alert">"Could not read this file: " {reason}</p>
            </article>
        }
        .into_any(),
        Ok(analysis) => {
            let record = analysis.record;
            let published = match record.published {
                Some(date) => {
                    let shown = date.clone();
                    view! { <p class="published">"Published " <time datetime=date>{shown}</time></p> }.into_any()
                }
                None => view! { <p class="published unknown">"Publication date not given"</p> }.into_any(),
            };
            let counts = format!(
                "{} \u{b7} {} \u{b7} {}",
                count(record.calls.len(), "call", "calls"),
                count(record.quotes.len(), "quote", "quotes"),
                count(record.amounts.len(), "amount", "amounts"),
            );
            let hidden = format!(" ({name})");
            let shown_name = name.clone();
            view! {
                <article class="file" data-file=key>
                    <h3>{name}</h3>
                    {record.title.map(|t| view! { <p class="title">{t}</p> })}
                    {published}
                    <p class="file-counts">{counts}</p>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| show_file.run(shown_name.clone())
                    >
                        "Show its rows"
                        <span class="visually-hidden">{hidden}</span>
                    </button>
                </article>
            }
            .into_any()
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The files as CSV: name, publication date, title, counts, and why a file failed.
pub fn files_csv(results: &[FileResult]) -> String {
    let rows: Vec<Vec<String>> = results
        .iter()
        .map(|r| match &r.outcome {
            Ok(a) => {
                let rec = &a.record;
                vec![
                    r.name.clone(),
                    rec.published.clone().unwrap_or_default(),
                    rec.title.clone().unwrap_or_default(),
                    rec.calls.len().to_string(),
                    rec.quotes.len().to_string(),
                    rec.amounts.len().to_string(),
                    String::new(),
                ]
            }
            Err(e) => vec![
                r.name.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                e.clone(),
            ],
        })
        .collect();
    csv_table(&["file", "published", "title", "calls", "quotes", "amounts", "error"], &rows)
}
