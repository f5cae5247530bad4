use super::*;

/// A call after merging its reports.
pub(super) struct Merged {
    pub(super) parties: Vec<Party>,
    /// Which of `parties` placed the call, as its reports say.
    pub(super) placed: Placed,
    pub(super) date: Option<DateMention>,
    /// The date came from a headline, so a date in the body replaces it.
    pub(super) weak_date: bool,
    pub(super) medium: Medium,
    pub(super) topics: Vec<String>,
    pub(super) evidence: Span,
    pub(super) headline_only: bool,
    pub(super) returned: bool,
}

/// One call per distinct call: reports of the same sides merge unless their bodies give
/// different dates (a returned call and the call returning it are one exchange).
pub(super) fn merge(text: &str, reports: Vec<Report>, people: &People) -> Vec<Merged> {
    let mut parties: Vec<Vec<Party>> = reports
        .iter()
        .map(|r| {
            let mut ps: Vec<Party> = Vec::new();
            for (s, qual) in r.sides.iter().zip(&r.quals) {
                let mut p = people.party(s);
                p.qual.clone_from(qual);
                if !ps.iter().any(|q| same_party(q, &p)) {
                    ps.push(p);
                }
            }
            ps
        })
        .collect();
    let mut reports = reports;
    // Incomplete reports lend their date and medium to the complete ones that follow.
    for i in 0..reports.len() {
        let complete = parties[i].len() >= 2 && !reports[i].partial;
        if complete || reports[i].date.is_none() && reports[i].medium == Medium::Unspecified {
            continue;
        }
        for j in (i + 1..reports.len()).take(MAX_LENT) {
            if reports[j].sentence > reports[i].sentence + 1 {
                break;
            }
            let covers = parties[i].iter().all(|p| parties[j].iter().any(|q| same_party(q, p)));
            if parties[j].len() >= 2 && !reports[j].partial && covers {
                if reports[j].date.is_none() {
                    reports[j].date = reports[i].date;
                    reports[j].headline |= reports[i].headline;
                }
                // A medium only from a report naming someone: "after the video conference"
                // may be another event than the call reported next.
                if !parties[i].is_empty() {
                    reports[j].medium = richer(reports[j].medium, reports[i].medium);
                }
            }
        }
    }
    let mut out: Vec<Merged> = Vec::new();
    for (r, ps) in reports.into_iter().zip(parties.iter_mut()) {
        let caller = r.caller.as_ref().map(|s| people.party(s));
        let placed = |parties: &[Party]| match &caller {
            Some(p) => parties.iter().position(|q| same_party(q, p)).map_or(Placed::Unsaid, Placed::By),
            None => Placed::Unsaid,
        };
        let body_ok = r.calls_it && r.medium != Medium::Unspecified;
        if ps.len() < 2 || r.partial || !body_ok && ps.iter().any(Party::is_body) {
            continue;
        }
        let recent = out.len().saturating_sub(MAX_CALLS);
        let same = out[recent..].iter_mut().find(|c| {
            same_parties(&c.parties, ps)
                && !other_days(text, c.date, r.date)
                && (day(c.date).is_none()
                    || day(r.date).is_none()
                    || day(c.date) == day(r.date)
                    || r.headline
                    || c.headline_only
                    || c.weak_date
                    || c.returned
                    || r.returned)
        });
        match same {
            Some(c) => {
                let better = match (day(c.date), day(r.date)) {
                    (_, None) => c.date.is_none() && r.date.is_some(),
                    (None, Some(_)) => true,
                    (Some(_), Some(_)) => c.weak_date && !r.headline && !c.returned,
                };
                if better {
                    c.date = r.date;
                    c.weak_date = r.headline;
                }
                c.medium = richer(c.medium, r.medium);
                c.placed = c.placed.and(placed(&c.parties));
                for p in ps.iter() {
                    if let Some(q) = c.parties.iter_mut().find(|q| same_party(q, p)) {
                        q.qual.push(' ');
                        q.qual.push_str(&p.qual);
                    }
                }
                c.headline_only &= r.headline;
                c.returned |= r.returned;
                for t in r.topics {
                    if c.topics.len() < MAX_TOPICS && !c.topics.contains(&t) {
                        c.topics.push(t);
                    }
                }
            }
            None => out.push(Merged {
                placed: placed(ps),
                parties: std::mem::take(ps),
                date: r.date,
                weak_date: r.headline,
                medium: r.medium,
                topics: r.topics,
                evidence: r.evidence,
                headline_only: r.headline,
                returned: r.returned,
            }),
        }
    }
    // A side named only by title, or only by office ("leader of the Maldives"), is the
    // person another report of the call names; a call among sides of a call of more is
    // that call.
    let mut gone = vec![false; out.len()];
    for i in 0..out.len() {
        let near = i.saturating_sub(MAX_CALLS)..(i + MAX_CALLS).min(out.len());
        let named = near.filter(|&j| j != i && !gone[j]).find(|&j| {
            out[i].parties.iter().any(|p| p.titled) && names_titled(&out[i], &out[j])
                || names_office(&out[i], &out[j])
                || in_group(&out[i], &out[j])
        });
        if let Some(j) = named {
            gone[i] = true;
            let (date, weak_date, medium, evidence) = (out[i].date, out[i].weak_date, out[i].medium, out[i].evidence);
            let caller = out[i].placed.by().map(|k| out[i].parties[k].clone());
            let c = &mut out[j];
            // Its caller, where the fuller call names the same side.
            if let Some(k) = caller.and_then(|p| c.parties.iter().position(|q| same_party(q, &p))) {
                c.placed = c.placed.and(Placed::By(k));
            }
            if day(c.date).is_none() && day(date).is_some() || c.weak_date && !weak_date && day(date).is_some() {
                c.date = date;
                c.weak_date = weak_date;
            }
            c.medium = richer(c.medium, medium);
            if evidence.start < c.evidence.start {
                c.evidence = evidence;
            }
        }
    }
    let mut kept = gone.iter().map(|g| !g);
    out.retain(|_| kept.next().unwrap_or(true));
    out
}

