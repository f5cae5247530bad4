use super::*;

/// A word of the text, as a byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The words (every token but marks) of the Doc within `from..to`, each with its
/// possessive ending ("Kyiv's").
pub(super) fn words(doc: &Doc, from: usize, to: usize) -> Vec<Word> {
    doc.tokens[doc.tokens_in(Span { start: from, end: to })]
        .iter()
        .filter(|t| t.kind != Kind::Mark)
        .map(|t| Word { start: t.start, end: t.full_end(doc.text).min(to) })
        .collect()
}

/// Number of words in `pieces` (a CJK character is a word), counted up to `at_most`.
pub(super) fn word_count(doc: &Doc, pieces: &[Span], at_most: usize) -> usize {
    let mut count = 0;
    for &piece in pieces {
        count += doc.tokens[doc.tokens_in(piece)].iter().filter(|t| t.kind != Kind::Mark).take(at_most - count).count();
        if count >= at_most {
            break;
        }
    }
    count
}

/// The lower-cased words of a quotation, for finding the same words twice.
pub(super) fn word_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        if w.is_ascii() {
            let from = key.len();
            key.push_str(w);
            key[from..].make_ascii_lowercase();
        } else {
            key.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    key
}

/// A word list of `crate::lexicon::cues`, in order of its entries' lower-case forms (a
/// test checks), so that the entries starting with a word are found by binary search.
/// The entries have no capitals but ASCII ones (a test checks), so comparing them in
/// ASCII lower case is comparing them in lower case.
pub(super) struct Index {
    pub(super) entries: &'static [&'static str],
    /// The bit [`lead_bit`] of the first word of every entry: most words start with no
    /// entry's first two letters and are answered without a search.
    pub(super) leads: [u64; LEAD_WORDS],
}

pub(super) const LEAD_WORDS: usize = 16;

/// A bit for the first two bytes of a word (the second 0 for a word of one byte).
pub(super) const fn lead_bit(first: u8, second: u8) -> usize {
    (first as usize * 31 + second as usize) % (64 * LEAD_WORDS)
}

impl Index {
    pub(super) const fn new(entries: &'static [&'static str]) -> Index {
        let mut leads = [0; LEAD_WORDS];
        let mut i = 0;
        while i < entries.len() {
            let e = entries[i].as_bytes();
            let second = if e.len() > 1 && e[1] != b' ' { e[1].to_ascii_lowercase() } else { 0 };
            let bit = lead_bit(e[0].to_ascii_lowercase(), second);
            leads[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        Index { entries, leads }
    }

    /// The entries whose first word is `lower` (a lower-case word).
    pub(super) fn starting(&self, lower: &str) -> &'static [&'static str] {
        if let [first, rest @ ..] = lower.as_bytes() {
            let bit = lead_bit(*first, rest.first().copied().unwrap_or(0));
            if self.leads[bit / 64] & (1 << (bit % 64)) == 0 {
                return &[];
            }
        }
        let from = self.entries.partition_point(|e| first_word_cmp(e, lower) == Ordering::Less);
        let n = self.entries[from..].iter().take_while(|e| first_word_cmp(e, lower) == Ordering::Equal).count();
        &self.entries[from..from + n]
    }

    /// Whether the (lower-case) word is a one-word entry.
    pub(super) fn has(&self, lower: &str) -> bool {
        self.starting(lower).iter().any(|e| !e.contains(' '))
    }
}

/// The first word of `entry` in ASCII lower case, compared with `lower`.
pub(super) fn first_word_cmp(entry: &str, lower: &str) -> Ordering {
    let lower = lower.as_bytes();
    for (k, &c) in entry.as_bytes().iter().enumerate() {
        if c == b' ' {
            return k.cmp(&lower.len());
        }
        match lower.get(k) {
            None => return Ordering::Greater,
            Some(&l) => match c.to_ascii_lowercase().cmp(&l) {
                Ordering::Equal => {}
                unequal => return unequal,
            },
        }
    }
    entry.len().cmp(&lower.len())
}

