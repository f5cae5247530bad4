//! References to someone: names with their titles, titles alone, bodies, groups,
//! handles and pronouns, found in one pass over the words.

use super::*;

use crate::doc::Span;
use crate::lexicon::dates::DAY_AND_MONTH_NAMES;
use crate::lexicon::people::{
    BODIES, BODY_HEADS, GROUPS, MONTH_NAMES, NAME_PARTICLES, NAME_SUFFIXES, PAST_ADJECTIVES, PERSON_VERBS, THING_HEADS,
    TITLES, TITLE_ADJECTIVES,
};
use crate::lexicon::places::COUNTRY_WORDS;

/// A reference to someone, before linking.
#[derive(Clone, Debug)]
pub(super) struct Reference {
    pub(super) span: Span,
    pub(super) kind: RefKind,
}

#[derive(Clone, Debug)]
pub(super) enum RefKind {
    /// Tokens `name.0..name.1` name a person; the title, if any, gives an office.
    Person {
        name: (usize, usize),
        office: Option<Office>,
    },
    /// A lone capitalised word that is a person only if the article names them elsewhere
    /// or it is followed by a speech or call verb.
    Single {
        token: usize,
        verb_follows: bool,
    },
    Title(Office),
    /// A place: a country, by the name of the country it stands for ("the US",
    /// "Washington"), or another place by its own name ("Kharkiv").
    Place(&'static str),
    Body,
    Group,
    Handle,
    Pronoun,
}

pub(super) fn find_references(text: &str, tokens: &[Token]) -> Vec<Reference> {
    let mut refs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.word.starts_with('@') {
            refs.push(Reference { span: span(t, t), kind: RefKind::Handle });
            i += 1;
            continue;
        }
        if t.is.pronoun {
            refs.push(Reference { span: span(t, t), kind: RefKind::Pronoun });
            i += 1;
            continue;
        }
        // A word in lower case starts a reference only as an article, a title or a group.
        if !t.capitalised && !t.is.article && !t.is.title && !t.is.group {
            i += 1;
            continue;
        }
        // The run of name words at `i`, once `titled_reference` or the capitalised-run
        // check below has needed it.
        let mut run = None;
        if let Some((r, next)) = titled_reference(text, tokens, i, &mut run) {
            refs.push(r);
            i = next;
            continue;
        }
        if let Some(len) = group_at(tokens, i) {
            let first = if t.is.not_name && len > 1 { &tokens[i + 1] } else { t };
            refs.push(Reference { span: span(first, &tokens[i + len - 1]), kind: RefKind::Group });
            i += len;
            continue;
        }
        if t.capitalised {
            let end = run.filter(|&(at, _)| at == i).map_or_else(|| name_run(text, tokens, i, false), |(_, end)| end);
            i = classify_run(text, tokens, i, end, &mut refs);
            continue;
        }
        i += 1;
    }
    refs
}

pub(super) fn span(first: &Token, last: &Token) -> Span {
    Span { start: first.start, end: last.end }
}

/// The end (exclusive) of the run of name words starting at `i`: capitalised words,
/// initials and particles between them, and a ", Jr." suffix.
///
/// In a title-case headline capitals say little, so a bare run there is one word; after a
/// title (`after_title`) the name goes on until a word that is a verb ("PM Modi Dials Putin").
pub(super) fn name_run(text: &str, tokens: &[Token], i: usize, after_title: bool) -> usize {
    let mut end = i + 1;
    if tokens[i].possessive || tokens[i].title_case && !after_title {
        return end;
    }
    // Where the run of particles at `end` ends, once found, and whether a capitalised word
    // joined to it ends it.
    let mut particles = (0, false);
    while end < tokens.len() && tokens[end].joined && !tokens[end].word.starts_with('@') {
        let t = &tokens[end];
        if t.title_case && PERSON_VERBS.contains_lower(t.word) {
            break;
        }
        // "Theresa May", "Brian June": a month after a first name is a surname.
        let month_surname = t.is.place
            && MONTH_NAMES.contains(t.word)
            && tokens[end - 1].capitalised
            && !tokens[end - 1].is.not_person()
            && tokens.get(end + 1).is_none_or(|n| !n.word.starts_with(|c: char| c.is_ascii_digit()));
        // A run of particles belongs to the name when a capitalised word ends it; where the
        // run ends is found once for the whole run.
        let particle = NAME_PARTICLES.contains(t.word) && {
            if particles.0 <= end {
                let a = tokens[end..]
                    .iter()
                    .position(|n| !NAME_PARTICLES.contains(n.word))
                    .map_or(tokens.len(), |p| end + p);
                particles =
                    (a, a < tokens.len() && tokens[end + 1..=a].iter().all(|n| n.joined) && tokens[a].capitalised);
            }
            particles.1
        };
        if !(t.capitalised || particle || prefixed_name(t.word)) || t.is.title || t.is.place && !month_surname {
            break;
        }
        end += 1;
        if t.possessive {
            break;
        }
    }
    if let Some(t) = tokens.get(end).filter(|t| NAME_SUFFIXES.contains(t.word)) {
        if text.get(tokens[end - 1].end..t.start) == Some(", ") {
            end += 1;
        }
    }
    end
}

