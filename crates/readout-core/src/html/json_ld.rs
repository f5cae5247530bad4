//! What a page's JSON-LD (`<script type="application/ld+json">`) says of its article:
//! the `headline`, `datePublished` and `articleBody` of the first object typed as an
//! article (`NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, …), found
//! at any depth (in lists and `@graph`s); failing an article, any object's
//! `datePublished`.

use serde_json::Value;

/// Objects looked at in one script, so that a huge graph costs bounded time.
const MAX_OBJECTS: usize = 10_000;

/// The article metadata of one or more JSON-LD scripts; the first value found wins.
#[derive(Debug, Default, PartialEq)]
pub struct Article {
    pub headline: Option<String>,
    /// As written: an ISO 8601 date-time or a date written out.
    date_published: Option<String>,
    /// The body as the page's JSON-LD gives it: plain text, or HTML on some sites.
    pub body: Option<String>,
    /// The `datePublished` of an object of another type (a `WebPage`, or one untyped).
    other_date: Option<String>,
}

impl Article {
    /// The publication date: the article's, else any object's.
    pub fn date(&self) -> Option<&str> {
        self.date_published.as_deref().or(self.other_date.as_deref())
    }

    /// Adds what the script `json` says, keeping what earlier scripts said. JSON that
    /// does not parse still gives its first `"datePublished"` string.
    pub fn read(&mut self, json: &str) {
        let json = json.trim().trim_end_matches(';');
        let Ok(value) = serde_json::from_str::<Value>(json) else {
            self.other_date = self.other_date.take().or_else(|| date_by_search(json));
            return;
        };
        let mut stack = vec![&value];
        let mut seen = 0;
        while let Some(value) = stack.pop() {
            seen += 1;
            if seen > MAX_OBJECTS {
                break;
            }
            match value {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(object) => {
                    let text =
                        |key: &str| object.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
                    if object.get("@type").is_some_and(is_article_type) {
                        self.headline = self.headline.take().or_else(|| text("headline").map(str::to_string));
                        self.date_published =
                            self.date_published.take().or_else(|| text("datePublished").map(str::to_string));
                        self.body = self.body.take().or_else(|| text("articleBody").map(str::to_string));
                    } else {
                        self.other_date = self.other_date.take().or_else(|| text("datePublished").map(str::to_string));
                    }
                    stack.extend(object.values().rev().filter(|v| v.is_array() || v.is_object()));
                }
                _ => {}
            }
        }
    }
}

/// Whether a `@type` (a name or a list of names) names a kind of article.
fn is_article_type(value: &Value) -> bool {
    let named = |name: &str| name.ends_with("Article") || name == "BlogPosting" || name == "Report";
    match value {
        Value::String(name) => named(name),
        Value::Array(names) => names.iter().filter_map(Value::as_str).any(named),
        _ => false,
    }
}

/// The first `"datePublished": "…"` string in text that is not valid JSON.
fn date_by_search(json: &str) -> Option<String> {
    let at = json.find("\"datePublished\"")?;
    let value = json[at + 15..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    Some(value[..value.find('"')?].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_article_object_in_a_graph() {
        let mut article = Article::default();
        article.read(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","headline":"Site"},
               {"@type":["NewsArticle"],"headline":" Dock strike ends ","datePublished":"2021-02-03T04:05:06Z",
                "articleBody":"The strike ended on Tuesday."}]}"#,
        );
        assert_eq!(article.headline.as_deref(), Some("Dock strike ends"));
        assert_eq!(article.date_published.as_deref(), Some("2021-02-03T04:05:06Z"));
        assert_eq!(article.body.as_deref(), Some("The strike ended on Tuesday."));
    }

    #[test]
    fn the_first_script_wins_and_other_types_are_ignored() {
        let mut article = Article::default();
        article
            .read(r#"[{"@type":"Organization","headline":"Org"},{"@type":"ReportageNewsArticle","headline":"First"}]"#);
        article.read(r#"{"@type":"BlogPosting","headline":"Second","articleBody":"Body two."}"#);
        assert_eq!(article.headline.as_deref(), Some("First"));
        assert_eq!(article.body.as_deref(), Some("Body two."));
    }

    #[test]
    fn broken_json_still_gives_its_date() {
        let mut article = Article::default();
        article.read("{\"@type\":\"NewsArticle\",\"datePublished\": \"2019-09-09\", oops}");
        assert_eq!(article.date(), Some("2019-09-09"));
        assert_eq!((&article.headline, &article.body), (&None, &None));
        article.read("");
        article.read("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[");
    }
}
