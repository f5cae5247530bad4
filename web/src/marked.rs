//! Search hits marked wherever the page shows text: the workbench keeps the search's
//! folded words in the page's [`Search`] context, and [`marked`] shows a text with each
//! hit in a `<mark class="hit">` (readout-core's `corpus::hits` finds them).

use leptos::prelude::*;
use readout_core::corpus::{hits, pieces};

/// The words of the workbench's search, folded; none when it is blank. A context of the
/// page, so that the article view marks them too.
#[derive(Clone, Copy)]
pub struct Search(pub RwSignal<Vec<String>>);

/// `text`, its search hits marked, following the search.
pub fn marked(text: String) -> impl IntoView {
    let search = use_context::<Search>();
    move || {
        let found = search.map(|s| s.0.with(|words| hits(&text, words))).unwrap_or_default();
        shown(&text, &found)
    }
}

/// `text` with the character spans `found` marked as hits.
pub fn shown(text: &str, found: &[[usize; 2]]) -> AnyView {
    if found.is_empty() {
        return text.to_string().into_any();
    }
    pieces(text, found)
        .into_iter()
        .map(|(piece, hit)| match hit {
            true => view! { <mark class="hit">{piece.to_string()}</mark> }.into_any(),
            false => piece.to_string().into_any(),
        })
        .collect_view()
        .into_any()
}
