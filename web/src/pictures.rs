//! Pictures of the calls, for those who would rather look than read: a timeline with one
//! lane per person, and a who-called-whom graph, shown as workbench tabs. Both draw the
//! merged call rows of `readout_core::corpus` that the workbench's filters let through, as
//! SVG; every call and every edge can be reached by keyboard,
//! and a call opens its article at the evidence (it sets the page's [`Focus`]).

// The browser's sine, cosine and logarithm: Rust's own (libm's) would add about 10 KB
// to the page's wasm for the few that the graph draws with.
use js_sys::Math;
use leptos::prelude::*;
use readout_core::corpus::CallRow;
use readout_core::identity::same_name;
use web_sys::KeyboardEvent;

use crate::Focus;

/// Height of one person's lane, and the room for names and the axis.
const LANE: f64 = 34.0;
const NAMES: f64 = 170.0;
const AXIS: f64 = 34.0;
/// Width of the dated part of the timeline, and of each undated call's slot.
const DATED_WIDTH: f64 = 560.0;
const UNDATED_SLOT: f64 = 26.0;

/// What a call says about itself, for screen readers and tooltips.
fn call_label(row: &CallRow) -> String {
    let date = row.date.clone().unwrap_or_else(|| "date not given".to_string());
    let sources = row.sources.len();
    format!(
        "Call: {}, {date}, {}; {sources} source{}",
        row.participants.join(" and "),
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

/// The people of the calls: the timeline's lanes and the graph's nodes. Spellings of one
/// name that the rows keep apart ("Volodymyr Zelensky", "Volodymyr Zelenskyy") are one
/// person, by the scorer's rule, shown by the longest spelling.
struct People {
    /// Most calls first, then by name.
    names: Vec<String>,
    /// Each spelling met, with its person's index in `names`.
    spellings: Vec<(String, usize)>,
}

impl People {
    fn new(calls: &[CallRow]) -> People {
        // (longest spelling, calls, spellings) per person, in order of first mention.
        let mut found: Vec<(String, usize, Vec<String>)> = Vec::new();
        for row in calls {
            let mut seen: Vec<usize> = Vec::new();
            for p in &row.participants {
                let at =
                    found.iter().position(|(_, _, spellings)| spellings.iter().any(|s| same_name(Some(s), Some(p))));
                let at = at.unwrap_or_else(|| {
                    found.push((p.clone(), 0, Vec::new()));
                    found.len() - 1
                });
                let entry = &mut found[at];
                if !entry.2.contains(p) {
                    entry.2.push(p.clone());
                }
                if p.len() > entry.0.len() {
                    entry.0 = p.clone();
                }
                if !seen.contains(&at) {
                    seen.push(at);
                    entry.1 += 1;
                }
            }
        }
        let mut order: Vec<usize> = (0..found.len()).collect();
        // Ties by index: the order a stable sort of 0..n gives.
        order.sort_unstable_by(|&a, &b| found[b].1.cmp(&found[a].1).then(found[a].0.cmp(&found[b].0)).then(a.cmp(&b)));
        let names = order.iter().map(|&i| found[i].0.clone()).collect();
        let spellings =
            order.iter().enumerate().flat_map(|(rank, &i)| found[i].2.iter().map(move |s| (s.clone(), rank))).collect();
        People { names, spellings }
    }

    /// The index of the person `name` spells.
    fn index(&self, name: &str) -> usize {
        self.spellings.iter().find(|(s, _)| s == name).map_or(0, |(_, i)| *i)
    }
}

/// A call's day, when it has a full date.
/// A call's day, when it has a full date: days since 1970-01-01, and the date. By hand,
/// not with chrono's parser, which would add its weight to the page's wasm.
fn day(row: &CallRow) -> Option<(i64, &str)> {
    let date = row.date.as_deref()?;
    let mut parts = date.splitn(3, '-');
    let mut next = |len: usize| {
        parts.next().filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))?.parse::<i64>().ok()
    };
    let (year, month, day) = (next(4)?, next(2)?, next(2)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from the civil date (H. Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468, date))
}

