use super::*;

use std::cell::OnceCell;

pub(super) const PLEDGING_INDEX: ByFirst<{ PLEDGING_WORDS.len() }> = ByFirst::new(PLEDGING_WORDS, true);
pub(super) const TOPIC_INDEX: ByFirst<{ TOPIC_CUES.len() }> =
    ByFirst::new(&keys::<_, { TOPIC_CUES.len() }>(TOPIC_CUES), true);
pub(super) const CUE_INDEX: ByFirst<{ PURPOSE_CUES.len() }> =
    ByFirst::new(&keys::<_, { PURPOSE_CUES.len() }>(PURPOSE_CUES), true);
pub(super) const PART_INDEX: ByFirst<{ PART_MARKERS.len() }> = ByFirst::new(PART_MARKERS, true);

/// A cue word at `start..end`: a purpose, or `None` for a part marker ("including").
pub(super) struct Cue {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Option<Category>,
    /// A topic cue ("earthquake"): what made money needed, weighed after every purpose.
    pub(super) topic: bool,
    /// The kind a cue of aid leans to ([`LEANING_AID`]).
    pub(super) lean: Option<Category>,
}

/// How much more often an article names its kind of aid than any other, for that kind to
/// be its one purpose (and how often at least).
const ONE_PURPOSE: usize = 4;

/// What the amounts of a Doc are read against: the Doc, its Cast, and the cues of the
/// sentences that hold amounts (and of the one before each), found once, in order.
pub(super) struct Context<'a> {
    pub(super) doc: &'a Doc<'a>,
    pub(super) cast: &'a Cast,
    pub(super) text: &'a str,
    pub(super) cues: Vec<Cue>,
    /// What the article says its money is for, read when an amount first needs it: the
    /// kind that dominates its words, if one does, and whether it names almost no other
    /// kind (then the article's money is all for it); and whether the article is about a
    /// donors' conference or an appeal (its headline says so, or its words twice), whose
    /// pledges are all for the article's purpose.
    article: OnceCell<(Option<(Category, bool)>, bool)>,
}

/// Whether the capitalised word `t` is inside a name of more words, of a body or a person,
/// where a cue word names nothing of the money ("the Asian Development Bank"); a name of
/// one word is a word ("AID TO STORM-HIT PROVINCES").
fn in_name(cast: &Cast, t: &Token) -> bool {
    if !t.is(token::CAPITALISED) {
        return false;
    }
    let mentions = cast.mentions();
    let i = mentions.partition_point(|m| m.span.end <= t.start);
    mentions.get(i).is_some_and(|m| {
        m.span.start <= t.start && m.kind == MentionKind::Name && (m.span.start < t.start || m.span.end > t.end)
    })
}

/// Adds the cue `kind` at `start..end`, joined to the cue right before it when the two
/// make one compound ("energy costs", "export financing", "military aid"): see [`compound`]
/// and [`COMPOUND_HEADS`].
pub(super) fn push_cue(cues: &mut Vec<Cue>, b: &[u8], start: usize, end: usize, kind: Category) {
    if let Some(last) = cues.last_mut() {
        let gap = b.get(last.end..start).unwrap_or(&[]);
        if let (Some(m), 1..=2) = (last.kind, gap.len()) {
            let head = kind != Category::Other || COMPOUND_HEADS.iter().any(|w| match_word(b, start, w) == Some(end));
            if head && gap.iter().all(|&c| matches!(c, b' ' | b'-')) {
                last.end = end;
                last.kind = Some(compound(m, kind));
                return;
            }
        }
    }
    let lean = LEANING_AID.iter().find(|(w, _)| match_word(b, start, w) == Some(end)).map(|&(_, k)| k);
    cues.push(Cue { start, end, kind: Some(kind), topic: false, lean });
}

