//! Name identity: when two written names are one name. The one rule of the crate: the
//! Cast keys its people with it, calls merge their sides with it, the scorer (`eval`)
//! matches names with it as `shared/eval/score.py` does, and the corpus merge and the page
//! group rows with it.

use std::collections::BTreeSet;

use crate::fold::{fold, fold_surname_ending, is_word_char};
use crate::lexicon::people::{NAME_KEY_SUFFIXES, NAME_TITLE_WORDS, NICKNAMES};

/// A name word's key: folded (case, accents), its letters, digits, `_` and apostrophes
/// (curly ones read as straight), and the spellings of "-sky" names made one: "Erdoğan"
/// and "Erdogan", "Zelenskyy", "Zelenskiy" and "Zelensky" key alike.
pub fn surname_key(word: &str) -> String {
    let mut key: String = if word.is_ascii() {
        ascii_key(word, |b| b.is_ascii_alphanumeric() || b == b'_' || b == b'\'')
    } else {
        fold(word)
            .chars()
            .map(|c| if matches!(c, '\u{2019}' | '\u{2BC}') { '\'' } else { c })
            .filter(|&c| is_word_char(c) || c == '\'')
            .collect()
    };
    fold_surname_ending(&mut key);
    key
}

/// The bytes of the ASCII `s` that `keep` keeps, lower-cased.
fn ascii_key(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut key = String::with_capacity(s.len());
    key.extend(s.bytes().filter(|&b| keep(b)).map(|b| b.to_ascii_lowercase() as char));
    key
}

/// The key of a whole name: that of its last word that is no suffix ("Biden" of "Joseph
/// R. Biden, Jr.").
pub fn name_key(name: &str) -> String {
    name_words(name).last().map(|w| surname_key(w)).unwrap_or_default()
}

/// The key of a body's or a handle's name: its letters and digits only, folded
/// ("State Department" and "state department" key alike).
pub(super) fn letters_key(s: &str) -> String {
    if s.is_ascii() {
        return ascii_key(s, |b| b.is_ascii_alphanumeric());
    }
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Names match when both are absent, or when for some alternative of each (`"A|B"`)
/// their surname keys agree, or the words of one (titles left out) are all among the
/// words of the other ("Xi" and "Xi Jinping"). Case, accents and the spellings of
/// Zelensky are folded. This is `score.py`'s rule, word for word.
pub fn same_name(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return a.is_none() && b.is_none();
    };
    a.split('|').any(|x| b.split('|').any(|y| same_alternative(x, y)))
}

fn same_alternative(a: &str, b: &str) -> bool {
    let (at, bt) = (name_words(a), name_words(b));
    let (Some(a_last), Some(b_last)) = (at.last(), bt.last()) else { return false };
    if surname_key(a_last) == surname_key(b_last) {
        return true;
    }
    // Inserted one by one: collecting would sort them first, with a sort of its own in
    // the page's wasm.
    let keys = |words: &[String]| {
        let mut keys = BTreeSet::new();
        for w in words.iter().filter(|w| !NAME_TITLE_WORDS.contains(&w.as_str())) {
            keys.insert(surname_key(w));
        }
        keys
    };
    let (ak, bk) = (keys(&at), keys(&bt));
    !ak.is_empty() && !bk.is_empty() && (ak.is_subset(&bk) || bk.is_subset(&ak))
}

/// The folded words of a name as the scorer reads them: runs of word characters and
/// straight apostrophes (`@` a space), without suffixes ("jr").
fn name_words(name: &str) -> Vec<String> {
    fold(&name.replace('@', " "))
        .split(|c: char| !(is_word_char(c) || c == '\''))
        .filter(|w| !w.is_empty() && !NAME_KEY_SUFFIXES.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether two folded first names can be the same person's (either unknown, equal, or
/// a nickname of the other).
pub(crate) fn same_first_name(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || NICKNAMES.iter().any(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        same_name(Some(a), Some(b))
    }

    #[test]
    fn keys_fold_case_accents_apostrophes_and_spellings() {
        assert_eq!(surname_key("Erdoğan"), surname_key("Erdogan"));
        assert_eq!(surname_key("Zelenskyy"), surname_key("Zelenskiy"));
        assert_eq!(surname_key("Zelensky"), "zelensky");
        assert_eq!(surname_key("O\u{2019}Brien"), surname_key("O'Brien"));
        assert_eq!(surname_key("Jean-Pierre"), "jeanpierre");
        assert_eq!(name_key("Joseph R. Biden, Jr."), "biden");
    }

    #[test]
    fn names_match_by_surname_or_by_words_titles_aside() {
        assert!(same("Volodymyr Zelenskyy", "Zelensky"));
        assert!(same("President Joe Biden", "Joseph R. Biden, Jr."));
        assert!(same("Xi", "Xi Jinping") && same("Moon", "Moon Jae-in"));
        assert!(same("Putin|Vladimir Putin", "President Putin"));
        assert!(!same("Joe Biden", "Hunter Bidden") && !same("Ana Ruiz", "Jon Vale"));
        assert!(same_name(None, None) && !same_name(Some("Biden"), None));
    }
}