/// `a` and `b` compared as if in ASCII lower case.
pub(super) fn lower_cmp(a: &str, b: &str) -> Ordering {
    for (x, y) in a.bytes().zip(b.bytes()) {
        match x.to_ascii_lowercase().cmp(&y.to_ascii_lowercase()) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    a.len().cmp(&b.len())
}

/// The word lists of `crate::lexicon::cues` that words are looked up in.
pub(super) struct Lexicon {
    pub(super) cues: Index,
    pub(super) ambiguous: Index,
    pub(super) inverting: Index,
    pub(super) sources: Index,
    pub(super) passive: Index,
    pub(super) tails: Index,
    pub(super) platforms: Index,
    pub(super) auxiliaries: Index,
    pub(super) boundaries: Index,
    pub(super) documents: Index,
    pub(super) pronouns: Index,
    pub(super) labels: Index,
    pub(super) fillers: Index,
    pub(super) english: Index,
    pub(super) prepositions: Index,
}

/// The lexicon, indexed when compiled.
pub(super) const LEXICON: Lexicon = Lexicon {
    cues: Index::new(CUE_VERBS),
    ambiguous: Index::new(AMBIGUOUS_CUES),
    inverting: Index::new(INVERTING_CUES),
    sources: Index::new(SOURCE_CUES),
    passive: Index::new(PASSIVE_CUES),
    tails: Index::new(CUE_TAILS),
    platforms: Index::new(PLATFORMS),
    auxiliaries: Index::new(AUXILIARIES),
    boundaries: Index::new(CLAUSE_BOUNDARIES),
    documents: Index::new(DOCUMENT_NOUNS),
    pronouns: Index::new(PRONOUNS),
    labels: Index::new(LABEL_INTRODUCERS),
    fillers: Index::new(LABEL_FILLERS),
    english: Index::new(ENGLISH_WORDS),
    prepositions: Index::new(PREPOSITIONS),
};

/// A run of words with the text they come from, and their lower-case forms.
pub(super) struct Words<'a> {
    pub(super) text: &'a str,
    pub(super) ws: Vec<Word>,
    /// The words in lower case, one after another: word `i` ends at `lower_ends[i]`.
    pub(super) lower: String,
    pub(super) lower_ends: Vec<usize>,
    pub(super) lex: &'a Lexicon,
}

