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
//! rows of every kind, and [`to_json`] and the `*_csv` functions export a view with the
//! field names of the document record. Everything runs in time linear in the rows, bar
//! the sorting of the totals.

use std::collections::HashMap;

use serde::Serialize;

use crate::fold::{fold, is_word_char};
use crate::cast::identity::{same_name, surname_key};
use crate::record::{Amount, Call, Category, Medium, Quote, Record};

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

/// One amount of one document.
pub type AmountRow = Source<Amount>;

/// Every row of a set of documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    pub calls: Vec<CallRow>,
    pub quotes: Vec<QuoteRow>,
    pub amounts: Vec<AmountRow>,
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
        corpus
    }

    /// The rows that pass `filter`.
    pub fn filtered(&self, filter: &Filter) -> Corpus {
        Corpus {
            calls: self.calls.iter().filter(|r| filter.call(r)).cloned().collect(),
            quotes: self.quotes.iter().filter(|r| filter.quote(r)).cloned().collect(),
            amounts: self.amounts.iter().filter(|r| filter.amount(r)).cloned().collect(),
        }
    }

    /// Every person and body named as a call participant or a speaker, in alphabetical
    /// order: the choices of a person filter. Names with the same last word (folded as
    /// the scorer folds it) are listed once, by the fullest.
    pub fn people(&self) -> Vec<String> {
        let names = self
            .calls
            .iter()
            .flat_map(|r| r.participants.iter())
            .chain(self.quotes.iter().filter_map(|r| r.speaker.as_ref()));
        let mut by_key: HashMap<String, String> = HashMap::new();
        for name in names {
            let key = name.split_whitespace().last().map(surname_key).unwrap_or_default();
            let slot = by_key.entry(key).or_default();
            if fuller(slot, name) != slot.as_str() {
                slot.clone_from(name);
            }
        }
        let mut people: Vec<String> = by_key.into_values().collect();
        // Equal keys are equal names, so an unstable sort gives the same list.
        people.sort_unstable_by_key(|n| (fold(n), n.clone()));
        people
    }

    /// The aid of the amount rows added up: see [`Total`].
    pub fn totals(&self) -> Vec<Total> {
        totals(&self.amounts)
    }
}

fn source<T>(document: &str, record: &Record, item: T) -> Source<T> {
    Source { document: document.to_string(), published: record.published.clone(), item }
}

/// Finds the row a call belongs to by date, so that each call is compared with the few
/// rows of its day only.
#[derive(Default)]
struct CallIndex {
    /// Rows by their date; undated rows by "undated " and their first report's
    /// publication date.
    by_day: HashMap<String, Vec<usize>>,
}

impl CallIndex {
    fn add(&mut self, rows: &mut Vec<CallRow>, source: Source<Call>) {
        let keys: Vec<String> = match (&source.item.date, &source.published) {
            (Some(date), _) => vec![date.clone()],
            (None, Some(published)) => {
                let mut keys = vec![published.clone()];
                keys.extend(day_before(published));
                keys.push(format!("undated {published}"));
                keys
            }
            (None, None) => vec!["undated".to_string()],
        };
        for key in &keys {
            for &i in self.by_day.get(key).into_iter().flatten() {
                if let Some(pairs) = pair_names(&rows[i].participants, &source.item.participants) {
                    rows[i].join(source, &pairs);
                    return;
                }
            }
        }
        let Some(own) = keys.into_iter().last() else { return };
        self.by_day.entry(own).or_default().push(rows.len());
        rows.push(CallRow::new(source));
    }
}

