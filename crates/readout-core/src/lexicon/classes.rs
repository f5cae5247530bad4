//! Word classes: every word list of the lexicon merged, at compile time, into one index.
//!
//! The Doc looks each word of a document up here once and keeps the answer as bits on its
//! token, one bit per [`Class`]: a stage asks "is this word a call verb?" or "may this word
//! start a title?" with a bit test, and a sentence's bits (the OR of its words') say at once
//! whether it can hold what a stage looks for.
//!
//! A word has a class when it is an entry of that class's list, or the first word of a
//! phrase entry ("prime" of "prime minister"), compared without ASCII case. A list whose
//! case matters ("US" is a country, "us" is not) or whose entries are phrases confirms a
//! hit against its own table; the class bit only says where that is worth asking.

use super::{calls, cues, currencies, hash, people, places, Table};

/// The keys of one word list, whatever its shape, for merging at compile time.
#[derive(Clone, Copy)]
pub enum Keys {
    /// A packed [`Table`]: its keys one after another, and their bounds.
    Packed {
        keys: &'static str,
        bounds: &'static [u16],
    },
    List(&'static [&'static str]),
}

impl Keys {
    pub const fn table<T, const WIDE: bool>(table: &Table<T, WIDE>) -> Keys {
        Keys::Packed { keys: table.keys, bounds: table.bounds }
    }

    const fn len(self) -> usize {
        match self {
            Keys::Packed { bounds, .. } => bounds.len() - 1,
            Keys::List(list) => list.len(),
        }
    }

    /// The first word of entry `i`.
    const fn first_word(self, i: usize) -> &'static str {
        let key = match self {
            Keys::Packed { keys, bounds } => keys.split_at(bounds[i + 1] as usize).0.split_at(bounds[i] as usize).1,
            Keys::List(list) => list[i],
        };
        let b = key.as_bytes();
        let mut n = 0;
        while n < b.len() && b[n] != b' ' {
            n += 1;
        }
        key.split_at(n).0
    }
}

/// The first words of a list of pairs, for [`Keys::List`].
pub const fn first_of<T, const N: usize>(pairs: &[(&'static str, T)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = pairs[i].0;
        i += 1;
    }
    out
}

macro_rules! classes {
    ($($class:ident = $keys:expr),* $(,)?) => {
        /// A word list of the lexicon, as a bit of [`Classes`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Class {
            $($class),*
        }

        impl Class {
            /// Every class, in order.
            #[cfg(test)]
            pub const ALL: &[Class] = &[$(Class::$class),*];
        }

        /// The keys of each [`Class`], in its order.
        const LISTS: &[Keys] = &[$($keys),*];
    };
}

/// Keys of a list of pairs.
macro_rules! pairs {
    ($list:expr) => {{
        const KEYS: [&str; $list.len()] = first_of($list);
        Keys::List(&KEYS)
    }};
}

