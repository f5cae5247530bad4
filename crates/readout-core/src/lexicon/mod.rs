//! Word lists the analysis matches against, kept as data in one place.
//!
//! Each submodule is a plain table compiled into the binary; extend a table to teach
//! readout a new word without touching the logic that reads it. A [`Table`] is written with
//! [`words!`] or [`table!`], its keys in byte order (the build fails otherwise, naming the
//! key out of place), and packed at compile time: a look-up hashes a few bytes of the
//! word and compares one or two keys; nothing is built at run time.

pub mod abbreviations;
pub mod calls;
pub mod classes;
pub mod columns;
pub mod cues;
pub mod currencies;
pub mod dates;
pub mod given_names;
pub mod html;
pub mod numbers;
pub mod offices;
pub mod people;
pub mod places;
pub mod purposes;
pub mod status;

/// A table of keys in byte order, each with a value, packed at compile time by
/// [`words!`] or [`table!`]: the keys as one string with their bounds, and a small hash
/// table over them, so a look-up reads a few bytes of the word, one or two slots and
/// compares one key. Nothing is built at run time.
pub struct Table<T: 'static, const WIDE: bool = false> {
    /// Every key, in byte order, one after another.
    keys: &'static str,
    /// Where each key starts in `keys`, and last where the last one ends.
    bounds: &'static [u16],
    values: &'static [T],
    /// Open addressing, probed forward from [`hash`]`(word) >> shift`: 1 + the index of an
    /// entry, 0 for an empty slot. Holds every key, and the first word of each phrase key
    /// that is no key itself (pointing at the first key starting with it). A slot is a
    /// byte, or two (little-endian) in a `WIDE` table, as tables of 255 entries or more are.
    slots: &'static [u8],
    shift: u32,
}

/// The entries of a [`Table`] that [`Table::starting_with`] finds, in byte order.
pub struct Entries<T: 'static> {
    keys: &'static str,
    /// The bounds of these entries' keys: one more than there are entries.
    bounds: &'static [u16],
    values: &'static [T],
}

impl<T, const WIDE: bool> Table<T, WIDE> {
    /// A table from the parts [`table!`] computes at compile time.
    #[doc(hidden)]
    pub const fn packed(
        keys: &'static str,
        bounds: &'static [u16],
        slots: &'static [u8],
        values: &'static [T],
    ) -> Table<T, WIDE> {
        // A table of 255 entries or more is a `Table<T, true>`, a smaller one a `Table<T>`.
        assert!(WIDE == is_wide(values.len()), "wrong slot width for the table's size");
        let count = slots.len() >> WIDE as usize;
        assert!(values.len() + 1 == bounds.len() && count.is_power_of_two() && count >= 2);
        Table { keys, bounds, values, slots, shift: 32 - count.trailing_zeros() }
    }

    /// The mask of a slot number.
    fn mask(&self) -> usize {
        (self.slots.len() >> WIDE as usize) - 1
    }

    /// What slot `s` holds: 1 + an entry's index, or 0.
    fn slot(&self, s: usize) -> usize {
        if WIDE {
            self.slots[2 * s] as usize | (self.slots[2 * s + 1] as usize) << 8
        } else {
            self.slots[s] as usize
        }
    }