/// The day before an ISO date.
fn day_before(date: &str) -> Option<String> {
    // By hand rather than with chrono's parser and formatter, which would add their
    // weight to the page's wasm for this one sum.
    let mut parts = date.splitn(3, '-');
    let mut next = |len: usize| {
        parts.next().filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))?.parse::<u32>().ok()
    };
    let (year, month, day) = (next(4)?, next(2)?, next(2)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in = |m: u32| match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=12).contains(&month) || day == 0 || day > days_in(month) {
        return None;
    }
    let (year, month, day) = match (month, day) {
        (1, 1) => (year.checked_sub(1)?, 12, 31),
        (m, 1) => (year, m - 1, days_in(m - 1)),
        (m, d) => (year, m, d - 1),
    };
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// For each name of `row`, the index of the name of `call` it matches, when the two lists
/// pair one to one by [`same_name`].
fn pair_names(row: &[String], call: &[String]) -> Option<Vec<usize>> {
    if row.len() != call.len() {
        return None;
    }
    let mut used = vec![false; call.len()];
    let mut pairs = Vec::with_capacity(row.len());
    for name in row {
        let j = (0..call.len()).find(|&j| !used[j] && same_name(Some(name), Some(&call[j])))?;
        used[j] = true;
        pairs.push(j);
    }
    Some(pairs)
}

/// The fuller of two spellings of a name: more words, then more letters; the first on a
/// tie.
fn fuller<'a>(a: &'a str, b: &'a str) -> &'a str {
    let size = |n: &str| (n.split_whitespace().count(), n.chars().count());
    if size(b) > size(a) {
        b
    } else {
        a
    }
}

impl CallRow {
    fn new(source: Source<Call>) -> CallRow {
        let call = &source.item;
        CallRow {
            participants: call.participants.clone(),
            date: call.date.clone(),
            medium: call.medium,
            topics: Vec::new(),
            sources: Vec::new(),
        }
        .with(source)
    }

    fn with(mut self, source: Source<Call>) -> CallRow {
        let pairs: Vec<usize> = (0..self.participants.len()).collect();
        self.join(source, &pairs);
        self
    }

    /// Adds a report whose participant `pairs[i]` is this row's participant `i`.
    fn join(&mut self, source: Source<Call>, pairs: &[usize]) {
        let call = &source.item;
        for (name, &j) in self.participants.iter_mut().zip(pairs) {
            if fuller(name, &call.participants[j]) != name.as_str() {
                name.clone_from(&call.participants[j]);
            }
        }
        if self.date.is_none() {
            self.date.clone_from(&call.date);
        }
        if self.medium == Medium::Unspecified {
            self.medium = call.medium;
        }
        for topic in &call.topics {
            let key = fold(topic);
            if !self.topics.iter().any(|t| fold(t) == key) {
                self.topics.push(topic.clone());
            }
        }
        self.sources.push(source);
    }
}

/// The folded words of a quote: what two reports of it share whatever their marks,
/// punctuation, case, accents or spacing.
fn quote_words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// How many words a quote is looked up by.
const GRAM: usize = 3;

/// Finds the row a quote belongs to by its words.
#[derive(Default)]
struct QuoteIndex {
    /// Each row's words, as [`quote_words`] gives them.
    words: Vec<Vec<String>>,
    /// Rows by all their words joined.
    exact: HashMap<String, Vec<usize>>,
    /// Rows by their first [`GRAM`] words.
    starts: HashMap<String, Vec<usize>>,
    /// Rows by each run of [`GRAM`] words that starts early enough for a near-complete
    /// part of the row to start there.
    heads: HashMap<String, Vec<usize>>,
}

impl QuoteIndex {
    fn add(&mut self, rows: &mut Vec<QuoteRow>, source: Source<Quote>) {
        let words = quote_words(&source.item.text);
        if let Some(i) = self.find(rows, &words, source.item.speaker.as_deref()) {
            if words.len() > self.words[i].len() {
                rows[i].text.clone_from(&source.item.text);
                self.words[i].clone_from(&words);
            }
            rows[i].join(source);
            return;
        }
        let i = rows.len();
        self.exact.entry(words.join(" ")).or_default().push(i);
        if !words.is_empty() {
            let n = GRAM.min(words.len());
            self.starts.entry(words[..n].join(" ")).or_default().push(i);
            for at in 0..=head_room(words.len()) {
                if at + n <= words.len() {
                    self.heads.entry(words[at..at + n].join(" ")).or_default().push(i);
                }
            }
        }
        self.words.push(words);
        rows.push(QuoteRow {
            text: source.item.text.clone(),
            speaker: source.item.speaker.clone(),
            cue: None,
            date: None,
            sources: Vec::new(),
        });
        rows[i].join(source);
    }

