use super::*;

/// A mention within one sentence, with the words it covers.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ment {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) entity: EntityId,
    pub(super) kind: MentionKind,
}

/// What the article has reported so far, for the sentences that refer back to it.
#[derive(Clone, Debug, Default)]
pub(super) struct Story {
    /// The sides of the last call reported ("the two leaders").
    pub(super) last_call: Vec<Side>,
    /// The day of the last dated call ("earlier in the day").
    pub(super) last_day: Option<When>,
    /// The day of a dateline without a year, in an article without a publication date.
    pub(super) dateline: Option<DateMention>,
}

/// One sentence, cut into words, with the mentions in it.
pub(super) struct Sent<'a, 'p> {
    pub(super) doc: &'a Doc<'a>,
    /// The sentence's index in the Doc.
    pub(super) index: usize,
    pub(super) text: &'a str,
    pub(super) span: Span,
    /// The sentence's tokens, from the Doc.
    pub(super) toks: &'a [Token],
    pub(super) ments: Vec<Ment>,
    /// For each word, the first mention covering it.
    pub(super) cover: Vec<Option<usize>>,
    /// Where clauses end; read only in sentences with a trigger, so made on first use.
    pub(super) breaks: OnceCell<Breaks>,
    pub(super) people: &'a People<'p>,
    /// The document's quotations.
    pub(super) quotes: &'a [crate::doc::Quotation],
    /// What the sentences before this one reported.
    pub(super) story: Story,
}

/// The clause breaks of a sentence (see [`Sent::word_breaks`]).
pub(super) struct Breaks {
    /// For each word, whether it ends a clause.
    pub(super) at: Vec<bool>,
    /// For each word, the last clause break before it and the first after it.
    pub(super) prev: Vec<Option<usize>>,
    pub(super) next: Vec<usize>,
}

/// Word lists looked up at every word of a clause, read as a name would not read them.
#[derive(Clone, Copy)]
pub(super) enum Flag {
    Habitual,
    Ordinal,
    Meeting,
    Topic,
    Video,
    Phone,
}

impl<'a, 'p> Sent<'a, 'p> {
    pub(super) fn new(doc: &'a Doc, sentence: usize, people: &'a People<'p>, story: Story) -> Sent<'a, 'p> {
        let (text, span) = (doc.text, doc.sentences[sentence].span);
        let toks = &doc.tokens[doc.sentences[sentence].tokens.clone()];
        let mut ments = Vec::new();
        for m in people.in_span(span) {
            let first = toks.partition_point(|t| t.end <= m.span.start);
            let end = toks.partition_point(|t| t.start < m.span.end);
            if first < end {
                ments.push(Ment { first, last: end - 1, entity: m.entity, kind: m.kind });
            }
        }
        drop_qualifiers(text, toks, people, &mut ments);
        let mut cover = vec![None; toks.len()];
        for (k, m) in ments.iter().enumerate() {
            for c in &mut cover[m.first..=m.last] {
                c.get_or_insert(k);
            }
        }
        Sent {
            doc,
            index: sentence,
            text,
            span,
            toks,
            ments,
            cover,
            breaks: OnceCell::new(),
            people,
            quotes: &doc.quotations,
            story,
        }
    }

    /// The clause breaks of the sentence, found on first use.
    pub(super) fn breaks(&self) -> &Breaks {
        self.breaks.get_or_init(|| {
            let n = self.len();
            let at: Vec<bool> = (0..n).map(|i| self.word_breaks(i)).collect();
            let mut last = None;
            let prev = (0..n)
                .map(|i| {
                    let before = last;
                    if at[i] {
                        last = Some(i);
                    }
                    before
                })
                .collect();
            let mut following = n;
            let mut next = vec![n; n];
            for i in (0..n).rev() {
                next[i] = following;
                if at[i] {
                    following = i;
                }
            }
            Breaks { at, prev, next }
        })
    }

    pub(super) fn len(&self) -> usize {
        self.toks.len()
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether word `i` is `word`, a lower-case word, in any case (see [`eq_word`]): read
    /// from the lowered words, which hold every word a lower-case ASCII word can equal.
    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        eq_word(self.word(i), word)
    }

    pub(super) fn is_in(&self, i: usize, list: &[&str]) -> bool {
        let w = self.word(i);
        list.iter().any(|x| eq_word(w, x))
    }

    /// Whether word `i` is in the word list `set`.
    pub(super) fn is_word(&self, i: usize, set: Set) -> bool {
        self.toks.get(i).is_some_and(|t| t.classes.has(set))
    }

