//! A page per person, body or country: every name the workbench shows opens it
//! ([`person_link`]). It shows the entity's calls (with whom, when), its quotes and the
//! money it gave or received (readout-core's `Corpus::about`), with counts and a small
//! timeline, in the workbench's own tables, whose rows open their articles. Opening a
//! page is a new history entry, so the browser's Back (or the page's own) returns to the
//! view it came from.

use leptos::prelude::*;
use readout_core::corpus::Corpus;

use crate::marked::marked;
use crate::pictures::Timeline;
use crate::table::{amounts_table, calls_table, quotes_table};
use crate::view::group_thousands;

/// Whose page is open: the name as it was clicked (any form of the entity), and whether
/// opening it added a history entry (so that Back is the browser's). A workbench context.
#[derive(Clone, Copy)]
pub struct Person {
    pub shown: RwSignal<Option<String>>,
    pub pushed: RwSignal<bool>,
}

impl Person {
    pub fn new(shown: Option<String>) -> Person {
        Person { shown: RwSignal::new(shown), pushed: RwSignal::new(false) }
    }

    /// Opens the page of `name`, as a new history entry.
    pub fn open(self, name: &str) {
        if let Ok(history) = window().history() {
            // A copy of this view's address; the workbench then writes the page's into it.
            if history.push_state(&wasm_bindgen::JsValue::NULL, "").is_ok() {
                self.pushed.set(true);
            }
        }
        self.shown.set(Some(name.to_string()));
        let _ = window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Back to the view the page was opened from.
    fn back(self) {
        match window().history() {
            Ok(history) if self.pushed.get_untracked() => {
                let _ = history.back();
            }
            _ => self.shown.set(None),
        }
    }
}

/// A name that opens its page; inside a table row it does not open the row's article.
pub fn person_link(name: String) -> impl IntoView {
    let person = expect_context::<Person>();
    let label = format!("Open the page of {name}");
    let opened = name.clone();
    view! {
        <button
            type="button"
            class="person"
            title=label
            on:click=move |ev| {
                ev.stop_propagation();
                person.open(&opened);
            }
            on:keydown=|ev| ev.stop_propagation()
        >
            {marked(name)}
        </button>
    }
}

/// Names, each a link, joined by `between`.
pub fn person_links(names: Vec<String>, between: &'static str) -> impl IntoView {
    let last = names.len().saturating_sub(1);
    names.into_iter().enumerate().map(|(i, n)| view! { {person_link(n)}{(i < last).then_some(between)} }).collect_view()
}

/// The page of the person the [`Person`] context shows: its calls, quotes and money in the
/// workbench's own tables.
#[component]
pub fn PersonPage(corpus: Memo<Corpus>) -> impl IntoView {
    let person = expect_context::<Person>();
    let entity = Memo::new(move |_| {
        let form = person.shown.get().unwrap_or_default();
        corpus.with(|c| c.identities.name(&form).to_string())
    });
    let rows = Memo::new(move |_| entity.with(|e| corpus.with(|c| c.about(e))));
    let also = move || entity.with(|e| corpus.with(|c| c.identities.also(e).join(", ")));
    let calls = Memo::new(move |_| rows.with(|r| r.calls.clone()));
    let quotes = Memo::new(move |_| rows.with(|r| r.quotes.clone()));
    let amounts = Memo::new(move |_| rows.with(|r| r.amounts.clone()));
    let count = move || {
        let n = |k: usize, one: &str, many: &str| {
            format!("{} {}", group_thousands(k as f64), if k == 1 { one } else { many })
        };
        format!(
            "{} \u{b7} {} \u{b7} {}",
            n(calls.with(Vec::len), "call", "calls"),
            n(quotes.with(Vec::len), "quote", "quotes"),
            n(amounts.with(Vec::len), "amount", "amounts")
        )
    };
    let (call_sort, quote_sort, amount_sort) = (RwSignal::new(None), RwSignal::new(None), RwSignal::new(None));
    view! {
        <section class="person-page" aria-labelledby="person-heading">
            <button type="button" class="button secondary" on:click=move |_| person.back()>"\u{2190} Back"</button>
            <h2 id="person-heading">{move || entity.get()}</h2>
            <p class="also" hidden=move || also().is_empty()>"Also written: " {also}</p>
            <p class="person-counts">{count}</p>
            <Show when=move || calls.with(|c| !c.is_empty())>
                <h3>"Calls"</h3>
                <Timeline calls />
                {calls_table(calls, call_sort)}
            </Show>
            <Show when=move || quotes.with(|q| !q.is_empty())>
                <h3>"Quotes"</h3>
                {quotes_table(quotes, quote_sort)}
            </Show>
            <Show when=move || amounts.with(|a| !a.is_empty())>
                <h3>"Money"</h3>
                {amounts_table(amounts, amount_sort)}
            </Show>
        </section>
    }
}
