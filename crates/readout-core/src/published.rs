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

/// `date` as `YYYY-MM-DD` (what `format("%Y-%m-%d")` writes, without parsing the format;
/// chrono's formatting code stays out of the page's wasm). A year outside 0..=9999 is
/// signed and at least four digits, as chrono writes it (`+10000-01-01`, `-0044-03-15`).
pub fn iso_date(date: NaiveDate) -> String {
    let year = date.year();
    let mut out = String::with_capacity(12);
    if !(0..=9999).contains(&year) {
        out.push(if year < 0 { '-' } else { '+' });
    }
    let y = year.unsigned_abs();
    let mut year_width = 1000;
    while year_width * 10 <= y {
        year_width *= 10;
    }
    for (i, (n, width)) in [(y, year_width), (date.month(), 10), (date.day(), 10)].into_iter().enumerate() {
        if i > 0 {
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
/// reads it (which other strings fall back to). By hand, as [`parse_compact_date`] is:
/// chrono's parser would add about 12 KB to the page's wasm.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    if !is_iso_date(s) {
        return parse_as_chrono(s);
    }
    let num = |r: std::ops::Range<usize>| s[r].bytes().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10))
}

/// `%Y-%m-%d` as chrono's parser reads it: each number after any leading white space; the
/// year with a sign and any number of digits, or else up to four digits; the month and the
/// day one or two digits; nothing after.
fn parse_as_chrono(s: &str) -> Option<NaiveDate> {
    fn number(s: &str, max: usize) -> Option<(&str, i64)> {
        let s = s.trim_start();
        let digits = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
        let n = s[..digits].bytes().try_fold(0i64, |n, c| n.checked_mul(10)?.checked_add(i64::from(c - b'0')));
        Some((&s[digits..], n.filter(|_| digits > 0)?))
    }
    let rest = s.trim_start();
    let (rest, year) = match rest.as_bytes().first() {
        Some(b'-') => number(&rest[1..], usize::MAX).map(|(r, v)| (r, -v))?,
        Some(b'+') => number(&rest[1..], usize::MAX)?,
        _ => number(rest, 4)?,
    };
    let (rest, month) = number(rest.strip_prefix('-')?, 2)?;
    let (rest, day) = number(rest.strip_prefix('-')?, 2)?;
    if !rest.is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(year.try_into().ok()?, month.try_into().ok()?, day.try_into().ok()?)
}

/// The date of eight digits `YYYYMMDD` (GDELT's), as `parse_from_str(s, "%Y%m%d")` reads
/// them.
pub fn parse_compact_date(s: &str) -> Option<NaiveDate> {
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(4..6)?, num(6..8)?)
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

/// The date a page's address gives (`/2023/05/02/`, `/2023-05-02-slug`), for pages
/// whose metadata and text give none. A year and a month without a day is no date.
pub fn from_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let segments: Vec<&str> = path.split('/').collect();
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let valid = |y: u32, m: u32, d: u32| {
        let date = format!("{y:04}-{m:02}-{d:02}");
        ((1990..=2100).contains(&y) && is_iso_date(&date)).then_some(date)
    };
    for (i, segment) in segments.iter().enumerate() {
        if let (Some(y), Some(m), Some(d)) = (
            number(segment, 4..=4),
            segments.get(i + 1).and_then(|s| number(s, 1..=2)),
            segments
                .get(i + 2)
                .and_then(|s| number(&s[..s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len())], 1..=2)),
        ) {
            if let Some(date) = valid(y, m, d) {
                return Some(date);
            }
        }
        if let Some(date) = segment.get(..10).filter(|d| is_iso_date(d)) {
            if segment.len() == 10 || !segment.as_bytes()[10].is_ascii_digit() {
                return Some(date.to_string())
                    .filter(|d| d[..4].parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y)));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_addresses() {
        assert_eq!(from_url("https://example.org/2023/05/02/ferry-saved.html").as_deref(), Some("2023-05-02"));
        assert_eq!(from_url("https://example.org/news/2019/11/8/story").as_deref(), Some("2019-11-08"));
        assert_eq!(from_url("https://example.org/world/2021-03-04-leaders-talk").as_deref(), Some("2021-03-04"));
        assert_eq!(from_url("https://example.org/2018/10/kate.html"), None);
        assert_eq!(from_url("https://example.org/2023/13/02/x"), None);
        assert_eq!(from_url("https://example.org/story/1234/56/78"), None);
        assert_eq!(from_url("https://2023.example.org/x?d=/2023/05/02/"), None);
        assert_eq!(from_url("not a url"), None);
    }

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
        for (y, m, d) in [
            (2022, 3, 6),
            (1999, 12, 31),
            (33, 1, 9),
            (0, 2, 29),
            (9999, 11, 30),
            (10_000, 1, 1),
            (-44, 3, 15),
            (-1, 1, 1),
            (-10_000, 5, 6),
            (262_142, 12, 31),
            (-262_143, 1, 1),
            (1, 1, 1),
            (999, 7, 4),
        ] {
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
    fn reads_odd_dates_as_chrono_does() {
        let mut inputs: Vec<String> = Vec::new();
        for year in
            ["2024", "2023", "1900", "0", "42", "0042", "9999", "+10000", "-44", "+2024", "-0", "12345", "99999999999"]
        {
            for month in ["0", "1", "02", "2", "12", "13", "012", " 3", "+3", "-3"] {
                for day in ["0", "1", "01", "29", "30", "31", "32", "001", " 5", "5 ", "5x"] {
                    inputs.push(format!("{year}-{month}-{day}"));
                }
            }
        }
        inputs.extend(
            [
                "",
                " ",
                "-",
                "--",
                "2024--01",
                "2024-01-",
                "\u{3000}2024-01-05",
                "2024-\t1-05",
                "+-2024-01-01",
                "+99999999999999999999-01-01",
            ]
            .map(String::from),
        );
        for s in &inputs {
            assert_eq!(parse_iso_date(s), NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(), "{s:?}");
        }
        for year in 0..=9999 {
            for (month, day) in [(1, 1), (2, 28), (2, 29), (2, 30), (4, 31), (12, 31), (0, 1), (13, 1), (1, 0), (1, 32)]
            {
                let s = format!("{year:04}{month:02}{day:02}");
                assert_eq!(parse_compact_date(&s), NaiveDate::parse_from_str(&s, "%Y%m%d").ok(), "{s}");
            }
        }
        for odd in ["2024010", "202401011", "2024+101", "2024 101", "２０２４0101", ""] {
            assert_eq!(parse_compact_date(odd), None, "{odd}");
        }
    }

    #[test]
    fn reads_date_times() {
        assert_eq!(from_iso_datetime("2015-03-13T05:00:00+11:00").as_deref(), Some("2015-03-13"));
        assert_eq!(from_iso_datetime(" 2015-03-13 "), Some("2015-03-13".into()));
        assert_eq!(from_iso_datetime("March 2015"), None);
    }
}
