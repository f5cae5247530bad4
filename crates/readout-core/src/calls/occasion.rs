use super::*;

/// How many words before a call phrase a plan for it may stand ("is due to hold a call
/// with … after his conversation").
const PLANNED_REACH: usize = 12;

/// A contraction that denies or plans: "didn't", "won't", "they'll".
fn is_negated_or_future(word: &str) -> bool {
    ["n't", "n\u{2019}t", "'ll", "\u{2019}ll"].iter().any(|end| word.ends_with(end))
}

impl Sent<'_, '_> {
    /// Whether the trigger's clause says the call did not happen, or is no one occasion:
    /// each check below, in turn.
    pub(super) fn not_held(&self, t: &Trigger) -> bool {
        self.planned_or_denied(t)
            || self.planned_clause(t)
            || self.planned_noun(t)
            || self.conditional(t)
            || self.habitual(t)
            || self.in_person(t)
    }

    /// A modal, infinitive or negation right before the verb ("will speak", "plans to
    /// call", "did not phone", "won't hold a call"), adverbs and auxiliaries between.
    pub(super) fn planned_or_denied(&self, t: &Trigger) -> bool {
        let v = match (t.kind, t.role) {
            (Kind::Speak | Kind::CallVerb, _) => t.at,
            (Kind::Noun, Role::Held(v)) => v,
            _ => return false,
        };
        self.modal_before(v)
    }

    /// Whether a modal, infinitive or negation stands before the verb at `v`, adverbs and
    /// auxiliaries between ("would not have spoken").
    fn modal_before(&self, v: usize) -> bool {
        let mut j = v;
        for _ in 0..5 {
            if j == 0 {
                return false;
            }
            j -= 1;
            let name = self.cover[j].is_some() || self.is_capitalized(j) && j > 0 && !self.is_punct(j - 1);
            if name {
                return false;
            }
            if self.is_word(j, Set::NOT_HELD_BEFORE_VERB) || is_negated_or_future(self.word(j)) {
                return true;
            }
            if !self.is_word(j, Set::VERB_ADVERBS) && !self.is_word(j, Set::AUXILIARY_VERBS) {
                return false;
            }
        }
        false
    }

    /// A call phrase beside a verb that is planned ("Putin will congratulate Trump on
    /// the call", "he is due to hold a call with Zelensky after his conversation with
    /// Putin"): a modal or infinitive before a verb in the stretch before the phrase,
    /// with no comma between (an aside, "Berg, who will visit Oslo, said in a call", plans
    /// nothing of the call).
    pub(super) fn planned_clause(&self, t: &Trigger) -> bool {
        let Role::Beside(p) = t.role else { return false };
        let floor = self.clause_start(p);
        let mut words = 0;
        let mut j = p;
        while j > floor && words < PLANNED_REACH {
            j -= 1;
            if self.word(j) == "," || self.is_break(j) {
                return false;
            }
            if let Some(k) = self.cover[j] {
                j = self.ments[k].first; // a name counts as one word
            }
            words += 1;
            let verb_follows = !self.is_capitalized(j + 1) && self.cover.get(j + 1).is_some_and(Option::is_none);
            if verb_follows && (self.is_word(j, Set::NOT_HELD_BEFORE_VERB) || is_negated_or_future(self.word(j))) {
                // Only a plan of the clause's own verb: "discussed efforts to address … in
                // a call" holds the call, its infinitive is a purpose.
                return !(floor..j).any(|k| self.is_past_verb(k));
            }
        }
        false
    }

    /// A lower-case word in "-ed" outside every name: most often a verb in the past.
    fn is_past_verb(&self, k: usize) -> bool {
        let w = self.word(k);
        w.len() > 3 && w.ends_with("ed") && !self.is_capitalized(k) && self.cover[k].is_none()
    }

    /// A call noun whose own words plan it ("a planned call", "the upcoming conversation"),
    /// in a phrase that asks for one ("requested a call", "awaiting a call"), or that is
    /// the subject of the future ("a call between them is scheduled"; a capital makes
    /// "May" a month, not a modal).
    pub(super) fn planned_noun(&self, t: &Trigger) -> bool {
        if t.kind != Kind::Noun {
            return false;
        }
        let head = self.head(t);
        let (cs, ce) = (self.clause_start(head), self.clause_end(t.at));
        (t.phrase..t.at).any(|j| self.is_word(j, Set::NOT_HELD_BEFORE_NOUN))
            || (head.saturating_sub(4).max(cs.saturating_sub(1))..head).any(|j| self.is_word(j, Set::NOT_HELD_CONTEXT))
            || t.role == Role::Bare
                && (t.at + 1..ce).any(|j| self.is_word(j, Set::NOT_HELD_AFTER_NOUN) && !self.is_capitalized(j))
    }

