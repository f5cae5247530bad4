//! Name identity: when two written names are one name.

use crate::fold;

/// A name word as the scorer of EXTRACTION.md keys it: folded (case, accents), letters
/// and digits only, and the spellings of "-sky" names made one.
pub fn surname_key(word: &str) -> String {
    let mut key = fold(word);
    fold::fold_surname_ending(&mut key);
    key
}

/// Letters and digits only, folded.
pub(super) fn fold(s: &str) -> String {
    if s.is_ascii() {
        // ASCII folds to its lower case, and its letters and digits are the ASCII ones.
        let mut folded = String::with_capacity(s.len());
        folded.extend(s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase() as char));
        return folded;
    }
    fold::fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}
