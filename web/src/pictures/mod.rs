//! Pictures of the calls, for those who would rather look than read, shown as workbench
//! tabs: a timeline with one lane per person (`timeline.rs`), and who called whom as a
//! matrix of people (`matrix.rs`). Both draw the merged call rows of `readout_core::corpus`
//! that the workbench's filters let through, laid out by the core's `Timeline` and
//! `Network`; every call can be reached by keyboard, and a call opens its article at the
//! evidence (it sets the page's [`Focus`]).

mod matrix;
mod timeline;

use leptos::prelude::*;
use readout_core::corpus::{CallRow, Network};
use web_sys::KeyboardEvent;

pub use matrix::CallGraph;
pub use timeline::Timeline;

use crate::view::date_label;
use crate::Focus;

/// A picture of `calls`: `draw` lays it out from the calls and their [`Network`] while
/// there are any, and "No calls to show." stands in for it otherwise.
fn of_calls(
    calls: Signal<Vec<CallRow>>,
    draw: impl Fn(Vec<CallRow>, Network) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let calls = calls.get();
        if calls.is_empty() {
            return view! { <p class="none">"No calls to show."</p> }.into_any();
        }
        let network = Network::of(&calls);
        draw(calls, network)
    }
}

/// A call's date as the page shows it ("25 June, year unknown"), or that it has none.
fn when(row: &CallRow) -> String {
    row.date.as_deref().map_or_else(|| "date not given".to_string(), date_label)
}

/// What a call says about itself, for screen readers and tooltips.
fn call_label(row: &CallRow) -> String {
    let sources = row.sources.len();
    format!(
        "Call: {}, {}, {}; {sources} source{}",
        row.participants.join(" and "),
        when(row),
        row.medium.name(),
        if sources == 1 { "" } else { "s" }
    )
}

/// Opens the first report of `row` at its evidence.
fn open_call(focus: RwSignal<Option<Focus>>, row: &CallRow) {
    if let Some(source) = row.sources.first() {
        let [start, end] = source.item.evidence;
        focus.set(Some(Focus { document: source.document.clone(), start, end }));
    }
}

/// Enter or Space on an SVG element acting as a button.
fn activates(ev: &KeyboardEvent) -> bool {
    matches!(ev.key().as_str(), "Enter" | " ")
}

/// A picture's SVG, `width` × `height` pixels and labelled `label`, in the panel that scrolls
/// it sideways on narrow screens.
fn scrolling_svg(width: f64, height: f64, label: String, body: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="picture-scroll">
            <svg
                width=px(width)
                height=px(height)
                viewBox=format!("0 0 {} {}", px(width), px(height))
                role="group"
                aria-label=label
            >
                {body}
            </svg>
        </div>
    }
}

/// A coordinate in whole pixels: SVG needs no fractions here, and formatting integers
/// keeps float formatting out of the page's wasm.
pub(crate) fn px(v: f64) -> i32 {
    v.round() as i32
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}\u{2026}", &text[..at]),
        None => text.to_string(),
    }
}