/// The kind of a compound of two cues, `modifier head`. A not-aid head makes it not aid
/// ("energy costs", "arms sales") unless its modifier is an aid word ("aid costs");
/// a named kind as modifier is the purpose ("military financing", "reconstruction
/// loans"); otherwise the head decides ("export financing", "income support").
pub(super) fn compound(modifier: Category, head: Category) -> Category {
    match (modifier, head) {
        (Category::Aid, Category::Other) => Category::Aid,
        (_, Category::Other) => Category::Other,
        (m, _) if is_specific(m) => m,
        (_, h) => h,
    }
}

/// Where the phrase governed by a cost word ending at `p` ends: [`GOVERNED_WORDS`] words
/// after a governing preposition ("cost of rebuilding the energy sector"), within the
/// clause; `p` itself when no such preposition follows.
pub(super) fn governed_end(b: &[u8], p: usize) -> usize {
    let q = skip_spaces(b, p);
    let opens = GOVERNING_PREPOSITIONS.iter().find_map(|w| match_word(b, q, w));
    let Some(from) = opens else {
        return p;
    };
    let limit = clause_end(b, from, (from + WINDOW).min(b.len()));
    let limit =
        b[from..limit].iter().position(|&c| matches!(c, b'.' | b'!' | b'?' | b'\n')).map_or(limit, |i| from + i);
    words(b, from, limit).nth(GOVERNED_WORDS - 1).map_or(limit, |(_, e)| e)
}

/// Words of `b[from..to]`: ASCII letters with inner apostrophes and dots ("Israel's",
/// "U.S."), as byte spans.
pub(super) fn words(b: &[u8], from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut p = from;
    std::iter::from_fn(move || {
        while p < to && !b[p].is_ascii_alphabetic() {
            p += 1;
        }
        if p >= to {
            return None;
        }
        let start = p;
        while p < to
            && (b[p].is_ascii_alphabetic()
                || (matches!(b[p], b'.' | b'\'') && b.get(p + 1).is_some_and(u8::is_ascii_alphabetic)))
        {
            p += 1;
        }
        Some((start, p))
    })
}

/// Where the amount's own phrase after `from` ends: at the end of its clause, and
/// [`PHRASE_WORDS`] words on at most ("£2 billion a year and welcomed new investments in
/// energy" is not money for energy).
pub(super) fn phrase_end(b: &[u8], from: usize, limit: usize) -> usize {
    let limit = clause_end(b, from, limit);
    words(b, from, limit).nth(PHRASE_WORDS - 1).map_or(limit, |(_, e)| e)
}

/// Where the clause after `from` ends: the first `,` (not between digits), `;`, `:` or
/// dash before `limit`.
pub(super) fn clause_end(b: &[u8], from: usize, limit: usize) -> usize {
    let limit = limit.min(b.len());
    (from..limit)
        .find(|&i| match b[i] {
            b';' | b':' => true,
            b',' => !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)),
            _ => b[i..].starts_with("—".as_bytes()),
        })
        .unwrap_or(limit)
}

pub(super) fn is_specific(k: Category) -> bool {
    matches!(k, Category::Military | Category::Humanitarian | Category::Economic)
}

