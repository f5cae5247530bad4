//! Dates in the text, resolved against the publication date.
//!
//! [`find_dates`] reads every date expression of a span: written dates ("6 March 2022",
//! "Aug. 2", "2022-03-06", "1/25/2011"), weekdays ("on Monday", "last Tuesday", "Friday
//! night"), days counted from publication ("today", "yesterday", "last night", "two days
//! ago"), days next to another date ("on the eve of the summit on 25 June") and periods
//! that are no single day ("last week", "recently"). A weekday is the latest one on or
//! before publication (news reports the past). A day without a year is in the
//! publication year (news style writes the year only for other years) unless that puts
//! it more than three months after publication: then it is last year's ("December 28"
//! in a January article), while an event announced for the coming weeks keeps its year.
//!
//! [`published_in_text`] reads the publication date an article prints at its top, and
//! [`parse_written_date`] a date written out in metadata.

pub use chrono::NaiveDate;
use chrono::{Datelike, TimeDelta, Weekday};

use crate::doc::token::{tokenize, Token};
use crate::doc::{Doc, Span};
use crate::lexicon::dates::{
    WeekdayRef, AGO_UNITS, ANCHORED_DAYS, DAY_PARTS, DAY_PART_BEFORE, MONTHS, NOT_A_DAY_AFTER, PUBLISHED_LABELS,
    RELATIVE_DAYS, TIME_ZONES, UPDATED_LABELS, VAGUE_TIMES, WEEKDAYS, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE,
    WEEKDAY_REFS,
};
use crate::lexicon::numbers::NUMBER_WORDS;

/// A date as far as the text fixes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    /// A month and day with no year anywhere ("25 June" with no publication date).
    MonthDay {
        month: u32,
        day: u32,
    },
}

impl When {
    /// `YYYY-MM-DD`, or `--MM-DD` without a year, as EXTRACTION.md writes dates.
    pub fn to_iso(self) -> String {
        match self {
            When::Day(d) => crate::published::iso_date(d),
            When::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
        }
    }

    /// The day before or after, by `days`.
    fn shift(self, days: i64) -> Option<When> {
        match self {
            When::Day(d) => shift(d, days).map(When::Day),
            // A leap year, so that 29 February and the days around it exist.
            When::MonthDay { month, day } => {
                let d = shift(NaiveDate::from_ymd_opt(2000, month, day)?, days)?;
                Some(When::MonthDay { month: d.month(), day: d.day() })
            }
        }
    }
}

/// What kind of expression a [`DateMention`] was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// A written date: "6 March 2022", "on June 25th", "Aug. 2", "2022-03-06", "1/25/2011",
    /// also with a weekday or a relative word next to it ("Tuesday, March 6").
    Calendar,
    /// A weekday: "on Monday", "last Tuesday", "Friday night", "late on Thursday".
    Weekday,
    /// A day counted from publication or from another date: "today", "this morning",
    /// "yesterday", "last night", "two days ago", "tomorrow", "on the eve of the 25 June
    /// summit".
    Relative,
    /// A time that is not one day: "last week", "earlier this month", "recently", "over
    /// the weekend", "days ago", or "on the eve of" an event the text does not date.
    Vague,
}

/// A date expression in the text ("on Monday", "25 June", "yesterday") and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Byte span of the words the date was read from, with a leading "on" and the words
    /// that narrow it ("on Monday", "late last night", "Friday night (Seoul time)").
    pub span: Span,
    /// The day meant. `None` for a [`DateKind::Vague`] mention, and for weekdays and
    /// relative words when there is no publication date to count from.
    pub when: Option<When>,
    pub kind: DateKind,
}

/// Days a date without a year may fall after publication and still be this year's (an
/// announced referendum, visit or deadline); beyond them, the date is last year's.
const FUTURE_SLACK_DAYS: i64 = 92;

/// Every date expression within `span` of `text`, in text order, resolved against
/// `published`. A date without a year takes the publication year (or the year before,
/// when that would put it more than three months after publication); with no publication
/// date it is a [`When::MonthDay`]. Call it once over the span you need: it costs time linear
/// in the span's length.
pub fn find_dates(text: &str, span: Span, published: Option<NaiveDate>) -> Vec<DateMention> {
    read(&Toks::new(text, span), published)
}

/// [`find_dates`] over the Doc's tokens within `span`.
pub(crate) fn find_dates_in(doc: &Doc, span: Span, published: Option<NaiveDate>) -> Vec<DateMention> {
    read(&Toks::from_tokens(doc.text, &doc.tokens[doc.tokens_in(span)]), published)
}

/// Every date expression of `t`.
fn read(t: &Toks, published: Option<NaiveDate>) -> Vec<DateMention> {
    let text = t.text;
    let mut found: Vec<Found> = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < t.len() {
        if !t.may_open(i) {
            i += 1;
            continue;
        }
        match anchored_at(t, i, floor, published).or_else(|| mention_at(t, i, floor, published)) {
            Some(f) => {
                i = f.next;
                floor = f.next;
                found.push(f);
            }
            None => i += 1,
        }
    }
    merge_neighbours(text, found)
}

/// A mention being read: where it lies and what it means, with the token after it.
#[derive(Clone, Copy, Debug)]
struct Found {
    mention: DateMention,
    next: usize,
}

/// "On the eve of …", "the day before …": the date that follows within a few words,
/// shifted; without one, a vague mention.
fn anchored_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    if !t.opens(i, Opens::Phrase) {
        return None;
    }
    let (next, shift_days) = t.phrase_of(i, ANCHORED_DAYS.iter().copied())?;
    if t.word_ci(next, "yesterday") || t.word_ci(next, "tomorrow") {
        return None;
    }
    let start = t.extend_back(i, floor, &["on"]);
    let mut j = next;
    while j < t.len() && j < next + 12 && !t.ends_clause(j) {
        if let Some(f) = mention_at(t, j, j, published) {
            if f.mention.kind == DateKind::Vague {
                break;
            }
            let when = f.mention.when.and_then(|w| w.shift(shift_days));
            let span = Span { start: t.toks[start].start, end: f.mention.span.end };
            return Some(Found { mention: DateMention { span, when, kind: DateKind::Relative }, next: f.next });
        }
        j += 1;
    }
    let span = Span { start: t.toks[start].start, end: t.toks[next - 1].end };
    Some(Found { mention: DateMention { span, when: None, kind: DateKind::Vague }, next })
}

/// A single date expression starting at token `i` (its modifiers may start earlier, but
/// not before `floor`).
fn mention_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    // A number can only start a written date; a word only what it opens.
    match t.toks.get(i)?.kind {
        Kind::Num => return calendar_mention_at(t, i, floor, published),
        Kind::Punct => return None,
        Kind::Word => {}
    }
    let named = t.opens(i, Opens::Name);
    t.opens(i, Opens::Phrase)
        .then(|| relative_at(t, i, floor, published))
        .flatten()
        .or_else(|| t.opens(i, Opens::Ago).then(|| ago_at(t, i, floor, published)).flatten())
        .or_else(|| named.then(|| calendar_mention_at(t, i, floor, published)).flatten())
        .or_else(|| named.then(|| weekday_at(t, i, floor, published)).flatten())
}

