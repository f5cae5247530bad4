use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// "spoke with", "talked to", "conferred".
    Speak,
    /// "called", "phoned", "dialled" with the person called as object.
    CallVerb,
    /// "call", "conversation", "phone talks".
    Noun,
    /// "by phone", "over the telephone", "via video link" on another verb.
    Adverbial,
}

/// How a call noun stands in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// The object of a verb whose subject takes part: "held a call", at the verb.
    Held(usize),
    /// In a phrase beside the clause's verb: "in a call with", at the preposition.
    Beside(usize),
    /// On its own: "Biden's call with Xi", "PM call with", "the call".
    Bare,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Trigger {
    pub(super) kind: Kind,
    /// The trigger word.
    pub(super) at: usize,
    /// The noun's role, for nouns.
    pub(super) role: Role,
    /// The first word of the noun's phrase ("a" in "a phone call"), else `at`.
    pub(super) phrase: usize,
}

impl Sent<'_, '_> {
    pub(super) fn triggers(&self) -> Vec<Trigger> {
        let mut out: Vec<Trigger> = Vec::new();
        for i in 0..self.len() {
            if self.cover[i].is_some() {
                continue;
            }
            let t = |kind| Trigger { kind, at: i, role: Role::Bare, phrase: i };
            if self.is_word(i, Set::SPEAK_VERBS) || self.is_word(i, Set::SPEAK_OR_NOUN) && self.after_subject(i) {
                out.push(t(Kind::Speak));
            } else if self.is_word(i, Set::CALL_VERBS)
                && (self.call_object(i).is_some() || self.passive_agent(i).is_some())
            {
                out.push(t(Kind::CallVerb));
            } else if let Some(trigger) = self.noun_trigger(i) {
                out.push(trigger);
            }
        }
        // A medium phrase reports a call only in a clause with no other trigger.
        let words: Vec<usize> = out.iter().map(|t| t.at).collect();
        for i in 0..self.len() {
            if self.is_medium_phrase(i) {
                let (cs, ce) = (self.clause_start(i), self.clause_end(i));
                let k = words.partition_point(|&w| w < cs);
                if words.get(k).is_none_or(|&w| w >= ce) {
                    out.push(Trigger { kind: Kind::Adverbial, at: i, role: Role::Beside(i), phrase: i });
                }
            }
        }
        crate::order::sort_by_key(&mut out, |t| t.at);
        out
    }

    /// Right after a subject (a name or "they"), so a verb: "Biden talks with Xi".
    pub(super) fn after_subject(&self, i: usize) -> bool {
        i > 0 && (self.cover[i - 1].is_some() || self.is_in(i - 1, lx::PLURAL_SUBJECTS))
    }

    /// The person a calling verb at `i` calls, when it reports a call.
    pub(super) fn call_object(&self, i: usize) -> Option<usize> {
        let ambiguous = self.is_in(i, lx::UNMARKED_CALL_FORMS);
        if ambiguous
            && i > 0
            && !(self.cover[i - 1].is_some() || self.is_word(i - 1, Set::VERB_ADVERBS) || self.is_punct(i - 1))
        {
            return None;
        }
        let j = if self.is(i + 1, "up") { i + 2 } else { i + 1 };
        let j = if self.is(j, "the") && self.mention_starting(j).is_none() { j + 1 } else { j };
        let mut k = self.mention_starting(j)?;
        if self.is_possessive_pronoun(&self.ments[k]) {
            k = self.owned(k)?;
        }
        if self.is_in(i, lx::CALL_FORMS) {
            let after = self.ments[k].last + 1;
            let reports = after >= self.len()
                || self.is_word(after, Set::AFTER_CALLED)
                || matches!(self.word(after), "," | "." | ";" | ":" | "(" | "!" | "?")
                || self.is_word(after, Set::REPORT_VERBS)
                || self.is_word(after, Set::CLAUSE_OPENERS);
            if !reports {
                return None;
            }
        }
        Some(k)
    }

