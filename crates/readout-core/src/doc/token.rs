//! The tokenizer: one sentence's text cut into words, numbers, handles and marks.
//!
//! - A **word** is a run of letters and digits starting with a letter, with `_` and with
//!   inner `'`, `’`, `ʼ`, `-`, `‑`, `.` and `&` between letters or digits ("Kyiv's",
//!   "Jean-Pierre", "AT&T"). A CJK character is a word by itself.
//! - A **number** starts with a digit and runs on the same way, with inner `,` between
//!   digits: "2022-03-06", "1,200.5", "25th", "2.5bn", "1990s" are one token each; the date
//!   and amount grammars read inside them.
//! - A **handle** is `@` and a word ("@POTUS"), a **hashtag** `#` and a word.
//! - Every other character but a space is a **mark** of its own (`,` `“` `—` `$`).
//!
//! A word's possessive ending ("'s", "’s") is not part of the token: the token ends before
//! it and says [`POSSESSIVE`]. A full stop that belongs to the word is part of it and says
//! [`DOTTED`]: an initial ("J."), a dotted acronym ("U.S."), a short title or suffix
//! ("Gen.", "Jr.", lexicon `people::DOTTED_WORDS`).

use crate::lexicon::classes::{classes, Class, Classes};
use crate::lexicon::people::DOTTED_WORDS;

use super::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Handle,
    Hashtag,
    Mark,
}

/// The first character is a capital (or the token is a handle).
pub(crate) const CAPITALISED: u16 = 1;
/// Letters, all of them capitals ("NATO", "BARACK").
pub(crate) const UPPER: u16 = 1 << 1;
/// A possessive ending followed, and is not part of the token ("Biden" of "Biden's").
pub(crate) const POSSESSIVE: u16 = 1 << 2;
/// The token ends with a full stop that belongs to it ("J.", "U.S.", "Gen.").
pub(crate) const DOTTED: u16 = 1 << 3;
/// Only spaces (no line break, no mark) separate the token from the one before it in its
/// sentence.
pub(crate) const SPACED: u16 = 1 << 4;
/// The token touches the one before it (no space between).
pub(crate) const GLUED: u16 = 1 << 5;
/// The first token of its sentence.
pub(crate) const SENTENCE_START: u16 = 1 << 6;
/// Inside a quotation's marks.
pub(crate) const QUOTED: u16 = 1 << 7;

/// One token of a document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Byte span in the document's text; a possessive ending lies after `end`.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub flags: u16,
    /// The lexicon's classes of the word (of its stem and of the whole word when possessive).
    pub classes: Classes,
}

