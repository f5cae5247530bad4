use super::*;

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
pub(super) enum Label {
    Published,
    Updated,
}

/// Splits a leading "Published"/"Updated" label off a line.
pub(super) fn strip_label(line: &str) -> (Option<Label>, &str) {
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
pub(super) fn dateline_date(line: &str) -> Option<NaiveDate> {
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
pub(super) fn headline_date(line: &str) -> Option<NaiveDate> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
