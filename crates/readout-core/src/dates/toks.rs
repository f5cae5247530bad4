use super::*;

/// What a word may open, as groups of bits in [`OPENERS`].
#[derive(Clone, Copy)]
pub(super) enum Opens {
    /// A phrase of [`RELATIVE_DAYS`], [`VAGUE_TIMES`] or [`ANCHORED_DAYS`] (either case).
    Phrase = 0,
    /// "… ago": a unit of [`AGO_UNITS`] (either case).
    Ago = 16,
    /// A month or weekday name (capitalised).
    Name = 32,
}

/// The words that may open a date mention, by first byte: bit `group + n` of
/// `OPENERS[c]` is set when a word of `n` bytes starting with `c` may open what [`Opens`]
/// `group` stands for. Every other word is passed over without reading the lexicons.
pub(super) const OPENERS: [u64; 256] = openers();

pub(super) const fn openers() -> [u64; 256] {
    const fn add(t: &mut [u64; 256], phrase: &str, group: Opens) {
        let w = phrase.as_bytes();
        let mut n = 0;
        while n < w.len() && w[n] != b' ' {
            n += 1;
        }
        assert!(n < 16, "a first word too long for OPENERS");
        let bit = 1 << (group as usize + n);
        match group {
            Opens::Name => t[w[0] as usize] |= bit,
            Opens::Phrase | Opens::Ago => {
                t[w[0].to_ascii_lowercase() as usize] |= bit;
                t[w[0].to_ascii_uppercase() as usize] |= bit;
            }
        }
    }
    let mut t = [0; 256];
    let mut i = 0;
    while i < RELATIVE_DAYS.len() {
        add(&mut t, RELATIVE_DAYS[i].0, Opens::Phrase);
        i += 1;
    }
    i = 0;
    while i < VAGUE_TIMES.len() {
        add(&mut t, VAGUE_TIMES[i], Opens::Phrase);
        i += 1;
    }
    i = 0;
    while i < ANCHORED_DAYS.len() {
        add(&mut t, ANCHORED_DAYS[i].0, Opens::Phrase);
        i += 1;
    }
    i = 0;
    while i < AGO_UNITS.len() {
        add(&mut t, AGO_UNITS[i].0, Opens::Ago);
        i += 1;
    }
    i = 0;
    while i < MONTHS.len() {
        add(&mut t, MONTHS[i].0, Opens::Name);
        i += 1;
    }
    i = 0;
    while i < WEEKDAYS.len() {
        add(&mut t, WEEKDAYS[i].0, Opens::Name);
        i += 1;
    }
    t
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
    /// The first byte lower-cased: phrase look-ups turn most tokens away by it.
    pub(super) lead: u8,
}

/// The words, digit runs and single punctuation characters of a span.
pub(super) struct Toks<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
}

