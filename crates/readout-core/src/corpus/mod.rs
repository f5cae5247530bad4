//! Many records read together: the rows an analyst works with across every document.
//!
//! [`Corpus::merge`] takes each document's [`Record`] and gives
//!
//! - **calls**: one [`CallRow`] per distinct call. Calls of several documents are the same
//!   call when their participants match one to one by [`same_name`] (the scorer's rule:
//!   "Zelensky" and "Volodymyr Zelenskyy", "Antony Blinken" and "Antony J. Blinken") and
//!   - they have the same `date`, or
//!   - one is undated and its article was published on the day of the dated one's `date`
//!     or the day after (news reports a call the day it happens or the next), or
//!   - both are undated and their articles were published on the same day.
//!
//!   Dated calls are merged first, so an undated report joins the dated call it confirms.
//!   The row names each participant by the fullest of its spellings.
//! - **quotes**: one [`QuoteRow`] per distinct quote. Two quotes are the same when their
//!   speakers match by [`same_name`] (or both are unknown) and their words, folded as the
//!   scorer folds them (case, accents, punctuation, quotation marks and spacing ignored),
//!   are equal, or the words of one are a run inside the other's that holds at least
//!   [`NEAR_COMPLETE`] of them (an article that cut a few words).
//! - **amounts**: one [`AmountRow`] per amount of every document.
//!
//! [`Corpus::totals`] adds the aid up by donor, category and currency, [`Filter`] selects
//! rows of every kind, [`Network`] says who called whom and [`Timeline`] when, and [`to_json`] and the `*_csv` functions export a view with the
//! field names of the document record. Everything runs in time linear in the rows, bar
//! the sorting of the totals.

mod calls;
mod export;
mod identity;
mod network;
mod quotes;
mod search;
mod timeline;
mod totals;
mod view;

use calls::*;
pub use export::*;
pub use identity::{Entity, Identities};
pub use network::{Member, Network, Pair};
use quotes::*;
pub use search::*;
pub use timeline::{civil_date, day_number, month_name, ticks, Tick, Timeline, MOST_TICKS};
pub use totals::*;
pub use view::*;

use std::collections::HashMap;

use serde::Serialize;

use crate::cast::identity::same_name;
use crate::fold::{fold, is_word_char};
use crate::many::saved;
use crate::record::{Amount, Call, Category, Medium, Placed, Quote, Record};
use crate::Analysis;

/// The least share of the longer quote's words that a shorter quote, a run of its words,
/// must hold to be the same quote.
pub const NEAR_COMPLETE: f64 = 0.75;

/// One item of one document: where a row's record came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source<T> {
    /// The document's name as the caller knows it (it may carry folders or an archive's
    /// name, unlike `Record::file`).
    pub document: String,
    /// The document's publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The item as the document's record gives it; its offsets point into that document.
    pub item: T,
}

/// A call, with every report of it.
#[derive(Clone, Debug, PartialEq)]
pub struct CallRow {
    /// Each participant by the fullest name any report gives.
    pub participants: Vec<String>,
    /// Which participant placed the call, when the reports that say agree.
    pub placed: Placed,
    pub date: Option<String>,
    /// `phone` or `video` when any report says so, else `unspecified`.
    pub medium: Medium,
    /// Every report's topics, each once.
    pub topics: Vec<String>,
    pub sources: Vec<Source<Call>>,
}

/// A quote, with every document that reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow {
    /// The most complete text any report gives.
    pub text: String,
    /// The fullest name of the speaker any report gives.
    pub speaker: Option<String>,
    /// The first cue any report gives.
    pub cue: Option<String>,
    /// The earliest publication date of the reports.
    pub date: Option<String>,
    pub sources: Vec<Source<Quote>>,
}

/// An amount, with the document it came from.
pub type AmountRow = Source<Amount>;

/// Every row of a set of documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    pub calls: Vec<CallRow>,
    pub quotes: Vec<QuoteRow>,
    pub amounts: Vec<AmountRow>,
    /// Who is who across the documents: every name of a call, a quote or an amount.
    /// Shared: every filtered view of the corpus has the same.
    pub identities: std::sync::Arc<Identities>,
}