    /// A condition or an open question ("if they speak", "whether they will talk"), unless
    /// an answer that does not deny it follows ("asked whether they had spoken, he said
    /// they had").
    pub(super) fn conditional(&self, t: &Trigger) -> bool {
        let (cs, ce) = (self.clause_start(self.head(t)), self.clause_end(t.at));
        let Some(o) = cs.checked_sub(1).filter(|&o| self.is_word(o, Set::HYPOTHETICAL)) else { return false };
        let asked = (o.saturating_sub(3)..o).any(|j| self.is_word(j, Set::ASKING_VERBS));
        let answer_denies = (ce..(ce + WINDOW).min(self.len()))
            .any(|j| self.is_word(j, Set::DENIALS) || is_negated_or_future(self.word(j)));
        !asked || answer_denies
    }

    /// A habit or a count, not an occasion: "they speak regularly", "such calls", "the
    /// fifth conversation", "for the second time".
    pub(super) fn habitual(&self, t: &Trigger) -> bool {
        let (cs, ce) = (self.clause_start(self.head(t)), self.clause_end(t.at));
        (cs..ce).any(|j| {
            let habitual = if self.is_word(j, Set::HABIT_DETERMINERS) {
                (j + 1..j + 3).any(|k| k == t.at)
            } else {
                self.has(j, Flag::Habitual)
            };
            // "the fifth conversation", "the second time": a count; "for the first time" is not.
            let adverbial = self.is(j.wrapping_sub(1), "the") && self.is(j.wrapping_sub(2), "for");
            let counted = self.has(j, Flag::Ordinal)
                && !adverbial
                && (self.is(j.wrapping_sub(1), "the") || self.is_word(j + 1, Set::TIME_NOUNS))
                && (j + 1..(j + 4).min(ce.max(j + 1))).any(|k| self.is_word(k, Set::TIME_NOUNS) || k == t.at);
            habitual || counted
        })
    }

    /// A talk with no medium at a meeting or a place: "met in Oslo and spoke with him",
    /// "spoke with Xi in Bali". A calling verb is a call wherever the caller stands.
    pub(super) fn in_person(&self, t: &Trigger) -> bool {
        let (cs, ce) = (self.clause_start(self.head(t)), self.clause_end(t.at));
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

    /// The telling or saying verb whose clause holds the call phrase at preposition `p`:
    /// "told" in "Xi told Biden on a video call", "said" in "Vos said in a call with
    /// Brandt that …" (a report verb ends a clause, so the phrase starts one).
    pub(super) fn telling_verb(&self, p: usize) -> Option<usize> {
        let cs = self.clause_start(p);
        let v = cs.checked_sub(1)?;
        let saying =
            self.is_word(v, Set::REPORT_VERBS) && !self.is_word(v, Set::SOURCE_CUES) && self.cover[v].is_none();
        (self.is_word(v, Set::TELLING_VERBS) || saying).then_some(v)
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
            && !self.is_in(j, lx::PLACE_PREPOSITIONS)
            && (self.is_word(j, Set::ADJUNCT_WORDS)
                || is_weekday_or_month(self.word(j))
                || self.word(j).chars().all(|c| c.is_ascii_digit()))
        {
            j += 1;
        }
        if !self.is_in(j, lx::PLACE_PREPOSITIONS) {
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

    #[test]
    fn a_call_phrase_beside_a_planned_verb_is_no_call() {
        for text in [
            "Premier Ada Vos will thank Governor Emil Brandt on the call.",
            "Premier Ada Vos is due to hold a call with Governor Emil Brandt after her conversation with Mayor Ines Valk.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        // A purpose after a verb in the past, or a plan in an aside, plans nothing of the call.
        let held = [
            "Premier Ada Vos discussed plans to rebuild the port in a call with Governor Emil Brandt.",
            "Premier Ada Vos, who will visit Oslo next week, said in a call with Governor Emil Brandt that the port reopens.",
        ];
        for text in held {
            assert_eq!(pairs(&calls_in(text)), [["Ada Vos", "Emil Brandt"]], "{text}");
        }
    }
}