impl Token {
    #[inline]
    pub fn is(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Where the word ends with its possessive ending, if any.
    pub fn full_end(&self, text: &str) -> usize {
        if !self.is(POSSESSIVE) {
            return self.end;
        }
        // The apostrophe, of whatever width, and the "s".
        let apostrophe = text[self.end..].chars().next().map_or(0, char::len_utf8);
        (self.end + apostrophe + 1).min(text.len())
    }
}

/// Appends the tokens of `text[span]` (a sentence) to `out`.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let first = out.len();
    // Where the last token ended (with its possessive ending), for SPACED and GLUED.
    let mut prev_end: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        // ASCII spaces, most of what lies between tokens: one byte each.
        if matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
            continue;
        }
        let c = char_at(s, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let (kind, end) = if c.is_alphanumeric() && is_cjk(c) {
            (Kind::Word, i + c.len_utf8())
        } else if c.is_alphanumeric() {
            let kind = if c.is_ascii_digit() || c.is_numeric() { Kind::Number } else { Kind::Word };
            (kind, word_end(s, i + c.len_utf8(), kind == Kind::Number))
        } else if matches!(c, '@' | '#') && starts_word(s, i + 1, c == '@') {
            let kind = if c == '@' { Kind::Handle } else { Kind::Hashtag };
            (kind, word_end(s, i + 1 + char_at(s, i + 1).len_utf8(), false))
        } else {
            (Kind::Mark, i + c.len_utf8())
        };
        i = end;
        let mut flags = 0;
        let mut token_end = end;
        let mut word = &s[start..end];
        if kind != Kind::Mark {
            if let Some(stem) = possessive_stem(word) {
                token_end = start + stem.len();
                word = stem;
                flags |= POSSESSIVE;
            } else if b.get(end) == Some(&b'.') && dotted(word) {
                token_end += 1;
                i += 1;
                word = &s[start..token_end];
                flags |= DOTTED;
            }
            if word.starts_with(char::is_uppercase) || kind == Kind::Handle {
                flags |= CAPITALISED;
            }
            if is_upper(word) {
                flags |= UPPER;
            }
        }
        match prev_end {
            None => flags |= SENTENCE_START,
            Some(p) if p == start => flags |= GLUED,
            Some(p)
                if s[p..start].bytes().all(|c| c == b' ') || s[p..start].chars().all(|c| c == ' ' || c == '\u{A0}') =>
            {
                flags |= SPACED
            }
            _ => {}
        }
        prev_end = Some(i);
        let mut token_classes = classes(word);
        if flags & POSSESSIVE != 0 {
            token_classes |= classes(&s[start..end]);
        }
        // "Videocall", "video-chat": a word with "video" inside is a video word.
        if word.len() > 5
            && word.bytes().any(|c| c | 0x20 == b'v')
            && word.as_bytes().windows(5).any(|w| w.eq_ignore_ascii_case(b"video"))
        {
            token_classes |= Classes::of(&[Class::VIDEO_WORDS]);
        }
        out.push(Token { start: span.start + start, end: span.start + token_end, kind, flags, classes: token_classes });
    }
    debug_assert!(out[first..].windows(2).all(|w| w[0].end <= w[1].start));
}

/// The character at byte `i` of `s` (a char boundary), read without decoding when ASCII;
/// a space past the end.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => b as char,
        _ => s.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(' '),
    }
}

/// Whether a word starts at byte `i`: a letter or digit (or `_` in a handle).
fn starts_word(s: &str, i: usize, handle: bool) -> bool {
    let c = char_at(s, i);
    c.is_alphanumeric() || handle && c == '_'
}

/// Where the word or number running on from byte `i` ends.
fn word_end(s: &str, mut i: usize, number: bool) -> usize {
    let b = s.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() || b[i] == b'_' {
            i += 1;
            continue;
        }
        let d = char_at(s, i);
        let next = i + d.len_utf8();
        if d.is_alphanumeric() && !is_cjk(d) {
            i = next;
            continue;
        }
        let joins = match d {
            '\'' | '\u{2019}' | '\u{2BC}' | '-' | '\u{2011}' | '.' | '&' => {
                char_at(s, next).is_alphanumeric() && !is_cjk(char_at(s, next))
            }
            ',' => number && b[i - 1].is_ascii_digit() && b.get(next).is_some_and(u8::is_ascii_digit),
            _ => false,
        };
        if !joins {
            break;
        }
        i = next;
    }
    i
}

