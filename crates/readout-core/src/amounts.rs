//! Money amounts: every sum of money the text names, with its value, currency, what it is
//! for and, for aid, who gives it to whom (`shared/spec/EXTRACTION.md`, "Amounts").
//!
//! A hand-written scanner walks the text once and reads *expressions*: an optional sign
//! or code ("$", "US$", "EUR", "Rs"), a number (digits or words), optional multipliers
//! ("bn", "million", "lakh crore") and, when no sign came first, an optional code or word
//! after it ("dollars", "Canadian dollars", "USD"). Two expressions joined by "-", "to" or
//! "between … and" make one range. Only expressions with a currency are amounts: counts
//! of people, percentages and years never carry one.
//!
//! A generic name ("$", "rupees", "pesos") is the money of the country the text is about
//! (`lexicon::currencies::LOCAL_CURRENCIES`): the places the text names are found in one
//! more pass, only when such a name is written.
//!
//! What an amount is for comes from cue words (`lexicon::purposes::PURPOSE_CUES`),
//! looked for in the phrase right after the amount, then in its sentence, then in the
//! sentence before. Cues and sentence breaks are found once for the whole text and every
//! look-up is bounded, so the whole pass stays linear in the text.

use std::collections::hash_map::{Entry, HashMap};

use crate::lexicon::currencies::{Guard, Local, CODES, GUARDS, LANDS, LOCAL_CURRENCIES, SIGNS, WORDS};
use crate::lexicon::places::COUNTRY_WORDS;
use crate::lexicon::purposes::{
    COMPOUND_HEADS, GIVING_VERBS, GOVERNED_WORDS, GOVERNING_CUES, GOVERNING_PREPOSITIONS, NOT_PARTIES, PART_MARKERS,
    PREPOSITIONS, PURPOSE_CUES,
};
use crate::lexicon::numbers::{FRACTIONS, MULTIPLIERS, NUMBER_WORDS, RANGE_OPENERS};
use crate::record::{Amount, Category};

/// How far the context of an amount reaches on either side, in bytes.
const WINDOW: usize = 600;
/// How many words after an amount make its own phrase.
const PHRASE_WORDS: usize = 8;
/// How many cue words on either side of an amount are weighed at most.
const MAX_CUES: usize = 24;

/// Every amount of money in `text`, in order of first mention; offsets count characters.
///
/// The same value and currency mentioned again is the same amount: it keeps its first
/// mention's text and offsets, and its category takes in what every mention says.
pub fn find_amounts(text: &str) -> Vec<Amount> {
    let mut heads = Vec::new();
    let mut spans = scan(text.as_bytes(), &mut heads);
    let ctx = Context::new(text, &spans);
    if spans.iter().any(|s| s.local.is_some()) {
        local_currencies(text, &heads, &mut spans, &ctx);
    }
    let mut out: Vec<Amount> = Vec::new();
    let mut seen: HashMap<(u64, &str), usize> = HashMap::new();
    let (mut byte, mut chars) = (0, 0);
    for (i, s) in spans.iter().enumerate() {
        let prev = if i == 0 { 0 } else { spans[i - 1].end };
        let next = spans.get(i + 1).map_or(text.len(), |n| n.start);
        let category = ctx.classify(s, next);
        let (donor, recipient) = match category {
            Category::Other => (None, None),
            _ => ctx.parties(s, prev, next),
        };
        match seen.entry((s.value.to_bits(), s.currency)) {
            Entry::Occupied(e) => {
                let a = &mut out[*e.get()];
                a.category = a.category.map(|c| merge(c, category));
                a.donor = a.donor.take().or(donor);
                a.recipient = a.recipient.take().or(recipient);
            }
            Entry::Vacant(e) => {
                e.insert(out.len());
                chars += text[byte..s.start].chars().count();
                byte = s.start;
                let written = &text[s.start..s.end];
                out.push(Amount {
                    text: written.to_string(),
                    value: s.value,
                    value_max: s.value_max,
                    currency: s.currency.to_string(),
                    category: Some(category),
                    donor,
                    recipient,
                    start: chars,
                    end: chars + written.chars().count(),
                });
            }
        }
    }
    for a in &mut out {
        if a.category == Some(Category::Other) {
            a.donor = None;
            a.recipient = None;
        }
    }
    out
}

/// The currency of each amount written with a generic name ("$", "Rs", "pesos"), by the
/// rule of [`Local`]: the one candidate written out elsewhere in the text; else the one
/// whose land the text names most, at least twice as often as any other's; else the
/// default. A bracketed conversion right after an amount in the chosen currency, and for
/// a `world` default an amount whose sentence names only other countries, take the
/// default. Last, the same value as an amount whose currency is settled (written out, or
/// a conversion) is the same money: a headline's "$3.7bn" repeating the body's "C$5bn
/// ($3.7bn)" is that conversion, and a "$10bn" repeating "A$10bn" is Australian.
fn local_currencies(text: &str, heads: &[usize], spans: &mut [Span], ctx: &Context) {
    let places = places(text, heads);
    let mut named = [0usize; LANDS.len()];
    for &(_, land) in &places {
        if let Some(l) = land {
            named[usize::from(l)] += 1;
        }
    }
    // Each value's settled currency, `None` when two currencies have it.
    let mut settled: HashMap<u64, Option<&'static str>> = HashMap::new();
    let mut settle = |value: f64, c: &'static str| {
        settled.entry(value.to_bits()).and_modify(|e| *e = e.filter(|&d| d == c)).or_insert(Some(c));
    };
    for s in spans.iter().filter(|s| s.local.is_none()) {
        settle(s.value, s.currency);
    }
    let mut chosen: [Option<&'static str>; LOCAL_CURRENCIES.len()] = [None; LOCAL_CURRENCIES.len()];
    let mut conversions = vec![false; spans.len()];
    for i in 0..spans.len() {
        let Some(f) = spans[i].local else {
            continue;
        };
        let family = &LOCAL_CURRENCIES[usize::from(f)];
        let c = *chosen[usize::from(f)].get_or_insert_with(|| choose(family, spans, &named));
        let s = &spans[i];
        let conversion =
            i > 0 && spans[i - 1].currency == c && is_conversion(text.as_bytes(), spans[i - 1].end, s.start);
        let abroad = family.world && {
            let ((lo, hi), _) = ctx.sentence(s.start, s.end);
            names_only_others(&places, lo, hi, land_of(c))
        };
        spans[i].currency = if c != family.default && (conversion || abroad) { family.default } else { c };
        if conversion && c != family.default {
            conversions[i] = true;
            settle(spans[i].value, family.default);
        }
    }
    for (s, conversion) in spans.iter_mut().zip(conversions) {
        let Some(f) = s.local.filter(|_| !conversion) else {
            continue;
        };
        let same = settled.get(&s.value.to_bits()).copied().flatten();
        if let Some(c) = same.filter(|c| LOCAL_CURRENCIES[usize::from(f)].candidates.contains(c)) {
            s.currency = c;
        }
    }
}

/// What a generic name means in a text whose amounts are `spans` and which names each of
/// [`LANDS`] `named` times: steps 1 to 3 of [`Local`].
fn choose(family: &Local, spans: &[Span], named: &[usize; LANDS.len()]) -> &'static str {
    let candidate = |c: &&str| family.candidates.contains(c);
    let mut written = spans.iter().filter(|s| s.local.is_none()).map(|s| s.currency).filter(candidate);
    if let Some(first) = written.next() {
        if written.all(|c| c == first) {
            return first;
        }
    }
    let count = |c: &str| land_of(c).map_or(0, |l| named[usize::from(l)]);
    let Some(best) = family.candidates.iter().copied().max_by_key(|c| count(c)) else {
        return family.default;
    };
    let most = count(best);
    let dominant = most > 0 && family.candidates.iter().all(|&c| c == best || 2 * count(c) <= most);
    if dominant { best } else { family.default }
}

/// The index in [`LANDS`] of currency `c`'s land.
fn land_of(c: &str) -> Option<u16> {
    LANDS.iter().position(|(d, _)| *d == c).map(|i| i as u16)
}

/// Whether `b[from..to]`, between two amounts, makes the second a conversion of the first:
/// a bracket or "or", and a few lower-case words ("€5m ($5.4m)", "£3bn (about $3.7bn)",
/// "A$10bn, or about $6.5bn").
fn is_conversion(b: &[u8], from: usize, to: usize) -> bool {
    let Some(gap) = b.get(from..to).filter(|g| g.len() <= 24) else {
        return false;
    };
    let gap = &gap[gap.iter().take_while(|&&c| matches!(c, b' ' | b',')).count()..];
    let rest = match gap {
        [b'(', rest @ ..] => rest,
        [b'o', b'r', b' ', rest @ ..] => rest,
        _ => return false,
    };
    rest.iter().all(|&c| c.is_ascii_lowercase() || c == b' ')
}

/// Whether `places[..]` between `lo` and `hi` name some country, and not `land`.
fn names_only_others(places: &[(usize, Option<u16>)], lo: usize, hi: usize, land: Option<u16>) -> bool {
    let from = places.partition_point(|&(at, _)| at < lo);
    let mut others = false;
    for &(_, l) in places[from..].iter().take_while(|&&(at, _)| at < hi) {
        if l.is_some() && l == land {
            return false;
        }
        others = true;
    }
    others
}

/// Where `text` names a country, in order: each word of [`LANDS`] with its land (the
/// longest at a place), and each other country of `places::COUNTRY_WORDS` as `None`.
/// Only the words at `heads` are looked at: those whose head may be a place's, as
/// [`scan`] found them.
fn places(text: &str, heads: &[usize]) -> Vec<(usize, Option<u16>)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut done = 0;
    for &p in heads {
        if p < done {
            continue; // inside the place before ("Wales" of "New South Wales")
        }
        let end = alnum_end(b, p);
        let head = &b[p..end];
        let land = PLACE_HEADS.has(head, LAND).then(|| {
            let words = LAND_INDEX.words_at(b, p, end - p);
            let found = words.filter_map(|i| exact_end(b, p, LAND_WORDS[i].0).map(|e| (Some(LAND_WORDS[i].1), e)));
            found.max_by_key(|&(_, e)| e)
        });
        let other = || {
            let countries = PLACE_HEADS.has(head, COUNTRY).then(|| COUNTRY_WORDS.starting_with(&text[p..end]));
            countries?.filter_map(|(w, _)| exact_end(b, p, w)).max().map(|e| (None, e))
        };
        if let Some((l, e)) = land.flatten().or_else(other) {
            out.push((p, l));
            done = e;
        }
    }
    out
}

/// The heads (first runs of ASCII letters and digits: "New" of "New Zealand", "C" of
/// "Côte d'Ivoire") of the words of [`LANDS`] and of `places::COUNTRY_WORDS`, filed by
/// [`Heads::bit`]: most capitalised words are no place's head ("The", "President") and are
/// turned away by one look-up, and a head of one list only is looked up in that one.
const PLACE_HEADS: Heads = Heads::new();
const LAND: usize = 0;
const COUNTRY: usize = 1;

/// Two sets of heads as bits, [`LAND`] and [`COUNTRY`].
struct Heads([[u64; 1024]; 2]);

