//! Column names of a dataset (CSV, JSON, JSON Lines) that hold an article's parts, and
//! the keys under which a JSON object keeps its list of articles. Matched without
//! regard to case; the first name found in a header wins, so order by preference.

/// Columns holding the article's text.
pub const TEXT: &[&str] = &["text", "body", "content", "article", "full_text", "fulltext", "articleBody", "story"];

/// Columns holding the headline.
pub const TITLE: &[&str] = &["title", "headline"];

/// Columns holding the publication date.
pub const DATE: &[&str] =
    &["date", "published", "publishedAt", "published_at", "pubDate", "datePublished", "published_date", "seendate"];

/// Columns naming a row, used in the document's name when present.
pub const ID: &[&str] = &["id", "_id", "doc_id", "uuid", "guid"];

/// Keys of a JSON object under which the list of articles sits.
pub const LIST_KEYS: &[&str] = &["articles", "data", "results", "items", "records", "documents", "docs"];
