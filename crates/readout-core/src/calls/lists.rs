use super::*;

impl Sent<'_, '_> {
    /// The first list of names in `from..to`, or the two people "the two leaders" stand for.
    pub(super) fn first_group(&self, from: usize, to: usize) -> Vec<Side> {
        self.first_group_end(from, to).0
    }

    /// [`Sent::first_group`], with the word after it.
    pub(super) fn first_group_end(&self, from: usize, to: usize) -> (Vec<Side>, usize) {
        for i in from..to.min(self.len()) {
            let (offices, end) = self.offices(i);
            if !offices.is_empty() {
                return (offices, end);
            }
            if let Some(len) = self.plural_reference(i).filter(|_| self.cover[i].is_none()) {
                return (self.recent_two(i), i + len);
            }
            if let Some(k) = self.cover[i] {
                if self.is_possessive_pronoun(&self.ments[k]) {
                    continue;
                }
                return self.group(k, to, false);
            }
            if self.is_break(i) {
                break;
            }
        }
        (Vec::new(), from)
    }

    /// The list of names that starts with mention `k` and ends before word `to`, and the
    /// word after it: "A, B and C", "Erdoğan and his Russian counterpart, Vladimir Putin".
    ///
    /// In a list of other sides (`object`), a name after a bare comma must itself be
    /// followed by a list word, so the list does not run into the next clause's subject
    /// ("with Joe Biden, President Zelenskyy had …").
    pub(super) fn group(&self, k: usize, to: usize, object: bool) -> (Vec<Side>, usize) {
        let mut sides = vec![Side::Entity(self.ments[k].entity)];
        let mut cur = k;
        let mut n = k + 1;
        while n < self.ments.len() && self.ments[n].first < to {
            let (a, b) = (self.ments[cur].last + 1, self.ments[n].first);
            if b < a {
                // Within the same word ("Sarkozy-Obama") or nested.
                sides.push(Side::Entity(self.ments[n].entity));
                cur = n;
                n += 1;
                continue;
            }
            let linked = self.linked(a, b);
            let after = self.ments[n].last + 1;
            let reports = self.is_word(after, Set::REPORT_VERBS);
            let comma_only = (a..b).any(|j| self.word(j) == ",") && !(a..b).any(|j| self.is_in(j, lx::LIST_END_LINKS));
            let continues = after >= self.len() || self.is_punct(after) || self.is_in(after, lx::LIST_CONTINUERS);
            if !linked || reports || object && comma_only && !continues {
                break;
            }
            // "The President of the Republic": a body after "of" qualifies the name before.
            let of = self.is(a, "of") && (b == a + 1 || b == a + 2 && self.is(a + 1, "the"));
            let bare_title = self.ments[cur].kind == MentionKind::Title;
            let qualifier = of && (bare_title || self.people.kind(self.ments[n].entity) != EntityKind::Person);
            if !self.is_possessive_pronoun(&self.ments[n]) && !qualifier {
                sides.push(Side::Entity(self.ments[n].entity));
            }
            cur = n;
            n += 1;
        }
        dedup(&mut sides);
        (sides, self.ments[cur].last + 1)
    }

    /// Whether the words `a..b` between two names join them in one list. A capitalised
    /// word there qualifies a name ("Macron of France", "his Russian counterpart"); one
    /// standing alone is a list item the cast does not know ("and NRK,"), which ends the list.
    pub(super) fn linked(&self, a: usize, b: usize) -> bool {
        let qualifier = |j: usize| {
            let before = (a..j).rev().find(|&x| !self.is_capitalized(x) && !self.is(x, "the"));
            let after = (j + 1..b).find(|&x| !self.is_capitalized(x));
            before.is_some_and(|x| self.is(x, "of")) || after.is_some_and(|x| self.is_in(x, lx::COUNTERPART_NOUNS))
        };
        b < a
            || b - a <= MAX_LINK
                && (a..b).all(|j| {
                    self.is_word(j, Set::LIST_LINKS) || self.is_capitalized(j) && !self.is_break(j) && qualifier(j)
                })
            || self.title_before(a, b)
    }