    /// The key of entry `i`.
    fn key(&self, i: usize) -> &'static [u8] {
        let (from, to) = (self.bounds[i] as usize, self.bounds[i + 1] as usize);
        self.keys.as_bytes().get(from..to).unwrap_or_default()
    }

    /// The slot `word` is filed from, `None` when it is empty: most words look no further,
    /// at the cost of a hash and one read.
    #[inline]
    fn home(&self, word: &[u8]) -> Option<usize> {
        let s = (hash(word) >> self.shift) as usize & self.mask();
        (self.slot(s) != 0).then_some(s)
    }

    /// The first entry `accept` takes among those filed from slot `s` on.
    #[inline]
    fn probe(&self, mut s: usize, accept: impl Fn(&[u8]) -> bool) -> Option<usize> {
        loop {
            let e = self.slot(s);
            if e == 0 {
                return None;
            }
            if accept(self.key(e - 1)) {
                return Some(e - 1);
            }
            s = (s + 1) & self.mask();
        }
    }

    /// [`Table::get`] past the first slot, apart so that the common miss stays cheap.
    #[inline(never)]
    fn get_from(&self, s: usize, word: &[u8]) -> Option<&'static T> {
        self.values.get(self.probe(s, |k| same(k, word))?)
    }

    #[inline(never)]
    fn get_lower_from(&self, s: usize, word: &[u8]) -> Option<&'static T> {
        self.values.get(self.probe(s, |k| k.len() == word.len() && lower_same(k, word))?)
    }

    /// Every entry, in byte order of the keys.
    #[cfg(test)]
    pub fn iter(&self) -> Entries<T> {
        Entries { keys: self.keys, bounds: self.bounds, values: self.values }
    }

    /// The value of the entry `word`.
    pub fn get(&self, word: &str) -> Option<&'static T> {
        let w = word.as_bytes();
        self.get_from(self.home(w)?, w)
    }

    /// The value of the entry `word` has when lower-cased (ASCII letters only), in a
    /// table of lower-case keys: `get_lower("President")` finds "president".
    pub fn get_lower(&self, word: &str) -> Option<&'static T> {
        let w = word.as_bytes();
        self.get_lower_from(self.home(w)?, w)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Whether the table holds `word` lower-cased, as for [`Table::get_lower`].
    pub fn contains_lower(&self, word: &str) -> bool {
        self.get_lower(word).is_some()
    }

    /// The entries whose key is the word `first` or a phrase starting with it ("prime"
    /// finds "prime minister").
    pub fn starting_with(&self, first: &str) -> Entries<T> {
        self.starting(first.as_bytes(), same)
    }

    /// [`Table::starting_with`] for `first` lower-cased, as for [`Table::get_lower`].
    pub fn starting_with_lower(&self, first: &str) -> Entries<T> {
        self.starting(first.as_bytes(), lower_same)
    }

    #[inline]
    fn starting(&self, first: &[u8], same: impl Fn(&[u8], &[u8]) -> bool) -> Entries<T> {
        match self.home(first) {
            Some(s) => self.starting_from(s, first, same),
            None => Entries { keys: "", bounds: &[0], values: &[] },
        }
    }

    /// [`Table::starting_with`] past the first slot.
    #[inline(never)]
    fn starting_from(&self, s: usize, first: &[u8], same: impl Fn(&[u8], &[u8]) -> bool) -> Entries<T> {
        let n = first.len();
        let starts = |k: &[u8]| k.len() >= n && same(&k[..n], first) && k.get(n).is_none_or(|&b| b == b' ');
        // Keys starting with one word are neighbours in byte order.
        let (from, to) = match self.probe(s, starts) {
            Some(mut from) => {
                while from > 0 && starts(self.key(from - 1)) {
                    from -= 1;
                }
                let mut to = from + 1;
                while to < self.values.len() && starts(self.key(to)) {
                    to += 1;
                }
                (from, to)
            }
            None => (0, 0),
        };
        Entries { keys: self.keys, bounds: &self.bounds[from..=to], values: &self.values[from..to] }
    }
}

impl<T> Entries<T> {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The first entry (the shortest key).
    pub fn first(&self) -> Option<(&'static str, &'static T)> {
        Some((self.keys.get(self.bounds[0] as usize..*self.bounds.get(1)? as usize)?, self.values.first()?))
    }
}

impl<T> Iterator for Entries<T> {
    type Item = (&'static str, &'static T);

    fn next(&mut self) -> Option<Self::Item> {
        let entry = self.first()?;
        self.bounds = &self.bounds[1..];
        self.values = &self.values[1..];
        Some(entry)
    }
}

/// Whether lower-case `key` is `word` lower-cased, over the shorter of the two.
fn lower_same(key: &[u8], word: &[u8]) -> bool {
    key.iter().zip(word).all(|(k, w)| *k == w.to_ascii_lowercase())
}

/// Where a word is filed in a [`Table`]: from its length and its first, middle and last
/// bytes, so that hashing never reads the whole word. ASCII capitals hash as their lower
/// case (the `0x20` bit), so that [`Table::get_lower`] files a word as its lower-case form.
const fn hash(w: &[u8]) -> u32 {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let x = n as u32 | (w[0] as u32) << 8 | (w[n / 2] as u32) << 16 | (w[n - 1] as u32) << 24;
    (x | 0x2020_2000).wrapping_mul(0x9E37_79B9)
}

/// The bounds of `keys` packed one after another (see [`Table`]); fails the build when
/// the keys are not in byte order or a key is empty.
#[doc(hidden)]
pub const fn bounds<const N: usize>(keys: &[&str]) -> [u16; N] {
    assert!(N == keys.len() + 1);
    let mut bounds = [0u16; N];
    let mut at = 0;
    let mut i = 0;
    while i < keys.len() {
        // The key the build names here is empty, a repeat or out of byte order: move it.
        if keys[i].is_empty() || i > 0 && !before(keys[i - 1].as_bytes(), keys[i].as_bytes()) {
            panic!("{}", keys[i]);
        }
        bounds[i] = at as u16;
        at += keys[i].len();
        i += 1;
    }
    assert!(at <= u16::MAX as usize, "a lexicon table's keys are too long for u16 bounds");
    bounds[N - 1] = at as u16;
    bounds
}

/// Whether a table of `n` entries needs two bytes a slot.
const fn is_wide(n: usize) -> bool {
    n >= u8::MAX as usize
}