fn found(t: &Toks, first: usize, last: usize, when: Option<When>, kind: DateKind) -> Found {
    let span = Span { start: t.toks[first].start, end: t.toks[last].end };
    Found { mention: DateMention { span, when, kind }, next: last + 1 }
}

/// "today", "yesterday afternoon", "late last night", "earlier this week", "recently".
fn relative_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    if t.word_ci(i, "today") && t.word_ci(i.wrapping_sub(1), "usa") {
        return None;
    }
    let relative = t.phrase_of(i, RELATIVE_DAYS.iter().map(|&(p, d)| (p, Some(d))));
    let (next, offset) = relative.or_else(|| t.phrase_of(i, VAGUE_TIMES.iter().map(|&p| (p, None))))?;
    let first = t.extend_back(i, floor, DAY_PART_BEFORE);
    let mut last = next - 1;
    if offset.is_some() && next == i + 1 && DAY_PARTS.iter().any(|w| t.word_ci(next, w)) {
        last = next;
    }
    let (when, kind) = match offset {
        Some(d) => (published.and_then(|p| shift(p, d)).map(When::Day), DateKind::Relative),
        None => (None, DateKind::Vague),
    };
    Some(found(t, first, last, when, kind))
}

/// "two days ago" (a day), "a few weeks ago" (vague). Matched at the unit.
fn ago_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    let &(_, counts) = AGO_UNITS.iter().find(|(u, _)| t.word_ci(i, u))?;
    if !t.word_ci(i + 1, "ago") {
        return None;
    }
    let count = (i > floor && !t.breaks_before(i)).then(|| {
        let c = i - 1;
        let n = t.num(c).or_else(|| {
            let w = t.word(c)?;
            if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
                return Some(1);
            }
            NUMBER_WORDS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, v)| v as u32)
        });
        (c, n)
    });
    let (first, n) = match count {
        Some((c, n)) if n.is_some() || ["few", "several", "many", "some"].iter().any(|w| t.word_ci(c, w)) => (c, n),
        _ => (i, None),
    };
    let when = match (counts, n) {
        (true, Some(n)) if n <= 366 => published.and_then(|p| shift(p, -i64::from(n))).map(When::Day),
        _ => None,
    };
    let kind = if counts && n.is_some() { DateKind::Relative } else { DateKind::Vague };
    Some(found(t, first, i + 1, when, kind))
}

/// A written date, with "on" and a weekday before it ("on Tue 6 Mar 2022").
fn calendar_mention_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    let cal = calendar_at(t, i).filter(|c| c.first >= floor)?;
    let mut first = cal.first;
    // A weekday, full or abbreviated, just before: "Tuesday, 6 March", "Tue 6 Mar".
    let mut before = first;
    if before > floor && t.is_punct(before - 1, ',') {
        before -= 1;
    }
    if before > floor && weekday_word(t, before - 1).is_some() && !t.breaks_before(before) {
        first = before - 1;
    }
    first = t.extend_back(first, floor, &["on"]);
    let when = match cal.year {
        Some(y) => Some(When::Day(NaiveDate::from_ymd_opt(y, cal.month, cal.day)?)),
        None => match published {
            Some(p) => Some(When::Day(month_day_before(p, cal.month, cal.day)?)),
            None => Some(When::MonthDay { month: cal.month, day: cal.day }),
        },
    };
    Some(found(t, first, cal.last, when, DateKind::Calendar))
}

/// A weekday with what places and narrows it: "last Monday", "late on Friday", "Monday
/// night (Kyiv time)", "Friday last week".
fn weekday_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    let (day, abbreviated) = weekday_word(t, i)?;
    if abbreviated || (i > 0 && WEEKDAY_NAME_BEFORE.contains(&t.s(i - 1))) || WEEKDAY_NAME_AFTER.contains(&t.s(i + 1)) {
        return None;
    }
    let mut first = i;
    let mut reference = WeekdayRef::OnOrBefore;
    if let Some(&(w, r)) = WEEKDAY_REFS.iter().find(|(w, _)| first > floor && t.word_ci(first - 1, w)) {
        if t.extend_back(first, floor, &[w]) < first {
            first -= 1;
            reference = r;
        }
    } else {
        first = t.extend_back(first, floor, &["on"]);
        first = t.extend_back(first, floor, DAY_PART_BEFORE);
    }
    let mut last = i;
    if DAY_PARTS.iter().any(|w| t.word_ci(last + 1, w)) {
        last += 1;
    }
    let mut last_week = false;
    if reference == WeekdayRef::OnOrBefore {
        let of = usize::from(t.word_ci(last + 1, "of"));
        if t.word_ci(last + 1 + of, "last") && t.word_ci(last + 2 + of, "week") {
            last += 2 + of;
            last_week = true;
        }
    }
    last = t.parenthetical(last);
    let when = published.and_then(|p| {
        let d = if last_week { week_before(p, day) } else { weekday_from(p, day, reference) };
        d.map(When::Day)
    });
    Some(found(t, first, last, when, DateKind::Weekday))
}

