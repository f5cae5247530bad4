//! Paragraphs and sentences.
//!
//! Every line is at least its own paragraph, so headlines without a full stop, bylines
//! and datelines never run into the next sentence. Inside a paragraph a sentence ends at
//! `.`, `!`, `?` or `…` followed by a space and a capital, digit or opening mark, unless
//! the word before is an abbreviation ("Gen.", "U.S."), an initial ("J.") or the stop
//! falls inside a quotation that goes on after it ("We must act. Now," she said).

use crate::lexicon::abbreviations::ABBREVIATIONS;

use super::{ByteSet, Span};

/// The non-empty lines of `text`, trimmed.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 256 + 1);
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let span = super::trim(text, Span { start: line_start, end: line_start + line.len() });
        line_start += line.len();
        if span.start < span.end {
            out.push(span);
        }
    }
    out
}

/// The bytes a character [`split`] reacts to starts with: the stops, and the lead byte of
/// `…` (E2).
const STOP_BYTES: ByteSet<3> = ByteSet::new(*b".!?", b"\xE2");

/// The sentences of paragraph `para`, given the spans its quotations cover (from their
/// opening mark to after their closing mark, or to the paragraph's end), in order and
/// apart.
pub(crate) fn split(text: &str, para: Span, quoted: &[Span], out: &mut Vec<Span>) {
    let s = &text[para.start..para.end];
    let mut start = 0;
    let mut i = 0;
    // Only the characters starting with a byte of STOP_BYTES matter.
    while let Some(k) = STOP_BYTES.find(&s.as_bytes()[i..]) {
        i += k;
        let c = super::token::char_at(s, i);
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            i += c.len_utf8();
            continue;
        }
        // Take the whole run of terminators and closing marks: `?!`, `..."`, `.)`.
        let mut end = i + c.len_utf8();
        while let Some(d) = s[end..].chars().next() {
            if matches!(d, '.' | '!' | '?' | '\u{2026}' | ')' | '\'' | '\u{2019}' | '"' | '\u{201D}' | '\u{BB}') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        let (at, after) = (para.start + i, para.start + end);
        // The spans are in order and apart: only the last one starting before the stop
        // can hold it.
        let k = quoted.partition_point(|q| q.start < at);
        let inside_quote = k > 0 && after < quoted[k - 1].end;
        if !inside_quote && starts_sentence(&s[end..]) && !(c == '.' && is_abbreviation(&s[start..i])) {
            out.push(Span { start: para.start + start, end: para.start + end });
            start = end + (s.len() - end - s[end..].trim_start().len());
        }
        i = end;
    }
    if start < s.len() {
        out.push(Span { start: para.start + start, end: para.end });
    }
}

/// After a sentence end: whitespace, then a capital, digit or opening mark.
fn starts_sentence(rest: &str) -> bool {
    let next = rest.trim_start();
    next.len() < rest.len()
        && next.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '\u{AB}' | '(' | '@' | '#' | '\u{2014}')
        })
}

/// Whether the word that ends `before` (just before a full stop) is an abbreviation, an
/// initial or a dotted acronym.
fn is_abbreviation(before: &str) -> bool {
    let word =
        before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201C}').next().unwrap_or("");
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    let acronym =
        word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    initial || acronym || ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use crate::doc::Doc;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Doc::new(text, None);
        doc.sentences.iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn headlines_and_bylines_are_their_own_sentences() {
        assert_eq!(
            sentences("Leaders talk by phone\nBy Jane Roe\n\nThe two spoke on Monday. They agreed."),
            ["Leaders talk by phone", "By Jane Roe", "The two spoke on Monday.", "They agreed."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Gen. Mark Lee met U.S. envoy Antony J. Blinken at No. 10 Downing St. on Monday. He left."),
            ["Gen. Mark Lee met U.S. envoy Antony J. Blinken at No. 10 Downing St. on Monday.", "He left."]
        );
    }

    #[test]
    fn a_number_before_a_full_stop_ends_the_sentence() {
        assert_eq!(sentences("Growth was 2.5. Then it fell."), ["Growth was 2.5.", "Then it fell."]);
    }

    #[test]
    fn ellipses_end_a_sentence_only_before_a_capital() {
        assert_eq!(
            sentences("We waited... and waited. Then… Silence."),
            ["We waited... and waited.", "Then…", "Silence."]
        );
    }

    #[test]
    fn quotations_keep_their_sentences_together() {
        assert_eq!(
            sentences("\u{201C}We must act. Now is the time,\u{201D} she said. Later she left."),
            ["\u{201C}We must act. Now is the time,\u{201D} she said.", "Later she left."]
        );
        assert_eq!(sentences("\"Stop. Go,\" he said. Done."), ["\"Stop. Go,\" he said.", "Done."]);
        assert_eq!(sentences("He said: \"It is over.\" Then he left."), ["He said: \"It is over.\"", "Then he left."]);
        assert_eq!(
            sentences("\u{2018}We must act. Now,\u{2019} she said. Then she left."),
            ["\u{2018}We must act. Now,\u{2019} she said.", "Then she left."]
        );
    }

    #[test]
    fn datelines_stay_with_their_sentence() {
        assert_eq!(
            sentences("KYIV, March 6 (Reuters) - The leaders spoke. More later."),
            ["KYIV, March 6 (Reuters) - The leaders spoke.", "More later."]
        );
    }

    #[test]
    fn paragraphs_are_lines_with_text() {
        let text = "One.\n\n  Two. Three.\n";
        let doc = Doc::new(text, None);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentences.iter().map(|x| x.paragraph).collect::<Vec<_>>(), [0, 1, 1]);
        assert_eq!(doc.sentence_at(text.find("Three").unwrap()), Some(2));
        assert_eq!(doc.sentence_at(text.find("\n\n").unwrap()), None);
    }
}
