//! Case and accent folding, done one way for the whole crate: the way the scorer of
//! EXTRACTION.md (`shared/eval/score.py`) folds, so that names compare here as they are
//! scored. Python's NFKD with combining marks dropped, then lower case.

mod unicode;

/// Lower case without accents: each character decomposed for compatibility (NFKD),
/// combining marks dropped ("Erdoğan" is "erdogan", "ﬁ" is "fi", a no-break space is a
/// space), then lower-cased.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase(); // ASCII decomposes to itself
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if in_ranges(unicode::COMBINING, c) {
            continue;
        }
        match unicode::DECOMPOSE.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => out.push_str(unicode::DECOMPOSE[i].1),
            // Full-width forms of ASCII.
            Err(_) => out.push(match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            }),
        }
    }
    out.to_lowercase()
}

/// A character of Python's `\w`: a letter, a digit or other number, or `_`.
pub fn is_word_char(c: char) -> bool {
    c == '_' || (c.is_alphanumeric() && !in_ranges(unicode::NOT_WORD, c))
}

fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Endings of one Slavic surname in its English spellings, folded to the one given
/// (Zelenskyy, Zelenskiy, Zelenskyi, Zelenskij and Zelenski all become "zelensky"),
/// longest first.
const SURNAME_ENDINGS: &[(&str, &str)] =
    &[("skyy", "sky"), ("skiy", "sky"), ("skyi", "sky"), ("skij", "sky"), ("ski", "sky")];

/// Folds the Slavic surname ending of `word` in place.
pub fn fold_surname_ending(word: &mut String) {
    for (ending, folded) in SURNAME_ENDINGS {
        if word.ends_with(ending) {
            word.truncate(word.len() - ending.len());
            word.push_str(folded);
            return;
        }
    }
}
