//! The document record of `shared/spec/EXTRACTION.md`: what the CLI prints as JSON and
//! what the page shows. Field names and value sets are the contract; do not rename them.
//!
//! Every offset (`start`, `end`, `evidence`) counts Unicode scalar values (Rust `char`s)
//! into the analyzed text, end exclusive.

use serde::{Deserialize, Serialize};

/// Everything extracted from one document.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Record {
    /// The input's file name, without its directory; for a document inside an archive or
    /// dataset, the input's name and the document's ("archive.zip/a.txt", "export.csv#12").
    pub file: String,
    /// Publication date, `YYYY-MM-DD`, when the document gives it.
    pub published: Option<String>,
    pub title: Option<String>,
    pub calls: Vec<Call>,
    pub quotes: Vec<Quote>,
    pub amounts: Vec<Amount>,
}

/// A reported remote conversation between identified parties.
///
/// Its topics and evidence, like a quote's and an amount's offsets, read back empty when
/// a record omits them (a hand-written gold record).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Call {
    pub participants: Vec<String>,
    /// The participant who placed the call, where the text says so ("Berg phoned Lind",
    /// "Lind was called by Berg", "Lind received a call from Berg"); omitted when it does
    /// not, or when reports of the call disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller: Option<String>,
    /// `YYYY-MM-DD`, `--MM-DD` when no year is known, or `None`.
    pub date: Option<String>,
    /// The words the date was read from ("on Monday").
    pub date_text: Option<String>,
    pub medium: Medium,
    #[serde(default)]
    pub topics: Vec<String>,
    /// Character span of the sentence(s) that report the call.
    #[serde(default)]
    pub evidence: [usize; 2],
}

/// Which of a call's sides placed it, as the reports of the call say: a side's index
/// when every report that says agrees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Placed {
    #[default]
    Unsaid,
    By(usize),
    Disputed,
}

impl Placed {
    /// What two reports of one call say together, their sides counted alike.
    pub fn and(self, other: Placed) -> Placed {
        match (self, other) {
            (Placed::Unsaid, said) | (said, Placed::Unsaid) => said,
            (a, b) if a == b => a,
            _ => Placed::Disputed,
        }
    }

    /// The index of the side that placed the call, if known.
    pub fn by(self) -> Option<usize> {
        match self {
            Placed::By(i) => Some(i),
            _ => None,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Medium {
    Phone,
    Video,
    Unspecified,
}

impl Medium {
    /// Its name in the record's JSON ("phone").
    pub fn name(self) -> &'static str {
        match self {
            Medium::Phone => "phone",
            Medium::Video => "video",
            Medium::Unspecified => "unspecified",
        }
    }
}

/// Words set in quotation marks (or an embedded post) and whose they are.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Quote {
    /// The words inside the marks, without the marks.
    pub text: String,
    pub speaker: Option<String>,
    /// The attribution verb or phrase ("said", "wrote on Twitter").
    pub cue: Option<String>,
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

/// An amount of money named in the text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Amount {
    /// The amount as written ("$2.75 billion").
    pub text: String,
    /// In units of the currency; for a range, its lower end.
    pub value: f64,
    /// For a range ("$2-3 billion"), its upper end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    /// What the money is for; `None` until the clause has been classified.
    pub category: Option<Category>,
    /// What became of it: promised, sent, asked for, or neither. Records made before
    /// statuses existed read back without one.
    #[serde(default)]
    pub status: Option<Status>,
    /// Whether it restates the amount before it in another currency ("56 trillion yen
    /// ($490 billion)"): the same money, counted once, under the first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conversion: bool,
    pub donor: Option<String>,
    pub recipient: Option<String>,
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Military,
    Humanitarian,
    Economic,
    Aid,
    Other,
}

/// What became of an amount of money.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Promised, announced, approved.
    Pledged,
    /// Sent, provided, disbursed.
    Delivered,
    /// Asked for, sought, appealed for, needed.
    Requested,
    /// Neither: estimates, costs, prices, a government's spending on its own country.
    Other,
}

impl Status {
    /// Its name in the record's JSON ("pledged").
    pub fn name(self) -> &'static str {
        match self {
            Status::Pledged => "pledged",
            Status::Delivered => "delivered",
            Status::Requested => "requested",
            Status::Other => "other",
        }
    }

    /// Whether money of this status was given or promised: what aid totals add up.
    pub fn is_given(self) -> bool {
        matches!(self, Status::Pledged | Status::Delivered)
    }
}

impl Category {
    /// Its name in the record's JSON ("humanitarian").
    pub fn name(self) -> &'static str {
        match self {
            Category::Military => "military",
            Category::Humanitarian => "humanitarian",
            Category::Economic => "economic",
            Category::Aid => "aid",
            Category::Other => "other",
        }
    }
}
