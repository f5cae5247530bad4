//! The Doc: one document's text read once, for every stage.
//!
//! [`Doc::new`] splits the text into paragraphs (lines), finds its quotations, splits the
//! paragraphs into sentences, and cuts each sentence into tokens with their flags and
//! word classes ([`token`]). Every stage reads these: none keeps a tokenizer, a sentence
//! splitter or a quotation finder of its own. Offsets are bytes of the text here; they
//! become characters once, where the record is built ([`CharOffsets`]).

pub(crate) mod quotations;
pub(crate) mod sentences;
pub(crate) mod token;

use std::cell::OnceCell;
use std::ops::Range;

use crate::dates::{find_dates_in, DateMention, NaiveDate};
use crate::lexicon::classes::Classes;
use crate::lexicon::people::TITLE_CASE_SMALL;

pub(crate) use quotations::Quotation;
pub(crate) use token::{Kind, Token};

/// A half-open byte range into the document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
}

/// `span` without surrounding whitespace (empty at its start when it is all whitespace).
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    if lead == s.len() {
        return Span { start: span.start, end: span.start };
    }
    Span { start: span.start + lead, end: span.end - (s.len() - s.trim_end().len()) }
}

/// One sentence: where it lies, its tokens and what its words are.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    pub span: Span,
    /// Index into [`Doc::paragraphs`].
    pub paragraph: usize,
    /// Indices into [`Doc::tokens`].
    pub tokens: Range<usize>,
    /// The classes of all its words together: a stage passes over a sentence that has
    /// none of the classes it needs.
    pub classes: Classes,
    /// Written in title case, as headlines are ("Leaders Talk by Phone"): capitals say
    /// nothing about names there.
    pub title_case: bool,
}

/// A document read once: its paragraphs, sentences, tokens and quotations.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub published: Option<NaiveDate>,
    /// Every token, in text order; each sentence holds a range of them.
    pub tokens: Vec<Token>,
    /// The lines with text, trimmed.
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    /// Every quotation set in marks, in text order.
    pub quotations: Vec<Quotation>,
    /// The date expressions of each sentence, read when first asked for.
    dates: Vec<OnceCell<Vec<DateMention>>>,
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str, published: Option<NaiveDate>) -> Doc<'t> {
        let paragraphs = sentences::paragraphs(text);
        let quotations = quotations::find(text, &paragraphs);
        let quoted = quoted_by_paragraph(&paragraphs, &quotations);
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut sentences = Vec::with_capacity(text.len() / 96 + 1);
        let mut spans = Vec::new();
        for (p, &para) in paragraphs.iter().enumerate() {
            spans.clear();
            sentences::split(text, para, &quoted[p], &mut spans);
            for &span in &spans {
                let first = tokens.len();
                token::tokenize(text, span, &mut tokens);
                let words = &tokens[first..];
                let classes = words.iter().fold(Classes::NONE, |all, t| all | t.classes);
                let title_case = title_case(text, words);
                sentences.push(Sentence { span, paragraph: p, tokens: first..tokens.len(), classes, title_case });
            }
        }
        mark_quoted(&mut tokens, &quotations);
        let dates = vec![OnceCell::new(); sentences.len()];
        Doc { text, published, tokens, paragraphs, sentences, quotations, dates }
    }

    /// The date expressions of sentence `i`, resolved against the publication date: read
    /// on first use, as most sentences never need theirs.
    pub fn dates(&self, i: usize) -> &[DateMention] {
        match (self.dates.get(i), self.sentences.get(i)) {
            (Some(cell), Some(s)) => cell.get_or_init(|| find_dates_in(self, s.span, self.published)),
            _ => &[],
        }
    }

    /// The index of the sentence containing byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// The index of the paragraph containing byte `at`, or of the first one after it.
    pub fn paragraph_of(&self, at: usize) -> usize {
        self.paragraphs.partition_point(|p| p.end <= at)
    }

    /// The tokens that lie within `span`, as a range of indices.
    pub fn tokens_in(&self, span: Span) -> Range<usize> {
        let from = self.tokens.partition_point(|t| t.start < span.start);
        let to = self.tokens.partition_point(|t| t.end <= span.end).max(from);
        from..to
    }
}

