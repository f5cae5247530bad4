use super::*;

/// A written date: its tokens, month, day and year if written.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cal {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) month: u32,
    pub(super) day: u32,
    pub(super) year: Option<i32>,
}

/// A written date starting at token `i` (or a day range "24-25 June" ending there).
pub(super) fn calendar_at(t: &Toks, i: usize) -> Option<Cal> {
    // Only a number or a month name starts one.
    match t.toks.get(i)?.kind {
        Kind::Num => iso_at(t, i).or_else(|| numeric_at(t, i).flatten()).or_else(|| day_first_at(t, i)),
        Kind::Word => month_first_at(t, i),
        Kind::Punct => None,
    }
}

/// `2022-03-06`.
pub(super) fn iso_at(t: &Toks, i: usize) -> Option<Cal> {
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
pub(super) fn numeric_at(t: &Toks, i: usize) -> Option<Option<Cal>> {
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
pub(super) fn month_first_at(t: &Toks, i: usize) -> Option<Cal> {
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
pub(super) fn day_first_at(t: &Toks, i: usize) -> Option<Cal> {
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
pub(super) fn year_after(t: &Toks, last: usize) -> Option<(i32, usize)> {
    let j = if t.is_punct(last + 1, ',') && t.adjacent(last + 1) { last + 2 } else { last + 1 };
    let y = t.num(j).filter(|_| t.digits(j) == 4 && !t.adjacent(j) && !t.glued_after(j))?;
    (1900..=2100).contains(&y).then_some((y as i32, j))
}

/// A day number (1–31) with an optional ordinal ending: "6", "25th". Returns the day and
/// its last token.
pub(super) fn day_at(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let day = t.num(i).filter(|&d| t.digits(i) <= 2 && (1..=31).contains(&d))?;
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| t.word_ci(i + 1, s)) && t.adjacent(i + 1);
    Some((day, if ordinal { i + 1 } else { i }))
}

/// Whether `day` exists in `month` in some year.
pub(super) fn plausible_day(month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, month, day).is_some()
}

/// A month name in Title case or capitals.
pub(super) fn month_word(t: &Toks, i: usize) -> Option<u32> {
    let w = t.word(i).filter(|_| t.opens(i, Opens::Name))?;
    MONTHS.iter().find(|(name, _)| title_or_caps(w, name)).map(|&(_, m)| m)
}

/// Whether token `i` is a month abbreviation followed by its full stop ("Sept.").
pub(super) fn abbreviation_stop(t: &Toks, i: usize) -> bool {
    let full = |m: u32| MONTHS.iter().filter(|e| e.1 == m).map(|e| e.0.len()).max().unwrap_or(0);
    t.is_punct(i + 1, '.') && t.adjacent(i + 1) && month_word(t, i).is_some_and(|m| t.s(i).len() < full(m))
}

/// A weekday name in Title case or capitals, and whether it is abbreviated.
pub(super) fn weekday_word(t: &Toks, i: usize) -> Option<(Weekday, bool)> {
    let w = t.word(i).filter(|_| t.opens(i, Opens::Name))?;
    WEEKDAYS.iter().find(|(name, ..)| title_or_caps(w, name)).map(|&(_, d, abbr)| (d, abbr))
}

pub(super) fn title_or_caps(word: &str, name: &str) -> bool {
    let (w, n) = (word.as_bytes(), name.as_bytes());
    // Both ways the first byte is the name's or its capital: most names are turned away by it.
    let first = |c: u8| w.first().is_some_and(|&f| f == c || f == c.to_ascii_uppercase());
    w.len() == n.len()
        && n.first().is_some_and(|&c| first(c))
        && (w == n || (w.iter().all(u8::is_ascii_uppercase) && w.eq_ignore_ascii_case(n)))
}

pub(super) fn shift(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(days)?)
}

/// The day `month`/`day` in the publication year, or the latest earlier year in which it
/// is not more than [`FUTURE_SLACK_DAYS`] after publication.
pub(super) fn month_day_before(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let latest = shift(published, FUTURE_SLACK_DAYS)?;
    (0..8)
        .map(|back| published.year() - back)
        .find_map(|y| NaiveDate::from_ymd_opt(y, month, day).filter(|d| *d <= latest))
}

/// The weekday `day` that `reference` points at, counted from `published`.
pub(super) fn weekday_from(published: NaiveDate, day: Weekday, reference: WeekdayRef) -> Option<NaiveDate> {
    let back = i64::from((published.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7);
    match reference {
        WeekdayRef::OnOrBefore => shift(published, -back),
        WeekdayRef::Before => shift(published, if back == 0 { -7 } else { -back }),
        WeekdayRef::After => shift(published, if back == 0 { 7 } else { 7 - back }),
    }
}

/// The weekday `day` of the (Monday to Sunday) week before the week of `published`.
pub(super) fn week_before(published: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let monday = shift(published, -i64::from(published.weekday().num_days_from_monday()))?;
    shift(monday, i64::from(day.num_days_from_monday()) - 7)
}

/// A time of day starting at token `i`: "21:30:09", "1:23", "10.00" (before a zone, "am"
/// or the end). Returns the token after it.
pub(super) fn time_at(t: &Toks, i: usize) -> Option<usize> {
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
