use std::collections::HashMap;

use chrono::Datelike;

use crate::lexicon::dates::POINTING_BACK;

use super::*;

/// A report's date written without its year, after a word that points back ("in that 12
/// March phone call", "the same 12 March"), that repeats the day and month of a date the
/// article wrote with its year before ("the conversation on 12 March 2003") is that day,
/// not one of the publication year; a bare "on 12 March" may be an anniversary. The
/// earlier dates are those of the sentences that report calls (`seen`, in text order);
/// the latest of each day and month counts.
pub(super) fn repeated_years(text: &str, reports: &mut [Report], seen: &[DateMention]) {
    let pointing = |d: &DateMention| {
        let before = text[..d.span.start].split_whitespace().next_back().unwrap_or("");
        POINTING_BACK.iter().any(|w| before.eq_ignore_ascii_case(w))
    };
    let mut yearless: Vec<(usize, usize)> = reports
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.date.filter(|d| d.yearless && pointing(d)).map(|d| (d.span.start, i)))
        .collect();
    crate::order::sort_by_key(&mut yearless, |&(at, _)| at);
    let mut written: HashMap<(u32, u32), When> = HashMap::new();
    let mut next = 0;
    for (at, i) in yearless {
        for d in seen[next..].iter().take_while(|d| d.span.start < at) {
            if let (DateKind::Calendar, false, Some(When::Day(day))) = (d.kind, d.yearless, d.when) {
                written.insert((day.month(), day.day()), When::Day(day));
            }
            next += 1;
        }
        let Some(date) = reports[i].date.as_mut() else { continue };
        let month_day = match date.when {
            Some(When::Day(day)) => (day.month(), day.day()),
            Some(When::MonthDay { month, day }) => (month, day),
            None => continue,
        };
        if let Some(&day) = written.get(&month_day) {
            date.when = Some(day);
        }
    }
}

impl Sent<'_, '_> {
    /// The date of the trigger's own clause: the nearest date expression with no report
    /// verb or subordinator between it and the trigger.
    pub(super) fn date(&self, t: &Trigger, dates: &[(DateMention, usize, usize)]) -> Option<DateMention> {
        let head = self.head(t);
        let quote = self.in_quote(t.at);
        let mut best: Option<((bool, usize), DateMention)> = None;
        let from = dates.partition_point(|&(_, _, last)| last + WINDOW < head);
        for &(d, first, last) in dates[from..].iter().take_while(|&&(_, first, _)| first <= t.at + WINDOW) {
            if self.in_quote(first) != quote {
                continue;
            }
            let (gap, distance) = if last < head {
                (last + 1..head, head - last)
            } else if first > t.at {
                (t.at + 1..first, first - t.at)
            } else {
                (first..first, 0)
            };
            if distance > WINDOW {
                continue;
            }
            // ", and the call between …" starts another report.
            let blocked = gap.clone().any(|j| {
                self.is_break(j)
                    || first > t.at && self.has(j, Flag::Topic)
                    || j + 2 == head && self.word(j) == "," && self.is(j + 1, "and")
            });
            if blocked || last < head && (self.in_subordinate(first, head) || self.dates_report(first)) {
                continue;
            }
            // A day beats a vague time ("last week"); then the nearer wins.
            let rank = (d.when.is_none(), distance);
            if best.is_none_or(|(b, _)| rank < b) {
                best = Some((rank, d));
            }
        }
        best.map(|(_, d)| d)
    }

    /// The date of the trigger's call: its own date ([`Sent::date`]), counted from the day
    /// its words were written or said when that is not the article's (a post's date, a
    /// dated statement's); else the day of the call before ("earlier in the day"), a post's
    /// date, or the article's day for the present perfect.
    pub(super) fn day_of(
        &self,
        t: &Trigger,
        dates: &[(DateMention, usize, usize)],
        published: Option<NaiveDate>,
    ) -> Option<DateMention> {
        match self.date(t, dates) {
            // "Today I had a call" in a post counts from the post's date, not the article's.
            Some(d) if matches!(d.kind, DateKind::Relative | DateKind::Weekday) => {
                let posted = if self.author_line(t).is_some() {
                    self.post_date(t, published).and_then(|p| p.when)
                } else {
                    self.statement_day(d, dates)
                };
                match posted {
                    Some(When::Day(day)) => {
                        find_dates_in(self.doc, d.span, Some(day)).into_iter().find(|r| r.when.is_some()).or(Some(d))
                    }
                    _ => Some(d),
                }
            }
            Some(d) if d.when.is_some() => Some(d),
            // A vague time of its own ("over the past three weeks") keeps a call in the
            // present perfect from the article's day.
            own => self.same_day(t).or_else(|| self.post_date(t, published)).or_else(|| match own {
                None => self.perfect_day(t, published),
                vague => vague,
            }),
        }
    }

