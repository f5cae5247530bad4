//! The timeline: one lane per person (the most connected first), each call a stroke
//! joining its participants' lanes at its day, on a date axis whose ticks (days, weeks,
//! months or years, from the core's `ticks`) keep their labels apart at any span. Right of
//! the dated calls, the calls of a day of an unknown year stand in a group per day
//! ("25 June, year unknown"), and the undated ones last.

use leptos::prelude::*;
use readout_core::corpus::{ticks, CallRow, Timeline as Times};
use web_sys::KeyboardEvent;

use super::{activates, call_label, of_calls, open_call, px, scrolling_svg, shorten};
use crate::view::date_label;
use crate::Focus;

/// Height of one person's lane, and the room for names and the axis.
const LANE: f64 = 26.0;
const NAMES: f64 = 200.0;
const AXIS: f64 = 34.0;
/// Width of the dated part of the timeline, and the room left empty at each of its ends.
const DATED_WIDTH: f64 = 640.0;
const MARGIN: f64 = 20.0;
/// Width of each call's slot in a group of calls without a full date.
const SLOT: f64 = 26.0;
/// The widest a character of a label is on average, in pixels (12 px sans-serif, digits
/// and capitals included), for room between labels.
const CHAR_PX: f64 = 7.5;

#[component]
pub fn Timeline(#[prop(into)] calls: Signal<Vec<CallRow>>) -> impl IntoView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    of_calls(calls, move |calls, network| {
        let times = Times::of(&calls);
        let lane_y = |i: usize| AXIS + i as f64 * LANE + LANE / 2.0;
        let height = AXIS + network.people.len() as f64 * LANE + 10.0;

        // The mark of call `i` at `x`: a stroke across its participants' lanes.
        let mark = |x: f64, i: usize, dated: bool| {
            let row = &calls[i];
            let ys: Vec<f64> = network.of_call[i].iter().map(|&p| lane_y(p)).collect();
            let (top, bottom) = ys.iter().fold((f64::MAX, f64::MIN), |(a, b), &y| (a.min(y), b.max(y)));
            let label = call_label(row);
            let title = label.clone();
            let click_row = row.clone();
            let key_row = row.clone();
            let dots = ys.into_iter().map(|y| view! { <circle cx=px(x) cy=px(y) r="5" /> }).collect_view();
            view! {
                <g
                    class="call-mark"
                    class:undated=!dated
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
        };

        // The dated calls, on the axis; calls of one day stand side by side.
        let mut x = NAMES;
        let mut axis = Vec::new();
        let mut marks = Vec::new();
        if let Some((first, last)) = times.span {
            let usable = DATED_WIDTH - 2.0 * MARGIN;
            let x_of = |day: i64| match last - first {
                0 => NAMES + DATED_WIDTH / 2.0,
                span => NAMES + MARGIN + (day - first) as f64 / span as f64 * usable,
            };
            for tick in ticks(first, last, (usable / CHAR_PX) as i64) {
                let at = x_of(tick.day);
                axis.push(view! {
                    <g class="axis-tick">
                        <line x1=px(at) x2=px(at) y1=px(AXIS - 10.0) y2=px(height - 4.0) />
                        <text class="tick" x=px(at) y="16" text-anchor="middle">{tick.label}</text>
                    </g>
                });
            }
            // (day, calls drawn on it so far), in day order: a sorted list, whose code
            // weighs less in the page's wasm than a map's.
            let mut on_day: Vec<(i64, usize)> = Vec::new();
            for &(i, day) in &times.dated {
                let at = on_day.partition_point(|&(d, _)| d < day);
                if on_day.get(at).is_none_or(|&(d, _)| d != day) {
                    on_day.insert(at, (day, 0));
                }
                marks.push(mark(x_of(day) + on_day[at].1 as f64 * 8.0, i, true));
                on_day[at].1 += 1;
            }
            x += DATED_WIDTH + 2.0 * MARGIN;
        }

        // A group of calls without a full date, headed by `label`, from `x` on.
        let group = |x: &mut f64, label: String, rows: &[usize], marks: &mut Vec<_>| {
            let width = (label.chars().count() as f64 * CHAR_PX).max(rows.len() as f64 * SLOT);
            for (k, &i) in rows.iter().enumerate() {
                marks.push(mark(*x + 10.0 + k as f64 * SLOT + SLOT / 2.0, i, false));
            }
            let view = view! {
                <g class="undated-area">
                    <line x1=px(*x) x2=px(*x) y1="4" y2=px(height - 4.0) />
                    <text class="tick group-label" x=px(*x + 10.0) y="16">{label}</text>
                </g>
            };
            *x += width + 2.0 * MARGIN;
            view
        };
        let mut groups = Vec::new();
        for (date, rows) in &times.year_unknown {
            groups.push(group(&mut x, date_label(date), rows, &mut marks));
        }
        if !times.undated.is_empty() {
            groups.push(group(&mut x, "Undated".to_string(), &times.undated, &mut marks));
        }
        let width = x.max(NAMES + DATED_WIDTH);

        let lane_views = network
            .people
            .iter()
            .enumerate()
            .map(|(i, person)| {
                let y = lane_y(i);
                view! {
                    <g class="lane">
                        <line x1=px(NAMES) x2=px(width - 10.0) y1=px(y) y2=px(y) />
                        <text x=px(NAMES - 8.0) y=px(y + 4.0) text-anchor="end">{shorten(&person.name, 22)}</text>
                    </g>
                }
            })
            .collect_view();
        let year_unknown: usize = times.year_unknown.iter().map(|(_, rows)| rows.len()).sum();
        let summary = format!(
            "Timeline of {} call{} between {} people: {} dated, {} on a day of an unknown year, {} undated.",
            calls.len(),
            if calls.len() == 1 { "" } else { "s" },
            network.people.len(),
            times.dated.len(),
            year_unknown,
            times.undated.len()
        );
        view! {
            <figure class="picture timeline">
                <figcaption>{summary.clone()}</figcaption>
                {scrolling_svg(width, height, summary, (axis, lane_views, groups, marks))}
            </figure>
        }
        .into_any()
    })
}