    pub(super) fn is_seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// The phrases of `phrases` whose words start at word `i`.
    pub(super) fn phrases_at<'x>(
        &self,
        i: usize,
        phrases: &'x [&'x [&'x str]],
    ) -> impl Iterator<Item = &'x [&'x str]> + use<'_, 'x, 'a, 'p> {
        let first = self.word(i);
        phrases
            .iter()
            .copied()
            .filter(move |p| p.first().is_some_and(|w| eq_word(first, w)) && self.is_seq(i + 1, &p[1..]))
    }

    pub(super) fn is_punct(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_empty() && !w.chars().any(char::is_alphanumeric)
    }

    pub(super) fn is_capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(token::CAPITALISED) && t.kind != TokenKind::Handle)
    }

    pub(super) fn has(&self, i: usize, flag: Flag) -> bool {
        // In a name, "Daily" or "Second" is no habit or count: "the Daily Courier".
        let in_name = || i > 0 && self.is_capitalized(i);
        match flag {
            Flag::Habitual => self.is_word(i, Set::HABITUAL) && !in_name(),
            Flag::Ordinal => self.is_word(i, Set::COUNTING_ORDINALS) && !in_name(),
            Flag::Meeting => self.is_word(i, Set::MEETING_WORDS),
            Flag::Topic => self.is_word(i, Set::TOPIC_CUES),
            Flag::Video => self.is_word(i, Set::VIDEO_WORDS),
            Flag::Phone => self.is_word(i, Set::PHONE_WORDS),
        }
    }

    pub(super) fn is_break(&self, i: usize) -> bool {
        self.breaks().at.get(i).copied().unwrap_or(false)
    }

    /// A word that ends a clause: report verbs, subordinators, `;`, `:`, dashes, quote marks.
    /// A capitalised word inside a sentence is part of a name ("United States", "Post").
    pub(super) fn word_breaks(&self, i: usize) -> bool {
        if self.is_word(i, Set::REPORT_VERBS) || self.is_word(i, Set::CLAUSE_OPENERS) {
            return self.cover.get(i).is_some_and(|c| c.is_none())
                && (!self.is_capitalized(i) || i == 0 || self.is_punct(i - 1))
                && !self.determines_noun(i);
        }
        let w = self.word(i);
        // A colon between digits tells the time ("6:30 p.m.").
        let clock = || {
            w == ":"
                && i > 0
                && self.word(i - 1).ends_with(|c: char| c.is_ascii_digit())
                && self.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
        };
        matches!(
            w,
            ";" | ":" | "-" | "\u{2014}" | "\u{2013}" | "|" | "\"" | "\u{201C}" | "\u{201D}" | "\u{AB}" | "\u{BB}"
        ) && !clock()
    }

    /// Whether the opener at `i` is rather a determiner: "strengthen that deep
    /// relationship" (a lower-case word follows that is no pronoun, article or name),
    /// not "said that he spoke".
    fn determines_noun(&self, i: usize) -> bool {
        let j = i + 1;
        self.is_word(i, Set::DETERMINER_OPENERS)
            && j < self.len()
            && !self.is_capitalized(j)
            && !self.is_punct(j)
            && self.cover[j].is_none()
            && !self.is_word(j, Set::CUE_PRONOUNS)
            && !self.is_word(j, Set::ARTICLES)
    }

    /// The first word of the clause of word `i` (at most [`WINDOW`] words back).
    pub(super) fn clause_start(&self, i: usize) -> usize {
        let floor = i.saturating_sub(WINDOW);
        let prev = self.breaks().prev.get(i).copied().flatten().map_or(0, |j| j + 1);
        prev.max(floor).min(i)
    }

    /// The word ending the clause of word `i`, exclusive (at most [`WINDOW`] words on).
    pub(super) fn clause_end(&self, i: usize) -> usize {
        let ceil = (i + WINDOW).min(self.len());
        self.breaks().next.get(i).copied().unwrap_or(self.len()).min(ceil)
    }

    /// The mentions that start within [`WINDOW`] words of word `at`, either way: what
    /// a look-around from a trigger may read, so that a long sentence costs no more per
    /// trigger than a short one.
    pub(super) fn ments_near(&self, at: usize) -> &[Ment] {
        let from = self.ments.partition_point(|m| m.first + WINDOW < at);
        let to = self.ments.partition_point(|m| m.first <= at + WINDOW);
        &self.ments[from..to.max(from)]
    }

    pub(super) fn mention_starting(&self, i: usize) -> Option<usize> {
        self.cover.get(i).copied().flatten().filter(|&k| self.ments[k].first == i)
    }

    /// The quotation (from its opening mark to after its closing one) that word `i` is in.
    pub(super) fn in_quote(&self, i: usize) -> Option<Span> {
        let t = self.toks.get(i).filter(|t| t.is(token::QUOTED))?;
        let k = self.quotes.partition_point(|q| q.close <= t.start);
        self.quotes.get(k).filter(|q| q.open <= t.start).map(|q| Span { start: q.open, end: q.close })
    }

    /// The person named a few words after the possessive pronoun `k` ("his United States
    /// counterpart Joe Biden", "his Turkish counterpart, Recep Tayyip Erdogan").
    pub(super) fn owned(&self, k: usize) -> Option<usize> {
        let from = self.ments[k].last + 1;
        (from..(from + 6).min(self.len()))
            .take_while(|&j| !self.is_break(j) && self.word(j) != ".")
            .find_map(|j| self.mention_starting(j))
    }

    /// "his", "its", "their", or "her" before a noun: a possessive, not a side.
    pub(super) fn is_possessive_pronoun(&self, m: &Ment) -> bool {
        m.kind == MentionKind::Pronoun
            && m.first == m.last
            && (self.is_in(m.first, lx::POSSESSIVE_DETERMINERS)
                || self.is(m.first, "her")
                    && !(self.is_punct(m.last + 1) || self.is_word(m.last + 1, Set::AFTER_CALLED)))
    }
}