/// Whether `other` names the sides of call `c`, one of which `c` names only by office
/// ("leader of the Maldives"), the other by a name written with that office ("Maldivian
/// President Ibrahim Solih"), on a date that agrees.
pub(super) fn names_office(c: &Merged, other: &Merged) -> bool {
    let offices = c.parties.iter().filter(|p| p.office_country().is_some()).count();
    offices == 1 && other.parties.len() == c.parties.len() && among(c, other)
}

/// Whether call `c` is part of the call `group` of three sides or more, reported with all
/// its sides ("Biden speaks to leaders of France, Germany, Italy, UK" and "Macron, Merkel,
/// Draghi, Johnson and Biden held a call"), on a date that agrees.
pub(super) fn in_group(c: &Merged, group: &Merged) -> bool {
    group.parties.len() >= 3 && group.parties.len() > c.parties.len() && among(c, group)
}

/// Whether each side of `c` is a distinct side of `other`, which names every side by
/// name, one named only by office ("leader of France") being a person serving there, on
/// a date that agrees.
fn among(c: &Merged, other: &Merged) -> bool {
    if other.parties.iter().any(|p| p.office_country().is_some()) {
        return false;
    }
    let mut used = vec![false; other.parties.len()];
    let all = c.parties.iter().all(|p| {
        let fits = |q: &Party| match p.office_country() {
            Some(country) => q.kind == Some(EntityKind::Person) && q.serves(country),
            None => same_party(p, q),
        };
        match (0..other.parties.len()).find(|&y| !used[y] && fits(&other.parties[y])) {
            Some(y) => {
                used[y] = true;
                true
            }
            None => false,
        }
    });
    all && days_agree(c, other)
}

/// Whether two calls' dates may be one day: either undated, the same, or one only a
/// headline's.
fn days_agree(c: &Merged, other: &Merged) -> bool {
    day(c.date).is_none()
        || day(other.date).is_none()
        || day(c.date) == day(other.date)
        || c.weak_date
        || other.weak_date
}

/// Whether `other` names the sides of call `c`, one of which `c` names only by title, on
/// a date that agrees.
pub(super) fn names_titled(c: &Merged, other: &Merged) -> bool {
    let titled = c.parties.iter().filter(|p| p.titled).count();
    if titled != 1 || other.parties.len() != c.parties.len() || other.parties.iter().any(|p| p.titled) {
        return false;
    }
    let rest: Vec<Party> = c.parties.iter().filter(|p| !p.titled).cloned().collect();
    let mut used = vec![false; other.parties.len()];
    let all =
        rest.iter().all(|p| match (0..other.parties.len()).find(|&k| !used[k] && same_party(p, &other.parties[k])) {
            Some(k) => {
                used[k] = true;
                true
            }
            None => false,
        });
    all && days_agree(c, other)
}