/// Joins a weekday, relative or vague mention and a written date that follow each other
/// with at most a comma or an opening parenthesis between ("Tuesday, March 6", "this
/// afternoon, 7 August 2025", "25 June (Sunday)"): one mention, dated by the written date.
fn merge_neighbours(text: &str, found: Vec<Found>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::with_capacity(found.len());
    for f in found {
        let m = f.mention;
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end..m.span.start];
            let joinable = gap.len() <= 3 && !gap.contains('\n') && gap.trim().chars().all(|c| c == ',' || c == '(');
            if joinable && (prev.kind == DateKind::Calendar) != (m.kind == DateKind::Calendar) {
                let dated = if m.kind == DateKind::Calendar { m } else { *prev };
                let mut end = m.span.end;
                if gap.contains('(') && text[end..].starts_with(')') {
                    end += 1;
                }
                *prev = DateMention {
                    span: Span { start: prev.span.start, end },
                    when: dated.when,
                    kind: DateKind::Calendar,
                };
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// A written date: its tokens, month, day and year if written.
#[derive(Clone, Copy, Debug)]
struct Cal {
    first: usize,
    last: usize,
    month: u32,
    day: u32,
    year: Option<i32>,
}

/// A written date starting at token `i` (or a day range "24-25 June" ending there).
fn calendar_at(t: &Toks, i: usize) -> Option<Cal> {
    // Only a number or a month name starts one.
    match t.toks.get(i)?.kind {
        Kind::Num => iso_at(t, i).or_else(|| numeric_at(t, i).flatten()).or_else(|| day_first_at(t, i)),
        Kind::Word => month_first_at(t, i),
        Kind::Punct => None,
    }
}

/// `2022-03-06`.
fn iso_at(t: &Toks, i: usize) -> Option<Cal> {
    if t.digits(i) != 4 || t.glued_number_before(i) || t.glued_after(i + 4) {
        return None;
    }
    let (y, m, d) = (t.num(i)?, t.num(i + 2)?, t.num(i + 4)?);
    let shape = t.is_punct(i + 1, '-') && t.is_punct(i + 3, '-') && (1..=4).all(|k| t.adjacent(i + k));
    if !shape || t.digits(i + 2) > 2 || t.digits(i + 4) > 2 {
        return None;
    }
    let year = i32::try_from(y).ok()?;
    NaiveDate::from_ymd_opt(year, m, d)?;
    Some(Cal { first: i, last: i + 4, month: m, day: d, year: Some(year) })
}

/// `1/25/2011`, `13.03.2015`. `Some(None)` when the shape is there but the order of day
/// and month is ambiguous ("3/6/2022"): no date can be read from it.
fn numeric_at(t: &Toks, i: usize) -> Option<Option<Cal>> {
    let sep = ['/', '.'].into_iter().find(|&c| t.is_punct(i + 1, c))?;
    let shape = t.is_punct(i + 3, sep) && (1..=4).all(|k| t.adjacent(i + k));
    if !shape || t.digits(i) > 2 || t.digits(i + 2) > 2 || t.digits(i + 4) != 4 {
        return None;
    }
    if t.glued_number_before(i) || t.glued_after(i + 4) {
        return None;
    }
    let (a, b, y) = (t.num(i)?, t.num(i + 2)?, i32::try_from(t.num(i + 4)?).ok()?);
    let (month, day) = match sep {
        '.' => (b, a),
        _ if a > 12 || a == b => (b, a),
        _ if b > 12 => (a, b),
        _ => return Some(None),
    };
    Some(NaiveDate::from_ymd_opt(y, month, day).map(|_| Cal { first: i, last: i + 4, month, day, year: Some(y) }))
}

/// "March 6, 2022", "Mar. 6", "June 25th".
fn month_first_at(t: &Toks, i: usize) -> Option<Cal> {
    let month = month_word(t, i)?;
    let j = if abbreviation_stop(t, i) { i + 2 } else { i + 1 };
    if t.adjacent(j) {
        return None;
    }
    let (day, mut last) = day_at(t, j)?;
    // "June 24-25": the range starts at its first day.
    if t.is_punct(last + 1, '-') && t.adjacent(last + 1) && t.adjacent(last + 2) {
        if let Some((_, end)) = day_at(t, last + 2) {
            last = end;
        }
    }
    if !plausible_day(month, day) || t.glued_after(last) || NOT_A_DAY_AFTER.iter().any(|w| t.word_ci(last + 1, w)) {
        return None;
    }
    let (year, last) = year_after(t, last).map_or((None, last), |(y, l)| (Some(y), l));
    Some(Cal { first: i, last, month, day, year })
}

/// "6 March 2022", "25th of June", "24-25 June" (the first day).
fn day_first_at(t: &Toks, i: usize) -> Option<Cal> {
    let (mut day, last) = day_at(t, i)?;
    let mut first = i;
    if t.adjacent(i) {
        // "24-25 June": the range starts at the earlier day.
        let range_start = i >= 2 && t.is_punct(i - 1, '-') && t.adjacent(i - 1) && t.digits(i - 2) <= 2;
        match range_start.then(|| t.num(i - 2)).flatten() {
            Some(d) if (1..day).contains(&d) && !t.glued_number_before(i - 2) => {
                first = i - 2;
                day = d;
            }
            _ if t.digits(i - 1) > 0
                || t.s(i - 1).starts_with(['$', '\u{20AC}', '\u{A3}', '.', ',', '/', ':', '-', '+']) =>
            {
                return None
            }
            _ => {}
        }
    }
    let mut j = last + 1;
    if t.word_ci(j, "of") {
        j += 1;
    }
    if t.adjacent(j) {
        return None;
    }
    let month = month_word(t, j)?;
    if !plausible_day(month, day) {
        return None;
    }
    let last = if abbreviation_stop(t, j) { j + 1 } else { j };
    let (year, last) = year_after(t, last).map_or((None, last), |(y, l)| (Some(y), l));
    Some(Cal { first, last, month, day, year })
}

/// A year after a day or month: ", 2022" or " 2022".
fn year_after(t: &Toks, last: usize) -> Option<(i32, usize)> {
    let j = if t.is_punct(last + 1, ',') && t.adjacent(last + 1) { last + 2 } else { last + 1 };
    let y = t.num(j).filter(|_| t.digits(j) == 4 && !t.adjacent(j) && !t.glued_after(j))?;
    (1900..=2100).contains(&y).then_some((y as i32, j))
}

/// A day number (1–31) with an optional ordinal ending: "6", "25th". Returns the day and
/// its last token.
fn day_at(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let day = t.num(i).filter(|&d| t.digits(i) <= 2 && (1..=31).contains(&d))?;
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| t.word_ci(i + 1, s)) && t.adjacent(i + 1);
    Some((day, if ordinal { i + 1 } else { i }))
}

/// Whether `day` exists in `month` in some year.
fn plausible_day(month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, month, day).is_some()
}

/// A month name in Title case or capitals.
fn month_word(t: &Toks, i: usize) -> Option<u32> {
    let w = t.word(i).filter(|_| t.opens(i, Opens::Name))?;
    MONTHS.iter().find(|(name, _)| title_or_caps(w, name)).map(|&(_, m)| m)
}

/// Whether token `i` is a month abbreviation followed by its full stop ("Sept.").
fn abbreviation_stop(t: &Toks, i: usize) -> bool {
    let full = |m: u32| MONTHS.iter().filter(|e| e.1 == m).map(|e| e.0.len()).max().unwrap_or(0);
    t.is_punct(i + 1, '.') && t.adjacent(i + 1) && month_word(t, i).is_some_and(|m| t.s(i).len() < full(m))
}

/// A weekday name in Title case or capitals, and whether it is abbreviated.
fn weekday_word(t: &Toks, i: usize) -> Option<(Weekday, bool)> {
    let w = t.word(i).filter(|_| t.opens(i, Opens::Name))?;
    WEEKDAYS.iter().find(|(name, ..)| title_or_caps(w, name)).map(|&(_, d, abbr)| (d, abbr))
}

fn title_or_caps(word: &str, name: &str) -> bool {
    let (w, n) = (word.as_bytes(), name.as_bytes());
    // Both ways the first byte is the name's or its capital: most names are turned away by it.
    let first = |c: u8| w.first().is_some_and(|&f| f == c || f == c.to_ascii_uppercase());
    w.len() == n.len()
        && n.first().is_some_and(|&c| first(c))
        && (w == n || (w.iter().all(u8::is_ascii_uppercase) && w.eq_ignore_ascii_case(n)))
}

fn shift(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(days)?)
}

/// The day `month`/`day` in the publication year, or the latest earlier year in which it
/// is not more than [`FUTURE_SLACK_DAYS`] after publication.
fn month_day_before(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let latest = shift(published, FUTURE_SLACK_DAYS)?;
    (0..8)
        .map(|back| published.year() - back)
        .find_map(|y| NaiveDate::from_ymd_opt(y, month, day).filter(|d| *d <= latest))
}

