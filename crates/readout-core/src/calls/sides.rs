use super::*;

/// The sides of one call a trigger reports, and the one of them who placed it, where the
/// trigger's words say so.
pub(super) struct Sides {
    pub(super) sides: Vec<Side>,
    pub(super) caller: Option<Side>,
}

/// Which of a trigger's sides placed its call: the subject of an active calling verb
/// ("Berg phoned Lind"), of an initiating or returning verb ("initiated a call",
/// "returned Lind's call") or of a call to someone ("made a call to Lind", "in a call to
/// Lind"), the agent of a passive one ("was called by Berg"), the side a call came from
/// ("received a call from Berg"). A talk ("spoke with", "held a call with") says nothing
/// of who called.
#[derive(Clone, Copy, PartialEq)]
enum Placer {
    Subject,
    Counterpart,
}

impl Sent<'_, '_> {
    /// The sides of each call the trigger reports, and whether they are complete: a
    /// report with no own side names only the other side.
    pub(super) fn calls(&self, t: &Trigger) -> (Vec<Sides>, bool) {
        let after = match t.kind {
            Kind::CallVerb => None,
            _ => self.counterparts(t.at + 1),
        };
        let mut own: Vec<Side> = Vec::new();
        let mut between = false;
        let mut per_counterpart = t.kind != Kind::Noun || self.is_word(t.at, Set::PLURAL_CALL_NOUNS);
        let mut others: Vec<Vec<Side>> = Vec::new();
        let mut placer = None;
        // How many of `own`, from the first, are the clause's subject (not a possessor).
        let mut subjects = usize::MAX;
        if let Some((prep, items)) = after {
            if prep == "between" {
                between = true;
                own = items.into_iter().flatten().collect();
            } else {
                if t.kind == Kind::Noun && lx::CALLER_PREPOSITIONS.contains(&prep) {
                    placer = Some(Placer::Counterpart);
                } else if t.kind == Kind::Noun && lx::CALLED_PREPOSITIONS.contains(&prep) {
                    placer = Some(Placer::Subject);
                }
                others = items;
            }
        }
        if !between {
            match (t.kind, t.role) {
                (Kind::CallVerb, _) => {
                    own = self.subject(t.at, t.at, true);
                    let object = self.call_object(t.at).map(|k| (k, Placer::Subject));
                    let agent = || self.passive_agent(t.at).map(|k| (k, Placer::Counterpart));
                    if let Some((k, by)) = object.or_else(agent) {
                        placer = Some(by);
                        others = self.group(k, self.clause_end(t.at), true).0.into_iter().map(|s| vec![s]).collect();
                    }
                }
                (Kind::Speak, _) => own = self.subject(t.at, t.at, true),
                (_, Role::Held(v)) => {
                    own = self.subject(v, t.at, true);
                    subjects = own.len();
                    own.extend(self.possessors(t));
                    // Who returns a call places the call returning it ("returned a call
                    // from Lind", "returned Lind's call").
                    if self.is_word(v, Set::RETURN_VERBS) || placer.is_none() && self.is_in(v, lx::INITIATING_VERBS) {
                        placer = Some(Placer::Subject);
                    }
                }
                (_, Role::Beside(p)) => {
                    let possessors = self.possessors(t);
                    let telling = self.telling_verb(p).filter(|_| possessors.is_empty());
                    if let Some(v) = telling {
                        // "Xi told Biden on a video call": the teller and the told.
                        own = self.subject(v, v, true);
                        if others.is_empty() {
                            others = self.first_group(v + 1, p).into_iter().map(|s| vec![s]).collect();
                        }
                    } else if possessors.is_empty() {
                        own = self.subject(p, t.at, false);
                        if others.is_empty() {
                            others = self.objects_before(p);
                        }
                        if others.is_empty() {
                            if let Some(main) = self.main_clause_after(p, t.at) {
                                others = self.object_after_subject(main);
                            }
                        }
                    } else {
                        own = possessors;
                    }
                }
                (_, Role::Bare) => own = self.possessors(t),
            }
        }
        if own.is_empty() {
            let speaker = match self.in_quote(t.at) {
                Some(q) => self.speaker(q),
                None => self.post_author(t),
            };
            if let Some(speaker) = speaker {
                own.push(speaker);
                per_counterpart = true;
            }
        }
        if t.kind == Kind::Noun && self.is_word(t.at, Set::PLURAL_CALL_NOUNS) {
            // "conversations with world leaders" sums up a series; its calls are named apart.
            others.retain(|o| {
                !o.iter().any(|s| matches!(s, Side::Entity(e) if self.people.kind(*e) == EntityKind::Group))
            });
        }
        self.untangle(t, &mut own, &mut others);
        dedup(&mut own);
        // One caller: "Berg and Lind were called by Ek" says who called, "Berg and Lind
        // called Ek" not which of them.
        let caller = |own: &[Side], other: &[Side]| {
            let placed = match placer? {
                Placer::Subject => &own[..subjects.min(own.len())],
                Placer::Counterpart => other,
            };
            match placed {
                [one] => Some(one.clone()),
                _ => None,
            }
        };
        if others.is_empty() {
            // "Berg returned Lind's call": both sides are the clause's own.
            let caller = caller(&own, &[]);
            return (vec![Sides { sides: own, caller }], true);
        }
        // "A telephone conversation with Merkel and Hollande" names the other side of a
        // call whose own side the text does not give here: no call between Merkel and
        // Hollande, only a report that lends its date and medium to the one that follows.
        let complete = !own.is_empty() || between;
        let call = |other: Vec<Side>| {
            let caller = caller(&own, &other);
            let mut sides = own.clone();
            sides.extend(other);
            dedup(&mut sides);
            Sides { sides, caller }
        };
        let calls = if per_counterpart {
            others.into_iter().map(call).collect()
        } else {
            vec![call(others.into_iter().flatten().collect())]
        };
        (calls, complete)
    }