impl<'a> Words<'a> {
    pub(super) fn new(text: &'a str, ws: Vec<Word>, lex: &'a Lexicon) -> Words<'a> {
        let mut lower = String::with_capacity(ws.last().map_or(0, |last| last.end - ws[0].start));
        let mut lower_ends = Vec::with_capacity(ws.len());
        for w in &ws {
            let word = &text[w.start..w.end];
            let start = lower.len();
            if word.is_ascii() {
                lower.push_str(word);
                lower[start..].make_ascii_lowercase();
            } else {
                lower.push_str(&word.to_lowercase());
            }
            lower_ends.push(lower.len());
        }
        Words { text, ws, lower, lower_ends, lex }
    }

    /// Word `i` in lower case.
    pub(super) fn low(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.lower_ends[i - 1] };
        &self.lower[start..self.lower_ends[i]]
    }

    pub(super) fn len(&self) -> usize {
        self.ws.len()
    }

    pub(super) fn get(&self, i: usize) -> &'a str {
        &self.text[self.ws[i].start..self.ws[i].end]
    }

    /// Whether word `i` is `word` (given in lower case).
    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        i < self.len() && self.low(i) == word
    }

    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.get(i).starts_with(char::is_uppercase)
    }

    /// The text between word `i - 1` and word `i`.
    pub(super) fn gap_before(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.ws.len() {
            return "";
        }
        &self.text[self.ws[i - 1].end..self.ws[i].start]
    }

    /// Whether words `i..i + n` are joined by spaces only.
    pub(super) fn joined(&self, i: usize, n: usize) -> bool {
        (i + 1..i + n).all(|k| self.gap_before(k).chars().all(char::is_whitespace))
    }

    /// The lengths in words of the entries of `index` that start at word `i`.
    pub(super) fn entries_at<'b>(&'b self, i: usize, index: &'b Index) -> impl Iterator<Item = usize> + 'b {
        let entries = if i < self.len() { index.starting(self.low(i)) } else { &[] };
        entries.iter().filter_map(move |entry| {
            let n = entry.split(' ').count();
            let fits = i + n <= self.ws.len()
                && entry.split(' ').enumerate().all(|(k, p)| lower_cmp(p, self.low(i + k)) == Ordering::Equal)
                && self.joined(i, n);
            fits.then_some(n)
        })
    }

    /// The number of words of the longest entry of `index` that starts at word `i`.
    pub(super) fn phrase_at(&self, i: usize, index: &Index) -> Option<usize> {
        self.entries_at(i, index).max()
    }

    /// Whether an entry of `index` ends at word `i` (inclusive).
    pub(super) fn phrase_ends_at(&self, i: usize, index: &Index) -> bool {
        (0..=i).rev().take(4).any(|from| self.entries_at(from, index).any(|n| from + n == i + 1))
    }

    pub(super) fn span(&self, from: usize, to: usize) -> Span {
        Span { start: self.ws[from].start, end: self.ws[to - 1].end }
    }

    pub(super) fn has_punct_before(&self, i: usize) -> bool {
        self.gap_before(i).chars().any(|c| !c.is_whitespace())
    }

    /// A word that ends a speaker phrase: a conjunction or the like, or a cue verb.
    pub(super) fn boundary(&self, i: usize) -> bool {
        self.lex.boundaries.has(self.low(i)) || (!self.capitalised(i) && self.lex.cues.has(self.low(i)))
    }

    /// A word that may stand between a speaker and the cue verb ("has", "later", "-ly").
    pub(super) fn auxiliary(&self, i: usize) -> bool {
        let w = self.low(i);
        self.lex.auxiliaries.has(w) || (w.len() > 4 && w.ends_with("ly") && !self.capitalised(i))
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    /// [`Index`] compares in ASCII lower case, which is the words' lower case only while
    /// the entries have no other capitals.
    #[test]
    fn cue_lexicons_lower_case_in_ascii() {
        for list in [
            CUE_VERBS,
            AMBIGUOUS_CUES,
            SOURCE_CUES,
            PASSIVE_CUES,
            CUE_TAILS,
            PLATFORMS,
            AUXILIARIES,
            CLAUSE_BOUNDARIES,
            DOCUMENT_NOUNS,
            PRONOUNS,
            LABEL_INTRODUCERS,
            LABEL_FILLERS,
            ENGLISH_WORDS,
            PREPOSITIONS,
        ] {
            for entry in list {
                assert_eq!(entry.to_lowercase(), entry.to_ascii_lowercase(), "{entry}");
            }
        }
        let index = Index::new(&["a", "hit", "Hit out", "on Twitter", "said"]);
        assert!(index.has("hit") && index.has("said") && !index.has("on") && !index.has("out"));
        assert!(index.has("a") && !index.has("an") && !index.has("") && !index.has("h"));
        assert_eq!(index.starting("hit").len(), 2);
        assert_eq!(index.starting("on").len(), 1);
    }

    #[test]
    fn words_are_counted_and_keyed_as_a_reader_reads_them() {
        let count = |text: &str, at_most| word_count(&Doc::new(text, None), &[Span::new(0, text.len())], at_most);
        assert_eq!(count("We will act -- now, in 2 weeks.", 10), 7);
        assert_eq!(count("We will act -- now, in 2 weeks.", 4), 4);
        assert_eq!(count("one\u{0B}two\tthree ", 10), 3);
        assert_eq!(count("caf\u{E9} au\u{A0}lait", 10), 3);
        assert_eq!(count("caf\u{E9} au\u{A0}lait", 2), 2);
        assert_eq!(count("\u{4E2D}\u{6587} text", 10), 3);
        assert_eq!(word_key("The Ministry's \u{C9}TAT, 2022!"), "the ministry s \u{E9}tat 2022");
    }

    #[test]
    fn words_join_inner_marks_and_handles() {
        let text = "Kyiv's envoy, Jean-Pierre (@jp_k) and U.S. \u{C9}lise-Marie: #talks 'now";
        let doc = Doc::new(text, None);
        let ws: Vec<&str> = words(&doc, 0, text.len()).iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(ws, ["Kyiv's", "envoy", "Jean-Pierre", "@jp_k", "and", "U.S.", "\u{C9}lise-Marie", "#talks", "now"]);
    }
}
