//! Quotations and whose words they are.
//!
//! **Marks.** Every quotation mark of a paragraph is classed from its glyph and its
//! neighbours as able to open, close, or neither (an apostrophe: "don't", "Kyiv's",
//! "'90s", "rock 'n' roll"). Openers pair with closers of the same family (double,
//! single, guillemets, corner brackets); quotes of another family, or nested deeper in the
//! same one, stay inside the outer quote. A quotation still open at the end of its
//! paragraph goes on when the next paragraph reopens with the same mark (one quote over
//! several paragraphs, joined by "\n"); otherwise it ends with its paragraph (double marks)
//! or was no quotation (single marks, whose stray ones are apostrophes). Nothing crosses a
//! paragraph any other way. A closing mark with no opener that ends a paragraph's first
//! clause before an attribution (`The steps were illegal,' he said.`) quotes from the
//! paragraph start. An embedded post, text followed by its author line ("— Name (@handle)
//! March 6, 2022"), is a quotation too.
//!
//! **Filter.** Dropped: fragments of one or two words; names and labels (`so-called "…"`,
//! `what he calls a "…"`, `dubbed "…"`, a Title Case phrase with no clause word and no cue
//! right beside it); short quoted phrases (six words or fewer) inside an English sentence
//! that has no speech cue (scare quotes: a fight for a 'better deal'). The same words
//! twice (a headline and its body) are one quote.
//!
//! **Attribution.** A cue whose speaker phrase starts right after the quote (`"…," the
//! minister said`, `"…," said Smith`, `"…," Lavrov, 72, said`, `"…," according to the
//! ministry`); else the nearest cue before it in its sentence (`Smith said: "…"`, `He told
//! reporters that "…"`, `according to X — "…"`); else a cue further on in the sentence
//! (`"…" without delay,' he said`); else a colon introduction (`Zelenskyy on Telegram:
//! "…"`). A quote without a cue that stands alone takes the speaker of the quote just
//! before it; otherwise the person its sentence names, else the speaker or person of the
//! previous sentence, else of the next. Speaker phrases resolve through the Cast (names,
//! titles, pronouns) to the fullest name, else stand as written ("a source in the
//! palace"); a document ("a statement from the White House said", "the statement said")
//! stands for its issuer.
//!
//! `start`..`end` of a record cover the quoted words inside the marks, from the first
//! paragraph's to the last's; for a post, the post's text.

mod attribution;
mod judge;
mod posts;
mod speaker;
mod words;

use attribution::*;
use posts::*;
use words::*;

use crate::lexicon::cues::{
    AMBIGUOUS_CUES, AUXILIARIES, CLAUSE_BOUNDARIES, CLAUSE_WORDS, CUE_TAILS, CUE_VERBS, DOCUMENT_NOUNS, ENGLISH_WORDS,
    INVERTING_CUES, LABEL_FILLERS, LABEL_INTRODUCERS, PASSIVE_CUES, PLATFORMS, PREPOSITIONS, PRONOUNS, SOURCE_CUES,
    TITLE_SMALL_WORDS,
};
use std::cmp::Ordering;
use std::collections::HashMap;

use crate::cast::{Cast, EntityKind, Mention, MentionKind};
use crate::doc::{trim, Doc, Kind, Span};
use crate::record::Quote;

/// Every quote of the Doc with its speaker and cue (its offsets in bytes), each with the
/// bytes its speaker was read from: the speaker phrase of its cue ("the minister"), the
/// name or pronoun its sentence or a neighbour names, the post's author line, or for a
/// quote that continues the one before it, that quote's. `None` when it has no speaker.
pub(crate) fn find_quotes(doc: &Doc, cast: &Cast) -> Vec<(Quote, Option<Span>)> {
    let text = doc.text;
    let mut raws: Vec<Raw> = doc
        .quotations
        .iter()
        .map(|q| Raw {
            open: q.open,
            close: q.close,
            pieces: q.pieces.clone(),
            kind: if q.orphan { RawKind::Orphan } else { RawKind::Marked },
        })
        .collect();
    let posts = posts(doc);
    raws.retain(|r| {
        let i = posts.partition_point(|p| p.open < r.close);
        !(i > 0 && posts[i - 1].close > r.open)
    });
    raws.extend(posts);
    crate::order::sort_by_key(&mut raws, |r| r.open);
    let ctx = Context { text, doc, lex: &LEXICON, cast, raws: &raws };

    let mut quotes: Vec<Quote> = Vec::new();
    let mut speakers: Vec<Option<Span>> = Vec::new();
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut last: Option<Said> = None;
    for raw in &raws {
        let Some(found) = ctx.judge(raw, last.as_ref()) else { continue };
        if found.speaker.is_some() {
            last = Some(Said {
                speaker: found.speaker.clone(),
                at: found.speaker_at,
                paragraph: ctx.paragraph_of(raw.close.saturating_sub(1)),
            });
        }
        let key = word_key(&found.text);
        if let Some(&k) = keys.get(&key) {
            if quotes[k].speaker.is_none() && found.speaker.is_some() {
                quotes[k].speaker = found.speaker;
                quotes[k].cue = found.cue;
                speakers[k] = found.speaker_at;
            }
            continue;
        }
        keys.insert(key, quotes.len());
        speakers.push(found.speaker_at.filter(|_| found.speaker.is_some()));
        let first = raw.pieces.first().map_or(raw.open, |p| p.start);
        let end = raw.pieces.last().map_or(raw.close, |p| p.end);
        quotes.push(Quote { text: found.text, speaker: found.speaker, cue: found.cue, start: first, end });
    }
    quotes.into_iter().zip(speakers).collect()
}

