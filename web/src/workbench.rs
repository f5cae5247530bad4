//! The analyst's workbench: every analyzed file merged into one set of rows
//! (readout-core's `corpus`), with counts at the top, one filter for every view, tabs
//! for the views, and export of what is shown.
//!
//! The views are ARIA tabs (arrow keys, Home and End move between them). To add a view,
//! add a [`Tab`] and its panel in [`Workbench`].
//!
//! While a batch streams in (results arrive every 150 ms), the files are merged again at
//! most every [`MERGE_MS`] (or, when a merge takes long, after [`MERGE_SHARE`] times its
//! duration), and at once when the batch ends or outside a batch; only the
//! tab in sight builds its rows (the others are built when shown or exported).

use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;
use readout_core::corpus::{self, Corpus, Filter};
use readout_core::Category;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::address;
use crate::export;
use crate::files_list::{files_csv, FilesList};
use crate::marked::Search;
use crate::person::{Person, PersonPage};
use crate::pictures::{CallGraph, Timeline};
use crate::pipeline::Progress;
use crate::table::{amounts_table, calls_table, quotes_table, Sort};
use crate::totals::TotalsTable;
use crate::{FileResult, Focus};

/// One view of the workbench.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Calls,
    Quotes,
    Amounts,
    Totals,
    Timeline,
    Graph,
    Files,
}

impl Tab {
    /// The tabs, in the order shown.
    pub const ALL: &'static [Tab] =
        &[Tab::Calls, Tab::Quotes, Tab::Amounts, Tab::Totals, Tab::Timeline, Tab::Graph, Tab::Files];

    /// The id part of its tab and panel elements (`tab-calls`, `panel-calls`).
    pub fn id(self) -> &'static str {
        match self {
            Tab::Calls => "calls",
            Tab::Quotes => "quotes",
            Tab::Amounts => "amounts",
            Tab::Totals => "totals",
            Tab::Timeline => "timeline",
            Tab::Graph => "graph",
            Tab::Files => "files",
        }
    }

    /// The tab whose rows its CSV export holds: the pictures export their calls.
    fn exported(self) -> Tab {
        match self {
            Tab::Timeline | Tab::Graph => Tab::Calls,
            tab => tab,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Calls => "Calls",
            Tab::Quotes => "Quotes",
            Tab::Amounts => "Amounts",
            Tab::Totals => "Aid totals",
            Tab::Timeline => "Timeline",
            Tab::Graph => "Who called whom",
            Tab::Files => "Files",
        }
    }
}

/// While a batch streams in, the least time between two merges of all the files.
const MERGE_MS: f64 = 500.0;
/// While a batch streams in, the least time between two merges as a multiple of the
/// last merge's duration: with ten thousand files, merging takes at most a fifth of the
/// main thread's time.
const MERGE_SHARE: f64 = 4.0;

const CATEGORIES: &[Category] =
    &[Category::Military, Category::Humanitarian, Category::Economic, Category::Aid, Category::Other];

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", crate::view::group_thousands(n as f64), if n == 1 { one } else { many })
}

