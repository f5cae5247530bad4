//! The record and its marks, from what the stages found: the one place where byte
//! offsets become character offsets.
//!
//! The stages read the Doc in bytes and return byte spans. Here every offset of the
//! record (a call's evidence, a quote's and an amount's start and end) and of the marks
//! is counted in characters of the text, once.

use crate::dates::DateMention;
use crate::doc::{CharOffsets, Span};
use crate::marks::{sort, Mark, MarkKind};
use crate::record::{Amount, Call, Quote, Record};

/// What the stages found in one text, every offset in bytes.
pub(crate) struct Found {
    /// Each call with the span its date was read from.
    pub calls: Vec<(Call, Option<Span>)>,
    /// Each quote with the span its speaker was read from.
    pub quotes: Vec<(Quote, Option<Span>)>,
    pub amounts: Vec<Amount>,
    /// The date expressions read.
    pub dates: Vec<DateMention>,
}

/// The record of `found` (the rest of its fields given) and its marks, in characters.
pub(crate) fn assemble(text: &str, found: Found, record: Record) -> (Record, Vec<Mark>) {
    let offsets = CharOffsets::new(text);
    let chars = |s: Span| Span::new(offsets.char_at(text, s.start), offsets.char_at(text, s.end));
    let (mut calls, call_dates): (Vec<Call>, Vec<Option<Span>>) = found.calls.into_iter().unzip();
    let (mut quotes, speakers): (Vec<Quote>, Vec<Option<Span>>) = found.quotes.into_iter().unzip();
    let mut amounts = found.amounts;
    for c in &mut calls {
        let span = chars(Span::new(c.evidence[0], c.evidence[1]));
        c.evidence = [span.start, span.end];
    }
    for q in &mut quotes {
        (q.start, q.end) = (offsets.char_at(text, q.start), offsets.char_at(text, q.end));
    }
    for a in &mut amounts {
        (a.start, a.end) = (offsets.char_at(text, a.start), offsets.char_at(text, a.end));
    }
    let speakers: Vec<Option<Span>> = speakers.into_iter().map(|s| s.map(chars)).collect();
    let call_dates: Vec<Option<Span>> = call_dates.into_iter().map(|s| s.map(chars)).collect();
    let dates: Vec<(Span, Option<String>)> =
        found.dates.iter().map(|d| (chars(d.span), d.when.map(|w| w.to_iso()))).collect();
    let marks = marks(&calls, &call_dates, &quotes, &speakers, &amounts, dates);
    (Record { calls, quotes, amounts, ..record }, marks)
}

/// The marks of one analysis, sorted (see [`sort`]), every span in characters:
/// `call_dates` gives, per call, the span of the words its date was read from;
/// `speakers`, per quote, the span its speaker was read from; `dates` are the date
/// expressions read, with the day each fixes. Empty spans are left out.
fn marks(
    calls: &[Call],
    call_dates: &[Option<Span>],
    quotes: &[Quote],
    speakers: &[Option<Span>],
    amounts: &[Amount],
    dates: Vec<(Span, Option<String>)>,
) -> Vec<Mark> {
    let mut marks = Vec::with_capacity(2 * calls.len() + 2 * quotes.len() + amounts.len() + dates.len());
    let mut push = |kind, start: usize, end: usize, record, date| {
        if start < end {
            marks.push(Mark { kind, start, end, record, date });
        }
    };
    for (i, c) in calls.iter().enumerate() {
        push(MarkKind::Call, c.evidence[0], c.evidence[1], Some(i), None);
    }
    for (i, q) in quotes.iter().enumerate() {
        push(MarkKind::Quote, q.start, q.end, Some(i), None);
        if let Some(s) = speakers.get(i).copied().flatten() {
            push(MarkKind::Speaker, s.start, s.end, Some(i), None);
        }
    }
    for (i, a) in amounts.iter().enumerate() {
        push(MarkKind::Amount, a.start, a.end, Some(i), None);
    }
    // One mark per date expression: for the first call it dates (calls reported twice
    // may share it), else on its own.
    let mut dated: Vec<(Span, usize)> = call_dates.iter().enumerate().filter_map(|(i, s)| s.map(|s| (s, i))).collect();
    crate::order::sort_by_key(&mut dated, |(s, i)| (s.start, s.end, *i));
    dated.dedup_by_key(|(s, _)| (s.start, s.end));
    let mut seen = dates;
    seen.sort_unstable_by_key(|(s, _)| (s.start, s.end));
    seen.dedup_by_key(|(s, _)| (s.start, s.end));
    let dates_a_call = |s: &Span| dated.binary_search_by_key(&(s.start, s.end), |(d, _)| (d.start, d.end)).is_ok();
    for (span, day) in seen.iter().filter(|(s, _)| !dates_a_call(s)) {
        push(MarkKind::Date, span.start, span.end, None, day.clone());
    }
    for &(span, i) in &dated {
        push(MarkKind::Date, span.start, span.end, Some(i), calls[i].date.clone());
    }
    sort(&mut marks);
    marks
}
