//! The shape of a document: paragraphs and sentences, as byte spans into its text.
//!
//! Every line is at least its own paragraph, so headlines without a full stop, bylines
//! and datelines never run into the next sentence. Inside a paragraph a sentence ends at
//! `.`, `!`, `?` or `…` followed by a space and a capital, digit or opening mark, unless
//! the word before is an abbreviation ("Gen.", "U.S."), an initial ("J.") or the stop
//! falls inside an open quotation ("We must act. Now," she said).

use crate::lexicon::abbreviations::ABBREVIATIONS;

pub use crate::doc::{ByteSet, CharOffsets, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Structure::paragraphs`].
    pub paragraph: usize,
}

/// Paragraphs and sentences of one text, in order.
#[derive(Clone, Debug, Default)]
pub struct Structure {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
}

impl Structure {
    pub fn new(text: &str) -> Structure {
        // Room for news prose's paragraphs and sentences, so that they are rarely moved.
        let mut structure = Structure {
            paragraphs: Vec::with_capacity(text.len() / 256 + 1),
            sentences: Vec::with_capacity(text.len() / 96 + 1),
        };
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let span = trimmed(text, line_start, line_start + line.len());
            line_start += line.len();
            if span.start < span.end {
                let paragraph = structure.paragraphs.len();
                structure.paragraphs.push(span);
                split_sentences(text, span, paragraph, &mut structure.sentences);
            }
        }
        structure
    }

    /// The index of the sentence containing byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }
}

/// `start..end` without surrounding whitespace.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span { start, end: start };
    }
    Span { start: start + lead, end: end - trail }
}

const SENTENCE_BYTES: ByteSet<4> = ByteSet::new(*b"\".!?", b"\xC2\xE2");

fn split_sentences(text: &str, para: Span, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = &text[para.start..para.end];
    let mut start = 0;
    let mut open_quotes = 0i32;
    let mut straight_open = false;
    let mut i = 0;
    // Only the characters starting with a byte of SENTENCE_BYTES matter; the bytes
    // between are skipped unread.
    while let Some(k) = SENTENCE_BYTES.find(&s.as_bytes()[i..]) {
        i += k;
        let Some(c) = s[i..].chars().next() else { break };
        match c {
            '\u{201C}' | '\u{AB}' => open_quotes += 1,
            '\u{201D}' | '\u{BB}' => open_quotes = (open_quotes - 1).max(0),
            '"' => straight_open = !straight_open,
            '.' | '!' | '?' | '\u{2026}' => {
                // Take the whole run of terminators and closing marks: `?!`, `..."`, `.)`.
                let mut end = i + c.len_utf8();
                while let Some(d) = s[end..].chars().next() {
                    if matches!(d, '.' | '!' | '?' | '\u{2026}' | ')' | '\'' | '\u{2019}') {
                        end += d.len_utf8();
                    } else if matches!(d, '"' | '\u{201D}' | '\u{BB}') {
                        if d == '"' {
                            straight_open = false;
                        } else {
                            open_quotes = (open_quotes - 1).max(0);
                        }
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
                let closed_quote = end > i + c.len_utf8() && s[..end].ends_with(['"', '\u{201D}', '\u{BB}']);
                let inside_quote = (open_quotes > 0 || straight_open) && !closed_quote;
                if !inside_quote && starts_sentence(&s[end..]) && !(c == '.' && is_abbreviation(&s[start..i])) {
                    out.push(Sentence { span: Span { start: para.start + start, end: para.start + end }, paragraph });
                    start = end + (s.len() - end - s[end..].trim_start().len());
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += c.len_utf8();
    }
    if start < s.len() {
        out.push(Sentence { span: Span { start: para.start + start, end: para.end }, paragraph });
    }
}

/// After a sentence end: whitespace, then a capital, digit or opening mark.
fn starts_sentence(rest: &str) -> bool {
    let next = rest.trim_start();
    next.len() < rest.len()
        && next.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '\u{AB}' | '(' | '@' | '#' | '\u{2014}')
        })
}

/// Whether the word that ends `before` (just before a full stop) is an abbreviation, an
/// initial or a dotted acronym.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201C}').next().unwrap_or("");
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    let acronym = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    initial || acronym || ABBREVIATIONS.contains(&word)
}

