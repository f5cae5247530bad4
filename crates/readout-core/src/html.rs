//! A saved web page's readable text and metadata.
//!
//! A forgiving single-pass reader: it never executes or fetches anything, drops scripts,
//! styles and the document head, turns block elements into paragraph breaks and decodes
//! character references. Metadata (publication date, title) is read before any text is
//! kept, from publication-date `<meta>` tags ([`PUBLISHED_META`]), JSON-LD
//! `datePublished`, `<time datetime>` and `og:title`, JSON-LD `headline` or `<title>`.
//! When the page's JSON-LD carries the `articleBody` and the extracted text has less
//! than half its words, or holds less than half of it (the reader chose something
//! else: a footer, a list), the article body is taken from there.

mod dom;
mod extract;
mod json_ld;

use crate::dates::parse_written_date;
use crate::published::from_iso_datetime;

pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    /// The page's address (`og:url`, the canonical link, or the "saved from url"
    /// comment a browser writes), whose date stands in when nothing else gives one.
    pub url: Option<String>,
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] =
    &["script", "style", "noscript", "template", "svg", "iframe", "object", "textarea", "select", "button"];

/// `<meta>` names (`property`, `name` or `itemprop`, compared in lower case) whose content
/// is the publication date, as ISO 8601 or written out ("Fri Mar 13 21:30:09 EST 2015").
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "article:published",
    "article:publicationdate",
    "article:publication_date",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "publication_date",
    "publish_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "pub_date",
    "datepublished",
    "date_published",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "originalpublicationdate",
    "article_date_original",
    "displaydate",
    "datecreated",
];

/// A date in metadata, ISO or written out, as `YYYY-MM-DD`.
fn meta_date(value: &str) -> Option<String> {
    from_iso_datetime(value).or_else(|| parse_written_date(value).map(crate::published::iso_date))
}

/// Fewest words of a JSON-LD `articleBody` for it to stand in for the extracted text
/// (some sites cut it to a teaser of a few hundred characters).
const MIN_LD_BODY_WORDS: usize = 80;

/// Reads a page: its readable text and metadata.
pub fn read(html: &str) -> Page {
    read_page(html, true)
}

/// [`read`], with the JSON-LD article body as a fallback only when `ld_body` (not when
/// reading that body itself, when it is HTML).
fn read_page(html: &str, ld_body: bool) -> Page {
    let mut tree = dom::Builder::new();
    let mut title = None;
    let mut og_title = None;
    let mut published = None;
    let mut ld = json_ld::Article::default();
    let mut time_date = None;
    let mut site_name = None;
    let mut url = saved_from(html);
    let mut in_head = false;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if !in_head {
            tree.text(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            if !in_head {
                tree.text("<");
            }
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("head", closing) => in_head = !closing,
            ("body", false) => in_head = false,
            // A head may end without `</head>` or `<body>`: content elements end it.
            (_, false) if in_head && !name.is_empty() && !HEAD_ELEMENTS.contains(&name) && !SKIPPED.contains(&name) => {
                in_head = false;
                tree.start(name, tag.hint(), tag.hidden());
            }
            ("title", false) => {
                let (inner, after) = until_close(rest, "title");
                title.get_or_insert_with(|| collapse(&decode_entities(inner)));
                rest = after;
            }
            ("meta", false) => {
                let key = tag.attr("property").or_else(|| tag.attr("name")).or_else(|| tag.attr("itemprop"));
                let content = tag.attr("content");
                match (key.map(str::to_ascii_lowercase).as_deref(), content) {
                    (Some(k), Some(c)) if PUBLISHED_META.contains(&k) => {
                        published = published.or_else(|| meta_date(&decode_entities(c)));
                    }
                    (Some("og:title"), Some(c)) => og_title = og_title.or_else(|| Some(collapse(&decode_entities(c)))),
                    (Some("og:site_name" | "application-name"), Some(c)) => {
                        site_name = site_name.or_else(|| Some(collapse(&decode_entities(c))));
                    }
                    (Some("og:url"), Some(c)) => url = url.or_else(|| Some(decode_entities(c))),
                    _ => {}
                }
            }
            ("link", false) if tag.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                url = url.or_else(|| tag.attr("href").map(decode_entities));
            }
            ("time", false) => {
                time_date = time_date.or_else(|| tag.attr("datetime").and_then(from_iso_datetime));
                tree.start(name, tag.hint(), tag.hidden());
            }
            ("script", false) => {
                let (inner, after) = until_close(rest, "script");
                if tag.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) {
                    ld.read(inner);
                }
                rest = after;
            }
            (_, false) if SKIPPED.contains(&name) => rest = until_close(rest, name).1,
            _ if in_head || name.is_empty() => {}
            (_, false) => tree.start(name, tag.hint(), tag.hidden()),
            (_, true) => tree.end(name),
        }
    }
    if !in_head {
        tree.text(&decode_entities(rest));
    }
    let nodes = tree.finish();
    let mut text = extract::article_text(&nodes);
    if let Some(body) = ld.body.as_deref().filter(|_| ld_body).map(body_text) {
        let body_words = words(&body);
        if body_words >= MIN_LD_BODY_WORDS && (words(&text) * 2 < body_words || shared_share(&body, &text) < 0.5) {
            text = body;
        }
    }
    let headline = ld.headline.as_deref().map(|h| collapse(&decode_entities(h)));
    let title = og_title.or(headline).or(title).filter(|t| !t.is_empty());
    let h1 = dom::first_text_of(&nodes, "h1");
    let host = url.as_deref().map(host_of).unwrap_or("");
    let title = title.map(|t| without_site_name(&t, site_name.as_deref(), host, h1.as_deref()).to_string());
    let ld_date = ld.date().and_then(meta_date);
    Page { text, title, published: published.or(ld_date).or(time_date), url }
}

