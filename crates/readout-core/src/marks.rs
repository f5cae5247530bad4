//! Where each extraction stands in its text, so that a reader can see it there.
//!
//! A [`Mark`] is a span of [`crate::Analysis::text`] (in characters, like every offset of
//! the record) with what was read from it: a call's evidence, a quote's words, the words
//! its speaker was read from, an amount as written, or a date expression. Marks are made
//! from what the extractors already found during the one analysis (`assemble`); they are
//! not part of the record of `shared/spec/EXTRACTION.md` (the CLI's JSON is unchanged).
//!
//! The dates marked are those the analysis reads: every date expression of a sentence
//! that reports a call, and the words each call's date came from (which may stand in an
//! earlier sentence or a post's author line). Dates elsewhere are not read at all: a
//! date pass over the whole text would cost a third more analysis time.

use serde::{Deserialize, Serialize};

use crate::lexicon::cues::PRONOUNS as CUE_PRONOUNS;
use crate::lexicon::people::PRONOUNS;

/// What a [`Mark`] shows.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum MarkKind {
    /// The sentence(s) reporting a call; `record` indexes `Record::calls`.
    Call,
    /// A quote's words; `record` indexes `Record::quotes`.
    Quote,
    /// The words a quote's speaker was read from; `record` indexes `Record::quotes`.
    Speaker,
    /// An amount as written; `record` indexes `Record::amounts`.
    Amount,
    /// A date expression; `record` indexes `Record::calls` when it dates a call.
    Date,
}

/// One extraction's place in the text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Mark {
    pub kind: MarkKind,
    /// Character offsets into the analyzed text, end exclusive; `start < end`.
    pub start: usize,
    pub end: usize,
    /// The index of the record this mark shows, in the list its kind names.
    pub record: Option<usize>,
    /// For a date: the day it means (`YYYY-MM-DD`, or `--MM-DD` without a year), when the
    /// text fixes one.
    pub date: Option<String>,
}

/// Sorts marks by start, longer marks first where two start together (so that a mark
/// contains the ones after it that it overlaps), then by kind.
pub fn sort(marks: &mut [Mark]) {
    crate::order::sort_by(marks, |a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.kind.cmp(&b.kind)));
}

/// The marks a record alone gives, for a record read back without its analysis (the
/// page's JSON export dropped again): each call's evidence, each quote's words and each
/// amount as written, where they fall inside a text of `chars` characters. Speakers and
/// dates are not in the record, so they are not marked.
pub fn of_record(record: &crate::Record, chars: usize) -> Vec<Mark> {
    let mark = |kind, [start, end]: [usize; 2], record| {
        (start < end && end <= chars).then_some(Mark { kind, start, end, record: Some(record), date: None })
    };
    let calls = record.calls.iter().enumerate().filter_map(|(i, c)| mark(MarkKind::Call, c.evidence, i));
    let quotes = record.quotes.iter().enumerate().filter_map(|(i, q)| mark(MarkKind::Quote, [q.start, q.end], i));
    let amounts = record.amounts.iter().enumerate().filter_map(|(i, a)| mark(MarkKind::Amount, [a.start, a.end], i));
    let mut marks: Vec<Mark> = calls.chain(quotes).chain(amounts).collect();
    sort(&mut marks);
    marks
}

/// The pronoun a quote's speaker was read through ("…," she said), when the words
/// marked as quote `quote`'s speaker are one: the attribution rests on whom the pronoun
/// was taken to mean.
pub fn speaker_pronoun(analysis: &crate::Analysis, quote: usize) -> Option<String> {
    let mark = analysis.marks.iter().find(|m| m.kind == MarkKind::Speaker && m.record == Some(quote))?;
    let words: String = analysis.text.chars().skip(mark.start).take(mark.end - mark.start).collect();
    let lower = words.to_lowercase();
    let pronoun = PRONOUNS.contains(&lower) || CUE_PRONOUNS.contains(&lower.as_str());
    pronoun.then_some(words)
}

/// A part of a span after splitting at the spans it crosses, with the parts inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The index of the span (in the list given to [`nest`]) this is part of.
    pub span: usize,
    pub start: usize,
    pub end: usize,
    /// Whether this is the span's first part.
    pub first: bool,
    /// The parts inside this one, in order, not overlapping.
    pub children: Vec<Piece>,
}

