use super::*;

/// The folded words of a quote: what two reports of it share whatever their marks,
/// punctuation, case, accents or spacing.
pub(super) fn quote_words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// How many words a quote is looked up by.
pub(super) const GRAM: usize = 3;

/// Finds the row a quote belongs to by its words.
#[derive(Default)]
pub(super) struct QuoteIndex {
    /// Each row's words, as [`quote_words`] gives them.
    words: Vec<Vec<String>>,
    /// Rows by all their words joined.
    exact: HashMap<String, Vec<usize>>,
    /// Rows by their first [`GRAM`] words.
    starts: HashMap<String, Vec<usize>>,
    /// Rows by each run of [`GRAM`] words that starts early enough for a near-complete
    /// part of the row to start there.
    heads: HashMap<String, Vec<usize>>,
}

impl QuoteIndex {
    pub(super) fn add(&mut self, rows: &mut Vec<QuoteRow>, source: Source<Quote>) {
        let words = quote_words(&source.item.text);
        if let Some(i) = self.find(rows, &words, source.item.speaker.as_deref()) {
            if words.len() > self.words[i].len() {
                rows[i].text.clone_from(&source.item.text);
                self.words[i].clone_from(&words);
            }
            rows[i].join(source);
            return;
        }
        let i = rows.len();
        self.exact.entry(words.join(" ")).or_default().push(i);
        if !words.is_empty() {
            let n = GRAM.min(words.len());
            self.starts.entry(words[..n].join(" ")).or_default().push(i);
            for at in 0..=head_room(words.len()) {
                if at + n <= words.len() {
                    self.heads.entry(words[at..at + n].join(" ")).or_default().push(i);
                }
            }
        }
        self.words.push(words);
        rows.push(QuoteRow {
            text: source.item.text.clone(),
            speaker: source.item.speaker.clone(),
            cue: None,
            date: None,
            sources: Vec::new(),
        });
        rows[i].join(source);
    }

    /// The row of the same quote by the same speaker, if there is one.
    pub(super) fn find(&self, rows: &[QuoteRow], words: &[String], speaker: Option<&str>) -> Option<usize> {
        let same_speaker = |i: usize| same_name(rows[i].speaker.as_deref(), speaker);
        if let Some(&i) = self.exact.get(&words.join(" ")).into_iter().flatten().find(|&&i| same_speaker(i)) {
            return Some(i);
        }
        if words.is_empty() {
            return None;
        }
        let n = GRAM.min(words.len());
        // This quote inside a row: it starts near the row's start.
        let inside = self.heads.get(&words[..n].join(" ")).into_iter().flatten();
        // A row inside this quote: the row's start is near this quote's start.
        let around = (0..=head_room(words.len()))
            .filter(|at| at + n <= words.len())
            .flat_map(|at| self.starts.get(&words[at..at + n].join(" ")).into_iter().flatten());
        inside.chain(around).copied().find(|&i| same_speaker(i) && near_complete(&self.words[i], words))
    }
}

/// How many words into a quote of `len` words a near-complete part of it can start.
pub(super) fn head_room(len: usize) -> usize {
    len - (len as f64 * NEAR_COMPLETE).ceil() as usize
}

/// One word list is a run of the other's words holding at least [`NEAR_COMPLETE`] of them.
pub(super) fn near_complete(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && short.len() as f64 >= long.len() as f64 * NEAR_COMPLETE
        && long.windows(short.len()).any(|w| w == short)
}

impl QuoteRow {
    pub(super) fn join(&mut self, source: Source<Quote>) {
        let quote = &source.item;
        if let (Some(name), Some(other)) = (&mut self.speaker, &quote.speaker) {
            if fuller(name, other) != name.as_str() {
                name.clone_from(other);
            }
        }
        if self.cue.is_none() {
            self.cue.clone_from(&quote.cue);
        }
        if let Some(published) = &source.published {
            if self.date.as_ref().is_none_or(|d| published < d) {
                self.date = Some(published.clone());
            }
        }
        self.sources.push(source);
    }
}
