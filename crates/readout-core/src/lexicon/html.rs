//! Words in an element's `class`, `id`, `role` and `itemprop` that say whether it holds
//! the article or the page furniture around it (navigation, comments, share buttons,
//! cookie banners...). Matched as substrings of the lower-cased attribute values,
//! except [`FURNITURE_WORDS`], which must be whole words (split at anything not a letter
//! or digit), being too short to be safe inside other words.

/// Page furniture: an element so named is dropped before scoring, unless its name also
/// has an [`ARTICLE_MAYBE`] word ("article-header" stays, "site-header" goes).
pub const FURNITURE: &[&str] = &[
    "-ad-",
    "ad-break",
    "advert",
    "agegate",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "consent",
    "cookie",
    "cover-wrap",
    "disqus",
    "dialog",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "masthead",
    "menu",
    "modal",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "pager",
    "pagination",
    "popup",
    "promo",
    "recirc",
    "recommend",
    "related",
    "remark",
    "replies",
    "rss",
    "share",
    "sharing",
    "shoutbox",
    "sidebar",
    "signup",
    "skip-link",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "supplemental",
    "taboola",
    "toolbar",
    "trending",
    "yom-remote",
];

/// Short furniture names matched as whole words only ("nav", not "canvas").
pub const FURNITURE_WORDS: &[&str] = &["ad", "ads", "complementary", "contentinfo", "nav", "tags", "topics", "widget"];

/// Words that keep an element with a furniture word in its name as a possible article.
pub const ARTICLE_MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow", "story"];

/// Names of the article's own containers: a scored element so named gains weight.
pub const POSITIVE: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "story", "text", "blog"];

/// Names of secondary blocks: a scored element so named loses weight.
pub const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "byline",
    "caption",
    "combx",
    "comment",
    "com-",
    "contact",
    "credit",
    "foot",
    "footer",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
];