    /// The day a quotation holding the date `d` was said, when its sentence dates the
    /// saying ("'Today, the leaders held a call,' the White House said in a statement on
    /// Monday").
    fn statement_day(&self, d: DateMention, dates: &[(DateMention, usize, usize)]) -> Option<When> {
        let first = self.toks.partition_point(|t| t.end <= d.span.start);
        let quote = self.in_quote(first)?;
        let after = self.toks.partition_point(|t| t.start < quote.end);
        // The saying verb right after the quotation, then the first date after it.
        let verb = (after..(after + WINDOW).min(self.len())).find(|&j| self.is_word(j, Set::REPORT_VERBS))?;
        let from = dates.partition_point(|&(_, o, _)| o <= verb);
        let (said, o, _) = *dates.get(from)?;
        (o <= verb + WINDOW && said.kind != DateKind::Vague).then_some(said.when).flatten()
    }

    /// "Earlier in the day", "later that day" in the trigger's clause: the day of the last
    /// dated call.
    pub(super) fn same_day(&self, t: &Trigger) -> Option<DateMention> {
        let when = self.story.last_day?;
        let (cs, ce) = (self.clause_start(self.head(t)), self.clause_end(t.at));
        (cs..ce).find_map(|i| {
            let phrase = self.phrases_at(i, lx::SAME_DAY).next()?;
            let span = Span { start: self.toks[i].start, end: self.toks[i + phrase.len() - 1].end };
            Some(DateMention { span, when: Some(when), kind: DateKind::Relative, yearless: false })
        })
    }

    /// A call reported in the present perfect with no date of its own ("Putin has had a
    /// telephone conversation with Macron") took place on the article's day: its
    /// publication date, read from the tense, or else its dateline's day.
    pub(super) fn perfect_day(&self, t: &Trigger, published: Option<NaiveDate>) -> Option<DateMention> {
        let head = self.head(t);
        let aux = (0..head)
            .rev()
            .take_while(|&j| self.is_word(j, Set::VERB_ADVERBS) || self.is_word(j, Set::PERFECT_AUXILIARIES))
            .find(|&j| self.is_word(j, Set::PERFECT_AUXILIARIES))?;
        match published {
            Some(day) => {
                let span = Span { start: self.toks[aux].start, end: self.toks[head].end };
                Some(DateMention { span, when: Some(When::Day(day)), kind: DateKind::Relative, yearless: false })
            }
            None => self.story.dateline,
        }
    }

    /// Whether the date at word `d` follows a report verb with no one named between them:
    /// "said on Sunday he had spoken", "told reporters on Monday that".
    pub(super) fn dates_report(&self, d: usize) -> bool {
        (d.saturating_sub(3)..d)
            .rev()
            .take_while(|&j| self.cover[j].is_none())
            .any(|j| self.is_word(j, Set::REPORT_VERBS) && (!self.is_capitalized(j) || j == 0))
    }

