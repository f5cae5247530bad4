//! Quotations and whose words they are.
//!
//! **Marks.** Every quotation mark of a paragraph is classed from its glyph and its
//! neighbours as able to open, close, or neither (an apostrophe: "don't", "Kyiv's",
//! "'90s", "rock 'n' roll"). Openers pair with closers of the same family (double,
//! single, guillemets, corner brackets); quotes of another family, or nested deeper in the
//! same one, stay inside the outer quote. A quotation still open at the end of its
//! paragraph goes on when the next paragraph reopens with the same mark (one quote over
//! several paragraphs, joined by "\n"); otherwise it ends with its paragraph (double marks)
//! or was no quotation (single marks, whose stray ones are apostrophes). Nothing crosses a
//! paragraph any other way. A closing mark with no opener that ends a paragraph's first
//! clause before an attribution (`The steps were illegal,' he said.`) quotes from the
//! paragraph start. An embedded post, text followed by its author line ("— Name (@handle)
//! March 6, 2022"), is a quotation too.
//!
//! **Filter.** Dropped: fragments of one or two words; names and labels (`so-called "…"`,
//! `what he calls a "…"`, `dubbed "…"`, a Title Case phrase with no clause word and no cue
//! right beside it); short quoted phrases (six words or fewer) inside an English sentence
//! that has no speech cue (scare quotes: a fight for a 'better deal'). The same words
//! twice (a headline and its body) are one quote.
//!
//! **Attribution.** A cue whose speaker phrase starts right after the quote (`"…," the
//! minister said`, `"…," said Smith`, `"…," Lavrov, 72, said`, `"…," according to the
//! ministry`); else the nearest cue before it in its sentence (`Smith said: "…"`, `He told
//! reporters that "…"`, `according to X — "…"`); else a cue further on in the sentence
//! (`"…" without delay,' he said`); else a colon introduction (`Zelenskyy on Telegram:
//! "…"`). A quote without a cue that stands alone takes the speaker of the quote just
//! before it; otherwise the person its sentence names, else the speaker or person of the
//! previous sentence, else of the next. Speaker phrases resolve through the Cast (names,
//! titles, pronouns) to the fullest name, else stand as written ("a source in the
//! palace"); a document ("a statement from the White House said", "the statement said")
//! stands for its issuer.
//!
//! `start`..`end` of a record cover the quoted words inside the marks, from the first
//! paragraph's to the last's; for a post, the post's text.

use crate::lexicon::cues::{
    AMBIGUOUS_CUES, AUXILIARIES, CLAUSE_BOUNDARIES, CLAUSE_WORDS, CUE_TAILS, CUE_VERBS, DOCUMENT_NOUNS, ENGLISH_WORDS,
    LABEL_FILLERS, LABEL_INTRODUCERS, PASSIVE_CUES, PLATFORMS, PREPOSITIONS, PRONOUNS, SOURCE_CUES, TITLE_SMALL_WORDS,
};
use std::cmp::Ordering;
use std::collections::HashMap;

use crate::cast::{Cast, EntityKind, Mention, MentionKind};
use crate::doc::{trim, CharOffsets, Doc, Kind, Span};
use crate::record::Quote;

/// Every quote of `text` with its speaker and cue; offsets in characters.
pub(crate) fn find_quotes(doc: &Doc, cast: &Cast, offsets: &CharOffsets) -> Vec<Quote> {
    find_quotes_with_speakers(doc, cast, offsets).0
}

/// [`find_quotes`], with the words each quote's speaker was read from, one per quote
/// (`[start, end]` in characters): the speaker phrase of its cue ("the minister"), the
/// name or pronoun its sentence or a neighbour names, the post's author line, or for a
/// quote that continues the one before it, that quote's. `None` when it has no speaker.
pub(crate) fn find_quotes_with_speakers(
    doc: &Doc,
    cast: &Cast,
    offsets: &CharOffsets,
) -> (Vec<Quote>, Vec<Option<[usize; 2]>>) {
    let text = doc.text;
    let mut raws: Vec<Raw> = doc
        .quotations
        .iter()
        .map(|q| Raw {
            open: q.open,
            close: q.close,
            pieces: q.pieces.clone(),
            kind: if q.orphan { RawKind::Orphan } else { RawKind::Marked },
        })
        .collect();
    let posts = posts(doc);
    raws.retain(|r| {
        let i = posts.partition_point(|p| p.open < r.close);
        !(i > 0 && posts[i - 1].close > r.open)
    });
    raws.extend(posts);
    raws.sort_by_key(|r| r.open);
    let ctx = Context { text, doc, lex: &LEXICON, cast, raws: &raws };

    let mut quotes: Vec<Quote> = Vec::new();
    let mut speakers: Vec<Option<Span>> = Vec::new();
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut last: Option<Said> = None;
    for raw in &raws {
        let Some(found) = ctx.judge(raw, last.as_ref()) else { continue };
        if found.speaker.is_some() {
            last = Some(Said {
                speaker: found.speaker.clone(),
                at: found.speaker_at,
                paragraph: ctx.paragraph_of(raw.close.saturating_sub(1)),
            });
        }
        let key = word_key(&found.text);
        if let Some(&k) = keys.get(&key) {
            if quotes[k].speaker.is_none() && found.speaker.is_some() {
                quotes[k].speaker = found.speaker;
                quotes[k].cue = found.cue;
                speakers[k] = found.speaker_at;
            }
            continue;
        }
        keys.insert(key, quotes.len());
        speakers.push(found.speaker_at.filter(|_| found.speaker.is_some()));
        let first = raw.pieces.first().map_or(raw.open, |p| p.start);
        let end = raw.pieces.last().map_or(raw.close, |p| p.end);
        quotes.push(Quote {
            text: found.text,
            speaker: found.speaker,
            cue: found.cue,
            start: offsets.char_at(text, first),
            end: offsets.char_at(text, end),
        });
    }
    let chars = |s: Span| [offsets.char_at(text, s.start), offsets.char_at(text, s.end)];
    let speakers = speakers.into_iter().map(|s| s.map(chars)).collect();
    (quotes, speakers)
}