    /// Whether the words `a..b` are a list link and then a title the cast left out of the
    /// next name: "and Federal" in "Chirac and Federal Chancellor of Germany Gerhard
    /// Schroeder", ", Maldivian" before "President Ibrahim Solih".
    pub(super) fn title_before(&self, a: usize, b: usize) -> bool {
        let Some(s) = (a..b).find(|&j| !self.is_word(j, Set::LIST_LINKS)) else { return false };
        b - a <= MAX_LINK + 4
            && (a..s).any(|j| self.is_in(j, lx::LIST_ITEM_LINKS))
            && self.is_capitalized(s)
            && (s..b).all(|j| !self.is_break(j) && (self.is_capitalized(j) || self.is_word(j, Set::TITLE_CONNECTORS)))
    }

    /// The list of names that ends with mention `k` and starts at word `floor` or later. A
    /// bare comma joins a name to the list only before an "and" ("A, B and C") or at the
    /// clause start ("Erdoğan, Putin hold call"), not after another clause ("…interviews to
    /// CNN, Prime Minister Harper had a call").
    pub(super) fn group_ending(&self, k: usize, floor: usize) -> Vec<Side> {
        let mut first = k;
        let mut and_seen = false;
        while first > 0 && self.ments[first - 1].first >= floor {
            let (a, b) = (self.ments[first - 1].last + 1, self.ments[first].first);
            let linked = b < a || b - a <= MAX_LINK && (a..b).all(|j| self.is_word(j, Set::LIST_LINKS));
            if !linked {
                break;
            }
            let and = (a..b).any(|j| self.is_in(j, lx::NAME_AND));
            let comma = (a..b).any(|j| self.word(j) == ",");
            if comma && !and && !and_seen && self.ments[first - 1].first != floor {
                break;
            }
            and_seen |= and;
            first -= 1;
        }
        self.group(first, self.ments[k].last + 1, false).0
    }

    /// The words at `i` that stand for the two people last named ("the two leaders").
    pub(super) fn plural_reference(&self, i: usize) -> Option<usize> {
        self.phrases_at(i, lx::PLURAL_REFERENCES).map(|r| r.len()).max()
    }

    /// The people "the two leaders" at word `i` stand for: the sides of the call last
    /// reported when they are all among the people named lately, else the two distinct
    /// people last named.
    pub(super) fn recent_two(&self, i: usize) -> Vec<Side> {
        let at = self.toks.get(i).map_or(self.span.start, |t| t.start);
        let before = self.people.mentions.partition_point(|m| m.span.end <= at);
        let mut recent: Vec<(Side, &Party)> = Vec::new();
        for m in self.people.mentions[..before].iter().rev().take(MAX_RECENT) {
            let Some(party) = self.people.entity(m.entity) else { continue };
            if !party.is_body() && !recent.iter().any(|(_, p)| same_party(p, party)) {
                recent.push((Side::Entity(m.entity), party));
                if recent.len() == RECENT_PEOPLE {
                    break;
                }
            }
        }
        let context = self.story.last_call.len() >= 2
            && self.story.last_call.iter().all(|s| {
                let party = self.people.party(s);
                recent.iter().any(|(_, p)| same_party(p, &party))
            });
        if context {
            return self.story.last_call.clone();
        }
        if recent.len() < 2 {
            return Vec::new();
        }
        recent.into_iter().take(2).rev().map(|(s, _)| s).collect()
    }

    /// The other sides after a call word: "with A, B and C" (one list each), "between A
    /// and B", "to the leaders of Britain and Germany"; adjuncts may come first ("spoke by
    /// phone on Tuesday with").
    pub(super) fn counterparts(&self, from: usize) -> Option<(&'static str, Vec<Vec<Side>>)> {
        self.counterpart_list(from).map(|(prep, items, _)| (prep, items))
    }

