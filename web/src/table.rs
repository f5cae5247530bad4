//! The calls, quotes and amounts tables: sortable by every column, and virtual (only
//! the rows in sight are in the page), so ten thousand rows scroll as fast as ten.
//!
//! A table is an ARIA table of fixed-height rows (`ROW_PX`) laid out with CSS grid inside
//! a scrolling box; rows are placed absolutely at `index × ROW_PX`. Clicking a row, or
//! pressing Enter on it, sets the page's [`Focus`] to its first source; each source has
//! its own button.

use std::sync::Arc;

use leptos::prelude::*;
use readout_core::corpus::{AmountRow, CallRow, Column, QuoteRow, Source};
use readout_core::Analysis;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, MouseEvent};

use crate::marked::marked;
use crate::person::{person_link, person_links};
use crate::view::{date_label, group_thousands, quote_words};
use crate::{FileResult, Focus};

/// The height of every table row, in CSS pixels; `style.css` gives rows this height.
const ROW_PX: usize = 48;
/// Rows rendered above and below the ones in sight, so a quick scroll shows no gap.
const OVERSCAN: usize = 8;
/// Source buttons a row shows before its "more sources" button.
const SOURCES_SHOWN: usize = 20;

/// One column of a table: its heading and what it sorts by.
pub struct Col {
    pub label: &'static str,
    pub column: Column,
}

/// How a table is sorted: by a column, descending or not; `None` keeps the merge order.
pub type Sort = RwSignal<Option<(Column, bool)>>;

pub const CALL_COLUMNS: &[Col] = &[
    Col { label: "Date", column: Column::Date },
    Col { label: "Participants", column: Column::Participants },
    Col { label: "Medium", column: Column::Medium },
    Col { label: "Topics", column: Column::Topics },
    Col { label: "Sources", column: Column::Sources },
];

pub const QUOTE_COLUMNS: &[Col] = &[
    Col { label: "Speaker", column: Column::Speaker },
    Col { label: "Quote", column: Column::Text },
    Col { label: "Cue", column: Column::Cue },
    Col { label: "Date", column: Column::Date },
    Col { label: "Source", column: Column::Sources },
];

pub const AMOUNT_COLUMNS: &[Col] = &[
    Col { label: "As written", column: Column::Text },
    Col { label: "Value", column: Column::Value },
    Col { label: "Category", column: Column::Category },
    Col { label: "Status", column: Column::Status },
    Col { label: "Donor \u{2192} recipient", column: Column::Parties },
    Col { label: "Source", column: Column::Sources },
];

/// Where a source's evidence is, as the article view takes it.
fn call_target(s: &Source<readout_core::Call>) -> Focus {
    Focus { document: s.document.clone(), start: s.item.evidence[0], end: s.item.evidence[1] }
}

fn quote_target(s: &Source<readout_core::Quote>) -> Focus {
    Focus { document: s.document.clone(), start: s.item.start, end: s.item.end }
}

fn amount_target(s: &AmountRow) -> Focus {
    Focus { document: s.document.clone(), start: s.item.start, end: s.item.end }
}

/// The calls table.
pub fn calls_table(rows: Memo<Vec<CallRow>>, sort: Sort) -> AnyView {
    let targets = |r: &CallRow| r.sources.iter().map(call_target).collect();
    let cells = |r: &CallRow, targets: Vec<Focus>| {
        let sources =
            r.sources.iter().zip(targets).map(|(s, t)| (s.document.clone(), s.item.date_text.clone(), t)).collect();
        view! {
            <div role="cell" class="date" data-date=r.date.clone()>{r.date.as_deref().map(date_label).unwrap_or_default()}</div>
            <div role="cell" class="participants"><span class="clip">{person_links(r.participants.clone(), " \u{2194} ")}</span></div>
            <div role="cell" class="medium">{r.medium.name()}</div>
            <div role="cell" class="topics" class:sentence=r.topics.is_empty()><span class="clip">{marked(about(r))}</span></div>
            {sources_cell(sources)}
        }
        .into_any()
    };
    table("Calls", "calls", CALL_COLUMNS, sort, Rows::of(rows, targets, cells))
}