    /// The row of the same quote by the same speaker, if there is one.
    fn find(&self, rows: &[QuoteRow], words: &[String], speaker: Option<&str>) -> Option<usize> {
        let same_speaker = |i: usize| same_name(rows[i].speaker.as_deref(), speaker);
        if let Some(&i) = self.exact.get(&words.join(" ")).into_iter().flatten().find(|&&i| same_speaker(i)) {
            return Some(i);
        }
        if words.is_empty() {
            return None;
        }
        let n = GRAM.min(words.len());
        // This quote inside a row: it starts near the row's start.
        let inside = self.heads.get(&words[..n].join(" ")).into_iter().flatten();
        // A row inside this quote: the row's start is near this quote's start.
        let around = (0..=head_room(words.len()))
            .filter(|at| at + n <= words.len())
            .flat_map(|at| self.starts.get(&words[at..at + n].join(" ")).into_iter().flatten());
        inside.chain(around).copied().find(|&i| same_speaker(i) && near_complete(&self.words[i], words))
    }
}

/// How many words into a quote of `len` words a near-complete part of it can start.
fn head_room(len: usize) -> usize {
    len - (len as f64 * NEAR_COMPLETE).ceil() as usize
}

/// One word list is a run of the other's words holding at least [`NEAR_COMPLETE`] of them.
fn near_complete(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && short.len() as f64 >= long.len() as f64 * NEAR_COMPLETE
        && long.windows(short.len()).any(|w| w == short)
}

impl QuoteRow {
    fn join(&mut self, source: Source<Quote>) {
        let quote = &source.item;
        if let (Some(name), Some(other)) = (&mut self.speaker, &quote.speaker) {
            if fuller(name, other) != name.as_str() {
                name.clone_from(other);
            }
        }
        if self.cue.is_none() {
            self.cue.clone_from(&quote.cue);
        }
        if let Some(published) = &source.published {
            if self.date.as_ref().is_none_or(|d| published < d) {
                self.date = Some(published.clone());
            }
        }
        self.sources.push(source);
    }
}

/// The aid one donor gave in one category and currency: amounts are never converted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Total {
    /// The donor as first written; `None` for aid whose donor the text does not name.
    pub donor: Option<String>,
    pub category: Category,
    pub currency: String,
    /// The sum of the pledges (of the lower ends of ranges).
    pub value: f64,
    /// The sum of the upper ends, when a pledge is a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// How many distinct pledges were added.
    pub pledges: usize,
}

/// The aid among `amounts` added up by donor, category and currency, largest first
/// within each currency. Aid is every category but `other`; amounts without a category
/// are left out. A pledge reported by several documents (same donor, recipient, value,
/// currency and category) counts once. Donors compare folded, without a leading "the".
pub fn totals(amounts: &[AmountRow]) -> Vec<Total> {
    let mut seen = std::collections::HashSet::new();
    let mut index: HashMap<(String, &str, String), usize> = HashMap::new();
    let mut out: Vec<Total> = Vec::new();
    for amount in amounts.iter().map(|r| &r.item) {
        let Some(category) = amount.category.filter(|c| *c != Category::Other) else { continue };
        let donor = amount.donor.as_deref().map(party_key).unwrap_or_default();
        let pledge = (
            donor.clone(),
            amount.recipient.as_deref().map(party_key).unwrap_or_default(),
            cents(amount.value),
            amount.value_max.map(cents),
            amount.currency.clone(),
            category.name(),
        );
        if !seen.insert(pledge) {
            continue;
        }
        let i = *index.entry((donor, category.name(), amount.currency.clone())).or_insert_with(|| {
            out.push(Total {
                donor: amount.donor.clone(),
                category,
                currency: amount.currency.clone(),
                value: 0.0,
                value_max: None,
                pledges: 0,
            });
            out.len() - 1
        });
        let total = &mut out[i];
        if let Some(max) = amount.value_max {
            total.value_max = Some(total.value_max.unwrap_or(total.value) + max);
        } else if let Some(sum) = &mut total.value_max {
            *sum += amount.value;
        }
        total.value += amount.value;
        total.pledges += 1;
    }
    out.sort_by(|a, b| a.currency.cmp(&b.currency).then(b.value.total_cmp(&a.value)));
    out
}