/// A quotation found in the text, before it is judged.
#[derive(Clone, Debug, PartialEq)]
struct Raw {
    /// Byte of the opening mark (the paragraph start for a quote whose opener is missing,
    /// the post's start for a post).
    open: usize,
    /// Byte after the closing mark, or after the last piece when it never closes.
    close: usize,
    /// The quoted words of each paragraph, without marks or surrounding spaces.
    pieces: Vec<Span>,
    kind: RawKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RawKind {
    Marked,
    /// A closing mark with no opener: kept only if an attribution follows it.
    Orphan,
    /// An embedded post, and its author line's name and handle ("Name (@handle)").
    Post {
        author: Span,
    },
}

/// A judged quotation.
struct Found {
    text: String,
    speaker: Option<String>,
    /// The words the speaker was read from (bytes).
    speaker_at: Option<Span>,
    cue: Option<String>,
}

/// The speaker of the latest attributed quote.
struct Said {
    speaker: Option<String>,
    /// The words that speaker was read from (bytes).
    at: Option<Span>,
    paragraph: usize,
}

struct Context<'a> {
    text: &'a str,
    doc: &'a Doc<'a>,
    lex: &'static Lexicon,
    cast: &'a Cast,
    /// Every quotation, sorted by `open`.
    raws: &'a [Raw],
}

/// How far attribution looks around a quotation, in bytes.
const WINDOW: usize = 400;

impl Context<'_> {
    fn paragraph_of(&self, at: usize) -> usize {
        self.doc.paragraph_of(at)
    }

    fn sentence_span(&self, at: usize) -> Span {
        match self.doc.sentence_at(at) {
            Some(i) => self.doc.sentences[i].span,
            None => {
                let p = self.paragraph_of(at);
                self.doc.paragraphs.get(p).copied().unwrap_or(Span { start: at, end: at })
            }
        }
    }

    /// The words of `from..to` outside every quotation.
    fn words_outside(&self, from: usize, to: usize) -> Vec<Word> {
        let first = self.raws.partition_point(|r| r.close <= from);
        let inside = |w: &Word| {
            self.raws[first..].iter().take_while(|r| r.open < to).any(|r| r.open <= w.start && w.start < r.close)
        };
        let mut ws = words(self.doc, from, to);
        ws.retain(|w| !inside(w));
        ws
    }

    fn floor(&self, at: usize) -> usize {
        (0..=at).rev().find(|&i| self.text.is_char_boundary(i)).unwrap_or(0)
    }

    fn ceil(&self, at: usize) -> usize {
        (at.min(self.text.len())..=self.text.len()).find(|&i| self.text.is_char_boundary(i)).unwrap_or(self.text.len())
    }
}

#[cfg(test)]
pub(super) mod test_util {
    use super::*;

    pub(super) fn quotes(text: &str) -> Vec<Quote> {
        crate::analyze_text(text.to_string(), None, crate::Record::default()).record.quotes
    }

