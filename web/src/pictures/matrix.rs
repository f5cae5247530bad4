//! Who called whom, as a matrix: a table with a row and a column per person, the most
//! connected first, and in each cell the number of calls the two took part in together.
//!
//! A table rather than a drawing of nodes and lines: at 60 people and more, names on a
//! circle or a force layout overlap and edges tangle, while the browser's table layout
//! keeps every name on its own line (column names are written upwards) at the cost of no
//! code at all, and reads well with a screen reader (every cell has its row's and
//! column's person as headers). Choosing a person lists that person's own calls and
//! highlights their row and column; choosing a number lists the calls of that pair. Where
//! the reports say who placed a call, a cell's label counts each side's and the list says
//! who called whom. The [`MOST`] most connected people are shown; the person filter brings
//! anyone else in.

use leptos::prelude::*;
use readout_core::corpus::{CallRow, Network};

use super::{of_calls, open_call, shorten, when};
use crate::person::person_link;
use crate::Focus;

/// The most people the matrix shows.
const MOST: usize = 80;

/// What the analyst chose: a person (by rank), or the cell of a row's and a column's person.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Choice {
    Person(usize),
    Pair(usize, usize),
}

impl Choice {
    fn row(self) -> usize {
        match self {
            Choice::Person(i) | Choice::Pair(i, _) => i,
        }
    }
    fn column(self) -> usize {
        match self {
            Choice::Person(i) | Choice::Pair(_, i) => i,
        }
    }
}

fn calls_word(n: usize) -> &'static str {
    if n == 1 {
        "call"
    } else {
        "calls"
    }
}

/// The other sides of call `r` as person `me` saw them: whom `me` called, who called
/// `me`, or with whom `me` spoke when the reports do not say who placed the call.
fn whom(network: &Network, names: &[String], r: usize, me: usize) -> String {
    let placer = network.placed_by[r];
    let others = |skip: Option<usize>| {
        let rest: Vec<&str> =
            network.of_call[r].iter().filter(|&&p| p != me && Some(p) != skip).map(|&p| names[p].as_str()).collect();
        rest.join(", ")
    };
    match placer {
        Some(p) if p == me => format!("called {}", others(None)),
        Some(p) => match others(Some(p)) {
            rest if rest.is_empty() => format!("called by {}", names[p]),
            rest => format!("called by {}, with {rest}", names[p]),
        },
        None => format!("with {}", others(None)),
    }
}

