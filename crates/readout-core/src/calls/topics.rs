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
                .filter(|p| !p.is_empty())
                .take(MAX_TOPICS)
                .map(str::to_string)
                .collect();
        }
        Vec::new()
    }
}
