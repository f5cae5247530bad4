//! Markdown's YAML front matter: a `---` block at the very top holding the title and the
//! date, which is metadata rather than article text.

use crate::dates::parse_written_date;
use crate::published::from_iso_datetime;

/// Lines a front matter block may have before it is taken for text after all.
const MAX_LINES: usize = 64;

/// Metadata from a front matter block, and the text after it.
pub struct FrontMatter<'t> {
    pub title: Option<String>,
    pub published: Option<String>,
    pub rest: &'t str,
}

/// The front matter at the start of `text` (with `\n` line endings), if any: `---`, then
/// `key: value` lines (`title`, `date`; others ignored), then `---` or `...`.
pub fn front_matter(text: &str) -> Option<FrontMatter<'_>> {
    let body = text.strip_prefix("---\n")?;
    let (mut title, mut published) = (None, None);
    let mut at = 0;
    for line in body.split_inclusive('\n').take(MAX_LINES) {
        at += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return Some(FrontMatter { title, published, rest: &body[at..] });
        }
        let Some((key, value)) = line.split_once(':') else { continue };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if !value.is_empty() => title = Some(value.to_string()),
            "date" | "published" | "pubdate" => {
                published =
                    from_iso_datetime(value).or_else(|| parse_written_date(value).map(crate::published::iso_date));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_and_date_and_skips_the_block() {
        let fm =
            front_matter("---\ntitle: 'Talks: day two'\ndate: 2024-06-05T10:00:00Z\ntags: [a]\n---\nText.").unwrap();
        assert_eq!(fm.title.as_deref(), Some("Talks: day two"));
        assert_eq!(fm.published.as_deref(), Some("2024-06-05"));
        assert_eq!(fm.rest, "Text.");
        assert_eq!(front_matter("---\ndate: June 5, 2024\n...\n").unwrap().published.as_deref(), Some("2024-06-05"));
    }

    #[test]
    fn a_rule_without_a_closing_one_is_text() {
        assert!(front_matter("---\nA line of text under a rule.\n").is_none());
        assert!(front_matter("Intro\n---\ntitle: x\n---\n").is_none());
    }
}