/// What a call was about: its topics, or without them its first report's sentence.
fn about(row: &CallRow) -> String {
    if !row.topics.is_empty() {
        return row.topics.join(", ");
    }
    let Some(s) = row.sources.first() else { return String::new() };
    let [start, end] = s.item.evidence;
    with_analysis(&s.document, |a| Some(a.text.chars().skip(start).take(end - start).collect())).unwrap_or_default()
}

/// What `f` reads of the analysis of the page's document `name`.
fn with_analysis<T>(name: &str, f: impl FnOnce(&Analysis) -> Option<T>) -> Option<T> {
    expect_context::<RwSignal<Vec<FileResult>>>()
        .with_untracked(|all| f(all.iter().find(|r| r.name == name)?.outcome.as_ref().ok()?))
}

/// The pronoun a quote's first report read its speaker through, if it did.
fn speaker_pronoun(row: &QuoteRow) -> Option<String> {
    let s = row.sources.first()?;
    with_analysis(&s.document, |a| {
        let quote = a.record.quotes.iter().position(|q| (q.start, q.end) == (s.item.start, s.item.end))?;
        readout_core::marks::speaker_pronoun(a, quote)
    })
}

/// The quotes table.
pub fn quotes_table(rows: Memo<Vec<QuoteRow>>, sort: Sort) -> AnyView {
    let targets = |r: &QuoteRow| r.sources.iter().map(quote_target).collect();
    let cells = |r: &QuoteRow, targets: Vec<Focus>| {
        let sources = r.sources.iter().zip(targets).map(|(s, t)| (s.document.clone(), None, t)).collect();
        view! {
            <div role="cell" class="speaker">
                <span class="clip">
                    {r.speaker.clone().map(person_link)}
                    {speaker_pronoun(r).map(|p| {
                        let why = format!("Attributed through the pronoun \u{201C}{p}\u{201D}: whom it means was read from the text before it");
                        view! { <span class="via" title=why>{format!(" (\u{201C}{p}\u{201D})")}</span> }
                    })}
                </span>
            </div>
            <div role="cell" class="quote"><span class="clip">{marked(quote_words(&r.text).to_string())}</span></div>
            <div role="cell" class="cue">{r.cue.clone().unwrap_or_default()}</div>
            <div role="cell" class="date">{r.date.clone().unwrap_or_default()}</div>
            {sources_cell(sources)}
        }
        .into_any()
    };
    table("Quotes", "quotes", QUOTE_COLUMNS, sort, Rows::of(rows, targets, cells))
}

/// The amounts table.
pub fn amounts_table(rows: Memo<Vec<AmountRow>>, sort: Sort) -> AnyView {
    let targets = |r: &AmountRow| vec![amount_target(r)];
    let cells = |r: &AmountRow, targets: Vec<Focus>| {
        let a = &r.item;
        let upper = a.value_max.map(|max| format!("\u{2013}{}", group_thousands(max))).unwrap_or_default();
        let party = |p: &Option<String>| match p {
            Some(name) => person_link(name.clone()).into_any(),
            None => "?".into_any(),
        };
        let parties = (a.donor.is_some() || a.recipient.is_some())
            .then(|| view! { {party(&a.donor)} " \u{2192} " {party(&a.recipient)} });
        let sources = targets.into_iter().map(|t| (r.document.clone(), None, t)).collect();
        view! {
            <div role="cell" class="as-written"><span class="clip">{marked(a.text.clone())}</span></div>
            <div role="cell" class="normalised">{format!("{}{upper} {}", group_thousands(a.value), a.currency)}</div>
            <div role="cell" class="category">{a.category.map(readout_core::Category::name).unwrap_or("")}</div>
            <div role="cell" class="status">{status_label(a)}</div>
            <div role="cell" class="parties"><span class="clip">{parties}</span></div>
            {sources_cell(sources)}
        }
        .into_any()
    };
    table("Amounts", "amounts", AMOUNT_COLUMNS, sort, Rows::of(rows, targets, cells))
}