/// The timeline: one lane per person, each call a stroke joining its participants' lanes
/// at its date; calls without a full date stand apart at the right.
#[component]
pub fn Timeline(#[prop(into)] calls: Signal<Vec<CallRow>>) -> impl IntoView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    move || {
        let calls = calls.get();
        if calls.is_empty() {
            return view! { <p class="none">"No calls to show."</p> }.into_any();
        }
        let people = People::new(&calls);
        let lanes = &people.names;
        let lane_of = |name: &str| people.index(name);
        let days: Vec<(i64, &str)> = calls.iter().filter_map(day).collect();
        let first = days.iter().min().copied();
        let last = days.iter().max().copied();
        let span = match (first, last) {
            (Some(a), Some(b)) => (b.0 - a.0).max(0) as f64,
            _ => 0.0,
        };
        let x_of = |d: i64| match first {
            Some(a) if span > 0.0 => NAMES + 20.0 + (d - a.0) as f64 / span * (DATED_WIDTH - 40.0),
            _ => NAMES + DATED_WIDTH / 2.0,
        };
        let undated: Vec<usize> = (0..calls.len()).filter(|&i| day(&calls[i]).is_none()).collect();
        let undated_x0 = NAMES + DATED_WIDTH + 40.0;
        let width = if undated.is_empty() {
            NAMES + DATED_WIDTH + 20.0
        } else {
            undated_x0 + undated.len() as f64 * UNDATED_SLOT + 20.0
        };
        let height = AXIS + lanes.len() as f64 * LANE + 10.0;
        let lane_y = |i: usize| AXIS + i as f64 * LANE + LANE / 2.0;

        // Calls on the same day stand side by side.
        // (day, calls drawn on it so far), in day order. A sorted list, not a BTreeMap,
        // whose code would weigh more in the page's wasm than this picture.
        let mut same_day: Vec<(i64, usize)> = Vec::new();
        let marks = calls
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let x = match day(row) {
                    Some((d, _)) => {
                        let at = same_day.partition_point(|&(day, _)| day < d);
                        if same_day.get(at).is_none_or(|&(day, _)| day != d) {
                            same_day.insert(at, (d, 0));
                        }
                        let k = &mut same_day[at].1;
                        *k += 1;
                        x_of(d) + (*k as f64 - 1.0) * 8.0
                    }
                    None => {
                        undated_x0
                            + undated.iter().position(|&u| u == i).unwrap_or(0) as f64 * UNDATED_SLOT
                            + UNDATED_SLOT / 2.0
                    }
                };
                let ys: Vec<f64> = row.participants.iter().map(|p| lane_y(lane_of(p))).collect();
                let (top, bottom) = ys.iter().fold((f64::MAX, f64::MIN), |(a, b), &y| (a.min(y), b.max(y)));
                let label = call_label(row);
                let title = label.clone();
                let click_row = row.clone();
                let key_row = row.clone();
                let dots = ys.into_iter().map(|y| view! { <circle cx=px(x) cy=px(y) r="5" /> }).collect_view();
                view! {
                    <g
                        class="call-mark"
                        class:undated=day(row).is_none()
                        role="button"
                        tabindex="0"
                        aria-label=label
                        data-date=row.date.clone().unwrap_or_default()
                        on:click=move |_| open_call(focus, &click_row)
                        on:keydown=move |ev: KeyboardEvent| {
                            if activates(&ev) {
                                ev.prevent_default();
                                open_call(focus, &key_row);
                            }
                        }
                    >
                        <title>{title}</title>
                        <line class="hit" x1=px(x) y1=px(top - 8.0) x2=px(x) y2=px(bottom + 8.0) />
                        <line class="stroke" x1=px(x) y1=px(top) x2=px(x) y2=px(bottom) />
                        {dots}
                    </g>
                }
            })
            .collect_view();
        let lane_views = lanes
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let y = lane_y(i);
                view! {
                    <g class="lane">
                        <line x1=px(NAMES) x2=px(width - 10.0) y1=px(y) y2=px(y) />
                        <text x=px(NAMES - 8.0) y=px(y + 4.0) text-anchor="end">{shorten(name, 22)}</text>
                    </g>
                }
            })
            .collect_view();
        let ticks = match (first, last) {
            (Some(a), Some(b)) if a.0 != b.0 => vec![(x_of(a.0), a.1.to_string()), (x_of(b.0), b.1.to_string())],
            (Some(a), _) => vec![(x_of(a.0), a.1.to_string())],
            _ => Vec::new(),
        };
        let tick_views = ticks
            .into_iter()
            .enumerate()
            .map(|(k, (x, label))| {
                let anchor = if k == 0 { "start" } else { "end" };
                let x = if k == 0 { x - 20.0 } else { x + 20.0 };
                view! { <text class="tick" x=px(x) y="16" text-anchor=anchor>{label}</text> }
            })
            .collect_view();
        let undated_label = (!undated.is_empty()).then(|| {
            view! {
                <g class="undated-area">
                    <line x1=px(undated_x0 - 20.0) x2=px(undated_x0 - 20.0) y1="4" y2=px(height - 4.0) />
                    <text class="tick" x=px(undated_x0) y="16">"Undated"</text>
                </g>
            }
        });
        let summary = format!(
            "Timeline of {} call{} between {} people: {} dated, {} undated.",
            calls.len(),
            if calls.len() == 1 { "" } else { "s" },
            lanes.len(),
            calls.len() - undated.len(),
            undated.len()
        );
        view! {
            <figure class="picture timeline">
                <figcaption>{summary.clone()}</figcaption>
                {scrolling_svg(width, height, summary, (tick_views, lane_views, undated_label, marks))}
            </figure>
        }
        .into_any()
    }
}

