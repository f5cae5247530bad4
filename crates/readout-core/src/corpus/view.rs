use super::*;

/// What a view shows: every row that passes all the conditions set. An empty or `None`
/// condition passes everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Words that must all occur, folded, somewhere in the row: names, dates, texts,
    /// topics, medium, category, donor, recipient or document names.
    pub query: String,
    /// A person or body (matched as the scorer matches names, or as whole words of a name) among
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
    /// Calls without a full date only (undated, or a day of an unknown year); quotes and
    /// amounts pass.
    pub undated: bool,
}

impl Filter {
    /// Whether a call row passes.
    pub fn call(&self, row: &CallRow) -> bool {
        (!self.undated || row.date.as_deref().is_none_or(|d| d.starts_with("--")))
            && self.dated(row.date.as_deref())
            && self.reported_in(&row.sources)
            && self.about(row.participants.iter().map(String::as_str))
            && self.says(|texts| {
                texts.extend(row.participants.iter().map(String::as_str));
                texts.extend(row.topics.iter().map(String::as_str));
                texts.push(row.medium.name());
                texts.push(row.date.as_deref().unwrap_or(""));
                for s in &row.sources {
                    texts.push(&s.document);
                    texts.push(s.item.date_text.as_deref().unwrap_or(""));
                }
            })
    }

    /// Whether a quote row passes.
    pub fn quote(&self, row: &QuoteRow) -> bool {
        self.dated(row.date.as_deref())
            && self.reported_in(&row.sources)
            && self.about(row.speaker.as_deref().into_iter())
            && self.says(|texts| {
                texts.push(&row.text);
                texts.push(row.speaker.as_deref().unwrap_or(""));
                texts.push(row.cue.as_deref().unwrap_or(""));
                texts.push(row.date.as_deref().unwrap_or(""));
                texts.extend(row.sources.iter().map(|s| s.document.as_str()));
            })
    }

    /// Whether an amount row passes.
    /// Its donor and recipient are matched as written and by the name of their entity in
    /// `identities` ("the US" is found as "United States").
    pub fn amount(&self, row: &AmountRow, identities: &Identities) -> bool {
        let a = &row.item;
        let parties = a.donor.as_deref().into_iter().chain(a.recipient.as_deref());
        let entities = parties.clone().map(|p| identities.country_of(p).unwrap_or(identities.name(p)));
        self.dated(row.published.as_deref())
            && self.reported_in(std::slice::from_ref(row))
            && self.category.is_none_or(|c| a.category == Some(c))
            && self.about(parties.chain(entities))
            && self.says(|texts| {
                texts.push(&a.text);
                texts.push(&a.currency);
                texts.push(a.category.map(Category::name).unwrap_or(""));
                texts.push(a.donor.as_deref().unwrap_or(""));
                texts.push(a.recipient.as_deref().unwrap_or(""));
                texts.push(row.published.as_deref().unwrap_or(""));
                texts.push(&row.document);
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
        let wanted = words(person);
        if wanted.is_empty() {
            return true; // nothing to match (blank, or punctuation alone)
        }
        names
            .any(|n| words(n).windows(wanted.len()).any(|w| w == wanted.as_slice()) || same_name(Some(person), Some(n)))
    }

    /// Whether every query word occurs in the texts `each` pushes ([`mentions`]).
    fn says<'t>(&self, each: impl FnOnce(&mut Vec<&'t str>)) -> bool {
        let words = search_words(&self.query);
        if words.is_empty() {
            return true;
        }
        let mut texts = Vec::new();
        each(&mut texts);
        mentions(texts, &words)
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
    /// An amount's status (a conversion after the rest).
    Status,
    /// An amount's donor and recipient.
    Parties,
}

impl Column {
    /// Every column.
    pub const ALL: &'static [Column] = &[
        Column::Date,
        Column::Participants,
        Column::Medium,
        Column::Topics,
        Column::Sources,
        Column::Speaker,
        Column::Text,
        Column::Cue,
        Column::Value,
        Column::Category,
        Column::Status,
        Column::Parties,
    ];

    /// Its name in a link to a view ("date").
    pub fn name(self) -> &'static str {
        match self {
            Column::Date => "date",
            Column::Participants => "participants",
            Column::Medium => "medium",
            Column::Topics => "topics",
            Column::Sources => "sources",
            Column::Speaker => "speaker",
            Column::Text => "text",
            Column::Cue => "cue",
            Column::Value => "value",
            Column::Category => "category",
            Column::Status => "status",
            Column::Parties => "parties",
        }
    }

    /// The column of a name [`Column::name`] gives.
    pub fn named(name: &str) -> Option<Column> {
        Column::ALL.iter().copied().find(|c| c.name() == name)
    }
}

/// What a row is compared by in one column: absent values last whichever the direction.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
pub(super) enum Key {
    Text(String),
    Number(f64, String),
    Count(usize, String),
    Missing,
}

pub(super) fn text_key(text: Option<&str>) -> Key {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => Key::Text(fold(t)),
        None => Key::Missing,
    }
}

/// Sorts by the keys `key` gives, stably, absent keys last in either direction.
pub(super) fn sort_by<R>(rows: &mut [R], descending: bool, key: impl Fn(&R) -> Key) {
    crate::order::sort_by_cached_key(rows, |r| SortKey(key(r), descending));
}

/// A [`Key`] in the order of one direction.
#[derive(PartialEq)]
pub(super) struct SortKey(Key, bool);

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

pub(super) fn sources_key<T>(sources: &[Source<T>]) -> Key {
    Key::Count(sources.len(), sources.first().map(|s| fold(&s.document)).unwrap_or_default())
}

/// Sorts call rows by one column.
pub fn sort_calls(rows: &mut [CallRow], column: Column, descending: bool) {
    let key: fn(&CallRow) -> Key = match column {
        // A day of an unknown year ("--06-25") is no point in time: it sorts with the undated.
        Column::Date => |r| text_key(r.date.as_deref().filter(|d| !d.starts_with("--"))),
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
        Column::Status => |r| text_key(r.item.status.map(|s| if r.item.conversion { "~conversion" } else { s.name() })),
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

/// The folded words of a name, to match whole words ("US" is no part of "Russia").
fn words(name: &str) -> Vec<String> {
    fold(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}
