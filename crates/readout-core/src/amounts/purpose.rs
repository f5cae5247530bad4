use super::*;

pub(super) const CUE_INDEX: ByFirst<{ PURPOSE_CUES.len() }> =
    ByFirst::new(&keys::<_, { PURPOSE_CUES.len() }>(PURPOSE_CUES), true);
pub(super) const PART_INDEX: ByFirst<{ PART_MARKERS.len() }> = ByFirst::new(PART_MARKERS, true);

/// A cue word at `start..end`: a purpose, or `None` for a part marker ("including").
pub(super) struct Cue {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Option<Category>,
}

/// What the amounts of a Doc are read against: the Doc, its Cast, and the cues of the
/// sentences that hold amounts (and of the one before each), found once, in order.
pub(super) struct Context<'a> {
    pub(super) doc: &'a Doc<'a>,
    pub(super) cast: &'a Cast,
    pub(super) text: &'a str,
    pub(super) cues: Vec<Cue>,
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
    cues.push(Cue { start, end, kind: Some(kind) });
}

/// The kind of a compound of two cues, `modifier head`. A not-aid head makes it not aid
/// ("energy costs", "defence budget") unless its modifier is an aid word ("aid budget");
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
    /// The specific kinds seen, as bits.
    pub(super) kinds: u8,
    pub(super) aid: Option<usize>,
    pub(super) other: Option<usize>,
}

impl<'a> Context<'a> {
    /// The cues of the sentences that hold amounts, and of the sentence before each when
    /// it is in the same paragraph: all that [`Context::classify`] reads.
    pub(super) fn new(doc: &'a Doc<'a>, cast: &'a Cast, spans: &[Found]) -> Self {
        let mut ctx = Context { doc, cast, text: doc.text, cues: Vec::new() };
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
        for t in &self.doc.tokens[self.doc.sentences[k].tokens.clone()] {
            let p = t.start;
            if p < done || t.kind != Kind::Word || !b[p].is_ascii_alphabetic() {
                continue;
            }
            let run = alnum_end(b, p) - p;
            if let Some(end) = PART_INDEX.words_at(b, p, run).find_map(|i| PART_INDEX.ends(i, PART_MARKERS[i], b, p)) {
                cues.push(Cue { start: p, end, kind: None });
                done = end;
            } else if let Some((kind, end)) = longest(&CUE_INDEX, PURPOSE_CUES, b, p, run) {
                let kind = if p < governed { Category::Other } else { kind };
                if kind == Category::Other && GOVERNING_CUES.iter().any(|w| match_word(b, p, w) == Some(end)) {
                    governed = governed.max(governed_end(b, end));
                }
                push_cue(cues, b, p, end, kind);
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

    /// What the amount `s` is for: the phrase right after it ("$350 million of military
    /// equipment") decides first, unless it names plain aid only ("package"); then its sentence, then
    /// the sentence before; with no cue at all, money that is not aid.
    pub(super) fn classify(&self, s: &Found, next: usize) -> Category {
        let ((lo, hi), prev) = self.sentence(s.start, s.end);
        let after = self.cues.partition_point(|c| c.start < s.end);
        let before = self.cues.partition_point(|c| c.start < s.start);

        let mut near = Nearest::default();
        self.weigh_after(&mut near, after, s.end, phrase_end(self.text.as_bytes(), s.end, next.min(hi)));
        let own = near.decide(true);
        if let Some(c) = own.filter(|&c| c != Category::Aid || near.kinds != 0) {
            return c;
        }
        let mut near = Nearest::default();
        self.weigh_after(&mut near, after, s.end, hi);
        self.weigh_before(&mut near, before, s.start, lo);
        if let Some(c) = near.decide(false) {
            // Plain aid in the own phrase takes a kind its sentence names ("a $1 billion
            // package, which includes tanks and artillery"), but is never other money.
            return if own.is_some() && !is_specific(c) { Category::Aid } else { c };
        }
        let mut near = Nearest::default();
        if let Some((plo, phi)) = prev {
            let end = self.cues.partition_point(|c| c.start < phi);
            self.weigh_before(&mut near, end, s.start, plo);
        }
        near.decide(false).unwrap_or(Category::Other)
    }

    /// Weighs the cues from index `from` on that start before `limit`, measured from
    /// `end`. Kinds named after a part marker describe a part of the money: one kind
    /// named once ("including soft loans") leaves the rest unknown, so it counts as aid;
    /// a list of one kind ("which includes tanks, artillery and ammunition") is the kind.
    pub(super) fn weigh_after(&self, near: &mut Nearest, from: usize, end: usize, limit: usize) {
        // The first part's distance, how many parts, and their kinds as bits.
        let mut part: Option<(Option<usize>, usize, u8, Category)> = None;
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
                (Some(k), _) => near.add(c.start - end, k),
            }
        }
        if let Some((Some(d), n, kinds, k)) = part {
            near.add(d, if n > 1 && kinds.count_ones() == 1 { k } else { Category::Aid });
        }
    }

    /// Weighs the cues before index `upto` that start at or after `limit`, measured from
    /// `start`.
    pub(super) fn weigh_before(&self, near: &mut Nearest, upto: usize, start: usize, limit: usize) {
        let cues = self.cues[..upto].iter().rev().take_while(|c| c.start >= limit).take(MAX_CUES);
        for c in cues {
            if let Some(k) = c.kind {
                near.add(start.saturating_sub(c.end), k);
            }
        }
    }
}

impl Nearest {
    pub(super) fn add(&mut self, d: usize, k: Category) {
        let nearer = |o: Option<usize>| Some(o.map_or(d, |e: usize| e.min(d)));
        match k {
            Category::Aid => self.aid = nearer(self.aid),
            Category::Other => self.other = nearer(self.other),
            _ => {
                self.kinds |= 1 << k as u8;
                if self.specific.is_none_or(|(e, _)| d < e) {
                    self.specific = Some((d, k));
                }
            }
        }
    }

