//! Who gives an amount of aid, and to whom, as the Cast names them.

use super::*;

pub(super) const GIVING_INDEX: ByFirst<{ GIVING_VERBS.len() }> = ByFirst::new(GIVING_VERBS, true);

/// How many words may stand between a donor and its giving verb ("Japan on Friday
/// pledged").
pub(super) const DONOR_GAP: usize = 3;

/// A name of the sentence: a mention of the Cast (a person, body, group or country,
/// named as the Cast names it), or a run of capitalised words the Cast does not know.
#[derive(Clone, Copy)]
pub(super) struct Name {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) entity: Option<EntityId>,
}

impl Context<'_> {
    /// Donor and recipient as the sentence names them: the name shortly before a giving
    /// verb ("Japan pledged $500 million", "she announced"), and the one after "to" or
    /// "for" following the amount ("… in military aid to Ukraine").
    pub(super) fn parties(&self, s: &Found, prev: usize, next: usize) -> (Option<String>, Option<String>) {
        let ((lo, hi), _) = self.sentence(s.start, s.end);
        (self.donor(lo.max(prev), s.start), self.recipient(s.end, hi.min(next)))
    }

    pub(super) fn donor(&self, from: usize, to: usize) -> Option<String> {
        let b = self.text.as_bytes();
        let (mut name, mut donor): (Option<Name>, Option<Name>) = (None, None);
        let (mut gap, mut object) = (0, false);
        let mut names = self.names(from, to);
        for t in self.words(from, to) {
            if name.is_some_and(|n| t.start < n.end) {
                continue; // inside the name just read
            }
            let run = alnum_end(b, t.start) - t.start;
            let giving = GIVING_INDEX
                .words_at(b, t.start, run)
                .any(|i| GIVING_INDEX.ends(i, GIVING_VERBS[i], b, t.start) == Some(t.end));
            if giving {
                object = false;
                if gap <= DONOR_GAP {
                    donor = name.or(donor);
                }
            } else if let Some(n) = names.next_at(t) {
                name = if object { None } else { Some(n) };
                gap = 0;
                continue;
            }
            let w = &b[t.start..t.end];
            object = PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
                || (object && w.eq_ignore_ascii_case(b"the"));
            gap += 1;
        }
        donor.map(|n| self.name(n))
    }

    pub(super) fn recipient(&self, from: usize, to: usize) -> Option<String> {
        let b = self.text.as_bytes();
        let mut after_prep = false;
        let mut names = self.names(from, to);
        for t in self.words(from, to) {
            if after_prep {
                if let Some(n) = names.next_at(t) {
                    return Some(self.name(n));
                }
            }
            let w = &b[t.start..t.end];
            if w.eq_ignore_ascii_case(b"to") || w.eq_ignore_ascii_case(b"for") {
                after_prep = true;
            } else if !(after_prep && w.eq_ignore_ascii_case(b"the")) {
                after_prep = false;
            }
        }
        None
    }

    /// The word tokens within `from..to`.
    pub(super) fn words(&self, from: usize, to: usize) -> impl Iterator<Item = &Token> {
        self.doc.tokens[self.doc.tokens_in(Span::new(from, to))].iter().filter(|t| t.kind != Kind::Mark)
    }

    /// The names within `from..to`, read in step with its words.
    pub(super) fn names(&self, from: usize, to: usize) -> Names<'_> {
        let within = |ms: &[Mention]| -> Vec<Mention> {
            let span = Span::new(from, to);
            let a = ms.partition_point(|m| m.span.start < span.start);
            ms[a..]
                .iter()
                .take_while(|m| m.span.end <= span.end)
                .filter(|m| m.kind != MentionKind::Pronoun)
                .copied()
                .collect()
        };
        let mut mentions = within(self.cast.mentions());
        mentions.extend(within(self.cast.places()));
        crate::order::sort_by_key(&mut mentions, |m| m.span.start);
        Names { ctx: self, mentions, next: 0, to }
    }

    /// A name as the record gives it: the Cast's name of its entity, else as written
    /// without a possessive ending.
    pub(super) fn name(&self, n: Name) -> String {
        match n.entity {
            Some(e) => self.cast.name(e).to_string(),
            None => {
                let written = &self.text[n.start..n.end];
                written.strip_suffix("'s").or_else(|| written.strip_suffix("\u{2019}s")).unwrap_or(written).to_string()
            }
        }
    }
}

/// The names of a stretch of the sentence, in order.
pub(super) struct Names<'a> {
    pub(super) ctx: &'a Context<'a>,
    pub(super) mentions: Vec<Mention>,
    pub(super) next: usize,
    pub(super) to: usize,
}

impl Names<'_> {
    /// The name that starts at word `t`, if any: the Cast's mention there, else a run of
    /// capitalised words that are no party by themselves ("The", "Monday").
    pub(super) fn next_at(&mut self, t: &Token) -> Option<Name> {
        while self.mentions.get(self.next).is_some_and(|m| m.span.start < t.start) {
            self.next += 1;
        }
        if let Some(m) = self.mentions.get(self.next).filter(|m| m.span.start == t.start) {
            return Some(Name { start: m.span.start, end: m.span.end, entity: Some(m.entity) });
        }
        let ctx = self.ctx;
        let is_name_word = |t: &Token| {
            t.kind == Kind::Word && t.is(token::CAPITALISED) && !NOT_PARTIES.contains(&&ctx.text[t.start..t.end])
        };
        if !is_name_word(t) {
            return None;
        }
        // The run of capitalised words joined by single spaces.
        let tokens = &ctx.doc.tokens;
        let i = tokens.partition_point(|x| x.start < t.start);
        let mut end = i + 1;
        while end < tokens.len()
            && tokens[end].end <= self.to
            && tokens[end].is(token::SPACED)
            && is_name_word(&tokens[end])
        {
            end += 1;
        }
        Some(Name { start: t.start, end: tokens[end - 1].end, entity: None })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    #[test]
    fn donor_and_recipient_of_aid() {
        let a = one("The United States will provide $800 million in military aid to Ukraine.");
        assert_eq!((a.donor.as_deref(), a.recipient.as_deref()), (Some("United States"), Some("Ukraine")));
        let a = one("Japan pledged $500 million for Pakistan.");
        assert_eq!((a.donor.as_deref(), a.recipient.as_deref()), (Some("Japan"), Some("Pakistan")));
        let a = one("The tunnel cost $2 billion, Japan said.");
        assert_eq!((a.donor, a.recipient), (None, None));
    }
}