/// The address in the comment a browser writes atop a page it saves
/// (`<!-- saved from url=(0042)https://… -->`), looked for in the page's first 2 KB.
fn saved_from(html: &str) -> Option<String> {
    let head = &html[..html.floor_char_boundary(2048)];
    let rest = &head[head.find("saved from url=(")? + 16..];
    let rest = &rest[rest.find(')')? + 1..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len()).min(rest.find("-->").unwrap_or(rest.len()));
    (end > 0).then(|| rest[..end].to_string())
}

/// The host of an address ("" when it has none).
fn host_of(url: &str) -> &str {
    let rest = url.split_once("//").map_or("", |(_, rest)| rest);
    rest.split(['/', '?', '#', ':']).next().unwrap_or("")
}

/// Separators between a headline and the site's name in a page's title.
const TITLE_SEPARATORS: &[&str] =
    &[" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{B7} ", " \u{2022} ", " \u{BB} ", " / "];

/// Most words of a title's site name (twice this with a section) beside the headline.
const MAX_SITE_WORDS: usize = 5;

/// Letters and digits of `s` in lower case: "The Valley Courier" and "thevalleycourier".
fn squashed(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether `part` of a title names the site: its name as the page gives it, or its
/// host ("The Valley Courier" for valleycourier.com and www.thevalleycourier.co.uk).
fn names_site(part: &str, site: Option<&str>, host: &str) -> bool {
    let part = squashed(part);
    if part.is_empty() {
        return false;
    }
    if site.is_some_and(|s| squashed(s) == part) {
        return true;
    }
    let host = host.strip_prefix("www.").unwrap_or(host);
    let label = squashed(host.split('.').next().unwrap_or(""));
    let host = squashed(host);
    label.len() >= 3
        && (part == label
            || host.starts_with(&part)
            || part.contains(&label)
            || label.contains(&part) && part.len() >= 4)
}

/// A page's title without its site's name ("Headline | Site", "Site - Headline"): the
/// part after the last separator (or before the first) goes when it names the site (its
/// `og:site_name` or its host); and when the page's headline (`<h1>`) is the title up to
/// (or from) a separator, with a few words (a section, a site) beyond it, the title is
/// that headline.
fn without_site_name<'t>(title: &'t str, site: Option<&str>, host: &str, h1: Option<&str>) -> &'t str {
    let short = |part: &str| part.split_whitespace().count() <= MAX_SITE_WORDS * 2;
    if let Some(h1) = h1.map(squashed).filter(|h| !h.is_empty()) {
        for sep in TITLE_SEPARATORS {
            for (at, _) in title.match_indices(sep) {
                let (head, tail) = (title[..at].trim(), title[at + sep.len()..].trim());
                if squashed(head) == h1 && short(tail) {
                    return head;
                }
                if squashed(tail) == h1 && short(head) {
                    return tail;
                }
            }
        }
    }
    let mut title = title;
    for _ in 0..2 {
        let last = TITLE_SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|at| (at, sep.len()))).max();
        let Some((at, len)) = last else { break };
        if names_site(&title[at + len..], site, host) {
            title = title[..at].trim();
            continue;
        }
        let first = TITLE_SEPARATORS.iter().filter_map(|sep| title.find(sep).map(|at| (at, sep.len()))).min();
        let Some((at, len)) = first else { break };
        if names_site(&title[..at], site, host) {
            title = title[at + len..].trim();
            continue;
        }
        break;
    }
    title
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The hashes of the runs of three words of `text` (letters and digits, lower case),
/// hashed a character at a time (FNV-1a), with no word allocated.
fn word_triples(text: &str) -> Vec<u64> {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut words = Vec::new();
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut in_word = false;
    for c in text.chars().chain([' ']) {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                hash = (hash ^ u64::from(u32::from(l))).wrapping_mul(PRIME);
            }
            in_word = true;
        } else if in_word {
            words.push(hash);
            hash = 0xcbf2_9ce4_8422_2325;
            in_word = false;
        }
    }
    words.windows(3).map(|w| w[0].rotate_left(42) ^ w[1].rotate_left(21) ^ w[2]).collect()
}