classes![
    // Calls (lexicon::calls): reporting a call, and saying it was not one.
    SPEAK_VERBS = Keys::table(&calls::SPEAK_VERBS),
    SPEAK_OR_NOUN = Keys::table(&calls::SPEAK_OR_NOUN),
    CALL_VERBS = Keys::table(&calls::CALL_VERBS),
    PHONE_WORDS = Keys::table(&calls::PHONE_WORDS),
    MEDIUM_PHRASE_WORDS = Keys::table(&calls::MEDIUM_PHRASE_WORDS),
    VIDEO_WORDS = Keys::table(&calls::VIDEO_WORDS),
    CALL_NOUNS = Keys::table(&calls::CALL_NOUNS),
    MEDIUM_NOUNS = Keys::table(&calls::MEDIUM_NOUNS),
    PLURAL_CALL_NOUNS = Keys::table(&calls::PLURAL_CALL_NOUNS),
    LIGHT_VERBS = Keys::table(&calls::LIGHT_VERBS),
    DETERMINERS = Keys::table(&calls::DETERMINERS),
    QUANTITY_NOUNS = Keys::table(&calls::QUANTITY_NOUNS),
    PHRASE_ENDS = Keys::table(&calls::PHRASE_ENDS),
    RETURN_VERBS = Keys::table(&calls::RETURN_VERBS),
    CALL_PREPOSITIONS = Keys::table(&calls::CALL_PREPOSITIONS),
    COUNTERPART_PREPOSITIONS = Keys::table(&calls::COUNTERPART_PREPOSITIONS),
    MEDIUM_PREPOSITIONS = Keys::table(&calls::MEDIUM_PREPOSITIONS),
    NOT_HELD_BEFORE_VERB = Keys::table(&calls::NOT_HELD_BEFORE_VERB),
    VERB_ADVERBS = Keys::table(&calls::VERB_ADVERBS),
    NOT_HELD_BEFORE_NOUN = Keys::table(&calls::NOT_HELD_BEFORE_NOUN),
    NOT_HELD_AFTER_NOUN = Keys::table(&calls::NOT_HELD_AFTER_NOUN),
    NOT_HELD_CONTEXT = Keys::table(&calls::NOT_HELD_CONTEXT),
    HYPOTHETICAL = Keys::table(&calls::HYPOTHETICAL),
    ASKING_VERBS = Keys::table(&calls::ASKING_VERBS),
    DENIALS = Keys::table(&calls::DENIALS),
    HABITUAL = Keys::table(&calls::HABITUAL),
    COUNTING_ORDINALS = Keys::table(&calls::COUNTING_ORDINALS),
    MEETING_WORDS = Keys::table(&calls::MEETING_WORDS),
    TOPIC_CUES = Keys::table(&calls::TOPIC_CUES),
    REPORT_VERBS = Keys::table(&calls::REPORT_VERBS),
    TELLING_VERBS = Keys::table(&calls::TELLING_VERBS),
    CLAUSE_OPENERS = Keys::table(&calls::CLAUSE_OPENERS),
    SUBORDINATORS = Keys::table(&calls::SUBORDINATORS),
    FRONTED_OPENERS = Keys::table(&calls::FRONTED_OPENERS),
    OFFICES = Keys::table(&calls::OFFICES),
    LIST_LINKS = Keys::table(&calls::LIST_LINKS),
    PERSON_TITLES = Keys::table(&calls::PERSON_TITLES),
    TITLE_CONNECTORS = Keys::table(&calls::TITLE_CONNECTORS),
    MEMBER_MARKERS = Keys::table(&calls::MEMBER_MARKERS),
    AFTER_CALLED = Keys::table(&calls::AFTER_CALLED),
    ADJUNCT_WORDS = Keys::table(&calls::ADJUNCT_WORDS),
    TOPIC_ENDS = Keys::table(&calls::TOPIC_ENDS),
    AUXILIARY_VERBS = Keys::table(&calls::AUXILIARY_VERBS),
    PERFECT_AUXILIARIES = Keys::table(&calls::PERFECT_AUXILIARIES),
    DETERMINER_OPENERS = Keys::table(&calls::DETERMINER_OPENERS),
    HABIT_DETERMINERS = Keys::table(&calls::HABIT_DETERMINERS),
    TIME_NOUNS = Keys::table(&calls::TIME_NOUNS),
    // People and places (lexicon::people, lexicon::places): how prose names someone.
    TITLES = Keys::table(&people::TITLES),
    GROUPS = Keys::table(&people::GROUPS),
    NOT_NAMES = Keys::table(&people::NOT_NAMES),
    PRONOUNS = Keys::table(&people::PRONOUNS),
    NAME_LINKS = Keys::table(&people::NAME_LINKS),
    ARTICLES = Keys::table(&people::ARTICLES),
    COUNTRY_WORDS = Keys::table(&places::COUNTRY_WORDS),
    NOT_PEOPLE = Keys::table(&places::NOT_PEOPLE),
    PLACE_NAMES = Keys::table(&places::PLACE_NAMES),
    // Quotes (lexicon::cues): attribution.
    CUE_VERBS = Keys::List(cues::CUE_VERBS),
    SOURCE_CUES = Keys::List(cues::SOURCE_CUES),
    CUE_PRONOUNS = Keys::List(cues::PRONOUNS),
    // Dates (lexicon::dates): what may open a date expression.
    // Amounts (lexicon::currencies): the places whose money a bare "$" or "pesos" is.
    LAND_WORDS = pairs!(&currencies::LAND_WORDS),
];

/// The classes of one word, a bit per [`Class`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes(pub u64);

impl Classes {
    pub const NONE: Classes = Classes(0);

    pub const fn of(classes: &[Class]) -> Classes {
        let mut bits = 0;
        let mut i = 0;
        while i < classes.len() {
            bits |= 1 << classes[i] as u32;
            i += 1;
        }
        Classes(bits)
    }

