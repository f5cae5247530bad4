//! Calls in time, for a timeline: each call with a full date at its day, the calls of a
//! day of an unknown year ("--06-25") by that day, the undated ones apart; and an axis
//! whose ticks keep their labels apart at any span, from one day to centuries.
//!
//! Days are counted from 1970-01-01 by hand (H. Hinnant's civil-date algorithms), not
//! with chrono, whose parser and formatter would add their weight to the page's wasm.

use super::CallRow;
use crate::lexicon::dates::MONTHS;

/// The calls of a set of rows by when they happened; every list holds row indices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Calls with a full date, with its day number, in row order.
    pub dated: Vec<(usize, i64)>,
    /// The first and last day of `dated`.
    pub span: Option<(i64, i64)>,
    /// Calls on a day of an unknown year: each day (`--MM-DD`) once, in calendar order,
    /// with its calls in row order.
    pub year_unknown: Vec<(String, Vec<usize>)>,
    /// Calls without a date.
    pub undated: Vec<usize>,
}

impl Timeline {
    pub fn of(rows: &[CallRow]) -> Timeline {
        let mut timeline = Timeline::default();
        for (i, row) in rows.iter().enumerate() {
            let date = row.date.as_deref().unwrap_or("");
            if let Some(day) = day_number(date) {
                timeline.dated.push((i, day));
                timeline.span = Some(timeline.span.map_or((day, day), |(a, b)| (a.min(day), b.max(day))));
            } else if date.starts_with("--") {
                match timeline.year_unknown.binary_search_by(|(d, _)| d.as_str().cmp(date)) {
                    Ok(at) => timeline.year_unknown[at].1.push(i),
                    Err(at) => timeline.year_unknown.insert(at, (date.to_string(), vec![i])),
                }
            } else {
                timeline.undated.push(i);
            }
        }
        timeline
    }
}

/// The days since 1970-01-01 of a full date `YYYY-MM-DD`; `None` for anything else,
/// including days a month does not have.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let mut next = |len: usize| {
        let digits = parts.next().filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))?;
        Some(digits.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0')))
    };
    let (year, month, day) = (next(4)?, next(2)?, next(2)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The civil date (year, month, day) of a day number.
pub fn civil_date(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A month's name ("June").
pub fn month_name(month: i64) -> &'static str {
    MONTHS.iter().find(|&&(_, m)| i64::from(m) == month).map_or("", |&(name, _)| name)
}

/// One mark of a date axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub day: i64,
    /// "12 May 2023" on an axis of days, "May 2023" of months, "2023" of years.
    pub label: String,
}

/// The most ticks an axis gets, however long.
pub const MOST_TICKS: usize = 8;

/// Room, in characters, between two tick labels.
const GAP: i64 = 3;

/// The steps an axis may take, finest first.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Days(i64),
    Months(i64),
    Years(i64),
}

const STEPS: &[Step] = &[
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
    Step::Years(2000),
    Step::Years(5000),
];

impl Step {
    /// The fewest days between two of its ticks.
    fn least_days(self) -> i64 {
        match self {
            Step::Days(n) => n,
            Step::Months(n) => 28 + 30 * (n - 1),
            Step::Years(n) => 365 * n,
        }
    }

    /// The characters of its longest label.
    fn label_chars(self) -> i64 {
        match self {
            Step::Days(_) => "30 Sep 2023".len() as i64,
            Step::Months(_) => "Sep 2023".len() as i64,
            Step::Years(_) => 4,
        }
    }

    /// Its first tick on or after `day`: a day number.
    fn first_on_or_after(self, day: i64) -> i64 {
        let (year, month, date) = civil_date(day);
        match self {
            // Weeks and fortnights start on Mondays (1970-01-05 was one).
            Step::Days(n) => day + (if n >= 7 { 4 } else { 0 } - day).rem_euclid(n),
            Step::Months(n) => {
                let index = year * 12 + month - 1 + i64::from(date > 1);
                month_start(index + (-index).rem_euclid(n))
            }
            Step::Years(n) => {
                let from = year + i64::from(month > 1 || date > 1);
                month_start((from + (-from).rem_euclid(n)) * 12)
            }
        }
    }

    /// The tick after the one on `day`.
    fn next(self, day: i64) -> i64 {
        let (year, month, _) = civil_date(day);
        match self {
            Step::Days(n) => day + n,
            Step::Months(n) => month_start(year * 12 + month - 1 + n),
            Step::Years(n) => month_start((year + n) * 12),
        }
    }

    fn label(self, day: i64) -> String {
        let (year, month, date) = civil_date(day);
        let month = month_name(month).get(..3).unwrap_or("");
        match self {
            Step::Days(_) => format!("{date} {month} {year}"),
            Step::Months(_) => format!("{month} {year}"),
            Step::Years(_) => year.to_string(),
        }
    }
}

