//! The calls, quotes and amounts tables: sortable by every column, and virtual (only
//! the rows in sight are in the page), so ten thousand rows scroll as fast as ten.
//!
//! A table is an ARIA table of fixed-height rows laid out with CSS grid inside a scrolling
//! box; rows are placed absolutely at `index × --row-px`, a height `style.css` sets (48px;
//! on a phone each row is a taller card, every cell beside its column's name). Clicking a
//! row, or pressing Enter on it, sets the page's [`Focus`] to its first source; each
//! source has its own button. The rows are one tab stop: arrow keys, Home and End move
//! between them, scrolling the row they reach into the page and into sight.

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

/// The height of a table row on a wide screen, in CSS pixels (`--row-px` in `style.css`),
/// and the least on any: the rows are counted with it until a row is drawn and measured.
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
            <div role="cell" class="participants"><span class="clip">{sides(r)}</span></div>
            <div role="cell" class="medium">{r.medium.name()}</div>
            <div role="cell" class="topics" class:sentence=r.topics.is_empty()><span class="clip">{marked(about(r))}</span></div>
            {sources_cell(sources)}
        }
        .into_any()
    };
    table("Calls", "calls", CALL_COLUMNS, sort, Rows::of(rows, targets, cells))
}

/// A call's sides, each a link: where its reports say who placed the call, the caller
/// first and an arrow (read "called") to the others.
fn sides(row: &CallRow) -> AnyView {
    let mut names = row.participants.clone();
    match row.placed.by().filter(|&i| i < names.len()) {
        Some(i) => {
            let caller = names.remove(i);
            view! {
                {person_link(caller)}
                <span role="img" aria-label="called">" \u{2192} "</span>
                {person_links(names, ", ")}
            }
            .into_any()
        }
        None => person_links(names, " \u{2194} ").into_any(),
    }
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

/// What a table shows, whatever its kind of row: how many rows there are, each row's
/// targets (the evidence of each of its sources; none past the last row) and its cells.
/// Reading any of them tracks the rows. One shape for every kind of row, so the page's
/// wasm holds one table, not one a kind.
struct Rows {
    len: Arc<dyn Fn() -> usize + Send + Sync>,
    targets: Arc<dyn Fn(usize) -> Vec<Focus> + Send + Sync>,
    cells: Arc<dyn Fn(usize) -> Option<AnyView> + Send + Sync>,
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
            targets: Arc::new(move |index| rows.with(|rows| rows.get(index).map(targets).unwrap_or_default())),
            cells: Arc::new(move |index| rows.with(|rows| rows.get(index).map(|row| cells(row, targets(row))))),
        }
    }
}

/// The height of a row as drawn (it depends on the screen's width), read from a row in
/// `scroller`; `None` while it shows none.
fn drawn_row_px(scroller: &web_sys::Element) -> Option<usize> {
    let row = scroller.query_selector(".body > [role=row]").ok()??;
    let px = row.dyn_into::<web_sys::HtmlElement>().ok()?.offset_height();
    (px > 0).then_some(px as usize)
}