    #[inline]
    pub fn has(self, class: Class) -> bool {
        self.0 >> class as u32 & 1 == 1
    }

    /// Whether any class of `other` is among these.
    #[inline]
    pub fn any(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Classes {
    type Output = Classes;

    fn bitor(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Classes {
    fn bitor_assign(&mut self, other: Classes) {
        self.0 |= other.0;
    }
}

const _: () = assert!(LISTS.len() <= 64, "a class's bit must fit Classes");

/// How many first words the lists have together, repeats included.
const ENTRIES: usize = {
    let mut n = 0;
    let mut l = 0;
    while l < LISTS.len() {
        n += LISTS[l].len();
        l += 1;
    }
    n
};

/// Every list's first words with their class, sorted without ASCII case.
const SORTED: [(&str, u8); ENTRIES] = {
    let mut all = [("", 0u8); ENTRIES];
    let mut n = 0;
    let mut l = 0;
    while l < LISTS.len() {
        let mut i = 0;
        while i < LISTS[l].len() {
            all[n] = (LISTS[l].first_word(i), l as u8);
            n += 1;
            i += 1;
        }
        l += 1;
    }
    merge_sort(all)
};

/// `entries` sorted by their words without ASCII case (bottom-up merge sort: a few
/// thousand words sort in well under a second of compile time).
const fn merge_sort<const N: usize>(mut entries: [(&'static str, u8); N]) -> [(&'static str, u8); N] {
    let mut buffer = [("", 0u8); N];
    let mut width = 1;
    while width < N {
        let mut lo = 0;
        while lo < N {
            let mid = if lo + width < N { lo + width } else { N };
            let hi = if lo + 2 * width < N { lo + 2 * width } else { N };
            let (mut a, mut b, mut k) = (lo, mid, lo);
            while k < hi {
                let take_a = a < mid && (b >= hi || !folded_before(entries[b].0.as_bytes(), entries[a].0.as_bytes()));
                if take_a {
                    buffer[k] = entries[a];
                    a += 1;
                } else {
                    buffer[k] = entries[b];
                    b += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        let mut i = 0;
        while i < N {
            entries[i] = buffer[i];
            i += 1;
        }
        width *= 2;
    }
    entries
}

/// Whether `a` comes strictly before `b` in byte order without ASCII case.
const fn folded_before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let (x, y) = (a[i].to_ascii_lowercase(), b[i].to_ascii_lowercase());
        if x != y {
            return x < y;
        }
        i += 1;
    }
    a.len() < b.len()
}

const fn folded_same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && !folded_before(a, b) && !folded_before(b, a)
}

/// How many distinct words [`SORTED`] holds.
const WORDS: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < ENTRIES {
        if i == 0 || !folded_same(SORTED[i - 1].0.as_bytes(), SORTED[i].0.as_bytes()) {
            n += 1;
        }
        i += 1;
    }
    n
};

/// Each distinct word once, with the bits of every class it has.
const MERGED: [(&str, u64); WORDS] = {
    let mut out = [("", 0u64); WORDS];
    let mut n = 0;
    let mut i = 0;
    while i < ENTRIES {
        let (word, class) = SORTED[i];
        if i > 0 && folded_same(SORTED[i - 1].0.as_bytes(), word.as_bytes()) {
            out[n - 1].1 |= 1 << class;
        } else {
            out[n] = (word, 1 << class);
            n += 1;
        }
        i += 1;
    }
    out
};

/// Slots of an open-addressing table over [`MERGED`]: a power of two, at least four
/// times the words, so most words not in the lexicon find their slot empty.
const SLOTS: usize = (4 * WORDS).next_power_of_two();
const _: () = assert!(WORDS < u16::MAX as usize && SLOTS % 64 == 0);

/// 1 + the index of a word of [`MERGED`], or 0; a word lies at its hash or after it.
/// Built at compile time only: the binary keeps it as [`OCCUPIED`], [`RANK`] and
/// [`BY_SLOT`], a bit a slot where two bytes a slot (most of them empty) would weigh
/// on the page's download.
const SLOT_TABLE: [u16; SLOTS] = {
    let mut slots = [0u16; SLOTS];
    let mut k = 0;
    while k < WORDS {
        let mut at = home(MERGED[k].0.as_bytes());
        while slots[at] != 0 {
            at = (at + 1) & (SLOTS - 1);
        }
        slots[at] = (k + 1) as u16;
        k += 1;
    }
    slots
};

/// Which slots of [`SLOT_TABLE`] hold a word, a bit each, 64 slots a block.
const OCCUPIED: [u64; SLOTS / 64] = {
    let mut blocks = [0u64; SLOTS / 64];
    let mut at = 0;
    while at < SLOTS {
        if SLOT_TABLE[at] != 0 {
            blocks[at / 64] |= 1 << (at % 64);
        }
        at += 1;
    }
    blocks
};

/// How many slots before each block of [`OCCUPIED`] hold a word.
const RANK: [u16; SLOTS / 64] = {
    let mut rank = [0u16; SLOTS / 64];
    let mut b = 1;
    while b < SLOTS / 64 {
        rank[b] = rank[b - 1] + OCCUPIED[b - 1].count_ones() as u16;
        b += 1;
    }
    rank
};

/// The words of [`MERGED`] in the order of their slots: the word of an occupied slot is
/// the one at its rank, the occupied slots before it.
const BY_SLOT: [(&str, u64); WORDS] = {
    let mut out = [("", 0u64); WORDS];
    let (mut at, mut n) = (0, 0);
    while at < SLOTS {
        if SLOT_TABLE[at] != 0 {
            out[n] = MERGED[SLOT_TABLE[at] as usize - 1];
            n += 1;
        }
        at += 1;
    }
    out
};

const fn home(word: &[u8]) -> usize {
    (hash(word) >> (32 - SLOTS.trailing_zeros())) as usize
}

/// The classes of `word`, compared without ASCII case; curly apostrophes read as `'`.
pub fn classes(word: &str) -> Classes {
    let w = word.as_bytes();
    if w.len() > 3 && !word.is_ascii() && (word.contains('\u{2019}') || word.contains('\u{2BC}')) {
        let straight = word.replace(['\u{2019}', '\u{2BC}'], "'");
        return look_up(straight.as_bytes());
    }
    look_up(w)
}

#[inline]
fn look_up(w: &[u8]) -> Classes {
    let mut at = home(w);
    loop {
        let (block, bit) = (OCCUPIED[at / 64], at % 64);
        if block >> bit & 1 == 0 {
            return Classes::NONE;
        }
        let k = usize::from(RANK[at / 64]) + (block & ((1 << bit) - 1)).count_ones() as usize;
        let (key, bits) = BY_SLOT[k];
        if key.len() == w.len() && key.as_bytes().eq_ignore_ascii_case(w) {
            return Classes(bits);
        }
        at = (at + 1) & (SLOTS - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_first_word_has_its_class() {
        for (l, keys) in LISTS.iter().enumerate() {
            for i in 0..keys.len() {
                let word = keys.first_word(i);
                let bits = classes(word);
                assert!(bits.has(Class::ALL[l]), "{word:?} lost from class {:?}", Class::ALL[l]);
                assert!(classes(&word.to_ascii_uppercase()).has(Class::ALL[l]), "{word:?} in capitals");
            }
        }
    }

    /// Each word has one occupied slot, and the ranks count them.
    #[test]
    fn the_slots_bits_and_ranks_agree() {
        let occupied: u32 = OCCUPIED.iter().map(|b| b.count_ones()).sum();
        assert_eq!(occupied as usize, WORDS);
        for (b, &rank) in RANK.iter().enumerate() {
            assert_eq!(usize::from(rank), SLOT_TABLE[..64 * b].iter().filter(|&&s| s != 0).count());
        }
    }

    #[test]
    fn words_outside_every_list_have_no_class() {
        assert_eq!(classes("harbour"), Classes::NONE);
        assert_eq!(classes(""), Classes::NONE);
        assert_eq!(classes("Zelenskyy"), Classes::NONE);
    }

    #[test]
    fn case_curly_apostrophes_and_phrases() {
        assert!(classes("SPOKE").has(Class::SPEAK_VERBS));
        assert!(classes("Prime").has(Class::TITLES), "the first word of \"prime minister\"");
        assert!(classes("united").has(Class::COUNTRY_WORDS), "confirmed with case by the table");
        assert!(classes("don\u{2019}t") == classes("don't"));
        let by = classes("by");
        assert!(by.has(Class::MEDIUM_PREPOSITIONS) && !by.has(Class::SPEAK_VERBS));
    }
}