/// A quotation found in the text, before it is judged.
#[derive(Clone, Debug, PartialEq)]
struct Raw {
    /// Byte of the opening mark (the paragraph start for a quote whose opener is missing,
    /// the post's start for a post).
    open: usize,
    /// Byte after the closing mark, or after the last piece when it never closes.
    close: usize,
    /// The quoted words of each paragraph, without marks or surrounding spaces.
    pieces: Vec<Span>,
    kind: RawKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RawKind {
    Marked,
    /// A closing mark with no opener: kept only if an attribution follows it.
    Orphan,
    /// An embedded post, and its author line's name and handle ("Name (@handle)").
    Post {
        author: Span,
    },
}

// ---------------------------------------------------------------------------------------
// Embedded posts

/// Posts reproduced without marks and followed by their author line:
/// "Text of the post. — Name (@handle) March 6, 2022".
fn posts(doc: &Doc) -> Vec<Raw> {
    let text = doc.text;
    let mut out = Vec::new();
    for (pi, &para) in doc.paragraphs.iter().enumerate() {
        let s = &text[para.start..para.end];
        let mut from = 0;
        // `find(char)` runs memchr: the paragraphs without a parenthesis are passed over.
        while let Some(k) = s[from..].find('(').map(|k| from + k) {
            from = k + 1;
            if !s[from..].starts_with('@') {
                continue;
            }
            from = k + 2;
            let look = (k.saturating_sub(80)..=k).find(|&i| s.is_char_boundary(i)).unwrap_or(k);
            let Some((dash, dash_len)) = author_dash(&s[look..k]).map(|(d, l)| (look + d, l)) else {
                continue;
            };
            let name = trim(text, Span { start: para.start + dash + dash_len, end: para.start + k });
            let name_words = text[name.start..name.end].split_whitespace().count();
            if name.start >= name.end || name_words > 6 || !dated_after(&s[k..]) {
                continue;
            }
            let body = if s[..dash].trim().is_empty() {
                match pi.checked_sub(1) {
                    Some(p) => doc.paragraphs[p],
                    None => continue,
                }
            } else {
                Span { start: para.start, end: para.start + dash }
            };
            let body = trim(text, strip_links(text, body));
            if word_count(doc, &[body], 1) > 0 {
                let handle_end = para.start + k + s[k..].find(')').map_or(0, |c| c + 1);
                let author = Span { start: name.start, end: handle_end };
                out.push(Raw { open: body.start, close: body.end, pieces: vec![body], kind: RawKind::Post { author } });
                break; // one post per author line's paragraph
            }
        }
    }
    out
}

/// The last dash in `s` that starts an author line, with its length in bytes.
fn author_dash(s: &str) -> Option<(usize, usize)> {
    let mut best = None;
    for (i, c) in s.char_indices() {
        let dash = match c {
            '\u{2014}' | '\u{2013}' => Some(c.len_utf8()),
            '-' if s[i + 1..].starts_with('-') => Some(2),
            '-' if s[..i].ends_with(' ') && s[i + 1..].starts_with(' ') => Some(1),
            _ => None,
        };
        if let Some(len) = dash {
            best = Some((i, len));
        }
    }
    best
}

/// Whether "(@handle)" at the start of `s` is followed by a date ("March 6, 2022").
fn dated_after(s: &str) -> bool {
    let Some(close) = s.find(')') else { return false };
    if close > 40 || s[..close].contains(char::is_whitespace) {
        return false;
    }
    let after = s[close + 1..].trim_start();
    let mut words = after.split_whitespace();
    match words.next() {
        Some(w) if w.starts_with(|c: char| c.is_ascii_digit()) => true,
        Some(w) if w.starts_with(char::is_uppercase) => {
            words.next().is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
        }
        _ => false,
    }
}

/// `span` without trailing links ("pic.twitter.com/…", "https://t.co/…").
fn strip_links(text: &str, span: Span) -> Span {
    let mut end = span.end;
    loop {
        let s = text[span.start..end].trim_end();
        let last = s.rsplit(char::is_whitespace).next().unwrap_or("");
        if !last.is_empty()
            && (last.starts_with("http") || last.starts_with("pic.twitter.com") || last.starts_with("www."))
        {
            end = span.start + s.len() - last.len();
        } else {
            return Span { start: span.start, end: span.start + s.len() };
        }
    }
}

// ---------------------------------------------------------------------------------------
// Words

/// A word of the text, as a byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Word {
    start: usize,
    end: usize,
}

/// The words (every token but marks) of the Doc within `from..to`, each with its
/// possessive ending ("Kyiv's").
fn words(doc: &Doc, from: usize, to: usize) -> Vec<Word> {
    doc.tokens[doc.tokens_in(Span { start: from, end: to })]
        .iter()
        .filter(|t| t.kind != Kind::Mark)
        .map(|t| Word { start: t.start, end: t.full_end(doc.text).min(to) })
        .collect()
}

