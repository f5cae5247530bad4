//! Aid totals by donor and category, one table per currency: no exchange rates are known
//! offline, so amounts in different currencies are never added together. Only aid
//! pledged or delivered is added (`readout_core::corpus::totals`); figures read as people
//! read them ("$13.1B"), the exact value on hover. A donor opens to the amounts it adds up
//! and a link to the donor's page.

use leptos::prelude::*;
use readout_core::corpus::{AmountRow, Corpus, Total};

use crate::person::person_link;
use crate::view::{compact, group_thousands};
use crate::Focus;

/// The totals, grouped by currency, each with a bar for its share of the largest total
/// in that currency; a donor opens to the amounts added up (from `shown`), each a link
/// to its evidence.
#[component]
pub fn TotalsTable(totals: Memo<Vec<Total>>, shown: Memo<Corpus>) -> impl IntoView {
    let focus = expect_context::<RwSignal<Option<Focus>>>();
    move || {
        let totals = totals.get();
        if totals.is_empty() {
            return view! { <p class="empty">"No aid amounts in this view."</p> }.into_any();
        }
        let mut currencies: Vec<String> = totals.iter().map(|t| t.currency.clone()).collect();
        currencies.dedup();
        currencies
            .into_iter()
            .map(|currency| {
                let rows: Vec<&Total> = totals.iter().filter(|t| t.currency == currency).collect();
                let largest = rows.iter().map(|t| t.value_max.unwrap_or(t.value)).fold(0.0, f64::max);
                let sum: f64 = rows.iter().map(|t| t.value).sum();
                let body = rows
                    .iter()
                    .map(|t| {
                        let share = if largest > 0.0 { t.value / largest * 100.0 } else { 0.0 };
                        let (figure, exact) = match t.value_max {
                            Some(max) => (
                                format!("{}\u{2013}{}", compact(t.value, &t.currency), compact(max, &t.currency)),
                                format!("{}\u{2013}{} {}", group_thousands(t.value), group_thousands(max), t.currency),
                            ),
                            None => (compact(t.value, &t.currency), format!("{} {}", group_thousands(t.value), t.currency)),
                        };
                        view! {
                            <tr>
                                <th scope="row">
                                    <details class="total-rows">
                                        <summary>{t.donor.clone().unwrap_or_else(|| "donor not named".to_string())}</summary>
                                        {t.donor.clone().map(|d| view! { <p>"All of " {person_link(d)}</p> })}
                                        <ul>{shown.with_untracked(|c| evidence(&t.rows, &c.amounts, focus))}</ul>
                                    </details>
                                </th>
                                <td>{t.category.name()}</td>
                                <td class="num" title=exact>{figure}</td>
                                <td class="num">{t.pledges}</td>
                                <td class="bar-cell">
                                    <span class="bar" style:width=format!("{share:.1}%")></span>
                                    <span class="visually-hidden">{format!("{share:.0}% of the largest")}</span>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view();
                let at_least = if rows.iter().any(|t| t.value_max.is_some()) { "at least " } else { "" };
                let caption = format!(
                    "{currency}: {at_least}{} of aid pledged or delivered ({} {currency})",
                    compact(sum, &currency),
                    group_thousands(sum)
                );
                view! {
                    <div class="totals-scroll">
                    <table class="totals" data-currency=currency.clone()>
                        <caption>{caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Donor"</th>
                                <th scope="col">"Category"</th>
                                <th scope="col" class="num">{format!("Total ({currency})")}</th>
                                <th scope="col" class="num">"Pledges"</th>
                                <th scope="col" class="bar-cell"><span class="visually-hidden">"Share"</span></th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    }
}

/// The amounts a total adds up, each a button that opens its article at the amount.
fn evidence(rows: &[usize], amounts: &[AmountRow], focus: RwSignal<Option<Focus>>) -> AnyView {
    rows.iter()
        .filter_map(|&i| amounts.get(i))
        .map(|r| {
            let a = &r.item;
            let target = Focus { document: r.document.clone(), start: a.start, end: a.end };
            let who = a.donor.as_deref().unwrap_or("");
            let status = a.status.map_or("", readout_core::Status::name);
            let label = format!("{} \u{b7} {who} \u{b7} {status} \u{b7} {}", a.text, r.document);
            view! {
                <li>
                    <button type="button" class="source" on:click=move |_| focus.set(Some(target.clone()))>{label}</button>
                </li>
            }
        })
        .collect_view()
        .into_any()
}