/// For each paragraph, the spans its (non-orphan) quotations cover: from the opening mark
/// (or the paragraph's start, for a quotation going on from the one before) to after the
/// closing mark (or past the paragraph's end, for one going on to the next).
fn quoted_by_paragraph(paragraphs: &[Span], quotations: &[Quotation]) -> Vec<Vec<Span>> {
    let mut out = vec![Vec::new(); paragraphs.len()];
    for q in quotations.iter().filter(|q| !q.orphan) {
        let last = q.pieces.len().saturating_sub(1);
        for (k, piece) in q.pieces.iter().enumerate() {
            let p = paragraphs.partition_point(|p| p.end < piece.end.max(piece.start + 1));
            let Some(para) = paragraphs.get(p) else { continue };
            let start = if k == 0 { q.open } else { para.start };
            let end = if k == last { q.close } else { para.end + 1 };
            out[p].push(Span { start, end });
        }
    }
    out
}

/// Flags the tokens inside a quotation's pieces as [`token::QUOTED`].
fn mark_quoted(tokens: &mut [Token], quotations: &[Quotation]) {
    for piece in quotations.iter().filter(|q| !q.orphan).flat_map(|q| &q.pieces) {
        let from = tokens.partition_point(|t| t.start < piece.start);
        for t in tokens[from..].iter_mut().take_while(|t| t.start < piece.end) {
            t.flags |= token::QUOTED;
        }
    }
}

/// Whether a sentence's words are in title case: no word of three letters or more is in
/// lower case but the small words titles keep small, and at least four words of four
/// letters or more are capitalised.
fn title_case(text: &str, words: &[Token]) -> bool {
    let word = |t: &Token| &text[t.start..t.end];
    let lower_word = words.iter().any(|t| {
        t.kind != Kind::Mark
            && !t.is(token::CAPITALISED)
            && word(t).len() >= 3
            && word(t).starts_with(char::is_alphabetic)
            && !TITLE_CASE_SMALL.contains(word(t))
    });
    let capitalised =
        words.iter().filter(|t| t.kind == Kind::Word && t.is(token::CAPITALISED) && word(t).len() >= 4).count();
    !lower_word && capitalised >= 4
}

/// A set of bytes to find in text: `N` ASCII bytes, compared eight bytes at a time, and
/// non-ASCII ones, looked up in a table wherever a non-ASCII byte turns up.
pub struct ByteSet<const N: usize> {
    /// Each ASCII byte repeated in every byte of a word.
    ascii: [u64; N],
    table: [bool; 256],
}

impl<const N: usize> ByteSet<N> {
    pub const fn new(ascii: [u8; N], high: &[u8]) -> ByteSet<N> {
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
    pub fn find(&self, bytes: &[u8]) -> Option<usize> {
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

    fn word<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
        &doc.text[doc.tokens[i].start..doc.tokens[i].end]
    }
    use crate::lexicon::classes::Class;

    #[test]
    fn sentences_hold_their_tokens_and_classes() {
        let text = "Biden spoke with Xi.\nLeaders Talk About Trade Deals Today";
        let doc = Doc::new(text, None);
        assert_eq!(doc.sentences.len(), 2);
        let first = &doc.sentences[0];
        let words: Vec<&str> = first.tokens.clone().map(|i| word(&doc, i)).collect();
        assert_eq!(words, ["Biden", "spoke", "with", "Xi", "."]);
        assert!(first.classes.has(Class::SPEAK_VERBS) && !first.title_case);
        assert!(doc.sentences[1].title_case);
        assert_eq!(doc.tokens_in(Span::new(6, 16)), 1..3);
    }

    #[test]
    fn tokens_inside_quotations_are_flagged() {
        let text = "He said: \u{201C}We talked by phone.\u{201D} Then he left.";
        let doc = Doc::new(text, None);
        let quoted: Vec<&str> =
            (0..doc.tokens.len()).filter(|&i| doc.tokens[i].is(token::QUOTED)).map(|i| word(&doc, i)).collect();
        assert_eq!(quoted, ["We", "talked", "by", "phone", "."]);
        assert_eq!(doc.quotations.len(), 1);
    }

    #[test]
    fn byte_sets_find_the_first_byte_of_the_set() {
        const SET: ByteSet<4> = ByteSet::new(*b"\".!?", b"\xC2\xE2");
        let text = "Plain words, then \u{E9}t\u{E9} and more words before \u{201C}a quote\u{201D}! Then... \"end\"";
        for from in 0..text.len() {
            let bytes = &text.as_bytes()[from..];
            let expected = bytes.iter().position(|b| matches!(b, b'"' | b'.' | b'!' | b'?' | 0xC2 | 0xE2));
            assert_eq!(SET.find(bytes), expected, "from {from}");
        }
        assert_eq!(SET.find(b"no stops here at all"), None);
    }

    #[test]
    fn char_offsets_count_characters_of_every_width() {
        let text = "a\u{E9}\u{20AC}\u{1F600} b Зеленський".repeat(30);
        let offsets = CharOffsets::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(offsets.char_at(&text, byte), text[..byte].chars().count());
        }
    }
}