impl Corpus {
    /// Merges the records of many documents, each given with its name. Rows come in the
    /// order of their first report; sources in document order.
    pub fn merge<'r>(documents: impl IntoIterator<Item = (&'r str, &'r Record)>) -> Corpus {
        let documents: Vec<(&str, &Record)> = documents.into_iter().collect();
        let mut corpus = Corpus::default();
        let mut calls = CallIndex::default();
        let mut quotes = QuoteIndex::default();
        // Dated calls first, so that undated reports can join them.
        for dated in [true, false] {
            for &(name, record) in &documents {
                for call in record.calls.iter().filter(|c| c.date.is_some() == dated) {
                    calls.add(&mut corpus.calls, source(name, record, call.clone()));
                }
            }
        }
        for &(name, record) in &documents {
            for quote in &record.quotes {
                quotes.add(&mut corpus.quotes, source(name, record, quote.clone()));
            }
            corpus.amounts.extend(record.amounts.iter().map(|a| source(name, record, a.clone())));
        }
        corpus.identities = std::sync::Arc::new(Identities::new(documents.iter().flat_map(|&(name, record)| {
            let calls = record.calls.iter().flat_map(|c| c.participants.iter());
            let speakers = record.quotes.iter().filter_map(|q| q.speaker.as_ref());
            let parties = record.amounts.iter().flat_map(|a| a.donor.iter().chain(a.recipient.iter()));
            calls.chain(speakers).chain(parties).map(move |n| (name, n.as_str()))
        })));
        let ids = &corpus.identities;
        for row in &mut corpus.calls {
            row.participants.iter_mut().for_each(|p| *p = ids.name(p).to_string());
        }
        for row in &mut corpus.quotes {
            if let Some(speaker) = &mut row.speaker {
                *speaker = ids.name(speaker).to_string();
            }
        }
        corpus
    }

    /// The rows that pass `filter`.
    pub fn filtered(&self, filter: &Filter) -> Corpus {
        Corpus {
            calls: self.calls.iter().filter(|r| filter.call(r)).cloned().collect(),
            quotes: self.quotes.iter().filter(|r| filter.quote(r)).cloned().collect(),
            amounts: self.amounts.iter().filter(|r| filter.amount(r, &self.identities)).cloned().collect(),
            identities: self.identities.clone(),
        }
    }

    /// Every person and body named as a call participant or a speaker, once each by its
    /// entity's name, in alphabetical order: the choices of a person filter. Speakers
    /// that are no name ("a source", "officials") are left out.
    pub fn people(&self) -> Vec<String> {
        let names = self
            .calls
            .iter()
            .flat_map(|r| r.participants.iter())
            .chain(self.quotes.iter().filter_map(|r| r.speaker.as_ref()))
            .filter(|n| identity::is_name(n));
        let mut people: Vec<String> = names.map(|n| self.identities.name(n).to_string()).collect();
        crate::order::sort_by_cached_key(&mut people, |n| (fold(n), n.clone()));
        people.dedup();
        people
    }

    /// The rows about one entity, named as [`Identities::name`] names it: the calls it
    /// took part in, what it said, and the amounts it gave or received (a government's
    /// organs and office holders counting as their country's). What a person's page shows.
    pub fn about(&self, entity: &str) -> Corpus {
        let ids = &self.identities;
        let is = |form: &str| ids.name(form) == entity;
        let party = |form: &Option<String>| form.as_deref().is_some_and(|f| is(f) || ids.country_of(f) == Some(entity));
        Corpus {
            calls: self.calls.iter().filter(|r| r.participants.iter().any(|p| is(p))).cloned().collect(),
            quotes: self.quotes.iter().filter(|r| r.speaker.as_deref().is_some_and(is)).cloned().collect(),
            amounts: self
                .amounts
                .iter()
                .filter(|r| party(&r.item.donor) || party(&r.item.recipient))
                .cloned()
                .collect(),
            identities: ids.clone(),
        }
    }

    /// The aid of the amount rows added up: see [`Total`].
    pub fn totals(&self) -> Vec<Total> {
        totals(&self.amounts, &self.identities)
    }
}