/// Whether the lone word at `k` is the first of a pair of people, "and" between, whose
/// second is a titled person or a name that a speech or call verb follows: "Biden and
/// Lula spoke", "between Aliyev and Ukrainian President Volodymyr Zelenskyy".
fn coordinated_with_name(tokens: &[Token], k: usize) -> bool {
    let joined = |j: usize| tokens.get(j).is_some_and(|t| t.joined);
    let link = tokens.get(k + 1).is_some_and(|t| t.is.coordinator) && joined(k + 1) && joined(k + 2);
    let Some(next) = tokens.get(k + 2).filter(|t| link && t.capitalised && !t.is.not_name && !t.is.place) else {
        return false;
    };
    let titled = next.is.title || next.is.country && tokens.get(k + 3).is_some_and(|t| t.is.title && t.joined);
    let verb = tokens.get(k + 3).is_some_and(|t| t.joined && PERSON_VERBS.contains_lower(t.word));
    titled || verb
}

/// A surname written with its particle: "al-Sisi", "bin-Salman", "el-Sisi".
pub(super) fn prefixed_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| NAME_PARTICLES.contains(p) && rest.starts_with(char::is_uppercase))
}

/// The country a word or words at `i` stand for, and how many tokens they take.
#[inline]
pub(super) fn country_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    if !tokens.get(i)?.is.country {
        return None;
    }
    country_phrase_at(tokens, i)
}

/// [`country_at`] for a word some country phrase starts with.
pub(super) fn country_phrase_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let mut best = None;
    for (phrase, &country) in COUNTRY_WORDS.starting_with(tokens.get(i)?.word) {
        let n = 1 + phrase.bytes().filter(|&b| b == b' ').count();
        let matches = tokens.get(i..i + n).is_some_and(|ts| {
            ts.iter().zip(phrase.split(' ')).enumerate().all(|(k, (t, p))| t.word == p && (k == 0 || t.joined))
        });
        if matches && best.is_none_or(|(_, m)| n > m) {
            best = Some((country, n));
        }
    }
    best
}

/// The title phrase at `i` ("Prime Minister", "Secretary of State"), as (office, tokens).
#[inline]
pub(super) fn title_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    if !tokens.get(i)?.is.title {
        return None;
    }
    // "Sri Lanka" is a country, not the courtesy "Sri" before a name.
    if country_at(tokens, i).is_some_and(|(_, n)| n > 1) {
        return None;
    }
    title_phrase_at(tokens, i)
}

/// [`title_at`] for a word some title starts with.
pub(super) fn title_phrase_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let mut best: Option<(&'static str, usize)> = None;
    for (phrase, &office) in TITLES.starting_with_lower(tokens.get(i)?.word) {
        let n = 1 + phrase.bytes().filter(|&b| b == b' ').count();
        let matches = tokens.get(i..i + n).is_some_and(|ts| {
            ts.iter().zip(phrase.split(' ')).enumerate().all(|(k, (t, p))| {
                t.word.eq_ignore_ascii_case(p) && (k == 0 || t.joined) && (k + 1 == n || !t.possessive)
            })
        });
        if matches && best.is_none_or(|(_, m)| n > m) {
            best = Some((office, n));
        }
    }
    best
}

/// How many titles may stand one after another before a name.
const MAX_TITLES: usize = 3;