/// The share of the runs of three words of `witness` that `text` holds: how much of
/// the article the page's JSON-LD gives is in the text extracted from the page.
fn shared_share(witness: &str, text: &str) -> f64 {
    let witness = word_triples(witness);
    if witness.is_empty() {
        return 1.0;
    }
    let held: std::collections::HashSet<u64> = word_triples(text).into_iter().collect();
    witness.iter().filter(|h| held.contains(h)).count() as f64 / witness.len() as f64
}

/// A JSON-LD `articleBody` as text: read as HTML when it holds tags, else its lines
/// made paragraphs with whitespace collapsed.
fn body_text(body: &str) -> String {
    let tagged = body
        .match_indices('<')
        .any(|(at, _)| body[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
    if tagged {
        return read_page(body, false).text;
    }
    let paragraphs: Vec<String> = decode_entities(body).lines().map(collapse).filter(|p| !p.is_empty()).collect();
    paragraphs.join("\n\n")
}

/// An opening or closing tag at the start of `s`.
struct Tag<'a> {
    name: String,
    closing: bool,
    attrs: &'a str,
    /// Bytes from `<` to just past `>`.
    len: usize,
}

impl<'a> Tag<'a> {
    fn parse(s: &'a str) -> Option<Tag<'a>> {
        let body = &s[1..];
        let (closing, body) = match body.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, body),
        };
        if body.starts_with('!') || body.starts_with('?') {
            let end = s.bytes().take(MAX_TAG_BYTES).skip(1).position(|b| b == b'>' || b == b'<')? + 1;
            if s.as_bytes()[end] == b'<' {
                return None;
            }
            return Some(Tag { name: String::new(), closing, attrs: "", len: end + 1 });
        }
        let name_len = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
        if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let end = tag_end(body)?;
        let offset = s.len() - body.len();
        Some(Tag {
            name: body[..name_len].to_ascii_lowercase(),
            closing,
            attrs: &body[name_len..end],
            len: offset + end + 1,
        })
    }

    /// The lower-case words of the `class`, `id`, `role` and `itemprop` attributes.
    fn hint(&self) -> String {
        let mut hint = String::new();
        for name in ["class", "id", "role", "itemprop"] {
            if let Some(value) = self.attr(name) {
                hint.push_str(&value.to_ascii_lowercase());
                hint.push(' ');
            }
        }
        hint
    }

    /// Whether the page hides the element (`hidden`, `aria-hidden="true"`, `display:none`).
    fn hidden(&self) -> bool {
        let style = self.attr("style").unwrap_or("").to_ascii_lowercase().replace(' ', "");
        self.attr("hidden").is_some()
            || self.attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
            || style.contains("display:none")
            || style.contains("visibility:hidden")
    }

    /// The value of attribute `name`, quoted or not.
    fn attr(&self, name: &str) -> Option<&'a str> {
        let mut rest = self.attrs;
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            let key_len = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
            if key_len == 0 {
                return None;
            }
            let key = &rest[..key_len];
            rest = rest[key_len..].trim_start();
            let value = match rest.strip_prefix('=') {
                Some(v) => {
                    let v = v.trim_start();
                    let (value, after) = match v.chars().next() {
                        Some(q @ ('"' | '\'')) => {
                            let inner = &v[1..];
                            let close = inner.find(q).unwrap_or(inner.len());
                            (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                        }
                        _ => {
                            let close = v.find(char::is_whitespace).unwrap_or(v.len());
                            (&v[..close], &v[close..])
                        }
                    };
                    rest = after;
                    value
                }
                None => "",
            };
            if key.eq_ignore_ascii_case(name) {
                return Some(value);
            }
        }
    }
}