/// A donor or recipient as compared: folded, without a leading "the".
fn party_key(name: &str) -> String {
    let folded = fold(name.trim());
    folded.strip_prefix("the ").map(str::to_string).unwrap_or(folded)
}

/// A value in whole cents, to compare amounts without float noise.
fn cents(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

/// What a view shows: every row that passes all the conditions set. An empty or `None`
/// condition passes everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Words that must all occur, folded, somewhere in the row: names, dates, texts,
    /// topics, medium, category, donor, recipient or document names.
    pub query: String,
    /// A person or body (matched as the scorer matches names, or as part of a name) among
    /// a call's participants, a quote's speaker or an amount's donor or recipient.
    pub person: String,
    /// The first day shown, `YYYY-MM-DD`: a call's date, a quote's or an amount's
    /// publication date. Rows without a full date are left out when a bound is set.
    pub from: Option<String>,
    /// The last day shown, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Amounts of this category only; calls and quotes have no category and pass.
    pub category: Option<Category>,
    /// Rows reported by this document (one of its sources).
    pub document: Option<String>,
}

impl Filter {
    /// Whether a call row passes.
    pub fn call(&self, row: &CallRow) -> bool {
        self.dated(row.date.as_deref())
            && self.reported_in(&row.sources)
            && self.about(row.participants.iter().map(String::as_str))
            && self.says(|push| {
                row.participants.iter().for_each(|p| push(p));
                row.topics.iter().for_each(|t| push(t));
                push(row.medium.name());
                push(row.date.as_deref().unwrap_or(""));
                for s in &row.sources {
                    push(&s.document);
                    push(s.item.date_text.as_deref().unwrap_or(""));
                }
            })
    }

    /// Whether a quote row passes.
    pub fn quote(&self, row: &QuoteRow) -> bool {
        self.dated(row.date.as_deref())
            && self.reported_in(&row.sources)
            && self.about(row.speaker.as_deref().into_iter())
            && self.says(|push| {
                push(&row.text);
                push(row.speaker.as_deref().unwrap_or(""));
                push(row.cue.as_deref().unwrap_or(""));
                push(row.date.as_deref().unwrap_or(""));
                row.sources.iter().for_each(|s| push(&s.document));
            })
    }

    /// Whether an amount row passes.
    pub fn amount(&self, row: &AmountRow) -> bool {
        let a = &row.item;
        self.dated(row.published.as_deref())
            && self.reported_in(std::slice::from_ref(row))
            && self.category.is_none_or(|c| a.category == Some(c))
            && self.about(a.donor.as_deref().into_iter().chain(a.recipient.as_deref()))
            && self.says(|push| {
                push(&a.text);
                push(&a.currency);
                push(a.category.map(Category::name).unwrap_or(""));
                push(a.donor.as_deref().unwrap_or(""));
                push(a.recipient.as_deref().unwrap_or(""));
                push(row.published.as_deref().unwrap_or(""));
                push(&row.document);
            })
    }

    fn dated(&self, date: Option<&str>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(date) = date.filter(|d| !d.starts_with("--")) else { return false };
        self.from.as_deref().is_none_or(|f| date >= f) && self.to.as_deref().is_none_or(|t| date <= t)
    }

    fn reported_in<T>(&self, sources: &[Source<T>]) -> bool {
        self.document.as_deref().is_none_or(|d| sources.iter().any(|s| s.document == d))
    }