    /// The caller of a passive calling verb at `i`: "Sharif was called by Erdogan", "had
    /// been phoned by the Turkish President Erdogan".
    pub(super) fn passive_agent(&self, i: usize) -> Option<usize> {
        let be = |j: usize| self.is_in(j, lx::BE_FORMS);
        let passive = i > 0 && (be(i - 1) || i > 1 && self.is_word(i - 1, Set::VERB_ADVERBS) && be(i - 2));
        if !passive || !self.is(i + 1, "by") {
            return None;
        }
        (i + 2..(i + 2 + MAX_LINK).min(self.len()))
            .take_while(|&j| {
                self.cover[j].is_some() || self.is_capitalized(j) || self.is_word(j, Set::TITLE_CONNECTORS)
            })
            .find_map(|j| self.mention_starting(j))
            .filter(|&k| !self.is_possessive_pronoun(&self.ments[k]))
    }

    /// The call noun at `i`, if it reports a call.
    pub(super) fn noun_trigger(&self, i: usize) -> Option<Trigger> {
        let noun = self.is_word(i, Set::CALL_NOUNS);
        let needs_medium = !noun && self.is_word(i, Set::MEDIUM_NOUNS);
        if !noun && !needs_medium {
            return None;
        }
        let (phrase, role) = self.noun_phrase(i);
        if needs_medium {
            let before = (phrase..i).any(|j| self.is_medium_word(j));
            let after = self.is_word(i + 1, Set::MEDIUM_PREPOSITIONS)
                && (i + 2..(i + 5).min(self.len())).any(|j| self.is_medium_word(j));
            if !before && !after {
                return None;
            }
        }
        Some(Trigger { kind: Kind::Noun, at: i, role, phrase })
    }

    /// The first word of the phrase of the noun at `i`, and how the phrase stands.
    pub(super) fn noun_phrase(&self, i: usize) -> (usize, Role) {
        let floor = i.saturating_sub(7);
        let mut phrase = i;
        let mut j = i;
        while j > floor {
            j -= 1;
            if self.is_word(j, Set::LIGHT_VERBS) && self.cover[j].is_none() {
                return (phrase, Role::Held(j));
            }
            if self.is_word(j, Set::CALL_PREPOSITIONS) {
                // "engaged in a phone conversation" is held.
                if j > 0 && self.is_word(j - 1, Set::LIGHT_VERBS) {
                    return (phrase, Role::Held(j - 1));
                }
                return (phrase, Role::Beside(j));
            }
            let suffix = self.word(j) == "," && self.is_in(j + 1, lx::NAME_SUFFIX_WORDS);
            // Quoted words inside the phrase: a "productive" call.
            let quote_mark = matches!(self.word(j), "\"" | "\u{201C}" | "\u{201D}" | "'" | "\u{2018}" | "\u{2019}");
            if quote_mark && j > floor {
                continue;
            }
            if self.is_break(j) || matches!(self.word(j), "," | "(" | ")") && self.cover[j].is_none() && !suffix {
                break;
            }
            if self.is(j, "of") && !self.is_word(j.wrapping_sub(1), Set::QUANTITY_NOUNS) {
                break;
            }
            // "Trump and Modi's first conversation": a pair of possessors.
            let pair =
                self.is_word(j, Set::NAME_LINKS) && j > 0 && self.cover[j - 1].is_some() && self.cover[j + 1].is_some();
            if suffix
                || pair
                || self.is(j, "of")
                || self.is_word(j, Set::QUANTITY_NOUNS)
                || self.is_word(j, Set::DETERMINERS)
                || self.cover[j].is_some()
                || !self.is_verbish(j)
            {
                phrase = j;
                continue;
            }
            break;
        }
        (phrase, Role::Bare)
    }