/// The day number of the first day of a month counted from year 0 (`year * 12 + month - 1`).
fn month_start(index: i64) -> i64 {
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The ticks of an axis from day `first` to day `last`, drawn `width` characters long: the
/// finest step (days, weeks, months, years) whose labels stand at least their own length
/// and a gap apart, with at most [`MOST_TICKS`] ticks; when none does (an axis too short
/// for its span), one tick at `first`.
pub fn ticks(first: i64, last: i64, width: i64) -> Vec<Tick> {
    let fits = |step: Step| step.least_days() * width >= (step.label_chars() + GAP) * (last - first);
    let step = STEPS.iter().copied().find(|&s| fits(s) && (1..=MOST_TICKS).contains(&count(s, first, last)));
    let Some(step) = step else {
        return vec![Tick { day: first, label: Step::Days(1).label(first) }];
    };
    let mut ticks = Vec::new();
    let mut day = step.first_on_or_after(first);
    while day <= last && ticks.len() < MOST_TICKS {
        ticks.push(Tick { day, label: step.label(day) });
        day = step.next(day);
    }
    ticks
}

/// How many ticks `step` puts between `first` and `last`, counting up to one more than
/// [`MOST_TICKS`].
fn count(step: Step, first: i64, last: i64) -> usize {
    let mut day = step.first_on_or_after(first);
    let mut n = 0;
    while day <= last && n <= MOST_TICKS {
        n += 1;
        day = step.next(day);
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Medium, Placed};

    #[test]
    fn day_numbers_and_civil_dates_are_inverse_across_leap_years() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("1969-12-31"), Some(-1));
        for day in [-700_000, -1, 0, 59, 60, 11_016, 11_017, 19_000, 2_932_896] {
            let (y, m, d) = civil_date(day);
            assert_eq!(day_number(&format!("{y:04}-{m:02}-{d:02}")), Some(day), "{day}");
        }
        for bad in ["2023-02-29", "2023-13-01", "2023-04-31", "2023-5-13", "--05-13", "2023-05-13x", ""] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
        assert_eq!(day_number("2024-02-29").map(civil_date), Some((2024, 2, 29)));
        assert_eq!(month_name(6), "June");
    }

    fn row(date: Option<&str>) -> CallRow {
        CallRow {
            participants: vec!["Ana Lind".into(), "Bo Sten".into()],
            placed: Placed::Unsaid,
            date: date.map(str::to_string),
            medium: Medium::Phone,
            topics: Vec::new(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn calls_stand_by_their_day_by_a_day_of_unknown_year_or_apart() {
        let rows: Vec<CallRow> = [
            Some("2023-05-12"),
            Some("--06-25"),
            None,
            Some("2001-01-02"),
            Some("--01-03"),
            Some("--06-25"),
            Some("2023-02-30"),
        ]
        .into_iter()
        .map(row)
        .collect();
        let timeline = Timeline::of(&rows);
        let (first, last) = (day_number("2001-01-02").unwrap(), day_number("2023-05-12").unwrap());
        assert_eq!(timeline.dated, [(0, last), (3, first)]);
        assert_eq!(timeline.span, Some((first, last)));
        assert_eq!(timeline.year_unknown, [("--01-03".to_string(), vec![4]), ("--06-25".to_string(), vec![1, 5])]);
        assert_eq!(timeline.undated, [2, 6], "a day no month has is no date");
    }

    fn labels(first: &str, last: &str, width: i64) -> Vec<String> {
        let ticks = ticks(day_number(first).unwrap(), day_number(last).unwrap(), width);
        ticks.into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn an_axis_of_any_span_gets_a_few_ticks_on_round_days_months_or_years() {
        assert_eq!(labels("2023-05-12", "2023-05-12", 80), ["12 May 2023"]);
        assert_eq!(
            labels("2023-05-12", "2023-05-15", 80),
            ["12 May 2023", "13 May 2023", "14 May 2023", "15 May 2023"]
        );
        assert_eq!(
            labels("2023-05-01", "2023-06-10", 80),
            ["1 May 2023", "8 May 2023", "15 May 2023", "22 May 2023", "29 May 2023", "5 Jun 2023"],
            "weeks start on Mondays"
        );
        assert_eq!(labels("2023-05-02", "2023-08-10", 80), ["Jun 2023", "Jul 2023", "Aug 2023"]);
        assert_eq!(
            labels("2022-11-20", "2023-04-02", 80),
            ["Dec 2022", "Jan 2023", "Feb 2023", "Mar 2023", "Apr 2023"]
        );
        assert_eq!(labels("2000-06-25", "2024-03-01", 80), ["2005", "2010", "2015", "2020"]);
        assert_eq!(labels("2000-01-01", "2024-03-01", 80), ["2000", "2005", "2010", "2015", "2020"]);
        assert_eq!(labels("0001-01-01", "9999-12-31", 80), ["2000", "4000", "6000", "8000"]);
    }

    #[test]
    fn tick_labels_keep_their_length_and_a_gap_apart_at_every_span_and_width() {
        let first = day_number("1999-12-30").unwrap();
        for width in [40, 80, 120] {
            for span in [1, 2, 5, 9, 20, 45, 70, 100, 200, 400, 800, 1500, 3000, 6000, 9125, 20_000, 50_000] {
                let ticks = ticks(first, first + span, width);
                assert!(!ticks.is_empty() && ticks.len() <= MOST_TICKS, "{span} days, {width}: {ticks:?}");
                for pair in ticks.windows(2) {
                    let apart = (pair[1].day - pair[0].day) * width / span;
                    let room = pair[0].label.len().max(pair[1].label.len()) as i64 + GAP;
                    assert!(apart >= room, "{span} days, {width}: {ticks:?}");
                }
                assert!(ticks.iter().all(|t| (first..=first + span).contains(&t.day)));
            }
        }
    }
}
