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

mod calendar;
mod mentions;
mod published;
mod toks;

use calendar::*;
use mentions::*;
pub use published::{parse_written_date, published_in_text};
use toks::*;

pub use chrono::NaiveDate;
use chrono::{Datelike, TimeDelta, Weekday};

use crate::doc::token::{tokenize, Token};
use crate::doc::{Doc, Span};
use crate::lexicon::dates::{
    WeekdayRef, AGO_UNITS, ANCHORED_DAYS, DAY_PARTS, DAY_PART_BEFORE, MONTHS, NOT_A_DAY_AFTER, PERIOD_OPENERS,
    PUBLISHED_LABELS, RELATIVE_DAYS, TIME_ZONES, UPDATED_LABELS, VAGUE_TIMES, WEEKDAYS, WEEKDAY_NAME_AFTER,
    WEEKDAY_NAME_BEFORE, WEEKDAY_REFS,
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
    /// A calendar date written without its year ("12 March"), which took the
    /// publication's.
    pub yearless: bool,
}

/// Days a date without a year may fall after publication and still be this year's (an
/// announced referendum, visit or deadline); beyond them, the date is last year's.
const FUTURE_SLACK_DAYS: i64 = 92;

/// Every date expression within `span` of `text`, in text order, resolved against
/// `published`. A date without a year takes the publication year (or the year before,
/// when that would put it more than three months after publication); with no publication
/// date it is a [`When::MonthDay`]. Call it once over the span you need: it costs time linear
/// in the span's length.
#[cfg(test)]
pub fn find_dates(text: &str, span: Span, published: Option<NaiveDate>) -> Vec<DateMention> {
    read(&Toks::new(text, span), published)
}

/// [`find_dates`] over the Doc's tokens within `span`.
pub(crate) fn find_dates_in(doc: &Doc, span: Span, published: Option<NaiveDate>) -> Vec<DateMention> {
    read(&Toks::from_tokens(doc.text, &doc.tokens[doc.tokens_in(span)]), published)
}

/// How far into a paragraph a dateline, its place and its date, may reach ("WASHINGTON,
/// Sept. 15").
const DATELINE_REACH: usize = 40;

/// The day an article's dateline gives when it has no year ("MOSCOW, September 15.
/// /TASS/."): a written date that follows only a place in capitals at the start of one of
/// the first paragraphs. A dateline with its year is a publication date.
pub(crate) fn dateline_day(doc: &Doc) -> Option<DateMention> {
    const PARAGRAPHS: usize = 3;
    let sentences = &doc.sentences;
    let opening = (0..sentences.len()).filter(|&i| i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph);
    opening.map(|i| &sentences[i]).take_while(|s| s.paragraph < PARAGRAPHS).find_map(|s| {
        let span = Span { start: s.span.start, end: (s.span.start + DATELINE_REACH).min(s.span.end) };
        let d = find_dates_in(doc, span, None).into_iter().next()?;
        let place = &doc.text[s.span.start..d.span.start];
        let words = place.split([' ', ',']).filter(|w| !w.is_empty());
        let capitals = words.clone().all(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
        (d.kind == DateKind::Calendar && d.when.is_some() && capitals && (1..=3).contains(&words.count())).then_some(d)
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_without_its_year_gives_a_day() {
        let day = |text: &str| dateline_day(&Doc::new(text, None)).and_then(|d| d.when).map(When::to_iso);
        assert_eq!(day("Talks go on\n\nKYIV, March 6. /Agency/. Ministers met."), Some("--03-06".into()));
        // A date later in the sentence, or after a word that is not a place's, is no dateline's.
        assert_eq!(day("Ministers met in Kyiv on March 6 to talk."), None);
        assert_eq!(day("Talks, March 6, went well."), None);
    }

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
        let found = dates("They spoke over the past three weeks, in the last few days and in 12 days.", p);
        let expected = ["the past three weeks", "the last few days"];
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
}
