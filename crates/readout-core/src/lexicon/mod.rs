//! Word lists the analysis matches against, kept as data in one place.
//!
//! Each submodule is a plain table compiled into the binary; extend a table to teach
//! readout a new word without touching the logic that reads it. A [`Table`] keeps its
//! entries in byte order (a test checks), so a look-up is a short binary search and
//! nothing is built at run time.

pub mod abbreviations;
pub mod calls;
pub mod columns;
pub mod cues;
pub mod currencies;
pub mod dates;
pub mod html;
pub mod numbers;
pub mod people;
pub mod places;
pub mod purposes;

use std::cmp::Ordering;

/// A table in byte order of its keys, with where the keys starting with each byte
/// begin, so a look-up searches only its first byte's few entries. Built at compile time.
pub struct Table<T: 'static> {
    pub entries: &'static [(&'static str, T)],
    starts: [u16; 257],
    /// For each first byte, a bit for each length (capped at 31) of the keys' first words:
    /// most words are turned away by this test alone.
    lengths: [u32; 256],
}

impl<T> Table<T> {
    pub const fn new(entries: &'static [(&'static str, T)]) -> Table<T> {
        let mut starts = [0u16; 257];
        let mut lengths = [0u32; 256];
        let mut byte = 0;
        let mut i = 0;
        while byte < 256 {
            while i < entries.len() && (entries[i].0.as_bytes()[0] as usize) < byte {
                i += 1;
            }
            starts[byte] = i as u16;
            byte += 1;
        }
        starts[256] = entries.len() as u16;
        let mut e = 0;
        while e < entries.len() {
            let key = entries[e].0.as_bytes();
            let mut len = 0;
            while len < key.len() && key[len] != b' ' {
                len += 1;
            }
            lengths[key[0] as usize] |= 1 << length_bit(len);
            e += 1;
        }
        Table { entries, starts, lengths }
    }

    /// The entries whose first byte is `word`'s and whose first word may be as long.
    fn bucket(&self, word: &str) -> &'static [(&'static str, T)] {
        let b = *word.as_bytes().first().unwrap_or(&0) as usize;
        // A byte loop: the words looked up are short, and `str::find` costs more here.
        let first_word = word.bytes().position(|c| c == b' ').unwrap_or(word.len());
        if self.lengths[b] & (1 << length_bit(first_word)) == 0 {
            return &[];
        }
        &self.entries[self.starts[b] as usize..self.starts[b + 1] as usize]
    }

    /// The value of the entry `word`.
    pub fn get(&self, word: &str) -> Option<&'static T> {
        let bucket = self.bucket(word);
        bucket.binary_search_by(|(k, _)| byte_order(k, word)).ok().map(|i| &bucket[i].1)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The entries whose key is `first` or a phrase starting with the word `first`
    /// ("prime" finds "prime minister").
    pub fn starting_with(&self, first: &str) -> &'static [(&'static str, T)] {
        let bucket = self.bucket(first);
        let from = bucket.partition_point(|(k, _)| byte_order(k, first) == Ordering::Less);
        let len = bucket[from..]
            .iter()
            .take_while(|(k, _)| k.strip_prefix(first).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
            .count();
        &bucket[from..from + len]
    }
}

/// `a` against `b` in byte order, as `str::cmp` orders them, by a loop the compiler
/// inlines: keys and words are a few bytes long, too short to gain from `memcmp`.
fn byte_order(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// The bit of a word length in [`Table`]'s length masks.
const fn length_bit(len: usize) -> u32 {
    if len < 31 { len as u32 } else { 31 }
}

/// A word list as a [`Table`]: `words!["a", "b"]` (entries in byte order).
#[macro_export]
macro_rules! words {
    ($($w:expr),* $(,)?) => {
        $crate::lexicon::Table::new(&[$(($w, ())),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_order(name: &str, keys: &[&str]) {
        for pair in keys.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(!a.is_empty() && a < b, "{name}: keep entries in byte order: {b:?} must come before {a:?}");
        }
    }

    fn sorted_keys<T>(name: &str, table: &Table<T>) {
        in_order(name, &table.entries.iter().map(|e| e.0).collect::<Vec<_>>());
    }

    #[test]
    fn searched_tables_are_in_byte_order() {
        sorted_keys("TITLES", &people::TITLES);
        sorted_keys("COUNTRY_WORDS", &places::COUNTRY_WORDS);
        sorted_keys("NOT_PEOPLE", &places::NOT_PEOPLE);
        for (name, table) in [
            ("BODY_HEADS", &people::BODY_HEADS),
            ("BODIES", &people::BODIES),
            ("GROUPS", &people::GROUPS),
            ("NOT_NAMES", &people::NOT_NAMES),
            ("PRONOUNS", &people::PRONOUNS),
            ("PERSON_VERBS", &people::PERSON_VERBS),
            ("NAME_PARTICLES", &people::NAME_PARTICLES),
            ("NAME_SUFFIXES", &people::NAME_SUFFIXES),
            ("DOTTED_WORDS", &people::DOTTED_WORDS),
            ("TITLE_CASE_SMALL", &people::TITLE_CASE_SMALL),
            ("MONTH_NAMES", &people::MONTH_NAMES),
            ("TITLE_ADJECTIVES", &people::TITLE_ADJECTIVES),
        ] {
            sorted_keys(name, table);
        }
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
        const T: Table<i32> = Table::new(&[("prime", 1), ("prime minister", 2), ("prime-time", 3), ("primer", 4), ("zeta", 5)]);
        assert_eq!(T.starting_with("prime").iter().map(|e| e.1).collect::<Vec<_>>(), [1, 2]);
        assert!(T.starting_with("prim").is_empty());
        assert!(T.starting_with("alpha").is_empty());
        assert_eq!(T.get("zeta"), Some(&5));
        assert_eq!(T.get("prime minister"), Some(&2));
        assert!(!T.contains("zet") && !T.contains(""));
    }
}
