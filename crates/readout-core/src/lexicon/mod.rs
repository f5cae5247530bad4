//! Word lists the analysis matches against, kept as data in one place.
//!
//! Each submodule is a plain table compiled into the binary; extend a table to teach
//! readout a new word without touching the logic that reads it. Tables read with
//! [`contains`] or [`starting_with`] are kept in byte order (a test checks), so a look-up
//! is a binary search and nothing is built at run time.

pub mod abbreviations;
pub mod cues;
pub mod currencies;
pub mod dates;
pub mod numbers;
pub mod people;
pub mod places;
pub mod purposes;

/// Whether `word` is an entry of `sorted`, a table in byte order.
pub fn contains(sorted: &[&str], word: &str) -> bool {
    sorted.binary_search(&word).is_ok()
}

/// The entries of `sorted` (a table in byte order of its keys) whose key is `first` or a
/// phrase starting with the word `first` ("prime" finds "prime minister").
pub fn starting_with<'t, T>(sorted: &'t [(&'t str, T)], first: &str) -> &'t [(&'t str, T)] {
    let from = sorted.partition_point(|(k, _)| *k < first);
    let len = sorted[from..]
        .iter()
        .take_while(|(k, _)| k.strip_prefix(first).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
        .count();
    &sorted[from..from + len]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_keys(name: &str, keys: &[&str]) {
        for pair in keys.windows(2) {
            assert!(pair[0] < pair[1], "{name}: keep entries in byte order: {:?} must come after {:?}", pair[0], pair[1]);
        }
    }

    #[test]
    fn searched_tables_are_in_byte_order() {
        let firsts = |t: &[(&'static str, &'static str)]| t.iter().map(|(k, _)| *k).collect::<Vec<_>>();
        sorted_keys("TITLES", &firsts(people::TITLES));
        sorted_keys("COUNTRY_WORDS", &firsts(places::COUNTRY_WORDS));
        for (name, table) in [
            ("BODY_HEADS", people::BODY_HEADS),
            ("BODIES", people::BODIES),
            ("GROUPS", people::GROUPS),
            ("NOT_NAMES", people::NOT_NAMES),
            ("PRONOUNS", people::PRONOUNS),
            ("PERSON_VERBS", people::PERSON_VERBS),
            ("NOT_PEOPLE", places::NOT_PEOPLE),
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
            sorted_keys(name, &lower.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }

    #[test]
    fn starting_with_finds_phrases_by_first_word() {
        let table = [("prime", 1), ("prime minister", 2), ("prime-time", 3), ("primer", 4)];
        assert_eq!(starting_with(&table, "prime").iter().map(|e| e.1).collect::<Vec<_>>(), [1, 2]);
        assert!(starting_with(&table, "prim").is_empty());
        assert!(starting_with(&table, "zeta").is_empty());
    }
}