/// How many bytes the slots of the [`Table`] of `keys` take.
#[doc(hidden)]
pub const fn slot_bytes(keys: &[&str]) -> usize {
    slot_count(keys) << is_wide(keys.len()) as usize
}

/// How many slots the [`Table`] of `keys` has: a power of two at least four times the
/// words it files, so that most words not in the table find their slot empty.
const fn slot_count(keys: &[&str]) -> usize {
    let mut filed = 0;
    let mut i = 0;
    while i < keys.len() {
        filed += 1 + opens_group(keys, i) as usize;
        i += 1;
    }
    if filed < 1 {
        2
    } else {
        (4 * filed).next_power_of_two()
    }
}

/// The slots of the [`Table`] of `keys`, `B` bytes.
#[doc(hidden)]
pub const fn slots<const B: usize>(keys: &[&str]) -> [u8; B] {
    assert!(B == slot_bytes(keys) && keys.len() < u16::MAX as usize);
    let count = slot_count(keys);
    let mut slots = Slots { bytes: [0u8; B], count, wide: is_wide(keys.len()) };
    let shift = 32 - count.trailing_zeros();
    let mut i = 0;
    while i < keys.len() {
        let key = keys[i].as_bytes();
        slots.file(shift, key, i);
        if opens_group(keys, i) {
            slots.file(shift, first_word(key), i);
        }
        i += 1;
    }
    slots.bytes
}

/// Slots being filled, as [`Table`] reads them.
struct Slots<const B: usize> {
    bytes: [u8; B],
    count: usize,
    wide: bool,
}

impl<const B: usize> Slots<B> {
    const fn get(&self, s: usize) -> usize {
        if self.wide {
            self.bytes[2 * s] as usize | (self.bytes[2 * s + 1] as usize) << 8
        } else {
            self.bytes[s] as usize
        }
    }

    /// Puts entry `i` in the first free slot from `word`'s.
    const fn file(&mut self, shift: u32, word: &[u8], i: usize) {
        let mut s = (hash(word) >> shift) as usize % self.count;
        while self.get(s) != 0 {
            s = (s + 1) % self.count;
        }
        if self.wide {
            self.bytes[2 * s] = (i + 1) as u8;
            self.bytes[2 * s + 1] = ((i + 1) >> 8) as u8;
        } else {
            self.bytes[s] = (i + 1) as u8;
        }
    }
}

/// Whether key `i` is a phrase whose first word no earlier key starts with, and is no key.
const fn opens_group(keys: &[&str], i: usize) -> bool {
    let first = first_word(keys[i].as_bytes());
    first.len() < keys[i].len() && (i == 0 || !same(first_word(keys[i - 1].as_bytes()), first))
}

const fn first_word(key: &[u8]) -> &[u8] {
    let mut n = 0;
    while n < key.len() && key[n] != b' ' {
        n += 1;
    }
    key.split_at(n).0
}

/// `a` and `b` are the same bytes (a loop: keys are too short to gain from `memcmp`).
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `a` comes strictly before `b` in byte order (as `str` orders them).
const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// A table of (key, value) pairs, keys in byte order:
/// `table![("pm", "prime minister"), ("president", "president")]`.
#[macro_export]
macro_rules! table {
    ($(($k:literal, $v:expr)),* $(,)?) => {{
        const KEYS: &[&str] = &[$($k),*];
        const BOUNDS: [u16; KEYS.len() + 1] = $crate::lexicon::bounds(KEYS);
        const SLOTS: [u8; $crate::lexicon::slot_bytes(KEYS)] = $crate::lexicon::slots(KEYS);
        $crate::lexicon::Table::packed(concat!($($k),*), &BOUNDS, &SLOTS, &[$($v),*])
    }};
}

/// A long list of single words, separated by single spaces and in byte order, searched
/// in place by bisection: it costs only its text, where a [`Table`] adds bounds and
/// slots. For lists read rarely and large enough for that to matter (given names).
pub struct WordList(pub &'static str);

impl WordList {
    /// Whether `word` is in the list, as written.
    pub fn contains(&self, word: &str) -> bool {
        let (b, w) = (self.0.as_bytes(), word.as_bytes());
        // The words of b[lo..hi] remain: `lo` starts a word, `hi` ends one.
        let (mut lo, mut hi) = (0, b.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = b[lo..mid].iter().rposition(|&c| c == b' ').map_or(lo, |p| lo + p + 1);
            let end = b[mid..hi].iter().position(|&c| c == b' ').map_or(hi, |p| mid + p);
            match w.cmp(&b[start..end]) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => hi = start.saturating_sub(1),
                std::cmp::Ordering::Greater => lo = end + 1,
            }
        }
        false
    }

    /// Every word, in order.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.0.split(' ').filter(|w| !w.is_empty())
    }
}