fn source<T>(document: &str, record: &Record, item: T) -> Source<T> {
    Source { document: document.to_string(), published: record.published.clone(), item }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(file: &str, published: Option<&str>) -> Record {
        Record {
            file: file.to_string(),
            published: published.map(str::to_string),
            title: None,
            calls: Vec::new(),
            quotes: Vec::new(),
            amounts: Vec::new(),
        }
    }

    fn call(names: &[&str], date: Option<&str>, medium: Medium, at: usize) -> Call {
        Call {
            participants: names.iter().map(|n| n.to_string()).collect(),
            caller: None,
            date: date.map(str::to_string),
            date_text: date.map(|_| "on Friday".to_string()),
            medium,
            topics: vec!["grain exports".to_string()],
            evidence: [at, at + 40],
        }
    }

    fn quote(text: &str, speaker: Option<&str>, at: usize) -> Quote {
        Quote {
            text: text.to_string(),
            speaker: speaker.map(str::to_string),
            cue: Some("said".to_string()),
            start: at,
            end: at + text.chars().count(),
        }
    }

    fn amount(text: &str, value: f64, currency: &str, category: Category, donor: &str, recipient: &str) -> Amount {
        Amount {
            text: text.to_string(),
            value,
            value_max: None,
            currency: currency.to_string(),
            category: Some(category),
            status: Some(crate::record::Status::Pledged),
            conversion: false,
            donor: Some(donor.to_string()),
            recipient: Some(recipient.to_string()),
            start: 10,
            end: 10 + text.chars().count(),
        }
    }

    fn merge(records: &[Record]) -> Corpus {
        Corpus::merge(records.iter().map(|r| (r.file.as_str(), r)))
    }

    #[test]
    fn a_call_placed_by_one_side_stays_so_across_articles_unless_they_disagree() {
        let placed = |callers: &[Option<&str>]| {
            let records: Vec<Record> = callers
                .iter()
                .enumerate()
                .map(|(i, caller)| {
                    let mut r = record(&format!("{i}.txt"), Some("2023-05-13"));
                    // Each article writes the two names in its own order and spelling.
                    let names = if i % 2 == 0 {
                        ["Zelensky", "Antony Blinken"]
                    } else {
                        ["Antony J. Blinken", "Volodymyr Zelenskyy"]
                    };
                    r.calls.push(Call {
                        caller: caller.map(|c| names.iter().find(|n| n.contains(c)).unwrap().to_string()),
                        ..call(&names, Some("2023-05-12"), Medium::Phone, 0)
                    });
                    r
                })
                .collect();
            let corpus = merge(&records);
            assert_eq!(corpus.calls.len(), 1);
            corpus.calls[0].caller().map(str::to_string)
        };
        assert_eq!(placed(&[None, Some("Blinken")]).as_deref(), Some("Antony J. Blinken"));
        assert_eq!(placed(&[Some("Zelensk"), None, Some("Zelensk")]).as_deref(), Some("Volodymyr Zelenskyy"));
        assert_eq!(placed(&[Some("Zelensk"), Some("Blinken")]), None);
        assert_eq!(placed(&[None, None]), None);
    }

    #[test]
    fn one_call_in_two_articles_is_one_row_with_both_sources_and_the_fullest_names() {
        let mut a = record("a.txt", Some("2023-05-13"));
        a.calls.push(call(&["Zelensky", "Antony Blinken"], Some("2023-05-12"), Medium::Unspecified, 0));
        let mut b = record("b.txt", Some("2023-05-12"));
        b.calls.push(call(&["Antony J. Blinken", "Volodymyr Zelenskyy"], Some("2023-05-12"), Medium::Phone, 100));
        let corpus = merge(&[a, b]);
        assert_eq!(corpus.calls.len(), 1);
        let row = &corpus.calls[0];
        assert_eq!(row.participants, ["Volodymyr Zelenskyy", "Antony J. Blinken"]);
        assert_eq!(row.medium, Medium::Phone);
        assert_eq!(row.topics, ["grain exports"]);
        let docs: Vec<&str> = row.sources.iter().map(|s| s.document.as_str()).collect();
        assert_eq!(docs, ["a.txt", "b.txt"]);
        assert_eq!(row.sources[1].item.evidence, [100, 140]);
    }

    #[test]
    fn calls_on_other_days_or_between_other_people_stay_apart() {
        let mut a = record("a.txt", Some("2023-05-13"));
        a.calls.push(call(&["Olaf Scholz", "Emmanuel Macron"], Some("2023-05-12"), Medium::Phone, 0));
        a.calls.push(call(&["Olaf Scholz", "Rishi Sunak"], Some("2023-05-12"), Medium::Phone, 50));
        let mut b = record("b.txt", Some("2023-05-20"));
        b.calls.push(call(&["Olaf Scholz", "Emmanuel Macron"], Some("2023-05-19"), Medium::Phone, 0));
        // Three people are not two.
        b.calls.push(call(&["Olaf Scholz", "Emmanuel Macron", "Rishi Sunak"], Some("2023-05-12"), Medium::Video, 80));
        assert_eq!(merge(&[a, b]).calls.len(), 4);
    }

    #[test]
    fn an_undated_report_joins_the_call_of_its_publication_day_or_the_day_before() {
        let mut dated = record("dated.txt", Some("2023-05-13"));
        dated.calls.push(call(&["Olaf Scholz", "Emmanuel Macron"], Some("2023-05-12"), Medium::Phone, 0));
        // Published the day after the call: the same call.
        let mut next_day = record("next.txt", Some("2023-05-13"));
        next_day.calls.push(call(&["Macron", "Scholz"], None, Medium::Unspecified, 0));
        // Published a week later: not clearly the same.
        let mut later = record("later.txt", Some("2023-05-20"));
        later.calls.push(call(&["Macron", "Scholz"], None, Medium::Unspecified, 0));
        // The undated one comes first; dated calls are merged before undated ones anyway.
        let corpus = merge(&[next_day, later, dated]);
        assert_eq!(corpus.calls.len(), 2);
        let docs: Vec<&str> = corpus.calls[0].sources.iter().map(|s| s.document.as_str()).collect();
        assert_eq!(docs, ["dated.txt", "next.txt"]);
        assert_eq!(corpus.calls[0].date.as_deref(), Some("2023-05-12"));
        assert_eq!(corpus.calls[1].date, None);
    }

    #[test]
    fn the_day_before_crosses_months_years_and_leap_days() {
        assert_eq!(day_before("2023-05-13").as_deref(), Some("2023-05-12"));
        assert_eq!(day_before("2023-03-01").as_deref(), Some("2023-02-28"));
        assert_eq!(day_before("2024-03-01").as_deref(), Some("2024-02-29"));
        assert_eq!(day_before("2000-03-01").as_deref(), Some("2000-02-29"));
        assert_eq!(day_before("1900-03-01").as_deref(), Some("1900-02-28"));
        assert_eq!(day_before("2023-01-01").as_deref(), Some("2022-12-31"));
        assert_eq!(day_before("2023-05-01").as_deref(), Some("2023-04-30"));
        for bad in ["2023-02-30", "2023-13-01", "2023-5-13", "--05-13", "2023-05-13x", ""] {
            assert_eq!(day_before(bad), None, "{bad}");
        }
    }

    #[test]
    fn undated_reports_of_one_day_are_one_call_and_of_other_days_are_not() {
        let mut rows = Vec::new();
        for (file, published) in [("a.txt", "2023-05-13"), ("b.txt", "2023-05-13"), ("c.txt", "2023-06-01")] {
            let mut r = record(file, Some(published));
            r.calls.push(call(&["Olaf Scholz", "Emmanuel Macron"], None, Medium::Phone, 0));
            rows.push(r);
        }
        let corpus = merge(&rows);
        assert_eq!(corpus.calls.iter().map(|r| r.sources.len()).collect::<Vec<_>>(), [2, 1]);
    }

    #[test]
    fn the_same_quote_with_other_marks_spacing_and_case_is_one_row() {
        let mut a = record("a.txt", Some("2023-05-14"));
        a.quotes.push(quote("We will rebuild every bridge, and every school.", Some("Denys Shmyhal"), 5));
        let mut b = record("b.txt", Some("2023-05-13"));
        b.quotes.push(quote("we will  rebuild every bridge — and every school", Some("Shmyhal"), 9));
        let corpus = merge(&[a, b]);
        assert_eq!(corpus.quotes.len(), 1);
        let row = &corpus.quotes[0];
        assert_eq!(row.speaker.as_deref(), Some("Denys Shmyhal"));
        assert_eq!(row.date.as_deref(), Some("2023-05-13"));
        assert_eq!(row.sources.len(), 2);
        assert_eq!(row.sources[1].item.start, 9);
    }

    #[test]
    fn a_near_complete_part_of_a_quote_is_the_same_quote_either_way_round() {
        let long = "The harbour will reopen to grain ships before the winter storms arrive";
        let cut = "harbour will reopen to grain ships before the winter storms arrive";
        let half = "grain ships before the winter storms arrive";
        for (first, second) in [(long, cut), (cut, long)] {
            let mut a = record("a.txt", None);
            a.quotes.push(quote(first, Some("Port Authority"), 0));
            let mut b = record("b.txt", None);
            b.quotes.push(quote(second, Some("Port Authority"), 0));
            let corpus = merge(&[a, b]);
            assert_eq!(corpus.quotes.len(), 1, "{first} / {second}");
            assert_eq!(corpus.quotes[0].text, long);
        }
        let mut a = record("a.txt", None);
        a.quotes.push(quote(long, Some("Port Authority"), 0));
        let mut b = record("b.txt", None);
        b.quotes.push(quote(half, Some("Port Authority"), 0));
        assert_eq!(merge(&[a, b]).quotes.len(), 2, "half a quote is another quote");
    }

    #[test]
    fn the_same_words_from_another_speaker_are_another_quote() {
        let mut a = record("a.txt", None);
        a.quotes.push(quote("No decision has been taken yet", Some("Olaf Scholz"), 0));
        a.quotes.push(quote("No decision has been taken yet", None, 50));
        let mut b = record("b.txt", None);
        b.quotes.push(quote("No decision has been taken yet", Some("Emmanuel Macron"), 0));
        b.quotes.push(quote("No decision has been taken yet", None, 40));
        let corpus = merge(&[a, b]);
        assert_eq!(corpus.quotes.iter().map(|r| r.sources.len()).collect::<Vec<_>>(), [1, 2, 1]);
    }

    #[test]
    fn totals_add_by_donor_category_and_currency_and_count_a_pledge_once() {
        let mut a = record("a.txt", None);
        a.amounts.push(amount("$100 million", 1e8, "USD", Category::Military, "United States", "Ukraine"));
        a.amounts.push(amount("$20 million", 2e7, "USD", Category::Humanitarian, "United States", "Ukraine"));
        a.amounts.push(amount("€50m", 5e7, "EUR", Category::Military, "Germany", "Ukraine"));
        a.amounts.push(amount("$5 billion", 5e9, "USD", Category::Other, "United States", "Ukraine"));
        let mut b = record("b.txt", None);
        // The same pledge again, donor written with "the": counted once.
        b.amounts.push(amount("$100m", 1e8, "USD", Category::Military, "the United States", "Ukraine"));
        // Another pledge of the same donor and category adds up.
        b.amounts.push(amount("$25 million", 2.5e7, "USD", Category::Military, "United States", "Moldova"));
        let mut range = amount("€1-2 billion", 1e9, "EUR", Category::Military, "Germany", "Ukraine");
        range.value_max = Some(2e9);
        b.amounts.push(range);
        let corpus = merge(&[a, b]);
        assert_eq!(corpus.amounts.len(), 7);
        let totals = corpus.totals();
        type Line<'t> = (Option<&'t str>, &'t str, &'t str, f64, Option<f64>, usize);
        let summary: Vec<Line> = totals
            .iter()
            .map(|t| (t.donor.as_deref(), t.category.name(), t.currency.as_str(), t.value, t.value_max, t.pledges))
            .collect();
        assert_eq!(
            summary,
            [
                (Some("Germany"), "military", "EUR", 1.05e9, Some(2.05e9), 2),
                (Some("United States"), "military", "USD", 1.25e8, None, 2),
                (Some("United States"), "humanitarian", "USD", 2e7, None, 1),
            ]
        );
    }

    #[test]
    fn totals_leave_out_requests_estimates_and_conversions() {
        let mut a = record("a.txt", None);
        a.amounts.push(amount("56 trillion yen", 5.6e13, "JPY", Category::Economic, "Japan", "Ukraine"));
        let mut conversion = amount("$490 billion", 4.9e11, "USD", Category::Economic, "Japan", "Ukraine");
        conversion.conversion = true;
        a.amounts.push(conversion);
        let mut request = amount("$2.75 billion", 2.75e9, "USD", Category::Humanitarian, "", "Sudan");
        (request.donor, request.status) = (None, Some(crate::record::Status::Requested));
        a.amounts.push(request);
        let mut estimate = amount("$1.1-1.6 trillion", 1.1e12, "USD", Category::Economic, "", "Ukraine");
        (estimate.value_max, estimate.status) = (Some(1.6e12), Some(crate::record::Status::Other));
        a.amounts.push(estimate);
        let mut sent = amount("¥1 trillion", 1e12, "JPY", Category::Economic, "Japan", "Ukraine");
        sent.status = Some(crate::record::Status::Delivered);
        a.amounts.push(sent);
        let totals = merge(&[a]).totals();
        let summary: Vec<(&str, f64, usize)> =
            totals.iter().map(|t| (t.currency.as_str(), t.value, t.pledges)).collect();
        assert_eq!(summary, [("JPY", 5.7e13, 2)]);
        assert_eq!(totals[0].rows, [0, 4], "the rows added up are its evidence");
    }

    #[test]
    fn aid_without_a_named_donor_is_its_own_total() {
        let mut a = record("a.txt", None);
        let mut unnamed = amount("£3 million", 3e6, "GBP", Category::Aid, "", "Ukraine");
        unnamed.donor = None;
        a.amounts.push(unnamed);
        let totals = merge(&[a]).totals();
        assert_eq!(totals.len(), 1);
        assert_eq!(totals[0].donor, None);
        assert_eq!(totals[0].value, 3e6);
    }

    fn sample() -> Corpus {
        let mut a = record("kyiv/a.txt", Some("2023-05-13"));
        a.calls.push(call(&["Olaf Scholz", "Volodymyr Zelenskyy"], Some("2023-05-12"), Medium::Phone, 0));
        a.quotes.push(quote("Air defence comes first this spring", Some("Olaf Scholz"), 60));
        a.amounts.push(amount("€2.7 billion", 2.7e9, "EUR", Category::Military, "Germany", "Ukraine"));
        let mut b = record("b.txt", Some("2023-06-02"));
        b.calls.push(call(&["Rishi Sunak", "Joe Biden"], Some("2023-06-01"), Medium::Video, 0));
        b.quotes.push(quote("Our support will not waver", Some("Rishi Sunak"), 70));
        b.amounts.push(amount("£10 million", 1e7, "GBP", Category::Humanitarian, "Britain", "Ukraine"));
        let mut c = record("c.txt", None);
        c.calls.push(call(&["Zelensky", "Scholz"], Some("2023-05-12"), Medium::Phone, 0));
        merge(&[a, b, c])
    }

    fn counts(view: &Corpus) -> [usize; 3] {
        [view.calls.len(), view.quotes.len(), view.amounts.len()]
    }

    #[test]
    fn an_empty_filter_shows_everything() {
        let corpus = sample();
        assert_eq!(counts(&corpus), [2, 2, 2]);
        assert_eq!(corpus.filtered(&Filter::default()), corpus);
    }

    #[test]
    fn the_query_needs_every_word_somewhere_in_the_row_folded() {
        let corpus = sample();
        let view = |q: &str| counts(&corpus.filtered(&Filter { query: q.to_string(), ..Filter::default() }));
        assert_eq!(view("SCHOLZ"), [1, 1, 0]);
        assert_eq!(view("scholz phone"), [1, 0, 0]);
        assert_eq!(view("video"), [1, 0, 0]);
        assert_eq!(view("humanitarian britain"), [0, 0, 1]);
        assert_eq!(view("kyiv/"), [1, 1, 1], "document names count");
        assert_eq!(view("scholz sunak"), [0, 0, 0]);
    }

    #[test]
    fn people_are_names_not_common_nouns_or_titles_alone() {
        let mut a = record("a.txt", None);
        for speaker in ["source", "officials", "Minister", "the bank", "Ada Korrow", "President Emil Brandt"] {
            a.quotes.push(quote(&format!("Words of {speaker}"), Some(speaker), 0));
        }
        assert_eq!(merge(&[a]).people(), ["Ada Korrow", "Emil Brandt"]);
    }

    #[test]
    fn an_entitys_rows_are_its_calls_quotes_and_money_under_any_of_its_forms() {
        let mut d = record("d.txt", Some("2023-06-03"));
        d.calls.push(call(&["Joe Biden", "Olaf Scholz"], Some("2023-06-03"), Medium::Phone, 0));
        d.amounts.push(amount("$1 billion", 1e9, "USD", Category::Military, "Washington", "Ukraine"));
        d.amounts.push(amount("$2 million", 2e6, "USD", Category::Humanitarian, "Biden", "Ukraine"));
        let mut all = vec![record("kyiv/a.txt", None), d];
        all[0].calls.push(call(&["Zelensky", "Scholz"], Some("2023-05-12"), Medium::Phone, 0));
        all[0].quotes.push(quote("We hold", Some("Zelenskyy"), 60));
        let corpus = merge(&all);
        let zelensky = corpus.identities.name("Zelensky").to_string();
        assert_eq!(counts(&corpus.about(&zelensky)), [1, 1, 0], "{zelensky}");
        assert_eq!(counts(&corpus.about("Olaf Scholz")), [2, 0, 0]);
        let biden = corpus.identities.name("Biden").to_string();
        assert_eq!(counts(&corpus.about(&biden)), [1, 0, 1], "his calls and his own money");
        assert_eq!(counts(&corpus.about("United States")), [0, 0, 2], "a country's money, not its leader's calls");
        assert_eq!(counts(&corpus.about("Nobody")), [0, 0, 0]);
    }

    #[test]
    fn the_person_filter_matches_names_as_the_scorer_does_or_by_whole_words() {
        let corpus = sample();
        let view = |p: &str| counts(&corpus.filtered(&Filter { person: p.to_string(), ..Filter::default() }));
        assert_eq!(view("Zelenskiy"), [1, 0, 0]);
        assert_eq!(view("sunak"), [1, 1, 0]);
        assert_eq!(view("germany"), [0, 0, 1], "donors are people of amounts");
        assert_eq!(view("Germ"), [0, 0, 0], "whole words, not letters");
        assert_eq!(view("olaf"), [1, 1, 0]);
        for nothing in [".", "-", "'", " , "] {
            assert_eq!(view(nothing), view(""), "{nothing:?} filters nothing");
        }
        assert_eq!(view("Ukraine"), [0, 0, 2], "and recipients");
    }

    #[test]
    fn the_date_range_bounds_call_dates_and_publication_dates() {
        let corpus = sample();
        let view = |from: Option<&str>, to: Option<&str>| {
            counts(&corpus.filtered(&Filter {
                from: from.map(str::to_string),
                to: to.map(str::to_string),
                ..Filter::default()
            }))
        };
        assert_eq!(view(Some("2023-05-12"), Some("2023-05-12")), [1, 0, 0]);
        assert_eq!(view(Some("2023-05-13"), None), [1, 2, 2]);
        assert_eq!(view(None, Some("2023-05-31")), [1, 1, 1]);
    }

    #[test]
    fn the_category_filter_selects_amounts_and_leaves_calls_and_quotes() {
        let corpus = sample();
        let view = corpus.filtered(&Filter { category: Some(Category::Military), ..Filter::default() });
        assert_eq!(counts(&view), [2, 2, 1]);
        assert_eq!(view.amounts[0].item.text, "€2.7 billion");
    }

    #[test]
    fn the_document_filter_keeps_rows_with_a_source_there() {
        let corpus = sample();
        let view = corpus.filtered(&Filter { document: Some("c.txt".to_string()), ..Filter::default() });
        assert_eq!(counts(&view), [1, 0, 0]);
        assert_eq!(view.calls[0].sources.len(), 2, "a merged row keeps all its sources");
    }

    #[test]
    fn people_are_listed_once_by_their_fullest_name() {
        assert_eq!(sample().people(), ["Joe Biden", "Olaf Scholz", "Rishi Sunak", "Volodymyr Zelenskyy"]);
    }

    #[test]
    fn json_export_is_document_records_with_the_items_each_reported_and_their_text() {
        let corpus = sample();
        let view = corpus.filtered(&Filter { person: "Scholz".to_string(), ..Filter::default() });
        let c = Analysis {
            text: "Talks text".to_string(),
            record: Record { title: Some("Talks".to_string()), ..record("c.txt", Some("2023-05-14")) },
            marks: Vec::new(),
        };
        let quiet = Analysis { text: "Nothing".to_string(), record: record("quiet.txt", None), marks: Vec::new() };
        let json = to_json(&view, [("c.txt", &c), ("quiet.txt", &quiet)]);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let records: Vec<Record> = serde_json::from_value(value.clone()).unwrap();
        let text = |i: usize| value[i].get("text").and_then(|t| t.as_str());
        let files: Vec<&str> = records.iter().map(|r| r.file.as_str()).collect();
        assert_eq!(files, ["c.txt", "quiet.txt", "kyiv/a.txt"], "the documents given first, in their order");
        assert_eq!(records[0].calls[0].participants, ["Zelensky", "Scholz"]);
        assert_eq!((records[0].title.as_deref(), text(0)), (Some("Talks"), Some("Talks text")));
        assert!(records[1].calls.is_empty() && text(1) == Some("Nothing"));
        let a = &records[2];
        assert_eq!(a.published.as_deref(), Some("2023-05-13"));
        assert_eq!(a.calls.len(), 1);
        assert_eq!(a.quotes[0].text, "Air defence comes first this spring");
        assert!(a.amounts.is_empty() && text(2).is_none(), "no text where none was given");
        assert_eq!(value[2]["calls"][0]["evidence"], serde_json::json!([0, 40]));
    }

    #[test]
    fn csv_quotes_commas_quote_marks_and_line_breaks() {
        let mut a = record("a, b.txt", Some("2023-05-13"));
        a.quotes.push(quote("He said \"no\", then left\nfor good", Some("Olaf Scholz"), 3));
        let csv = quotes_csv(&merge(&[a]).quotes);
        assert_eq!(
            csv,
            "\u{FEFF}row,file,published,text,speaker,cue,start,end\r\n\
             1,\"a, b.txt\",2023-05-13,\"He said \"\"no\"\", then left\nfor good\",Olaf Scholz,said,3,35\r\n"
        );
    }

    #[test]
    fn csv_defuses_formulas_but_not_dates_or_numbers() {
        let mut a = record("=cmd.txt", None);
        a.calls.push(call(&["@handle", "-Alice"], Some("--05-12"), Medium::Phone, 0));
        let csv = calls_csv(&merge(&[a]).calls, |_| None);
        let line = csv.lines().nth(1).unwrap();
        assert_eq!(
            line,
            "1,'=cmd.txt,,,'--05-12,\"day, year unknown\",on Friday,phone,'@handle,'-Alice,,grain exports,,0,40"
        );
        assert_eq!(
            csv_table(&["n"], &[vec!["-20".into()], vec!["-2.5".into()], vec!["-x".into()], vec!["-1.2.3".into()]]),
            "\u{FEFF}n\r\n-20\r\n-2.5\r\n'-x\r\n'-1.2.3\r\n"
        );
    }

    #[test]
    fn any_table_writes_as_csv_the_same_way() {
        let rows = vec![vec!["a\"b".to_string(), String::new()], vec!["+1".to_string(), "x,y".to_string()]];
        assert_eq!(csv_table(&["one", "two"], &rows), "\u{FEFF}one,two\r\n\"a\"\"b\",\r\n'+1,\"x,y\"\r\n");
    }

    #[test]
    fn csv_of_calls_has_a_line_per_report_with_its_sentence_and_a_column_per_side() {
        // Offsets count characters: "ö" is one.
        let text = "Olaf Schölz phoned Volodymyr Zelenskyy.  More.";
        let document =
            |name: &str| (name == "kyiv/a.txt").then_some(DocumentText { title: Some("Grain, again"), text });
        let mut rows = sample().calls;
        rows[0].sources[0].item.caller = Some("Olaf Scholz".to_string());
        let csv = calls_csv(&rows, document);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "\u{FEFF}row,file,title,published,date,date_precision,date_text,medium,participant_1,participant_2,caller,topics,evidence,start,end"
        );
        assert_eq!(
            lines[1],
            "1,kyiv/a.txt,\"Grain, again\",2023-05-13,2023-05-12,day,on Friday,phone,Olaf Scholz,Volodymyr Zelenskyy,Olaf Scholz,grain exports,Olaf Schölz phoned Volodymyr Zelenskyy.,0,40"
        );
        assert!(lines[2].starts_with("1,c.txt,,,"));
        assert!(lines[3].starts_with("2,b.txt,"));
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn csv_of_amounts_and_totals_use_record_field_names() {
        let corpus = sample();
        let amounts = amounts_csv(&corpus.amounts);
        assert_eq!(
            amounts.lines().next(),
            Some("\u{FEFF}file,published,text,value,value_max,currency,category,donor,recipient,start,end")
        );
        assert_eq!(
            amounts.lines().nth(1),
            Some("kyiv/a.txt,2023-05-13,€2.7 billion,2700000000,,EUR,military,Germany,Ukraine,10,22")
        );
        let totals = totals_csv(&corpus.totals());
        assert_eq!(totals, "\u{FEFF}donor,category,currency,value,value_max,pledges\r\nGermany,military,EUR,2700000000,,1\r\nUnited Kingdom,humanitarian,GBP,10000000,,1\r\n");
    }

    #[test]
    fn columns_are_named_and_found_by_their_names() {
        for &column in Column::ALL {
            assert_eq!(Column::named(column.name()), Some(column));
        }
        assert_eq!(Column::named("nothing"), None);
    }

    #[test]
    fn the_person_filter_finds_amounts_by_their_partys_entity() {
        let mut a = record("a.txt", None);
        a.amounts.push(amount("$5 million", 5e6, "USD", Category::Humanitarian, "Washington", "Sudan"));
        let corpus = merge(&[a]);
        for person in ["United States", "Washington", "Sudan"] {
            let view = corpus.filtered(&Filter { person: person.into(), ..Filter::default() });
            assert_eq!(view.amounts.len(), 1, "{person}");
        }
        assert!(corpus.filtered(&Filter { person: "Japan".into(), ..Filter::default() }).amounts.is_empty());
    }

    #[test]
    fn the_undated_filter_keeps_calls_without_a_full_date() {
        let mut a = record("a.txt", Some("2023-06-30"));
        a.calls.push(call(&["Olaf Scholz", "Emmanuel Macron"], Some("--06-25"), Medium::Phone, 0));
        a.calls.push(call(&["Olaf Scholz", "Rishi Sunak"], Some("2023-06-01"), Medium::Phone, 50));
        a.calls.push(call(&["Olaf Scholz", "Joe Biden"], None, Medium::Phone, 90));
        a.quotes.push(quote("We talked.", Some("Olaf Scholz"), 120));
        let view = merge(&[a]).filtered(&Filter { undated: true, ..Filter::default() });
        let dates: Vec<Option<&str>> = view.calls.iter().map(|r| r.date.as_deref()).collect();
        assert_eq!(dates, [Some("--06-25"), None]);
        assert_eq!(view.quotes.len(), 1);
    }

    #[test]
    fn a_day_of_an_unknown_year_sorts_after_every_date_either_way() {
        let mut a = record("a.txt", Some("2023-06-30"));
        a.calls.push(call(&["Olaf Scholz", "Emmanuel Macron"], Some("--06-25"), Medium::Phone, 0));
        a.calls.push(call(&["Olaf Scholz", "Rishi Sunak"], Some("2001-01-01"), Medium::Phone, 50));
        a.calls.push(call(&["Olaf Scholz", "Joe Biden"], Some("2023-06-01"), Medium::Phone, 90));
        let mut calls = merge(&[a]).calls;
        for (descending, first) in [(false, "2001-01-01"), (true, "2023-06-01")] {
            sort_calls(&mut calls, Column::Date, descending);
            assert_eq!((calls[0].date.as_deref(), calls[2].date.as_deref()), (Some(first), Some("--06-25")));
        }
    }

    #[test]
    fn rows_sort_by_every_column_either_way_with_absent_values_last() {
        let corpus = sample();
        let mut calls = corpus.calls.clone();
        sort_calls(&mut calls, Column::Date, true);
        assert_eq!(calls[0].date.as_deref(), Some("2023-06-01"));
        sort_calls(&mut calls, Column::Sources, true);
        assert_eq!(calls[0].sources.len(), 2);
        sort_calls(&mut calls, Column::Participants, false);
        assert_eq!(calls[0].participants[0], "Olaf Scholz");
        sort_calls(&mut calls, Column::Medium, false);
        assert_eq!(calls[0].medium, Medium::Phone);

        let mut a = record("a.txt", None);
        a.amounts.push(amount("$9", 9.0, "USD", Category::Other, "x", "y"));
        a.amounts.push(amount("$10", 10.0, "USD", Category::Aid, "x", "y"));
        let mut unnamed = amount("€1", 1.0, "EUR", Category::Aid, "", "");
        (unnamed.donor, unnamed.recipient, unnamed.category) = (None, None, None);
        a.amounts.push(unnamed);
        let mut amounts = merge(&[a]).amounts;
        let texts = |rows: &[AmountRow]| rows.iter().map(|r| r.item.text.clone()).collect::<Vec<_>>();
        sort_amounts(&mut amounts, Column::Value, false);
        assert_eq!(texts(&amounts), ["€1", "$9", "$10"], "by value, not as text");
        sort_amounts(&mut amounts, Column::Value, true);
        assert_eq!(texts(&amounts), ["$10", "$9", "€1"]);
        sort_amounts(&mut amounts, Column::Category, true);
        assert_eq!(texts(&amounts), ["$9", "$10", "€1"], "no category last, descending too");
        sort_amounts(&mut amounts, Column::Parties, false);
        assert_eq!(texts(&amounts)[2], "€1");

        let mut quotes = corpus.quotes.clone();
        sort_quotes(&mut quotes, Column::Speaker, true);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Rishi Sunak"));
        sort_quotes(&mut quotes, Column::Text, false);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Olaf Scholz"));
        // A column a kind does not show leaves the order alone.
        let before = quotes.clone();
        sort_quotes(&mut quotes, Column::Value, true);
        assert_eq!(quotes, before);
    }

    #[test]
    fn ten_thousand_distinct_quotes_of_one_speaker_stay_apart() {
        let mut r = record("a.txt", Some("2023-01-01"));
        for i in 0..10_000 {
            r.quotes.push(quote(&format!("statement number {i} about the grain corridor"), Some("Olaf Scholz"), i));
        }
        let corpus = merge(&[r]);
        assert_eq!(corpus.quotes.len(), 10_000);
    }
}
