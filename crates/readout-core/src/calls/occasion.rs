use super::*;

impl Sent<'_, '_> {
    pub(super) fn not_held(&self, t: &Trigger) -> bool {
        let head = self.head(t);
        let cs = self.clause_start(head);
        let ce = self.clause_end(t.at);
        // A modal, infinitive or negation before the verb.
        let verbal = match (t.kind, t.role) {
            (Kind::Speak | Kind::CallVerb, _) => Some(t.at),
            (Kind::Noun, Role::Held(v)) => Some(v),
            _ => None,
        };
        if let Some(v) = verbal {
            let mut j = v;
            for _ in 0..5 {
                if j == 0 {
                    break;
                }
                j -= 1;
                let w = self.word(j);
                let name = self.cover[j].is_some() || self.is_capitalized(j) && j > 0 && !self.is_punct(j - 1);
                if name {
                    break;
                }
                if self.is_word(j, Set::NOT_HELD_BEFORE_VERB)
                    || w.ends_with("n't")
                    || w.ends_with("n\u{2019}t")
                    || w.ends_with("'ll")
                    || w.ends_with("\u{2019}ll")
                {
                    return true;
                }
                if !self.is_word(j, Set::VERB_ADVERBS)
                    && !self.is_in(j, &["is", "are", "was", "were", "am", "did", "does", "do"])
                {
                    break;
                }
            }
        }
        if t.kind == Kind::Noun {
            if (t.phrase..t.at).any(|j| self.is_word(j, Set::NOT_HELD_BEFORE_NOUN)) {
                return true;
            }
            let from = self.head(t).saturating_sub(4).max(cs.saturating_sub(1));
            if (from..self.head(t)).any(|j| self.is_word(j, Set::NOT_HELD_CONTEXT)) {
                return true;
            }
            // The noun as a subject of the future: "a call between them is scheduled".
            if t.role == Role::Bare && (t.at + 1..ce).any(|j| self.is_word(j, Set::NOT_HELD_AFTER_NOUN)) {
                return true;
            }
        }
        // A condition or an open question, unless an answer that does not deny follows.
        let opener = cs.checked_sub(1);
        if let Some(o) = opener.filter(|&o| self.is_word(o, Set::HYPOTHETICAL)) {
            let asked = (o.saturating_sub(3)..o).any(|j| self.is_word(j, Set::ASKING_VERBS));
            let answer_denies = (ce..(ce + WINDOW).min(self.len()))
                .any(|j| self.is_word(j, Set::DENIALS) || self.word(j).ends_with("n't"));
            if !asked || answer_denies {
                return true;
            }
        }
        // A habit or a count of calls.
        for j in cs..ce {
            let habitual = match self.word(j) {
                "times" => true,
                w if eq_word(w, "such") => (j + 1..j + 3).any(|k| k == t.at),
                _ => self.has(j, Flag::Habitual) && !self.is(j, "times"),
            };
            // "the fifth conversation", "the second time": a count, not an occasion.
            let adverbial = self.is(j.wrapping_sub(1), "the") && self.is(j.wrapping_sub(2), "for");
            let counted = self.has(j, Flag::Ordinal)
                && !adverbial
                && (self.is(j.wrapping_sub(1), "the") || self.is_in(j + 1, &["time", "times"]))
                && (j + 1..(j + 4).min(ce.max(j + 1))).any(|k| self.is_in(k, &["time", "times"]) || k == t.at);
            if habitual || counted {
                return true;
            }
        }
        // A talk with no medium, at a meeting.
        self.medium(t) == Medium::Unspecified
            && t.kind != Kind::CallVerb
            && (self.at_meeting(cs, ce, t.at) || self.at_place(t))
    }

    /// The first word of the trigger's predicate: the verb holding a noun, else the trigger.
    pub(super) fn head(&self, t: &Trigger) -> usize {
        match t.role {
            Role::Held(v) => v,
            Role::Beside(p) => self.telling_verb(p).unwrap_or(p.min(t.phrase)),
            Role::Bare => t.phrase,
        }
    }

    /// The telling verb whose clause holds the call phrase at preposition `p`: "told" in
    /// "Xi told Biden on a video call".
    pub(super) fn telling_verb(&self, p: usize) -> Option<usize> {
        let cs = self.clause_start(p);
        (cs > 0 && self.is_word(cs - 1, Set::TELLING_VERBS)).then(|| cs - 1)
    }

    /// Whether the clause `cs..ce` of a talk at `at` places it at a meeting; a meeting word
    /// after a topic word ("about the summit") names the topic.
    pub(super) fn at_meeting(&self, cs: usize, ce: usize, at: usize) -> bool {
        // A meeting after a topic word or a subordinator is another event: "about the summit",
        // "ahead of seeing each other at the G7 meeting".
        let topic = (at..ce).find(|&k| self.has(k, Flag::Topic) || self.is_word(k, Set::SUBORDINATORS)).unwrap_or(ce);
        (cs..topic).any(|j| self.has(j, Flag::Meeting) || self.phrases_at(j, lx::MEETING_PHRASES).next().is_some())
    }

