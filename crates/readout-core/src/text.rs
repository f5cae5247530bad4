//! The shape of a document: paragraphs and sentences, as byte spans into its text.
//!
//! Every line is at least its own paragraph, so headlines without a full stop, bylines
//! and datelines never run into the next sentence. Inside a paragraph a sentence ends at
//! `.`, `!`, `?` or `…` followed by a space and a capital, digit or opening mark, unless
//! the word before is an abbreviation ("Gen.", "U.S."), an initial ("J.") or the stop
//! falls inside an open quotation ("We must act. Now," she said).

use crate::lexicon::abbreviations::ABBREVIATIONS;

/// A half-open byte range into the document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

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

/// The bytes a character [`split_sentences`] reacts to starts with: the ASCII marks and
/// stops, and the lead bytes of `«` `»` (C2) and `“` `”` `…` (E2).
const SENTENCE_BYTES: ByteSet<4> = ByteSet::new(*b"\".!?", b"\xC2\xE2");

/// A set of bytes to find in text: `N` ASCII bytes, compared eight bytes at a time, and
/// non-ASCII ones, looked up in a table wherever a non-ASCII byte turns up.
pub(crate) struct ByteSet<const N: usize> {
    /// Each ASCII byte repeated in every byte of a word.
    ascii: [u64; N],
    table: [bool; 256],
}

impl<const N: usize> ByteSet<N> {
    pub(crate) const fn new(ascii: [u8; N], high: &[u8]) -> ByteSet<N> {
        let mut set = ByteSet { ascii: [0; N], table: [false; 256] };
        let mut i = 0;
        while i < N {
            set.ascii[i] = ascii[i] as u64 * ONES;
            set.table[ascii[i] as usize] = true;
            i += 1;
        }
        let mut i = 0;
        while i < high.len() {
            set.table[high[i] as usize] = true;
            i += 1;
        }
        set
    }

    /// The offset of the first byte of `bytes` in the set.
    pub(crate) fn find(&self, bytes: &[u8]) -> Option<usize> {
        let (words, rest) = bytes.as_chunks::<8>();
        for (k, word) in words.iter().enumerate() {
            let x = u64::from_le_bytes(*word);
            // A non-ASCII byte, or a byte equal to one of the ASCII ones (a zero byte of
            // `x ^ b`), sends the word to the table.
            let mut hit = x & HIGH;
            for b in self.ascii {
                let y = x ^ b;
                hit |= y.wrapping_sub(ONES) & !y & HIGH;
            }
            if hit != 0 {
                if let Some(j) = word.iter().position(|&b| self.table[usize::from(b)]) {
                    return Some(8 * k + j);
                }
            }
        }
        let done = 8 * words.len();
        rest.iter().position(|&b| self.table[usize::from(b)]).map(|j| done + j)
    }
}

/// The byte 1 and the byte 0x80 in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

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

/// Converts byte offsets into character offsets, for offsets in records. Queries may
/// come in any order; each costs at most one step of 64 bytes.
pub struct CharOffsets {
    /// Characters before each 64-byte block start.
    blocks: Vec<usize>,
}

const BLOCK: usize = 64;

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(chars);
            chars += char_count(chunk);
        }
        blocks.push(chars);
        CharOffsets { blocks }
    }

    /// The character offset of byte offset `byte` (a char boundary of the same text).
    pub fn char_at(&self, text: &str, byte: usize) -> usize {
        let block = byte / BLOCK;
        let from = block * BLOCK;
        self.blocks[block] + char_count(&text.as_bytes()[from..byte])
    }
}

/// The characters that start in `bytes` (at most [`BLOCK`] of them): the bytes that are
/// no UTF-8 continuation byte (`10xxxxxx`), counted eight at a time.
fn char_count(bytes: &[u8]) -> usize {
    let (words, rest) = bytes.as_chunks::<8>();
    // One counter of continuation bytes per byte lane; at most BLOCK / 8 words each.
    let mut lanes = 0u64;
    for word in words {
        let x = u64::from_le_bytes(*word);
        lanes += (x & !(x << 1) & HIGH) >> 7;
    }
    let continuation = (lanes.wrapping_mul(ONES) >> 56) as usize;
    bytes.len() - continuation - rest.iter().filter(|&&b| (b as i8) < -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        Structure::new(text).sentences.iter().map(|s| &text[s.span.start..s.span.end]).collect()
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
        assert_eq!(sentences("We waited... and waited. Then… Silence."), ["We waited... and waited.", "Then…", "Silence."]);
    }

    #[test]
    fn quotations_keep_their_sentences_together() {
        assert_eq!(
            sentences("\u{201C}We must act. Now is the time,\u{201D} she said. Later she left."),
            ["\u{201C}We must act. Now is the time,\u{201D} she said.", "Later she left."]
        );
        assert_eq!(sentences("\"Stop. Go,\" he said. Done."), ["\"Stop. Go,\" he said.", "Done."]);
        assert_eq!(sentences("He said: \"It is over.\" Then he left."), ["He said: \"It is over.\"", "Then he left."]);
    }

    #[test]
    fn datelines_stay_with_their_sentence() {
        assert_eq!(sentences("KYIV, March 6 (Reuters) - The leaders spoke. More later."), [
            "KYIV, March 6 (Reuters) - The leaders spoke.",
            "More later."
        ]);
    }

    #[test]
    fn paragraphs_are_lines_with_text() {
        let text = "One.\n\n  Two. Three.\n";
        let s = Structure::new(text);
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.sentences.iter().map(|x| x.paragraph).collect::<Vec<_>>(), [0, 1, 1]);
        assert_eq!(s.sentence_at(text.find("Three").unwrap()), Some(2));
        assert_eq!(s.sentence_at(text.find("\n\n").unwrap()), None);
    }

    #[test]
    fn byte_sets_find_the_first_byte_of_the_set() {
        let text = "Plain words, then \u{E9}t\u{E9} and more words before \u{201C}a quote\u{201D}! Then... \"end\"";
        for from in 0..text.len() {
            let bytes = &text.as_bytes()[from..];
            let expected = bytes.iter().position(|b| matches!(b, b'"' | b'.' | b'!' | b'?' | 0xC2 | 0xE2));
            assert_eq!(SENTENCE_BYTES.find(bytes), expected, "from {from}");
        }
        assert_eq!(SENTENCE_BYTES.find(b"no stops here at all"), None);
    }

    #[test]
    fn char_offsets_count_characters_of_every_width() {
        let text = "a\u{E9}\u{20AC}\u{1F600} b".repeat(30);
        let offsets = CharOffsets::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(offsets.char_at(&text, byte), text[..byte].chars().count());
        }
    }

    #[test]
    fn char_offsets_count_characters() {
        let text = "Zelenskyy — Зеленський said €5. ".repeat(10);
        let offsets = CharOffsets::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(offsets.char_at(&text, byte), text[..byte].chars().count());
        }
    }
}
