//! The Files view: every analyzed file with its date, title, counts and opening words, and
//! a clear message for each file that could not be read. While the workbench searches, only
//! the files that mention every word, each with a snippet around its first hit.
//!
//! Virtual, like the tables: the cards sit in a grid of fixed-height rows inside a
//! scrolling box, and only the rows in sight (and a few around them) are in the page, so
//! ten thousand files cost no more to show than forty. Each card is a list item placed
//! absolutely at its row and column, with `aria-setsize` and `aria-posinset` telling
//! where it is in the whole list.

use leptos::ev;
use leptos::prelude::*;
use readout_core::corpus::{csv_table, snippet};
use web_sys::HtmlElement;

use crate::marked::{shown, Search};
use crate::{FileResult, Focus};

/// The height of a row of cards with the gap below it, in CSS pixels; `style.css` gives
/// a card `CARD_PX - GAP_PX`.
const CARD_PX: usize = 284;
/// The gap between cards, across and down, in CSS pixels.
const GAP_PX: usize = 12;
/// The narrowest a card gets before the grid drops a column (20rem).
const CARD_MIN_PX: usize = 320;
/// Rows of cards rendered above and below the ones in sight.
const OVERSCAN: usize = 4;

/// How many cards fit across a box `width` pixels wide.
fn columns_for(width: usize) -> usize {
    ((width + GAP_PX) / (CARD_MIN_PX + GAP_PX)).max(1)
}

/// The cards to render, as a range of indices into the list: whole rows from the one at
/// `scroll_top` less the overscan, for `rows_in_sight` rows and the overscan below.
fn visible_cards(scroll_top: usize, rows_in_sight: usize, columns: usize, len: usize) -> (usize, usize) {
    let first_row = (scroll_top / CARD_PX).saturating_sub(OVERSCAN);
    let end_row = first_row + rows_in_sight + 2 * OVERSCAN;
    let end = end_row.saturating_mul(columns).min(len);
    ((first_row * columns).min(end), end)
}

/// Characters of a snippet either side of its hit.
const AROUND: usize = 90;

/// One entry per file of `matching` (indices into the results), in the page's order; a
/// failed file's message is an alert.
#[component]
pub fn FilesList(show_file: Callback<String>, matching: Memo<Vec<usize>>) -> impl IntoView {
    let results = expect_context::<RwSignal<Vec<FileResult>>>();
    let window_size = |size: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        size.ok().and_then(|v| v.as_f64()).map(|v| v.max(0.0) as usize)
    };
    // At first, as much as the window holds (the box is never larger); then the box's
    // own size, read once it is in the page, on every scroll and when the window resizes.
    let window_rows = window_size(window().inner_height()).map(|h| h.div_ceil(CARD_PX)).unwrap_or(4);
    let scroll_top = RwSignal::new(0usize);
    let box_rows = RwSignal::new(0usize);
    let width = RwSignal::new(window_size(window().inner_width()).unwrap_or(CARD_MIN_PX));
    let scroller = NodeRef::<leptos::html::Div>::new();
    let measure = move |el: &HtmlElement| {
        scroll_top.set(el.scroll_top().max(0) as usize);
        box_rows.set((el.client_height().max(0) as usize).div_ceil(CARD_PX));
        if el.client_width() > 0 {
            width.set(el.client_width() as usize);
        }
    };
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            measure(&el);
        }
    });
    let resize = window_event_listener(ev::resize, move |_| {
        if let Some(el) = scroller.get_untracked() {
            measure(&el);
        }
    });
    on_cleanup(move || resize.remove());

    let columns = Memo::new(move |_| columns_for(width.get()));
    let len = Memo::new(move |_| matching.with(Vec::len));
    let range =
        Memo::new(move |_| visible_cards(scroll_top.get(), window_rows.max(box_rows.get()), columns.get(), len.get()));

    let cards = move || {
        let (first, end) = range.get();
        let columns = columns.get();
        let total = len.get();
        results.with(|all| {
            matching.with(|matching| {
                matching[first..end]
                    .iter()
                    .filter_map(|&i| all.get(i))
                    .enumerate()
                    .map(|(k, result)| {
                        let index = first + k;
                        let (row, column) = (index / columns, index % columns);
                        // Across: the box's width shared by the columns, gaps between them.
                        let left = format!("calc((100% + {GAP_PX}px) * {column} / {columns})");
                        let card_width = format!("calc((100% + {GAP_PX}px) / {columns} - {GAP_PX}px)");
                        view! {
                            <li
                                aria-setsize=total
                                aria-posinset=index + 1
                                style:top=format!("{}px", row * CARD_PX)
                                style:left=left
                                style:width=card_width
                            >
                                {file_entry(result, show_file)}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };

    view! {
        <div
            class="files-scroll"
            node_ref=scroller
            on:scroll=move |ev| measure(&event_target::<HtmlElement>(&ev))
        >
            <p class="empty" hidden=move || { len.get() > 0 }>"No file mentions every word of the search."</p>
            <ul
                class="file-list"
                aria-label="Files"
                style:height=move || format!("{}px", len.get().div_ceil(columns.get()) * CARD_PX)
            >
                {cards}
            </ul>
        </div>
    }
}

/// The card of one file: its name, title, date and counts and a button to its rows, or
/// why it could not be read.
fn file_entry(result: &FileResult, show_file: Callback<String>) -> AnyView {
    let name = result.name.clone();
    let key = name.clone();
    let whole = name.clone();
    match &result.outcome {
        Err(reason) => view! {
            <article class="file failed" data-file=key>
                <h3 title=whole>{name}</h3>
                <p class="error" role="alert">"Could not read this file: " {reason.clone()}</p>
            </article>
        }
        .into_any(),
        Ok(analysis) => {
            let record = &analysis.record;
            let published = match record.published.clone() {
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
            let article_name = name.clone();
            let focus = expect_context::<RwSignal<Option<Focus>>>();
            view! {
                <article class="file" data-file=key>
                    <h3 title=whole>{name}</h3>
                    {record.title.clone().map(|t| {
                        let whole = t.clone();
                        view! { <p class="title" title=whole>{t}</p> }
                    })}
                    {published}
                    <p class="file-counts">{counts}</p>
                    {snippet_of(&analysis.text)}
                    <div class="file-actions">
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| focus.set(Some(Focus { document: article_name.clone(), start: 0, end: 0 }))
                        >
                            "Open the article"
                            <span class="visually-hidden">{hidden.clone()}</span>
                        </button>
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| show_file.run(shown_name.clone())
                        >
                            "Show its rows"
                            <span class="visually-hidden">{hidden}</span>
                        </button>
                    </div>
                </article>
            }
            .into_any()
        }
    }
}

/// The words around the search's first hit in `text`, marked, or its opening words;
/// following the search.
fn snippet_of(text: &str) -> impl IntoView {
    let search = use_context::<Search>();
    let text = text.to_string();
    move || {
        let found = search
            .map(|s| s.0.with(|words| snippet(&text, words, AROUND)))
            .unwrap_or_else(|| snippet(&text, &[], AROUND));
        found.map(|s| view! { <p class="snippet">{shown(&s.text, &s.hits)}</p> })
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