/// One pair of people who spoke, and the calls between them.
#[derive(Clone, Debug, PartialEq)]
struct Edge {
    a: usize,
    b: usize,
    calls: Vec<CallRow>,
}

/// The graph's edges: every pair of participants of every call, with its calls, in
/// order of people.
fn edges(calls: &[CallRow], people: &People) -> Vec<Edge> {
    // In order of (a, b): a sorted list, not a BTreeMap, whose code would weigh more in
    // the page's wasm than this picture.
    let mut edges: Vec<Edge> = Vec::new();
    for row in calls {
        let mut ids: Vec<usize> = row.participants.iter().map(|p| people.index(p)).collect();
        ids.sort_unstable();
        ids.dedup();
        for (k, &a) in ids.iter().enumerate() {
            for &b in &ids[k + 1..] {
                match edges.binary_search_by_key(&(a, b), |e| (e.a, e.b)) {
                    Ok(at) => edges[at].calls.push(row.clone()),
                    Err(at) => edges.insert(at, Edge { a, b, calls: vec![row.clone()] }),
                }
            }
        }
    }
    edges
}

/// The who-called-whom graph: people on a circle (most calls first, from the top,
/// clockwise), an edge per pair that spoke, its width and number the calls between them.
/// Choosing an edge lists its calls, each opening its article.
#[component]
pub fn CallGraph(#[prop(into)] calls: Signal<Vec<CallRow>>) -> impl IntoView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    let chosen = RwSignal::new(None::<(usize, usize)>);
    move || {
        let calls = calls.get();
        if calls.is_empty() {
            return view! { <p class="none">"No calls to show."</p> }.into_any();
        }
        let cast = People::new(&calls);
        let edges = edges(&calls, &cast);
        let people = cast.names;
        let n = people.len();
        let (width, height) = (640.0, if n <= 2 { 220.0 } else { 460.0 });
        let (cx, cy) = (width / 2.0, height / 2.0);
        let radius = if n <= 2 { 180.0 } else { height / 2.0 - 60.0 };
        let position = |i: usize| {
            if n <= 2 {
                return (cx + if i == 0 { -radius } else { radius }, cy);
            }
            let angle = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n as f64;
            (cx + radius * Math::cos(angle), cy + radius * Math::sin(angle))
        };
        let edge_views = edges
            .iter()
            .map(|e| {
                let ((x1, y1), (x2, y2)) = (position(e.a), position(e.b));
                let weight = e.calls.len();
                let label = format!(
                    "{} and {}: {weight} call{}",
                    people[e.a],
                    people[e.b],
                    if weight == 1 { "" } else { "s" }
                );
                let key = (e.a, e.b);
                let title = label.clone();
                view! {
                    <g
                        class="edge"
                        class:chosen=move || chosen.get() == Some(key)
                        role="button"
                        tabindex="0"
                        aria-label=label
                        aria-pressed=move || if chosen.get() == Some(key) { "true" } else { "false" }
                        data-weight=weight
                        on:click=move |_| chosen.set(Some(key))
                        on:keydown=move |ev: KeyboardEvent| {
                            if activates(&ev) {
                                ev.prevent_default();
                                chosen.set(Some(key));
                            }
                        }
                    >
                        <title>{title}</title>
                        <line class="hit" x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2) />
                        <line class="stroke" x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2) stroke-width=px(2.5 + 2.5 * Math::log2(weight as f64)) />
                        <text class="weight" x=px((x1 + x2) / 2.0) y=px((y1 + y2) / 2.0 - 6.0) text-anchor="middle">{weight}</text>
                    </g>
                }
            })
            .collect_view();
        let node_views = people
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let (x, y) = position(i);
                let anchor = if n <= 2 || (x - cx).abs() < 1.0 {
                    "middle"
                } else if x < cx {
                    "end"
                } else {
                    "start"
                };
                let (tx, ty) = match anchor {
                    "middle" => (x, if y <= cy { y - 14.0 } else { y + 24.0 }),
                    "end" => (x - 12.0, y + 4.0),
                    _ => (x + 12.0, y + 4.0),
                };
                view! {
                    <g class="node">
                        <circle cx=px(x) cy=px(y) r="8" />
                        <text x=px(tx) y=px(ty) text-anchor=anchor>{shorten(name, 24)}</text>
                    </g>
                }
            })
            .collect_view();
        let summary = format!(
            "Who called whom: {} {} and {} pair{} who spoke.",
            n,
            if n == 1 { "person" } else { "people" },
            edges.len(),
            if edges.len() == 1 { "" } else { "s" }
        );
        let list = move || {
            let (a, b) = chosen.get()?;
            let edge = edges.iter().find(|e| (e.a, e.b) == (a, b))?.clone();
            let heading = format!("Calls between {} and {}", people[a], people[b]);
            let items = edge
                .calls
                .into_iter()
                .map(|row| {
                    let label = format!(
                        "{} \u{00B7} {} \u{00B7} {}",
                        row.date.clone().unwrap_or_else(|| "date not given".to_string()),
                        row.medium.name(),
                        row.sources.iter().map(|s| s.document.as_str()).collect::<Vec<_>>().join(", ")
                    );
                    view! {
                        <li>
                            <button type="button" class="record" on:click=move |_| open_call(focus, &row)>
                                {label}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            let shown = heading.clone();
            Some(view! {
                <section class="edge-calls" aria-label=heading>
                    <h3>{shown}</h3>
                    <ul>{items}</ul>
                </section>
            })
        };
        view! {
            <figure class="picture graph">
                <figcaption>{summary.clone()} " Choose a line to list its calls."</figcaption>
                {scrolling_svg(width, height, summary, (edge_views, node_views))}
                {list}
            </figure>
        }
        .into_any()
    }
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
