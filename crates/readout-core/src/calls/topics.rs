use super::*;

impl Sent<'_, '_> {
    /// Short noun phrases of what was discussed ("to discuss the grain deal", "about
    /// migration", "The agenda included A, B and C").
    pub(super) fn topics(&self, t: &Trigger) -> Vec<String> {
        let cs = self.clause_start(self.head(t));
        let end = (t.at + WINDOW).min(self.len());
        for i in cs..end {
            let Some(cue) = self.phrases_at(i, lx::TOPIC_INTRODUCERS).next() else { continue };
            let from = i + cue.len();
            if cue.len() == 1
                && cue[0] == "on"
                && (self.is_medium_word(from)
                    || self.is(from, "the") && self.is_medium_word(from + 1)
                    || is_weekday_or_month(self.word(from)))
            {
                continue;
            }
            let stop = if from < t.phrase { self.head(t).min(t.phrase) } else { end };
            let mut to = from;
            while to < stop
                && to < from + 12
                && !self.is_break(to)
                && !matches!(self.word(to), "." | ";" | "(" | "!" | "?")
                && !self.is_word(to, Set::TOPIC_ENDS)
            {
                to += 1;
            }
            if to == from {
                continue;
            }
            let phrase = &self.text[self.toks[from].start..self.toks[to - 1].end];
            return phrase
                .split([',', ';'])
                .flat_map(|p| p.split(" and "))
                .map(|p| p.trim().trim_start_matches("the ").trim())
                .filter(|p| is_noun_phrase(p))
                .take(MAX_TOPICS)
                .map(str::to_string)
                .collect();
        }
        Vec::new()
    }
}

/// Whether a topic reads as a noun phrase: a few words, not ending in a word that needs
/// more after it, holding no verb of a clause, not how long the call took, and not a lone
/// participle ("encouraging"). A phrase that fails was cut in the wrong place, and says
/// less than no topic.
fn is_noun_phrase(topic: &str) -> bool {
    let words: Vec<String> = topic
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    let duration =
        first.bytes().all(|b| b.is_ascii_digit()) && words.get(1).is_some_and(|w| lx::TIME_UNITS.contains(w));
    let participle = words.len() == 1 && first.ends_with("ing") && topic.starts_with(char::is_lowercase);
    words.len() <= MAX_TOPIC_WORDS
        && !lx::TOPIC_DANGLING.contains(last)
        && !words.iter().any(|w| lx::TOPIC_CLAUSE_WORDS.contains(w))
        && !duration
        && !participle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_noun_phrases_not_cut_clauses_or_durations() {
        for clean in
            ["grain deal", "the Malaysia Airlines MH17 tragedy", "NATO", "reaching a deal on cutting arms stocks"]
        {
            assert!(is_noun_phrase(clean), "{clean}");
        }
        for noisy in [
            "content of",
            "talks and",
            "his Twitter handle, he",
            "eve of the war are to be made public",
            "35 minutes on Friday night",
            "encouraging",
            "",
        ] {
            assert!(!is_noun_phrase(noisy), "{noisy}");
        }
    }

    #[test]
    fn a_call_keeps_its_clean_topics_only() {
        let a = crate::analyze(
            "t.txt",
            b"Ada Korrow spoke by phone with Emil Brandt about the harbour and the content of.",
        )
        .unwrap();
        assert_eq!(a.record.calls[0].topics, ["harbour"]);
    }
}