    /// Whether a place follows the talk and its other side: "spoke with Xi in Bali",
    /// "spoke with Putin at the Kremlin", "Biden and Xi spoke in Bali".
    pub(super) fn at_place(&self, t: &Trigger) -> bool {
        let mut j = t.at + 1;
        if let Some((_, _, end)) = self.counterpart_list(t.at + 1) {
            j = end;
        }
        // Past the time: "spoke with Xi on Monday in Bali".
        while j < self.len()
            && !self.is_in(j, &["in", "at"])
            && (self.is_word(j, Set::ADJUNCT_WORDS)
                || is_weekday_or_month(self.word(j))
                || self.word(j).chars().all(|c| c.is_ascii_digit()))
        {
            j += 1;
        }
        if !self.is_in(j, &["in", "at"]) {
            return false;
        }
        let k = if self.is(j + 1, "the") { j + 2 } else { j + 1 };
        let body = self
            .cover
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|m| self.people.kind(self.ments[m].entity) != EntityKind::Person);
        let place = self.cover.get(k).is_some_and(Option::is_none)
            && self.is_capitalized(k)
            && !is_weekday_or_month(self.word(k));
        body || place
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn meetings_are_not_calls() {
        for text in [
            "President Anna Berg met Chancellor Otto Lind in Oslo and spoke with him about the harbour.",
            "President Anna Berg spoke with Chancellor Otto Lind on the sidelines of the summit.",
            "President Anna Berg spoke with Chancellor Otto Lind during a meeting in Oslo.",
            "President Anna Berg and Chancellor Otto Lind held talks in Oslo.",
            "President Anna Berg spoke with Chancellor Otto Lind in Oslo on Monday.",
            "President Anna Berg spoke with Chancellor Otto Lind on Monday at the Sudrian Parliament.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        // A meeting or place named as a topic is not the occasion.
        assert_eq!(calls_in("President Anna Berg spoke with Chancellor Otto Lind about the coming summit.").len(), 1);
        assert_eq!(calls_in("President Anna Berg spoke with Chancellor Otto Lind on the war in Sudria.").len(), 1);
    }

    #[test]
    fn plans_and_hypotheses_are_not_calls() {
        for text in [
            "President Anna Berg will speak with Chancellor Otto Lind on Friday.",
            "President Anna Berg is expected to call Chancellor Otto Lind.",
            "President Anna Berg plans to hold a video call with Chancellor Otto Lind.",
            "President Anna Berg would talk to Chancellor Otto Lind if asked.",
            "If President Anna Berg spoke with Chancellor Otto Lind, nothing came of it.",
            "President Anna Berg has asked for a call with Chancellor Otto Lind.",
            "A call between President Anna Berg and Chancellor Otto Lind is scheduled.",
            "No calls have been planned between President Anna Berg and Chancellor Otto Lind.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        let c = calls_in(
            "President Anna Berg spoke with Prime Minister Maria Vos ahead of a call with Chancellor Otto Lind.",
        );
        assert_eq!(pairs(&c), [["Anna Berg", "Maria Vos"]]);
    }

    #[test]
    fn habits_and_denials_are_not_calls() {
        for text in [
            "President Anna Berg and Chancellor Otto Lind speak regularly.",
            "President Anna Berg did not speak with Chancellor Otto Lind.",
            "President Anna Berg has never talked to Chancellor Otto Lind.",
            "President Anna Berg didn't call Chancellor Otto Lind.",
            "President Anna Berg thanked Chancellor Otto Lind. It was the third time the two leaders had spoken.",
            "President Anna Berg talks to Chancellor Otto Lind often.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        // "For the second time" counts an occasion of its own.
        let text = "President Anna Berg called Chancellor Otto Lind on Sunday for the second time in a week.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-05")]);
    }

    #[test]
    fn a_question_answered_without_denial_reports_a_call() {
        let asked = "Chancellor Otto Lind flew home. Asked whether he had spoken with President Anna Berg, Lind told \
                     reporters: \u{201C}I have, and it went well.\u{201D}";
        assert_eq!(pairs(&calls_in(asked)), [["Otto Lind", "Anna Berg"]]);
        let denied = "Chancellor Otto Lind flew home. Asked whether he had spoken with President Anna Berg, Lind said \
                      he had not.";
        assert!(calls_in(denied).is_empty());
        assert!(calls_in("It is unclear whether Chancellor Otto Lind spoke with President Anna Berg.").is_empty());
    }

    #[test]
    fn speeches_and_interviews_are_not_calls() {
        assert!(calls_in("President Anna Berg spoke to the Norland Foreign Ministry in June.").is_empty());
        assert!(calls_in("President Anna Berg spoke to Reuters about the harbour.").is_empty());
        assert!(calls_in("President Anna Berg spoke to reporters in Oslo.").is_empty());
        // An address is no call, even by video link…
        assert!(calls_in("President Anna Berg addressed US lawmakers by video link.").is_empty());
        assert!(calls_in("President Anna Berg spoke to the Sudrian Parliament via video link.").is_empty());
        // …unless the text calls it one: then a body or group is a side.
        let c = calls_in("President Anna Berg addressed US lawmakers by video call.");
        assert_eq!(pairs(&c), vec![vec!["Anna Berg", "US lawmakers"]]);
        assert_eq!(media(&c), vec![Medium::Video]);
    }
}