impl<'a> Toks<'a> {
    /// The date grammar's view of `text[span]`, cut by the Doc's tokenizer.
    pub(super) fn new(text: &'a str, span: Span) -> Toks<'a> {
        let (start, end) = (span.start.min(text.len()), span.end.min(text.len()));
        let mut tokens = Vec::new();
        if text.is_char_boundary(start) && text.is_char_boundary(end) && start < end {
            tokenize(text, Span { start, end }, &mut tokens);
        }
        Toks::from_tokens(text, &tokens)
    }

    /// The date grammar's view of Doc tokens: each cut into its runs of letters and of
    /// digits and its other characters ("25th" is 25 and "th", "2022-03-06" five pieces),
    /// possessive endings included; touching runs of one kind are one.
    pub(super) fn from_tokens(text: &'a str, tokens: &[Token]) -> Toks<'a> {
        let mut toks: Vec<Tok> = Vec::with_capacity(tokens.len() + tokens.len() / 4);
        for token in tokens {
            let end = token.full_end(text);
            let b = text.as_bytes();
            let mut k = token.start;
            while k < end {
                let (kind, e) = match b[k] {
                    b'a'..=b'z' | b'A'..=b'Z' => {
                        (Kind::Word, k + 1 + b[k + 1..end].iter().take_while(|c| c.is_ascii_alphabetic()).count())
                    }
                    b'0'..=b'9' => (Kind::Num, k + 1 + b[k + 1..end].iter().take_while(|c| c.is_ascii_digit()).count()),
                    0..=0x7F => (Kind::Punct, k + 1),
                    _ => {
                        let c = text[k..].chars().next().unwrap_or(' ');
                        (if c.is_alphabetic() { Kind::Word } else { Kind::Punct }, k + c.len_utf8())
                    }
                };
                match toks.last_mut() {
                    Some(last) if last.end == k && last.kind == kind && kind != Kind::Punct => last.end = e,
                    _ => toks.push(Tok { kind, start: k, end: e, lead: b[k].to_ascii_lowercase() }),
                }
                k = e;
            }
        }
        Toks { text, toks }
    }

    pub(super) fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether a mention may start at token `i`: a number, or a word of [`OPENERS`].
    pub(super) fn may_open(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Num)
            || [Opens::Phrase, Opens::Ago, Opens::Name].into_iter().any(|g| self.opens(i, g))
    }

    /// Whether token `i` is a word that may open what `group` stands for ([`OPENERS`]).
    pub(super) fn opens(&self, i: usize, group: Opens) -> bool {
        self.toks.get(i).is_some_and(|t| {
            let n = t.end - t.start;
            t.kind == Kind::Word
                && n < 16
                && OPENERS[usize::from(self.text.as_bytes()[t.start])] >> (group as usize + n) & 1 == 1
        })
    }

    /// The text of token `i`, or "" past the end.
    pub(super) fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| &self.text[t.start..t.end])
    }

    pub(super) fn word_ci(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    pub(super) fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct && self.text[t.start..].starts_with(c))
    }

    /// Number of digits of token `i` (0 if it is not a number).
    pub(super) fn digits(&self, i: usize) -> usize {
        self.toks.get(i).filter(|t| t.kind == Kind::Num).map_or(0, |t| t.end - t.start)
    }

    pub(super) fn num(&self, i: usize) -> Option<u32> {
        (1..=4).contains(&self.digits(i)).then(|| self.s(i).parse().ok()).flatten()
    }

    /// Whether token `i` touches the token before it.
    pub(super) fn adjacent(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// Whether a line break separates token `i` from the one before.
    pub(super) fn breaks_before(&self, i: usize) -> bool {
        i == 0 || i >= self.toks.len() || self.text[self.toks[i - 1].end..self.toks[i].start].contains('\n')
    }

    /// Whether the number at `i` continues a number before it ("1.5", "3/6", "$5", "2,5").
    pub(super) fn glued_number_before(&self, i: usize) -> bool {
        self.adjacent(i) && (self.digits(i - 1) > 0 || (i >= 2 && self.adjacent(i - 1) && self.digits(i - 2) > 0))
            || (self.adjacent(i) && self.is_punct(i - 1, '$'))
    }

    /// Whether the number at `i` runs on into more digits or a percent sign ("5,000",
    /// "5.5", "24/7", "5%", "6-7").
    pub(super) fn glued_after(&self, i: usize) -> bool {
        let j = i + 1;
        self.adjacent(j)
            && (self.digits(j) > 0
                || self.is_punct(j, '%')
                || (['.', ',', '/', ':', '-'].iter().any(|&c| self.is_punct(j, c))
                    && self.adjacent(j + 1)
                    && self.digits(j + 1) > 0))
    }

    /// Whether a clause ends at token `i` (a sentence stop, a semicolon, a line break).
    pub(super) fn ends_clause(&self, i: usize) -> bool {
        self.breaks_before(i) || ['.', ';', '!', '?'].iter().any(|&c| self.is_punct(i, c) && !self.adjacent(i + 1))
    }

    /// Token index where a phrase of lower-case words starting at `i` ends (exclusive).
    pub(super) fn phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        // Most tokens start no phrase of a list: their first letter turns them away.
        let first = phrase.as_bytes().first().copied().unwrap_or(b' ');
        if !self.toks.get(i).is_some_and(|t| t.kind == Kind::Word && t.lead == first) {
            return None;
        }
        let (mut j, mut rest) = (i, phrase.as_bytes());
        loop {
            let n = rest.iter().position(|&c| c == b' ').unwrap_or(rest.len());
            let same = self.word(j).is_some_and(|x| x.as_bytes().eq_ignore_ascii_case(&rest[..n]));
            if !same || (j > i && self.breaks_before(j)) {
                return None;
            }
            j += 1;
            match rest.get(n + 1..) {
                Some(next) => rest = next,
                None => return Some(j),
            }
        }
    }

    /// The first of `phrases` written at token `i` (see [`Toks::phrase`]): the token after
    /// it, and its value.
    pub(super) fn phrase_of<T>(
        &self,
        i: usize,
        phrases: impl IntoIterator<Item = (&'static str, T)>,
    ) -> Option<(usize, T)> {
        let tok = self.toks.get(i).filter(|t| t.kind == Kind::Word)?;
        let n = tok.end - tok.start;
        phrases.into_iter().find_map(|(p, value)| {
            // Most phrases are turned away by the first byte and length of their first word.
            let w = p.as_bytes();
            let fits = w[0] == tok.lead && w.len() >= n && (w.len() == n || w[n] == b' ');
            fits.then(|| self.phrase(i, p)).flatten().map(|next| (next, value))
        })
    }

    /// Moves `first` back over one word from `words` on the same line, not before `floor`.
    pub(super) fn extend_back(&self, first: usize, floor: usize, words: &[&str]) -> usize {
        if first > floor && !self.breaks_before(first) && words.iter().any(|w| self.word_ci(first - 1, w)) {
            first - 1
        } else {
            first
        }
    }

    /// Token `last`, or the closing parenthesis of a short note right after it: a local
    /// time "(Seoul time)" or a day of the month "(22)".
    pub(super) fn parenthetical(&self, last: usize) -> usize {
        if !self.is_punct(last + 1, '(') {
            return last;
        }
        match (last + 2..last + 6).find(|&j| self.is_punct(j, ')')) {
            Some(close) if close == last + 3 && self.num(last + 2).is_some_and(|d| (1..=31).contains(&d)) => close,
            Some(close) if close > last + 2 && self.word_ci(close - 1, "time") => close,
            _ => last,
        }
    }
}