    /// No one calls themselves: when a side of the subject is also the other side, either
    /// the object is a pronoun bound to someone else ("Obama apologised when she called
    /// him": not herself, the person before), or the subject is a title the cast gave to
    /// the other side's holder ("The Prime Minister spoke to Prime Minister Trudeau").
    pub(super) fn untangle(&self, t: &Trigger, own: &mut [Side], others: &mut [Vec<Side>]) {
        for k in 0..own.len() {
            let Side::Entity(e) = own[k] else { continue };
            if !others.iter().flatten().any(|o| *o == own[k]) {
                continue;
            }
            let pronoun = self
                .ments_near(t.at)
                .iter()
                .find(|m| m.entity == e && m.kind == MentionKind::Pronoun && m.first > t.at);
            if let Some(p) = pronoun {
                let exclude: Vec<Side> = own.to_vec();
                let replacement = self.recent_person(p.first, &exclude);
                for o in others.iter_mut().flatten().filter(|o| **o == Side::Entity(e)) {
                    if let Some(r) = &replacement {
                        *o = r.clone();
                    }
                }
                continue;
            }
            let title =
                self.ments_near(t.at).iter().find(|m| m.entity == e && m.kind == MentionKind::Title && m.last < t.at);
            if let Some(m) = title {
                own[k] = Side::Titled(title_name(&self.text[self.toks[m.first].start..self.toks[m.last].end]));
            }
        }
    }

    /// The person last named before word `i`, other than those of `exclude`.
    pub(super) fn recent_person(&self, i: usize, exclude: &[Side]) -> Option<Side> {
        let at = self.toks.get(i).map_or(self.span.start, |t| t.start);
        let before = self.people.mentions.partition_point(|m| m.span.end <= at);
        self.people.mentions[..before]
            .iter()
            .rev()
            .take(MAX_RECENT)
            .find(|m| self.people.kind(m.entity) == EntityKind::Person && !exclude.contains(&Side::Entity(m.entity)))
            .map(|m| Side::Entity(m.entity))
    }

    /// The subject of the clause whose predicate starts at `head`, for a trigger at `at`.
    /// `verb` says that `head` is a verb, so the names right before it are its subject.
    pub(super) fn subject(&self, head: usize, at: usize, verb: bool) -> Vec<Side> {
        let cs = self.clause_start(head);
        let mut pos = cs;
        // Fronted phrases: "On Monday,", "As reported,", "Following the call with Biden,".
        while pos < head && self.is_fronted_opener(pos) {
            match (pos..head).find(|&j| self.word(j) == ",") {
                Some(c) => pos = c + 1,
                None => break,
            }
        }
        // The clause's first names, unless other names stand right before the verb ("While
        // in Oslo, where he met reporters, Prime Minister Lind had a call").
        let (sides, end) = self.first_group_end(pos, head);
        if verb && !(end..head).all(|j| self.adjunct(j)) {
            let last = (pos..head)
                .rev()
                .take_while(|&j| self.adjunct(j) || self.cover[j].is_some())
                .find_map(|j| self.cover[j]);
            if let Some(k) = last.filter(|&k| !self.is_possessive_pronoun(&self.ments[k]) && self.ments[k].first >= end)
            {
                return self.group_ending(k, end);
            }
        }
        if !sides.is_empty() {
            return sides;
        }
        // The trigger is inside a fronted phrase: the subject follows it.
        if let Some(main) = self.main_clause_after(head, at) {
            return self.first_group(main, self.clause_end(main));
        }
        if verb {
            let sides = self.coordinated_subject(head);
            if !sides.is_empty() {
                return sides;
            }
        }
        // "It was Tsai who initiated the call": the antecedent of the relative word.
        if cs >= 2 && self.is_in(cs - 1, lx::RELATIVE_WORDS) {
            let mut j = cs - 2;
            if self.word(j) == "," && j > 0 {
                j -= 1;
            }
            if let Some(k) = self.cover[j] {
                return self.group_ending(k, 0);
            }
        }
        Vec::new()
    }