    fn about<'a>(&self, mut names: impl Iterator<Item = &'a str>) -> bool {
        let person = self.person.trim();
        if person.is_empty() {
            return true;
        }
        let folded = fold(person);
        names.any(|n| fold(n).contains(&folded) || same_name(Some(person), Some(n)))
    }

    /// Whether every query word occurs in the texts `each` pushes.
    fn says(&self, each: impl FnOnce(&mut dyn FnMut(&str))) -> bool {
        let query = fold(&self.query);
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return true;
        }
        let mut found = vec![false; words.len()];
        each(&mut |text: &str| {
            if text.is_empty() {
                return;
            }
            let text = fold(text);
            for (w, f) in words.iter().zip(found.iter_mut()) {
                *f = *f || text.contains(w);
            }
        });
        found.into_iter().all(|f| f)
    }
}

/// A column a table of rows can be sorted by. Each row kind sorts by the columns it
/// shows; any other column leaves its order as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// A call's date; a quote's (earliest) and an amount's publication date.
    Date,
    /// A call's participants.
    Participants,
    Medium,
    Topics,
    /// A call's or quote's sources (by how many, then the first document); an amount's
    /// document.
    Sources,
    Speaker,
    /// A quote's text; an amount as written.
    Text,
    Cue,
    /// An amount's value and currency.
    Value,
    Category,
    /// An amount's donor and recipient.
    Parties,
}

/// What a row is compared by in one column: absent values last whichever the direction.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
enum Key {
    Text(String),
    Number(f64, String),
    Count(usize, String),
    Missing,
}

fn text_key(text: Option<&str>) -> Key {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => Key::Text(fold(t)),
        None => Key::Missing,
    }
}

/// Sorts by the keys `key` gives, stably, absent keys last in either direction.
fn sort_by<R>(rows: &mut [R], descending: bool, key: impl Fn(&R) -> Key) {
    rows.sort_by_cached_key(|r| SortKey(key(r), descending));
}

/// A [`Key`] in the order of one direction.
#[derive(PartialEq)]
struct SortKey(Key, bool);

impl Eq for SortKey {}

impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let order = match (&self.0, &other.0) {
            (Key::Missing, Key::Missing) => return Ordering::Equal,
            (Key::Missing, _) => return Ordering::Greater,
            (_, Key::Missing) => return Ordering::Less,
            (Key::Number(a, x), Key::Number(b, y)) => a.total_cmp(b).then_with(|| x.cmp(y)),
            (a, b) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        };
        if self.1 {
            order.reverse()
        } else {
            order
        }
    }
}

fn sources_key<T>(sources: &[Source<T>]) -> Key {
    Key::Count(sources.len(), sources.first().map(|s| fold(&s.document)).unwrap_or_default())
}

/// Sorts call rows by one column.
pub fn sort_calls(rows: &mut [CallRow], column: Column, descending: bool) {
    let key: fn(&CallRow) -> Key = match column {
        Column::Date => |r| text_key(r.date.as_deref()),
        Column::Participants => |r| text_key(Some(&r.participants.join(", "))),
        Column::Medium => |r| text_key(Some(r.medium.name())),
        Column::Topics => |r| text_key(Some(&r.topics.join(", "))),
        Column::Sources => |r| sources_key(&r.sources),
        _ => return,
    };
    sort_by(rows, descending, key);
}

/// Sorts quote rows by one column.
pub fn sort_quotes(rows: &mut [QuoteRow], column: Column, descending: bool) {
    let key: fn(&QuoteRow) -> Key = match column {
        Column::Speaker => |r| text_key(r.speaker.as_deref()),
        Column::Text => |r| text_key(Some(&r.text)),
        Column::Cue => |r| text_key(r.cue.as_deref()),
        Column::Date => |r| text_key(r.date.as_deref()),
        Column::Sources => |r| sources_key(&r.sources),
        _ => return,
    };
    sort_by(rows, descending, key);
}

