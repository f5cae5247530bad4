use super::*;

impl Context<'_> {
    /// The first person or body named (not in a pronoun, not inside a quotation) in
    /// `from..to`, and where.
    pub(super) fn named_in(&self, from: usize, to: usize) -> Option<(String, Span)> {
        let first = self.raws.partition_point(|r| r.close <= from);
        let quoted = |m: &Mention| {
            self.raws[first..]
                .iter()
                .take_while(|r| r.open < to)
                .any(|r| r.open <= m.span.start && m.span.start < r.close)
        };
        self.cast
            .mentions_in(Span { start: from, end: to })
            .iter()
            .find(|m| m.kind != MentionKind::Pronoun && self.cast.kind(m.entity) != EntityKind::Group && !quoted(m))
            .map(|m| (self.cast.name(m.entity).to_string(), m.span))
    }

    /// The name a speaker phrase stands for: through the Cast, through the document it
    /// names ("a statement from the White House"), or as written.
    pub(super) fn resolve(&self, np: Span, last: Option<&Said>, quote: &Raw) -> Option<String> {
        let w = Words::new(self.text, words(self.doc, np.start, np.end), self.lex);
        let ws = &w.ws;
        let n = w.len();
        if n == 0 {
            return None;
        }
        // A document speaks for its issuer.
        if let Some(d) = (0..n).find(|&i| w.phrase_at(i, &w.lex.documents).is_some()) {
            let len = w.phrase_at(d, &w.lex.documents).unwrap_or(1);
            let by = (d + len..n).find(|&k| matches!(w.low(k), "from" | "by" | "of"));
            if let Some(k) = by.filter(|&k| k + 1 < n) {
                return self.resolve(w.span(k + 1, n), last, quote);
            }
            let owner = (0..d).find(|&k| !w.lex.fillers.has(w.low(k)));
            return match owner {
                Some(k) => self.resolve(Span { start: ws[k].start, end: ws[d - 1].end }, last, quote),
                None => last.and_then(|l| l.speaker.clone()),
            };
        }
        let head_end = (1..n).find(|&k| w.lex.prepositions.has(w.low(k))).unwrap_or(n);
        let mentions = self.overlapping(np);
        let head = Span { start: ws[0].start, end: ws[head_end - 1].end };
        let in_head = mentions.iter().rfind(|m| m.span.start < head.end && m.span.end > head.start);
        // A possessor is not the speaker: "the PM's official spokesman".
        let possessor = |m: &Mention| {
            let rest = self.text.get(m.span.end..head.end.max(m.span.end)).unwrap_or("");
            let after = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s"));
            after.is_some_and(|a| a.trim_start().starts_with(char::is_alphanumeric))
        };
        if let Some(m) = in_head.filter(|m| !possessor(m)) {
            if m.kind == MentionKind::Pronoun && self.named_inside(quote, m.entity) {
                // A speaker rarely names himself: "he" is someone named before the quote.
                return self.person_before(quote);
            }
            return Some(self.cast.name(m.entity).to_string());
        }
        if n == 1 && w.lex.pronouns.has(w.low(0)) {
            return last.and_then(|l| l.speaker.clone()).filter(|_| w.is(0, "he") || w.is(0, "she"));
        }
        let start = (0..n).find(|&k| !matches!(w.low(k), "the" | "a" | "an" | "as"))?;
        let name = &self.text[ws[start].start..ws[n - 1].end];
        let name = name.strip_suffix("'s").or_else(|| name.strip_suffix("\u{2019}s")).unwrap_or(name);
        Some(name.to_string())
    }

    pub(super) fn is_pronoun(&self, np: Span) -> bool {
        let ws = words(self.doc, np.start, np.end);
        ws.len() == 1 && self.lex.pronouns.has(&self.text[ws[0].start..ws[0].end].to_lowercase())
    }

    /// Whether the quotation names `entity` (not by a pronoun).
    pub(super) fn named_inside(&self, quote: &Raw, entity: usize) -> bool {
        let inside = self.cast.mentions_in(Span { start: quote.open, end: quote.close });
        inside.iter().any(|m| m.entity == entity && m.kind != MentionKind::Pronoun)
    }

    /// The latest person mentioned before `quote`, outside quotations, whom the quote
    /// does not name.
    pub(super) fn person_before(&self, quote: &Raw) -> Option<String> {
        let all = self.cast.mentions();
        let before = &all[..all.partition_point(|m| m.span.start < quote.open)];
        let quoted = |m: &Mention| {
            let i = self.raws.partition_point(|r| r.close <= m.span.start);
            self.raws.get(i).is_some_and(|r| r.open <= m.span.start)
        };
        before
            .iter()
            .rev()
            .take(40)
            .find(|m| {
                self.cast.kind(m.entity) == EntityKind::Person && !quoted(m) && !self.named_inside(quote, m.entity)
            })
            .map(|m| self.cast.name(m.entity).to_string())
    }

    /// The mentions that overlap `span`.
    pub(super) fn overlapping(&self, span: Span) -> Vec<Mention> {
        let all = self.cast.mentions();
        let to = all.partition_point(|m| m.span.start < span.end);
        let mut found: Vec<Mention> = all[..to]
            .iter()
            .rev()
            .take_while(|m| m.span.start + 400 > span.start)
            .filter(|m| m.span.end > span.start)
            .copied()
            .collect();
        found.reverse();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    #[test]
    fn pronouns_and_titles_resolve_through_the_cast() {
        let text = "Prime Minister Lena Park arrived in Kyiv on Monday. \"We came to listen,\" she said.";
        assert_eq!(said(text), [one("We came to listen,", Some("Lena Park"), Some("said"))]);
        // A speaker does not name himself: "he" is not the man his quote names.
        let text = "President Omar Said met reporters. \"I spoke with Chancellor Anna Weber this morning,\" he said.";
        assert_eq!(said(text)[0].1.as_deref(), Some("Omar Said"));
        // Nobody named: no speaker.
        assert_eq!(said("\"It is over for now,\" they said.")[0].1, None);
    }

    #[test]
    fn a_quote_standing_alone_takes_the_speaker_around_it() {
        let text = "Lena Park said the town would recover.\n\n\"Every house will be rebuilt by spring.\"";
        assert_eq!(said(text), [one("Every house will be rebuilt by spring.", Some("Lena Park"), None)]);
        let text =
            "\"The roads are open,\" Omar Said said.\n\n\"Schools will follow next week, and the markets after them.\"";
        assert_eq!(said(text)[1].1.as_deref(), Some("Omar Said"));
    }
}
