//! The view in the page's address: the tab, the filters, each table's sort, the person
//! whose page is open and the open article live in the URL's fragment (`#tab=amounts&person=Joe+Biden&sort-amounts=value-desc`),
//! so a view can be bookmarked or shared, and comes back on reload. The fragment never
//! reaches a server.

use readout_core::corpus::{Column, Filter};
use readout_core::Category;
use web_sys::UrlSearchParams;

use crate::workbench::Tab;
use crate::Focus;

/// Everything of the view the address keeps.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub tab: Option<Tab>,
    pub filter: Filter,
    /// Each table's sort, by its tab: the column and whether it is descending.
    pub sorts: Vec<(Tab, Column, bool)>,
    /// The name whose page is open.
    pub person: Option<String>,
    pub open: Option<Focus>,
}

const CATEGORIES: &[Category] =
    &[Category::Military, Category::Humanitarian, Category::Economic, Category::Aid, Category::Other];

/// The sortable tables, as the address names their sorts.
const SORTED: &[Tab] = &[Tab::Calls, Tab::Quotes, Tab::Amounts];

/// The view the page's address gives (the default view when it gives none).
pub fn read() -> View {
    let hash = window().location().hash().unwrap_or_default();
    parse(hash.trim_start_matches('#'))
}

/// Puts the view in the page's address, in place (no new history entry per keystroke).
pub fn write(view: &View) {
    let fragment = format(view);
    let url = if fragment.is_empty() {
        let location = window().location();
        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
    } else {
        format!("#{fragment}")
    };
    if window().location().hash().unwrap_or_default().trim_start_matches('#') != fragment {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

/// The view of a fragment: `key=value` pairs as a form encodes them.
pub fn parse(fragment: &str) -> View {
    let Ok(params) = UrlSearchParams::new_with_str(fragment) else { return View::default() };
    let get = |key: &str| params.get(key).filter(|v| !v.is_empty());
    let filter = Filter {
        query: get("q").unwrap_or_default(),
        person: get("person").unwrap_or_default(),
        from: get("from"),
        to: get("to"),
        category: get("category").and_then(|c| CATEGORIES.iter().copied().find(|k| k.name() == c)),
        document: get("file"),
        undated: get("undated").is_some_and(|v| v == "1"),
    };
    let sorts = SORTED
        .iter()
        .filter_map(|&tab| {
            let value = get(&format!("sort-{}", tab.id()))?;
            let (name, descending) = match value.strip_suffix("-desc") {
                Some(name) => (name, true),
                None => (value.as_str(), false),
            };
            Some((tab, Column::named(name)?, descending))
        })
        .collect();
    let open = get("open").map(|document| {
        let at = get("at").unwrap_or_default();
        let (start, end) = at.split_once('-').unwrap_or(("0", "0"));
        Focus { document, start: start.parse().unwrap_or(0), end: end.parse().unwrap_or(0) }
    });
    let tab = get("tab").and_then(|t| Tab::ALL.iter().copied().find(|tab| tab.id() == t));
    View { tab, filter, sorts, person: get("who"), open }
}

/// The fragment of a view: only what differs from the default view.
pub fn format(view: &View) -> String {
    let Ok(params) = UrlSearchParams::new() else { return String::new() };
    let set = |key: &str, value: &str| {
        if !value.is_empty() {
            params.append(key, value);
        }
    };
    set("tab", view.tab.filter(|&t| t != Tab::Calls).map_or("", Tab::id));
    let f = &view.filter;
    set("q", &f.query);
    set("person", &f.person);
    set("from", f.from.as_deref().unwrap_or(""));
    set("to", f.to.as_deref().unwrap_or(""));
    set("category", f.category.map_or("", Category::name));
    set("file", f.document.as_deref().unwrap_or(""));
    set("undated", if f.undated { "1" } else { "" });
    for &(tab, column, descending) in &view.sorts {
        let dir = if descending { "-desc" } else { "" };
        set(&format!("sort-{}", tab.id()), &format!("{}{dir}", column.name()));
    }
    set("who", view.person.as_deref().unwrap_or(""));
    if let Some(open) = &view.open {
        set("open", &open.document);
        set("at", &format!("{}-{}", open.start, open.end));
    }
    params.to_string().into()
}