    /// A word that may stand between a subject and its verb: "has this afternoon, 7 August
    /// 2025, held", "Obama (left) phoned", "also".
    pub(super) fn adjunct(&self, j: usize) -> bool {
        self.is_word(j, Set::VERB_ADVERBS)
            || self.is_word(j, Set::ADJUNCT_WORDS) && !self.is_in(j, lx::SIDE_PREPOSITIONS)
            || is_weekday_or_month(self.word(j))
            || self.word(j).chars().all(|c| c.is_ascii_digit())
            || matches!(self.word(j), "," | "(" | ")" | "left" | "right" | "center" | "centre")
    }

    /// The first word of the main clause when the trigger at `at` lies in a phrase fronted
    /// before it ("During the call, Erdogan told Putin", "After speaking with Biden,
    /// Zelensky said"): the word after the phrase's comma, or, with no comma, a name right
    /// after the phrase and its time ("During a phone call yesterday David Cameron
    /// congratulated Barack Obama").
    pub(super) fn main_clause_after(&self, head: usize, at: usize) -> Option<usize> {
        let cs = self.clause_start(head);
        let opens = cs == 0 || self.is_fronted_opener(cs) || self.is_word(cs - 1, Set::SUBORDINATORS);
        if !opens || (cs..at).any(|j| self.word(j) == ",") {
            return None;
        }
        let ceil = (at + WINDOW).min(self.len());
        let mut j = at + 1;
        while j < ceil && self.cover[j].is_none() && self.is_time_word(j) {
            j += 1;
        }
        let person = |k: usize| self.people.kind(self.ments[k].entity) == EntityKind::Person;
        let adjacent =
            self.mention_starting(j).filter(|&k| person(k) && !self.is_possessive_pronoun(&self.ments[k])).map(|_| j);
        // ", including Lind and Vos" names the other sides, not a subject.
        adjacent.or_else(|| {
            (at..ceil)
                .take_while(|&j| !matches!(self.word(j), ";" | ":" | "."))
                .find(|&j| self.word(j) == ",")
                .map(|c| c + 1)
                .filter(|&m| !self.is_word(m, Set::MEMBER_MARKERS))
        })
    }

    /// A word of a time adjunct: "yesterday", "on Monday", "late", "25".
    fn is_time_word(&self, j: usize) -> bool {
        self.is_word(j, Set::ADJUNCT_WORDS)
            || is_weekday_or_month(self.word(j))
            || self.word(j).chars().all(|c| c.is_ascii_digit())
    }

    /// The subject of a verb coordinated with the sentence's first one: "Berg has been in
    /// touch with allies since the crisis began and has spoken to Lind".
    pub(super) fn coordinated_subject(&self, head: usize) -> Vec<Side> {
        let mut j = head;
        while j > 0 && (self.is_word(j - 1, Set::VERB_ADVERBS) || self.is_in(j - 1, lx::HAVE_FORMS)) {
            j -= 1;
        }
        if j == 0 || !self.is(j - 1, "and") {
            return Vec::new();
        }
        let mut pos = 0;
        while pos < j && self.is_fronted_opener(pos) {
            match (pos..j).find(|&c| self.word(c) == ",") {
                Some(c) => pos = c + 1,
                None => break,
            }
        }
        match self.mention_starting(pos) {
            Some(k) if !self.is_possessive_pronoun(&self.ments[k]) => self.group(k, j, false).0,
            _ => Vec::new(),
        }
    }