    pub(super) fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.text).collect()
    }

    /// (text, speaker, cue) of every quote.
    pub(super) fn said(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        quotes(text).into_iter().map(|q| (q.text, q.speaker, q.cue)).collect()
    }

    pub(super) fn one(
        text: &str,
        speaker: Option<&str>,
        cue: Option<&str>,
    ) -> (String, Option<String>, Option<String>) {
        (text.to_string(), speaker.map(str::to_string), cue.map(str::to_string))
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;

    #[test]
    fn double_marks_of_every_kind() {
        assert_eq!(texts("\"The bridge will reopen soon,\" the engineer said."), ["The bridge will reopen soon,"]);
        assert_eq!(
            texts("\u{201C}The bridge will reopen soon,\u{201D} the engineer said."),
            ["The bridge will reopen soon,"]
        );
        assert_eq!(
            texts("The engineer said: \u{AB}The bridge will reopen soon\u{BB}."),
            ["The bridge will reopen soon"]
        );
        assert_eq!(
            texts("Die Ingenieurin sagte: \u{201E}Die Br\u{FC}cke wird bald wieder ge\u{F6}ffnet.\u{201C}"),
            ["Die Br\u{FC}cke wird bald wieder ge\u{F6}ffnet."]
        );
        // Mixed straight and curly marks close each other.
        assert_eq!(
            texts("\"Trains run again,\u{201D} she said. \u{201C}Buses will follow next week.\" Then she left."),
            ["Trains run again,", "Buses will follow next week."]
        );
    }

    #[test]
    fn single_marks_are_told_from_apostrophes() {
        let text = "'We can't wait, and the farmers' patience is gone,' Ann Cole said. She grew up in the '80s with rock 'n' roll.";
        assert_eq!(texts(text), ["We can't wait, and the farmers' patience is gone,"]);
        assert_eq!(
            texts("\u{2018}Kyiv\u{2019}s mayor will not resign,\u{2019} his office said."),
            ["Kyiv\u{2019}s mayor will not resign,"]
        );
        assert!(texts("The ministers' talks ended. Don't expect the '90s back, its rivals' aides say.").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(
            texts("\"He looked at me and said 'never again' before he left the room,\" she recalled."),
            ["He looked at me and said 'never again' before he left the room,"]
        );
        assert_eq!(
            texts("'Everyone asked me: \"will you run again?\" and I said no,' the senator said."),
            ["Everyone asked me: \"will you run again?\" and I said no,"]
        );
    }

    #[test]
    fn a_quotation_over_several_paragraphs_is_one_quote() {
        let text = "The minister spoke for an hour.\n\n\"Our first task is to keep the lights on.\n\n\"The second is to pay the \
                    teachers on time.\n\n\"The third is to rebuild the schools,\" she said.\n\nThe session ended.";
        assert_eq!(texts(text), [
            "Our first task is to keep the lights on.\nThe second is to pay the teachers on time.\nThe third is to rebuild the schools,"
        ]);
        let british = "'We will not stop.\n\n'We will not give up any ground at all.'";
        assert_eq!(texts(british), ["We will not stop.\nWe will not give up any ground at all."]);
    }

    #[test]
    fn stray_marks_stay_in_their_paragraph() {
        let text = "She said \"the reform will be announced in June.\n\nLater that month the council met.\n\n\"Nothing has changed,\" a resident said.";
        assert_eq!(texts(text), ["the reform will be announced in June.", "Nothing has changed,"]);
        assert!(texts("It's the region's 'best year since the '90s.\n\nIt's over.").is_empty());
    }

    #[test]
    fn a_lost_opening_mark_still_gives_the_quote() {
        assert_eq!(
            said("The bridge will be rebuilt by winter,' Lena Park said."),
            [one("The bridge will be rebuilt by winter,", Some("Lena Park"), Some("said"))]
        );
        assert!(texts("It ended well,' he thought about the old farmers' days.").is_empty());
    }

    #[test]
    fn a_misplaced_closing_mark_ends_the_quote() {
        assert_eq!(
            said("\"We reviewed every contract in detail, \"Lena Park said in a tweet."),
            [one("We reviewed every contract in detail,", Some("Lena Park"), Some("said in a tweet"))]
        );
    }

    #[test]
    fn offsets_cover_the_words_inside_the_marks_in_characters() {
        let text = "Caf\u{E9} owner \u{201C}We reopen on Monday morning\u{201D} said Ana.";
        let q = &quotes(text)[0];
        let inner: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(inner, "We reopen on Monday morning");
    }

    #[test]
    fn odd_input_never_panics() {
        let pieces = [
            "\"",
            "'",
            "\u{201C}",
            "\u{201D}",
            "\u{2018}",
            "\u{2019}",
            "\u{AB}",
            "\u{BB}",
            "\u{201E}",
            "\u{300C}",
            "''",
            "``",
            " ",
            "\n",
            "\n\n",
            "said",
            "he",
            ",",
            ".",
            ":",
            "\u{2014}",
            "(@x)",
            "May 3, 2023",
            "\u{416}\u{436}",
            "\u{1F600}",
            "Lena Park",
            "according to",
            "the statement",
            "so-called",
            "a",
            "-",
            "President Omar Said's",
            "'s aide",
            "who",
            "and",
            "the prime minister",
            "quoted",
            "as saying",
            "told reporters",
        ];
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            for q in quotes(&text) {
                assert!(q.start <= q.end && q.end <= text.chars().count());
            }
        }
    }

    #[test]
    fn long_texts_take_linear_time() {
        let paragraph = "\"We will rebuild every school and every clinic in this region,\" Lena Park said. \
                         'It's the farmers' year,' she added, \"and the \u{2018}best\u{2019} one.\"\n\n";
        let text = paragraph.repeat(600);
        let started = std::time::Instant::now();
        assert_eq!(quotes(&text).len(), 3);
        assert!(started.elapsed().as_secs() < 20);
    }
}