/// One amount's category from two mentions: a named kind beats plain aid, which beats
/// other money; two different kinds make it mixed, that is aid.
pub(super) fn merge(a: Category, b: Category) -> Category {
    let rank = |c: Category| match c {
        Category::Other => 0,
        Category::Aid => 1,
        _ => 2,
    };
    if rank(a) == 2 && rank(b) == 2 && a != b {
        Category::Aid
    } else if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// The nearest cue of each sort around an amount, by distance in bytes.
#[derive(Default)]
pub(super) struct Nearest {
    pub(super) specific: Option<(usize, Category)>,
    /// The nearest topic cue ("the flood").
    pub(super) topic: Option<(usize, Category)>,
    /// Two specific kinds stand in one list ("humanitarian, economic and military aid").
    pub(super) mixed: bool,
    /// The specific kinds seen, as bits.
    pub(super) kinds: u8,
    pub(super) aid: Option<usize>,
    /// The kind the nearest cue of aid leans to, if it leans.
    pub(super) lean: Option<(usize, Category)>,
    pub(super) other: Option<usize>,
}

impl<'a> Context<'a> {
    /// The cues of the sentences that hold amounts, and of the sentence before each when
    /// it is in the same paragraph: all that [`Context::classify`] reads.
    pub(super) fn new(doc: &'a Doc<'a>, cast: &'a Cast, spans: &[Found]) -> Self {
        let mut ctx = Context { doc, cast, text: doc.text, cues: Vec::new(), article: OnceCell::new() };
        let sentences = &doc.sentences;
        // The sentences before this one are read.
        let mut read = 0;
        for s in spans {
            let (i, j) = ctx.sentences_of(s.start, s.end);
            let first = if i > 0 && sentences[i - 1].paragraph == sentences[i].paragraph { i - 1 } else { i };
            for k in first.max(read)..=j {
                ctx.read_sentence(k);
            }
            read = read.max(j + 1);
        }
        ctx
    }

    /// The first and last sentence of the amount at `start..end`.
    pub(super) fn sentences_of(&self, start: usize, end: usize) -> (usize, usize) {
        let sentences = &self.doc.sentences;
        let last = sentences.len().saturating_sub(1);
        let i = sentences.partition_point(|s| s.span.end <= start).min(last);
        let j = sentences.partition_point(|s| s.span.end < end).clamp(i, last);
        (i, j)
    }

    /// Reads the cues of sentence `k`, word by word.
    pub(super) fn read_sentence(&mut self, k: usize) {
        let b = self.text.as_bytes();
        let cues = &mut self.cues;
        // Where the phrase governed by a cost word ("the cost of …") ends.
        let mut governed = 0;
        // Where the last cue ended: no cue starts inside it.
        let mut done = 0;
        let cast = self.cast;
        for t in &self.doc.tokens[self.doc.sentences[k].tokens.clone()] {
            let p = t.start;
            if p < done || t.kind != Kind::Word || !b[p].is_ascii_alphabetic() {
                continue;
            }
            let run = alnum_end(b, p) - p;
            let named = in_name(cast, t);
            if let Some((kind, end)) = longest(&TOPIC_INDEX, TOPIC_CUES, b, p, run).filter(|_| named) {
                // "Tropical Storm Basyang": the name of a disaster is still one.
                cues.push(Cue { start: p, end, kind: Some(kind), topic: true, lean: None });
                done = end;
            } else if named {
                continue;
            } else if let Some(end) =
                PART_INDEX.words_at(b, p, run).find_map(|i| PART_INDEX.ends(i, PART_MARKERS[i], b, p))
            {
                cues.push(Cue { start: p, end, kind: None, topic: false, lean: None });
                done = end;
            } else if let Some((kind, end)) = longest(&CUE_INDEX, PURPOSE_CUES, b, p, run) {
                let kind = if p < governed { Category::Other } else { kind };
                if kind == Category::Other && GOVERNING_CUES.iter().any(|w| match_word(b, p, w) == Some(end)) {
                    governed = governed.max(governed_end(b, end));
                }
                let actor = ACTOR_NOUNS.iter().find_map(|w| match_word(b, skip_spaces(b, end), w));
                let container = |e: usize| CONTAINERS.iter().find_map(|w| match_word(b, skip_spaces(b, e), w));
                match actor {
                    // "the defence ministry budget": the budget of a body of that kind.
                    Some(actor_end) if container(actor_end).is_some() => {
                        let end = container(actor_end).unwrap_or(actor_end);
                        push_cue(cues, b, p, end, kind);
                        done = end;
                    }
                    // "humanitarian groups": who they are, not what the money is for.
                    Some(actor_end) if end < b.len() && b[end] == b' ' => done = actor_end,
                    _ => {
                        push_cue(cues, b, p, end, kind);
                        done = end;
                    }
                }
            } else if let Some((kind, end)) = longest(&TOPIC_INDEX, TOPIC_CUES, b, p, run) {
                cues.push(Cue { start: p, end, kind: Some(kind), topic: true, lean: None });
                done = end;
            } else if let Some(end) = CONTAINERS.iter().find_map(|w| match_word(b, p, w)) {
                match cues.last_mut().filter(|c| c.kind.is_some() && p > c.end && p - c.end <= 2) {
                    // "defence budget", "aid spending": the container is part of the cue.
                    Some(last) => last.end = end,
                    // "the 2025 budget": a government's money, not aid.
                    None => cues.push(Cue { start: p, end, kind: Some(Category::Other), topic: false, lean: None }),
                }
                done = end;
            }
        }
    }

    /// The sentence around `start..end`, bounded by [`WINDOW`], and the sentence before it
    /// when that one is in the same paragraph.
    pub(super) fn sentence(&self, start: usize, end: usize) -> ((usize, usize), Option<(usize, usize)>) {
        let sentences = &self.doc.sentences;
        if sentences.is_empty() {
            return ((start, end), None);
        }
        let (i, j) = self.sentences_of(start, end);
        let (lo, hi) = (sentences[i].span.start.min(start), sentences[j].span.end.max(end));
        let prev = (i > 0 && sentences[i - 1].paragraph == sentences[i].paragraph)
            .then(|| (sentences[i - 1].span.start.max(lo.saturating_sub(WINDOW)), lo));
        ((lo.max(start.saturating_sub(WINDOW)), hi.min(end + WINDOW)), prev)
    }

    /// What the amount `s` is for, read in the spec's order: the phrase right after it
    /// ("$350 million of military equipment"), unless it names plain aid only ("package");
    /// then its sentence, then the sentence before. Words of aid that say no kind ("an
    /// aid package") make it aid, unless the words around it say what needed it ("aid to
    /// storm-hit provinces") or the article is about a donors' conference or appeal, whose
    /// pledges are all for one purpose, or the aid leans to a kind ("financial aid");
    /// money given with no word of its purpose is for
    /// what the article is about ("Norway gave a further $20 million"). With no cue at
    /// all, money that is not aid.
    pub(super) fn classify(&self, s: &Found, next: usize) -> Category {
        let ((lo, hi), prev) = self.sentence(s.start, s.end);
        let after = self.cues.partition_point(|c| c.start < s.end);
        let before = self.cues.partition_point(|c| c.start < s.start);

        let mut near = Nearest::default();
        let phrase = phrase_end(self.text.as_bytes(), s.end, next.min(hi));
        self.weigh_after(&mut near, after, s.end, phrase);
        near.mixed |= near.kinds.count_ones() > 1;
        let own = near.decide();
        if let Some(c) = own.filter(|&c| c != Category::Aid || near.kinds != 0) {
            // A list the phrase's comma cut: "$3.7 billion in humanitarian, economic and
            // military aid" is mixed.
            return if is_specific(c) && self.list_mixes(after, phrase) { Category::Aid } else { c };
        }
        let own_topic = near.topic();
        let own_lean = near.lean;
        let mut near = Nearest::default();
        self.weigh_after(&mut near, after, s.end, hi);
        self.weigh_before(&mut near, before, s.start, lo);
        let sentence = near.decide();
        if let Some(c) = sentence.filter(|&c| is_specific(c)) {
            return c;
        }
        let topic = own_topic.or(near.topic());
        let mut earlier = None;
        if sentence.is_none() {
            let mut near = Nearest::default();
            if let Some((plo, phi)) = prev {
                let end = self.cues.partition_point(|c| c.start < phi);
                self.weigh_before(&mut near, end, s.start, plo);
            }
            earlier = near.decide();
            if let Some(c) = earlier.filter(|&c| is_specific(c)) {
                return c;
            }
        }
        // Plain aid in the own phrase is never other money.
        let plain = if own.is_some() { Some(Category::Aid) } else { sentence.or(earlier) };
        let lean = own_lean.or(near.lean).map(|(_, k)| k);
        // Other money, or aid for what a disaster needed, without reading the article.
        match (plain, topic) {
            (Some(Category::Aid), Some(t)) => return t,
            (Some(c), _) if c != Category::Aid => return c,
            _ => {}
        }
        let &(article, pledging) = self.article.get_or_init(|| self.article_purpose());
        match (plain, article) {
            (Some(_), Some((a, only))) if pledging || only => a,
            (Some(_), _) => lean.unwrap_or(Category::Aid),
            (None, Some((a, only))) if only || self.given(lo, hi) => a,
            (None, _) => Category::Other,
        }
    }

    /// Whether the sentence `lo..hi` gives or receives money: one of its words is a giving
    /// verb ("pledged", "offered", "contributed") or a receiving one ("received").
    fn given(&self, lo: usize, hi: usize) -> bool {
        let b = self.text.as_bytes();
        self.doc.tokens[self.doc.tokens_in(Span::new(lo, hi))].iter().any(|t| {
            let (p, run) = (t.start, alnum_end(b, t.start) - t.start);
            let giving =
                GIVING_INDEX.words_at(b, p, run).any(|i| GIVING_INDEX.ends(i, GIVING_VERBS[i], b, p).is_some());
            giving || RECEIVING_VERBS.iter().any(|w| match_word(b, p, w).is_some())
        })
    }

    /// The kind of aid the article is about: the specific kind its purpose and topic
    /// words name most, when they name it at least twice and half as often again as any
    /// other kind (the headline's words count twice), and whether that kind is its one
    /// purpose (named [`ONE_PURPOSE`] times as often as any other, and that often); and
    /// whether it is about a donors' conference or appeal ([`PLEDGING_WORDS`]).
    fn article_purpose(&self) -> (Option<(Category, bool)>, bool) {
        let b = self.text.as_bytes();
        let mut counts = [0usize; 5];
        let mut pledging = 0;
        for sentence in &self.doc.sentences {
            let weight = if sentence.paragraph == 0 { 2 } else { 1 };
            let mut done = 0;
            for t in &self.doc.tokens[sentence.tokens.clone()] {
                let p = t.start;
                if p < done || t.kind != Kind::Word || !b[p].is_ascii_alphabetic() {
                    continue;
                }
                let run = alnum_end(b, p) - p;
                if PLEDGING_INDEX.words_at(b, p, run).any(|i| PLEDGING_INDEX.ends(i, PLEDGING_WORDS[i], b, p).is_some())
                {
                    pledging += weight;
                }
                let found = longest(&CUE_INDEX, PURPOSE_CUES, b, p, run)
                    .or_else(|| longest(&TOPIC_INDEX, TOPIC_CUES, b, p, run));
                if let Some((kind, end)) = found.filter(|&(k, _)| is_specific(k)) {
                    counts[kind as usize] += weight;
                    done = end;
                }
            }
        }
        let kinds = [Category::Military, Category::Humanitarian, Category::Economic];
        let best = kinds.into_iter().fold(kinds[0], |b, k| if counts[k as usize] > counts[b as usize] { k } else { b });
        let most = counts[best as usize];
        let ahead = |times: usize| kinds.iter().all(|&k| k == best || 2 * most >= times * counts[k as usize]);
        let only = most >= ONE_PURPOSE && ahead(2 * ONE_PURPOSE);
        ((most >= 2 && ahead(3)).then_some((best, only)), pledging >= 2)
    }

    /// Weighs the cues from index `from` on that start before `limit`, measured from
    /// `end`. Kinds named after a part marker describe a part of the money: one kind
    /// named once ("including soft loans") leaves the rest unknown, so it counts as aid;
    /// a list of one kind ("which includes tanks, artillery and ammunition") is the kind.
    pub(super) fn weigh_after(&self, near: &mut Nearest, from: usize, end: usize, limit: usize) {
        // The first part's distance, how many parts, and their kinds as bits.
        let mut part: Option<(Option<usize>, usize, u8, Category)> = None;
        let mut prev: Option<&Cue> = None;
        for c in self.cues[from..].iter().take_while(|c| c.start < limit).take(MAX_CUES) {
            match (c.kind, &mut part) {
                (None, None) => part = Some((None, 0, 0, Category::Aid)),
                (None, Some(_)) => {}
                (Some(k), Some((first, n, kinds, last))) if is_specific(k) => {
                    first.get_or_insert(c.start - end);
                    *n += 1;
                    *kinds |= 1 << k as u8;
                    *last = k;
                }
                (Some(k), _) if c.topic => near.add_topic(c.start - end, k),
                (Some(k), _) => near.add(c.start - end, k, c.lean, prev.is_some_and(|p| self.listed(p, c))),
            }
            if !c.topic {
                prev = Some(c);
            }
        }
        if let Some((Some(d), n, kinds, k)) = part {
            near.add(d, if n > 1 && kinds.count_ones() == 1 { k } else { Category::Aid }, None, false);
        }
    }

    /// Weighs the cues before index `upto` that start at or after `limit`, measured from
    /// `start`.
    pub(super) fn weigh_before(&self, near: &mut Nearest, upto: usize, start: usize, limit: usize) {
        let mut next: Option<&Cue> = None;
        for c in self.cues[..upto].iter().rev().take_while(|c| c.start >= limit).take(MAX_CUES) {
            match c.kind {
                Some(k) if c.topic => near.add_topic(start.saturating_sub(c.end), k),
                Some(k) => near.add(start.saturating_sub(c.end), k, c.lean, next.is_some_and(|n| self.listed(c, n))),
                None => {}
            }
            if !c.topic {
                next = Some(c);
            }
        }
    }

    /// Whether the cues from index `from` that start before `limit` end in a list that goes
    /// on past `limit` into another specific kind.
    fn list_mixes(&self, from: usize, limit: usize) -> bool {
        let cues = &self.cues[from..];
        let Some(last) = cues.iter().take_while(|c| c.start < limit).filter(|c| !c.topic).count().checked_sub(1) else {
            return false;
        };
        let kind = cues[last].kind;
        let mut prev = &cues[last];
        for c in cues[last + 1..].iter().filter(|c| !c.topic).take(MAX_CUES) {
            if !self.listed(prev, c) {
                return false;
            }
            if c.kind.is_some_and(is_specific) && c.kind != kind {
                return true;
            }
            prev = c;
        }
        false
    }

    /// Whether cues `a` and `b`, in that order, are items of one list: a comma, "and",
    /// "or" or "&" between them, and at most one more word ("humanitarian, economic and
    /// military aid", "reconstruction and ongoing relief").
    fn listed(&self, a: &Cue, b: &Cue) -> bool {
        let gap = self.text.get(a.end..b.start).unwrap_or("");
        let mut words = gap.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
        let link = match words.next() {
            None => gap.contains(','),
            Some(w) => matches!(w, "and" | "or" | "&") || gap.trim_start().starts_with(','),
        };
        link && words.filter(|w| !matches!(*w, "and" | "or" | "&")).count() <= 1
    }
}

impl Nearest {
    /// Adds a cue of kind `k`, leaning to `lean`, `d` bytes from the amount; `listed`
    /// says it stands in a list with the specific cue added before it ("humanitarian,
    /// economic and military").
    pub(super) fn add(&mut self, d: usize, k: Category, lean: Option<Category>, listed: bool) {
        let nearer = |o: Option<usize>| Some(o.map_or(d, |e: usize| e.min(d)));
        match k {
            Category::Aid => {
                if self.aid.is_none_or(|e| d < e) {
                    self.lean = lean.map(|l| (d, l));
                }
                self.aid = nearer(self.aid);
            }
            Category::Other => self.other = nearer(self.other),
            _ => {
                if listed && self.kinds != 0 && self.kinds != 1 << k as u8 {
                    self.mixed = true;
                }
                self.kinds |= 1 << k as u8;
                if self.specific.is_none_or(|(e, _)| d < e) {
                    self.specific = Some((d, k));
                }
            }
        }
    }

    /// Adds a topic cue of kind `k`, `d` bytes from the amount.
    pub(super) fn add_topic(&mut self, d: usize, k: Category) {
        if self.topic.is_none_or(|(e, _)| d < e) {
            self.topic = Some((d, k));
        }
    }

    /// The kind of the nearest topic cue, if any.
    pub(super) fn topic(&self) -> Option<Category> {
        self.topic.map(|(_, k)| k)
    }

    /// Other money when a not-aid cue is nearest; else the nearest named kind (aid when
    /// the kinds of one list differ: mixed); else plain aid; `None` without cues.
    pub(super) fn decide(&self) -> Option<Category> {
        let far = |o: Option<usize>| o.unwrap_or(usize::MAX);
        let aidish = far(self.specific.map(|s| s.0)).min(far(self.aid));
        if self.other.is_some_and(|o| o < aidish) {
            return Some(Category::Other);
        }
        if let Some((_, k)) = self.specific {
            return Some(if self.mixed { Category::Aid } else { k });
        }
        self.aid.map(|_| Category::Aid)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn category_from_the_phrase_after_the_amount() {
        use Category::*;
        let cases = [
            ("The United States will provide $800 million in military aid to Ukraine.", Military),
            ("Washington approved $350 million of weapons for Kyiv.", Military),
            ("The agency released $40 million in humanitarian assistance.", Humanitarian),
            ("Donors gave $30 million for refugees and shelter.", Humanitarian),
            ("The EU disbursed €1.5 billion in macro-financial assistance.", Economic),
            ("The bank approved $600 million in loans to the government.", Economic),
            ("Tokyo pledged $200 million for reconstruction.", Economic),
            ("Congress passed a $40 billion aid package.", Aid),
            ("The bridge cost $2 billion to build.", Other),
            ("Russia lost $30 billion in revenue.", Other),
            ("The club sold the player for €80 million.", Other),
        ];
        for (text, want) in cases {
            assert_eq!(category(text), want, "{text}");
        }
    }

    #[test]
    fn category_from_the_sentence_and_the_one_before() {
        use Category::*;
        // A named kind in the sentence beats a generic pledge.
        assert_eq!(category("Two banks pledged $700 million each, mostly as loans."), Economic);
        // No cue at all: not aid.
        assert_eq!(category("He said $3 million was found in the flat."), Other);
        // A sentence without cues reads the one before it ...
        let earlier = "Troops stayed home. Leaders agreed a fund to rebuild the economy.";
        assert_eq!(category(&format!("{earlier} Officials said $9 billion would be needed.")), Economic);
        // ... but not across a paragraph ...
        assert_eq!(category(&format!("{earlier}\nOfficials said $9 billion would be needed.")), Other);
        // ... unless the article names no other purpose than one.
        assert_eq!(
            category("Leaders agreed a fund to rebuild the economy.\nOfficials said $9 billion would be needed."),
            Economic
        );
        // A stimulus is the government's own economic spending.
        assert_eq!(category("The cabinet approved a 40 trillion yen stimulus package."), Economic);
    }

    #[test]
    fn mixed_money_is_aid() {
        use Category::*;
        assert_eq!(category("They need $5 billion for reconstruction and relief."), Aid);
        assert_eq!(category("Riyadh pledged $400 million including soft loans."), Aid);
        assert_eq!(category("Allies sent $90 million for weapons and food."), Aid);
        // Two amounts in one sentence each keep their own kind.
        let all = amounts_in("It gave $800 million in military aid and $200 million in humanitarian aid.");
        let kinds: Vec<_> = all.iter().map(|a| a.category.unwrap()).collect();
        assert_eq!(kinds, vec![Military, Humanitarian]);
    }

    /// Money that is a cost, a price, trade, a budget or a government's own spending is
    /// not aid, even when what it pays for is a kind of aid ("energy costs").
    #[test]
    fn costs_budgets_and_trade_are_not_aid() {
        for text in [
            "Households paid over $2 billion in extra energy costs last winter.",
            "Analysts put the cost of rebuilding the power grid at $9 billion.",
            "Damage to energy infrastructure reached $4 billion.",
            "Exports between the two nations are now worth about £3 billion a year and the ministers praised new investment in solar energy.",
            "The country's annual payment to the common budget was €6 billion.",
            "The navy budgeted $900 million for new docks.",
        ] {
            assert_eq!(category(text), Category::Other, "{text}");
        }
        // A participle heads no compound: the repair is what the money is for.
        assert_eq!(
            category("Berlin will provide €300 million to repair damaged schools and clinics."),
            Category::Economic
        );
        // A budget or spending takes the kind of the cue before it: an aid word keeps it
        // aid, a kind its kind.
        assert_eq!(category("The aid budget of £12 billion was cut."), Category::Aid);
        assert_eq!(category("Defence spending rose to $80 billion."), Category::Military);
        // Alone, a budget is a government's own money, unless a purpose follows.
        assert_eq!(category("The president signed the $36 billion 2025 budget into law."), Category::Other);
        assert_eq!(category("He announced a budget of R50 billion for social relief."), Category::Humanitarian);
        // The budget of a body of one kind is money of that kind.
        assert_eq!(category("The defence ministry budget rose to $9 billion."), Category::Military);
    }

    /// A kind of financing named in a compound is what decides it ("export financing").
    #[test]
    fn compounds_take_their_purpose() {
        use Category::*;
        for (text, want) in [
            ("Seoul offered $700 million in export financing to the shipbuilder.", Economic),
            ("The central banks agreed a currency swap of $2 billion.", Economic),
            ("Congress approved $3 billion in military financing for Taipei.", Military),
        ] {
            assert_eq!(category(text), want, "{text}");
        }
    }

    /// Financial aid and income support are economic, unless what needed them says
    /// otherwise.
    #[test]
    fn leaning_aid_takes_its_kind_last() {
        use Category::*;
        for (text, want) in [
            ("The US will provide $500 million in financial aid.", Economic),
            ("The Treasury set aside $40 billion for income support for workers.", Economic),
            ("Families received $500 each in income support after the storm.", Humanitarian),
            ("Manila released $6 million in financial assistance to provinces hit by the typhoon.", Humanitarian),
        ] {
            assert_eq!(category(text), want, "{text}");
        }
        // At an appeal, financial aid is for what the appeal is for.
        let text =
            "Donors at the appeal gave $9 million for shelter and food. Kuwait gave $1 million in financial aid.";
        assert_eq!(amounts_in(text)[1].category, Some(Humanitarian), "{text}");
    }

    /// A purpose named in the amount's own phrase beats a generic package or support.
    #[test]
    fn a_stated_purpose_beats_generic_aid() {
        use Category::*;
        for (text, want) in [
            ("Donors promised another $400 million to repair the country's power grid.", Economic),
            ("London will commit £20 million in climate finance to support the shift to clean power.", Economic),
            ("The Red Cross raised $3 million for the cyclone response.", Humanitarian),
            (
                "Canberra announced a support package of A$40 million, which includes ventilators, oxygen and vaccines.",
                Humanitarian,
            ),
            (
                "Washington sent a $1 billion package, which includes tanks, artillery and ammunition.",
                Military,
            ),
        ] {
            assert_eq!(category(text), want, "{text}");
        }
    }

    /// The context of an amount is read from its own line only; that holds while no cue
    /// spans a line break.
    #[test]
    fn cues_stay_within_a_line() {
        let all = PURPOSE_CUES.iter().map(|c| c.0).chain(PART_MARKERS.iter().copied());
        for w in all.chain(GOVERNING_CUES.iter().copied()).chain(GOVERNING_PREPOSITIONS.iter().copied()) {
            assert!(!w.contains('\n'), "{w:?}");
        }
        // Amounts on several lines each read their own line and the one before does not count.
        let text = "Troops stayed home. Leaders agreed a fund to rebuild the economy.\nOfficials said $9 billion was needed.\n\nTokyo gave $5 million in military aid. $2 million went to food.";
        let kinds: Vec<_> = amounts_in(text).iter().map(|a| a.category.unwrap()).collect();
        assert_eq!(kinds, vec![Category::Other, Category::Military, Category::Humanitarian]);
    }
}
