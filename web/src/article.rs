//! The article view: one document's text with every extraction highlighted where it was
//! read, opened as a modal dialog whenever the page's [`Focus`] is set.
//!
//! The highlights are the analysis's marks (`readout_core::marks`), nested by
//! `readout_core::marks::nest` so that overlapping ones (an amount inside a quote inside
//! a call) become elements inside elements. The focused span is one more element, around
//! the marks it covers, and is scrolled into view. Hovering or focusing a highlight shows
//! the records of it and of the highlights around it. Text is only ever text nodes.

use leptos::prelude::*;
use readout_core::corpus::hits;
use readout_core::marks::{nest, Piece};
use readout_core::{Mark, MarkKind, Medium};
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::marked::Search;
use crate::pictures::px;
use crate::view::group_thousands;
use crate::{FileResult, Focus};

/// The kinds in legend order, with their names.
const KINDS: [(MarkKind, &str, &str); 5] = [
    (MarkKind::Call, "Call", "the sentence reporting a call"),
    (MarkKind::Quote, "Quote", "the quoted words"),
    (MarkKind::Speaker, "Speaker", "who a quote is attributed to"),
    (MarkKind::Amount, "Amount", "money, as written"),
    (MarkKind::Date, "Date", "a date or time expression"),
];

const TIP_ID: &str = "article-tip";

fn class_of(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Call => "hl hl-call",
        MarkKind::Quote => "hl hl-quote",
        MarkKind::Speaker => "hl hl-speaker",
        MarkKind::Amount => "hl hl-amount",
        MarkKind::Date => "hl hl-date",
    }
}

fn name_of(kind: MarkKind) -> &'static str {
    KINDS.iter().find(|(k, _, _)| *k == kind).map_or("", |(_, name, _)| name)
}

/// What the tooltip shows: the marks under the pointer or focus, innermost first, and
/// where (viewport pixels of the innermost one).
#[derive(Clone, Debug, PartialEq)]
struct Tip {
    marks: Vec<usize>,
    left: f64,
    top: f64,
    bottom: f64,
    /// Shown for the keyboard focus: the pointer moving over plain text keeps it.
    focused: bool,
}