/// The workbench over the page's results; nothing until a file has been analyzed.
#[component]
pub fn Workbench() -> impl IntoView {
    let results = expect_context::<RwSignal<Vec<FileResult>>>();
    let progress = use_context::<RwSignal<Progress>>();
    // Which state of the results the views show: bumped on every change outside a batch
    // and when a batch ends, and during one at most every MERGE_MS (the last change
    // waits for the next turn).
    let version = RwSignal::new(0u64);
    let merged_at = StoredValue::new(js_sys::Date::now());
    let merge_ms = StoredValue::new(0.0);
    let waiting = StoredValue::new(false);
    let bump = move || {
        merged_at.set_value(js_sys::Date::now());
        version.update(|v| *v += 1);
    };
    Effect::new(move |first: Option<()>| {
        results.track();
        let running = progress.is_some_and(|p| p.with(Progress::running));
        if first.is_none() {
            return; // the merge below reads the results as they are now
        }
        let gap = MERGE_MS.max(MERGE_SHARE * merge_ms.get_value());
        let wait = gap - (js_sys::Date::now() - merged_at.get_value());
        if !running || wait <= 0.0 {
            bump();
        } else if !waiting.get_value() {
            waiting.set_value(true);
            let seen = version.get_untracked();
            set_timeout(
                move || {
                    // Unless the batch ended (and merged) meanwhile, or the view is gone.
                    if waiting.try_set_value(false).is_none() && version.try_get_untracked() == Some(seen) {
                        bump();
                    }
                },
                Duration::from_millis(wait as u64),
            );
        }
    });
    let corpus = Memo::new(move |_| {
        version.track();
        let started = js_sys::Date::now();
        let merged = results.with_untracked(|all| {
            Corpus::merge(all.iter().filter_map(|r| Some((r.name.as_str(), &r.outcome.as_ref().ok()?.record))))
        });
        merge_ms.set_value(js_sys::Date::now() - started);
        merged
    });
    // The view starts as the page's address says, and the address follows the view.
    let start = address::read();
    let sort_of =
        |tab: Tab| start.sorts.iter().find(|s| s.0 == tab).map(|&(_, column, descending)| (column, descending));
    let filter = RwSignal::new(start.filter.clone());
    let shown = Memo::new(move |_| corpus.with(|c| filter.with(|f| c.filtered(f))));
    let call_sort: Sort = RwSignal::new(sort_of(Tab::Calls));
    let quote_sort: Sort = RwSignal::new(sort_of(Tab::Quotes));
    let amount_sort: Sort = RwSignal::new(sort_of(Tab::Amounts));
    let calls = Memo::new(move |_| {
        let mut rows = shown.with(|v| v.calls.clone());
        if let Some((column, descending)) = call_sort.get() {
            corpus::sort_calls(&mut rows, column, descending);
        }
        rows
    });
    let quotes = Memo::new(move |_| {
        let mut rows = shown.with(|v| v.quotes.clone());
        if let Some((column, descending)) = quote_sort.get() {
            corpus::sort_quotes(&mut rows, column, descending);
        }
        rows
    });
    let amounts = Memo::new(move |_| {
        let mut rows = shown.with(|v| v.amounts.clone());
        if let Some((column, descending)) = amount_sort.get() {
            corpus::sort_amounts(&mut rows, column, descending);
        }
        rows
    });
    let totals = Memo::new(move |_| shown.with(Corpus::totals));
    let tab = RwSignal::new(start.tab.unwrap_or(Tab::Calls));
    let person = Person::new(start.person.clone());
    provide_context(person);
    // The search's words, for the marks of every view and the article's.
    let search = expect_context::<Search>();
    Effect::new(move |_| search.0.set(filter.with(|f| corpus::search_words(&f.query))));
    // Each file's name, title and text folded once (made when first searched), so a search
    // only looks: in the order of the results, with each file's reading.
    let folded = StoredValue::new(Vec::<Folded>::new());
    // The files that hold every word of the search, by index.
    let matching = Memo::new(move |_| {
        version.track();
        search.0.with(|words| {
            results.with_untracked(|all| {
                if words.is_empty() {
                    return (0..all.len()).collect();
                }
                folded.update_value(|cache| *cache = refold(std::mem::take(cache), all));
                folded.with_value(|cache| {
                    let shown = cache.iter().enumerate().filter(|(_, f)| corpus::holds_every(&f.text, words));
                    shown.map(|(i, _)| i).collect::<Vec<_>>()
                })
            })
        })
    });
    // Back and Forward between a person's page and the view it was opened from.
    let history = window_event_listener(leptos::ev::popstate, move |_| {
        let view = address::read();
        person.pushed.set(false);
        person.shown.set(view.person);
        filter.set(view.filter);
        tab.set(view.tab.unwrap_or(Tab::Calls));
    });
    on_cleanup(move || history.remove());
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    // The article the address opens, once its document is among the results.
    let opening = StoredValue::new(start.open);
    Effect::new(move |_| {
        let ready = opening
            .with_value(|o| o.as_ref().is_some_and(|f| results.with(|all| all.iter().any(|r| r.name == f.document))));
        if ready {
            focus.set(opening.try_update_value(Option::take).flatten());
        }
    });
    Effect::new(move |_| {
        let sorts = [(Tab::Calls, call_sort), (Tab::Quotes, quote_sort), (Tab::Amounts, amount_sort)]
            .into_iter()
            .filter_map(|(t, sort)| sort.get().map(|(column, descending)| (t, column, descending)))
            .collect();
        let open = focus.get().or_else(|| opening.get_value());
        let person = person.shown.get();
        address::write(&address::View { tab: Some(tab.get()), filter: filter.get(), sorts, person, open });
    });

    // Sorting keeps the number of rows: the counts need not wait for the sorted rows.
    let count = move |t: Tab| match t {
        Tab::Calls => shown.with(|v| v.calls.len()),
        Tab::Quotes => shown.with(|v| v.quotes.len()),
        Tab::Amounts => shown.with(|v| v.amounts.len()),
        Tab::Totals => totals.with(Vec::len),
        Tab::Timeline | Tab::Graph => shown.with(|v| v.calls.len()),
        Tab::Files => matching.with(Vec::len),
    };

    // What the export buttons take: the current tab's rows as CSV, the filtered view as
    // the CLI's JSON records.
    let csv = move || match tab.get_untracked() {
        Tab::Quotes => corpus::quotes_csv(&quotes.get_untracked()),
        Tab::Amounts => corpus::amounts_csv(&amounts.get_untracked()),
        Tab::Totals => corpus::totals_csv(&totals.get_untracked()),
        Tab::Calls | Tab::Timeline | Tab::Graph => results.with_untracked(|all| {
            let documents: HashMap<&str, corpus::DocumentText> = all
                .iter()
                .filter_map(|r| {
                    let a = r.outcome.as_ref().ok()?;
                    Some((r.name.as_str(), corpus::DocumentText { title: a.record.title.as_deref(), text: &a.text }))
                })
                .collect();
            let document =
                |name: &str| documents.get(name).map(|d| corpus::DocumentText { title: d.title, text: d.text });
            corpus::calls_csv(&calls.get_untracked(), document)
        }),
        Tab::Files => results.with_untracked(|r| files_csv(r)),
    };
    let json = move || {
        results.with_untracked(|all| {
            let documents = all.iter().filter_map(|r| Some((r.name.as_str(), r.outcome.as_ref().ok()?)));
            shown.with_untracked(|v| corpus::to_json(v, documents))
        })
    };
    let export_status = RwSignal::new(String::new());
    let download_csv = move |_| {
        let name = format!("readout-{}.csv", tab.get_untracked().exported().id());
        export_status.set(match export::download(&name, "text/csv;charset=utf-8", &csv()) {
            Ok(()) => format!("Downloaded {name}."),
            Err(e) => format!("Could not download: {e}"),
        });
    };
    let download_json = move |_| {
        export_status.set(match export::download("readout.json", "application/json", &json()) {
            Ok(()) => "Downloaded readout.json.".to_string(),
            Err(e) => format!("Could not download: {e}"),
        });
    };
    let copy = move |_| {
        let label = tab.get_untracked().label();
        export::copy(csv(), move |outcome| {
            export_status.set(match outcome {
                Ok(()) => format!("Copied the {} table as CSV.", label.to_lowercase()),
                Err(e) => format!("Could not copy: {e}"),
            })
        });
    };

    let on_tab_key = move |ev: KeyboardEvent| {
        let at = Tab::ALL.iter().position(|t| *t == tab.get_untracked()).unwrap_or(0);
        let last = Tab::ALL.len() - 1;
        let next = match ev.key().as_str() {
            "ArrowRight" => (at + 1) % Tab::ALL.len(),
            "ArrowLeft" => (at + last) % Tab::ALL.len(),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        let next = Tab::ALL[next];
        tab.set(next);
        if let Some(el) = document().get_element_by_id(&format!("tab-{}", next.id())) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };

    // Built anew each time the workbench shows: a type-erased view cannot be cloned.
    let tabs = move || {
        Tab::ALL
            .iter()
            .map(|&t| {
                view! {
                    <button
                        type="button"
                        role="tab"
                        id=format!("tab-{}", t.id())
                        aria-controls=format!("panel-{}", t.id())
                        aria-selected=move || (tab.get() == t).to_string()
                        tabindex=move || if tab.get() == t { "0" } else { "-1" }
                        on:click=move |_| tab.set(t)
                    >
                        {t.label()}
                        " "
                        <span class="badge">{move || crate::view::group_thousands(count(t) as f64)}</span>
                    </button>
                }
            })
            .collect_view()
    };

    // A panel's content is in the page only while its tab is chosen, so the rows of the
    // others are not built (their memos stay unread) while results stream in.
    let panel = move |t: Tab, content: fn(Panels) -> AnyView, panels: Panels| {
        view! {
            <div role="tabpanel" id=format!("panel-{}", t.id()) aria-labelledby=format!("tab-{}", t.id()) hidden=move || tab.get() != t>
                <Show when=move || tab.get() == t>{move || content(panels)}</Show>
            </div>
        }
    };
    let show_file = Callback::new(move |name: String| {
        filter.set(Filter { document: Some(name), ..Filter::default() });
        tab.set(Tab::Calls);
    });
    let panels =
        Panels { calls, quotes, amounts, totals, shown, call_sort, quote_sort, amount_sort, show_file, matching };

    let counts = move || {
        let files = results.with(Vec::len);
        let failed = results.with(|r| r.iter().filter(|r| r.outcome.is_err()).count());
        let (c, q, a) = corpus.with(|c| (c.calls.len(), c.quotes.len(), c.amounts.len()));
        [
            ("files", plural(files, "file", "files")),
            ("calls", plural(c, "call", "calls")),
            ("quotes", plural(q, "quote", "quotes")),
            ("amounts", plural(a, "amount", "amounts")),
            ("failures", plural(failed, "failure", "failures")),
        ]
        .into_iter()
        .map(|(kind, text)| {
            let (number, word) = text.split_once(' ').map(|(n, w)| (n.to_string(), w.to_string())).unwrap_or_default();
            let alert = kind == "failures" && failed > 0;
            view! { <li data-count=kind class:alert=alert><strong>{number}</strong>" "{word}</li> }
        })
        .collect_view()
    };

    view! {
        <Show when=move || results.with(|r| !r.is_empty())>
            <section class="workbench" aria-labelledby="workbench-title">
                <h2 id="workbench-title" class="visually-hidden">"Results"</h2>
                <ul class="counts" aria-label="Counts">{counts}</ul>
                <Show when=move || person.shown.with(Option::is_some)>
                    <PersonPage corpus />
                </Show>
                <div class="views" hidden=move || person.shown.with(Option::is_some)>
                <Filters filter corpus version=version.read_only() />
                <div class="tabs" role="tablist" aria-label="Views" on:keydown=on_tab_key>
                    {tabs()}
                </div>
                {panel(Tab::Calls, |p| calls_table(p.calls, p.call_sort), panels)}
                {panel(Tab::Quotes, |p| quotes_table(p.quotes, p.quote_sort), panels)}
                {panel(Tab::Amounts, |p| amounts_table(p.amounts, p.amount_sort), panels)}
                {panel(Tab::Totals, |p| view! { <TotalsTable totals=p.totals shown=p.shown /> }.into_any(), panels)}
                {panel(Tab::Timeline, |p| view! { <Timeline calls=p.calls /> }.into_any(), panels)}
                {panel(Tab::Graph, |p| view! { <CallGraph calls=p.calls /> }.into_any(), panels)}
                {panel(Tab::Files, |p| view! { <FilesList show_file=p.show_file matching=p.matching /> }.into_any(), panels)}
                <div class="export" role="group" aria-label="Export">
                    <button type="button" class="button secondary" on:click=download_csv>
                        {move || format!("Download {} CSV", tab.get().exported().label().to_lowercase())}
                    </button>
                    <button type="button" class="button secondary" on:click=download_json>
                        "Download JSON"
                    </button>
                    <button type="button" class="button secondary" on:click=copy>
                        "Copy CSV"
                    </button>
                    <p class="export-status" aria-live="polite">{move || export_status.get()}</p>
                </div>
                </div>
            </section>
        </Show>
    }
}

/// What the panels are built from.
#[derive(Clone, Copy)]
struct Panels {
    calls: Memo<Vec<corpus::CallRow>>,
    quotes: Memo<Vec<corpus::QuoteRow>>,
    amounts: Memo<Vec<corpus::AmountRow>>,
    totals: Memo<Vec<corpus::Total>>,
    /// The filtered view, unsorted: the rows the totals' indices point at.
    shown: Memo<Corpus>,
    call_sort: Sort,
    quote_sort: Sort,
    amount_sort: Sort,
    show_file: Callback<String>,
    /// The files the search finds, by index into the results.
    matching: Memo<Vec<usize>>,
}

/// A field's value: one of the filter's. Every field's is the same kind of closure, so the
/// page's wasm holds one copy of the code that keeps a field up to date, not one a field.
fn value(filter: RwSignal<Filter>, get: fn(&Filter) -> String) -> impl Fn() -> String + Copy {
    move || filter.with(get)
}

/// What an edit of a field does: sets one of the filter's values to the field's.
fn edit(filter: RwSignal<Filter>, set: fn(&mut Filter, String)) -> impl Fn(web_sys::Event) + Copy {
    move |ev| {
        let typed = event_target_value(&ev);
        filter.update(|f| set(f, typed));
    }
}

fn non_empty(s: String) -> Option<String> {
    Some(s).filter(|s| !s.is_empty())
}

/// The search box and the filters, each labelled.
#[component]
fn Filters(filter: RwSignal<Filter>, corpus: Memo<Corpus>, version: ReadSignal<u64>) -> impl IntoView {
    let more = RwSignal::new(false);
    let results = expect_context::<RwSignal<Vec<FileResult>>>();
    // Each person with the other forms the articles write ("also: Biden, President Biden").
    let people = Memo::new(move |_| {
        corpus.with(|c| {
            let also = |p: &str| c.identities.also(p).join(", ");
            c.people().into_iter().map(|p| (also(&p), p)).collect::<Vec<_>>()
        })
    });
    // The file choices follow the merged views, not every batch.
    let documents = Memo::new(move |_| {
        version.track();
        results
            .with_untracked(|all| all.iter().filter(|r| r.outcome.is_ok()).map(|r| r.name.clone()).collect::<Vec<_>>())
    });
    view! {
        // On a phone the filters other than Search fold away (CSS), behind this toggle.
        <form
            class="filters"
            class:open=move || more.get()
            role="search"
            aria-label="Filter the rows"
            on:submit=|ev| ev.prevent_default()
        >
            <div class="field query">
                <label for="filter-query">"Search"</label>
                <input
                    id="filter-query"
                    type="search"
                    placeholder="names, words, dates, files\u{2026}"
                    prop:value=value(filter, |f| f.query.clone())
                    on:input=edit(filter, |f, v| f.query = v)
                />
            </div>
            <button
                type="button"
                class="button secondary more"
                aria-expanded=move || more.get().to_string()
                on:click=move |_| more.update(|m| *m = !*m)
            >
                {move || if more.get() { "Fewer filters" } else { "More filters" }}
            </button>
            <div class="field">
                <label for="filter-person">"Person"</label>
                <input
                    id="filter-person"
                    type="text"
                    list="filter-people"
                    autocomplete="off"
                    prop:value=value(filter, |f| f.person.clone())
                    on:input=edit(filter, |f, v| f.person = v)
                />
                <datalist id="filter-people">
                    <For
                        each=move || people.get()
                        key=|(also, p)| (p.clone(), also.clone())
                        children=|(also, p)| {
                            let label = (!also.is_empty()).then(|| format!("{p} (also: {also})"));
                            view! { <option value=p label=label></option> }
                        }
                    />
                </datalist>
            </div>
            <div class="field">
                <label for="filter-from">"From"</label>
                <input
                    id="filter-from"
                    type="date"
                    prop:value=value(filter, |f| f.from.clone().unwrap_or_default())
                    on:input=edit(filter, |f, v| f.from = non_empty(v))
                />
            </div>
            <div class="field">
                <label for="filter-to">"To"</label>
                <input
                    id="filter-to"
                    type="date"
                    prop:value=value(filter, |f| f.to.clone().unwrap_or_default())
                    on:input=edit(filter, |f, v| f.to = non_empty(v))
                />
            </div>
            <div class="field">
                <label for="filter-category">"Category"</label>
                <select
                    id="filter-category"
                    prop:value=move || filter.with(|f| f.category.map(Category::name).unwrap_or(""))
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        filter.update(|f| f.category = CATEGORIES.iter().copied().find(|c| c.name() == value));
                    }
                >
                    <option value="">"Any"</option>
                    {CATEGORIES.iter().map(|c| view! { <option value=c.name()>{c.name()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-file">"File"</label>
                <select
                    id="filter-file"
                    prop:value=value(filter, |f| f.document.clone().unwrap_or_default())
                    on:change=edit(filter, |f, v| f.document = non_empty(v))
                >
                    <option value="">"All files"</option>
                    <For
                        each=move || documents.get()
                        key=|d| d.clone()
                        children=|d| {
                            let shown = d.clone();
                            view! { <option value=d>{shown}</option> }
                        }
                    />
                </select>
            </div>
            <div class="field check">
                <input
                    id="filter-undated"
                    type="checkbox"
                    prop:checked=move || filter.with(|f| f.undated)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        filter.update(|f| f.undated = on);
                    }
                />
                <label for="filter-undated">"Undated calls only"</label>
            </div>
            <button
                type="button"
                class="button secondary clear"
                disabled=move || filter.with(|f| *f == Filter::default())
                on:click=move |_| filter.set(Filter::default())
            >
                "Clear filters"
            </button>
        </form>
    }
}

/// A file's name, title and text folded for search ([`corpus::searchable`]), and which
/// reading of that name it is.
struct Folded {
    name: String,
    generation: u64,
    text: String,
}

/// The folds of `all`, in its order: those of `cache` (an earlier `all`, both sorted by
/// name) for the files still at the same reading, new folds for the rest. A merge of
/// many batches thus folds each file once, in time linear in the files.
fn refold(cache: Vec<Folded>, all: &[FileResult]) -> Vec<Folded> {
    let mut old = cache.into_iter().peekable();
    all.iter()
        .map(|r| {
            while old.next_if(|f| f.name < r.name).is_some() {}
            if let Some(f) = old.next_if(|f| f.name == r.name && f.generation == r.generation) {
                return f;
            }
            let text = match &r.outcome {
                Ok(a) => corpus::searchable([r.name.as_str(), a.record.title.as_deref().unwrap_or(""), &a.text]),
                Err(_) => corpus::searchable([r.name.as_str()]),
            };
            Folded { name: r.name.clone(), generation: r.generation, text }
        })
        .collect()
}