/// The weekday `day` that `reference` points at, counted from `published`.
fn weekday_from(published: NaiveDate, day: Weekday, reference: WeekdayRef) -> Option<NaiveDate> {
    let back = i64::from((published.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7);
    match reference {
        WeekdayRef::OnOrBefore => shift(published, -back),
        WeekdayRef::Before => shift(published, if back == 0 { -7 } else { -back }),
        WeekdayRef::After => shift(published, if back == 0 { 7 } else { 7 - back }),
    }
}

/// The weekday `day` of the (Monday to Sunday) week before the week of `published`.
fn week_before(published: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let monday = shift(published, -i64::from(published.weekday().num_days_from_monday()))?;
    shift(monday, i64::from(day.num_days_from_monday()) - 7)
}

/// The publication date an article prints near its top, for documents without metadata:
/// a date line ("Tue 6 Mar 2022 10.00 GMT", "January 25, 2011"), a "Published …" line
/// ("Published: March 6, 2022 10:00 ET", or the label alone with the date on the next
/// line), a dateline with a year ("KYIV, March 6, 2022 (Reuters) -") or a headline that
/// ends in its date ("PM call with …: 3 January 2023"). Only the first lines are read, so
/// a date in the body is never taken. A dateline without a year ("KYIV, March 6
/// (Reuters)") gives no date: a publication date needs its year. An "Updated …" date
/// counts only when no other date is found.
pub fn published_in_text(text: &str) -> Option<NaiveDate> {
    const LINES: usize = 8;
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(LINES + 1).collect();
    let mut updated = None;
    for (k, line) in lines.iter().enumerate().take(LINES) {
        for segment in line.split('|').map(str::trim).filter(|s| !s.is_empty()) {
            let (label, rest) = strip_label(segment);
            let date = match (label, rest.trim_start_matches(':').trim()) {
                (Some(_), "") => lines.get(k + 1).and_then(|next| parse_written_date(next)),
                (_, rest) => parse_written_date(rest),
            };
            match label {
                Some(Label::Updated) => updated = updated.or(date),
                _ if date.is_some() => return date,
                _ => {}
            }
        }
        if let Some(date) = dateline_date(line).or_else(|| headline_date(line)) {
            return Some(date);
        }
    }
    updated
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    Published,
    Updated,
}

/// Splits a leading "Published"/"Updated" label off a line.
fn strip_label(line: &str) -> (Option<Label>, &str) {
    let labels = PUBLISHED_LABELS
        .iter()
        .map(|l| (l, Label::Published))
        .chain(UPDATED_LABELS.iter().map(|l| (l, Label::Updated)));
    for (l, kind) in labels {
        if let Some(head) = line.get(..l.len()).filter(|h| h.eq_ignore_ascii_case(l)) {
            let rest = &line[head.len()..];
            if rest.is_empty() || rest.starts_with([':', ' ', '\t']) {
                return (Some(kind), rest);
            }
        }
    }
    (None, line)
}

/// "WASHINGTON, Sept. 15, 2009 (Xinhua) --", "ISLAMABAD (AFP) Nov 19, 2005": capitalised
/// place words (and an agency in parentheses), a date with its year, then a dash, an
/// agency or the end of the line.
fn dateline_date(line: &str) -> Option<NaiveDate> {
    let mut head_end = line.len().min(120);
    while !line.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &line[..head_end];
    // The date needs its year.
    if !head.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = Toks::new(head, Span { start: 0, end: head.len() });
    let cal = (0..t.len().min(12)).find_map(|i| calendar_at(&t, i).filter(|c| c.year.is_some() && c.first == i))?;
    let prefix = &head[..t.toks[cal.first].start];
    if prefix.len() > 60 || prefix.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut depth = 0;
    let mut words = 0;
    for w in prefix.split_inclusive([' ', '(', ')', ',']) {
        let word = w.trim_end_matches([' ', '(', ')', ',']);
        if depth == 0 && !word.is_empty() {
            words += 1;
            if !word.starts_with(char::is_uppercase) {
                return None;
            }
        }
        depth += w.matches('(').count() as i32 - w.matches(')').count() as i32;
    }
    let after = line[t.toks[cal.last].end..].trim_start();
    let closes = after.is_empty() || after.starts_with(['(', '-', '\u{2013}', '\u{2014}', ':', '/']);
    if words == 0 || words > 4 || !closes {
        return None;
    }
    NaiveDate::from_ymd_opt(cal.year?, cal.month, cal.day)
}

/// A headline that ends in its date after a colon, dash, bar or comma: "PM call with
/// President Zelenskyy: 3 January 2023", "Read-out of the call, 1/25/2011".
/// The line must read as a headline: short, without a closing full stop.
fn headline_date(line: &str) -> Option<NaiveDate> {
    if line.len() > 160 || line.ends_with(['.', '!', '?', '"', '\u{201D}']) {
        return None;
    }
    let seps = [':', '|', '\u{2013}', '\u{2014}', ','];
    // The date may hold separators of its own ("…, March 6, 2022"): try the last three.
    line.rmatch_indices(seps).take(3).find_map(|(cut, sep)| parse_written_date(&line[cut + sep.len()..]))
}

/// A date written out in metadata or a date line, with nothing else beside a weekday,
/// times, time zones and "at"/"on": "Fri Mar 13 21:30:09 EST 2015", "13 March 2015",
/// "Wed, 08/13/2008 - 03:28", "Posted at 1:23 PM, Apr 29, 2022" (after the label),
/// "2015-03-13T05:00:00+11:00". A month and day without a year, or a numeric date whose
/// day and month could be either way round ("3/6/2022"), give `None`.
pub fn parse_written_date(s: &str) -> Option<NaiveDate> {
    // Every date it reads has a year in digits.
    if s.len() > 200 || !s.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = Toks::new(s, Span { start: 0, end: s.len() });
    let (mut month, mut day, mut year, mut full) = (None, None, None, None);
    let mut i = 0;
    while i < t.len() {
        let next = match t.toks[i].kind {
            Kind::Num => {
                if let Some(cal) = iso_at(&t, i).map(Some).or_else(|| numeric_at(&t, i)) {
                    let cal = cal?;
                    if full.replace(NaiveDate::from_ymd_opt(cal.year?, cal.month, cal.day)?).is_some() {
                        return None;
                    }
                    cal.last + 1
                } else if let Some(end) = time_at(&t, i) {
                    end
                } else if t.digits(i) == 4
                    && i > 0
                    && t.adjacent(i)
                    && (t.is_punct(i - 1, '+') || t.is_punct(i - 1, '-'))
                {
                    i + 1 // a zone offset: "-0500"
                } else if t.digits(i) == 4 {
                    if year.replace(t.num(i)? as i32).is_some() {
                        return None;
                    }
                    i + 1
                } else {
                    let (d, last) = day_at(&t, i)?;
                    if day.replace(d).is_some() {
                        return None;
                    }
                    last + 1
                }
            }
            Kind::Word => {
                let w = t.s(i);
                if let Some(m) = month_word(&t, i) {
                    if month.replace(m).is_some() {
                        return None;
                    }
                } else {
                    let known = weekday_word(&t, i).is_some()
                        || TIME_ZONES.contains(&w)
                        || ["am", "pm", "a", "p", "m", "at", "on", "of", "the", "t"]
                            .iter()
                            .any(|k| w.eq_ignore_ascii_case(k));
                    if !known {
                        return None;
                    }
                }
                i + 1
            }
            Kind::Punct => {
                if !t.s(i).starts_with([',', '.', '-', '\u{2013}', '\u{2014}', '|', '/', ':', '(', ')', '+']) {
                    return None;
                }
                i + 1
            }
        };
        i = next;
    }
    match (full, month, day, year) {
        (Some(d), None, None, None) => Some(d),
        (None, Some(m), Some(d), Some(y)) => NaiveDate::from_ymd_opt(y, m, d),
        _ => None,
    }
}

/// A time of day starting at token `i`: "21:30:09", "1:23", "10.00" (before a zone, "am"
/// or the end). Returns the token after it.
fn time_at(t: &Toks, i: usize) -> Option<usize> {
    if t.digits(i) > 2 || !t.adjacent(i + 1) || !t.adjacent(i + 2) || t.digits(i + 2) != 2 {
        return None;
    }
    if t.is_punct(i + 1, ':') {
        let seconds = t.is_punct(i + 3, ':') && t.adjacent(i + 3) && t.adjacent(i + 4) && t.digits(i + 4) == 2;
        return Some(if seconds { i + 5 } else { i + 3 });
    }
    let before_zone = i + 3 >= t.len()
        || TIME_ZONES.contains(&t.s(i + 3))
        || ["am", "pm", "a", "p"].iter().any(|w| t.word_ci(i + 3, w));
    (t.is_punct(i + 1, '.') && before_zone).then_some(i + 3)
}

/// What a word may open, as groups of bits in [`OPENERS`].
#[derive(Clone, Copy)]
enum Opens {
    /// A phrase of [`RELATIVE_DAYS`], [`VAGUE_TIMES`] or [`ANCHORED_DAYS`] (either case).
    Phrase = 0,
    /// "… ago": a unit of [`AGO_UNITS`] (either case).
    Ago = 16,
    /// A month or weekday name (capitalised).
    Name = 32,
}

/// The words that may open a date mention, by first byte: bit `group + n` of
/// `OPENERS[c]` is set when a word of `n` bytes starting with `c` may open what [`Opens`]
/// `group` stands for. Every other word is passed over without reading the lexicons.
const OPENERS: [u64; 256] = openers();

const fn openers() -> [u64; 256] {
    const fn add(t: &mut [u64; 256], phrase: &str, group: Opens) {
        let w = phrase.as_bytes();
        let mut n = 0;
        while n < w.len() && w[n] != b' ' {
            n += 1;
        }
        assert!(n < 16, "a first word too long for OPENERS");
        let bit = 1 << (group as usize + n);
        match group {
            Opens::Name => t[w[0] as usize] |= bit,
            Opens::Phrase | Opens::Ago => {
                t[w[0].to_ascii_lowercase() as usize] |= bit;
                t[w[0].to_ascii_uppercase() as usize] |= bit;
            }
        }
    }
    let mut t = [0; 256];
    let mut i = 0;
    while i < RELATIVE_DAYS.len() {
        add(&mut t, RELATIVE_DAYS[i].0, Opens::Phrase);
        i += 1;
    }
    i = 0;
    while i < VAGUE_TIMES.len() {
        add(&mut t, VAGUE_TIMES[i], Opens::Phrase);
        i += 1;
    }
    i = 0;
    while i < ANCHORED_DAYS.len() {
        add(&mut t, ANCHORED_DAYS[i].0, Opens::Phrase);
        i += 1;
    }
    i = 0;
    while i < AGO_UNITS.len() {
        add(&mut t, AGO_UNITS[i].0, Opens::Ago);
        i += 1;
    }
    i = 0;
    while i < MONTHS.len() {
        add(&mut t, MONTHS[i].0, Opens::Name);
        i += 1;
    }
    i = 0;
    while i < WEEKDAYS.len() {
        add(&mut t, WEEKDAYS[i].0, Opens::Name);
        i += 1;
    }
    t
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// The first byte lower-cased: phrase look-ups turn most tokens away by it.
    lead: u8,
}

/// The words, digit runs and single punctuation characters of a span.
struct Toks<'a> {
    text: &'a str,
    toks: Vec<Tok>,
}