    /// [`Sent::counterparts`], with the word after the list.
    pub(super) fn counterpart_list(&self, from: usize) -> Option<(&'static str, Vec<Vec<Side>>, usize)> {
        let mut i = from;
        let ceil = (from + 10).min(self.len());
        while i < ceil && !self.is_word(i, Set::COUNTERPART_PREPOSITIONS) {
            let skippable = self.is_word(i, Set::ADJUNCT_WORDS)
                || self.word(i).chars().all(|c| c.is_ascii_digit())
                || self.word(i).contains('-') && self.cover[i].is_none()
                || is_weekday_or_month(self.word(i));
            // A short phrase of time or place: "talked briefly during the flight to King
            // Abdullah II", "spoke at length on the phone with".
            let phrase_end = (self.is_word(i, Set::CALL_PREPOSITIONS) && !skippable).then(|| {
                (i + 1..(i + 5).min(ceil)).find(|&j| self.is_word(j, Set::COUNTERPART_PREPOSITIONS)).filter(|&end| {
                    (i + 1..end).all(|j| self.cover[j].is_none() && !self.is_capitalized(j) && !self.is_punct(j))
                })
            });
            match phrase_end.flatten() {
                Some(end) => i = end,
                None if skippable => i += 1,
                None => return None,
            }
        }
        let prep = ["with", "to", "from", "between"].into_iter().find(|p| self.is(i, p))?;
        let mut j = i + 1;
        // "to the leaders of Britain": offices named by their countries.
        let (offices, end) = self.offices(j);
        if !offices.is_empty() {
            return Some((prep, offices.into_iter().map(|s| vec![s]).collect(), end));
        }
        // A few words may come before the name: "the", "former", "his Russian", or a title
        // the cast left out of it ("Foreign Minister of Australia Senator Marise Payne").
        let title_run =
            |j: usize| (i + 1..=j).all(|x| self.is_capitalized(x) || self.is_word(x, Set::TITLE_CONNECTORS));
        while (j < i + 4 || j < i + 4 + MAX_LINK && title_run(j))
            && self.mention_starting(j).is_none()
            && !self.is_break(j)
            && (!self.is_punct(j) || self.word(j) == ".")
        {
            j += 1;
        }
        // Members named after a group: "with allies on Tuesday, including Scholz".
        let members = || {
            let ceil = (i + WINDOW / 2).min(self.len());
            let including =
                (i + 1..ceil).take_while(|&x| !self.is_break(x)).find(|&x| self.is_word(x, Set::MEMBER_MARKERS))?;
            (including + 1..(including + 4).min(self.len())).find_map(|x| self.mention_starting(x))
        };
        let mut k = match self.mention_starting(j) {
            Some(k) if self.people.kind(self.ments[k].entity) == EntityKind::Group => members().unwrap_or(k),
            Some(k) => k,
            None => members()?,
        };
        if self.is_possessive_pronoun(&self.ments[k]) {
            k = self.owned(k)?;
        }
        let (sides, end) = self.group(k, self.clause_end(j), true);
        Some((prep, sides.into_iter().map(|s| vec![s]).collect(), end))
    }