/// "[the] [Country|Body] Title [of Country] [, ]Name [of Country]" at `i`, with the index
/// after it.
///
/// `run` receives (start, end) of the run of name words the body check measured, if any.
pub(super) fn titled_reference(
    text: &str,
    tokens: &[Token],
    i: usize,
    run: &mut Option<(usize, usize)>,
) -> Option<(Reference, usize)> {
    let mut j = i;
    let determiner = tokens[j].is.article;
    let mut former = false;
    if determiner {
        j += 1;
        // "the new Prime Minister", "the former president".
        while tokens.get(j).is_some_and(|t| t.joined && TITLE_ADJECTIVES.contains_lower(t.word)) {
            former |= PAST_ADJECTIVES.contains_lower(tokens[j].word);
            j += 1;
        }
    }
    let start = j;
    let mut country = None;
    let mut body = None;
    if tokens.get(j)?.is.title {
        // The title itself starts here.
    } else if let Some((c, n)) = country_at(tokens, j) {
        if tokens.get(j + n).is_some_and(|t| t.joined || tokens[j + n - 1].possessive) {
            country = Some(c);
            j += n;
        }
    } else if let Some(n) = body_modifier(text, tokens, j, run) {
        body = Some(letters_key(&text[tokens[j].start..tokens[j + n - 1].end]));
        j += n;
    }
    let (office, n) = title_at(tokens, j)?;
    if j > start && !tokens[j].joined && !tokens[j - 1].possessive {
        return None;
    }
    let after_time = j > 0 && tokens[j - 1].word.starts_with(|c: char| c.is_ascii_digit());
    if after_time && tokens[j].word == "PM" {
        return None; // "9:15 PM"
    }
    let title_end = j + n;
    let mut k = title_end;
    let of_country = |k: &mut usize, country: &mut Option<&'static str>| {
        let mut at = *k + 1;
        if tokens.get(*k).is_some_and(|t| t.word == "of") {
            if tokens.get(at).is_some_and(|t| t.word == "the") {
                at += 1;
            }
            if let Some((c, n)) = country_at(tokens, at) {
                *country = country.or(Some(c));
                *k = at + n;
            }
        }
    };
    of_country(&mut k, &mut country);
    // A second title before the name ("Foreign Minister of Australia Senator Marise Payne"),
    // a few at most, so that a run of titles is read once, not once from each title.
    for _ in 0..MAX_TITLES {
        let Some((_, n)) = title_at(tokens, k).filter(|_| tokens[k].capitalised && tokens[k].joined) else { break };
        k += n;
    }
    // The name after the title, joined or in apposition ("the Chancellor of Germany, Olaf Scholz").
    let name = match tokens.get(k) {
        Some(t) if t.word.starts_with('@') && t.joined => {
            return Some((Reference { span: span(t, t), kind: RefKind::Handle }, k + 1));
        }
        Some(t) if t.capitalised && !t.is.not_name && !t.is.country => {
            let apposition = !t.joined && &text[tokens[k - 1].end..t.start] == ", ";
            let end = name_run(text, tokens, k, true);
            if t.joined || apposition && end - k >= 2 {
                let name = (k, end);
                k = end;
                Some(name)
            } else {
                None
            }
        }
        _ => None,
    };
    of_country(&mut k, &mut country);
    let last = &tokens[k - 1];
    let office = Office { office, country, body, former };
    match name {
        Some(name) => {
            let office = (office.office != "courtesy").then_some(office);
            Some((Reference { span: span(&tokens[start], last), kind: RefKind::Person { name, office } }, k))
        }
        None => {
            // A title alone must be introduced ("the president", "Ukraine's President"),
            // capitalised as an office ("The Secretary said"), or carry a country.
            let introduced = determiner || office.country.is_some() || j > start;
            let capitalised = tokens[j].capitalised && !tokens[j].sentence_start;
            if office.office == "courtesy" || !(introduced || capitalised) {
                return None;
            }
            Some((Reference { span: span(&tokens[start], last), kind: RefKind::Title(office) }, k))
        }
    }
}

/// Capitalised words naming a body before a title ("State Department Spokesperson").
/// Also any other short capitalised run right before a title: the department of an office
/// ("External Affairs Minister", "Treasury Secretary").
pub(super) fn body_modifier(text: &str, tokens: &[Token], i: usize, run: &mut Option<(usize, usize)>) -> Option<usize> {
    let t = tokens.get(i)?;
    if !t.capitalised || t.is.not_name || t.word.starts_with('@') {
        return None;
    }
    let end = name_run(text, tokens, i, false);
    *run = Some((i, end));
    let n = end - i;
    let last = tokens[end - 1].word;
    let is_body = BODY_HEADS.contains(last) || (n == 1 && BODIES.contains(last));
    let before_title = n <= 3 && tokens.get(end).is_some_and(|t| t.is.title);
    ((is_body || before_title) && tokens.get(end).is_some_and(|t| t.joined)).then_some(n)
}