impl<'a> Toks<'a> {
    /// The date grammar's view of `text[span]`, cut by the Doc's tokenizer.
    fn new(text: &'a str, span: Span) -> Toks<'a> {
        let (start, end) = (span.start.min(text.len()), span.end.min(text.len()));
        let mut tokens = Vec::new();
        if text.is_char_boundary(start) && text.is_char_boundary(end) && start < end {
            tokenize(text, Span { start, end }, &mut tokens);
        }
        Toks::from_tokens(text, &tokens)
    }

    /// The date grammar's view of Doc tokens: each cut into its runs of letters and of
    /// digits and its other characters ("25th" is 25 and "th", "2022-03-06" five pieces),
    /// possessive endings included; touching runs of one kind are one.
    fn from_tokens(text: &'a str, tokens: &[Token]) -> Toks<'a> {
        let mut toks: Vec<Tok> = Vec::with_capacity(tokens.len() + tokens.len() / 4);
        for token in tokens {
            let end = token.full_end(text);
            let b = text.as_bytes();
            let mut k = token.start;
            while k < end {
                let (kind, e) = match b[k] {
                    b'a'..=b'z' | b'A'..=b'Z' => {
                        (Kind::Word, k + 1 + b[k + 1..end].iter().take_while(|c| c.is_ascii_alphabetic()).count())
                    }
                    b'0'..=b'9' => (Kind::Num, k + 1 + b[k + 1..end].iter().take_while(|c| c.is_ascii_digit()).count()),
                    0..=0x7F => (Kind::Punct, k + 1),
                    _ => {
                        let c = text[k..].chars().next().unwrap_or(' ');
                        (if c.is_alphabetic() { Kind::Word } else { Kind::Punct }, k + c.len_utf8())
                    }
                };
                match toks.last_mut() {
                    Some(last) if last.end == k && last.kind == kind && kind != Kind::Punct => last.end = e,
                    _ => toks.push(Tok { kind, start: k, end: e, lead: b[k].to_ascii_lowercase() }),
                }
                k = e;
            }
        }
        Toks { text, toks }
    }

    fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether a mention may start at token `i`: a number, or a word of [`OPENERS`].
    fn may_open(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Num)
            || [Opens::Phrase, Opens::Ago, Opens::Name].into_iter().any(|g| self.opens(i, g))
    }

    /// Whether token `i` is a word that may open what `group` stands for ([`OPENERS`]).
    fn opens(&self, i: usize, group: Opens) -> bool {
        self.toks.get(i).is_some_and(|t| {
            let n = t.end - t.start;
            t.kind == Kind::Word
                && n < 16
                && OPENERS[usize::from(self.text.as_bytes()[t.start])] >> (group as usize + n) & 1 == 1
        })
    }

    /// The text of token `i`, or "" past the end.
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| &self.text[t.start..t.end])
    }

    fn word_ci(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct && self.text[t.start..].starts_with(c))
    }

    /// Number of digits of token `i` (0 if it is not a number).
    fn digits(&self, i: usize) -> usize {
        self.toks.get(i).filter(|t| t.kind == Kind::Num).map_or(0, |t| t.end - t.start)
    }

    fn num(&self, i: usize) -> Option<u32> {
        (1..=4).contains(&self.digits(i)).then(|| self.s(i).parse().ok()).flatten()
    }

    /// Whether token `i` touches the token before it.
    fn adjacent(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// Whether a line break separates token `i` from the one before.
    fn breaks_before(&self, i: usize) -> bool {
        i == 0 || i >= self.toks.len() || self.text[self.toks[i - 1].end..self.toks[i].start].contains('\n')
    }

    /// Whether the number at `i` continues a number before it ("1.5", "3/6", "$5", "2,5").
    fn glued_number_before(&self, i: usize) -> bool {
        self.adjacent(i) && (self.digits(i - 1) > 0 || (i >= 2 && self.adjacent(i - 1) && self.digits(i - 2) > 0))
            || (self.adjacent(i) && self.is_punct(i - 1, '$'))
    }

    /// Whether the number at `i` runs on into more digits or a percent sign ("5,000",
    /// "5.5", "24/7", "5%", "6-7").
    fn glued_after(&self, i: usize) -> bool {
        let j = i + 1;
        self.adjacent(j)
            && (self.digits(j) > 0
                || self.is_punct(j, '%')
                || (['.', ',', '/', ':', '-'].iter().any(|&c| self.is_punct(j, c))
                    && self.adjacent(j + 1)
                    && self.digits(j + 1) > 0))
    }

    /// Whether a clause ends at token `i` (a sentence stop, a semicolon, a line break).
    fn ends_clause(&self, i: usize) -> bool {
        self.breaks_before(i) || ['.', ';', '!', '?'].iter().any(|&c| self.is_punct(i, c) && !self.adjacent(i + 1))
    }

    /// Token index where a phrase of lower-case words starting at `i` ends (exclusive).
    fn phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        // Most tokens start no phrase of a list: their first letter turns them away.
        let first = phrase.as_bytes().first().copied().unwrap_or(b' ');
        if !self.toks.get(i).is_some_and(|t| t.kind == Kind::Word && t.lead == first) {
            return None;
        }
        let (mut j, mut rest) = (i, phrase.as_bytes());
        loop {
            let n = rest.iter().position(|&c| c == b' ').unwrap_or(rest.len());
            let same = self.word(j).is_some_and(|x| x.as_bytes().eq_ignore_ascii_case(&rest[..n]));
            if !same || (j > i && self.breaks_before(j)) {
                return None;
            }
            j += 1;
            match rest.get(n + 1..) {
                Some(next) => rest = next,
                None => return Some(j),
            }
        }
    }

    /// The first of `phrases` written at token `i` (see [`Toks::phrase`]): the token after
    /// it, and its value.
    fn phrase_of<T>(&self, i: usize, phrases: impl IntoIterator<Item = (&'static str, T)>) -> Option<(usize, T)> {
        let tok = self.toks.get(i).filter(|t| t.kind == Kind::Word)?;
        let n = tok.end - tok.start;
        phrases.into_iter().find_map(|(p, value)| {
            // Most phrases are turned away by the first byte and length of their first word.
            let w = p.as_bytes();
            let fits = w[0] == tok.lead && w.len() >= n && (w.len() == n || w[n] == b' ');
            fits.then(|| self.phrase(i, p)).flatten().map(|next| (next, value))
        })
    }

    /// Moves `first` back over one word from `words` on the same line, not before `floor`.
    fn extend_back(&self, first: usize, floor: usize, words: &[&str]) -> usize {
        if first > floor && !self.breaks_before(first) && words.iter().any(|w| self.word_ci(first - 1, w)) {
            first - 1
        } else {
            first
        }
    }

    /// Token `last`, or the closing parenthesis of a short note right after it: a local
    /// time "(Seoul time)" or a day of the month "(22)".
    fn parenthetical(&self, last: usize) -> usize {
        if !self.is_punct(last + 1, '(') {
            return last;
        }
        match (last + 2..last + 6).find(|&j| self.is_punct(j, ')')) {
            Some(close) if close == last + 3 && self.num(last + 2).is_some_and(|d| (1..=31).contains(&d)) => close,
            Some(close) if close > last + 2 && self.word_ci(close - 1, "time") => close,
            _ => last,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// (words, kind, date) of every mention in `text`, published on `published`.
    fn dates(text: &str, published: Option<&str>) -> Vec<(String, DateKind, Option<String>)> {
        find_dates(text, Span { start: 0, end: text.len() }, published.map(day))
            .into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.kind, m.when.map(When::to_iso)))
            .collect()
    }

    /// The dates only, as ISO strings ("" for none).
    fn isos(text: &str, published: Option<&str>) -> Vec<String> {
        dates(text, published).into_iter().map(|(_, _, w)| w.unwrap_or_default()).collect()
    }

    fn words(text: &str, published: Option<&str>) -> Vec<String> {
        dates(text, published).into_iter().map(|(w, ..)| w).collect()
    }

    #[test]
    fn written_dates_in_every_order() {
        let p = Some("2023-05-20");
        assert_eq!(isos("The treaty was signed on April 9, 2019 in Oslo.", p), ["2019-04-09"]);
        assert_eq!(isos("The treaty was signed on 9 April 2019 in Oslo.", p), ["2019-04-09"]);
        assert_eq!(isos("Talks resumed on the 9th of April, 2019.", p), ["2019-04-09"]);
        assert_eq!(isos("Ministers met Apr. 9 and again Sept. 3.", Some("2023-09-20")), ["2023-04-09", "2023-09-03"]);
        assert_eq!(isos("The envoys spoke on May 2nd.", p), ["2023-05-02"]);
        assert_eq!(isos("A FILE PHOTO DATED JANUARY 5, 2021.", p), ["2021-01-05"]);
        assert_eq!(isos("Records from 2019-04-09 show it.", p), ["2019-04-09"]);
    }

    #[test]
    fn numeric_dates_only_when_unambiguous() {
        let p = Some("2023-05-20");
        assert_eq!(isos("Statement on the call, 2/14/2023", p), ["2023-02-14"]);
        assert_eq!(isos("Statement on the call, 14/2/2023", p), ["2023-02-14"]);
        assert_eq!(isos("Minutes of 14.02.2023 meeting", p), ["2023-02-14"]);
        assert_eq!(isos("Minutes of 4/2/2023", p), Vec::<String>::new());
        assert_eq!(isos("Help is available 24/7 and the 9/11 memorial", p), Vec::<String>::new());
    }

    #[test]
    fn spans_take_the_preposition_and_text_order() {
        let text = "Kyiv \u{2014} Officials said on June 3rd that a second round, planned for 12 June, went ahead.";
        let found = find_dates(text, Span { start: 0, end: text.len() }, Some(day("2023-06-20")));
        let spans: Vec<&str> = found.iter().map(|m| &text[m.span.start..m.span.end]).collect();
        assert_eq!(spans, ["on June 3rd", "12 June"]);
        assert!(found[0].span.start < found[1].span.start);
    }

    #[test]
    fn day_ranges_date_from_their_first_day() {
        assert_eq!(words("The summit on 11-12 July ended.", Some("2023-07-20")), ["on 11-12 July"]);
        assert_eq!(isos("The summit on 11-12 July ended.", Some("2023-07-20")), ["2023-07-11"]);
        assert_eq!(isos("The summit on July 11-12 ended.", Some("2023-07-20")), ["2023-07-11"]);
    }

    #[test]
    fn a_day_without_year_takes_the_publication_year_unless_far_ahead() {
        assert_eq!(isos("They met on 3 March.", Some("2022-03-10")), ["2022-03-03"]);
        // An announced event weeks ahead keeps the year.
        assert_eq!(isos("A referendum is set for April 30.", Some("2022-03-10")), ["2022-04-30"]);
        // Months ahead, or across New Year: last year's.
        assert_eq!(isos("Since the vote on August 14, prices rose.", Some("2022-03-10")), ["2021-08-14"]);
        assert_eq!(isos("They last spoke on December 29.", Some("2023-01-04")), ["2022-12-29"]);
        assert_eq!(isos("Born on 29 February.", Some("2023-03-10")), ["2020-02-29"]);
    }

    #[test]
    fn without_publication_date_a_month_day_has_no_year() {
        assert_eq!(
            dates("They spoke on 25 June.", None),
            [("on 25 June".into(), DateKind::Calendar, Some("--06-25".into()))]
        );
        assert_eq!(isos("No one expected 31 February.", None), Vec::<String>::new());
        assert_eq!(
            dates("They spoke on Monday and yesterday.", None),
            [("on Monday".into(), DateKind::Weekday, None), ("yesterday".into(), DateKind::Relative, None)]
        );
    }

    #[test]
    fn weekdays_are_the_latest_on_or_before_publication() {
        // 2022-10-11 is a Tuesday.
        let p = Some("2022-10-11");
        assert_eq!(isos("The ministers spoke on Monday.", p), ["2022-10-10"]);
        assert_eq!(isos("The ministers spoke Tuesday.", p), ["2022-10-11"]);
        assert_eq!(isos("They had spoken on Wednesday.", p), ["2022-10-05"]);
        assert_eq!(isos("They spoke this Sunday.", p), ["2022-10-09"]);
        assert_eq!(isos("They spoke last Tuesday.", p), ["2022-10-04"]);
        assert_eq!(isos("They will speak next Monday.", p), ["2022-10-17"]);
        assert_eq!(isos("The mayor's Monday statement", p), ["2022-10-10"]);
    }

    #[test]
    fn weekdays_keep_their_time_of_day() {
        let p = Some("2022-10-15"); // a Saturday
        assert_eq!(words("It happened Friday night (Kyiv time) again.", p), ["Friday night (Kyiv time)"]);
        assert_eq!(words("The aides spoke late on Thursday.", p), ["late on Thursday"]);
        assert_eq!(words("It was announced early Monday.", p), ["early Monday"]);
        assert_eq!(
            dates("He called On Wednesday (12) to confirm.", p),
            [("On Wednesday (12)".into(), DateKind::Weekday, Some("2022-10-12".into()))]
        );
        assert_eq!(isos("They spoke on Friday last week.", p), ["2022-10-07"]);
        assert_eq!(isos("They spoke on Friday.", p), ["2022-10-14"]);
    }

    #[test]
    fn weekday_names_that_are_not_days() {
        let p = Some("2022-04-20");
        assert!(dates("Crowds gathered on Good Friday and Easter Sunday.", p).is_empty());
        assert!(dates("He told the Sunday Times he meets them on Mondays.", p).is_empty());
        assert!(dates("The monday meeting; Wed Sat Sun.", p).is_empty());
    }

    #[test]
    fn days_counted_from_publication() {
        let p = Some("2022-10-11");
        assert_eq!(
            dates("Officials said today that the two had met yesterday afternoon.", p),
            [
                ("today".into(), DateKind::Relative, Some("2022-10-11".into())),
                ("yesterday afternoon".into(), DateKind::Relative, Some("2022-10-10".into()))
            ]
        );
        assert_eq!(
            words("He called earlier today and again late last night.", p),
            ["earlier today", "late last night"]
        );
        assert_eq!(isos("He called earlier today and again late last night.", p), ["2022-10-11", "2022-10-10"]);
        assert_eq!(isos("This morning she phoned; tonight she flies.", p), ["2022-10-11", "2022-10-11"]);
        assert_eq!(isos("The day before yesterday they agreed.", p), ["2022-10-09"]);
        assert_eq!(isos("They meet tomorrow morning.", p), ["2022-10-12"]);
        assert_eq!(isos("They spoke two days ago, and 3 days ago.", p), ["2022-10-09", "2022-10-08"]);
        assert!(dates("He told USA Today nothing.", p).is_empty());
    }

    #[test]
    fn periods_are_vague() {
        let p = Some("2022-10-11");
        let found =
            dates("They spoke last week, earlier this month, over the weekend and recently; a few weeks ago, too.", p);
        let expected = ["last week", "earlier this month", "over the weekend", "recently", "few weeks ago"];
        assert_eq!(found.iter().map(|(w, ..)| w.as_str()).collect::<Vec<_>>(), expected);
        assert!(found.iter().all(|(_, k, w)| *k == DateKind::Vague && w.is_none()));
    }

    #[test]
    fn the_eve_of_a_dated_event() {
        let p = Some("2023-06-30");
        assert_eq!(
            dates("They conferred on the eve of the summit on June 25 in Rome.", p),
            [("on the eve of the summit on June 25".into(), DateKind::Relative, Some("2023-06-24".into()))]
        );
        assert_eq!(isos("The day after Monday's vote, he resigned.", p), ["2023-06-27"]);
        assert_eq!(isos("On the eve of 1 March they met.", None), ["--02-29"]);
        assert_eq!(
            dates("They conferred on the eve of the alliance summit. On 2 July they met.", p),
            [
                ("on the eve of".into(), DateKind::Vague, None),
                ("On 2 July".into(), DateKind::Calendar, Some("2023-07-02".into()))
            ]
        );
    }

    #[test]
    fn a_weekday_or_relative_word_next_to_a_written_date_is_one_mention() {
        let p = Some("2023-08-08");
        assert_eq!(
            dates("He held a call this afternoon, 7 August 2023, with the envoy.", p),
            [("this afternoon, 7 August 2023".into(), DateKind::Calendar, Some("2023-08-07".into()))]
        );
        assert_eq!(words("On Monday, August 7, they spoke.", p), ["On Monday, August 7"]);
        assert_eq!(isos("On Monday, August 7, they spoke.", p), ["2023-08-07"]);
        assert_eq!(words("They spoke on 6 August (Sunday).", p), ["on 6 August (Sunday)"]);
        assert_eq!(words("Tue 8 Aug 2023 10.00 BST", p), ["Tue 8 Aug 2023"]);
    }

    #[test]
    fn numbers_and_words_that_are_not_dates() {
        let p = Some("2022-10-11");
        for text in [
            "Elections were held in 2014.",
            "In March, prices rose by March 2022 standards.",
            "Leaders may meet; they may 5 times.",
            "In May 5 million people voted.",
            "Aid reached $6 billion, or 5,000 tonnes.",
            "The meeting starts at 10 a.m. and ends at 12:30.",
            "Prime Minister Theresa May spoke.",
            "They marched 6 miles.",
        ] {
            assert!(dates(text, p).is_empty(), "{text}: {:?}", dates(text, p));
        }
        assert_eq!(isos("The 6 March agreement holds.", p), ["2022-03-06"]);
    }

    #[test]
    fn reads_only_the_span_given() {
        let text = "On Monday they met. On Tuesday they spoke.";
        let second = text.find("On Tuesday").unwrap();
        let found = find_dates(text, Span { start: second, end: text.len() }, Some(day("2022-10-11")));
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.start..found[0].span.end], "On Tuesday");
        assert!(find_dates(text, Span { start: 5, end: 500 }, None).len() <= 2);
        assert!(find_dates(text, Span { start: 30, end: 3 }, None).is_empty());
    }

    /// Words open a mention in any case, names only in Title case or capitals, and only
    /// the words of the lexicons open one at all.
    #[test]
    fn openers_in_any_case() {
        assert_eq!(
            words("YESTERDAY the talks ended. Talks went on In Recent Days, THREE DAYS AGO.", Some("2022-03-06")),
            vec!["YESTERDAY", "In Recent Days", "THREE DAYS AGO"]
        );
        assert_eq!(
            isos("They met on SEPTEMBER 5 and will march 6 miles on FRIDAY.", Some("2022-10-01")),
            vec!["2022-09-05", "2022-09-30"]
        );
        assert!(dates("Thee yesterdays septembers the daily weeks.", Some("2022-10-01")).is_empty());
    }

    #[test]
    fn never_panics_and_stays_linear() {
        let odd = "Σ 31/12/9999 2022-99-99 March 32 9999-12-31 the eve of \u{1F600} 0/0/0000 Mar. . , ( ) 1st of";
        for end in 0..=odd.len() {
            if odd.is_char_boundary(end) {
                let _ = find_dates(odd, Span { start: 0, end }, Some(day("2022-01-01")));
                let _ = parse_written_date(&odd[..end]);
                let _ = published_in_text(&odd[..end]);
            }
        }
        let _ = find_dates("on Monday", Span { start: 0, end: 9 }, NaiveDate::from_ymd_opt(-262_000, 1, 1));
        let big = "They spoke on Monday, 6 March, and yesterday. ".repeat(20_000);
        assert_eq!(find_dates(&big, Span { start: 0, end: big.len() }, Some(day("2023-03-08"))).len(), 40_000);
    }

    #[test]
    fn written_dates_in_metadata() {
        let d = |s: &str| parse_written_date(s).map(|d| d.to_string());
        assert_eq!(d("Fri Mar 13 21:30:09 EST 2015").as_deref(), Some("2015-03-13"));
        assert_eq!(d("13 March 2015").as_deref(), Some("2015-03-13"));
        assert_eq!(d("Friday, March 13th, 2015 at 9:30 p.m.").as_deref(), Some("2015-03-13"));
        assert_eq!(d("Fri, 13 Mar 2015 21:30:09 -0500").as_deref(), Some("2015-03-13"));
        assert_eq!(d("2015-03-13T05:00:00+11:00").as_deref(), Some("2015-03-13"));
        assert_eq!(d("Wed, 03/18/2015 - 03:28").as_deref(), Some("2015-03-18"));
        assert_eq!(d("Tue 6 Mar 2018 10.00 GMT").as_deref(), Some("2018-03-06"));
        for s in ["March 2015", "March 13", "3/6/2015", "Published by Reuters", "13 March 2015 and 14 March 2015", ""] {
            assert_eq!(d(s), None, "{s}");
        }
    }

    #[test]
    fn publication_date_from_a_date_line_at_the_top() {
        let p = |s: &str| published_in_text(s).map(|d| d.to_string());
        assert_eq!(
            p("Ministers talk by phone\n\nBy A. Writer\nMon 6 Mar 2023 14.05 GMT\n\nThe ministers spoke.").as_deref(),
            Some("2023-03-06")
        );
        assert_eq!(p("Headline\nPublished: March 6, 2023 10:00 ET\nBody.").as_deref(), Some("2023-03-06"));
        assert_eq!(p("By\nStaff Writer\n\nPUBLISHED:\n\n  \n 11:20 EST, 6 March 2023\n| UPDATED:\n12:00 EST, 7 March 2023\nBody.").as_deref(), Some("2023-03-06"));
        assert_eq!(p("Headline\nUpdated 7 March 2023\nBody.").as_deref(), Some("2023-03-07"));
        assert_eq!(p("Headline\nPosted at 9:15 AM, Mar 6, 2023\nBody.").as_deref(), Some("2023-03-06"));
        assert_eq!(p("News | Thu, 03/16/2023 - 10:02\nBody.").as_deref(), Some("2023-03-16"));
    }

    #[test]
    fn publication_date_from_a_dateline_or_headline() {
        let p = |s: &str| published_in_text(s).map(|d| d.to_string());
        assert_eq!(p("Headline\nBERLIN, March 6, 2023 (Wire) - Leaders spoke.").as_deref(), Some("2023-03-06"));
        assert_eq!(p("Headline\nTALLINN (Wire) Mar 6, 2023\nLeaders spoke.").as_deref(), Some("2023-03-06"));
        assert_eq!(
            p("Minister call with the President of Chile: 6 March 2023\nThe minister spoke.").as_deref(),
            Some("2023-03-06")
        );
        // No year: no publication date.
        assert_eq!(p("BERLIN, March 6 (Wire) - Leaders spoke."), None);
    }

    #[test]
    fn no_publication_date_from_the_body() {
        let p = |s: &str| published_in_text(s);
        assert_eq!(p("The leaders spoke on Monday, March 6, 2023.\nThey agreed."), None);
        assert_eq!(p("Headline\nThe talks, held on 6 March 2023, went well: 6 March 2023 was cold."), None);
        let late = format!("{}March 6, 2023\n", "A line of body text.\n".repeat(10));
        assert_eq!(p(&late), None);
        assert_eq!(p("Author:\nJane Roe\nDate:\n\nThe leaders spoke.\n"), None);
    }
}
