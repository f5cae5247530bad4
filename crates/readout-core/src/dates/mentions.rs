use super::*;

/// "On the eve of …", "the day before …": the date that follows within a few words,
/// shifted; without one, a vague mention.
pub(super) fn anchored_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
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
            return Some(Found {
                mention: DateMention { span, when, kind: DateKind::Relative, yearless: false },
                next: f.next,
            });
        }
        j += 1;
    }
    let span = Span { start: t.toks[start].start, end: t.toks[next - 1].end };
    Some(Found { mention: DateMention { span, when: None, kind: DateKind::Vague, yearless: false }, next })
}

/// A single date expression starting at token `i` (its modifiers may start earlier, but
/// not before `floor`).
pub(super) fn mention_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
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

pub(super) fn found(t: &Toks, first: usize, last: usize, when: Option<When>, kind: DateKind) -> Found {
    let span = Span { start: t.toks[first].start, end: t.toks[last].end };
    Found { mention: DateMention { span, when, kind, yearless: false }, next: last + 1 }
}

/// "today", "yesterday afternoon", "late last night", "earlier this week", "recently".
pub(super) fn relative_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
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

/// "two days ago" (a day), "a few weeks ago" (vague), "the past three weeks" (vague: a
/// period). Matched at the unit.
pub(super) fn ago_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
    let &(_, counts) = AGO_UNITS.iter().find(|(u, _)| t.word_ci(i, u))?;
    if !t.word_ci(i + 1, "ago") {
        return period_at(t, i, floor);
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

/// "the past three weeks", "the last few days", "the coming months": a period, no day.
/// Matched at the unit `i`.
fn period_at(t: &Toks, i: usize, floor: usize) -> Option<Found> {
    let counted = |c: usize| {
        t.num(c).is_some()
            || ["few", "several", "many"].iter().any(|w| t.word_ci(c, w))
            || t.word(c).is_some_and(|w| NUMBER_WORDS.iter().any(|(n, _)| n.eq_ignore_ascii_case(w)))
    };
    let mut first = i.checked_sub(1).filter(|&c| c >= floor && !t.breaks_before(i))?;
    if counted(first) && first > floor && !t.breaks_before(first) {
        first -= 1;
    }
    if !PERIOD_OPENERS.iter().any(|w| t.word_ci(first, w)) {
        return None;
    }
    let first = t.extend_back(first, floor, &["the"]);
    Some(found(t, first, i, None, DateKind::Vague))
}

/// A written date, with "on" and a weekday before it ("on Tue 6 Mar 2022").
pub(super) fn calendar_mention_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
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
    let mut date = found(t, first, cal.last, when, DateKind::Calendar);
    date.mention.yearless = cal.year.is_none();
    Some(date)
}

/// A weekday with what places and narrows it: "last Monday", "late on Friday", "Monday
/// night (Kyiv time)", "Friday last week".
pub(super) fn weekday_at(t: &Toks, i: usize, floor: usize, published: Option<NaiveDate>) -> Option<Found> {
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
pub(super) fn merge_neighbours(text: &str, found: Vec<Found>) -> Vec<DateMention> {
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
                    yearless: dated.yearless,
                };
                continue;
            }
        }
        out.push(m);
    }
    out
}