/// Drops the names that only qualify a person in one run of capitalised words: those
/// before a title that introduces the person ("Sri Lankan President Gotabaya Rajapaksa",
/// "External Affairs Minister S. Jaishankar", "Minister for Foreign Affairs of Singapore
/// Dr. Vivian Balakrishnan") and those after "of" ("Lee Hsien Loong of Singapore").
/// Names side by side with no title between them stay two ("PM Modi Putin call").
pub(super) fn drop_qualifiers(text: &str, toks: &[Token], people: &People, ments: &mut Vec<Ment>) {
    let word = |i: usize| toks.get(i).map_or("", |t| &text[t.start..t.end]);
    let title = |i: usize| toks.get(i).is_some_and(|t| t.classes.has(Set::PERSON_TITLES));
    let in_title = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.is(token::CAPITALISED) && t.kind != TokenKind::Handle || t.classes.has(Set::TITLE_CONNECTORS)
        })
    };
    let chained = |a: &Ment, b: &Ment| {
        b.first > a.last
            && a.kind != MentionKind::Pronoun
            && b.kind != MentionKind::Pronoun
            && (a.last + 1..b.first).all(in_title)
    };
    let mut keep = vec![true; ments.len()];
    let mut start = 0;
    while start < ments.len() {
        let mut end = start + 1;
        while end < ments.len() && chained(&ments[end - 1], &ments[end]) {
            end += 1;
        }
        // A title introduces the person: in the name, between the names, or as a name of
        // its own ("Prime Minister of Peru Karl Ek").
        let introduced = |h: usize| {
            people.kind(ments[h].entity) == EntityKind::Person
                && (title(ments[h].first)
                    || (ments[h - 1].last + 1..ments[h].first).any(title)
                    || ments[h - 1].kind == MentionKind::Title)
        };
        let head = (start + 1..end).rev().find(|&h| introduced(h)).unwrap_or(start);
        keep[start..head].fill(false);
        for k in head + 1..end {
            if !eq_word(word(ments[k - 1].last + 1), "of") {
                break;
            }
            keep[k] = false;
        }
        start = end;
    }
    let mut k = 0;
    ments.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Case-insensitive word equality, curly apostrophes read as straight ones.
pub(super) fn eq_word(token: &str, word: &str) -> bool {
    if token.len() == word.len() {
        return token.eq_ignore_ascii_case(word);
    }
    // A curly apostrophe is three bytes where the word has one; an ASCII token has none.
    if token.len() < word.len() || token.is_ascii() {
        return false;
    }
    let mut a = token.chars().map(|c| if matches!(c, '\u{2019}' | '\u{2BC}' | '\u{2018}') { '\'' } else { c });
    let mut b = word.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(&y) => {}
            _ => return false,
        }
    }
}

pub(super) fn in_list(token: &str, list: &[&str]) -> bool {
    list.iter().any(|w| eq_word(token, w))
}

/// Whether `word` is a capitalised name of a weekday or a month ("Monday", "Sept").
pub(super) fn is_weekday_or_month(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && in_list(word, DAY_AND_MONTH_NAMES)
}