/// The dialog showing the focused document. Mount once; it opens whenever the
/// `RwSignal<Option<Focus>>` context is set and clears it when closed.
#[component]
pub fn ArticleView() -> impl IntoView {
    let results = expect_context::<RwSignal<Vec<FileResult>>>();
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = StoredValue::new_local(None::<Element>);
    let tip = RwSignal::new(None::<Tip>);
    let search = use_context::<Search>();

    // The shown document's reading: the view is rebuilt when it changes, not whenever
    // other files arrive.
    let shown = Memo::new(move |_| {
        let (document, span) = focus.with(|f| f.as_ref().map(|f| (f.document.clone(), [f.start, f.end])))?;
        results.with(|all| all.iter().find(|r| r.name == document).map(|r| (r.name.clone(), r.generation, span)))
    });
    let analysis = move || {
        let (name, generation, span) = shown.get()?;
        let outcome = results.with_untracked(|all| {
            all.iter().find(|r| r.name == name && r.generation == generation).map(|r| r.outcome.clone())
        })?;
        Some((name, outcome, Some(span).filter(|[s, e]| s < e)))
    };

    // Open on focus and bring the evidence into view (effects run after the view updates).
    Effect::new(move |_| {
        let Some(f) = focus.get() else { return };
        let Some(dialog) = dialog.get() else { return };
        if !dialog.open() {
            opener.set_value(document().active_element());
            let _ = dialog.show_modal();
        }
        tip.set(None);
        // At once, not in a later frame: a key that opened the article must not reach the
        // dialog's first button as it goes up.
        let evidence = dialog.query_selector(".evidence").ok().flatten();
        match evidence.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            Some(el) if f.start < f.end => {
                // Scrolled first, so that the record shown on focus stands beside it.
                let scroll = ScrollIntoViewOptions::new();
                scroll.set_block(ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&scroll);
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
            }
            // No evidence: the search's first hit, else the top.
            _ => match dialog.query_selector("mark.hit").ok().flatten() {
                Some(hit) => {
                    let scroll = ScrollIntoViewOptions::new();
                    scroll.set_block(ScrollLogicalPosition::Center);
                    hit.scroll_into_view_with_scroll_into_view_options(&scroll);
                }
                None => {
                    if let Some(body) = dialog.query_selector(".article-scroll").ok().flatten() {
                        body.set_scroll_top(0);
                    }
                }
            },
        }
    });

    let on_close = move |_| {
        focus.set(None);
        tip.set(None);
        if let Some(el) = opener.get_value().filter(|e| e.is_connected()) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
        opener.set_value(None);
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };

    let show_tip = move |target: Option<Element>, focused: bool| {
        // The evidence shows the records of the mark of its span, if any.
        let target = match target {
            Some(t) if t.matches(".evidence").unwrap_or(false) => {
                let same = t
                    .get_attribute("data-same")
                    .and_then(|i| t.query_selector(&format!("[data-mark=\"{i}\"]")).ok().flatten());
                same.or(Some(t))
            }
            t => t,
        };
        let innermost = target.and_then(|t| t.closest("[data-mark]").ok().flatten());
        let marks: Vec<usize> = std::iter::successors(innermost.clone(), |e| {
            e.parent_element().and_then(|p| p.closest("[data-mark]").ok().flatten())
        })
        .filter_map(|e| e.get_attribute("data-mark")?.parse().ok())
        .collect();
        match innermost {
            Some(el) => {
                let rect = el.get_bounding_client_rect();
                tip.set(Some(Tip { marks, left: rect.left(), top: rect.top(), bottom: rect.bottom(), focused }));
            }
            None if focused || !tip.with_untracked(|t| t.as_ref().is_some_and(|t| t.focused)) => tip.set(None),
            None => {}
        }
    };

    // A document that cannot be shown: its heading and why. One view for both cases.
    let message = move |heading: String, class: &'static str, text: String| {
        view! {
            <div class="article-head">
                <h2 id="article-heading">{heading}</h2>
                <button type="button" class="button secondary close" on:click=close>"Close"</button>
            </div>
            <p class=class>{text}</p>
        }
        .into_any()
    };

    view! {
        <dialog
            class="article-dialog"
            node_ref=dialog
            aria-labelledby="article-heading"
            on:close=on_close
        >
            {move || match analysis() {
                None => message("Article".to_string(), "none", "This document is no longer loaded.".to_string()),
                Some((name, Err(reason), _)) => message(name, "error", format!("Could not read this file: {reason}")),
                Some((name, Ok(analysis), span)) => {
                    let record = analysis.record.clone();
                    let marks = analysis.marks.clone();
                    let tip_marks = marks.clone();
                    let tip_view = move || {
                        tip.get().map(|t| {
                            let (vw, vh) = viewport();
                            let left = t.left.clamp(8.0, (vw - 320.0).max(8.0));
                            // Set through the CSSOM (the page's CSP refuses style attributes).
                            let (top, bottom) = if t.bottom > vh * 0.6 {
                                ("auto".to_string(), format!("{}px", px(vh - t.top + 6.0)))
                            } else {
                                (format!("{}px", px(t.bottom + 6.0)), "auto".to_string())
                            };
                            let left = format!("{}px", px(left));
                            let lines = t
                                .marks
                                .iter()
                                .filter_map(|&i| tip_marks.get(i))
                                .map(|m| {
                                    let (label, facts) = describe(m, &record);
                                    view! {
                                        <div class="tip-record" data-kind=name_of(m.kind).to_lowercase()>
                                            <strong>{label}</strong>
                                            <dl>
                                                {facts
                                                    .into_iter()
                                                    .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                                                    .collect_view()}
                                            </dl>
                                        </div>
                                    }
                                })
                                .collect_view();
                            view! { <div id=TIP_ID class="article-tip" role="tooltip" style:left=left style:top=top style:bottom=bottom>{lines}</div> }
                        })
                    };
                    view! {
                        <div class="article-head">
                            <div>
                                <h2 id="article-heading">{name}</h2>
                                {analysis.record.title.clone().map(|t| view! { <p class="title">{t}</p> })}
                                {analysis.record.published.clone().map(|d| view! { <p class="published">"Published " {d}</p> })}
                            </div>
                            <button type="button" class="button secondary close" on:click=close>"Close"</button>
                        </div>
                        <Legend marks=marks.clone() />
                        <div
                            class="article-scroll"
                            tabindex="-1"
                            autofocus
                            on:mouseover=move |ev| show_tip(ev.target().and_then(|t| t.dyn_into::<Element>().ok()), false)
                            on:mouseleave=move |_| show_tip(None, false)
                            on:focusin=move |ev| show_tip(ev.target().and_then(|t| t.dyn_into::<Element>().ok()), true)
                            on:focusout=move |_| tip.set(None)
                        >
                            {if analysis.text.is_empty() {
                                view! { <p class="none">{NO_TEXT}</p> }.into_any()
                            } else {
                                let found = search.map(|s| s.0.with(|words| hits(&analysis.text, words))).unwrap_or_default();
                                view! { <div class="article-text">{article_text(&analysis.text, &marks, &found, span)}</div> }.into_any()
                            }}
                        </div>
                        {tip_view}
                    }
                    .into_any()
                }
            }}
        </dialog>
    }
}

