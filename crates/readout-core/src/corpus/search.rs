//! Full-text search: where the words of a search occur in any text (an article, a cell),
//! folded as [`Filter::query`] folds them (case and accents ignored), so that the page
//! can list the articles that mention them with a snippet and mark every hit.

use crate::fold::fold;

/// The words of a search, folded; none when it is blank.
pub fn search_words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

/// Whether every one of `words` occurs in one of `texts` (true when there are none): a
/// document's name, title and text, or a row's fields.
pub fn mentions<'t>(texts: impl IntoIterator<Item = &'t str>, words: &[String]) -> bool {
    holds_every(&searchable(texts), words)
}

/// A document's texts (its name, title and text) folded once into one, so that every
/// later search of it only looks ([`holds_every`]). A line break, which no search word
/// holds, keeps the texts apart.
pub fn searchable<'t>(texts: impl IntoIterator<Item = &'t str>) -> String {
    let mut folded = String::new();
    for text in texts {
        folded.push_str(&fold(text));
        folded.push('\n');
    }
    folded
}

/// Whether every one of `words` occurs in `folded`, a text of [`searchable`].
pub fn holds_every(folded: &str, words: &[String]) -> bool {
    words.iter().all(|w| folded.contains(w.as_str()))
}

/// Where `words` occur in `text`: character spans, in order, overlapping hits joined.
pub fn hits(text: &str, words: &[String]) -> Vec<[usize; 2]> {
    if words.is_empty() || text.is_empty() {
        return Vec::new();
    }
    // The folded text, and for each of its bytes the character of `text` it came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<usize> = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            folded.push_str(&fold(c.encode_utf8(&mut buffer)));
        }
        origin.resize(folded.len(), i);
    }
    let mut spans: Vec<[usize; 2]> = words
        .iter()
        .filter(|w| !w.is_empty())
        .flat_map(|w| folded.match_indices(w.as_str()).map(|(at, m)| [origin[at], origin[at + m.len() - 1] + 1]))
        .collect();
    crate::order::sort_by(&mut spans, Ord::cmp);
    let mut joined: Vec<[usize; 2]> = Vec::with_capacity(spans.len());
    for span in spans {
        match joined.last_mut() {
            Some(last) if span[0] <= last[1] => last[1] = last[1].max(span[1]),
            _ => joined.push(span),
        }
    }
    joined
}

/// `text` in pieces at the character spans `hits` (in order, not overlapping): each
/// piece with whether it is a hit.
pub fn pieces<'t>(text: &'t str, hits: &[[usize; 2]]) -> Vec<(&'t str, bool)> {
    let mut out = Vec::with_capacity(2 * hits.len() + 1);
    let mut bounds = hits.iter().flatten().copied().peekable();
    let (mut from, mut inside) = (0, false);
    for (i, (byte, _)) in text.char_indices().chain(std::iter::once((text.len(), ' '))).enumerate() {
        while bounds.peek() == Some(&i) {
            bounds.next();
            if byte > from {
                out.push((&text[from..byte], inside));
            }
            from = byte;
            inside = !inside;
        }
    }
    if from < text.len() {
        out.push((&text[from..], inside));
    }
    out
}

/// A piece of an article around its first hit, for a list of the articles that match.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippet {
    /// The words around the hit, with "…" where the article goes on.
    pub text: String,
    /// The hits inside `text`, as character spans of it.
    pub hits: Vec<[usize; 2]>,
}

/// About `around` characters of `text` either side of the first hit of `words`, cut at
/// spaces; `None` when nothing is hit. Without words, the text's first `2 × around`
/// characters.
pub fn snippet(text: &str, words: &[String], around: usize) -> Option<Snippet> {
    let chars: Vec<char> = text.trim_start().chars().take(2 * around + 1).collect();
    if words.is_empty() {
        return Some(cut(&chars, 0, chars.len().min(2 * around), &[]));
    }
    let all = hits(text, words);
    let first = *all.first()?;
    let chars: Vec<char> = text.chars().collect();
    let start = first[0].saturating_sub(around);
    let end = (first[1] + around).min(chars.len());
    Some(cut(&chars, start, end, &all))
}