/// Whether the first letter of `word` is a capital and no letter is small ("UN", "U.S.").
fn is_upper(word: &str) -> bool {
    if word.is_ascii() {
        let mut letters = word.bytes().filter(u8::is_ascii_alphabetic);
        return letters.next().is_some_and(|c| c.is_ascii_uppercase()) && letters.all(|c| c.is_ascii_uppercase());
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.all(|c| !c.is_lowercase())
}

/// The word without its possessive ending ("Biden" of "Biden's"), if it has one.
fn possessive_stem(word: &str) -> Option<&str> {
    if !word.ends_with('s') {
        return None;
    }
    let stem =
        word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s")).or_else(|| word.strip_suffix("\u{2BC}s"))?;
    stem.ends_with(char::is_alphanumeric).then_some(stem)
}

/// Whether a full stop after `word` belongs to it: an initial, a dotted acronym, or a
/// word of `people::DOTTED_WORDS`.
fn dotted(word: &str) -> bool {
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let acronym = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
    initial || acronym || DOTTED_WORDS.contains(word)
}

/// A Chinese, Japanese or Korean character: a word by itself.
fn is_cjk(c: char) -> bool {
    ('\u{3040}'..='\u{9FFF}').contains(&c) || ('\u{AC00}'..='\u{D7AF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(String, Kind, u16)> {
        let mut out = Vec::new();
        tokenize(text, Span { start: 0, end: text.len() }, &mut out);
        out.iter().map(|t| (text[t.start..t.end].to_string(), t.kind, t.flags)).collect()
    }

    fn words(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|(w, ..)| w).collect()
    }

    #[test]
    fn words_numbers_handles_and_marks() {
        assert_eq!(
            words("Zelenskyy's U.S.-led talks, on 25th June: $2.5bn (1,200.5) @POTUS #Ukraine AT&T"),
            [
                "Zelenskyy",
                "U.S.",
                "-",
                "led",
                "talks",
                ",",
                "on",
                "25th",
                "June",
                ":",
                "$",
                "2.5bn",
                "(",
                "1,200.5",
                ")",
                "@POTUS",
                "#Ukraine",
                "AT&T"
            ]
        );
        let kinds: Vec<Kind> = tokens("Biden 2022-03-06 @x # .").into_iter().map(|(_, k, _)| k).collect();
        assert_eq!(kinds, [Kind::Word, Kind::Number, Kind::Handle, Kind::Mark, Kind::Mark]);
    }

    #[test]
    fn possessives_end_before_their_ending() {
        let t = tokens("Ukraine\u{2019}s president and Biden's aide");
        assert_eq!(t[0].0, "Ukraine");
        assert!(t[0].2 & POSSESSIVE != 0 && t[3].2 & POSSESSIVE != 0);
        let mut out = Vec::new();
        let text = "Biden's aide";
        tokenize(text, Span { start: 0, end: text.len() }, &mut out);
        assert_eq!(out[0].full_end(text), 7);
        assert!(out[1].is(SPACED));
        // Every apostrophe, whatever its width: "’" takes three bytes, "ʼ" two.
        for (text, end) in [("Biden\u{2019}s", 9), ("Biden\u{2BC}s", 8)] {
            let mut out = Vec::new();
            tokenize(text, Span { start: 0, end: text.len() }, &mut out);
            assert_eq!(out[0].full_end(text), end, "{text}");
        }
    }

    #[test]
    fn full_stops_that_belong_to_the_word() {
        assert_eq!(
            words("Gen. Mark J. Lee of the U.S. met Mr. Roe on Monday."),
            ["Gen.", "Mark", "J.", "Lee", "of", "the", "U.S.", "met", "Mr.", "Roe", "on", "Monday", "."]
        );
    }

    #[test]
    fn flags_say_case_and_spacing() {
        let t = tokens("NATO said,\u{A0}\"no\" to Kyiv");
        assert!(t[0].2 & UPPER != 0 && t[0].2 & CAPITALISED != 0 && t[0].2 & SENTENCE_START != 0);
        assert!(t[1].2 & SPACED != 0);
        assert!(t[2].2 & GLUED != 0, "the comma touches \"said\"");
        assert!(t[3].2 & SPACED != 0, "a no-break space");
        assert!(t[4].2 & GLUED != 0);
    }

    #[test]
    fn cjk_characters_are_words_each() {
        assert_eq!(words("他说 ok"), ["他", "说", "ok"]);
    }

    #[test]
    fn classes_come_from_the_lexicon() {
        let mut out = Vec::new();
        let text = "She phoned Ukraine's President";
        tokenize(text, Span { start: 0, end: text.len() }, &mut out);
        assert!(out[0].classes.has(Class::PRONOUNS));
        assert!(out[1].classes.has(Class::CALL_VERBS));
        assert!(out[2].classes.has(Class::COUNTRY_WORDS));
        assert!(out[3].classes.has(Class::TITLES));
        out.clear();
        tokenize("a Videocall", Span { start: 0, end: 11 }, &mut out);
        assert!(out[1].classes.has(Class::VIDEO_WORDS));
    }
}