/// Index in `body` of the `>` that ends a tag, skipping `>` inside quoted attribute values.
/// Elements that may stand in a document's head.
const HEAD_ELEMENTS: &[&str] = &["base", "link", "meta", "noscript", "script", "style", "template", "title"];

/// A tag longer than this is no tag: the `<` is text. Bounds the look-ahead, so a page of
/// unclosed `<a` stays linear.
const MAX_TAG_BYTES: usize = 16 * 1024;

fn tag_end(body: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in body.char_indices().take_while(|&(i, _)| i < MAX_TAG_BYTES) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i),
            (None, '<') => return None, // a new tag starts: this one never closed
            _ => {}
        }
    }
    None
}

/// Splits `s` at the closing tag `</name`, returning the content and what follows it.
fn until_close<'a>(s: &'a str, name: &str) -> (&'a str, &'a str) {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s[from..].find("</") {
        let start = from + i;
        let candidate = &bytes[start + 2..];
        if candidate.len() >= name.len() && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            let after = s[start..].find('>').map_or("", |j| &s[start + j + 1..]);
            return (&s[..start], after);
        }
        from = start + 2;
    }
    (s, "")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes `&amp;`, `&#8217;`, `&#x2019;` and the named references news pages use.
pub(crate) fn decode_entities(s: &str) -> String {
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", ' '),
        ("ndash", '\u{2013}'),
        ("mdash", '\u{2014}'),
        ("lsquo", '\u{2018}'),
        ("rsquo", '\u{2019}'),
        ("ldquo", '\u{201C}'),
        ("rdquo", '\u{201D}'),
        ("laquo", '\u{AB}'),
        ("raquo", '\u{BB}'),
        ("hellip", '\u{2026}'),
        ("euro", '\u{20AC}'),
        ("pound", '\u{A3}'),
        ("yen", '\u{A5}'),
        ("copy", '\u{A9}'),
        ("eacute", '\u{E9}'),
        ("shy", '\u{AD}'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let c = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                code.and_then(char::from_u32)
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
            };
            c.map(|c| (c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_and_drops_scripts_and_head() {
        let page = read(
            "<html><head><title>Talks &amp; calls</title><style>p{}</style></head>\
             <body><script>alert('x<p>')</script><p>First   line.</p><div>Second<br>third</div></body></html>",
        );
        assert_eq!(page.text, "First line.\n\nSecond\n\nthird");
        assert_eq!(page.title.as_deref(), Some("Talks & calls"));
    }

    #[test]
    fn reads_dates_from_metadata_in_order() {
        let meta = r#"<meta property="article:published_time" content="2015-03-13T05:00:00+11:00"><time datetime="2014-01-01">x</time>"#;
        assert_eq!(read(meta).published.as_deref(), Some("2015-03-13"));
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2020-05-04T10:00Z"}</script><p>x</p>"#;
        assert_eq!(read(ld).published.as_deref(), Some("2020-05-04"));
        let time = r#"<p>By staff <time datetime="2019-07-08T09:00">July 8</time></p>"#;
        assert_eq!(read(time).published.as_deref(), Some("2019-07-08"));
        assert_eq!(read("<p>no date</p>").published, None);
    }

    #[test]
    fn reads_written_dates_and_other_publication_meta_names() {
        let herald = r#"<meta name="article:publicationdate" content="Sat Apr 18 07:05:00 AEST 2020"><p>x</p>"#;
        assert_eq!(read(herald).published.as_deref(), Some("2020-04-18"));
        let dc = r#"<meta name="DC.date.issued" content="2019-11-02"><p>x</p>"#;
        assert_eq!(read(dc).published.as_deref(), Some("2019-11-02"));
        let ld = r#"<script type="application/ld+json">{"datePublished": "June 3, 2018"}</script><p>x</p>"#;
        assert_eq!(read(ld).published.as_deref(), Some("2018-06-03"));
        let modified = r#"<meta property="article:modified_time" content="2019-11-02"><p>x</p>"#;
        assert_eq!(read(modified).published, None);
    }

    #[test]
    fn json_ld_gives_the_headline_and_a_body_the_page_hides() {
        let sentence = "The port authority said on Friday that the new cranes would arrive in spring, weeks late.";
        let body = vec![sentence; 12].join("\\n");
        let page = format!(
            r#"<title>Cranes | Port News</title><script type="application/ld+json">{{"@type":"NewsArticle",
               "headline":"Cranes arrive late","articleBody":"{body}"}}</script><div id="app"><p>Loading…</p></div>"#
        );
        let read = read(&page);
        assert_eq!(read.title.as_deref(), Some("Cranes arrive late"));
        assert_eq!(read.text, vec![sentence; 12].join("\n\n"));
    }

    #[test]
    fn json_ld_body_is_only_a_fallback() {
        let sentence = "The port authority said on Friday that the new cranes would arrive in spring, weeks late.";
        let html_body = vec![format!("<p>{sentence}</p>"); 12].concat();
        let page = format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{}"}}</script><p>Loading…</p>"#,
            html_body.replace('"', "\\\"")
        );
        assert_eq!(read(&page).text, vec![sentence; 12].join("\n\n"));
        // The page's own text wins when it has at least half the words; so does a
        // body cut short to a teaser.
        let own: String = (0..7).map(|_| format!("<p>{sentence}</p>")).collect();
        let page = format!(
            r#"<script type="application/ld+json">{{"@type":"Article","articleBody":"{}"}}</script>{own}"#,
            vec![sentence; 12].join(" ")
        );
        assert_eq!(read(&page).text, vec![sentence; 7].join("\n\n"));
        let teaser = format!(
            r#"<script type="application/ld+json">{{"@type":"Article","articleBody":"{sentence}"}}</script><p>Short.</p>"#
        );
        assert_eq!(read(&teaser).text, "Short.");
    }

    #[test]
    fn json_ld_body_is_the_witness_when_the_page_text_is_something_else() {
        let sentence = "The port authority said on Friday that the new cranes would arrive in spring, weeks late.";
        let other = "The Gazette has served the coast since 1889, owned by a trust that spends every penny on news.";
        let page = format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{}"}}</script>{}"#,
            vec![sentence; 12].join("\\n"),
            vec![format!("<p>{other}</p>"); 8].concat()
        );
        assert_eq!(read(&page).text, vec![sentence; 12].join("\n\n"));
    }

    #[test]
    fn titles_lose_the_site_name() {
        let site =
            |t: &str, s: Option<&str>, host: &str, h1: Option<&str>| without_site_name(t, s, host, h1).to_string();
        // The site's name as the page gives it, or its host.
        assert_eq!(site("Ferry saved | The Valley Courier", Some("The Valley Courier"), "", None), "Ferry saved");
        assert_eq!(site("Ferry saved - The Valley Courier", None, "www.thevalleycourier.co.uk", None), "Ferry saved");
        assert_eq!(site("Ferry saved \u{2014} Courier", None, "courier.example", None), "Ferry saved");
        assert_eq!(site("Valley Courier: news | Ferry saved", None, "valleycourier.com", None), "Ferry saved");
        assert_eq!(site("VALLEY COURIER | Ferry saved", None, "valleycourier.com", None), "Ferry saved");
        // A short part beside the page's headline; a section and a site both go.
        assert_eq!(site("Ferry saved - Local news | VC", None, "", Some("Ferry saved")), "Ferry saved");
        // Kept: a separator inside the headline, and a tail naming nothing.
        assert_eq!(
            site("Rail - road deal agreed", None, "example.org", Some("Rail - road deal agreed")),
            "Rail - road deal agreed"
        );
        assert_eq!(site("Leaders talk - and disagree", None, "example.org", None), "Leaders talk - and disagree");
        let page = read(
            r#"<head><title>Cranes arrive late | Port News</title><meta property="og:site_name" content="Port News"></head><h1>Cranes arrive late</h1>"#,
        );
        assert_eq!(page.title.as_deref(), Some("Cranes arrive late"));
    }

    #[test]
    fn the_address_of_the_page_is_read_for_its_date() {
        let saved =
            "<!DOCTYPE html>\n<!-- saved from url=(0044)https://example.org/2023/05/04/grain.html -->\n<p>x</p>";
        assert_eq!(read(saved).url.as_deref(), Some("https://example.org/2023/05/04/grain.html"));
        let canonical = r#"<link rel="canonical" href="https://example.org/a/2021-03-04-talks"><p>x</p>"#;
        assert_eq!(read(canonical).url.as_deref(), Some("https://example.org/a/2021-03-04-talks"));
        let og = r#"<meta property="og:url" content="https://example.org/b"><p>x</p>"#;
        assert_eq!(read(og).url.as_deref(), Some("https://example.org/b"));
    }

    #[test]
    fn decodes_character_references() {
        assert_eq!(
            decode_entities("&ldquo;Hi&rdquo; &#8217; &#x2014; &bogus; & x"),
            "\u{201C}Hi\u{201D} \u{2019} \u{2014} &bogus; & x"
        );
    }

    #[test]
    fn a_head_without_its_end_tag_ends_at_the_first_content_element() {
        let page =
            read("<html><head><title>T</title><p>The leaders spoke at length about the grain deal and its future.</p>");
        assert!(page.text.contains("The leaders spoke"), "{:?}", page.text);
    }

    #[test]
    fn an_unclosed_tag_is_text() {
        let page = read(&format!("<p>Start {} end</p>", "<a".repeat(3)));
        assert!(page.text.starts_with("Start"), "{:?}", page.text);
    }

    #[test]
    fn survives_broken_markup() {
        for html in [
            "<",
            "<p",
            "<p class=\"x>",
            "a < b and c > d",
            "<!-- never closed",
            "<script>x",
            "&#xFFFFFFFF;",
            "<a href='x>y'>z</a>",
        ] {
            let _ = read(html);
        }
        assert_eq!(read("a < b").text, "a < b");
        assert_eq!(read("War &amp Peace\u{201D} &amp; more").text, "War &amp Peace\u{201D} & more");
        assert_eq!(read("<a href='x>y'>z</a>").text, "z");
    }

    #[test]
    fn handlers_and_links_are_not_text() {
        let page =
            read(r#"<img src="http://127.0.0.1:9/x.png" onerror="steal()"><a href="javascript:evil()">Read</a> more"#);
        assert_eq!(page.text, "Read more");
    }
}
