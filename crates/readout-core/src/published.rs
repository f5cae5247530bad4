//! The publication date of a document.

use chrono::NaiveDate;

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

/// The day of a `YYYY-MM-DD` date, as the core writes publication dates. Read by hand, as
/// [`parse_compact_date`] is: chrono's parser (`NaiveDate::parse_from_str`) would add
/// about 12 KB to the page's wasm.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    ymd(&s[..4], &s[5..7], &s[8..10])
}

/// The day of eight digits `YYYYMMDD` (GDELT's dates).
pub fn parse_compact_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 8 {
        return None;
    }
    ymd(s.get(..4)?, s.get(4..6)?, s.get(6..8)?)
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year) && digits(month) && digits(day)) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
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
    fn reads_dates_as_chrono_does() {
        // Every day of a leap year and a common year, and days that do not exist.
        let mut inputs: Vec<String> = Vec::new();
        for year in ["2024", "2023", "1900", "2000", "0000", "0042", "9999"] {
            for month in 0..=13 {
                for day in 0..=32 {
                    inputs.push(format!("{year}-{month:02}-{day:02}"));
                    inputs.push(format!("{year}{month:02}{day:02}"));
                }
            }
        }
        inputs.extend(["", "2024-05-0x", "2024-05-08 ", "2024/05/08", "2024-05-8", "+2024-05-08", "2024-+5-08"].map(String::from));
        inputs.extend(["2024050", "202405081", "2024+508", "2024 508", "２０２４-05-08", "2é24-05-08"].map(String::from));
        for s in &inputs {
            let iso = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().filter(|_| s.len() == 10);
            assert_eq!(parse_iso_date(s), iso, "{s}");
            let compact = NaiveDate::parse_from_str(s, "%Y%m%d").ok().filter(|_| s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(parse_compact_date(s), compact, "{s}");
        }
        assert_eq!(parse_compact_date("20220315"), NaiveDate::from_ymd_opt(2022, 3, 15));
        assert_eq!(parse_iso_date("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
    }

    #[test]
    fn checks_calendar_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("1900-02-29"));
        assert!(!is_iso_date("2022-00-10"));
    }

    #[test]
    fn reads_date_times() {
        assert_eq!(from_iso_datetime("2015-03-13T05:00:00+11:00").as_deref(), Some("2015-03-13"));
        assert_eq!(from_iso_datetime(" 2015-03-13 "), Some("2015-03-13".into()));
        assert_eq!(from_iso_datetime("March 2015"), None);
    }
}