/// Number of words in `pieces` (a CJK character is a word), counted up to `at_most`.
fn word_count(doc: &Doc, pieces: &[Span], at_most: usize) -> usize {
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
fn word_key(s: &str) -> String {
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
struct Index {
    entries: &'static [&'static str],
    /// The bit [`lead_bit`] of the first word of every entry: most words start with no
    /// entry's first two letters and are answered without a search.
    leads: [u64; LEAD_WORDS],
}

const LEAD_WORDS: usize = 16;

/// A bit for the first two bytes of a word (the second 0 for a word of one byte).
const fn lead_bit(first: u8, second: u8) -> usize {
    (first as usize * 31 + second as usize) % (64 * LEAD_WORDS)
}

impl Index {
    const fn new(entries: &'static [&'static str]) -> Index {
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
    fn starting(&self, lower: &str) -> &'static [&'static str] {
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
    fn has(&self, lower: &str) -> bool {
        self.starting(lower).iter().any(|e| !e.contains(' '))
    }
}

/// The first word of `entry` in ASCII lower case, compared with `lower`.
fn first_word_cmp(entry: &str, lower: &str) -> Ordering {
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
fn lower_cmp(a: &str, b: &str) -> Ordering {
    for (x, y) in a.bytes().zip(b.bytes()) {
        match x.to_ascii_lowercase().cmp(&y.to_ascii_lowercase()) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    a.len().cmp(&b.len())
}

/// The word lists of `crate::lexicon::cues` that words are looked up in.
struct Lexicon {
    cues: Index,
    ambiguous: Index,
    sources: Index,
    passive: Index,
    tails: Index,
    platforms: Index,
    auxiliaries: Index,
    boundaries: Index,
    documents: Index,
    pronouns: Index,
    labels: Index,
    fillers: Index,
    english: Index,
    prepositions: Index,
}

/// The lexicon, indexed when compiled.
const LEXICON: Lexicon = Lexicon {
    cues: Index::new(CUE_VERBS),
    ambiguous: Index::new(AMBIGUOUS_CUES),
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
struct Words<'a> {
    text: &'a str,
    ws: Vec<Word>,
    /// The words in lower case, one after another: word `i` ends at `lower_ends[i]`.
    lower: String,
    lower_ends: Vec<usize>,
    lex: &'a Lexicon,
}

impl<'a> Words<'a> {
    fn new(text: &'a str, ws: Vec<Word>, lex: &'a Lexicon) -> Words<'a> {
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
    fn low(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.lower_ends[i - 1] };
        &self.lower[start..self.lower_ends[i]]
    }

    fn len(&self) -> usize {
        self.ws.len()
    }

    fn get(&self, i: usize) -> &'a str {
        &self.text[self.ws[i].start..self.ws[i].end]
    }

    /// Whether word `i` is `word` (given in lower case).
    fn is(&self, i: usize, word: &str) -> bool {
        i < self.len() && self.low(i) == word
    }

    fn capitalised(&self, i: usize) -> bool {
        self.get(i).starts_with(char::is_uppercase)
    }

    /// The text between word `i - 1` and word `i`.
    fn gap_before(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.ws.len() {
            return "";
        }
        &self.text[self.ws[i - 1].end..self.ws[i].start]
    }

    /// Whether words `i..i + n` are joined by spaces only.
    fn joined(&self, i: usize, n: usize) -> bool {
        (i + 1..i + n).all(|k| self.gap_before(k).chars().all(char::is_whitespace))
    }

    /// The lengths in words of the entries of `index` that start at word `i`.
    fn entries_at<'b>(&'b self, i: usize, index: &'b Index) -> impl Iterator<Item = usize> + 'b {
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
    fn phrase_at(&self, i: usize, index: &Index) -> Option<usize> {
        self.entries_at(i, index).max()
    }

    /// Whether an entry of `index` ends at word `i` (inclusive).
    fn phrase_ends_at(&self, i: usize, index: &Index) -> bool {
        (0..=i).rev().take(4).any(|from| self.entries_at(from, index).any(|n| from + n == i + 1))
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span { start: self.ws[from].start, end: self.ws[to - 1].end }
    }

    fn has_punct_before(&self, i: usize) -> bool {
        self.gap_before(i).chars().any(|c| !c.is_whitespace())
    }

    /// A word that ends a speaker phrase: a conjunction or the like, or a cue verb.
    fn boundary(&self, i: usize) -> bool {
        self.lex.boundaries.has(self.low(i)) || (!self.capitalised(i) && self.lex.cues.has(self.low(i)))
    }

    /// A word that may stand between a speaker and the cue verb ("has", "later", "-ly").
    fn auxiliary(&self, i: usize) -> bool {
        let w = self.low(i);
        self.lex.auxiliaries.has(w) || (w.len() > 4 && w.ends_with("ly") && !self.capitalised(i))
    }
}

// ---------------------------------------------------------------------------------------
// Attribution

/// A speaker phrase and the cue that gave it, as found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Attribution {
    /// The speaker phrase, if the cue names one.
    speaker: Option<Span>,
    cue: Span,
    /// The cue stands right beside the quotation.
    adjacent: bool,
    /// A bare colon introduction: it attributes only if the Cast knows the speaker, and
    /// has no cue word.
    needs_cast: bool,
}

/// A cue at word `i`: its length in words, for cue verbs only.
fn cue_verb_at(w: &Words, i: usize) -> Option<usize> {
    let n = w.phrase_at(i, &w.lex.cues)?;
    if w.capitalised(i)
        && (w.lex.ambiguous.has(w.low(i))
            || (i + 1..w.len().min(i + 3)).any(|k| !w.capitalised(k) && w.lex.cues.has(w.low(k))))
    {
        return None; // "the State Department", "the Washington Post", "Omar Said wrote"
    }
    if w.phrase_at(i, &w.lex.sources).is_some() || w.phrase_at(i, &w.lex.passive).is_some() {
        return None;
    }
    Some(n)
}

/// The cue as written: the verb and a tail that belongs to it ("said in a statement").
fn cue_span(w: &Words, i: usize, n: usize) -> Span {
    let tail = w.phrase_at(i + n, &w.lex.tails).filter(|_| !w.has_punct_before(i + n)).unwrap_or(0);
    w.span(i, i + n + tail)
}

/// Attribution right after the closing mark: `, the minister said`, `, said Smith`,
/// `, according to X`, `Zelenskyy said in a tweet`, `, Lavrov, 72, said`. The first cue
/// before the sentence ends counts; it is adjacent when its speaker phrase starts right
/// after the quote, not after a clause the quote ran into (`"…" without delay,' he said`).
fn attribution_after(w: &Words, gap: &str) -> Option<Attribution> {
    if gap.contains(['.', '!', '?', ';', '(']) || w.len() == 0 {
        return None;
    }
    for v in 0..w.len().min(14) {
        if w.gap_before(v).contains(['.', '!', '?', ';', ':']) {
            return None;
        }
        let clause_start = v == 0 || w.has_punct_before(v);
        if clause_start {
            if let Some(n) = w.phrase_at(v, &w.lex.sources) {
                let np = phrase_after(w, v + n, true)?;
                return Some(Attribution {
                    speaker: Some(np),
                    cue: w.span(v, v + n),
                    adjacent: v == 0,
                    needs_cast: false,
                });
            }
        }
        let Some(n) = cue_verb_at(w, v) else { continue };
        if clause_start && w.low(v).ends_with("ing") {
            // `, adding that…`: the speaker is the subject before the quote.
            return None;
        }
        let cue = cue_span(w, v, n);
        return match subject_before(w, v) {
            Some(subject) => Some(Attribution {
                speaker: Some(subject),
                cue,
                adjacent: subject.start == w.ws[0].start,
                needs_cast: false,
            }),
            None if clause_start => {
                Some(Attribution { speaker: phrase_after(w, v + n, false), cue, adjacent: v == 0, needs_cast: false })
            }
            None => None,
        };
    }
    None
}

/// The speaker phrase after a cue ending before word `i`: `said Karine Jean-Pierre, the…`,
/// `according to a statement from the ministry`. Prepositions continue a source phrase
/// ("notes of the British Bill") but end a speaker after a verb ("said X in Kyiv").
fn phrase_after(w: &Words, i: usize, source: bool) -> Option<Span> {
    let mut end = i;
    while end < w.len() && end - i < 10 {
        let word = w.low(end);
        let stop = if source {
            w.lex.boundaries.has(word) && !matches!(word, "by" | "on")
        } else {
            w.boundary(end) || matches!(word, "in" | "from" | "for" | "with")
        };
        if (end > i && w.has_punct_before(end)) || stop {
            break;
        }
        end += 1;
    }
    // A trailing cue verb belongs to the source phrase's own clause ("… from PMO read").
    while end > i && w.lex.cues.has(w.low(end - 1)) {
        end -= 1;
    }
    (end > i).then(|| w.span(i, end))
}

/// The subject before the cue verb at word `v`: `Sergei Lavrov, in an address, restated`,
/// `Alex Huang, the spokesman, told`, `Zelenskyy took to Twitter and said`.
fn subject_before(w: &Words, v: usize) -> Option<Span> {
    if v >= 2 && w.is(v - 1, "as") && w.is(v, "saying") {
        // `quoted Smith as saying`
        let quoted = (v.saturating_sub(8)..v - 1).rev().find(|&k| w.is(k, "quoted"))?;
        return (quoted + 1 < v - 1).then(|| w.span(quoted + 1, v - 1));
    }
    let mut end = v;
    while end > 0 && w.auxiliary(end - 1) && !w.has_punct_before(end) {
        end -= 1;
    }
    if end > 0 && w.gap_before(end).contains(',') {
        // An insertion between subject and verb: take the phrase before it.
        let comma = (end.saturating_sub(12)..end - 1).rev().find(|&k| w.gap_before(k + 1).contains(','));
        if let Some(k) = comma {
            return noun_phrase_ending(w, k + 1);
        }
        return None;
    }
    if end > 1 && (w.is(end - 1, "who") || w.is(end - 1, "which")) {
        // `Republicans who said`: the relative word stands for the phrase before it.
        let mut start = end - 1;
        while start > 0
            && end - 1 - start < 4
            && !w.has_punct_before(start)
            && !w.boundary(start - 1)
            && !w.lex.prepositions.has(w.low(start - 1))
        {
            start -= 1;
        }
        return (start < end - 1).then(|| w.span(start, end - 1));
    }
    if end > 0 && w.is(end - 1, "and") {
        // Coordinated verbs share the subject at the start of the clause.
        let mut start = end - 1;
        while start > 0 && !w.has_punct_before(start) && end - start < 15 {
            start -= 1;
        }
        // The clause's subject: capitalised words, or a determiner and its noun.
        let determiner = |k: usize| matches!(w.low(k), "the" | "a" | "an");
        let mut stop = start;
        while stop < end - 1
            && !w.boundary(stop)
            && (w.capitalised(stop) || determiner(stop) || (stop > start && determiner(stop - 1)))
        {
            stop += 1;
        }
        return (stop > start).then(|| w.span(start, stop));
    }
    noun_phrase_ending(w, end)
}

/// The noun phrase that ends before word `end`, reading back to a boundary.
fn noun_phrase_ending(w: &Words, end: usize) -> Option<Span> {
    let mut start = end;
    // "and", "on"... between capitalised words belong to a name ("Committee on
    // Intelligence and Security").
    let inside_name =
        |k: usize| k > 0 && k + 1 < w.len() && w.capitalised(k - 1) && w.capitalised(k + 1) && w.joined(k - 1, 3);
    while start > 0 && end - start < 10 && (!w.boundary(start - 1) || inside_name(start - 1)) {
        start -= 1;
        if w.has_punct_before(start) && !w.gap_before(start).trim().eq("-") {
            break;
        }
    }
    (start < end).then(|| w.span(start, end))
}

/// Attribution before the opening mark, in the quote's sentence: the nearest cue.
fn attribution_before(w: &Words, gap: &str, after: &Words) -> Option<Attribution> {
    let n = w.len();
    for i in (0..n).rev() {
        if let Some(k) = w.phrase_at(i, &w.lex.sources) {
            let speaker = phrase_after(w, i + k, true);
            return Some(Attribution { speaker, cue: w.span(i, i + k), adjacent: i + k + 8 >= n, needs_cast: false });
        }
        if let Some(k) = w.phrase_at(i, &w.lex.passive) {
            // `described as "…" by his spokesman Robert Gibbs`
            let speaker = after.is(0, "by").then(|| phrase_after(after, 1, true)).flatten();
            return Some(Attribution { speaker, cue: w.span(i, i + k), adjacent: i + k == n, needs_cast: false });
        }
        let Some(k) = cue_verb_at(w, i) else { continue };
        let next_gap = if i + k < n { w.gap_before(i + k) } else { gap };
        let introduces = i + k == n || w.is(i + k, "that") || next_gap.contains([':', ',']);
        if w.lex.ambiguous.has(w.low(i)) && !introduces {
            continue;
        }
        let inverted = i == 0 || w.has_punct_before(i);
        let mut speaker =
            subject_before(w, i).or_else(|| phrase_after(w, i + k, false).filter(|_| inverted && i + k < n));
        if speaker.is_none() && w.low(i).ends_with("ing") {
            // `Smith said, adding: "…"`: a participle shares the subject of the verb before.
            speaker = (0..i).rev().find(|&j| cue_verb_at(w, j).is_some()).and_then(|j| subject_before(w, j));
        }
        let cue = cue_span(w, i, k);
        let adjacent = cue.end == w.ws[n - 1].end || (w.is(n - 1, "that") && cue.end == w.ws[n - 2].end);
        return Some(Attribution { speaker, cue, adjacent, needs_cast: false });
    }
    // `Zelenskyy on Telegram: "…"`, `Prime Minister Smith: "…"`
    if gap.trim_end().ends_with(':') && n > 0 {
        let mut start = n - 1;
        while start > 0 && n - start < 8 && !w.has_punct_before(start) {
            start -= 1;
        }
        let on =
            (start..n).find(|&k| w.is(k, "on") && w.phrase_at(k + 1, &w.lex.platforms).is_some_and(|p| k + 1 + p == n));
        let speaker_end = on.unwrap_or(n);
        if speaker_end > start {
            let cue = on.map(|k| w.span(k, n));
            let speaker = Some(w.span(start, speaker_end));
            return cue.map_or(
                Some(Attribution { speaker, cue: w.span(n - 1, n), adjacent: false, needs_cast: true }),
                |cue| Some(Attribution { speaker, cue, adjacent: true, needs_cast: false }),
            );
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Judging a quotation

/// A judged quotation.
struct Found {
    text: String,
    speaker: Option<String>,
    /// The words the speaker was read from (bytes).
    speaker_at: Option<Span>,
    cue: Option<String>,
}

/// The speaker of the latest attributed quote.
struct Said {
    speaker: Option<String>,
    /// The words that speaker was read from (bytes).
    at: Option<Span>,
    paragraph: usize,
}

struct Context<'a> {
    text: &'a str,
    doc: &'a Doc<'a>,
    lex: &'static Lexicon,
    cast: &'a Cast,
    /// Every quotation, sorted by `open`.
    raws: &'a [Raw],
}

/// How far attribution looks around a quotation, in bytes.
const WINDOW: usize = 400;

impl Context<'_> {
    fn paragraph_of(&self, at: usize) -> usize {
        self.doc.paragraph_of(at)
    }

    fn sentence_span(&self, at: usize) -> Span {
        match self.doc.sentence_at(at) {
            Some(i) => self.doc.sentences[i].span,
            None => {
                let p = self.paragraph_of(at);
                self.doc.paragraphs.get(p).copied().unwrap_or(Span { start: at, end: at })
            }
        }
    }

    /// The words of `from..to` outside every quotation.
    fn words_outside(&self, from: usize, to: usize) -> Vec<Word> {
        let first = self.raws.partition_point(|r| r.close <= from);
        let inside = |w: &Word| {
            self.raws[first..].iter().take_while(|r| r.open < to).any(|r| r.open <= w.start && w.start < r.close)
        };
        let mut ws = words(self.doc, from, to);
        ws.retain(|w| !inside(w));
        ws
    }

    fn floor(&self, at: usize) -> usize {
        (0..=at).rev().find(|&i| self.text.is_char_boundary(i)).unwrap_or(0)
    }

    fn ceil(&self, at: usize) -> usize {
        (at.min(self.text.len())..=self.text.len()).find(|&i| self.text.is_char_boundary(i)).unwrap_or(self.text.len())
    }

    /// Whether `raw` is a quotation someone's words, and whose they are.
    fn judge(&self, raw: &Raw, last: Option<&Said>) -> Option<Found> {
        let mut text = String::with_capacity(raw.pieces.iter().map(|p| p.end - p.start + 1).sum());
        for (k, p) in raw.pieces.iter().enumerate() {
            if k > 0 {
                text.push('\n');
            }
            text.push_str(&self.text[p.start..p.end]);
        }
        // Only "fewer than three" and "six or fewer" matter.
        let count = word_count(self.doc, &raw.pieces, 7);
        if count < 3 {
            return None;
        }
        if let RawKind::Post { author } = raw.kind {
            let handle = self.overlapping(author).into_iter().find(|m| m.kind == MentionKind::Handle);
            let (speaker, at) = match handle {
                Some(m) => (Some(self.cast.name(m.entity).to_string()), m.span),
                None => {
                    let name = Span {
                        start: author.start,
                        end: author.start + self.text[author.start..author.end].find("(@").unwrap_or(0),
                    };
                    let name = trim(self.text, name);
                    (self.resolve(name, last, raw), name)
                }
            };
            return Some(Found { text, speaker, speaker_at: Some(at), cue: Some("posted".to_string()) });
        }

        let open_sentence = self.sentence_span(raw.open);
        let from = self.ceil(open_sentence.start.max(raw.open.saturating_sub(WINDOW)));
        let before = Words::new(self.text, self.words_outside(from, raw.open), self.lex);
        let gap_before = &self.text[before.ws.last().map_or(from, |w| w.end)..raw.open];

        let close_sentence = self.sentence_span(raw.close.saturating_sub(1));
        let to = self.floor(close_sentence.end.max(raw.close).min(raw.close + WINDOW));
        let next_open = self
            .raws
            .get(self.raws.partition_point(|r| r.open < raw.close))
            .map_or(to, |r| r.open.clamp(raw.close, to));
        let after = Words::new(self.text, self.words_outside(raw.close, next_open), self.lex);
        let gap_after = &self.text[raw.close..after.ws.first().map_or(next_open, |w| w.start)];

        if self.labelled(raw.open) {
            return None;
        }
        let after_attr = attribution_after(&after, gap_after);
        if raw.kind == RawKind::Orphan && after_attr.is_none() {
            return None;
        }
        let mut attr = match after_attr {
            Some(a) if a.adjacent => Some(a),
            a => attribution_before(&before, gap_before, &after).or(a),
        };
        if attr.is_some_and(|a| a.needs_cast && a.speaker.is_none_or(|s| self.overlapping(s).is_empty())) {
            attr = None;
        }
        let adjacent = attr.is_some_and(|a| a.adjacent);
        if title_like(&text) && !adjacent {
            return None;
        }
        let standalone = (before.len() == 0 || gap_before.trim_end().ends_with(':')) && after.len() == 0;
        if count <= 6 && attr.is_none() && !standalone && (english(&before) || english(&after)) {
            return None;
        }

        let cue = attr.filter(|a| !a.needs_cast).map(|a| self.text[a.cue.start..a.cue.end].to_string());
        let phrase = attr.and_then(|a| a.speaker);
        let mut speaker = phrase.and_then(|s| self.resolve(s, last, raw));
        let mut speaker_at = phrase.map(|s| trim(self.text, s));
        if speaker.is_none() && phrase.is_some_and(|s| self.is_pronoun(s)) {
            // "they said": nobody the text names
            return Some(Found { text, speaker, speaker_at: None, cue });
        }
        if speaker.is_none() {
            let first_para = self.paragraph_of(raw.open);
            let follows = last.filter(|l| l.paragraph + 1 >= first_para);
            (speaker, speaker_at) = match follows {
                Some(l) if standalone => (l.speaker.clone(), l.at),
                _ => self
                    .speaker_around(raw, open_sentence, close_sentence, last)
                    .map_or((None, None), |(s, at)| (Some(s), Some(at))),
            };
        }
        Some(Found { text, speaker, speaker_at, cue })
    }

    /// Whether the words right before the opening mark make the quotation a label:
    /// `the so-called "…"`, `what he calls a "…"`, `marked as "…"`.
    fn labelled(&self, open: usize) -> bool {
        // A word ends in a letter, digit or `_`: after anything else before the mark (a
        // colon, a comma, the paragraph start) no word comes right before it.
        let before = self.text[..open].trim_end().chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return false;
        }
        let from = self.ceil(open.saturating_sub(60));
        let w = Words::new(self.text, words(self.doc, from, open), self.lex);
        let mut end = w.len();
        if end > 0 && !self.text[w.ws[end - 1].end..open].trim().is_empty() {
            return false;
        }
        while end > 0 && end + 2 > w.len() && w.lex.fillers.has(w.low(end - 1)) {
            end -= 1;
        }
        end > 0 && w.phrase_ends_at(end - 1, &w.lex.labels)
    }

    /// A speaker from the sentences around a quotation with no cue of its own: a person
    /// its sentence names, else the previous sentence's speaker or person, else the next's;
    /// with the words it was read from.
    fn speaker_around(
        &self,
        raw: &Raw,
        open_sentence: Span,
        close_sentence: Span,
        last: Option<&Said>,
    ) -> Option<(String, Span)> {
        if let Some(name) = self.named_in(open_sentence.start, close_sentence.end) {
            return Some(name);
        }
        let first = self.doc.sentence_at(open_sentence.start);
        let last_sentence = self.doc.sentence_at(close_sentence.start);
        let previous = first.and_then(|i| i.checked_sub(1)).map(|i| self.doc.sentences[i].span);
        let next = last_sentence.and_then(|i| self.doc.sentences.get(i + 1)).map(|s| s.span);
        for s in [previous, next].into_iter().flatten() {
            if s.end > raw.open && s.start < raw.close {
                continue;
            }
            let from = self.ceil(s.start.max(s.end.saturating_sub(WINDOW)));
            let w = Words::new(self.text, self.words_outside(from, s.end), self.lex);
            let cued = (0..w.len())
                .find(|&i| cue_verb_at(&w, i).is_some() && !w.lex.ambiguous.has(w.low(i)))
                .and_then(|i| subject_before(&w, i));
            if let Some(found) = cued.and_then(|s| Some((self.resolve(s, last, raw)?, trim(self.text, s)))) {
                return Some(found);
            }
            if let Some(name) = self.named_in(s.start, s.end) {
                return Some(name);
            }
        }
        None
    }

    /// The first person or body named (not in a pronoun, not inside a quotation) in
    /// `from..to`, and where.
    fn named_in(&self, from: usize, to: usize) -> Option<(String, Span)> {
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
    fn resolve(&self, np: Span, last: Option<&Said>, quote: &Raw) -> Option<String> {
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

    fn is_pronoun(&self, np: Span) -> bool {
        let ws = words(self.doc, np.start, np.end);
        ws.len() == 1 && self.lex.pronouns.has(&self.text[ws[0].start..ws[0].end].to_lowercase())
    }

    /// Whether the quotation names `entity` (not by a pronoun).
    fn named_inside(&self, quote: &Raw, entity: usize) -> bool {
        let inside = self.cast.mentions_in(Span { start: quote.open, end: quote.close });
        inside.iter().any(|m| m.entity == entity && m.kind != MentionKind::Pronoun)
    }

    /// The latest person mentioned before `quote`, outside quotations, whom the quote
    /// does not name.
    fn person_before(&self, quote: &Raw) -> Option<String> {
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
    fn overlapping(&self, span: Span) -> Vec<Mention> {
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

fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether words around a quotation are English prose, where the cue lexicon applies
/// ("…", — сказал он is not).
fn english(w: &Words) -> bool {
    (0..w.len()).rev().take(40).any(|i| w.lex.english.has(w.low(i)))
}

/// A Title Case phrase with no clause word: the name of something ('Mission Barbarossa',
/// 'Responsibility to Protect'), not someone's words.
fn title_like(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(13)
        .collect();
    if words.len() < 2 || words.len() > 12 || text.trim_end().ends_with(['.', '!', '?']) || text.contains(',') {
        return false;
    }
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    words.iter().all(|w| capitalised(w) || in_list(TITLE_SMALL_WORDS, w))
        && words.iter().filter(|w| capitalised(w)).count() >= 2
        && !words.iter().any(|w| in_list(CLAUSE_WORDS, w))
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

    fn quotes(text: &str) -> Vec<Quote> {
        let doc = Doc::new(text, None);
        find_quotes(&doc, &Cast::new(&doc), &CharOffsets::new(text))
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.text).collect()
    }

    /// (text, speaker, cue) of every quote.
    fn said(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        quotes(text).into_iter().map(|q| (q.text, q.speaker, q.cue)).collect()
    }

    fn one(text: &str, speaker: Option<&str>, cue: Option<&str>) -> (String, Option<String>, Option<String>) {
        (text.to_string(), speaker.map(str::to_string), cue.map(str::to_string))
    }

    #[test]
    fn double_marks_of_every_kind() {
        assert_eq!(texts("\"The bridge will reopen soon,\" the engineer said."), ["The bridge will reopen soon,"]);
        assert_eq!(
            texts("\u{201C}The bridge will reopen soon,\u{201D} the engineer said."),
            ["The bridge will reopen soon,"]
        );
        assert_eq!(
            texts("The engineer said: \u{AB}The bridge will reopen soon\u{BB}."),
            ["The bridge will reopen soon"]
        );
        assert_eq!(
            texts("Die Ingenieurin sagte: \u{201E}Die Br\u{FC}cke wird bald wieder ge\u{F6}ffnet.\u{201C}"),
            ["Die Br\u{FC}cke wird bald wieder ge\u{F6}ffnet."]
        );
        // Mixed straight and curly marks close each other.
        assert_eq!(
            texts("\"Trains run again,\u{201D} she said. \u{201C}Buses will follow next week.\" Then she left."),
            ["Trains run again,", "Buses will follow next week."]
        );
    }

    #[test]
    fn single_marks_are_told_from_apostrophes() {
        let text = "'We can't wait, and the farmers' patience is gone,' Ann Cole said. She grew up in the '80s with rock 'n' roll.";
        assert_eq!(texts(text), ["We can't wait, and the farmers' patience is gone,"]);
        assert_eq!(
            texts("\u{2018}Kyiv\u{2019}s mayor will not resign,\u{2019} his office said."),
            ["Kyiv\u{2019}s mayor will not resign,"]
        );
        assert!(texts("The ministers' talks ended. Don't expect the '90s back, its rivals' aides say.").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(
            texts("\"He looked at me and said 'never again' before he left the room,\" she recalled."),
            ["He looked at me and said 'never again' before he left the room,"]
        );
        assert_eq!(
            texts("'Everyone asked me: \"will you run again?\" and I said no,' the senator said."),
            ["Everyone asked me: \"will you run again?\" and I said no,"]
        );
    }

    #[test]
    fn a_quotation_over_several_paragraphs_is_one_quote() {
        let text = "The minister spoke for an hour.\n\n\"Our first task is to keep the lights on.\n\n\"The second is to pay the \
                    teachers on time.\n\n\"The third is to rebuild the schools,\" she said.\n\nThe session ended.";
        assert_eq!(texts(text), [
            "Our first task is to keep the lights on.\nThe second is to pay the teachers on time.\nThe third is to rebuild the schools,"
        ]);
        let british = "'We will not stop.\n\n'We will not give up any ground at all.'";
        assert_eq!(texts(british), ["We will not stop.\nWe will not give up any ground at all."]);
    }

    #[test]
    fn a_quote_split_by_its_attribution_is_two_quotes() {
        assert_eq!(
            said("\"Talks are possible,\" Lena Park said. \"But not under these conditions.\""),
            [
                one("Talks are possible,", Some("Lena Park"), Some("said")),
                one("But not under these conditions.", Some("Lena Park"), None),
            ]
        );
    }

    #[test]
    fn the_same_words_twice_are_one_quote() {
        let text = "Park Warns 'We Will Not Back Down'\n\nMayor Lena Park said: \"We will not back down.\"";
        assert_eq!(texts(text), ["We Will Not Back Down"]);
    }

    #[test]
    fn embedded_posts_are_quotes_of_their_author() {
        let same_line = "Good call with the mayor about the floods today. \u{2014} Lena Park (@lenapark) May 3, 2023";
        assert_eq!(
            said(same_line),
            [one("Good call with the mayor about the floods today.", Some("Lena Park"), Some("posted"))]
        );
        let own_line = "Good call with the mayor about the floods today. pic.twitter.com/abc123\n\u{2014} Lena Park (@lenapark) May 3, 2023";
        assert_eq!(texts(own_line), ["Good call with the mayor about the floods today."]);
        assert!(texts("Email the desk \u{2014} Newsroom (@desk) for tips.").is_empty());
    }

    #[test]
    fn quotes_in_other_languages() {
        assert_eq!(texts("\u{AB}\u{41C}\u{44B} \u{43D}\u{435} \u{441}\u{434}\u{430}\u{434}\u{438}\u{43C}\u{441}\u{44F}\u{BB}, \u{2014} \u{441}\u{43A}\u{430}\u{437}\u{430}\u{43B} \u{43E}\u{43D}."), [
            "\u{41C}\u{44B} \u{43D}\u{435} \u{441}\u{434}\u{430}\u{434}\u{438}\u{43C}\u{441}\u{44F}"
        ]);
        assert_eq!(
            texts("\"Il n'y a pas de solution militaire\", a d\u{E9}clar\u{E9} le ministre."),
            ["Il n'y a pas de solution militaire"]
        );
        assert_eq!(
            texts("\u{4ED6}\u{8BF4}\u{FF1A}\u{300C}\u{6211}\u{4EEC}\u{652F}\u{6301}\u{548C}\u{5E73}\u{300D}\u{3002}"),
            ["\u{6211}\u{4EEC}\u{652F}\u{6301}\u{548C}\u{5E73}"]
        );
    }

    #[test]
    fn fragments_labels_and_scare_quotes_are_dropped() {
        assert_eq!(texts("\"We are staying,\" she told the BBC's \"Sunday Morning Show\" today."), ["We are staying,"]);
        // One or two words.
        assert!(texts("She called the vote \"deeply flawed\" and left.").is_empty());
        // Labels and names, whatever their length.
        assert!(texts("He defended what he calls a \"limited border security action\".").is_empty());
        assert!(texts("The plan, dubbed \"Clean Rivers for All\", starts in May.").is_empty());
        assert!(texts("The so-called \"grain for peace corridor\" reopened.").is_empty());
        assert!(texts("Troops joined 'Operation Northern Shield' last year.").is_empty());
        // Scare quotes: a short phrase in a sentence where nobody speaks.
        assert!(texts("The region remains under a \"state of alert\" this week.").is_empty());
        // But a short phrase someone said counts, and so does a headline quote.
        assert_eq!(texts("The mayor said the plan was \"a good first step\"."), ["a good first step"]);
        assert_eq!(texts("Mayor Says 'We Are Not Finished'"), ["We Are Not Finished"]);
    }

    #[test]
    fn stray_marks_stay_in_their_paragraph() {
        let text = "She said \"the reform will be announced in June.\n\nLater that month the council met.\n\n\"Nothing has changed,\" a resident said.";
        assert_eq!(texts(text), ["the reform will be announced in June.", "Nothing has changed,"]);
        assert!(texts("It's the region's 'best year since the '90s.\n\nIt's over.").is_empty());
    }

    #[test]
    fn a_lost_opening_mark_still_gives_the_quote() {
        assert_eq!(
            said("The bridge will be rebuilt by winter,' Lena Park said."),
            [one("The bridge will be rebuilt by winter,", Some("Lena Park"), Some("said"))]
        );
        assert!(texts("It ended well,' he thought about the old farmers' days.").is_empty());
    }

    #[test]
    fn a_misplaced_closing_mark_ends_the_quote() {
        assert_eq!(
            said("\"We reviewed every contract in detail, \"Lena Park said in a tweet."),
            [one("We reviewed every contract in detail,", Some("Lena Park"), Some("said in a tweet"))]
        );
    }

    #[test]
    fn cues_after_the_quote() {
        assert_eq!(
            said("\"We need more doctors,\" Lena Park told reporters on Monday."),
            [one("We need more doctors,", Some("Lena Park"), Some("told reporters"))]
        );
        assert_eq!(
            said("\"We need more doctors,\" said Lena Park, the health minister."),
            [one("We need more doctors,", Some("Lena Park"), Some("said"))]
        );
        assert_eq!(
            said("\"The dam is safe,\" Omar Said wrote on Twitter."),
            [one("The dam is safe,", Some("Omar Said"), Some("wrote on Twitter"))]
        );
        assert_eq!(
            said("\"The dam is safe for now,\" the ministry said in a statement."),
            [one("The dam is safe for now,", Some("ministry"), Some("said in a statement"))]
        );
        // An interrupting clause, then the attribution.
        assert_eq!(
            said("'Borders are not for sale' in any deal,' Lena Park said."),
            [one("Borders are not for sale", Some("Lena Park"), Some("said"))]
        );
    }

    #[test]
    fn cues_before_the_quote() {
        assert_eq!(
            said("Lena Park told the council: \"The budget is balanced at last.\""),
            [one("The budget is balanced at last.", Some("Lena Park"), Some("told"))]
        );
        assert_eq!(
            said("During the visit, Omar Said warned that the floods would \"hit the poorest towns first\"."),
            [one("hit the poorest towns first", Some("Omar Said"), Some("warned"))]
        );
        // A subject set off from its verb by an insertion.
        assert_eq!(
            said("Lena Park, the health minister, said the clinics would \"open again on Monday\"."),
            [one("open again on Monday", Some("Lena Park"), Some("said"))]
        );
        // Coordinated verbs share the subject.
        assert_eq!(
            said("An hour later, Omar Said went on radio and said: \"The water is falling.\""),
            [one("The water is falling.", Some("Omar Said"), Some("said"))]
        );
        // A participle shares the subject of the verb before it.
        assert_eq!(
            said("\"We are ready,\" Lena Park said, adding: \"The trucks leave tonight.\"")[1],
            one("The trucks leave tonight.", Some("Lena Park"), Some("adding"))
        );
        // A colon introduction with a platform.
        assert_eq!(
            said("Lena Park on Twitter: \"The clinics are open again.\""),
            [one("The clinics are open again.", Some("Lena Park"), Some("on Twitter"))]
        );
    }

    #[test]
    fn sources_and_organisations_speak_too() {
        assert_eq!(
            said("The shelling was \"a grave breach of the ceasefire\", according to a statement released by the UN Spokesperson."),
            [one("a grave breach of the ceasefire", Some("UN Spokesperson"), Some("according to"))]
        );
        let text = "\"The border stays closed,\" a statement from the Interior Ministry said. \"Checks will continue,\" the statement said.";
        let found = said(text);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(_, s, _)| s.as_deref().is_some_and(|s| s.ends_with("Ministry"))), "{found:?}");
        assert_eq!(
            said("He was described as \u{201C}a tireless public servant\u{201D} by Mayor Lena Park."),
            [one("a tireless public servant", Some("Lena Park"), Some("described as"))]
        );
    }

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

    #[test]
    fn offsets_cover_the_words_inside_the_marks_in_characters() {
        let text = "Caf\u{E9} owner \u{201C}We reopen on Monday morning\u{201D} said Ana.";
        let q = &quotes(text)[0];
        let inner: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(inner, "We reopen on Monday morning");
    }

    #[test]
    fn odd_input_never_panics() {
        let pieces = [
            "\"",
            "'",
            "\u{201C}",
            "\u{201D}",
            "\u{2018}",
            "\u{2019}",
            "\u{AB}",
            "\u{BB}",
            "\u{201E}",
            "\u{300C}",
            "''",
            "``",
            " ",
            "\n",
            "\n\n",
            "said",
            "he",
            ",",
            ".",
            ":",
            "\u{2014}",
            "(@x)",
            "May 3, 2023",
            "\u{416}\u{436}",
            "\u{1F600}",
            "Lena Park",
            "according to",
            "the statement",
            "so-called",
            "a",
            "-",
            "President Omar Said's",
            "'s aide",
            "who",
            "and",
            "the prime minister",
            "quoted",
            "as saying",
            "told reporters",
        ];
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            for q in quotes(&text) {
                assert!(q.start <= q.end && q.end <= text.chars().count());
            }
        }
    }

    #[test]
    fn long_texts_take_linear_time() {
        let paragraph = "\"We will rebuild every school and every clinic in this region,\" Lena Park said. \
                         'It's the farmers' year,' she added, \"and the \u{2018}best\u{2019} one.\"\n\n";
        let text = paragraph.repeat(600);
        let started = std::time::Instant::now();
        assert_eq!(quotes(&text).len(), 3);
        assert!(started.elapsed().as_secs() < 20);
    }
}