#[component]
pub fn CallGraph(#[prop(into)] calls: Signal<Vec<CallRow>>) -> impl IntoView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    of_calls(calls, move |calls, network| {
        // Made anew with the calls: ranks are the calls' own.
        let chosen = RwSignal::new(None::<Choice>);
        let n = network.people.len().min(MOST);
        let names: Vec<String> = network.people.iter().map(|m| m.name.clone()).collect();
        // The pair of each cell shown, row by row.
        let mut grid: Vec<Option<usize>> = vec![None; n * n];
        for (p, pair) in network.pairs.iter().enumerate().filter(|(_, pair)| pair.b < n) {
            grid[pair.a * n + pair.b] = Some(p);
            grid[pair.b * n + pair.a] = Some(p);
        }
        let is_row = move |i: usize| chosen.get().is_some_and(|c| c.row() == i);
        let is_column = move |j: usize| chosen.get().is_some_and(|c| c.column() == j);

        let columns = (0..n).map(|j| view! { <col class:chosen=move || is_column(j) /> }).collect_view();
        let column_heads = names[..n]
            .iter()
            .enumerate()
            .map(|(j, name)| {
                view! {
                    <th scope="col">
                        <button type="button" class="person" tabindex="-1" title=name.clone() on:click=move |_| chosen.set(Some(Choice::Person(j)))>
                            {shorten(name, 32)}
                        </button>
                    </th>
                }
            })
            .collect_view();
        let rows = (0..n)
            .map(|i| {
                let member = &network.people[i];
                let label = format!("{}: {} {}", member.name, member.calls.len(), calls_word(member.calls.len()));
                let cells = (0..n)
                    .map(|j| {
                        // Each pair is a stop of the keyboard once, below the diagonal.
                        let button = grid[i * n + j].map(|p| {
                            let pair = &network.pairs[p];
                            let weight = pair.calls.len();
                            let (by_i, by_j) = (network.placed(pair, i), network.placed(pair, j));
                            let placed = if by_i + by_j > 0 {
                                format!("; {} placed {by_i}, {} placed {by_j}", names[i], names[j])
                            } else {
                                String::new()
                            };
                            let label =
                                format!("{} and {}: {weight} {}{placed}", names[i], names[j], calls_word(weight));
                            let shade = match weight {
                                1 => "cell w1",
                                2 | 3 => "cell w2",
                                _ => "cell w3",
                            };
                            view! {
                                <button
                                    type="button"
                                    class=shade
                                    class:chosen=move || chosen.get() == Some(Choice::Pair(i, j))
                                    tabindex={ if i > j { "0" } else { "-1" } }
                                    aria-label=label.clone()
                                    title=label
                                    data-weight=weight
                                    on:click=move |_| chosen.set(Some(Choice::Pair(i, j)))
                                >
                                    {weight}
                                </button>
                            }
                        });
                        view! { <td class={ if i == j { "diagonal" } else { "" } }>{button}</td> }
                    })
                    .collect_view();
                view! {
                    <tr class:chosen=move || is_row(i)>
                        <th scope="row">
                            <button
                                type="button"
                                class="person"
                                aria-label=label.clone()
                                title=label
                                aria-pressed=move || (chosen.get() == Some(Choice::Person(i))).to_string()
                                on:click=move |_| chosen.set(Some(Choice::Person(i)))
                            >
                                {shorten(&member.name, 32)}
                            </button>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();

        let pairs = network.pairs.len();
        let people = network.people.len();
        let summary = format!(
            "Who called whom: {people} {} and {pairs} pair{} who spoke.",
            if people == 1 { "person" } else { "people" },
            if pairs == 1 { "" } else { "s" }
        );
        let shown = if people > n {
            format!(" The {n} with the most calls are shown; the person filter shows anyone's.")
        } else {
            String::new()
        };
        let list = move || {
            let choice = chosen.get()?;
            let (heading, rows) = match choice {
                Choice::Person(i) => (format!("Calls of {}", names[i]), network.people[i].calls.clone()),
                Choice::Pair(a, b) => {
                    (format!("Calls between {} and {}", names[a], names[b]), network.pair(a, b)?.calls.clone())
                }
            };
            let items = rows
                .into_iter()
                .map(|r| {
                    let row = calls[r].clone();
                    let label = format!(
                        "{} \u{00B7} {} \u{00B7} {} \u{00B7} {}",
                        when(&row),
                        whom(&network, &names, r, choice.row()),
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
            // The names in the heading open their pages.
            let shown = match choice {
                Choice::Person(i) => view! { "Calls of " {person_link(names[i].clone())} }.into_any(),
                Choice::Pair(a, b) => {
                    view! { "Calls between " {person_link(names[a].clone())} " and " {person_link(names[b].clone())} }
                        .into_any()
                }
            };
            Some(view! {
                <section class="edge-calls" aria-label=heading>
                    <h3>{shown}</h3>
                    <ul>{items}</ul>
                </section>
            })
        };
        view! {
            <figure class="picture graph">
                <figcaption>{summary.clone()}{shown} " Choose a person or a number to list the calls."</figcaption>
                <div class="picture-scroll">
                    <table class="matrix" aria-label=summary>
                        <colgroup>
                            <col />
                            {columns}
                        </colgroup>
                        <thead>
                            <tr>
                                <td></td>
                                {column_heads}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {list}
            </figure>
        }
        .into_any()
    })
}