/// A sortable virtual table of `rows`.
fn table(label: &'static str, class: &'static str, columns: &'static [Col], sort: Sort, rows: Rows) -> AnyView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    let scroller = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0usize);
    let row_px = RwSignal::new(ROW_PX);
    // Rows that fit in the box: at first as many as fit in the window (the box is never
    // taller, rows never shorter), then as many as its height, read on every scroll.
    let window_rows =
        window().inner_height().ok().and_then(|h| h.as_f64()).map(|h| (h as usize).div_ceil(ROW_PX)).unwrap_or(24);
    let box_rows = RwSignal::new(0usize);
    let Rows { len, targets, cells } = rows;
    let len = Memo::new(move |_| len());
    let range = Memo::new(move |_| {
        let first = (scroll_top.get() / row_px.get()).saturating_sub(OVERSCAN);
        let end = (first + window_rows.max(box_rows.get()) + 2 * OVERSCAN).min(len.get());
        (first.min(end), end)
    });
    // The row Tab reaches (the last one focused), or the first drawn when it is not drawn.
    let active = RwSignal::new(0usize);
    let tab_stop = Memo::new(move |_| {
        let (first, end) = range.get();
        Some(active.get()).filter(|a| (first..end).contains(a)).unwrap_or(first)
    });
    // Only the tab stop's row keeps its names and sources as tab stops, so Tab leaves the
    // table after them instead of walking the buttons of every drawn row. Run once the
    // rows are drawn, again whenever others are drawn or they change (reading a row's
    // targets tracks them).
    Effect::new({
        let targets = targets.clone();
        move |_| {
            range.track();
            let stop = tab_stop.get();
            targets(stop);
            let Some(scroller) = scroller.get() else { return };
            let Ok(buttons) = scroller.query_selector_all(".body button") else { return };
            let stop = (stop + 2).to_string();
            for i in 0..buttons.length() {
                let Some(button) = buttons.item(i).and_then(|b| b.dyn_into::<web_sys::Element>().ok()) else {
                    continue;
                };
                let row = button.closest("[role=row]").ok().flatten().and_then(|r| r.get_attribute("aria-rowindex"));
                let _ =
                    button.set_attribute("tabindex", if row.as_deref() == Some(stop.as_str()) { "0" } else { "-1" });
            }
        }
    });
    // Moves keyboard focus to row `to`: a row not drawn is scrolled to first, and focused
    // once drawn.
    let go_to = move |to: usize| {
        active.set(to);
        let Some(scroller) = scroller.get_untracked() else { return };
        let find = move |scroller: &web_sys::Element| {
            let row = scroller.query_selector(&format!(".body > [aria-rowindex=\"{}\"]", to + 2)).ok()??;
            row.dyn_into::<web_sys::HtmlElement>().ok()
        };
        if let Some(row) = find(&scroller) {
            let _ = row.focus();
            return;
        }
        let px = drawn_row_px(&scroller).unwrap_or(ROW_PX);
        row_px.set(px);
        let top = to * px;
        scroller.set_scroll_top(top as i32);
        scroll_top.set(top);
        set_timeout(
            move || {
                if let Some(row) = find(&scroller) {
                    let _ = row.focus();
                }
            },
            std::time::Duration::ZERO,
        );
    };

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

    let row = move |index: usize| {
        // Per row, so that opening a row's article keeps the rows (and the focused one,
        // which the article view gives focus back to when it closes), and keyed by index,
        // so that the focused row stays in the page while the table scrolls.
        let is_current = {
            let targets = targets.clone();
            move || {
                let here = targets(index);
                focus.with(|f| f.as_ref().is_some_and(|f| here.contains(f)))
            }
        };
        let open = {
            let targets = targets.clone();
            move || {
                if let Some(t) = untrack(|| targets(index)).first() {
                    focus.set(Some(t.clone()));
                }
            }
        };
        let row_cells = {
            let cells = cells.clone();
            move || cells(index)
        };
        let open_key = open.clone();
        view! {
            <div
                role="row"
                class="row"
                class:current=is_current
                class:odd=index % 2 == 1
                aria-rowindex=index + 2
                tabindex=move || if tab_stop.get() == index { "0" } else { "-1" }
                style:top=format!("calc({index} * var(--row-px))")
                on:click=move |_| open()
                on:focusin=move |_| active.set(index)
                on:keydown=move |ev: KeyboardEvent| {
                    let last = len.get_untracked().saturating_sub(1);
                    let to = match ev.key().as_str() {
                        "Enter" => return open_key(),
                        "ArrowDown" => (index + 1).min(last),
                        "ArrowUp" => index.saturating_sub(1),
                        "Home" => 0,
                        "End" => last,
                        _ => return,
                    };
                    ev.prevent_default();
                    go_to(to);
                }
            >
                {row_cells}
            </div>
        }
    };

    view! {
        <div
            class=format!("table-scroll {class}")
            node_ref=scroller
            on:scroll=move |ev| {
                let el: web_sys::HtmlElement = event_target(&ev);
                // Measured while rows are drawn: a jump past them draws none.
                if let Some(px) = drawn_row_px(&el) {
                    row_px.set(px);
                }
                scroll_top.set(el.scroll_top().max(0) as usize);
                box_rows.set((el.client_height().max(0) as usize).div_ceil(row_px.get_untracked()));
            }
        >
            <div role="table" aria-label=label aria-rowcount=move || len.get() + 1 class="table">
                <div role="rowgroup" class="head">
                    <div role="row" class="row" aria-rowindex="1">
                        {headers}
                    </div>
                </div>
                <div role="rowgroup" class="body" style:height=move || format!("calc({} * var(--row-px))", len.get())>
                    <For each=move || { let (first, end) = range.get(); first..end } key=|index| *index children=row />
                </div>
            </div>
            <p class="empty" hidden=move || { len.get() > 0 }>
                {format!("No {} in this view: none were found, or the filters hide them.", label.to_lowercase())}
            </p>
        </div>
    }
    .into_any()
}