/// "US lawmakers", "White House officials", "officials": the number of tokens.
pub(super) fn group_at(tokens: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while j < tokens.len() && (tokens[j].capitalised && !tokens[j].possessive) && j - i < 3 {
        if tokens.get(j + 1).is_none_or(|t| !t.joined) {
            break;
        }
        j += 1;
    }
    let noun = tokens.get(j)?;
    (noun.is.group && (j == i || tokens[j].joined)).then_some(j - i + 1)
}

/// Sorts a capitalised run into a person, a body or nothing; returns the index after it.
pub(super) fn classify_run(text: &str, tokens: &[Token], i: usize, end: usize, refs: &mut Vec<Reference>) -> usize {
    let mut a = i;
    // "On Monday Otto Lind": a day or month before a name is no part of it.
    let day = |t: &Token| t.is.place && DAY_AND_MONTH_NAMES.iter().any(|d| d.eq_ignore_ascii_case(t.word));
    while a < end
        && (tokens[a].is.not_name
            || tokens[a].is.title
            || tokens[a].word.eq_ignore_ascii_case("the")
            || a + 1 < end && day(&tokens[a]))
    {
        a += 1;
    }
    if a == end {
        return end.max(i + 1);
    }
    let words = &tokens[a..end];
    let phrase = &text[words[0].start..words[words.len() - 1].end];
    let last = words[words.len() - 1].word;
    if BODIES.contains(phrase) || BODY_HEADS.contains(last) {
        // "Ministry of External Affairs": the body's name runs on after "of".
        let mut last = end - 1;
        if tokens.get(end).is_some_and(|t| t.word == "of" && t.joined) {
            if tokens.get(end + 1).is_some_and(|t| t.joined && t.capitalised && !t.is.not_name) {
                last = name_run(text, tokens, end + 1, false) - 1;
            }
        }
        refs.push(Reference { span: span(&words[0], &tokens[last]), kind: RefKind::Body });
        return last + 1;
    }
    // "Development Ministers", "EU Leaders": a plural office or group is not a person;
    // "the Data Retention Bill", "One Rank One Pension" are things.
    if GROUPS.contains_lower(last) || words.len() >= 2 && THING_HEADS.contains(last) {
        return end;
    }
    if let Some((country, _)) = country_at(tokens, a).filter(|&(_, n)| a + n == end) {
        refs.push(Reference { span: span(&words[0], &words[words.len() - 1]), kind: RefKind::Place(country) });
        return end;
    }
    // A place's name of several words is one run, whatever ended the name run in it.
    if let Some((place, n)) = place_at(tokens, a).filter(|&(_, n)| a + n >= end) {
        refs.push(Reference { span: span(&tokens[a], &tokens[a + n - 1]), kind: RefKind::Place(place) });
        return a + n;
    }
    if words.iter().all(|t| t.is.not_person()) {
        return end;
    }
    let surname_month = |k: usize, t: &Token| k > 0 && MONTH_NAMES.contains(t.word);
    // "at the Raisina Dialogue", "the Daily Courier": names after an article are of
    // things, events and places; a person's name takes none (a title would stand between).
    let after_article = i > 0 && !tokens[i].sentence_start && tokens[i].joined && tokens[i - 1].is.article;
    if words.len() >= 2 && after_article {
        return end;
    }
    if words.len() >= 2
        && !words[0].title_case
        && !words.iter().enumerate().any(|(k, t)| t.is.not_person() && !surname_month(k, t))
    {
        refs.push(Reference {
            span: span(&words[0], &words[words.len() - 1]),
            kind: RefKind::Person { name: (a, end), office: None },
        });
        return end;
    }
    for k in a..end {
        if tokens[k].is.not_person() || tokens[k].word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
            continue;
        }
        let verb_follows =
            tokens.get(k + 1).is_some_and(|n| PERSON_VERBS.contains_lower(n.word)) || coordinated_with_name(tokens, k);
        refs.push(Reference { span: span(&tokens[k], &tokens[k]), kind: RefKind::Single { token: k, verb_follows } });
    }
    end
}