/// Sorts amount rows by one column.
pub fn sort_amounts(rows: &mut [AmountRow], column: Column, descending: bool) {
    let key: fn(&AmountRow) -> Key = match column {
        Column::Text => |r| text_key(Some(&r.item.text)),
        Column::Value => |r| Key::Number(r.item.value, r.item.currency.clone()),
        Column::Category => |r| text_key(r.item.category.map(Category::name)),
        Column::Parties => |r| match (&r.item.donor, &r.item.recipient) {
            (None, None) => Key::Missing,
            (d, to) => Key::Text(fold(&format!("{} \u{2192} {}", opt(d), opt(to)))),
        },
        Column::Date => |r| text_key(r.published.as_deref()),
        Column::Sources => |r| text_key(Some(&r.document)),
        _ => return,
    };
    sort_by(rows, descending, key);
}



/// The view as document records, the CLI's JSON (an array of them, pretty-printed): one
/// record per document with an item in the view, in the order documents first appear,
/// holding the items as that document reported them. `file` is the document's name as
/// the view knows it, `title` what `title_of` gives for it.
pub fn to_json(view: &Corpus, title_of: impl Fn(&str) -> Option<String>) -> String {
    let mut records: Vec<Record> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for s in view.calls.iter().flat_map(|r| &r.sources) {
        record_of(&mut records, &mut index, s).calls.push(s.item.clone());
    }
    for s in view.quotes.iter().flat_map(|r| &r.sources) {
        record_of(&mut records, &mut index, s).quotes.push(s.item.clone());
    }
    for s in &view.amounts {
        record_of(&mut records, &mut index, s).amounts.push(s.item.clone());
    }
    for record in &mut records {
        record.title = title_of(&record.file);
        order_by_span(&mut record.calls, |c| (c.evidence[0], c.evidence[1]));
        order_by_span(&mut record.quotes, |q| (q.start, q.end));
        order_by_span(&mut record.amounts, |a| (a.start, a.end));
    }
    serde_json::to_string_pretty(&records).unwrap_or_default()
}

/// Sorts `items` by `span` stably (equal spans keep their order): their indices are
/// sorted with the spans, so the three kinds of item share one sort in the page's wasm.
fn order_by_span<T>(items: &mut Vec<T>, span: impl Fn(&T) -> (usize, usize)) {
    let mut order: Vec<((usize, usize), usize)> = items.iter().enumerate().map(|(i, t)| (span(t), i)).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&(_, i)| slots[i].take()));
}

/// The record of a source's document among `records`, added when it is not there yet.
fn record_of<'r, T>(
    records: &'r mut Vec<Record>,
    index: &mut HashMap<String, usize>,
    source: &Source<T>,
) -> &'r mut Record {
    let i = *index.entry(source.document.clone()).or_insert_with(|| {
        records.push(Record {
            file: source.document.clone(),
            published: source.published.clone(),
            title: None,
            calls: Vec::new(),
            quotes: Vec::new(),
            amounts: Vec::new(),
        });
        records.len() - 1
    });
    &mut records[i]
}

/// The calls of a view as CSV: one line per report, `row` numbering the merged row it
/// belongs to (from 1), then `file`, `published` and the call's record fields; lists are
/// joined by "; " and `evidence` is written `start-end`.
pub fn calls_csv(rows: &[CallRow]) -> String {
    let mut csv =
        Csv::new(&["row", "file", "published", "participants", "date", "date_text", "medium", "topics", "evidence"]);
    for (n, row) in rows.iter().enumerate() {
        for s in &row.sources {
            let c = &s.item;
            csv.line(&[
                &(n + 1).to_string(),
                &s.document,
                opt(&s.published),
                &c.participants.join("; "),
                opt(&c.date),
                opt(&c.date_text),
                c.medium.name(),
                &c.topics.join("; "),
                &format!("{}-{}", c.evidence[0], c.evidence[1]),
            ]);
        }
    }
    csv.text
}

/// The quotes of a view as CSV: one line per report, as [`calls_csv`].
pub fn quotes_csv(rows: &[QuoteRow]) -> String {
    let mut csv = Csv::new(&["row", "file", "published", "text", "speaker", "cue", "start", "end"]);
    for (n, row) in rows.iter().enumerate() {
        for s in &row.sources {
            let q = &s.item;
            csv.line(&[
                &(n + 1).to_string(),
                &s.document,
                opt(&s.published),
                &q.text,
                opt(&q.speaker),
                opt(&q.cue),
                &q.start.to_string(),
                &q.end.to_string(),
            ]);
        }
    }
    csv.text
}