impl Heads {
    const fn new() -> Heads {
        let mut t = [[0u64; 1024]; 2];
        let mut i = 0;
        while i < LAND_WORDS.len() + COUNTRY_WORDS.len() {
            let (w, set) = if i < LAND_WORDS.len() {
                (LAND_WORDS[i].0, LAND)
            } else {
                (COUNTRY_WORDS.key_at(i - LAND_WORDS.len()), COUNTRY)
            };
            let w = w.as_bytes();
            let mut n = 0;
            while n < w.len() && w[n].is_ascii_alphanumeric() {
                n += 1;
            }
            let bit = Self::bit(w.split_at(n).0);
            t[set][bit >> 6] |= 1 << (bit & 63);
            i += 1;
        }
        Heads(t)
    }

    /// Where a head is filed: by its length and its first, middle and last bytes, in 16 bits.
    const fn bit(w: &[u8]) -> usize {
        let n = w.len();
        if n == 0 {
            return 0;
        }
        let x = n as u32 | (w[0] as u32) << 8 | (w[n / 2] as u32) << 16 | (w[n - 1] as u32) << 24;
        (x.wrapping_mul(0x9E37_79B9) >> 16) as usize
    }

    /// Whether `head` may be the head of a word of set `set`.
    fn has(&self, head: &[u8], set: usize) -> bool {
        let bit = Self::bit(head);
        self.0[set][bit >> 6] >> (bit & 63) & 1 == 1
    }

    /// Whether `head` may be the head of a place of either set.
    fn any(&self, head: &[u8]) -> bool {
        let bit = Self::bit(head);
        (self.0[LAND][bit >> 6] | self.0[COUNTRY][bit >> 6]) >> (bit & 63) & 1 == 1
    }
}