/// What became of an amount, as the table says it: a conversion repeats an amount in
/// another currency and is never added up.
fn status_label(a: &readout_core::Amount) -> &'static str {
    match (a.conversion, a.status) {
        (true, _) => "conversion",
        (false, Some(status)) => status.name(),
        (false, None) => "",
    }
}

/// The last part of a document's name: what fits in a cell.
fn short_name(document: &str) -> &str {
    document.rsplit(['/', '\\']).next().unwrap_or(document)
}

/// A cell of buttons, one per source (document, and the words the date was read from),
/// each opening its document at the evidence. A row merged from many articles shows its
/// first [`SOURCES_SHOWN`] and a button that brings in the rest, so a call reported by
/// thousands of files does not put thousands of buttons in every scroll.
fn sources_cell(sources: Vec<(String, Option<String>, Focus)>) -> impl IntoView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    let all = RwSignal::new(false);
    let more = sources.len().saturating_sub(SOURCES_SHOWN);
    let buttons = move || {
        let shown = if all.get() { sources.len() } else { sources.len().min(SOURCES_SHOWN) };
        sources[..shown]
            .iter()
            .cloned()
            .map(|(document, date_text, target)| {
                let shown = match &date_text {
                    // In quotation marks: the article's words, not when the file came.
                    Some(d) => format!("{} \u{b7} \u{201C}{d}\u{201D}", short_name(&document)),
                    None => short_name(&document).to_string(),
                };
                view! {
                    <button
                        type="button"
                        class="source"
                        title=document
                        on:click=move |ev: MouseEvent| {
                            ev.stop_propagation();
                            focus.set(Some(target.clone()));
                        }
                        on:keydown=|ev: KeyboardEvent| ev.stop_propagation()
                    >
                        {shown}
                        <span class="visually-hidden">": open at the evidence"</span>
                    </button>
                }
            })
            .collect_view()
    };
    let rest = (more > 0).then(|| {
        view! {
            <button
                type="button"
                class="source more"
                hidden=move || all.get()
                on:click=move |ev: MouseEvent| {
                    ev.stop_propagation();
                    all.set(true);
                    // The button hides itself: keyboard focus moves to the first source it
                    // brought in, once they are drawn, instead of falling back to the page.
                    let cell = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()?.parent_element());
                    set_timeout(
                        move || {
                            let first = cell.and_then(|cell| {
                                cell.query_selector(&format!("button:nth-of-type({})", SOURCES_SHOWN + 1)).ok()?
                            });
                            if let Some(button) = first.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                                let _ = button.focus();
                            }
                        },
                        std::time::Duration::ZERO,
                    );
                }
                on:keydown=|ev: KeyboardEvent| ev.stop_propagation()
            >
                {format!("{} more sources", crate::view::group_thousands(more as f64))}
            </button>
        }
    });
    view! { <div role="cell" class="sources">{buttons}{rest}</div> }
}

/// What a table shows, whatever its kind of row: how many rows there are, and each row's
/// targets (the evidence of each of its sources) and cells. Reading either tracks the rows.
/// One shape for every kind of row, so the page's wasm holds one table, not one a kind.
struct Rows {
    len: Arc<dyn Fn() -> usize + Send + Sync>,
    row: Arc<dyn Fn(usize) -> Option<(Vec<Focus>, AnyView)> + Send + Sync>,
}

impl Rows {
    /// `targets` gives the evidence of each source of a row; `cells` the row's cells,
    /// given those targets.
    fn of<R: Send + Sync + 'static>(
        rows: Memo<Vec<R>>,
        targets: fn(&R) -> Vec<Focus>,
        cells: fn(&R, Vec<Focus>) -> AnyView,
    ) -> Rows {
        Rows {
            len: Arc::new(move || rows.with(Vec::len)),
            row: Arc::new(move |index| {
                rows.with(|rows| {
                    let row = rows.get(index)?;
                    let row_targets = targets(row);
                    Some((row_targets.clone(), cells(row, row_targets)))
                })
            }),
        }
    }
}