/// The amounts of a view as CSV: one line per amount, `file`, `published` and the
/// amount's record fields.
pub fn amounts_csv(rows: &[AmountRow]) -> String {
    let mut csv = Csv::new(&[
        "file",
        "published",
        "text",
        "value",
        "value_max",
        "currency",
        "category",
        "donor",
        "recipient",
        "start",
        "end",
    ]);
    for s in rows {
        let a = &s.item;
        csv.line(&[
            &s.document,
            opt(&s.published),
            &a.text,
            &a.value.to_string(),
            &a.value_max.map(|v| v.to_string()).unwrap_or_default(),
            &a.currency,
            a.category.map(Category::name).unwrap_or(""),
            opt(&a.donor),
            opt(&a.recipient),
            &a.start.to_string(),
            &a.end.to_string(),
        ]);
    }
    csv.text
}

/// Aid totals as CSV, the fields of [`Total`].
pub fn totals_csv(totals: &[Total]) -> String {
    let mut csv = Csv::new(&["donor", "category", "currency", "value", "value_max", "pledges"]);
    for t in totals {
        csv.line(&[
            opt(&t.donor),
            t.category.name(),
            &t.currency,
            &t.value.to_string(),
            &t.value_max.map(|v| v.to_string()).unwrap_or_default(),
            &t.pledges.to_string(),
        ]);
    }
    csv.text
}

/// Any table as CSV, written as the exports above are: `header`, then one line per row.
pub fn csv_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut csv = Csv::new(header);
    for row in rows {
        csv.line(&row.iter().map(String::as_str).collect::<Vec<_>>());
    }
    csv.text
}