/// Where `w` ends when written at `p` exactly, as whole words.
fn exact_end(b: &[u8], p: usize, w: &str) -> Option<usize> {
    let e = p + w.len();
    (b.get(p..e) == Some(w.as_bytes()) && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// An amount as found: byte span, value(s) and currency.
struct Span {
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    currency: &'static str,
    /// The generic name the currency is written with ("$", "Rs", "pesos"), as an index in
    /// [`LOCAL_CURRENCIES`]: the currency is then its default until the text decides.
    local: Option<u8>,
}

/// A number as read, with its multipliers and, when written, its currency. Its value is
/// `mantissa × 10^(mult − decimals) × factor`, exact for what news articles write.
#[derive(Clone, Copy)]
struct Expr {
    start: usize,
    end: usize,
    mantissa: u64,
    decimals: i32,
    factor: f64,
    /// Power of ten of the multipliers, when there are any.
    mult: Option<i32>,
    currency: Option<&'static str>,
    /// The generic name the currency is written with, as in [`Span`].
    local: Option<u8>,
}

impl Expr {
    /// Whether its currency is written out: neither missing nor a generic name.
    fn explicit(&self) -> bool {
        self.currency.is_some() && self.local.is_none()
    }

    /// Whether its currency is a generic name that may mean `c`.
    fn may_be(&self, c: &str) -> bool {
        self.local.is_some_and(|f| LOCAL_CURRENCIES[usize::from(f)].candidates.contains(&c))
    }
}

impl Expr {
    fn value(&self) -> f64 {
        scaled(self.mantissa, self.mult.unwrap_or(0) - self.decimals) * self.factor
    }

    /// The value without its multipliers ("3" of "3 billion").
    fn bare(&self) -> f64 {
        scaled(self.mantissa, -self.decimals) * self.factor
    }
}

fn scaled(mantissa: u64, exp: i32) -> f64 {
    if exp >= 0 {
        mantissa as f64 * 10f64.powi(exp)
    } else {
        mantissa as f64 / 10f64.powi(-exp)
    }
}

/// The lexicons read here, each with where its entries starting with each byte are,
/// worked out by the compiler: a word is tried only against the few entries that start
/// like it and whose head is as long as its own.
const SIGN_INDEX: ByFirst<{ SIGNS.len() }> = ByFirst::new(&keys::<_, { SIGNS.len() }>(SIGNS), false);
const CODE_INDEX: ByFirst<{ CODES.len() }> = ByFirst::new(&keys::<_, { CODES.len() }>(CODES), false);
const WORD_INDEX: ByFirst<{ WORDS.len() }> = ByFirst::new(&keys::<_, { WORDS.len() }>(WORDS), true);
const NUMBER_INDEX: ByFirst<{ NUMBER_WORDS.len() }> =
    ByFirst::new(&keys::<_, { NUMBER_WORDS.len() }>(NUMBER_WORDS), true);
const FRACTION_INDEX: ByFirst<{ FRACTIONS.len() }> =
    ByFirst::new(&keys::<_, { FRACTIONS.len() }>(FRACTIONS), true);
const MULTIPLIER_INDEX: ByFirst<{ MULTIPLIERS.len() }> =
    ByFirst::new(&keys::<_, { MULTIPLIERS.len() }>(MULTIPLIERS), true);
const CUE_INDEX: ByFirst<{ PURPOSE_CUES.len() }> =
    ByFirst::new(&keys::<_, { PURPOSE_CUES.len() }>(PURPOSE_CUES), true);
const PART_INDEX: ByFirst<{ PART_MARKERS.len() }> = ByFirst::new(PART_MARKERS, true);
const GIVING_INDEX: ByFirst<{ GIVING_VERBS.len() }> = ByFirst::new(GIVING_VERBS, true);
/// Every written form of [`LOCAL_CURRENCIES`] with its index there.
const LOCAL_FORMS: [(&str, u8); local_form_count()] = local_forms();
const LOCAL_INDEX: ByFirst<{ LOCAL_FORMS.len() }> =
    ByFirst::new(&keys::<_, { LOCAL_FORMS.len() }>(&LOCAL_FORMS), false);
/// Every word of [`LANDS`] with its index there, matched case-sensitively.
const LAND_WORDS: [(&str, u16); land_word_count()] = land_words();
const LAND_INDEX: ByFirst<{ LAND_WORDS.len() }> = ByFirst::new(&keys::<_, { LAND_WORDS.len() }>(&LAND_WORDS), false);

const fn local_form_count() -> usize {
    let (mut n, mut i) = (0, 0);
    while i < LOCAL_CURRENCIES.len() {
        n += LOCAL_CURRENCIES[i].written.len();
        i += 1;
    }
    n
}

const fn local_forms<const N: usize>() -> [(&'static str, u8); N] {
    let mut out = [("", 0u8); N];
    let (mut n, mut i) = (0, 0);
    while i < LOCAL_CURRENCIES.len() {
        let mut j = 0;
        while j < LOCAL_CURRENCIES[i].written.len() {
            out[n] = (LOCAL_CURRENCIES[i].written[j], i as u8);
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

const fn land_word_count() -> usize {
    let (mut n, mut i) = (0, 0);
    while i < LANDS.len() {
        n += LANDS[i].1.len();
        i += 1;
    }
    n
}

const fn land_words<const N: usize>() -> [(&'static str, u16); N] {
    let mut out = [("", 0u16); N];
    let (mut n, mut i) = (0, 0);
    while i < LANDS.len() {
        let mut j = 0;
        while j < LANDS[i].1.len() {
            out[n] = (LANDS[i].1[j], i as u16);
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The generic name `written` (an entry of [`SIGNS`], [`CODES`] or [`WORDS`]) is, as an
/// index in [`LOCAL_CURRENCIES`].
fn local_of(written: &str) -> Option<u8> {
    LOCAL_INDEX.at(written.as_bytes(), 0).find(|&i| LOCAL_FORMS[i].0 == written).map(|i| LOCAL_FORMS[i].1)
}

/// The keys of a table of pairs.
const fn keys<T, const N: usize>(table: &[(&'static str, T)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].0;
        i += 1;
    }
    out
}

/// Where the entries of a table of `N` words are by first byte (of either case for a
/// table matched case-insensitively), and the length of each one's head: its first run
/// of ASCII letters and digits.
struct ByFirst<const N: usize> {
    /// Entry numbers by first byte, each group in table order: the entries starting with
    /// byte `c` are `order[from[c]..to[c]]`.
    order: [u16; N],
    from: [u16; 256],
    to: [u16; 256],
    /// The head lengths of each group as bits (bit 63 for 63 and more); an entry taking
    /// any ending ("loan*") sets every bit from its head's on.
    heads: [u64; 256],
    /// Each entry's head length, and whether it takes any ending, in table order.
    head: [u8; N],
    open: [bool; N],
}

impl<const N: usize> ByFirst<N> {
    const fn new(words: &[&str], fold: bool) -> Self {
        let mut t = ByFirst {
            order: [0; N],
            from: [0; 256],
            to: [0; 256],
            heads: [0; 256],
            head: [0; N],
            open: [false; N],
        };
        let mut count = [0u16; 256];
        let mut i = 0;
        while i < N {
            let w = words[i].as_bytes();
            let mut head = 0;
            while head < w.len() && w[head].is_ascii_alphanumeric() {
                head += 1;
            }
            let c = Self::key(w[0], fold);
            let bit = 1u64 << if head < 63 { head } else { 63 };
            t.open[i] = w[w.len() - 1] == b'*';
            t.heads[c] |= if t.open[i] { bit.wrapping_neg() } else { bit };
            t.head[i] = head as u8;
            count[c] += 1;
            i += 1;
        }
        let mut c = 0;
        let mut at = 0;
        while c < 256 {
            t.from[c] = at;
            at += count[c];
            t.to[c] = t.from[c];
            c += 1;
        }
        i = 0;
        while i < N {
            let c = Self::key(words[i].as_bytes()[0], fold);
            t.order[t.to[c] as usize] = i as u16;
            t.to[c] += 1;
            i += 1;
        }
        // A capital finds the group of its lower case.
        c = 0;
        while c < 256 {
            let lower = Self::key(c as u8, fold);
            t.from[c] = t.from[lower];
            t.to[c] = t.to[lower];
            t.heads[c] = t.heads[lower];
            c += 1;
        }
        t
    }

    const fn key(c: u8, fold: bool) -> usize {
        (if fold { c.to_ascii_lowercase() } else { c }) as usize
    }

    /// The numbers of the entries starting with the byte at `p`.
    fn at(&self, b: &[u8], p: usize) -> impl Iterator<Item = usize> + '_ {
        let group = b.get(p).map_or(&[][..], |&c| {
            &self.order[usize::from(self.from[usize::from(c)])..usize::from(self.to[usize::from(c)])]
        });
        group.iter().map(|&i| usize::from(i))
    }

    /// Whether an entry starting with `c` may have a head `run` bytes long.
    fn fits(&self, c: u8, run: usize) -> bool {
        self.heads[usize::from(c)] >> run.min(63) & 1 == 1
    }

    /// The numbers of the entries that may be written as whole words ([`match_word`]) at
    /// `p`, where the text's first run of ASCII letters and digits is `run` bytes long.
    fn words_at(&self, b: &[u8], p: usize, run: usize) -> impl Iterator<Item = usize> + '_ {
        let fits = b.get(p).is_some_and(|&c| self.fits(c, run));
        self.at(b, p).take(if fits { N } else { 0 }).filter(move |&i| {
            let head = usize::from(self.head[i]);
            head == run || (self.open[i] && run > head)
        })
    }

    /// Whether the `run` letters and digits at `p` may be the head of an entry of `table`,
    /// the table this index was made from: what [`longest`] needs before it finds any.
    fn has_head<T>(&self, table: &[(&str, T)], b: &[u8], p: usize, run: usize) -> bool {
        b.get(p).is_some_and(|&c| self.fits(c, run))
            && self.at(b, p).any(|i| {
                let head = usize::from(self.head[i]);
                (head == run || (self.open[i] && run > head))
                    && b[p..p + head].eq_ignore_ascii_case(&table[i].0.as_bytes()[..head])
            })
    }

    /// Where entry `i`, `word`, ends when written at `p` as whole words: [`match_word`]
    /// once its first byte and head are known to fit.
    fn ends(&self, i: usize, word: &str, b: &[u8], p: usize) -> Option<usize> {
        let open = self.open[i];
        match_body(b, p, &word[..word.len() - usize::from(open)], open)
    }
}

/// Every amount of `b` in order: expressions with a currency, ranges joined. Notes in
/// `heads`, on the way, where the capitalised words whose head may be a place's start
/// ([`places`]).
fn scan(b: &[u8], heads: &mut Vec<usize>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut p = 0;
    while p < b.len() {
        let c = b[p];
        let class = SCAN_BYTES[usize::from(c)];
        let word_end = if class & WORD != 0 { alnum_end(b, p) } else { p + 1 };
        if c.is_ascii_uppercase() && PLACE_HEADS.any(&b[p..word_end]) {
            heads.push(p);
        }
        // Most bytes cannot start an amount.
        if class & OPENS == 0 {
            p = word_end;
            continue;
        }
        // Of the rest only a digit, a sign or code, or a number word does.
        let run = word_end - p;
        let opens = c.is_ascii_digit()
            || may_sign_or_code(b, p)
            || FRACTION_INDEX.has_head(FRACTIONS, b, p, run)
            || NUMBER_INDEX.has_head(NUMBER_WORDS, b, p, run);
        let Some(a) = opens.then(|| read_expr(b, p)).flatten() else {
            p = word_end;
            continue;
        };
        if let Some(span) = range(b, &a) {
            p = span.end;
            out.push(span);
        } else {
            if let Some(currency) = a.currency {
                out.push(Span {
                    start: a.start,
                    end: a.end,
                    value: a.value(),
                    value_max: None,
                    currency,
                    local: a.local,
                });
            }
            p = a.end;
        }
        // Nothing starts inside a word ("$5x"), and only an expression ends in one.
        if p > 0 && b[p - 1].is_ascii_alphanumeric() {
            p = alnum_end(b, p);
        }
    }
    out
}

/// How [`scan`] reads a byte: as part of a [`WORD`] (ASCII letters and digits), and
/// whether it [`OPENS`] an amount as the first byte of a digit, sign, code or number word.
const SCAN_BYTES: [u8; 256] = scan_bytes();
const WORD: u8 = 1;
const OPENS: u8 = 2;

const fn scan_bytes() -> [u8; 256] {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] |= WORD;
        }
        if b.is_ascii_digit() || SIGN_BYTES[c] & (FIRST | WHOLE | LETTER) != 0 {
            t[c] |= OPENS;
        }
        c += 1;
    }
    let mut i = 0;
    while i < NUMBER_WORDS.len() + FRACTIONS.len() {
        let w = if i < NUMBER_WORDS.len() { NUMBER_WORDS[i].0 } else { FRACTIONS[i - NUMBER_WORDS.len()].0 };
        let first = w.as_bytes()[0];
        t[first.to_ascii_lowercase() as usize] |= OPENS;
        t[first.to_ascii_uppercase() as usize] |= OPENS;
        i += 1;
    }
    t
}

/// Joins `a` with the expression after it into one range: "$2-3 billion", "2-3 billion
/// dollars", "$2 billion to $3 billion", "between $2 billion and $3 billion", "ranging
/// from $2 to $3 billion". A lower end without multiplier takes the upper end's. "Rose
/// from X to Y" is a change: two amounts.
fn range(b: &[u8], a: &Expr) -> Option<Span> {
    let q = skip_spaces(b, a.end);
    let (after, tight) = if b[q..].starts_with(b"-") {
        (q + 1, true)
    } else if b[q..].starts_with("–".as_bytes()) {
        (q + 3, true)
    } else if match_word(b, q, "to").is_some() && !is_change(b, a.start) {
        (q + 2, false)
    } else if match_word(b, q, "and").is_some() && preceded_by(b, a.start, "between", 3).is_some() {
        (q + 3, false)
    } else {
        return None;
    };
    let hi = read_expr(b, skip_spaces(b, after))?;
    // A generic name on one side takes the other's written-out currency when it may mean
    // it ("A$2 to $3 billion").
    let (currency, local) = match (a.currency, hi.currency) {
        (Some(x), Some(y)) if x != y => {
            if a.explicit() && hi.may_be(x) {
                (x, None)
            } else if hi.explicit() && a.may_be(y) {
                (y, None)
            } else {
                return None;
            }
        }
        (x, y) if a.explicit() || hi.explicit() => (x.or(y)?, None),
        (x, y) => (x.or(y)?, a.local.or(hi.local)),
    };
    let joined = hi.currency.is_some()
        || (hi.mult.is_some() && a.mult.is_none())
        || (tight && hi.mult.is_none() && a.mult.is_none());
    if !joined {
        return None;
    }
    let mut lo = *a;
    if lo.mult.is_none() && hi.mult.is_some() && lo.bare() < hi.bare() {
        lo.mult = hi.mult;
    }
    let (value, max) = (lo.value(), hi.value());
    (value < max).then_some(Span {
        start: a.start,
        end: hi.end,
        value,
        value_max: Some(max),
        currency,
        local,
    })
}

/// The expression starting at `p`, with or without a currency.
fn read_expr(b: &[u8], p: usize) -> Option<Expr> {
    let (mut currency, mut local, mut guard) = (None, None, None);
    let mut q = p;
    if let Some((written, code, end)) = sign_or_code(b, p) {
        (currency, local) = (Some(code), local_of(written));
        guard = GUARDS.get(written).map(|&g| (g, end));
        q = skip_spaces(b, end);
    }
    let number = q;
    let (mantissa, decimals, factor, needs_mult, q) = read_number(b, q)?;
    let (mult, mut end) = read_multipliers(b, q);
    if needs_mult && mult.is_none() {
        return None;
    }
    // A guarded code before the number that is not money here makes no expression: the
    // number is read again on its own.
    if let Some((g, code_end)) = guard {
        let glued = code_end == number;
        let money = match g {
            Guard::Multiplier => mult.is_some() && !before_of(b, end) && suffix(b, end, true).is_none(),
            Guard::Glued => glued,
            Guard::GluedLarge => glued && is_large(b, number, q, mult.is_some()),
            Guard::Lowercase => true,
        };
        if !money {
            return None;
        }
    }
    if currency.is_none() {
        if let Some((written, code, e)) = suffix(b, end, mult.is_some()) {
            (currency, local) = (Some(code), local_of(written));
            end = e;
        }
    }
    Some(Expr {
        start: p,
        end,
        mantissa,
        decimals,
        factor,
        mult,
        currency,
        local,
    })
}

/// The longest sign ("US$") or code ("EUR", "Rs.") at `p`: as written, its currency,
/// and where it ends.
fn sign_or_code(b: &[u8], p: usize) -> Option<(&'static str, &'static str, usize)> {
    if !may_sign_or_code(b, p) {
        return None;
    }
    let written = |s: &str| b.get(p..p + s.len()).is_some_and(|w| w == s.as_bytes());
    let signs = SIGN_INDEX.at(b, p).map(|i| SIGNS[i]).filter(|(s, _)| written(s));
    let codes = CODE_INDEX.at(b, p).map(|i| CODES[i]).filter(|(s, _)| written(s) && !letter_at(b, p + s.len()));
    signs
        .chain(codes)
        .max_by_key(|(s, _)| s.len())
        .map(|(s, code)| (s, code, p + s.len()))
}

/// Whether a letter, of any script, starts at `p` ("krónur" is no "kr"; "Rs\u{a0}5" is "Rs").
fn letter_at(b: &[u8], p: usize) -> bool {
    match b.get(p) {
        None => false,
        Some(c) if c.is_ascii() => c.is_ascii_alphabetic(),
        Some(&c) => {
            let len = if c >= 0xF0 { 4 } else if c >= 0xE0 { 3 } else { 2 };
            let ch = b.get(p..p + len).and_then(|w| std::str::from_utf8(w).ok()).and_then(|w| w.chars().next());
            ch.is_some_and(char::is_alphabetic)
        }
    }
}

/// How bytes stand in the signs and codes: [`FIRST`] of one, all of one ([`WHOLE`], "$"),
/// or a one-letter code ([`LETTER`], "R"), which is written glued to digits.
const SIGN_BYTES: [u8; 256] = sign_bytes();
const FIRST: u8 = 1;
const WHOLE: u8 = 2;
const LETTER: u8 = 4;
/// The first two bytes of every sign and code of two bytes or more, as bits (bit `256 ×
/// first + second`): with many codes, most capitals and lower-case letters start or
/// follow one ("Sh", "Rs", "THB"), but few of their pairs do ("The" is turned away).
const SIGN_PAIRS: [u64; 1024] = sign_pairs();

const fn sign_bytes() -> [u8; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < SIGNS.len() + CODES.len() {
        let w = if i < SIGNS.len() { SIGNS[i].0 } else { CODES[i - SIGNS.len()].0 }.as_bytes();
        if w.len() == 1 && w[0].is_ascii_alphabetic() {
            t[w[0] as usize] |= LETTER;
        } else if w.len() == 1 {
            t[w[0] as usize] |= WHOLE;
        } else {
            t[w[0] as usize] |= FIRST;
        }
        i += 1;
    }
    t
}

const fn sign_pairs() -> [u64; 1024] {
    let mut t = [0u64; 1024];
    let mut i = 0;
    while i < SIGNS.len() + CODES.len() {
        let w = if i < SIGNS.len() { SIGNS[i].0 } else { CODES[i - SIGNS.len()].0 }.as_bytes();
        if w.len() > 1 {
            let pair = (w[0] as usize) << 8 | w[1] as usize;
            t[pair >> 6] |= 1 << (pair & 63);
        }
        i += 1;
    }
    t
}

/// Whether the two bytes at `p` are a pair of `pairs`.
fn pair_in(pairs: &[u64; 1024], b: &[u8], p: usize) -> bool {
    b.get(p..p + 2).is_some_and(|w| {
        let pair = usize::from(w[0]) << 8 | usize::from(w[1]);
        pairs[pair >> 6] >> (pair & 63) & 1 == 1
    })
}

/// Whether a sign or code may be written at `p`, by its first two bytes: most words
/// and marks are turned away before [`sign_or_code`] reads the lexicons.
fn may_sign_or_code(b: &[u8], p: usize) -> bool {
    let Some(&first) = b.get(p) else {
        return false;
    };
    let class = SIGN_BYTES[usize::from(first)];
    let next = b.get(p + 1).copied();
    class & WHOLE != 0
        || (class & FIRST != 0 && pair_in(&SIGN_PAIRS, b, p))
        || (class & LETTER != 0 && next.is_some_and(|c| c.is_ascii_digit()))
}

/// A currency written after a number at `p`: a sign or code (unless another number
/// follows it, which it then belongs to) or a currency word, each as its [`Guard`]
/// allows: as in the lexicon, its currency, and where it ends.
fn suffix(b: &[u8], p: usize, has_mult: bool) -> Option<(&'static str, &'static str, usize)> {
    let q = skip_spaces(b, p);
    if let Some((written, code, end)) = sign_or_code(b, q) {
        let opens_next = b.get(skip_spaces(b, end)).is_some_and(u8::is_ascii_digit);
        let money = match GUARDS.get(written) {
            Some(Guard::Multiplier) => has_mult && !before_of(b, end),
            Some(Guard::Glued | Guard::GluedLarge) => false,
            Some(Guard::Lowercase) | None => true,
        };
        return (!opens_next && money).then_some((written, code, end));
    }
    let run = run_at(b, q);
    let (word, code, end) = WORD_INDEX
        .at(b, q)
        .filter(|&i| matches!(run.checked_sub(usize::from(WORD_INDEX.head[i])), Some(0 | 1)))
        .filter_map(|i| plural_word(b, q, WORDS[i].0).map(|end| (WORDS[i].0, WORDS[i].1, end)))
        .max_by_key(|&(_, _, end)| end)?;
    let money = match GUARDS.get(word) {
        Some(Guard::Multiplier) => has_mult && !before_of(b, end),
        Some(Guard::Lowercase) => !b[q..end].iter().any(u8::is_ascii_uppercase),
        Some(Guard::Glued | Guard::GluedLarge) | None => true,
    };
    money.then_some((word, code, end))
}

/// Whether the number `b[from..to]` after a one-letter code is money by its look
/// ([`Guard::GluedLarge`]): with a multiplier, thousands separators or three digits or
/// more ("R5bn", "R2,500", "R350", "R300-R500"), and no letter glued after its digits
/// ("R134a"); not one or two digits alone ("P5", "N95", "R2-D2").
fn is_large(b: &[u8], from: usize, to: usize, has_mult: bool) -> bool {
    if has_mult {
        return true;
    }
    let digits = b[from..to].iter().filter(|c| c.is_ascii_digit()).count();
    (digits >= 3 || b[from..to].contains(&b',')) && !b.get(to).is_some_and(u8::is_ascii_alphabetic)
}

/// Whether the word after `p` is "of" ("500 pounds of flour").
fn before_of(b: &[u8], p: usize) -> bool {
    match_word(b, skip_spaces(b, p), "of").is_some()
}

/// Where `word` or its plural in "s" ends when written at `p` as a whole word.
fn plural_word(b: &[u8], p: usize, word: &str) -> Option<usize> {
    let e = p + word.len();
    if e > b.len() || !b[p..e].eq_ignore_ascii_case(word.as_bytes()) {
        return None;
    }
    let e = if matches!(b.get(e), Some(b's' | b'S')) {
        e + 1
    } else {
        e
    };
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// A number at `p`: digits ("1,200.5", "1.000.000"), number words ("twenty-five") or a
/// fraction that needs a multiplier ("half a"). Returns mantissa, decimals, factor,
/// whether a multiplier must follow, and the end.
fn read_number(b: &[u8], p: usize) -> Option<(u64, i32, f64, bool, usize)> {
    if b.get(p)?.is_ascii_digit() {
        let (mantissa, decimals, end) = read_digits(b, p)?;
        return Some((mantissa, decimals, 1.0, false, end));
    }
    let run = run_at(b, p);
    if let Some((factor, end)) = longest(&FRACTION_INDEX, FRACTIONS, b, p, run) {
        return Some((1, 0, factor, true, end));
    }
    let (mut n, mut end) = longest(&NUMBER_INDEX, NUMBER_WORDS, b, p, run)?;
    if n >= 20 && matches!(b.get(end), Some(b'-' | b' ')) {
        let unit = longest(&NUMBER_INDEX, NUMBER_WORDS, b, end + 1, run_at(b, end + 1));
        if let Some((unit, e)) = unit.filter(|&(u, _)| u < 10) {
            n += unit;
            end = e;
        }
    }
    Some((n, 0, 1.0, false, end))
}

/// Digits with thousands separators ("1,200", Indian "1,00,000", European "1.000.000")
/// and decimals ("2.75"). `None` when the number does not fit in 19 digits.
fn read_digits(b: &[u8], mut q: usize) -> Option<(u64, i32, usize)> {
    let digits_at = |q: usize| {
        b[q.min(b.len())..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut mantissa: u64 = 0;
    let mut decimals = 0;
    let take = |mantissa: &mut u64, q: usize| -> Option<()> {
        *mantissa = mantissa
            .checked_mul(10)?
            .checked_add(u64::from(b[q] - b'0'))?;
        Some(())
    };
    loop {
        while b.get(q).is_some_and(u8::is_ascii_digit) {
            take(&mut mantissa, q)?;
            q += 1;
        }
        let comma = b.get(q) == Some(&b',');
        let indian = digits_at(q + 1) == 2 && b.get(q + 3) == Some(&b',');
        if !(comma && (digits_at(q + 1) == 3 || indian)) {
            break;
        }
        q += 1;
    }
    let dot_group = |q: usize| b.get(q) == Some(&b'.') && digits_at(q + 1) == 3;
    if dot_group(q) && dot_group(q + 4) {
        while dot_group(q) {
            for i in q + 1..q + 4 {
                take(&mut mantissa, i)?;
            }
            q += 4;
        }
    } else if b.get(q) == Some(&b'.') && b.get(q + 1).is_some_and(u8::is_ascii_digit) {
        q += 1;
        while b.get(q).is_some_and(u8::is_ascii_digit) {
            take(&mut mantissa, q)?;
            decimals += 1;
            q += 1;
            if decimals > 30 {
                return None;
            }
        }
    }
    Some((mantissa, decimals, q))
}

/// Up to two multipliers after a number, glued ("€500m"), spaced ("5 million") or
/// hyphened ("1.5-billion"), the second larger than the first ("lakh crore"). Returns
/// their power of ten, if any, and the end.
fn read_multipliers(b: &[u8], p: usize) -> (Option<i32>, usize) {
    let (mut total, mut last, mut end) = (None, 0, p);
    for _ in 0..2 {
        let glued = b.get(end).is_some_and(u8::is_ascii_alphabetic);
        let q = if glued {
            end
        } else if total.is_none() && b.get(end) == Some(&b'-') {
            end + 1
        } else {
            skip_spaces(b, end)
        };
        let found = MULTIPLIER_INDEX.words_at(b, q, run_at(b, q)).find_map(|i| {
            let (w, exp) = MULTIPLIERS[i];
            MULTIPLIER_INDEX
                .ends(i, w, b, q)
                .filter(|&e| glued || e - q > 1)
                .map(|e| (exp, e))
        });
        match found {
            Some((exp, e)) if exp > last => {
                total = Some(total.unwrap_or(0) + exp);
                last = exp;
                end = e;
            }
            _ => break,
        }
    }
    (total, end)
}

/// The entry of `table` written longest at `p` as whole words, and where it ends.
fn longest<T: Copy, const N: usize>(
    index: &ByFirst<N>,
    table: &[(&str, T)],
    b: &[u8],
    p: usize,
    run: usize,
) -> Option<(T, usize)> {
    index
        .words_at(b, p, run)
        .filter_map(|i| index.ends(i, table[i].0, b, p).map(|end| (table[i].1, end)))
        .max_by_key(|&(_, end)| end)
}

/// Where `word` ends when written at `p` as whole words, case-insensitively; a trailing
/// `*` in `word` takes any ending ("loan*").
fn match_word(b: &[u8], p: usize, word: &str) -> Option<usize> {
    if !b.get(p)?.eq_ignore_ascii_case(word.as_bytes().first()?) {
        return None;
    }
    match word.strip_suffix('*') {
        Some(w) => match_body(b, p, w, true),
        None => match_body(b, p, word, false),
    }
}

/// Where `w` ends when written at `p` as whole words, case-insensitively, after any
/// ending when `open`.
fn match_body(b: &[u8], p: usize, w: &str, open: bool) -> Option<usize> {
    let e = p + w.len();
    if e > b.len() || !b[p..e].eq_ignore_ascii_case(w.as_bytes()) {
        return None;
    }
    let e = if open {
        e + b[e..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count()
    } else {
        e
    };
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// Whether the amount at `p` is where a change starts ("rose from $2 billion to …"), not
/// a range ("ranging from $2 billion to …").
fn is_change(b: &[u8], p: usize) -> bool {
    preceded_by(b, p, "from", 3).is_some_and(|at| {
        !RANGE_OPENERS
            .iter()
            .any(|w| preceded_by(b, at, w, 1).is_some())
    })
}

/// Where `word` starts when it is among the `n` words before `p` in the same clause
/// ("from more than $2 billion").
fn preceded_by(b: &[u8], p: usize, word: &str, n: usize) -> Option<usize> {
    let mut q = p;
    for _ in 0..n {
        while q > 0 && matches!(b[q - 1], b' ' | b'$') {
            q -= 1;
        }
        let start = q - b[..q]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if start == q {
            return None;
        }
        if b[start..q].eq_ignore_ascii_case(word.as_bytes()) {
            return Some(start);
        }
        q = start;
    }
    None
}

/// The length of the run of ASCII letters and digits at `p` (none past the end).
fn run_at(b: &[u8], p: usize) -> usize {
    b.get(p..).map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii_alphanumeric()).count())
}

fn alnum_end(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && SCAN_BYTES[usize::from(b[p])] & WORD != 0 {
        p += 1;
    }
    p
}

/// Skips spaces and tabs, including no-break and thin spaces.
fn skip_spaces(b: &[u8], mut p: usize) -> usize {
    loop {
        match b.get(p..) {
            Some([b' ' | b'\t', ..]) => p += 1,
            Some([0xC2, 0xA0, ..]) => p += 2,
            Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => p += 3,
            _ => return p,
        }
    }
}

/// A cue word at `start..end`: a purpose, or `None` for a part marker ("including").
struct Cue {
    start: usize,
    end: usize,
    kind: Option<Category>,
}

/// A sentence break: where the next sentence starts, and whether it is a new paragraph.
struct Break {
    at: usize,
    paragraph: bool,
}

/// The cues and sentence breaks of the lines that hold amounts, found once.
///
/// Everything an amount's category and parties are read from lies in its own line: its
/// sentence and the one before it end at line breaks, and no cue spans one. So only those
/// lines are read, each from the line break before it (whose sentence break it records)
/// through the one after it; a line break also ends every cost phrase and compound, so a
/// line reads the same alone as within the whole text.
struct Context<'a> {
    text: &'a str,
    cues: Vec<Cue>,
    breaks: Vec<Break>,
}

impl<'a> Context<'a> {
    fn new(text: &'a str, spans: &[Span]) -> Self {
        let b = text.as_bytes();
        let mut ctx = Context {
            text,
            cues: Vec::new(),
            breaks: Vec::new(),
        };
        let mut done = 0;
        for s in spans {
            if s.start < done {
                continue; // on a line already read
            }
            let from = b[done..s.start].iter().rposition(|&c| c == b'\n').map_or(done, |i| done + i);
            let to = b[s.end..].iter().position(|&c| c == b'\n').map_or(b.len(), |i| s.end + i + 1);
            ctx.read_line(from, to);
            done = to;
        }
        ctx
    }

    /// Reads the cues and breaks of `b[from..to]`, which starts at a line break or the
    /// start of the text.
    fn read_line(&mut self, from: usize, to: usize) {
        let b = self.text.as_bytes();
        let (cues, breaks) = (&mut self.cues, &mut self.breaks);
        // Where the phrase governed by a cost word ("the cost of …") ends.
        let mut governed = 0;
        let mut p = from;
        while p < to {
            let c = b[p];
            if c == b'\n' {
                breaks.push(Break {
                    at: p + 1,
                    paragraph: true,
                });
            } else if matches!(c, b'.' | b'!' | b'?') && ends_sentence(b, p) {
                breaks.push(Break {
                    at: p + 1,
                    paragraph: false,
                });
            } else if c.is_ascii_alphanumeric() {
                let word_end = alnum_end(b, p);
                let starts = c.is_ascii_alphabetic() && (p == 0 || !b[p - 1].is_ascii_alphanumeric());
                if !starts {
                    p = word_end;
                    continue;
                }
                let run = word_end - p;
                let part = PART_INDEX.words_at(b, p, run).find_map(|i| PART_INDEX.ends(i, PART_MARKERS[i], b, p));
                if let Some(end) = part {
                    cues.push(Cue {
                        start: p,
                        end,
                        kind: None,
                    });
                    p = end;
                    continue;
                }
                if let Some((kind, end)) = longest(&CUE_INDEX, PURPOSE_CUES, b, p, run) {
                    let kind = if p < governed { Category::Other } else { kind };
                    if kind == Category::Other && GOVERNING_CUES.iter().any(|w| match_word(b, p, w) == Some(end)) {
                        governed = governed.max(governed_end(b, end));
                    }
                    push_cue(cues, b, p, end, kind);
                    p = end;
                    continue;
                }
                p = word_end;
                continue;
            }
            p += 1;
        }
    }

    /// The sentence around `start..end`, bounded by [`WINDOW`], and the sentence before it
    /// when that one is in the same paragraph.
    fn sentence(&self, start: usize, end: usize) -> ((usize, usize), Option<(usize, usize)>) {
        let i = self.breaks.partition_point(|k| k.at <= start);
        let j = self.breaks.partition_point(|k| k.at <= end);
        let lo = if i == 0 { 0 } else { self.breaks[i - 1].at };
        let hi = self.breaks.get(j).map_or(self.text.len(), |k| k.at);
        let prev = (i > 0 && !self.breaks[i - 1].paragraph).then(|| {
            let from = if i == 1 { 0 } else { self.breaks[i - 2].at };
            (from.max(lo.saturating_sub(WINDOW)), lo)
        });
        (
            (lo.max(start.saturating_sub(WINDOW)), hi.min(end + WINDOW)),
            prev,
        )
    }

    /// What the amount `s` is for: the phrase right after it ("$350 million of military
    /// equipment") decides first, unless it names plain aid only ("package"); then its sentence, then
    /// the sentence before; with no cue at all, money that is not aid.
    fn classify(&self, s: &Span, next: usize) -> Category {
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
    fn weigh_after(&self, near: &mut Nearest, from: usize, end: usize, limit: usize) {
        // The first part's distance, how many parts, and their kinds as bits.
        let mut part: Option<(Option<usize>, usize, u8, Category)> = None;
        for c in self.cues[from..]
            .iter()
            .take_while(|c| c.start < limit)
            .take(MAX_CUES)
        {
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
    fn weigh_before(&self, near: &mut Nearest, upto: usize, start: usize, limit: usize) {
        let cues = self.cues[..upto]
            .iter()
            .rev()
            .take_while(|c| c.start >= limit)
            .take(MAX_CUES);
        for c in cues {
            if let Some(k) = c.kind {
                near.add(start.saturating_sub(c.end), k);
            }
        }
    }

    /// Donor and recipient as the sentence names them: the capitalised name shortly
    /// before a giving verb ("Japan pledged $500 million"), and the one after "to" or
    /// "for" following the amount ("… in military aid to Ukraine").
    fn parties(&self, s: &Span, prev: usize, next: usize) -> (Option<String>, Option<String>) {
        let ((lo, hi), _) = self.sentence(s.start, s.end);
        (
            self.donor(lo.max(prev), s.start),
            self.recipient(s.end, hi.min(next)),
        )
    }

    fn donor(&self, from: usize, to: usize) -> Option<String> {
        let b = self.text.as_bytes();
        let (mut name, mut donor): (Option<(usize, usize)>, Option<(usize, usize)>) = (None, None);
        let (mut gap, mut object) = (0, false);
        for (ws, we) in words(b, from, to) {
            let run = alnum_end(b, ws) - ws;
            if GIVING_INDEX
                .words_at(b, ws, run)
                .any(|i| GIVING_INDEX.ends(i, GIVING_VERBS[i], b, ws) == Some(we))
            {
                object = false;
                if gap <= 3 {
                    donor = name.or(donor);
                }
            } else if is_name_word(self.text, ws, we) {
                name = match name {
                    Some((ns, ne)) if gap == 0 && &b[ne..ws] == b" " => Some((ns, we)),
                    _ if object => None,
                    _ => Some((ws, we)),
                };
                gap = 0;
                continue;
            }
            let w = &b[ws..we];
            object = PREPOSITIONS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
                || (object && w.eq_ignore_ascii_case(b"the"));
            gap += 1;
        }
        donor.map(|(s, e)| self.name(s, e))
    }

    fn recipient(&self, from: usize, to: usize) -> Option<String> {
        let b = self.text.as_bytes();
        let (mut after_prep, mut name): (bool, Option<(usize, usize)>) = (false, None);
        for (ws, we) in words(b, from, to) {
            match name {
                Some((ns, ne)) if is_name_word(self.text, ws, we) && &b[ne..ws] == b" " => {
                    name = Some((ns, we));
                    continue;
                }
                Some((ns, ne)) => return Some(self.name(ns, ne)),
                None => {}
            }
            let w = &b[ws..we];
            if w.eq_ignore_ascii_case(b"to") || w.eq_ignore_ascii_case(b"for") {
                after_prep = true;
            } else if after_prep && is_name_word(self.text, ws, we) {
                name = Some((ws, we));
            } else if !(after_prep && w.eq_ignore_ascii_case(b"the")) {
                after_prep = false;
            }
        }
        name.map(|(s, e)| self.name(s, e))
    }

    /// A name as written, without a possessive "'s".
    fn name(&self, start: usize, end: usize) -> String {
        let n = &self.text[start..end];
        n.strip_suffix("'s").unwrap_or(n).to_string()
    }
}

/// Adds the cue `kind` at `start..end`, joined to the cue right before it when the two
/// make one compound ("energy costs", "export financing", "military aid"): see [`compound`]
/// and [`COMPOUND_HEADS`].
fn push_cue(cues: &mut Vec<Cue>, b: &[u8], start: usize, end: usize, kind: Category) {
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
    cues.push(Cue {
        start,
        end,
        kind: Some(kind),
    });
}

/// The kind of a compound of two cues, `modifier head`. A not-aid head makes it not aid
/// ("energy costs", "defence budget") unless its modifier is an aid word ("aid budget");
/// a named kind as modifier is the purpose ("military financing", "reconstruction
/// loans"); otherwise the head decides ("export financing", "income support").
fn compound(modifier: Category, head: Category) -> Category {
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
fn governed_end(b: &[u8], p: usize) -> usize {
    let q = skip_spaces(b, p);
    let opens = GOVERNING_PREPOSITIONS.iter().find_map(|w| match_word(b, q, w));
    let Some(from) = opens else {
        return p;
    };
    let limit = clause_end(b, from, (from + WINDOW).min(b.len()));
    let limit = b[from..limit]
        .iter()
        .position(|&c| matches!(c, b'.' | b'!' | b'?' | b'\n'))
        .map_or(limit, |i| from + i);
    words(b, from, limit)
        .nth(GOVERNED_WORDS - 1)
        .map_or(limit, |(_, e)| e)
}

/// Whether the word at `start..end` can be part of a name: capitalised, and not a word
/// like "The" or "Monday".
fn is_name_word(text: &str, start: usize, end: usize) -> bool {
    text.as_bytes()[start].is_ascii_uppercase() && !NOT_PARTIES.contains(&&text[start..end])
}

/// Words of `b[from..to]`: ASCII letters with inner apostrophes and dots ("Israel's",
/// "U.S."), as byte spans.
fn words(b: &[u8], from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
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
                || (matches!(b[p], b'.' | b'\'')
                    && b.get(p + 1).is_some_and(u8::is_ascii_alphabetic)))
        {
            p += 1;
        }
        Some((start, p))
    })
}

/// Whether the `.`, `!` or `?` at `p` ends a sentence: whitespace or a closing quote
/// follows, and a dot does not close a short capitalised abbreviation ("U.S.", "Rs.").
fn ends_sentence(b: &[u8], p: usize) -> bool {
    let closes = match b.get(p + 1..) {
        None | Some([]) => true,
        Some([c, ..]) => c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b')'),
    } || b[p + 1..].starts_with("”".as_bytes());
    let word = b[..p]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let abbreviation = b[p] == b'.' && (1..=2).contains(&word) && b[p - word].is_ascii_uppercase();
    closes && !abbreviation
}

/// Where the amount's own phrase after `from` ends: at the end of its clause, and
/// [`PHRASE_WORDS`] words on at most ("£2 billion a year and welcomed new investments in
/// energy" is not money for energy).
fn phrase_end(b: &[u8], from: usize, limit: usize) -> usize {
    let limit = clause_end(b, from, limit);
    words(b, from, limit)
        .nth(PHRASE_WORDS - 1)
        .map_or(limit, |(_, e)| e)
}

/// Where the clause after `from` ends: the first `,` (not between digits), `;`, `:` or
/// dash before `limit`.
fn clause_end(b: &[u8], from: usize, limit: usize) -> usize {
    let limit = limit.min(b.len());
    (from..limit)
        .find(|&i| match b[i] {
            b';' | b':' => true,
            b',' => {
                !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            }
            _ => b[i..].starts_with("—".as_bytes()),
        })
        .unwrap_or(limit)
}

fn is_specific(k: Category) -> bool {
    matches!(
        k,
        Category::Military | Category::Humanitarian | Category::Economic
    )
}

/// One amount's category from two mentions: a named kind beats plain aid, which beats
/// other money; two different kinds make it mixed, that is aid.
fn merge(a: Category, b: Category) -> Category {
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
struct Nearest {
    specific: Option<(usize, Category)>,
    /// The specific kinds seen, as bits.
    kinds: u8,
    aid: Option<usize>,
    other: Option<usize>,
}

impl Nearest {
    fn add(&mut self, d: usize, k: Category) {
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
    fn decide(&self, mixed: bool) -> Option<Category> {
        let far = |o: Option<usize>| o.unwrap_or(usize::MAX);
        let aidish = far(self.specific.map(|s| s.0)).min(far(self.aid));
        if self.other.is_some_and(|o| o < aidish) {
            return Some(Category::Other);
        }
        if let Some((_, k)) = self.specific {
            return Some(if mixed && self.kinds.count_ones() > 1 {
                Category::Aid
            } else {
                k
            });
        }
        self.aid.map(|_| Category::Aid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (value, currency) of every amount found.
    fn found(text: &str) -> Vec<(f64, String)> {
        find_amounts(text)
            .into_iter()
            .map(|a| (a.value, a.currency))
            .collect()
    }

    fn one(text: &str) -> Amount {
        let mut all = find_amounts(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    fn category(text: &str) -> Category {
        one(text).category.unwrap()
    }

    #[test]
    fn signs_and_codes_before_the_number() {
        let cases = [
            ("The grant was US$1.5 million.", 1.5e6, "USD"),
            ("Ottawa gave C$20 million.", 2e7, "CAD"),
            ("Canberra added CA$21 million.", 2.1e7, "CAD"),
            ("Sydney paid A$3bn.", 3e9, "AUD"),
            ("It cost AU$31m.", 3.1e7, "AUD"),
            ("Wellington sent NZ$4m.", 4e6, "NZD"),
            ("The tower sold for HK$5 billion.", 5e9, "HKD"),
            ("Taipei spent NT$6 billion.", 6e9, "TWD"),
            ("Brussels lent €500m.", 5e8, "EUR"),
            ("Berlin offered EUR 7 million.", 7e6, "EUR"),
            ("London offered £8m.", 8e6, "GBP"),
            ("A GBP 9 million fund.", 9e6, "GBP"),
            ("Tokyo set aside ¥10 billion.", 1e10, "JPY"),
            ("Delhi approved ₹11 crore.", 1.1e8, "INR"),
            ("The state spent Rs 12 crore.", 1.2e8, "INR"),
            ("The firm paid Rs.13 lakh.", 1.3e6, "INR"),
            ("A bill of INR 14 crore.", 1.4e8, "INR"),
            ("Kyiv raised ₴15 million.", 1.5e7, "UAH"),
            ("Kyiv raised UAH 16 million.", 1.6e7, "UAH"),
            ("Moscow spent ₽17bn.", 1.7e10, "RUB"),
            ("Moscow spent RUB 18 billion.", 1.8e10, "RUB"),
            ("Bern gave CHF 19 million.", 1.9e7, "CHF"),
            ("Seoul gave KRW 20 billion.", 2e10, "KRW"),
            ("Israel paid NIS 21 million.", 2.1e7, "ILS"),
            ("Sweden gave SEK 22bn.", 2.2e10, "SEK"),
            ("A plain $35 ticket.", 35.0, "USD"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// Each currency, by region: its sign, its code, its name and its plural.
    #[test]
    fn currencies_of_every_region() {
        let cases = [
            // Africa.
            ("Lagos will spend ₦5 billion on roads.", 5e9, "NGN"),
            ("The budget adds NGN 40 billion.", 4e10, "NGN"),
            ("Abuja approved N20 billion for schools.", 2e10, "NGN"),
            ("The state lent 300 million naira to farmers.", 3e8, "NGN"),
            ("A fine of 2 billion Nigerian naira was imposed.", 2e9, "NGN"),
            ("Accra spent GH₵3 billion.", 3e9, "GHS"),
            ("Accra spent GH¢4 billion.", 4e9, "GHS"),
            ("Accra spent GHS 5 billion.", 5e9, "GHS"),
            ("Accra spent 6 billion cedis.", 6e9, "GHS"),
            ("The rebate is 7 million Ghanaian cedis.", 7e6, "GHS"),
            ("Nairobi borrowed KSh 8 billion.", 8e9, "KES"),
            ("Nairobi borrowed Ksh9 billion.", 9e9, "KES"),
            ("Nairobi borrowed 10 billion Kenyan shillings.", 1e10, "KES"),
            ("Kampala raised USh 11 billion.", 1.1e10, "UGX"),
            ("Kampala raised UGX 12 billion.", 1.2e10, "UGX"),
            ("The loan is 13 billion Ugandan shillings.", 1.3e10, "UGX"),
            ("Dodoma raised TSh 14 billion.", 1.4e10, "TZS"),
            ("The loan is 15 billion Tanzanian shillings.", 1.5e10, "TZS"),
            ("Addis Ababa set aside Br16 billion.", 1.6e10, "ETB"),
            ("Addis Ababa set aside ETB 17 billion.", 1.7e10, "ETB"),
            ("The plant cost 18 billion birr.", 1.8e10, "ETB"),
            ("Pretoria spent R19 billion.", 1.9e10, "ZAR"),
            ("The grant is R350 a month.", 350.0, "ZAR"),
            ("Pretoria spent ZAR 20 billion.", 2e10, "ZAR"),
            ("The mine sold for 21 billion South African rand.", 2.1e10, "ZAR"),
            ("Lusaka owes 22 million kwacha.", 2.2e7, "ZMW"),
            ("Lusaka owes ZMW 23 million.", 2.3e7, "ZMW"),
            ("Lilongwe owes MK24 billion.", 2.4e10, "MWK"),
            ("Lilongwe owes 25 billion Malawian kwacha.", 2.5e10, "MWK"),
            ("Dakar raised 26 billion CFA francs.", 2.6e10, "XOF"),
            ("Dakar raised XOF 27 billion.", 2.7e10, "XOF"),
            ("Yaounde raised XAF 28 billion.", 2.8e10, "XAF"),
            ("Luanda spent Kz 29 billion.", 2.9e10, "AOA"),
            ("Luanda spent 30 billion kwanzas.", 3e10, "AOA"),
            ("Maputo spent 31 million meticais.", 3.1e7, "MZN"),
            ("Kigali spent Rwf 32 billion.", 3.2e10, "RWF"),
            ("Gaborone spent 33 million pula.", 3.3e7, "BWP"),
            ("Cairo spent E£34 billion.", 3.4e10, "EGP"),
            ("Cairo spent 35 billion Egyptian pounds.", 3.5e10, "EGP"),
            ("Rabat spent 36 million Moroccan dirhams.", 3.6e7, "MAD"),
            // The IMF.
            ("The IMF approved SDR 37 million.", 3.7e7, "XDR"),
            ("The IMF approved XDR 38 million.", 3.8e7, "XDR"),
            ("The IMF approved 39 million special drawing rights.", 3.9e7, "XDR"),
            ("The IMF approved 40 million SDRs.", 4e7, "XDR"),
            // Asia.
            ("Dhaka set aside ৳41 crore for shelters.", 4.1e8, "BDT"),
            ("Dhaka set aside Tk 42 crore for shelters.", 4.2e8, "BDT"),
            ("The mill owes BDT 43 billion.", 4.3e10, "BDT"),
            ("Workers earn 12,500 taka a month.", 12500.0, "BDT"),
            ("Exporters lost 44 million Bangladeshi taka.", 4.4e7, "BDT"),
            ("Manila released ₱45 billion.", 4.5e10, "PHP"),
            ("Manila released P46 billion.", 4.6e10, "PHP"),
            ("Manila released PHP 47 billion.", 4.7e10, "PHP"),
            ("Manila released 48 billion Philippine pesos.", 4.8e10, "PHP"),
            ("Astana spent ₸49 billion.", 4.9e10, "KZT"),
            ("Astana spent KZT 50 billion.", 5e10, "KZT"),
            ("Astana spent 51 billion Kazakh tenge.", 5.1e10, "KZT"),
            ("A bowl of pho costs ₫45,000.", 45000.0, "VND"),
            ("Hanoi lent 52,000 billion dong.", 5.2e13, "VND"),
            ("Hanoi lent 53 billion Vietnamese dong.", 5.3e10, "VND"),
            ("Bangkok spent ฿54 billion.", 5.4e10, "THB"),
            ("Bangkok spent 55 billion baht.", 5.5e10, "THB"),
            ("Tbilisi spent ₾56 million.", 5.6e7, "GEL"),
            ("Tbilisi spent 57 million lari.", 5.7e7, "GEL"),
            ("Baku spent ₼58 million.", 5.8e7, "AZN"),
            ("Baku spent 59 million manats.", 5.9e7, "AZN"),
            ("Ashgabat spent 60 million Turkmen manat.", 6e7, "TMT"),
            ("Ulaanbaatar spent ₮61 billion.", 6.1e10, "MNT"),
            ("Ulaanbaatar spent 62 billion tugriks.", 6.2e10, "MNT"),
            ("Vientiane spent ₭63 billion.", 6.3e10, "LAK"),
            ("Vientiane spent 64 billion kip.", 6.4e10, "LAK"),
            ("Jakarta spent Rp 65 trillion.", 6.5e13, "IDR"),
            ("Jakarta spent Rp66 trillion.", 6.6e13, "IDR"),
            ("Jakarta spent 67 trillion rupiah.", 6.7e13, "IDR"),
            ("Putrajaya spent RM68 billion.", 6.8e10, "MYR"),
            ("Putrajaya spent MYR 69 billion.", 6.9e10, "MYR"),
            ("Putrajaya spent 70 billion ringgit.", 7e10, "MYR"),
            ("Bishkek spent 71 million Kyrgyz som.", 7.1e7, "KGS"),
            ("Tashkent spent 72 billion Uzbek som.", 7.2e10, "UZS"),
            ("Tashkent spent UZS 73 billion.", 7.3e10, "UZS"),
            ("Yerevan spent AMD 74 billion.", 7.4e10, "AMD"),
            ("Yerevan spent 75 billion drams.", 7.5e10, "AMD"),
            ("Thimphu spent Nu. 76 million.", 7.6e7, "BTN"),
            ("Phnom Penh spent 77 billion riels.", 7.7e10, "KHR"),
            ("Naypyidaw spent 78 billion kyats.", 7.8e10, "MMK"),
            // Europe.
            ("Bucharest spent 79 million lei.", 7.9e7, "RON"),
            ("Bucharest spent RON 80 million.", 8e7, "RON"),
            ("Bucharest spent 81 million Romanian leu.", 8.1e7, "RON"),
            ("Chisinau spent 82 million Moldovan lei.", 8.2e7, "MDL"),
            ("Sofia spent 83 million leva.", 8.3e7, "BGN"),
            ("Sofia spent BGN 84 million.", 8.4e7, "BGN"),
            ("Zagreb spent 85 million kuna.", 8.5e7, "HRK"),
            ("Kyiv spent 86 million hryvnias.", 8.6e7, "UAH"),
            ("Kyiv spent 87 million hryvnya.", 8.7e7, "UAH"),
            ("Tirana spent 88 million lek.", 8.8e7, "ALL"),
            ("Tirana spent ALL 89 million.", 8.9e7, "ALL"),
            ("Skopje spent 90 million denars.", 9e7, "MKD"),
            ("Skopje spent MKD 91 million.", 9.1e7, "MKD"),
            ("Sarajevo spent 92 million convertible marks.", 9.2e7, "BAM"),
            ("Prague spent 93 billion Kč.", 9.3e10, "CZK"),
            ("Prague spent 94 billion korunas.", 9.4e10, "CZK"),
            ("Reykjavik spent 95 billion kronur.", 9.5e10, "ISK"),
            // Middle East.
            ("Amman spent JD95 million.", 9.5e7, "JOD"),
            ("Kuwait spent KD96 million.", 9.6e7, "KWD"),
            ("Manama spent BD97 million.", 9.7e7, "BHD"),
            ("Doha spent QR98 billion.", 9.8e10, "QAR"),
            ("Riyadh spent SR99 billion.", 9.9e10, "SAR"),
            ("Muscat spent RO100 million.", 1e8, "OMR"),
            ("Dubai spent Dh101 million.", 1.01e8, "AED"),
            ("Beirut spent LL 102 billion.", 1.02e11, "LBP"),
            ("Beirut spent 103 billion Lebanese pounds.", 1.03e11, "LBP"),
            ("Damascus spent 104 billion Syrian pounds.", 1.04e11, "SYP"),
            ("Sanaa spent 105 billion Yemeni rials.", 1.05e11, "YER"),
            // Americas.
            ("Brasilia spent 106 billion reais.", 1.06e11, "BRL"),
            ("Brasilia spent 107 billion Brazilian reals.", 1.07e11, "BRL"),
            ("Lima spent 108 million soles.", 1.08e8, "PEN"),
            ("Lima spent 109 million Peruvian soles.", 1.09e8, "PEN"),
            ("Santiago spent CLP 110 billion.", 1.1e11, "CLP"),
            ("Bogota spent 111 billion Colombian pesos.", 1.11e11, "COP"),
            ("Asuncion spent ₲112 billion.", 1.12e11, "PYG"),
            ("Asuncion spent 113 billion guaranis.", 1.13e11, "PYG"),
            ("San Jose spent ₡114 billion.", 1.14e11, "CRC"),
            ("San Jose spent 115 billion colones.", 1.15e11, "CRC"),
            ("Guatemala City spent 116 million quetzales.", 1.16e8, "GTQ"),
            ("Tegucigalpa spent 117 million lempiras.", 1.17e8, "HNL"),
            ("Caracas spent 118 million bolivares.", 1.18e8, "VES"),
            ("Santo Domingo spent RD$119 million.", 1.19e8, "DOP"),
            ("Kingston spent J$120 million.", 1.2e8, "JMD"),
            ("Port of Spain spent TT$121 million.", 1.21e8, "TTD"),
            ("Castries spent EC$122 million.", 1.22e8, "XCD"),
            // Oceania.
            ("Suva spent FJ$123 million.", 1.23e8, "FJD"),
            ("Port Moresby spent 124 million kina.", 1.24e8, "PGK"),
            ("Nuku'alofa spent 125 million pa'anga.", 1.25e8, "TOP"),
            ("Apia spent 126 million tala.", 1.26e8, "WST"),
            ("Port Vila spent 127 million vatu.", 1.27e8, "VUV"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// Every sign, code and word of the lexicon is read where it belongs: signs and codes
    /// glued before the number (which `may_sign_or_code` tells by their first two bytes),
    /// spaced before it and after it, and words after it, singular and plural, each as the
    /// currency of its entry (a generic name's default, as no country is named).
    #[test]
    fn every_entry_is_read() {
        let guard = |w: &str| GUARDS.get(w).copied();
        for (w, c) in SIGNS.iter().chain(CODES) {
            assert!(may_sign_or_code(format!("{w}5").as_bytes(), 0), "{w}");
            let mut texts = vec![format!("It cost {w}5 million.")];
            if !matches!(guard(w), Some(Guard::Glued | Guard::GluedLarge)) {
                texts.push(format!("It cost {w} 5 million."));
                texts.push(format!("It cost 5 million {w} then."));
            }
            for text in texts {
                assert_eq!(found(&text), vec![(5e6, c.to_string())], "{text}");
            }
        }
        for (w, c) in WORDS {
            for text in [format!("It cost 5 million {w} then."), format!("It cost 5 million {w}s then.")] {
                assert_eq!(found(&text), vec![(5e6, c.to_string())], "{text}");
            }
        }
    }

    /// A guarded code or word is money as its guard allows.
    #[test]
    fn guarded_entries_are_money_when_written_as_money() {
        let cases = [
            ("Tirana spent ALL 3 billion.", 3e9, "ALL"),
            ("The delegates spent COP 4 billion.", 4e9, "COP"),
            ("Seoul gave 5 billion won.", 5e9, "KRW"),
            ("London gave 6 million pounds.", 6e6, "GBP"),
            ("Pretoria spent 7,000 rand.", 7000.0, "ZAR"),
            ("Freetown spent 8 billion leones.", 8e9, "SLE"),
            ("Manila paid P9,500 each.", 9500.0, "PHP"),
            ("Tickets cost R300-R500.", 300.0, "ZAR"),
            ("Lagos spent N10.5 billion.", 1.05e10, "NGN"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// "Rs" and "rupees" are the rupee of the country the text is about.
    #[test]
    fn a_bare_rupee_is_the_country_s_own() {
        let currency = |text: &str| find_amounts(text).into_iter().map(|a| a.currency).collect::<Vec<_>>();
        assert_eq!(currency("Delhi approved Rs 40 crore for the metro."), ["INR"]);
        assert_eq!(currency("The ticket costs 500 rupees."), ["INR"]);
        assert_eq!(
            currency("Floods hit Sindh. Islamabad released Rs 12 billion, Pakistan's finance minister said."),
            ["PKR"]
        );
        assert_eq!(currency("Lahore families got 9,000 rupees each from the Pakistani state."), ["PKR"]);
        assert_eq!(currency("Colombo set aside Rs 3 billion, Sri Lanka's cabinet said."), ["LKR"]);
        // A rupee written out elsewhere in the text settles it.
        assert_eq!(currency("The fund holds PKR 8 billion; Rs 2 billion more is due."), ["PKR", "PKR"]);
        // Two countries named about as often: the default.
        assert_eq!(currency("India and Pakistan talked; Rs 5 crore was spent."), ["INR"]);
        // A dollar stays the US dollar wherever the text is.
        assert_eq!(currency("Pakistan got $30 million from Karachi donors."), ["USD"]);
        // The rupee sign is a bare rupee too.
        assert_eq!(currency("Karachi port fees rose to ₨9,000, Pakistan's ministry said."), ["PKR"]);
    }

    /// The currencies of `text`'s amounts, in order.
    fn currencies(text: &str) -> Vec<String> {
        find_amounts(text).into_iter().map(|a| a.currency).collect()
    }

    /// A bare "$" is the US dollar unless the text is about a dollar country's own affairs
    /// (`LOCAL_CURRENCIES`).
    #[test]
    fn a_bare_dollar_is_the_country_s_own_when_the_text_says_so() {
        // The country decides.
        assert_eq!(currencies("New Zealand will lift the minimum wage to $23.50 an hour in April."), ["NZD"]);
        assert_eq!(currencies("Ohio will lift the minimum wage to $23.50 an hour in April."), ["USD"]);
        assert_eq!(
            currencies("Canberra's budget sets aside $4 billion for hospitals, Australia's treasurer said."),
            ["AUD"]
        );
        assert_eq!(
            currencies("Washington's budget sets aside $4 billion for hospitals, the US treasury said."),
            ["USD"]
        );
        // An article that names the United States as often stays in US dollars.
        assert_eq!(currencies("Canada and the United States each pledged $4 billion."), ["USD"]);
        // A dollar written out elsewhere settles it ...
        assert_eq!(
            currencies("Canberra pledged A$5 million for the reef. A further $2 million will follow next year."),
            ["AUD", "AUD"]
        );
        // ... but not for a conversion of it, nor for money in a sentence about other
        // countries only: news gives money abroad in US dollars.
        assert_eq!(currencies("Ottawa will spend C$5 billion ($3.7 billion) on ports."), ["CAD", "USD"]);
        assert_eq!(
            currencies(
                "Canberra budgeted A$9 billion for frigates. Officials in Tokyo say Beijing's trade ban cost \
                 Japanese exporters $500 million."
            ),
            ["AUD", "USD"]
        );
        // The same value as a conversion is that conversion.
        assert_eq!(
            currencies(
                "Canada gave Ukraine $3.7bn\nOttawa has given Kyiv C$5 billion ($3.7 billion) in aid, Canada's \
                 minister said."
            ),
            ["USD", "CAD"]
        );
        // A range with a dollar written out on one side.
        let a = one("Canberra will spend between A$2 billion and $3 billion.");
        assert_eq!((a.value, a.value_max, a.currency.as_str()), (2e9, Some(3e9), "AUD"));
    }

    /// Pesos, shillings, dinars, francs, crowns, pounds and rials are the money of the
    /// country the text is about, else the default of `LOCAL_CURRENCIES`.
    #[test]
    fn a_generic_currency_name_is_the_country_s_own() {
        let cases = [
            ("The central bank in Buenos Aires sold 500 million pesos.", "ARS"),
            ("The central bank in Mexico City sold 500 million pesos.", "MXN"),
            ("The central bank sold 500 million pesos.", "MXN"),
            ("Bogota's mayor found 800 million pesos, Colombian officials said.", "COP"),
            ("Kampala set aside 20 million shillings for Ugandan schools.", "UGX"),
            ("Nairobi set aside 20 million shillings for Kenyan schools.", "KES"),
            ("Dar es Salaam set aside Sh5 billion for Tanzanian schools.", "TZS"),
            ("The council set aside 20 million shillings for schools.", "KES"),
            ("Amman will spend 5 million dinars on water, Jordan's minister said.", "JOD"),
            ("Baghdad will spend 5 billion dinars on water, Iraq's minister said.", "IQD"),
            ("Belgrade will spend 5 billion dinars on rail, Serbian officials said.", "RSD"),
            ("Dakar's port costs 90 billion CFA francs, Senegal said.", "XOF"),
            ("Douala's port costs 90 billion CFA francs, Cameroon said.", "XAF"),
            ("Kinshasa's budget adds 700 billion francs for Congolese roads.", "CDF"),
            ("Geneva's budget adds 700 million francs for roads.", "CHF"),
            ("Copenhagen will spend 3 billion kroner, Danish officials said.", "DKK"),
            ("Oslo will spend 3 billion kroner.", "NOK"),
            ("Cairo will spend 3 billion pounds on bread, Egypt's cabinet said.", "EGP"),
            ("Muscat will spend 30 million rials on roads, Oman said.", "OMR"),
            ("Tehran will spend 30 trillion rials on roads.", "IRR"),
            ("Beirut's banks hold 30 trillion lira, Lebanese officials said.", "LBP"),
            ("Minsk's budget adds 3 billion roubles for Belarusian farms.", "BYN"),
            ("Gaborone paid P5 billion for Botswana's roads.", "BWP"),
            // The longest place at a place: New South Wales is no Wales, South Sudan no Sudan.
            ("South Sudan will print 5 billion pounds.", "SSP"),
            ("New South Wales will spend $2 billion on rail, its treasurer said.", "AUD"),
        ];
        for (text, currency) in cases {
            assert_eq!(currencies(text), [currency], "{text}");
        }
    }

    #[test]
    fn codes_signs_and_words_after_the_number() {
        let cases = [
            ("Ottawa gave 5 million Canadian dollars.", 5e6, "CAD"),
            ("It sent 6 million Australian dollars.", 6e6, "AUD"),
            ("They paid 7 million Hong Kong dollars.", 7e6, "HKD"),
            ("They paid 8 million Taiwan dollars.", 8e6, "TWD"),
            ("Beijing lent 9 billion yuan.", 9e9, "CNY"),
            ("Beijing lent 10 billion renminbi.", 1e10, "CNY"),
            ("Tokyo spent 11 billion yen.", 1.1e10, "JPY"),
            ("The dam cost 12 million rupees.", 1.2e7, "INR"),
            ("Lahore got 13 million Pakistani rupees.", 1.3e7, "PKR"),
            ("Kharkiv got 14 million hryvnias.", 1.4e7, "UAH"),
            ("A fine of 15 million roubles.", 1.5e7, "RUB"),
            ("A fine of 16 million rubles.", 1.6e7, "RUB"),
            ("Geneva gave 17 million Swiss francs.", 1.7e7, "CHF"),
            ("Seoul gave 18 billion won.", 1.8e10, "KRW"),
            ("Israel paid 19 million shekels.", 1.9e7, "ILS"),
            ("Stockholm gave 20 million kronor.", 2e7, "SEK"),
            ("Warsaw gave 21 million zloty.", 2.1e7, "PLN"),
            ("Ankara spent 22 million lira.", 2.2e7, "TRY"),
            ("Riyadh gave 23 million riyals.", 2.3e7, "SAR"),
            ("Abu Dhabi gave 24 million dirhams.", 2.4e7, "AED"),
            ("Pretoria spent 25 million rand.", 2.5e7, "ZAR"),
            ("Paris gave 26 million euros.", 2.6e7, "EUR"),
            ("London gave 27 million pounds sterling.", 2.7e7, "GBP"),
            ("The ticket was 28 dollars.", 28.0, "USD"),
            ("The meal was 29 €.", 29.0, "EUR"),
            ("The loan was 30 million USD.", 3e7, "USD"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    #[test]
    fn number_formats_and_multipliers() {
        let cases = [
            ("It costs $350 now.", 350.0),
            ("It costs $1,200 now.", 1200.0),
            ("A $2.75 billion plan.", 2.75e9),
            ("A $5.827 billion plan.", 5.827e9),
            ("A $1.2bn plan.", 1.2e9),
            ("A $2.5 million plan.", 2.5e6),
            ("A $1.000.000 prize.", 1e6),
            ("A $50k prize.", 5e4),
            ("A $3 mn plan.", 3e6),
            ("A $4 mln plan.", 4e6),
            ("A $5 bln plan.", 5e9),
            ("A $6b plan.", 6e9),
            ("A $7M plan.", 7e6),
            ("A $8 thousand fee.", 8e3),
            ("A $9 trillion economy.", 9e12),
            ("A $1.5-billion plan.", 1.5e9),
            ("A $10 tn economy.", 1e13),
        ];
        for (text, value) in cases {
            assert_eq!(found(text), vec![(value, "USD".to_string())], "{text}");
        }
        assert_eq!(
            found("The scheme costs ₹2 lakh crore."),
            vec![(2e12, "INR".into())]
        );
        assert_eq!(
            found("A grant of Rs 1,00,000 was paid."),
            vec![(1e5, "INR".into())]
        );
        assert_eq!(found("Rs 1.25 lakh crore."), vec![(1.25e12, "INR".into())]);
        assert_eq!(found("A Rs 500 cr road."), vec![(5e9, "INR".into())]);
        assert_eq!(
            found("Xinhua said 3.5 billion U.S. dollars."),
            vec![(3.5e9, "USD".into())]
        );
        // A sign after a year opens the next amount instead of closing the year.
        assert_eq!(
            found("In 2023 $5 billion was spent."),
            vec![(5e9, "USD".into())]
        );
    }

    #[test]
    fn numbers_in_words() {
        let cases = [
            ("The bank lent one billion dollars.", 1e9, "USD"),
            ("They spent half a billion dollars.", 5e8, "USD"),
            ("He left a quarter of a million pounds.", 2.5e5, "GBP"),
            ("Rome gave two million euros.", 2e6, "EUR"),
            ("Brussels found a billion euros.", 1e9, "EUR"),
            ("They raised twenty-five million dollars.", 2.5e7, "USD"),
            ("They raised two hundred million dollars.", 2e8, "USD"),
            ("It costs five dollars.", 5.0, "USD"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// Vague amounts name no value, so they are not amounts.
    #[test]
    fn vague_amounts_are_skipped() {
        for text in [
            "Allies sent tens of millions of dollars in kit.",
            "Oligarchs moved billions of dollars abroad.",
            "Hundreds of millions of euros were lost.",
            "A few million dollars went missing.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn ranges_are_one_amount() {
        let cases = [
            ("Repairs will cost $2-3 billion.", "$2-3 billion"),
            ("Repairs will cost $2–3 billion.", "$2–3 billion"),
            (
                "Repairs will cost $2 billion to $3 billion.",
                "$2 billion to $3 billion",
            ),
            (
                "Repairs will cost between $2 billion and $3 billion.",
                "$2 billion and $3 billion",
            ),
            (
                "Repairs will cost 2-3 billion dollars.",
                "2-3 billion dollars",
            ),
            ("Repairs will cost $2 to $3 billion.", "$2 to $3 billion"),
        ];
        for (text, written) in cases {
            let a = one(text);
            assert_eq!(
                (a.value, a.value_max, a.text.as_str()),
                (2e9, Some(3e9), written),
                "{text}"
            );
        }
        let a = one("Tickets are $20-30.");
        assert_eq!((a.value, a.value_max), (20.0, Some(30.0)));
        let a = one("Estimates run $500,000 to $2 million.");
        assert_eq!((a.value, a.value_max), (5e5, Some(2e6)));
    }

    /// "From X to Y" is a change from one amount to another, not a range.
    #[test]
    fn a_change_is_two_amounts() {
        let all = find_amounts("The fund grew from $2 billion to $3 billion this year.");
        let values: Vec<_> = all.iter().map(|a| (a.value, a.value_max)).collect();
        assert_eq!(values, vec![(2e9, None), (3e9, None)]);
        assert_eq!(
            found("Aid rose from more than 40 million dollars to 90 million dollars.").len(),
            2
        );
        let a = one("Bids ranged from $40 million to $90 million.");
        assert_eq!((a.value, a.value_max), (4e7, Some(9e7)));
    }

    #[test]
    fn text_covers_the_number_and_currency_only() {
        let text = "Congress approved an additional $800 million for the program.";
        let a = one(text);
        assert_eq!(a.text, "$800 million");
        assert_eq!(
            text.chars()
                .skip(a.start)
                .take(a.end - a.start)
                .collect::<String>(),
            a.text
        );
        for (text, written) in [
            (
                "Exports reached more than $1 billion last year.",
                "$1 billion",
            ),
            ("The deal is worth nearly $2bn to the firm.", "$2bn"),
            ("The grant was US$1.5 million in total.", "US$1.5 million"),
        ] {
            assert_eq!(one(text).text, written);
        }
    }

    #[test]
    fn offsets_count_characters() {
        let text = "Zürich’s café — «€5 million» was raised.";
        let a = one(text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[a.start..a.end].iter().collect::<String>(),
            "€5 million"
        );
    }

    #[test]
    fn numbers_without_currency_are_not_amounts() {
        for text in [
            "In 2022 the war began.",
            "Some 2,000 troops crossed the river.",
            "Inflation rose 5% in May.",
            "Prices are shown in $ on the site.",
            "The war drove out 1.5 million refugees.",
            "Call +1 555-123-4567 for details.",
            "Mrs 5 and Mr 6 arrived.",
            "The wall is 10 m wide and 3m tall.",
            "The dollar fell against the yen.",
            "The bomber dropped 500 pounds of explosives.",
            "The sack weighs 300 pounds.",
            "More than 1.4 billion Chinese people watched.",
            "Trump won 306 electoral votes.",
            // Codes, one-letter signs and words that are also English (`Guard`).
            "ALL 27 members agreed.",
            "The TOP 10 teams met.",
            "COP28 opened in Dubai, and the COP 29 summit is next.",
            "PHP 8 was released with 3 new features.",
            "Progress on SDG 4 has stalled.",
            "AMD 7nm chips sold well.",
            "The droid R2-D2 and the P5 powers met in room N95.",
            "Fill up with RON 95 petrol.",
            "It carries a 500 KGS load.",
            "The Hong Kong SAR 25 years on.",
            "Vance, or JD 2 as aides call him.",
            "She won 3 races and he won 2.",
            "They sold 5 million real estate units.",
            "Add 5 pounds of flour.",
            "A 2019 RAND study found 3 Rand reports.",
            "The 2 Leone westerns and the 3 Lei brothers.",
            "Route 1 Dong Ha and 2 Pula beaches.",
            "He drank 2 drams of whisky and had 40 kip.",
            "Biologists counted 500 leks.",
            "Count 4 quetzals in the canopy.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_repeated_amount_is_one() {
        let text =
            "Japan pledged $500 million. Later the $500 million pledge was paid, and $500m more.";
        let all = find_amounts(text);
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].start, all[0].text.as_str()), (14, "$500 million"));
        // The same value in another currency is another amount.
        assert_eq!(found("It paid $5 million and €5 million.").len(), 2);
    }

    #[test]
    fn category_from_the_phrase_after_the_amount() {
        use Category::*;
        let cases = [
            (
                "The United States will provide $800 million in military aid to Ukraine.",
                Military,
            ),
            (
                "Washington approved $350 million of weapons for Kyiv.",
                Military,
            ),
            (
                "The agency released $40 million in humanitarian assistance.",
                Humanitarian,
            ),
            (
                "Donors gave $30 million for refugees and shelter.",
                Humanitarian,
            ),
            (
                "The EU disbursed €1.5 billion in macro-financial assistance.",
                Economic,
            ),
            (
                "The bank approved $600 million in loans to the government.",
                Economic,
            ),
            ("Tokyo pledged $200 million for reconstruction.", Economic),
            (
                "The US will provide $500 million in financial aid.",
                Economic,
            ),
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
        assert_eq!(
            category("Two banks pledged $700 million each, mostly as loans."),
            Economic
        );
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
        assert_eq!(
            category("The cabinet approved a 40 trillion yen stimulus package."),
            Economic
        );
    }

    #[test]
    fn mixed_money_is_aid() {
        use Category::*;
        assert_eq!(
            category("They need $5 billion for reconstruction and relief."),
            Aid
        );
        assert_eq!(
            category("Riyadh pledged $400 million including soft loans."),
            Aid
        );
        assert_eq!(
            category("Allies sent $90 million for weapons and food."),
            Aid
        );
        // Two amounts in one sentence each keep their own kind.
        let all = find_amounts(
            "It gave $800 million in military aid and $200 million in humanitarian aid.",
        );
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

    #[test]
    fn donor_and_recipient_of_aid() {
        let a = one("The United States will provide $800 million in military aid to Ukraine.");
        assert_eq!(
            (a.donor.as_deref(), a.recipient.as_deref()),
            (Some("United States"), Some("Ukraine"))
        );
        let a = one("Japan pledged $500 million for Pakistan.");
        assert_eq!(
            (a.donor.as_deref(), a.recipient.as_deref()),
            (Some("Japan"), Some("Pakistan"))
        );
        let a = one("The tunnel cost $2 billion, Japan said.");
        assert_eq!((a.donor, a.recipient), (None, None));
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
        let kinds: Vec<_> = find_amounts(text).iter().map(|a| a.category.unwrap()).collect();
        assert_eq!(kinds, vec![Category::Other, Category::Military, Category::Humanitarian]);
    }

    #[test]
    fn never_panics_and_stays_linear() {
        let pieces = [
            "$",
            "€",
            "US$",
            "Rs",
            "Rs.",
            "1",
            "0",
            ",",
            ".",
            "-",
            "–",
            " ",
            "\n",
            "million",
            "bn",
            "m",
            "to",
            "between",
            "and",
            "from",
            "a",
            "half",
            "quarter of a",
            "dollars",
            "pounds",
            "of",
            "aid",
            "military",
            "including",
            "é",
            "Ж",
            "💶",
            "«",
            "”",
            "1,00,",
            "999999999999999999999",
            "The",
            "R",
            "P",
            "Sh",
            "kr",
            "(",
            "pesos",
            "rand",
            "Rand",
            "ALL",
            "₦",
            "A$",
            "Canada",
            "New Zealand",
            "Kenya",
            "Tokyo",
            "Ukraine",
        ];
        let mut seed: u64 = 7;
        let mut text = String::new();
        while text.len() < 2_000_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let all = find_amounts(&text);
        assert!(!all.is_empty());
        let chars = text.chars().count();
        assert!(all.iter().all(|a| a.start < a.end && a.end <= chars));
        assert!(find_amounts(&"9".repeat(100_000)).is_empty());
        assert!(find_amounts(&"1,000".repeat(50_000)).is_empty());
        assert!(find_amounts("").is_empty());
    }
}
