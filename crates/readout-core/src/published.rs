//! The publication date of a document.

use chrono::{Datelike, NaiveDate};

/// Splits off the plain-text convention of a first line ` date YYYY-MM-DD`, returning the
/// date and the text after it. The article may follow on the same line or the next.
pub fn split_date_line(text: &str) -> Option<(String, &str)> {
    let rest = text.trim_start_matches([' ', '\t']).strip_prefix("date ")?;
    let date = rest.get(..10)?;
    if !is_iso_date(date) {
        return None;
    }
    let after = &rest[10..];
    if !after.is_empty() && !after.starts_with(char::is_whitespace) {
        return None;
    }
    Some((date.to_string(), after.trim_start()))
}

/// `date` as `YYYY-MM-DD` (what `format("%Y-%m-%d")` writes, without parsing the format).
pub fn iso_date(date: NaiveDate) -> String {
    let year = date.year();
    if !(0..=9999).contains(&year) {
        return date.format("%Y-%m-%d").to_string();
    }
    let (y, m, d) = (year.unsigned_abs(), date.month(), date.day());
    let mut out = String::with_capacity(10);
    for (n, width) in [(y, 1000), (m, 10), (d, 10)] {
        if !out.is_empty() {
            out.push('-');
        }
        let mut unit = width;
        while unit > 0 {
            out.push(char::from(b'0' + (n / unit % 10) as u8));
            unit /= 10;
        }
    }
    out
}

/// The date of a `YYYY-MM-DD` string, as `NaiveDate::parse_from_str(s, "%Y-%m-%d")`
/// reads it (which other strings fall back to).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    if !is_iso_date(s) {
        return NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    }
    let num = |r: std::ops::Range<usize>| s[r].bytes().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10))
}

/// `YYYY-MM-DD` with a real month and a day that month can have.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m),
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The `YYYY-MM-DD` at the start of an ISO 8601 date-time such as
/// `2015-03-13T05:00:00+11:00`, as HTML metadata gives it.
pub fn from_iso_datetime(value: &str) -> Option<String> {
    let date = value.trim().get(..10)?;
    is_iso_date(date).then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_line_on_its_own_line_or_before_the_text() {
        assert_eq!(split_date_line(" date 2022-03-10\nReadout"), Some(("2022-03-10".into(), "Readout")));
        assert_eq!(split_date_line("date 2022-10-11 Kyiv, Monday"), Some(("2022-10-11".into(), "Kyiv, Monday")));
        assert_eq!(split_date_line(" date 2022-10-11"), Some(("2022-10-11".into(), "")));
    }

    #[test]
    fn no_date_line() {
        assert_eq!(split_date_line("The date 2022-10-11 was set"), None);
        assert_eq!(split_date_line(" date 2022-13-01 text"), None);
        assert_eq!(split_date_line(" date 2022-02-30 text"), None);
        assert_eq!(split_date_line(" date 2022-10-111"), None);
        assert_eq!(split_date_line(" date 2022-1é-11 x"), None);
    }

    #[test]
    fn checks_calendar_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("1900-02-29"));
        assert!(!is_iso_date("2022-00-10"));
    }

    #[test]
    fn writes_and_reads_dates_as_chrono_does() {
        for (y, m, d) in [(2022, 3, 6), (1999, 12, 31), (33, 1, 9), (0, 2, 29), (9999, 11, 30), (10_000, 1, 1), (-44, 3, 15)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let written = date.format("%Y-%m-%d").to_string();
            assert_eq!(iso_date(date), written);
            assert_eq!(parse_iso_date(&written), NaiveDate::parse_from_str(&written, "%Y-%m-%d").ok(), "{written}");
        }
        for odd in ["2022-02-30", "2022-3-6", " 2022-03-06", "22-03-06", ""] {
            assert_eq!(parse_iso_date(odd), NaiveDate::parse_from_str(odd, "%Y-%m-%d").ok(), "{odd}");
        }
    }

    #[test]
    fn reads_date_times() {
        assert_eq!(from_iso_datetime("2015-03-13T05:00:00+11:00").as_deref(), Some("2015-03-13"));
        assert_eq!(from_iso_datetime(" 2015-03-13 "), Some("2015-03-13".into()));
        assert_eq!(from_iso_datetime("March 2015"), None);
    }
}
