//! Dates in the text, resolved against the publication date. (API fixed; being written.)

pub use chrono::NaiveDate;

use crate::text::Span;

/// A date as far as the text fixes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    /// A month and day with no year anywhere ("25 June" with no publication date).
    MonthDay { month: u32, day: u32 },
}

impl When {
    /// `YYYY-MM-DD`, or `--MM-DD` without a year, as EXTRACTION.md writes dates.
    pub fn to_iso(self) -> String {
        match self {
            When::Day(d) => d.format("%Y-%m-%d").to_string(),
            When::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
        }
    }
}

/// A date expression in the text ("on Monday", "25 June", "yesterday") and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub when: When,
}

/// Every date expression within `span` of `text`, resolved against `published`.
pub fn find_dates(_text: &str, _span: Span, _published: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}

/// The publication date an article states in its own text (a dateline, a "Published …"
/// line), for documents without metadata.
pub fn published_in_text(_text: &str) -> Option<NaiveDate> {
    None
}

/// A date written out in metadata ("Fri Mar 13 21:30:09 EST 2015", "13 March 2015").
pub fn parse_written_date(_s: &str) -> Option<NaiveDate> {
    None
}
