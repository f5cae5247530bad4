use super::*;

/// One trigger's report of a call, before the reports of one call are merged.
#[derive(Clone, Debug)]
pub(super) struct Report {
    pub(super) sides: Vec<Side>,
    /// The side that placed the call, where the trigger's words say so.
    pub(super) caller: Option<Side>,
    /// For each side, the words written around its name (see [`Party::qual`]).
    pub(super) quals: Vec<String>,
    pub(super) date: Option<DateMention>,
    pub(super) medium: Medium,
    pub(super) topics: Vec<String>,
    pub(super) sentence: usize,
    pub(super) evidence: Span,
    pub(super) headline: bool,
    /// The report returns an earlier call ("returned Singh's call").
    pub(super) returned: bool,
    /// The report names a call by a call noun or a calling verb, so a body may be a side
    /// ("a video call with US lawmakers"); a talk with a body is a speech or interview
    /// ("spoke to the European Parliament via video link", "spoke to Reuters").
    pub(super) calls_it: bool,
    /// The report gives the other side only ("a conversation with Merkel"): it lends its
    /// date and medium, it is no call of its own.
    pub(super) partial: bool,
}

impl Sent<'_, '_> {
    pub(super) fn reports(
        &self,
        sentence: usize,
        headline: bool,
        published: Option<NaiveDate>,
        out: &mut Vec<Report>,
        seen_dates: &mut Vec<DateMention>,
    ) {
        let triggers = self.triggers();
        if triggers.is_empty() {
            return;
        }
        let dates: Vec<(DateMention, usize, usize)> = self
            .doc
            .dates(self.index)
            .iter()
            .copied()
            .filter_map(|d| {
                let first = self.toks.partition_point(|t| t.end <= d.span.start);
                let end = self.toks.partition_point(|t| t.start < d.span.end);
                (first < end).then_some((d, first, end - 1))
            })
            .collect();
        seen_dates.extend(dates.iter().map(|(d, _, _)| *d));
        for t in &triggers {
            if self.not_held(t) {
                continue;
            }
            let returned = matches!(t.role, Role::Held(v) if self.is_word(v, Set::RETURN_VERBS));
            let date = self.day_of(t, &dates, published);
            let medium = self.medium(t);
            let topics = self.topics(t);
            let (calls, complete) = self.calls(t);
            for Sides { sides, caller } in calls {
                let quals = sides.iter().map(|s| self.qualifier(s, t.at)).collect();
                out.push(Report {
                    sides,
                    caller,
                    quals,
                    date,
                    medium,
                    topics: topics.clone(),
                    sentence,
                    evidence: self.span,
                    headline,
                    returned,
                    calls_it: matches!(t.kind, Kind::Noun | Kind::CallVerb),
                    partial: !complete,
                });
            }
        }
    }
}