fn opt(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

/// CSV text as RFC 4180 writes it: lines end in CRLF; a field holding a comma, a quote
/// mark or a line break is quoted, its quote marks doubled. A field that a spreadsheet
/// would run as a formula (it starts with `=`, `+`, `@`, a tab, or `-` before anything
/// but a digit or `-`) gets a leading `'`, so that an article cannot put a formula in
/// the analyst's spreadsheet.
struct Csv {
    text: String,
}

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { text: String::new() };
        csv.line(header);
        csv
    }

    fn line(&mut self, fields: &[&str]) {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            let mut chars = field.chars();
            let formula = match chars.next() {
                Some('=' | '+' | '@' | '\t' | '\r') => true,
                Some('-') => chars.next().is_some_and(|c| !(c.is_ascii_digit() || c == '-')),
                _ => false,
            };
            let field = if formula { format!("'{field}") } else { field.to_string() };
            if field.contains([',', '"', '\n', '\r']) {
                self.text.push('"');
                self.text.push_str(&field.replace('"', "\"\""));
                self.text.push('"');
            } else {
                self.text.push_str(&field);
            }
        }
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_span_as_a_stable_sort_does() {
        let items: Vec<(usize, usize, char)> =
            vec![(5, 9, 'a'), (1, 4, 'b'), (5, 9, 'c'), (1, 2, 'd'), (5, 7, 'e'), (1, 4, 'f'), (0, 9, 'g'), (5, 9, 'h')];
        let mut stable = items.clone();
        stable.sort_by_key(|&(s, e, _)| (s, e));
        let mut ordered = items;
        order_by_span(&mut ordered, |&(s, e, _)| (s, e));
        assert_eq!(ordered, stable);
    }

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
            .map(|t| {
                (t.donor.as_deref(), t.category.name(), t.currency.as_str(), t.value, t.value_max, t.pledges)
            })
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
    fn the_person_filter_matches_names_as_the_scorer_does_or_by_part() {
        let corpus = sample();
        let view = |p: &str| counts(&corpus.filtered(&Filter { person: p.to_string(), ..Filter::default() }));
        assert_eq!(view("Zelenskiy"), [1, 0, 0]);
        assert_eq!(view("sunak"), [1, 1, 0]);
        assert_eq!(view("Germ"), [0, 0, 1], "donors are people of amounts");
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
    fn json_export_is_document_records_with_the_items_each_reported() {
        let corpus = sample();
        let view = corpus.filtered(&Filter { person: "Scholz".to_string(), ..Filter::default() });
        let records: Vec<Record> =
            serde_json::from_str(&to_json(&view, |d| (d == "c.txt").then(|| "Talks".to_string()))).unwrap();
        let files: Vec<&str> = records.iter().map(|r| r.file.as_str()).collect();
        assert_eq!(files, ["kyiv/a.txt", "c.txt"]);
        assert_eq!(records[0].published.as_deref(), Some("2023-05-13"));
        assert_eq!(records[0].calls.len(), 1);
        assert_eq!(records[0].quotes[0].text, "Air defence comes first this spring");
        assert_eq!(records[1].calls[0].participants, ["Zelensky", "Scholz"]);
        assert!(records[1].amounts.is_empty());
        assert_eq!((records[0].title.as_deref(), records[1].title.as_deref()), (None, Some("Talks")));
        let value: serde_json::Value = serde_json::from_str(&to_json(&view, |_| None)).unwrap();
        assert_eq!(value[0]["calls"][0]["evidence"], serde_json::json!([0, 40]));
    }

    #[test]
    fn csv_quotes_commas_quote_marks_and_line_breaks() {
        let mut a = record("a, b.txt", Some("2023-05-13"));
        a.quotes.push(quote("He said \"no\", then left\nfor good", Some("Olaf Scholz"), 3));
        let csv = quotes_csv(&merge(&[a]).quotes);
        assert_eq!(
            csv,
            "row,file,published,text,speaker,cue,start,end\r\n\
             1,\"a, b.txt\",2023-05-13,\"He said \"\"no\"\", then left\nfor good\",Olaf Scholz,said,3,35\r\n"
        );
    }

    #[test]
    fn csv_defuses_formulas_but_not_dates_or_numbers() {
        let mut a = record("=cmd.txt", None);
        a.calls.push(call(&["@handle", "-Alice"], Some("--05-12"), Medium::Phone, 0));
        let csv = calls_csv(&merge(&[a]).calls);
        let line = csv.lines().nth(1).unwrap();
        assert_eq!(line, "1,'=cmd.txt,,'@handle; -Alice,--05-12,on Friday,phone,grain exports,0-40");
    }

    #[test]
    fn any_table_writes_as_csv_the_same_way() {
        let rows = vec![vec!["a\"b".to_string(), String::new()], vec!["+1".to_string(), "x,y".to_string()]];
        assert_eq!(csv_table(&["one", "two"], &rows), "one,two\r\n\"a\"\"b\",\r\n'+1,\"x,y\"\r\n");
    }

    #[test]
    fn csv_of_calls_has_a_line_per_report_numbered_by_row() {
        let csv = calls_csv(&sample().calls);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "row,file,published,participants,date,date_text,medium,topics,evidence");
        assert_eq!(
            lines[1],
            "1,kyiv/a.txt,2023-05-13,Olaf Scholz; Volodymyr Zelenskyy,2023-05-12,on Friday,phone,grain exports,0-40"
        );
        assert!(lines[2].starts_with("1,c.txt,,Zelensky; Scholz,"));
        assert!(lines[3].starts_with("2,b.txt,"));
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn csv_of_amounts_and_totals_use_record_field_names() {
        let corpus = sample();
        let amounts = amounts_csv(&corpus.amounts);
        assert_eq!(
            amounts.lines().next(),
            Some("file,published,text,value,value_max,currency,category,donor,recipient,start,end")
        );
        assert_eq!(
            amounts.lines().nth(1),
            Some("kyiv/a.txt,2023-05-13,€2.7 billion,2700000000,,EUR,military,Germany,Ukraine,10,22")
        );
        let totals = totals_csv(&corpus.totals());
        assert_eq!(totals, "donor,category,currency,value,value_max,pledges\r\nGermany,military,EUR,2700000000,,1\r\nBritain,humanitarian,GBP,10000000,,1\r\n");
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