/// The legend: each kind's look, name, meaning and count in this article.
#[component]
fn Legend(marks: Vec<Mark>) -> impl IntoView {
    let items = KINDS
        .iter()
        .map(|&(kind, name, meaning)| {
            let count = marks.iter().filter(|m| m.kind == kind && m.start < m.end).count();
            view! {
                <li>
                    <span class=class_of(kind)>{name}</span>
                    <span>{format!(" {meaning} ({count})")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-label="Legend">
            <ul>{items}</ul>
        </section>
    }
}

/// Shown for a document read back from records without its text (the CLI's JSON Lines).
const NO_TEXT: &str = "This document came from readout's records without its text: its rows are in the workbench, \
    but the article cannot be shown. The page's own JSON export keeps the text.";

/// The text as nested elements: every mark a `<mark>`, every search hit (`found`) a
/// `<mark class="hit">`, the focused span a `.evidence`.
fn article_text(text: &str, marks: &[Mark], found: &[[usize; 2]], focus: Option<[usize; 2]>) -> AnyView {
    // The focused span first, so that it encloses the marks of the same span.
    let length = text.chars().count();
    let mut spans: Vec<[usize; 2]> = focus.map(|[s, e]| [s.min(length), e.min(length)]).into_iter().collect();
    let first_mark = spans.len();
    spans.extend(marks.iter().map(|m| [m.start, m.end]));
    spans.extend(found.iter().copied());
    let pieces = nest(&spans);
    let bytes = ByteOffsets::new(text, &spans, length);
    let ctx = Render { text, bytes: &bytes, marks, first_mark };
    ctx.pieces(&pieces, 0, length).into_any()
}

struct Render<'a> {
    text: &'a str,
    bytes: &'a ByteOffsets,
    marks: &'a [Mark],
    /// Spans before this index are the focus, then come `marks` in order, then the
    /// search's hits.
    first_mark: usize,
}

impl Render<'_> {
    fn slice(&self, from: usize, to: usize) -> String {
        self.text[self.bytes.get(from)..self.bytes.get(to)].to_string()
    }

    /// The text from `from` to `to` (chars) with `pieces` inside it.
    fn pieces(&self, pieces: &[Piece], from: usize, to: usize) -> Vec<AnyView> {
        let mut out = Vec::with_capacity(2 * pieces.len() + 1);
        let mut at = from;
        for p in pieces {
            if p.start > at {
                out.push(self.slice(at, p.start).into_any());
            }
            out.push(self.piece(p));
            at = p.end;
        }
        if to > at {
            out.push(self.slice(at, to).into_any());
        }
        out
    }

    fn piece(&self, p: &Piece) -> AnyView {
        let inner = self.pieces(&p.children, p.start, p.end);
        if p.span < self.first_mark {
            // The mark of exactly the focused span, if there is one, is its first child.
            let same = p
                .children
                .first()
                .filter(|c| (c.start, c.end, c.first) == (p.start, p.end, true) && c.span >= self.first_mark);
            let same = same.map(|c| c.span - self.first_mark);
            return view! { <span class="evidence" tabindex="-1" data-same=same>{inner}</span> }.into_any();
        }
        let index = p.span - self.first_mark;
        let Some(kind) = self.marks.get(index).map(|m| m.kind) else {
            return view! { <mark class="hit">{inner}</mark> }.into_any();
        };
        let class = if p.first { class_of(kind).to_string() } else { format!("{} cont", class_of(kind)) };
        view! {
            <mark
                class=class
                data-mark=index
                data-kind=name_of(kind).to_lowercase()
                tabindex=p.first.then_some("0")
                aria-describedby=p.first.then_some(TIP_ID)
            >
                {inner}
            </mark>
        }
        .into_any()
    }
}

/// Byte offsets of the char offsets `spans` start and end at.
struct ByteOffsets {
    chars: Vec<usize>,
    bytes: Vec<usize>,
    text_len: usize,
}

impl ByteOffsets {
    /// `length` is the text's length in chars; it is looked up too.
    fn new(text: &str, spans: &[[usize; 2]], length: usize) -> ByteOffsets {
        let mut chars: Vec<usize> = spans.iter().flatten().copied().collect();
        chars.extend([0, length]);
        readout_core::order::sort_by(&mut chars, Ord::cmp);
        chars.dedup();
        let mut bytes = Vec::with_capacity(chars.len());
        let mut wanted = chars.iter().peekable();
        for (n, (byte, _)) in text.char_indices().chain(std::iter::once((text.len(), ' '))).enumerate() {
            while wanted.peek().is_some_and(|&&c| c <= n) {
                wanted.next();
                bytes.push(byte);
            }
        }
        bytes.resize(chars.len(), text.len());
        ByteOffsets { chars, bytes, text_len: text.len() }
    }

    fn get(&self, char_offset: usize) -> usize {
        let i = self.chars.partition_point(|&c| c < char_offset);
        self.bytes.get(i).copied().unwrap_or(self.text_len)
    }
}

/// A mark's record as a heading and (field, value) lines.
fn describe(mark: &Mark, record: &readout_core::Record) -> (String, Vec<(&'static str, String)>) {
    let not_given = || "not given".to_string();
    let call_facts = |i: usize| {
        record.calls.get(i).map(|c| {
            let medium = match c.medium {
                Medium::Phone => "phone",
                Medium::Video => "video",
                Medium::Unspecified => "not given",
            };
            let date = match (&c.date, &c.date_text) {
                (Some(d), Some(t)) => format!("{d} (\u{201C}{t}\u{201D})"),
                (Some(d), None) => d.clone(),
                (None, Some(t)) => format!("not one day (\u{201C}{t}\u{201D})"),
                (None, None) => not_given(),
            };
            let mut facts = vec![
                ("Participants", c.participants.join(" \u{2194} ")),
                ("Date", date),
                ("Medium", medium.to_string()),
            ];
            if let Some(caller) = &c.caller {
                facts.push(("Placed by", caller.clone()));
            }
            if !c.topics.is_empty() {
                facts.push(("Topics", c.topics.join(", ")));
            }
            facts
        })
    };
    let quote_facts = |i: usize| {
        record.quotes.get(i).map(|q| {
            vec![
                ("Speaker", q.speaker.clone().unwrap_or_else(not_given)),
                ("Cue", q.cue.clone().unwrap_or_else(not_given)),
            ]
        })
    };
    match (mark.kind, mark.record) {
        (MarkKind::Call, Some(i)) => ("Call".into(), call_facts(i).unwrap_or_default()),
        (MarkKind::Quote, Some(i)) => ("Quote".into(), quote_facts(i).unwrap_or_default()),
        (MarkKind::Speaker, Some(i)) => {
            let mut facts = quote_facts(i).unwrap_or_default();
            if let Some(q) = record.quotes.get(i) {
                facts.push(("Of the quote", shorten(&q.text, 80)));
            }
            ("Speaker".into(), facts)
        }
        (MarkKind::Amount, Some(i)) => {
            let facts = record
                .amounts
                .get(i)
                .map(|a| {
                    let upper = a.value_max.map(|max| format!("\u{2013}{}", group_thousands(max))).unwrap_or_default();
                    vec![
                        ("Value", format!("{}{upper} {}", group_thousands(a.value), a.currency)),
                        ("Category", a.category.map_or_else(not_given, |c| c.name().to_string())),
                        ("Donor", a.donor.clone().unwrap_or_else(not_given)),
                        ("Recipient", a.recipient.clone().unwrap_or_else(not_given)),
                    ]
                })
                .unwrap_or_default();
            ("Amount".into(), facts)
        }
        (MarkKind::Date, call) => {
            let mut facts = vec![("Means", mark.date.clone().unwrap_or_else(|| "no single day".to_string()))];
            if let Some(c) = call.and_then(|i| record.calls.get(i)) {
                facts.push(("Dates the call", c.participants.join(" \u{2194} ")));
            }
            ("Date".into(), facts)
        }
        (kind, None) => (name_of(kind).to_string(), Vec::new()),
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}\u{2026}", &text[..at]),
        None => text.to_string(),
    }
}

fn viewport() -> (f64, f64) {
    let w = window();
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(800.0);
    (size(w.inner_width()), size(w.inner_height()))
}
