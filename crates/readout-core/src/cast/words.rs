//! The Doc's words as names read them.

use crate::doc::{token, Doc, Kind};
use crate::lexicon::classes::{Class, Classes};
use crate::lexicon::people::{GROUPS, NOT_NAMES};
use crate::lexicon::places::{COUNTRY_WORDS, NOT_PEOPLE, PLACE_NAMES};

/// A word of the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) word: &'a str,
    /// Followed by "'s", "’s" or "ʼs" (not part of `word`).
    pub(super) possessive: bool,
    pub(super) capitalised: bool,
    /// Separated from the previous token by spaces alone, so both can be one name.
    pub(super) joined: bool,
    pub(super) sentence_start: bool,
    /// The sentence is written in title case (a headline): capitals say nothing there.
    pub(super) title_case: bool,
    /// What the lexicons say of this word, looked up once.
    pub(super) is: Lexical,
}

/// Lexicon facts about one word.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Lexical {
    /// A title or office starts with it ("President", "prime").
    pub(super) title: bool,
    /// A country word or phrase starts with it ("United", "Kyiv").
    pub(super) country: bool,
    /// It is a whole country word ("Kyiv", "British").
    pub(super) country_word: bool,
    /// It never starts a name ("The", "However").
    pub(super) not_name: bool,
    /// A place, month or other capitalised word that is never a person's name.
    pub(super) place: bool,
    /// A noun for a group of people ("officials").
    pub(super) group: bool,
    /// "he", "her"...
    pub(super) pronoun: bool,
    /// "the", "a": what stands before the name of a thing, not of a person.
    pub(super) article: bool,
    /// "and", "&": what joins two names.
    pub(super) coordinator: bool,
    /// A name of a place that is not a country starts with it ("Kharkiv", "New").
    pub(super) place_start: bool,
}

impl Lexical {
    /// The facts about `word`, from its classes (`classes`), confirmed against the tables
    /// whose case matters or whose entries are phrases.
    pub(super) fn of(word: &str, capitalised: bool, classes: Classes) -> Lexical {
        let common = Lexical {
            title: classes.has(Class::TITLES),
            group: classes.has(Class::GROUPS) && GROUPS.contains(word),
            pronoun: classes.has(Class::PRONOUNS),
            article: classes.has(Class::ARTICLES),
            coordinator: classes.has(Class::NAME_LINKS),
            ..Lexical::default()
        };
        if !capitalised {
            return common;
        }
        let countries = classes.has(Class::COUNTRY_WORDS).then(|| COUNTRY_WORDS.starting_with(word));
        let country = countries.as_ref().is_some_and(|c| !c.is_empty());
        // "India-Australia", "US-China": countries joined are a place, not a name.
        let joined_countries =
            word.as_bytes().contains(&b'-') && word.split('-').any(|part| COUNTRY_WORDS.contains(part));
        Lexical {
            country,
            country_word: countries.and_then(|mut c| c.next()).is_some_and(|(w, _)| w == word) || joined_countries,
            not_name: classes.has(Class::NOT_NAMES) && NOT_NAMES.contains(word),
            place: classes.has(Class::NOT_PEOPLE) && NOT_PEOPLE.contains(word),
            place_start: classes.has(Class::PLACE_NAMES),
            ..common
        }
    }

    /// Never (part of) a person's name.
    pub(super) fn not_person(self) -> bool {
        self.not_name || self.place || self.country_word
    }
}

/// The words of the Doc as names read them: every token but marks, each with the
/// lexicon's facts about it and whether only spaces join it to the word before.
pub(super) fn words<'a>(doc: &Doc<'a>) -> Vec<Token<'a>> {
    let text = doc.text;
    let mut out = Vec::with_capacity(doc.tokens.len());
    for sentence in &doc.sentences {
        let first = out.len();
        let mut prev_word = false;
        for t in &doc.tokens[sentence.tokens.clone()] {
            if t.kind == Kind::Mark {
                prev_word = false;
                continue;
            }
            let word = &text[t.start..t.end];
            let capitalised = t.is(token::CAPITALISED);
            out.push(Token {
                start: t.start,
                end: t.end,
                word,
                possessive: t.is(token::POSSESSIVE),
                capitalised,
                is: Lexical::of(word, capitalised, t.classes),
                joined: prev_word && t.is(token::SPACED),
                sentence_start: out.len() == first,
                title_case: sentence.title_case,
            });
            prev_word = true;
        }
        mark_places(&mut out[first..]);
    }
    out
}

/// The name of a place that is not a country at `i` ("Kharkiv", "New York City"), as
/// (name, tokens): the longest the lexicon knows.
#[inline]
pub(super) fn place_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let t = tokens.get(i)?;
    if !t.capitalised || !t.is.place_start {
        return None;
    }
    place_phrase_at(tokens, i)
}

/// [`place_at`] for a word some place's name starts with.
fn place_phrase_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let t = &tokens[i];
    let mut best = None;
    for (phrase, _) in PLACE_NAMES.starting_with(t.word) {
        let n = 1 + phrase.bytes().filter(|&b| b == b' ').count();
        let matches = tokens.get(i..i + n).is_some_and(|ts| {
            ts.iter().zip(phrase.split(' ')).enumerate().all(|(k, (t, p))| t.word == p && (k == 0 || t.joined))
        });
        if matches && best.is_none_or(|(_, m)| n > m) {
            best = Some((phrase, n));
        }
    }
    best
}

/// Marks the words of a sentence's place names as never a person's, unless a longer
/// name runs on from them ("Kharkiv" is a place; a "Gaza Strip Authority" is not).
fn mark_places(tokens: &mut [Token]) {
    let mut i = 0;
    while i < tokens.len() {
        let Some((_, n)) = place_at(tokens, i) else {
            i += 1;
            continue;
        };
        let runs_on = tokens.get(i + n).is_some_and(|t| t.joined && t.capitalised && !t.is.not_person());
        if !runs_on {
            for t in &mut tokens[i..i + n] {
                t.is.place = true;
            }
        }
        i += n;
    }
}