/// Whether two date mentions name days that are not the same: days of the calendar or
/// of the week, written differently, when the publication date leaves either unresolved
/// ("on Tuesday" and "on November 9" in an undated article are two calls).
fn other_days(text: &str, a: Option<DateMention>, b: Option<DateMention>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return false };
    let specific = |d: &DateMention| matches!(d.kind, DateKind::Calendar | DateKind::Weekday);
    if !specific(&a) || !specific(&b) || a.when.is_some() && b.when.is_some() {
        return false;
    }
    let written = |d: &DateMention| {
        let w = text[d.span.start..d.span.end].trim();
        let w = w.get(..3).filter(|p| p.eq_ignore_ascii_case("on ")).map_or(w, |_| &w[3..]);
        w.to_ascii_lowercase()
    };
    written(&a) != written(&b)
}

/// The day a date mention fixes, if any.
pub(super) fn day(d: Option<DateMention>) -> Option<When> {
    d.and_then(|d| d.when)
}

pub(super) fn richer(a: Medium, b: Medium) -> Medium {
    match (a, b) {
        (Medium::Video, _) | (_, Medium::Video) => Medium::Video,
        (Medium::Phone, _) | (_, Medium::Phone) => Medium::Phone,
        _ => Medium::Unspecified,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn a_side_named_by_office_is_the_person_named_later() {
        let text =
            "President Anna Berg held a series of phone calls on Monday with the leaders of Chile, the Maldives \
                    and Poland. Anna Berg spoke to Chilean President Otto Lind, Maldivian President Maria Vos and \
                    Prime Minister of Poland Karl Ek.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"], ["Anna Berg", "Karl Ek"]]);
        assert_eq!(dates(&c), [Some("2024-05-06"); 3]);
        // A person of another country is another call.
        let text = "President Anna Berg spoke with the leaders of Austria and Chile on Monday. She also spoke with \
                    Australian Prime Minister Otto Lind.";
        assert_eq!(calls_in(text).len(), 3);
    }

    #[test]
    fn a_call_named_by_office_lends_its_caller_to_the_call_naming_the_person() {
        let text = "President Anna Berg made a series of phone calls on Monday to the leaders of Chile and the \
                    Maldives. Anna Berg spoke to Chilean President Otto Lind and Maldivian President Maria Vos.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        assert_eq!(c[0].caller.as_deref(), Some("Anna Berg"));
        assert_eq!(c[1].caller.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn calls_among_the_sides_of_a_larger_call_are_that_call() {
        let text = "Berg speaks to leaders of Chile and Poland\n\n\"Today, President Otto Lind of Chile, Prime \
                    Minister Karl Ek of Poland and President Anna Berg held a call,\" her office said.";
        let c = calls_in(text);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].participants.len(), 3);
        // Two people of a group call who speak on another day hold another call.
        let text =
            "Otto Lind, Karl Ek and Anna Berg held a video call on Monday. Lind spoke with Ek by phone on Friday.";
        assert_eq!(calls_in(text).len(), 2);
    }

    #[test]
    fn mentions_of_one_call_are_merged() {
        let text = "Berg calls Lind on harbour row\nPresident Anna Berg spoke with Chancellor Otto Lind by phone on \
                    Monday.\nThe call lasted an hour. Lind told Berg in the call that he would help.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(dates(&c), vec![Some("2024-05-06")]);
        assert_eq!(c[0].evidence, [0, 30]);
        // A later paragraph lends nothing to a call of other people.
        let text = "President Anna Berg called Chancellor Otto Lind on Monday. She also spoke with Prime Minister \
                    Maria Vos.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-06"), None]);
    }

    #[test]
    fn the_same_people_on_two_days_are_two_calls() {
        let text = "President Anna Berg spoke with Chancellor Otto Lind on Monday. The two leaders had last spoken by \
                    phone on 2 May.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-06"), Some("2024-05-02")]);
        // A returned call and the call returning it are one exchange.
        let text = "On Tuesday, President Anna Berg returned Chancellor Otto Lind's phone call. Lind had called Berg \
                    on Monday.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-07")]);
    }

    #[test]
    fn a_medium_is_not_lent_by_a_report_naming_no_one() {
        let text =
            "Her office released a statement after the video conference.\n\nChancellor Otto Lind, who spoke with \
                    President Anna Berg on Sunday, said the deal was done.";
        assert_eq!(media(&calls_in(text)), [Medium::Unspecified]);
    }

    #[test]
    fn undated_articles_keep_calls_of_other_days_apart() {
        let text = "Premier Ada Vos spoke with Governor Emil Brandt on Tuesday. Vos and Brandt first spoke on \
                    November 9, after the election.";
        let c = calls_on(text, None);
        assert_eq!(pairs(&c), [["Ada Vos", "Emil Brandt"], ["Ada Vos", "Emil Brandt"]]);
        assert_eq!(dates(&c), [None, Some("--11-09")]);
    }
}