    /// A lower-case word that may be a verb, ending a noun phrase read backwards.
    pub(super) fn is_verbish(&self, j: usize) -> bool {
        let w = self.word(j);
        !self.is_capitalized(j)
            && !w.chars().any(|c| c.is_ascii_digit())
            && !w.contains('-')
            && !self.toks[j].is(token::POSSESSIVE)
            && !self.is_medium_word(j)
            && !self.is_word(j, Set::NOT_HELD_BEFORE_NOUN)
            && (w.ends_with("ed")
                || self.is_word(j, Set::REPORT_VERBS)
                || self.is_word(j, Set::CLAUSE_OPENERS)
                || self.is_word(j, Set::PHRASE_ENDS))
    }

    pub(super) fn is_medium_word(&self, j: usize) -> bool {
        self.has(j, Flag::Video) || self.has(j, Flag::Phone)
    }

    /// "by phone", "over the telephone", "via video link", "telephonically".
    pub(super) fn is_medium_phrase(&self, i: usize) -> bool {
        if self.is(i, "telephonically") {
            return true;
        }
        if !self.is_word(i, Set::MEDIUM_PHRASE_WORDS) {
            return false;
        }
        let prep = self.is_word(i.wrapping_sub(1), Set::MEDIUM_PREPOSITIONS)
            || self.is(i.wrapping_sub(1), "the") && self.is_word(i.wrapping_sub(2), Set::MEDIUM_PREPOSITIONS);
        let noun_follows = self.is_word(i + 1, Set::CALL_NOUNS) || self.is_word(i + 1, Set::MEDIUM_NOUNS);
        prep && !noun_follows
    }