/// The characters from `start` to `end`, moved inward to spaces where they cut the text,
/// with "…" there, and `hits` (spans of `chars`) inside them.
fn cut(chars: &[char], mut start: usize, mut end: usize, hits: &[[usize; 2]]) -> Snippet {
    let first = hits.first().copied().unwrap_or([start, start]);
    if start > 0 {
        start = (start..first[0]).find(|&i| chars[i - 1].is_whitespace()).unwrap_or(start);
    }
    if end < chars.len() {
        end = (first[1]..=end).rev().find(|&i| chars[i].is_whitespace()).unwrap_or(end);
    }
    let lead = usize::from(start > 0);
    let mut shown: String = if start > 0 { "\u{2026}".to_string() } else { String::new() };
    shown.extend(chars[start..end].iter().map(|&c| if c.is_whitespace() { ' ' } else { c }));
    if end < chars.len() {
        shown.push('\u{2026}');
    }
    let inside = hits.iter().filter(|h| h[0] >= start && h[1] <= end);
    let hits = inside.map(|h| [h[0] - start + lead, h[1] - start + lead]).collect();
    Snippet { text: shown, hits }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(query: &str) -> Vec<String> {
        search_words(query)
    }

    #[test]
    fn hits_ignore_case_and_accents_and_count_characters() {
        let text = "Erdoğan spoke to ERDOGAN's aides about Sanctions.";
        let found = hits(text, &words("erdogan SANCTIONS"));
        let shown: Vec<String> = found.iter().map(|h| text.chars().skip(h[0]).take(h[1] - h[0]).collect()).collect();
        assert_eq!(shown, ["Erdoğan", "ERDOGAN", "Sanctions"]);
    }

    #[test]
    fn overlapping_hits_are_one_and_no_words_hit_nothing() {
        assert_eq!(hits("aid package", &words("aid aid pack")), [[0, 3], [4, 8]]);
        assert_eq!(hits("sanctions and sanctions", &words("sanction sanctions")), [[0, 9], [14, 23]]);
        assert!(hits("anything", &words("  ")).is_empty());
    }

    #[test]
    fn an_article_mentions_a_search_when_it_holds_every_word() {
        assert!(mentions(["The stimulus passed; the Senate voted."], &words("senate STIMULUS")));
        assert!(!mentions(["The stimulus passed."], &words("stimulus senate")));
        assert!(mentions(["senate.txt", "", "The stimulus passed."], &words("stimulus senate")), "in any of the texts");
        assert!(mentions(["Anything."], &[]));
        let folded = searchable(["senate.txt", "", "Über the STIMULUS"]);
        assert!(holds_every(&folded, &words("stimulus senate uber")));
        assert!(!holds_every(&folded, &words("txtuber")), "no word across two texts");
        assert!(holds_every(&folded, &[]));
    }

    #[test]
    fn pieces_alternate_at_the_hits() {
        let text = "Über sanctions on Öl";
        let hit = hits(text, &words("sanctions öl"));
        assert_eq!(pieces(text, &hit), [("Über ", false), ("sanctions", true), (" on ", false), ("Öl", true)]);
        assert_eq!(pieces("plain", &[]), [("plain", false)]);
    }

    #[test]
    fn a_snippet_is_cut_at_spaces_around_the_first_hit_with_its_hits_inside() {
        let text = "The ministers met in Brussels on Monday.\nThey agreed new sanctions on coal and a second round of sanctions later.";
        let s = snippet(text, &words("sanctions"), 20).unwrap();
        assert!(s.text.starts_with('\u{2026}') && s.text.ends_with('\u{2026}'), "{}", s.text);
        assert!(!s.text.contains('\n'));
        let shown: Vec<String> = s.hits.iter().map(|h| s.text.chars().skip(h[0]).take(h[1] - h[0]).collect()).collect();
        assert_eq!(shown, ["sanctions"]);
        assert_eq!(snippet("Short text about aid.", &words("aid"), 50).unwrap().text, "Short text about aid.");
        assert!(snippet("Nothing here.", &words("aid"), 50).is_none());
        let opening = snippet("\nFirst words of a long article go on and on", &[], 10).unwrap();
        assert_eq!((opening.text.as_str(), opening.hits.len()), ("First words of a\u{2026}", 0));
    }
}