    /// "the leaders of Britain, Germany, Poland and Lithuania" at `i`: "leader of Britain", ….
    /// With the word after the list.
    pub(super) fn offices(&self, i: usize) -> (Vec<Side>, usize) {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let office = self
            .is_word(j, Set::OFFICES)
            .then(|| lx::OFFICES.get_lower(self.word(j)))
            .flatten()
            .map(|&s| (s, 1))
            .or_else(|| {
                lx::TWO_WORD_OFFICES
                    .iter()
                    .find(|(a, b, _)| self.is(j, a) && self.is(j + 1, b))
                    .map(|&(_, _, s)| (s, 2))
            });
        let Some((office, len)) = office else { return (Vec::new(), i) };
        j += len;
        let person =
            (i..j).any(|x| self.cover[x].is_some_and(|k| self.people.kind(self.ments[k].entity) == EntityKind::Person));
        if !self.is(j, "of") || person {
            return (Vec::new(), i);
        }
        j += 1;
        let mut out = Vec::new();
        let mut end = i;
        let ceil = (j + 20).min(self.len());
        while j < ceil {
            if self.is(j, "the") {
                j += 1;
            }
            let start = j;
            let name_after =
                |j: usize| j > start && self.mention_starting(j).is_some() || self.is_word(j, Set::PERSON_TITLES);
            while j < ceil && self.is_capitalized(j) && !self.is_break(j) && !name_after(j) {
                j += 1;
            }
            if j == start {
                break;
            }
            // "Foreign Minister of Australia Senator Marise Payne": the title of a person.
            if j < ceil && name_after(j) {
                return (Vec::new(), i);
            }
            let country = &self.text[self.toks[start].start..self.toks[j - 1].end];
            out.push(Side::Named(format!("{office} of {country}")));
            end = j;
            if self.word(j) == "," {
                j += 1;
            }
            if self.is(j, "and") {
                j += 1;
            }
        }
        (out, end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn members_named_after_a_group() {
        let text =
            "President Anna Berg convened a call with allies on Tuesday, including Chancellor Otto Lind and Prime \
                    Minister Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [["Anna Berg", "Otto Lind", "Maria Vos"]]);
    }

    #[test]
    fn the_two_leaders_are_the_last_two_people() {
        let text = "President Anna Berg thanked Chancellor Otto Lind for his help. The two leaders spoke by phone.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND]);
        // …or the sides of the call being reported.
        let text = "President Anna Berg called Chancellor Otto Lind. Prime Minister Maria Vos and King Karl Ek had \
                    warned of it. During their conversation, the two leaders agreed.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND]);
    }

    #[test]
    fn titles_inside_lists_of_sides() {
        let text = "President Anna Berg spoke to Chilean President Otto Lind, Peruvian President Maria Vos and Sri \
                    Lankan Prime Minister Karl Ek.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"], ["Anna Berg", "Karl Ek"]]);
        let text = "President Anna Berg had telephone conversations with Chancellor Otto Lind and Federal Minister of \
                    Austria Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        let text =
            "Trade Minister Dr. Anna Berg held calls today with Foreign Minister of Chile Senator Otto Lind and \
                    Minister for Foreign Affairs of Peru Dr. Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        let text =
            "Last week, Chilean Vice Premier Otto Lind and U.S. Commerce Secretary Maria Vos spoke by telephone.";
        assert_eq!(pairs(&calls_in(text)), [["Otto Lind", "Maria Vos"]]);
    }

    #[test]
    fn sides_named_by_office() {
        let text = "The leaders of Sudria and Estmark held a videoconference with President Anna Berg.";
        assert_eq!(pairs(&calls_in(text)), [["leader of Sudria", "leader of Estmark", "Anna Berg"]]);
        let text = "President Anna Berg also spoke with the leaders of Sudria, Estmark and the Western Isles.";
        assert_eq!(
            pairs(&calls_in(text)),
            [
                ["Anna Berg", "leader of Sudria"],
                ["Anna Berg", "leader of Estmark"],
                ["Anna Berg", "leader of Western Isles"]
            ]
        );
    }

    #[test]
    fn a_series_of_conversations_is_one_call_each() {
        let text =
            "President Anna Berg held a series of conversations with Chancellor Otto Lind, Prime Minister Maria \
                    Vos and King Karl Ek.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"], ["Anna Berg", "Karl Ek"]]);
        // Conversations "with world leaders" sum up the calls named after them.
        let text = "President Anna Berg held several telephone conversations with world leaders on Monday. She spoke \
                    to Chancellor Otto Lind and Prime Minister Maria Vos.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        assert_eq!(dates(&c), [Some("2024-05-06"); 2]);
        assert_eq!(media(&c), [Medium::Phone; 2]);
        // A joint call of several is one call.
        let text = "President Anna Berg, Chancellor Otto Lind and Prime Minister Maria Vos held a call.";
        assert_eq!(pairs(&calls_in(text)), [["Anna Berg", "Otto Lind", "Maria Vos"]]);
    }

    #[test]
    fn a_phrase_of_time_or_place_before_the_other_side() {
        let text = "Premier Ada Vos also talked briefly during the flight to Governor Emil Brandt.";
        assert_eq!(pairs(&calls_in(text)), [["Ada Vos", "Emil Brandt"]]);
    }
}