/// A sortable virtual table of `rows`.
fn table(label: &'static str, class: &'static str, columns: &'static [Col], sort: Sort, rows: Rows) -> AnyView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    let scroll_top = RwSignal::new(0usize);
    // Rows that fit in the box: at first as many as fit in the window (the box is never
    // taller), then as many as its height, read on every scroll.
    let window_rows =
        window().inner_height().ok().and_then(|h| h.as_f64()).map(|h| (h as usize).div_ceil(ROW_PX)).unwrap_or(24);
    let box_rows = RwSignal::new(0usize);
    let Rows { len, row } = rows;
    let len = Memo::new(move |_| len());
    let range = Memo::new(move |_| {
        let first = (scroll_top.get() / ROW_PX).saturating_sub(OVERSCAN);
        let end = (first + window_rows.max(box_rows.get()) + 2 * OVERSCAN).min(len.get());
        (first.min(end), end)
    });

    let headers = columns
        .iter()
        .map(|col| {
            let column = col.column;
            let state = move || sort.get().filter(|(c, _)| *c == column).map(|(_, desc)| desc);
            let aria = move || match state() {
                Some(true) => "descending",
                Some(false) => "ascending",
                None => "none",
            };
            let arrow = move || match state() {
                Some(true) => "\u{25bc}",
                Some(false) => "\u{25b2}",
                None => "",
            };
            view! {
                <div role="columnheader" aria-sort=aria>
                    <button
                        type="button"
                        class="sort"
                        on:click=move |_| sort.set(Some((column, state() == Some(false))))
                    >
                        {col.label}
                        <span class="arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </div>
            }
        })
        .collect_view();

    let body = move || {
        let (first, end) = range.get();
        (first..end)
            .filter_map(|index| row(index).map(|shown| (index, shown)))
            .map(|(index, (row_targets, cells))| {
                // Per row, so that opening a row's article keeps the rows (and the focused
                // one, which the article view gives focus back to when it closes).
                let targets_here = row_targets.clone();
                let is_current = move || focus.with(|f| f.as_ref().is_some_and(|f| targets_here.contains(f)));
                let first_target = row_targets.first().cloned();
                let open = {
                    let first_target = first_target.clone();
                    move || {
                        if let Some(t) = &first_target {
                            focus.set(Some(t.clone()));
                        }
                    }
                };
                let open_key = open.clone();
                view! {
                    <div
                        role="row"
                        class="row"
                        class:current=is_current
                        class:odd=index % 2 == 1
                        aria-rowindex=index + 2
                        tabindex="0"
                        style:top=format!("{}px", index * ROW_PX)
                        on:click=move |_| open()
                        on:keydown=move |ev: KeyboardEvent| {
                            if ev.key() == "Enter" {
                                open_key();
                            }
                        }
                    >
                        {cells}
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <div
            class=format!("table-scroll {class}")
            on:scroll=move |ev| {
                let el: web_sys::HtmlElement = event_target(&ev);
                scroll_top.set(el.scroll_top().max(0) as usize);
                box_rows.set((el.client_height().max(0) as usize).div_ceil(ROW_PX));
            }
        >
            <div role="table" aria-label=label aria-rowcount=move || len.get() + 1 class="table">
                <div role="rowgroup" class="head">
                    <div role="row" class="row" aria-rowindex="1">
                        {headers}
                    </div>
                </div>
                <div role="rowgroup" class="body" style:height=move || format!("{}px", len.get() * ROW_PX)>
                    {body}
                </div>
            </div>
            <p class="empty" hidden=move || { len.get() > 0 }>
                {format!("No {} in this view: none were found, or the filters hide them.", label.to_lowercase())}
            </p>
        </div>
    }
    .into_any()
}
