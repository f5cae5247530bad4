use super::*;

impl Sent<'_, '_> {
    /// The author line of a post that reports a call in the first person ("I had a phone
    /// conversation with @X. … — Volodymyr Zelenskyy (@ZelenskyyUa) May 3, 2023"): from
    /// the dash that follows the call to the end of its line.
    pub(super) fn author_line(&self, t: &Trigger) -> Option<Span> {
        let head = self.head(t);
        let cs = self.clause_start(head);
        let first_person = (cs..head).any(|j| self.is_in(j, lx::FIRST_PERSON)) || head == 0;
        if !first_person {
            return None;
        }
        let from = self.toks.get(t.at)?.end;
        let mut end = (from + POST_REACH).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        // The author line names its handle: "— Name (@handle) date".
        let window = &self.text[from..end];
        let dash = window
            .match_indices(['\u{2014}', '\u{2013}'])
            .map(|(d, _)| from + d)
            .find(|&d| self.text[d..].lines().next().is_some_and(|line| line.contains("(@")))?;
        let line_end = self.text[dash..].find('\n').map_or(self.text.len(), |e| dash + e);
        Some(Span { start: dash, end: line_end.min(dash + 120) })
    }

    /// The author of a post reproduced without quotation marks, for a call its author
    /// reports in the first person: the person on the post's author line.
    pub(super) fn post_author(&self, t: &Trigger) -> Option<Side> {
        let line = self.author_line(t)?;
        self.people
            .in_span(line)
            .iter()
            .find(|m| self.people.kind(m.entity) == EntityKind::Person)
            .map(|m| Side::Entity(m.entity))
    }

    /// The date on the author line of a post that reports the call in the first person:
    /// the post is dated, its "I had a conversation" is not.
    pub(super) fn post_date(&self, t: &Trigger, published: Option<NaiveDate>) -> Option<DateMention> {
        let line = self.author_line(t)?;
        let mut line = line;
        while !self.text.is_char_boundary(line.end) {
            line.end -= 1;
        }
        find_dates_in(self.doc, line, published).into_iter().find(|d| d.when.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn a_post_about_a_conversation_is_its_authors() {
        let text = "Chancellor Otto Lind met reporters. \u{201C}Good conversation with @POTUS. We agreed on the harbour,\u{201D} \
                    Lind wrote.";
        let c = calls_on(text, NaiveDate::from_ymd_opt(2022, 3, 1));
        assert_eq!(pairs(&c), [["Otto Lind", "Joe Biden"]]);
        let c = calls_in(
            "President Anna Berg said: \u{201C}I just spoke with Chancellor Otto Lind about the harbour.\u{201D}",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
    }

    #[test]
    fn a_post_without_marks_is_its_authors() {
        let text = "I had a phone conversation with Chancellor Otto Lind. We agreed on the harbour. \u{2014} Anna \
                    Berg (@AnnaBerg) May 6, 2024";
        assert_eq!(pairs(&calls_in(text)), [["Anna Berg", "Otto Lind"]]);
    }

    #[test]
    fn today_in_a_post_is_the_posts_day() {
        let post = "Today I had a good call with @OttoLind. We agreed on a lot.\n\n\u{2014} Anna Berg (@AnnaBerg) May 6, 2024\n";
        assert_eq!(dates(&calls_in(post)), [Some("2024-05-06")]);
        let text = format!("President Anna Berg spoke by phone with Chancellor Otto Lind on Monday evening.\n\n{post}");
        let c = calls_in(&text);
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(dates(&c), [Some("2024-05-06")]);
    }
}