    /// Other money when a not-aid cue is nearest; else the nearest named kind (aid when
    /// `mixed` and several kinds are named); else plain aid; `None` without cues.
    pub(super) fn decide(&self, mixed: bool) -> Option<Category> {
        let far = |o: Option<usize>| o.unwrap_or(usize::MAX);
        let aidish = far(self.specific.map(|s| s.0)).min(far(self.aid));
        if self.other.is_some_and(|o| o < aidish) {
            return Some(Category::Other);
        }
        if let Some((_, k)) = self.specific {
            return Some(if mixed && self.kinds.count_ones() > 1 { Category::Aid } else { k });
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
            ("The US will provide $500 million in financial aid.", Economic),
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
        // A sentence without cues reads the one before it.
        assert_eq!(
            category("Leaders agreed a fund to rebuild the economy. Officials said $9 billion would be needed."),
            Economic
        );
        // ... but not across a paragraph.
        assert_eq!(
            category("Leaders agreed a fund to rebuild the economy.\nOfficials said $9 billion would be needed."),
            Other
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
            "Defence spending rose to $80 billion.",
        ] {
            assert_eq!(category(text), Category::Other, "{text}");
        }
        // A participle heads no compound: the repair is what the money is for.
        assert_eq!(
            category("Berlin will provide €300 million to repair damaged schools and clinics."),
            Category::Economic
        );
        // An aid word before a not-aid head keeps it aid.
        assert_eq!(category("The aid budget of £12 billion was cut."), Category::Aid);
    }

    /// A kind of financing named in a compound is what decides it ("export financing").
    #[test]
    fn compounds_take_their_purpose() {
        use Category::*;
        for (text, want) in [
            ("Seoul offered $700 million in export financing to the shipbuilder.", Economic),
            ("The central banks agreed a currency swap of $2 billion.", Economic),
            ("Congress approved $3 billion in military financing for Taipei.", Military),
            ("Families received $500 each in income support after the storm.", Aid),
        ] {
            assert_eq!(category(text), want, "{text}");
        }
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
        let text = "Leaders agreed a fund to rebuild the economy.\nOfficials said $9 billion was needed.\n\nTokyo gave $5 million in military aid. $2 million went to food.";
        let kinds: Vec<_> = amounts_in(text).iter().map(|a| a.category.unwrap()).collect();
        assert_eq!(kinds, vec![Category::Other, Category::Military, Category::Humanitarian]);
    }
}