/// A word list as a [`Table`]: `words!["a", "b"]` (entries in byte order).
#[macro_export]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::table![$(($w, ())),*]
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_finds_each_word_and_nothing_else() {
        let list = WordList("Ada Bo Cyril Dana Eve Zoë");
        for w in ["Ada", "Bo", "Cyril", "Dana", "Eve", "Zoë"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["", "A", "Ad", "Adam", "B", "Cyr", "Cyrille", "Zoe", "Zz", "ada", " ", "Bo Cyril"] {
            assert!(!list.contains(w), "{w:?}");
        }
        assert!(!WordList("").contains("Ada"));
        assert!(WordList("Ada").contains("Ada"));
    }

    fn in_order(name: &str, keys: &[&str]) {
        for pair in keys.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(!a.is_empty() && a < b, "{name}: keep entries in byte order: {b:?} must come before {a:?}");
        }
    }

    #[test]
    fn word_lists_are_in_byte_order() {
        // Looked up by lower-case words, so in order of their lower-case forms.
        for (name, table) in [
            ("CUE_VERBS", cues::CUE_VERBS),
            ("AMBIGUOUS_CUES", cues::AMBIGUOUS_CUES),
            ("SOURCE_CUES", cues::SOURCE_CUES),
            ("PASSIVE_CUES", cues::PASSIVE_CUES),
            ("CUE_TAILS", cues::CUE_TAILS),
            ("PLATFORMS", cues::PLATFORMS),
            ("AUXILIARIES", cues::AUXILIARIES),
            ("CLAUSE_BOUNDARIES", cues::CLAUSE_BOUNDARIES),
            ("DOCUMENT_NOUNS", cues::DOCUMENT_NOUNS),
            ("PRONOUNS", cues::PRONOUNS),
            ("LABEL_INTRODUCERS", cues::LABEL_INTRODUCERS),
            ("LABEL_FILLERS", cues::LABEL_FILLERS),
            ("ENGLISH_WORDS", cues::ENGLISH_WORDS),
            ("PREPOSITIONS", cues::PREPOSITIONS),
        ] {
            let lower: Vec<String> = table.iter().map(|e| e.to_ascii_lowercase()).collect();
            in_order(name, &lower.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }

    #[test]
    fn starting_with_finds_phrases_by_first_word() {
        const T: Table<i32> = table![
            ("addis ababa", 0),
            ("addis abbey", 6),
            ("prime", 1),
            ("prime minister", 2),
            ("prime-time", 3),
            ("primer", 4),
            ("zeta", 5),
        ];
        let values = |e: Entries<i32>| e.map(|(_, v)| *v).collect::<Vec<_>>();
        assert_eq!(values(T.starting_with("prime")), [1, 2]);
        assert_eq!(T.starting_with("prime").first(), Some(("prime", &1)));
        assert_eq!(values(T.starting_with("addis")), [0, 6]);
        assert_eq!(values(T.starting_with_lower("Addis")), [0, 6]);
        assert!(T.starting_with("Addis").is_empty() && T.starting_with("ababa").is_empty());
        assert!(T.starting_with("prim").is_empty());
        assert!(T.starting_with("alpha").is_empty() && T.starting_with("").is_empty());
        assert_eq!(T.get("zeta"), Some(&5));
        assert_eq!(T.get("prime minister"), Some(&2));
        assert_eq!(T.get_lower("Prime Minister"), Some(&2));
        assert_eq!(T.get("Prime Minister"), None);
        assert!(!T.contains("zet") && !T.contains("") && !T.contains("addis") && !T.contains("prime-tim"));
    }

    /// Each key of `table` is found, and found among the keys starting with its first word.
    fn all_found<T, const W: bool>(name: &str, table: &Table<T, W>) {
        let mut n = 0;
        for (key, value) in table.iter() {
            assert!(table.get(key).is_some_and(|v| std::ptr::eq(v, value)), "{name}: {key:?}");
            let first = key.split(' ').next().unwrap_or(key);
            assert!(table.starting_with(first).any(|(k, _)| k == key), "{name}: {key:?} by {first:?}");
            n += 1;
        }
        assert!(n > 0, "{name} is empty");
    }

    #[test]
    fn every_key_is_found() {
        all_found("TITLES", &people::TITLES);
        all_found("COUNTRY_WORDS", &places::COUNTRY_WORDS);
        all_found("NOT_PEOPLE", &places::NOT_PEOPLE);
        all_found("NOT_NAMES", &people::NOT_NAMES);
        all_found("OFFICES", &calls::OFFICES);
        all_found("SPEAK_VERBS", &calls::SPEAK_VERBS);
        assert_eq!(people::TITLES.get_lower("PM"), Some(&"prime minister"));
        assert_eq!(people::TITLES.starting_with("secretary").count(), 3);
    }
}