    /// The person right after the verb that follows the subject starting at `main`:
    /// "Putin told Erdogan" in "During the call, Putin told Erdogan that …".
    pub(super) fn object_after_subject(&self, main: usize) -> Vec<Vec<Side>> {
        let ce = self.clause_end(main);
        let Some(first) = (main..ce).find(|&j| self.cover[j].is_some()) else { return Vec::new() };
        let (_, end) = self.group(self.cover[first].unwrap_or(0), ce, false);
        let verb = end < self.len() && !self.is_punct(end) && !self.is_capitalized(end) && self.cover[end].is_none();
        match self.mention_starting(end + 1) {
            Some(k) if verb && !self.is_possessive_pronoun(&self.ments[k]) => {
                vec![vec![Side::Entity(self.ments[k].entity)]]
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn is_fronted_opener(&self, i: usize) -> bool {
        if self.cover[i].is_some() || self.plural_reference(i).is_some() {
            return false;
        }
        let w = self.word(i);
        self.is_word(i, Set::FRONTED_OPENERS)
            || self.is_capitalized(i) && (w.ends_with("ing") || w.ends_with("ed")) && !self.is_word(i, Set::LIGHT_VERBS)
            || is_weekday_or_month(w)
    }

    /// The possessor or compound names inside a noun's phrase: "Sullivan's call", "PM
    /// call", "their conversation", "the Sarkozy-Obama discussion".
    pub(super) fn possessors(&self, t: &Trigger) -> Vec<Side> {
        let mut out = Vec::new();
        for j in t.phrase..t.at {
            if self.is(j, "their") && self.cover[j].is_none() {
                return self.recent_two(j);
            }
            if let Some(k) = self.cover[j] {
                let m = self.ments[k];
                if m.first == j || j == t.phrase {
                    out.push(Side::Entity(m.entity));
                }
                // Further mentions inside the same word ("Sarkozy-Obama").
                for other in self.ments[k + 1..].iter().take_while(|o| o.first <= j) {
                    if other.last >= j {
                        out.push(Side::Entity(other.entity));
                    }
                }
            }
        }
        dedup(&mut out);
        out
    }

    /// Names between a clause's subject and a call phrase after its verb: "Obama told
    /// Putin in a call", "addressed US lawmakers by video link".
    pub(super) fn objects_before(&self, p: usize) -> Vec<Vec<Side>> {
        let cs = self.clause_start(p);
        let Some(first) = (cs..p).find(|&j| self.cover[j].is_some()) else { return Vec::new() };
        let (_, end) = self.group(self.cover[first].unwrap_or(0), p, false);
        let mut out = Vec::new();
        let mut j = end;
        while j < p {
            if let Some(k) = self.mention_starting(j) {
                let m = self.ments[k];
                if !self.is_possessive_pronoun(&m) && !self.toks[m.last].is(token::POSSESSIVE) {
                    out.push(vec![Side::Entity(m.entity)]);
                }
                j = m.last + 1;
            } else {
                j += 1;
            }
        }
        out
    }

    /// Who said the quotation `q`: the first name after it ("…," Zelenskyy said), else
    /// the last name before it in the same paragraph.
    pub(super) fn speaker(&self, q: Span) -> Option<Side> {
        let after = self.people.in_span(Span { start: q.end, end: (q.end + 160).min(self.text.len()) });
        let gap_ok = |m: &Mention| !self.text[q.end..m.span.start].contains('\n');
        if let Some(m) = after.iter().find(|m| gap_ok(m)) {
            return Some(Side::Entity(m.entity));
        }
        let start = q.start.saturating_sub(160);
        let before = self.people.in_span(Span { start, end: q.start });
        before.iter().rev().find(|m| !self.text[m.span.end..q.start].contains('\n')).map(|m| Side::Entity(m.entity))
    }

    /// The words written around the first naming of side `s` near word `at`, with the
    /// title run before it: "Maldivian President Ibrahim Mohamed Solih".
    pub(super) fn qualifier(&self, s: &Side, at: usize) -> String {
        let Side::Entity(e) = s else { return String::new() };
        let Some(m) = self.ments_near(at).iter().find(|m| m.entity == *e && m.kind != MentionKind::Pronoun) else {
            return String::new();
        };
        let mut first = m.first;
        while first > 0
            && m.first - first < MAX_LINK
            && self.cover[first - 1].is_none()
            && self.is_capitalized(first - 1)
            && !self.is_break(first - 1)
        {
            first -= 1;
        }
        self.text[self.toks[first].start..self.toks[m.last].end].to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    fn callers(text: &str) -> Vec<Option<String>> {
        calls_in(text).into_iter().map(|c| c.caller).collect()
    }

    #[test]
    fn the_caller_is_who_the_words_say_placed_the_call() {
        let berg = || Some("Anna Berg".to_string());
        for text in [
            "President Anna Berg phoned Chancellor Otto Lind on Monday.",
            "Chancellor Otto Lind was called by President Anna Berg on Monday.",
            "Chancellor Otto Lind received a phone call from President Anna Berg.",
            "President Anna Berg made a phone call to Chancellor Otto Lind.",
            "In a phone call to Chancellor Otto Lind, President Anna Berg raised the harbour dispute.",
            "President Anna Berg returned a phone call from Chancellor Otto Lind on Monday.",
            "President Anna Berg returned Chancellor Otto Lind's phone call on Monday.",
            "President Anna Berg initiated a phone call with Chancellor Otto Lind.",
            // Reports that do not say agree with one that does.
            "President Anna Berg called Chancellor Otto Lind on Monday. The two leaders spoke for an hour.",
        ] {
            assert_eq!(callers(text), [berg()], "{text}");
        }
        // One caller for each person called.
        assert_eq!(callers("President Anna Berg called Otto Lind and Maria Vos."), [berg(), berg()]);
    }

    #[test]
    fn a_talk_or_a_disagreement_names_no_caller() {
        for text in [
            "President Anna Berg spoke with Chancellor Otto Lind by phone.",
            "President Anna Berg and Chancellor Otto Lind held a phone call.",
            "President Anna Berg had a phone call with Chancellor Otto Lind.",
            "President Anna Berg made a video call with Chancellor Otto Lind.",
            // Two callers of one call: neither is said to have placed it.
            "President Anna Berg and Maria Vos called Chancellor Otto Lind.",
            "President Anna Berg phoned Chancellor Otto Lind on Monday. Lind had called Berg on Monday.",
        ] {
            let calls = calls_in(text);
            assert_eq!(calls.len(), 1, "{text}: {calls:?}");
            assert_eq!(calls[0].caller, None, "{text}");
        }
    }

    #[test]
    fn a_verb_coordinated_with_the_first_takes_its_subject() {
        let text = "President Anna Berg has kept in touch with allies since the crisis began and has spoken to dozens of \
                    leaders over the past month, including Chilean President Otto Lind and Peruvian President Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
    }

    #[test]
    fn the_subject_right_before_the_verb() {
        let text =
            "While in Oslo today, where he met reporters from the Daily Courier and NRK, Chancellor Otto Lind had a \
                    telephone conversation with President Anna Berg.";
        assert_eq!(pairs(&calls_in(text)), [["Otto Lind", "Anna Berg"]]);
        let text = "The President of the Republic spoke by phone with Chancellor Otto Lind.";
        assert_eq!(calls_in(text)[0].participants.len(), 2);
    }

    #[test]
    fn a_title_given_to_the_other_side_is_the_author() {
        let text = "PM call with Prime Minister Lind of Sudria: 8 May 2024\nThe Prime Minister spoke to Sudrian Prime \
                    Minister Otto Lind yesterday.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [["Prime Minister", "Otto Lind"]]);
        assert_eq!(dates(&c), [Some("2024-05-07")]);
    }

    #[test]
    fn no_one_calls_themselves() {
        let text = "President Anna Berg apologised to Chancellor Otto Lind when he called her on Tuesday.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), vec![["Otto Lind", "Anna Berg"]]);
        assert_eq!(dates(&c), vec![Some("2024-05-07")]);
    }

    #[test]
    fn the_other_side_alone_is_no_call() {
        assert!(calls_in("A telephone conversation with Governor Emil Brandt and Mayor Ines Valk").is_empty());
        let text = "Telephone conversation with Emil Brandt and Ines Valk\n\
                    Premier Ada Vos had a conversation with Governor Emil Brandt and Mayor Ines Valk.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [["Ada Vos", "Emil Brandt", "Ines Valk"]]);
        assert_eq!(media(&c), [crate::record::Medium::Phone], "the headline lends its medium");
    }

    #[test]
    fn that_before_a_noun_opens_no_clause() {
        let text = "Premier Ada Vos said she and Governor Emil Brandt discussed ways to deepen that old \
                    friendship in a phone call on Monday.";
        assert_eq!(pairs(&calls_in(text)), [["Ada Vos", "Emil Brandt"]]);
    }

    #[test]
    fn a_fronted_call_phrase_without_a_comma() {
        let text = "During a short phone call yesterday Premier Ada Vos congratulated Governor Emil Brandt on his win.";
        assert_eq!(pairs(&calls_in(text)), [["Ada Vos", "Emil Brandt"]]);
    }
}
