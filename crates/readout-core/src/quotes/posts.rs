use super::*;

/// Posts reproduced without marks and followed by their author line:
/// "Text of the post. — Name (@handle) March 6, 2022".
pub(super) fn posts(doc: &Doc) -> Vec<Raw> {
    let text = doc.text;
    let mut out = Vec::new();
    for (pi, &para) in doc.paragraphs.iter().enumerate() {
        let s = &text[para.start..para.end];
        let mut from = 0;
        // `find(char)` runs memchr: the paragraphs without a parenthesis are passed over.
        while let Some(k) = s[from..].find('(').map(|k| from + k) {
            from = k + 1;
            if !s[from..].starts_with('@') {
                continue;
            }
            from = k + 2;
            let look = (k.saturating_sub(80)..=k).find(|&i| s.is_char_boundary(i)).unwrap_or(k);
            let Some((dash, dash_len)) = author_dash(&s[look..k]).map(|(d, l)| (look + d, l)) else {
                continue;
            };
            let name = trim(text, Span { start: para.start + dash + dash_len, end: para.start + k });
            let name_words = text[name.start..name.end].split_whitespace().count();
            if name.start >= name.end || name_words > 6 || !dated_after(&s[k..]) {
                continue;
            }
            let body = if s[..dash].trim().is_empty() {
                match pi.checked_sub(1) {
                    Some(p) => doc.paragraphs[p],
                    None => continue,
                }
            } else {
                Span { start: para.start, end: para.start + dash }
            };
            let body = trim(text, strip_links(text, body));
            if word_count(doc, &[body], 1) > 0 {
                let handle_end = para.start + k + s[k..].find(')').map_or(0, |c| c + 1);
                let author = Span { start: name.start, end: handle_end };
                out.push(Raw { open: body.start, close: body.end, pieces: vec![body], kind: RawKind::Post { author } });
                break; // one post per author line's paragraph
            }
        }
    }
    out
}

/// The last dash in `s` that starts an author line, with its length in bytes.
pub(super) fn author_dash(s: &str) -> Option<(usize, usize)> {
    let mut best = None;
    for (i, c) in s.char_indices() {
        let dash = match c {
            '\u{2014}' | '\u{2013}' => Some(c.len_utf8()),
            '-' if s[i + 1..].starts_with('-') => Some(2),
            '-' if s[..i].ends_with(' ') && s[i + 1..].starts_with(' ') => Some(1),
            _ => None,
        };
        if let Some(len) = dash {
            best = Some((i, len));
        }
    }
    best
}

/// Whether "(@handle)" at the start of `s` is followed by a date ("March 6, 2022").
pub(super) fn dated_after(s: &str) -> bool {
    let Some(close) = s.find(')') else { return false };
    if close > 40 || s[..close].contains(char::is_whitespace) {
        return false;
    }
    let after = s[close + 1..].trim_start();
    let mut words = after.split_whitespace();
    match words.next() {
        Some(w) if w.starts_with(|c: char| c.is_ascii_digit()) => true,
        Some(w) if w.starts_with(char::is_uppercase) => {
            words.next().is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
        }
        _ => false,
    }
}

/// `span` without trailing links ("pic.twitter.com/…", "https://t.co/…").
pub(super) fn strip_links(text: &str, span: Span) -> Span {
    let mut end = span.end;
    loop {
        let s = text[span.start..end].trim_end();
        let last = s.rsplit(char::is_whitespace).next().unwrap_or("");
        if !last.is_empty()
            && (last.starts_with("http") || last.starts_with("pic.twitter.com") || last.starts_with("www."))
        {
            end = span.start + s.len() - last.len();
        } else {
            return Span { start: span.start, end: span.start + s.len() };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    #[test]
    fn embedded_posts_are_quotes_of_their_author() {
        let same_line = "Good call with the mayor about the floods today. \u{2014} Lena Park (@lenapark) May 3, 2023";
        assert_eq!(
            said(same_line),
            [one("Good call with the mayor about the floods today.", Some("Lena Park"), Some("posted"))]
        );
        let own_line = "Good call with the mayor about the floods today. pic.twitter.com/abc123\n\u{2014} Lena Park (@lenapark) May 3, 2023";
        assert_eq!(texts(own_line), ["Good call with the mayor about the floods today."]);
        assert!(texts("Email the desk \u{2014} Newsroom (@desk) for tips.").is_empty());
    }
}