    pub(super) fn medium(&self, t: &Trigger) -> Medium {
        // A noun's own words first: "the telephone conversation" after "the virtual summit".
        if t.kind == Kind::Noun {
            if (t.phrase..=t.at).any(|j| self.has(j, Flag::Video)) {
                return Medium::Video;
            }
            if (t.phrase..=t.at).any(|j| self.has(j, Flag::Phone)) {
                return Medium::Phone;
            }
        }
        let cs = self.clause_start(self.head(t));
        let ce = self.clause_end(t.at);
        if (cs..ce).any(|j| self.has(j, Flag::Video)) {
            return Medium::Video;
        }
        // A call, by noun or verb, goes by telephone unless the text says video.
        if (cs..ce).any(|j| self.has(j, Flag::Phone)) || self.is_word(t.at, Set::CALL_VERBS) {
            return Medium::Phone;
        }
        Medium::Unspecified
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn talking_verbs_with_their_other_side() {
        let c = calls_in("President Anna Berg spoke with Chancellor Otto Lind about fishing quotas.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(media(&c), [Medium::Unspecified]);
        assert_eq!(c[0].topics, ["fishing quotas"]);
        let c = calls_in("President Anna Berg talked to Chancellor Otto Lind late into the night.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("President Anna Berg conferred by telephone with Chancellor Otto Lind on the border dispute.");
        assert_eq!(media(&c), [Medium::Phone]);
        assert_eq!(c[0].topics, ["border dispute"]);
    }

    #[test]
    fn a_plural_subject_is_both_sides() {
        let c = calls_in("President Anna Berg and Chancellor Otto Lind spoke by phone about the harbour.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Phone]);
        let c = calls_in("President Anna Berg, Chancellor Otto Lind talk over phone");
        assert_eq!(pairs(&c), [BERG_LIND]);
    }

    #[test]
    fn calling_verbs_take_the_person_called() {
        let c = calls_in("President Anna Berg phoned Chancellor Otto Lind to discuss the harbour.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Phone]);
        assert_eq!(c[0].topics, ["harbour"]);
        assert_eq!(pairs(&calls_in("President Anna Berg called Chancellor Otto Lind on Monday.")), [BERG_LIND]);
        assert_eq!(pairs(&calls_in("President Anna Berg dials Chancellor Otto Lind")), [BERG_LIND]);
    }

    #[test]
    fn called_that_is_not_a_call() {
        for text in [
            "President Anna Berg called for calm after Chancellor Otto Lind resigned.",
            "President Anna Berg called Chancellor Otto Lind a coward.",
            "President Anna Berg called on Chancellor Otto Lind to resign.",
            "President Anna Berg called it a betrayal, Chancellor Otto Lind said.",
            "The so-called Berg plan angered Chancellor Otto Lind.",
            "A spokesman for President Anna Berg called the talks with Chancellor Otto Lind useful.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn call_nouns_held_received_or_possessed() {
        let c = calls_in("President Anna Berg held a telephone call with Chancellor Otto Lind of Sudria.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Phone]);
        let c = calls_in("Chancellor Otto Lind received a call from President Anna Berg.");
        assert_eq!(pairs(&c), [["Otto Lind", "Anna Berg"]]);
        let c = calls_in("President Anna Berg has had a phone conversation with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("Chancellor Otto Lind had a phone call with his Norland counterpart, President Anna Berg.");
        assert_eq!(pairs(&c), [["Otto Lind", "Anna Berg"]]);
        let c = calls_in("President Anna Berg held a telephone talk with the Hon. Otto Lind, Chancellor of Sudria.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("Readout of President Anna Berg's Call with Chancellor Otto Lind of Sudria");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("President Anna Berg holds phone talks with Chancellor Otto Lind");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("The call between President Anna Berg and Chancellor Otto Lind lasted an hour.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("President Anna Berg raised the harbour in a call with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
    }

    #[test]
    fn a_call_phrase_beside_another_verb() {
        let c = calls_in(
            "In a phone call on Monday, President Anna Berg told Chancellor Otto Lind that the port would open.",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(dates(&c), [Some("2024-05-06")]);
        let c = calls_in(
            "President Anna Berg told Chancellor Otto Lind on a video call on Tuesday that the port would open.",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(media(&c), [Medium::Video]);
        let c = calls_in("After speaking with Chancellor Otto Lind, President Anna Berg said she was hopeful.");
        assert_eq!(pairs(&c), [["Anna Berg", "Otto Lind"]]);
        let c = calls_in("President Anna Berg said she had a \"productive\" call with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("Chancellor Otto Lind thanked President Anna Berg during their phone call on Tuesday.");
        assert_eq!(pairs(&c), [["Otto Lind", "Anna Berg"]]);
    }

    #[test]
    fn video_calls_and_links() {
        let c = calls_in("President Anna Berg held a video call with Chancellor Otto Lind.");
        assert_eq!(media(&c), [Medium::Video]);
        let c = calls_in("President Anna Berg and Chancellor Otto Lind held talks by video link.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Video]);
        let c = calls_in("President Anna Berg joined a videoconference with Chancellor Otto Lind.");
        assert_eq!(media(&c), [Medium::Video]);
        let c = calls_in("President Anna Berg held a video conference with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(media(&c), [Medium::Video]);
        // A conference with no medium is a meeting.
        assert!(calls_in("President Anna Berg attended a conference with Chancellor Otto Lind.").is_empty());
    }

    #[test]
    fn a_passive_call_names_the_caller_after_by() {
        let c = calls_in(
            "Prime Minister Anna Berg was called by Chilean President Otto Lind on Tuesday, who offered help.",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(dates(&c), [Some("2024-05-07")]);
        assert!(calls_in("The plan was called by President Anna Berg a disgrace.").is_empty());
    }

    #[test]
    fn a_pair_of_possessors_is_both_sides() {
        let c = calls_in("Premier Ada Vos and Governor Emil Brandt's first conversation took place on May 6.");
        assert_eq!(pairs(&c), [["Ada Vos", "Emil Brandt"]]);
        assert_eq!(dates(&c), [Some("2024-05-06")]);
    }
}