    /// Whether word `d` lies in a fronted subordinate phrase ("After meeting on Monday,")
    /// that ends before `head`.
    pub(super) fn in_subordinate(&self, d: usize, head: usize) -> bool {
        let cs = self.clause_start(d);
        let opener =
            (cs.saturating_sub(1)..=d).rev().find(|&j| self.word(j) == "," || self.is_word(j, Set::SUBORDINATORS));
        opener.is_some_and(|o| self.word(o) != "," && (d..head).any(|j| self.word(j) == ","))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn a_day_without_its_year_repeating_an_earlier_full_date_is_that_day() {
        // Published 2024-05-08.
        let text = "The note records what President Anna Berg said in her phone call with Chancellor Otto Lind on \
                    12 March 2003, a week before the war. Berg told Lind in that 12 March phone call that she would \
                    not wait.";
        assert_eq!(dates(&calls_in(text)), [Some("2003-03-12")]);
        let undated =
            "Anna Berg phoned Otto Lind on 12 March 2003. Berg told Lind in the 12 March call that she would help.";
        assert_eq!(dates(&calls_on(undated, None)), [Some("2003-03-12")]);
        // An anniversary, another day, or a full date only after it leave the year the publication's.
        let text = "Anna Berg and Otto Lind first spoke by phone on 12 March 2022. On 12 March, Berg phoned Lind \
                    again to mark the day.";
        assert_eq!(dates(&calls_in(text)), [Some("2022-03-12"), Some("2024-03-12")]);
        let text = "Anna Berg phoned Otto Lind on 2 May 2019. Berg told Lind in that 3 May call that she would help.";
        assert_eq!(dates(&calls_in(text)), [Some("2019-05-02"), Some("2024-05-03")]);
        let text = "Anna Berg told Otto Lind in that 12 March call that she would help. They had spoken by phone on \
                    12 March 2003.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-03-12"), Some("2003-03-12")]);
    }

    #[test]
    fn the_date_is_the_calls_own() {
        let c = calls_in("President Anna Berg spoke with Chancellor Otto Lind on Monday.");
        assert_eq!((dates(&c), c[0].date_text.as_deref()), (vec![Some("2024-05-06")], Some("on Monday")));
        let c = calls_in("On Monday, President Anna Berg and Chancellor Otto Lind held a video call.");
        assert_eq!(dates(&c), [Some("2024-05-06")]);
        // The day of the report is not the day of the call.
        let c =
            calls_in("President Anna Berg held a phone call with Chancellor Otto Lind, her office said on Tuesday.");
        assert_eq!(dates(&c), [None]);
        let c = calls_in("President Anna Berg said on Tuesday that she had spoken with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [None]);
        let c = calls_in("President Anna Berg said on Tuesday she had spoken with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [None]);
        let c = calls_in("President Anna Berg said she had spoken with Chancellor Otto Lind on Tuesday.");
        assert_eq!(dates(&c), [Some("2024-05-07")]);
        let c = calls_in("After meeting aides on Monday, President Anna Berg phoned Chancellor Otto Lind.");
        assert_eq!(dates(&c), [None]);
        // A clock time does not end the clause.
        let c =
            calls_in("On 6 May, at 6:30 p.m., President Anna Berg held a telephone call with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [Some("2024-05-06")]);
        // A readout's "today" is the day of publication.
        let c = calls_in("President Anna Berg held a call today with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [Some("2024-05-08")]);
        // A date after a colon dates the release ("PM call with …: 8 May").
        let c = calls_in("Berg call with Chancellor Otto Lind: 7 May 2024\nPresident Anna Berg spoke to him.");
        assert_eq!(dates(&c), [None]);
    }

    #[test]
    fn a_call_in_the_present_perfect_is_of_the_articles_day() {
        let text = "Prime Minister Anna Berg has just had a telephone conversation with Chancellor Otto Lind.";
        let c = calls_on(text, NaiveDate::from_ymd_opt(2023, 9, 15));
        assert_eq!(c[0].date.as_deref(), Some("2023-09-15"));
        let c = calls_on(&format!("Talks\n\nOSLO, September 15. /NTB/. {text}"), None);
        assert_eq!(c[0].date.as_deref(), Some("--09-15"));
        // A vague time keeps it vague.
        let vague = "Prime Minister Anna Berg has spoken with Chancellor Otto Lind over the past three weeks.";
        assert_eq!(calls_on(vague, NaiveDate::from_ymd_opt(2023, 9, 15))[0].date, None);
        // The past tense says nothing of the day.
        let c = calls_in("Prime Minister Anna Berg had a telephone conversation with Chancellor Otto Lind.");
        assert_eq!(c[0].date, None);
    }

    #[test]
    fn today_in_a_dated_statement_is_the_statements_day() {
        let text = "\"Today, Prime Minister Anna Berg and Chancellor Otto Lind held a call,\" the ministry said in a statement on Monday.";
        // Published on Tuesday 2021-12-07.
        let c = calls_on(text, NaiveDate::from_ymd_opt(2021, 12, 7));
        assert_eq!(c[0].date.as_deref(), Some("2021-12-06"));
    }

    #[test]
    fn earlier_in_the_day_is_the_day_of_the_call_before() {
        let text =
            "President Anna Berg called Chancellor Otto Lind on Monday. Earlier in the day, she had spoken with \
                    Prime Minister Maria Vos.";
        let c = calls_in(text);
        assert_eq!(dates(&c), [Some("2024-05-06"); 2]);
        assert_eq!(c[1].date_text.as_deref(), Some("Earlier in the day"));
    }

    #[test]
    fn two_calls_in_one_sentence_keep_their_own_dates_and_media() {
        let text =
            "The talks follow the virtual summit between President Anna Berg and Chancellor Otto Lind held on 4 \
                    June 2020, and the telephone conversation between President Berg and Prime Minister Maria Vos of \
                    Chile on 27 April.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        assert_eq!(dates(&c), [Some("2020-06-04"), Some("2024-04-27")]);
        assert_eq!(media(&c), [Medium::Video, Medium::Phone]);
    }
}