/// Nests spans (`[start, end]`, any order) for display as elements inside elements: a
/// span inside another becomes its child; a span crossing the end of another is split
/// there, its rest continuing as a later piece. Earlier and longer spans enclose the
/// ones they overlap; of equal spans, the one listed first. Empty spans are left out.
/// Returns the outermost pieces in text order.
pub fn nest(spans: &[[usize; 2]]) -> Vec<Piece> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    // (start, longest first, listed first, end, first piece)
    let mut queue: BinaryHeap<Reverse<(usize, Reverse<usize>, usize, usize, bool)>> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s[0] < s[1])
        .map(|(i, s)| Reverse((s[0], Reverse(s[1]), i, s[1], true)))
        .collect();
    let mut roots: Vec<Piece> = Vec::new();
    let mut open: Vec<Piece> = Vec::new();
    let close = |open: &mut Vec<Piece>, roots: &mut Vec<Piece>| {
        if let Some(piece) = open.pop() {
            match open.last_mut() {
                Some(parent) => parent.children.push(piece),
                None => roots.push(piece),
            }
        }
    };
    while let Some(Reverse((start, _, span, end, first))) = queue.pop() {
        while open.last().is_some_and(|p| p.end <= start) {
            close(&mut open, &mut roots);
        }
        let end = match open.last() {
            Some(parent) if parent.end < end => {
                queue.push(Reverse((parent.end, Reverse(end), span, end, false)));
                parent.end
            }
            _ => end,
        };
        open.push(Piece { span, start, end, first, children: Vec::new() });
    }
    while !open.is_empty() {
        close(&mut open, &mut roots);
    }
    roots
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Analysis};

    use super::*;

    fn analysis(text: &str) -> Analysis {
        analyze("story.txt", text.as_bytes()).expect("the text reads")
    }

    /// The text of each mark of `kind`, in order.
    fn shown(a: &Analysis, kind: MarkKind) -> Vec<String> {
        a.marks
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| a.text.chars().skip(m.start).take(m.end - m.start).collect())
            .collect()
    }

    #[test]
    fn a_record_alone_marks_its_calls_quotes_and_amounts_inside_the_text() {
        let a = analysis(
            " date 2023-05-09\nThe mayor of Lindfield, Ada Korrow, spoke by phone with Governor Emil Brandt on Monday. \
             \u{201C}We will send the pumps,\u{201D} Korrow said. Brandt's office pledged $3.5 million in flood relief.",
        );
        let chars = a.text.chars().count();
        let kept: Vec<Mark> =
            a.marks.iter().filter(|m| !matches!(m.kind, MarkKind::Speaker | MarkKind::Date)).cloned().collect();
        let spans = |marks: &[Mark]| marks.iter().map(|m| (m.kind, m.start, m.end, m.record)).collect::<Vec<_>>();
        assert_eq!(spans(&of_record(&a.record, chars)), spans(&kept));
        assert_eq!(kept.len(), 3);
        // Offsets past the text (a record read back without its text) mark nothing.
        assert!(of_record(&a.record, 0).is_empty());
    }

    #[test]
    fn a_speaker_read_through_a_pronoun_is_told_apart() {
        let a = analysis(
            "Ada Korrow toured the dam on Monday. \u{201C}We will send the pumps,\u{201D} she said. \
             \u{201C}The river is rising,\u{201D} Emil Brandt said.",
        );
        assert_eq!(a.record.quotes.len(), 2);
        assert_eq!(a.record.quotes[0].speaker.as_deref(), Some("Ada Korrow"));
        assert_eq!(speaker_pronoun(&a, 0).as_deref(), Some("she"));
        assert_eq!(speaker_pronoun(&a, 1), None);
        assert_eq!(speaker_pronoun(&a, 2), None);
    }

    #[test]
    fn every_kind_is_marked_where_it_was_read() {
        let a = analysis(
            " date 2023-05-09\nThe mayor of Lindfield, Ada Korrow, spoke by phone with Governor Emil Brandt on Monday. \
             \u{201C}We will send the pumps before the river rises,\u{201D} Korrow said. \
             Brandt's office pledged $3.5 million in flood relief.",
        );
        assert_eq!(a.record.calls.len(), 1);
        assert_eq!(shown(&a, MarkKind::Call), [&a.text[..a.text.find(" \u{201C}").unwrap()]]);
        assert_eq!(shown(&a, MarkKind::Quote), ["We will send the pumps before the river rises,"]);
        assert_eq!(shown(&a, MarkKind::Speaker), ["Korrow"]);
        assert_eq!(shown(&a, MarkKind::Amount), ["$3.5 million"]);
        assert_eq!(shown(&a, MarkKind::Date), ["on Monday"]);
        let date = a.marks.iter().find(|m| m.kind == MarkKind::Date).unwrap();
        assert_eq!((date.record, date.date.as_deref()), (Some(0), Some("2023-05-08")));
        let speaker = a.marks.iter().find(|m| m.kind == MarkKind::Speaker).unwrap();
        assert_eq!(speaker.record, Some(0));
    }

    #[test]
    fn dates_of_call_sentences_are_marked_those_dating_a_call_with_it() {
        let a = analysis(
            " date 2021-11-20\nThe bridge in Tolmere reopened on 14 November after repairs. \
             Mayor Ines Valk, who took office last week, spoke by phone with Minister Tom Berrow yesterday.",
        );
        assert_eq!(a.record.calls.len(), 1);
        let dates: Vec<(String, Option<usize>, Option<&str>)> = a
            .marks
            .iter()
            .filter(|m| m.kind == MarkKind::Date)
            .map(|m| (a.text.chars().skip(m.start).take(m.end - m.start).collect(), m.record, m.date.as_deref()))
            .collect();
        // The reopening's sentence reports no call: its date is not read.
        assert_eq!(
            dates,
            [("last week".to_string(), None, None), ("yesterday".to_string(), Some(0), Some("2021-11-19"))]
        );
    }

    #[test]
    fn a_speaker_named_in_the_next_sentence_is_marked_there() {
        let a =
            analysis("\u{201C}The harvest is the best in ten years.\u{201D} Farmer Lotte Vind grinned at the field.");
        assert!(a.record.quotes[0].speaker.as_deref().is_some_and(|s| s.ends_with("Lotte Vind")));
        let spoken = shown(&a, MarkKind::Speaker);
        assert_eq!(spoken.len(), 1);
        assert!(spoken[0].contains("Vind"), "{spoken:?}");
    }

    #[test]
    fn a_quote_without_a_speaker_has_no_speaker_mark() {
        let a = analysis("\u{201C}Nobody knows where the old ferry went,\u{201D} they said.");
        assert_eq!(a.record.quotes.len(), 1);
        assert_eq!(a.record.quotes[0].speaker, None);
        assert!(shown(&a, MarkKind::Speaker).is_empty());
    }

    #[test]
    fn offsets_count_characters_and_overlapping_marks_nest_in_order() {
        let a = analysis(
            "Caf\u{E9} owner Ren\u{E9} D\u{FC}rr said: \u{201C}The \u{E9}lan of Montr\u{E9}al gave us \u{20AC}40,000 for the roof.\u{201D}",
        );
        assert_eq!(shown(&a, MarkKind::Amount), ["\u{20AC}40,000"]);
        let quote = a.marks.iter().find(|m| m.kind == MarkKind::Quote).unwrap();
        let amount = a.marks.iter().find(|m| m.kind == MarkKind::Amount).unwrap();
        assert!(quote.start <= amount.start && amount.end <= quote.end);
        let position = |m: &Mark| a.marks.iter().position(|x| x == m).unwrap();
        assert!(position(quote) < position(amount));
        assert!(a
            .marks
            .windows(2)
            .all(|w| (w[0].start, std::cmp::Reverse(w[0].end)) <= (w[1].start, std::cmp::Reverse(w[1].end))));
        let len = a.text.chars().count();
        assert!(a.marks.iter().all(|m| m.start < m.end && m.end <= len));
    }

    #[test]
    fn marks_cross_serde_and_leave_the_record_alone() {
        let a = analysis("The minister pledged $2 million on Friday.");
        let json = serde_json::to_string(&a.marks).unwrap();
        assert!(json.contains("\"kind\":\"amount\""), "{json}");
        let back: Vec<Mark> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a.marks);
        assert!(!serde_json::to_string(&a.record).unwrap().contains("marks"));
    }

    /// A piece as (span, start, end, first, children).
    fn shape(pieces: &[Piece]) -> String {
        let inner = |p: &Piece| {
            let rest = if p.first { "" } else { "+" };
            let children = if p.children.is_empty() { String::new() } else { format!(" {}", shape(&p.children)) };
            format!("{}{rest}[{}..{}{children}]", p.span, p.start, p.end)
        };
        pieces.iter().map(inner).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn nested_spans_become_children() {
        // A call sentence holding a quote holding an amount, and a date after the quote.
        let pieces = nest(&[[0, 60], [10, 40], [20, 30], [45, 55]]);
        assert_eq!(shape(&pieces), "0[0..60 1[10..40 2[20..30]] 3[45..55]]");
    }

    #[test]
    fn a_crossing_span_is_split_at_the_end_of_the_one_it_leaves() {
        // A quote running from one call's sentence into the next sentence.
        let pieces = nest(&[[0, 20], [15, 30], [20, 40]]);
        assert_eq!(shape(&pieces), "0[0..20 1[15..20]] 2[20..40 1+[20..30]]");
        let deep = nest(&[[0, 10], [2, 8], [5, 20]]);
        assert_eq!(shape(&deep), "0[0..10 1[2..8 2[5..8]] 2+[8..10]] 2+[10..20]");
    }

    #[test]
    fn equal_spans_nest_in_list_order_and_empty_ones_are_dropped() {
        assert_eq!(shape(&nest(&[[3, 9], [3, 9], [4, 4]])), "0[3..9 1[3..9]]");
        assert_eq!(shape(&nest(&[[5, 9], [0, 2]])), "1[0..2] 0[5..9]");
        assert!(nest(&[]).is_empty());
    }
}
