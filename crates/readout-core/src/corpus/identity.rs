//! One identity per person, body and country across documents.
//!
//! Every name the records give (call sides, speakers, donors, recipients) is a *form*.
//! Forms are read without their titles ("President Biden"), suffixes ("Jr.") and shouting
//! ("BARACK OBAMA" reads "Barack Obama"). A form that names a country, by name, short form,
//! demonym or capital ("the US", "American", "Washington"), is that country. Other forms
//! of one surname key (`cast::identity`: case, accents and the spellings of "-sky" names
//! folded) are one person per first name, nicknames counted as their names ("Joe" and
//! "Joseph"); a form without a first name ("Biden") is the person of that surname whom the
//! most documents name. A body ("World Bank", its last word a [`BODY_HEADS`] word) and a
//! form in lower case ("officials") are one only with forms of the same words. An entity
//! is called by the form the most documents use, a full name before a surname alone.
//!
//! For aid totals, a government's organs stand for their country
//! ([`Identities::country_of`]): a country's government, administration, ministries,
//! officials or parliament ([`GOVERNMENT_WORDS`]), and the people who held a national
//! office ([`OFFICE_HOLDERS`]).

use std::collections::{HashMap, HashSet};

use crate::cast::identity::{name_key, same_first_name};
use crate::fold::fold;
use crate::lexicon::offices::OFFICE_HOLDERS;
use crate::lexicon::people::{BODY_HEADS, NAME_SUFFIXES, NAME_TITLE_WORDS, TITLES};
use crate::lexicon::places::{COUNTRY_WORDS, GOVERNMENT_WORDS};

/// One person, body or country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The form the most documents use, in normal case.
    pub name: String,
    /// Every form written, as written, each once, in the order first seen.
    pub forms: Vec<String>,
    /// How many documents name it.
    pub documents: usize,
}

/// The entities of a set of documents, and the entity of each form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Identities {
    entities: Vec<Entity>,
    of_form: HashMap<String, usize>,
    of_name: HashMap<String, usize>,
    /// The office holders of each surname key, as indices into [`OFFICE_HOLDERS`].
    holders: HashMap<String, Vec<usize>>,
}

/// A form as read: its words without titles and suffixes, in normal case.
struct Reading {
    clean: String,
    /// The first name, folded, when the form has one (more than one word, not an initial).
    first: Option<String>,
    key: Key,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Country(&'static str),
    Surname(String),
    /// A body or a common noun: its words, folded.
    Words(String),
}

impl Identities {
    /// The identities of `mentions`: each a document's name and a form it writes, a
    /// document's mentions together (documents are counted where the name changes).
    pub fn new<'a>(mentions: impl IntoIterator<Item = (&'a str, &'a str)>) -> Identities {
        // Each form once, with how many documents write it; and each mention as (document, form).
        let mut forms: Vec<(&str, usize)> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        let mut seen: Vec<(usize, usize)> = Vec::new();
        let (mut document, mut last) = (0, "");
        for (doc, form) in mentions {
            if form.trim().is_empty() {
                continue;
            }
            if doc != last {
                (document, last) = (document + 1, doc);
            }
            let i = *at.entry(form).or_insert_with(|| {
                forms.push((form, 0));
                forms.len() - 1
            });
            seen.push((document, i));
        }
        let mut last_seen = vec![0; forms.len()];
        for &(document, i) in &seen {
            if last_seen[i] != document {
                last_seen[i] = document;
                forms[i].1 += 1;
            }
        }
        let readings: Vec<Reading> = forms.iter().map(|(form, _)| read(form)).collect();
        // The people of each surname: one per first name (nicknames joined), with the
        // documents of their forms.
        let mut people: HashMap<&Key, Vec<(&str, usize)>> = HashMap::new();
        for (r, &(_, docs)) in readings.iter().zip(&forms) {
            let Some(first) = &r.first else { continue };
            let list = people.entry(&r.key).or_default();
            match list.iter_mut().find(|(f, _)| same_first(f, first)) {
                Some((_, all)) => *all += docs,
                None => list.push((first, docs)),
            }
        }
        // Each form's entity, by its key and the index of its person among the surname's.
        let mut index: HashMap<(&Key, usize), usize> = HashMap::new();
        let mut ids = Identities::default();
        let mut entity_of = Vec::with_capacity(forms.len());
        // Per entity, each clean form with its documents and whether it is a full name.
        let mut votes: Vec<Vec<(&str, usize, bool)>> = Vec::new();
        for (&(form, docs), r) in forms.iter().zip(&readings) {
            // A surname alone is the person of that surname the most documents name.
            let person = match (&r.first, people.get(&r.key)) {
                (Some(first), Some(list)) => list.iter().position(|(f, _)| same_first(f, first)).unwrap_or(0),
                (None, Some(list)) => (0..list.len()).max_by_key(|&i| (list[i].1, std::cmp::Reverse(i))).unwrap_or(0),
                _ => 0,
            };
            let e = *index.entry((&r.key, person)).or_insert_with(|| {
                ids.entities.push(Entity { name: String::new(), forms: Vec::new(), documents: 0 });
                votes.push(Vec::new());
                ids.entities.len() - 1
            });
            entity_of.push(e);
            ids.entities[e].forms.push(form.to_string());
            let full = matches!(r.key, Key::Country(_)) || r.clean.contains(' ');
            match votes[e].iter_mut().find(|v| v.0 == r.clean) {
                Some(vote) => vote.1 += docs,
                None => votes[e].push((&r.clean, docs, full)),
            }
            ids.of_form.insert(form.to_string(), e);
        }
        let mut last_seen = vec![0; ids.entities.len()];
        for &(document, i) in &seen {
            let e = entity_of[i];
            if last_seen[e] != document {
                last_seen[e] = document;
                ids.entities[e].documents += 1;
            }
        }
        for (entity, votes) in ids.entities.iter_mut().zip(votes) {
            // A full name before a surname alone, then the most documents, then the longest.
            let best = votes
                .into_iter()
                .max_by(|a, b| a.2.cmp(&b.2).then(a.1.cmp(&b.1)).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0)));
            entity.name = best.map(|v| v.0.to_string()).unwrap_or_default();
        }
        ids.of_name = ids.entities.iter().enumerate().map(|(i, e)| (e.name.clone(), i)).collect();
        for (i, holder) in OFFICE_HOLDERS.iter().enumerate() {
            ids.holders.entry(name_key(holder.name)).or_default().push(i);
        }
        ids
    }

    /// Every entity, in the order its first form was seen.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity a form names, if the form was among the mentions.
    pub fn get(&self, form: &str) -> Option<&Entity> {
        self.of_form.get(form).map(|&i| &self.entities[i])
    }

    /// The forms of the entity called `name` other than its name, each once whatever its
    /// case or spacing: what it is "also" written as.
    pub fn also(&self, name: &str) -> Vec<&str> {
        let Some(entity) = self.of_name.get(name).map(|&i| &self.entities[i]) else { return Vec::new() };
        let mut seen = HashSet::from([fold(name)]);
        let words = |form: &str| fold(&form.split_whitespace().collect::<Vec<_>>().join(" "));
        entity.forms.iter().map(String::as_str).filter(|f| seen.insert(words(f))).collect()
    }

    /// The name of the entity a form names, or the form itself when it was not among the
    /// mentions.
    pub fn name<'a>(&'a self, form: &'a str) -> &'a str {
        self.get(form).map_or(form, |e| e.name.as_str())
    }

    /// The country a donor stands for when it is a government or one of its organs: the
    /// country itself ("the US", "Washington", "American"), its government, administration
    /// or ministries ("the Biden administration", "Japan's government"), or a person who
    /// held a national office ("Joe Biden").
    pub fn country_of(&self, form: &str) -> Option<&'static str> {
        let clean = read(form).clean;
        if let Some(country) = COUNTRY_WORDS.get(&clean) {
            return Some(country);
        }
        let mut words: Vec<&str> = clean.split_whitespace().collect();
        if words.len() > 1 && words.last().is_some_and(|w| GOVERNMENT_WORDS.contains_lower(w)) {
            words.pop();
            let owner = words.join(" ");
            let owner = owner.trim_end_matches("'s").trim_end_matches('\u{2019}');
            return COUNTRY_WORDS.get(owner).copied().or_else(|| self.holder_country(owner));
        }
        self.holder_country(&clean)
    }

    /// The country of the office holder `name` names: by full name, or by surname when
    /// only one country's holders have it.
    fn holder_country(&self, name: &str) -> Option<&'static str> {
        let holders = self.holders.get(&name_key(name))?;
        let first = first_name(name);
        let mut found = None;
        for holder in holders.iter().map(|&i| &OFFICE_HOLDERS[i]) {
            if !first.as_deref().is_none_or(|f| first_name(holder.name).is_none_or(|h| same_first(f, &h))) {
                continue;
            }
            match found {
                Some(country) if country != holder.country => return None,
                _ => found = Some(holder.country),
            }
        }
        found
    }
}

/// The folded first name of a name of two words or more, unless it is an initial.
fn first_name(clean: &str) -> Option<String> {
    let mut words = clean.split_whitespace();
    let first = words.next()?;
    words.next()?;
    let folded = fold(first.trim_end_matches('.'));
    (folded.chars().count() > 1).then_some(folded)
}

/// Whether two folded first names are one (equal, or one a nickname of the other).
fn same_first(a: &str, b: &str) -> bool {
    same_first_name(Some(a), Some(b))
}

/// A form read: leading "the", titles and trailing suffixes dropped, shouting lowered.
fn read(form: &str) -> Reading {
    let form = form.trim().trim_end_matches(['\'', '\u{2019}']).trim_end_matches("'s").trim_end_matches("\u{2019}s");
    let mut words: Vec<&str> = form.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    while words.len() > 1 && is_title(words[0]) {
        words.remove(0);
    }
    while words.len() > 1 && NAME_SUFFIXES.contains(words[words.len() - 1]) {
        words.pop();
    }
    let joined = words.join(" ");
    let clean = if is_shouted(&joined) { title_case(&joined) } else { joined };
    let last = clean.split_whitespace().last().unwrap_or("");
    let key = match COUNTRY_WORDS.get(&clean) {
        Some(country) => Key::Country(country),
        None if BODY_HEADS.contains(last) || !clean.chars().any(char::is_uppercase) => Key::Words(fold(&clean)),
        None => Key::Surname(name_key(&clean)),
    };
    let first = match key {
        Key::Surname(_) => first_name(&clean),
        _ => None,
    };
    let clean = match key {
        Key::Country(country) => country.to_string(),
        _ => clean,
    };
    Reading { clean, first, key }
}

/// Whether a form is a name: it has a capitalised word that is not a title. A common noun
/// ("source", "officials", "the bank") or a title alone ("Minister") names no one in
/// particular, so it is no choice of a person filter.
pub fn is_name(form: &str) -> bool {
    form.split_whitespace().any(|w| w.starts_with(char::is_uppercase) && !is_title(w))
}

/// Whether a word is a title or article left out of a name ("the", "President", "Hon.").
fn is_title(word: &str) -> bool {
    let folded = fold(word.trim_end_matches('.'));
    NAME_TITLE_WORDS.contains(&folded.as_str()) || TITLES.get_lower(word.trim_end_matches('.')).is_some()
}

/// Whether a name is written in capitals throughout ("BARACK OBAMA"), as a shouted
/// heading writes it; an acronym of three letters or fewer ("NATO" aside) is not.
fn is_shouted(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters > 4 && name.contains(' ') && !name.chars().any(char::is_lowercase)
}

/// Each word with its first letter alone in capitals.
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identities(mentions: &[(&str, &str)]) -> Identities {
        Identities::new(mentions.iter().copied())
    }

    #[test]
    fn five_forms_of_one_president_are_one_person_named_as_most_documents_name_him() {
        let ids = identities(&[
            ("a", "Joe Biden"),
            ("b", "Joe Biden"),
            ("c", "Joseph R. Biden, Jr."),
            ("c", "President Biden"),
            ("d", "Biden"),
            ("e", "JOE BIDEN"),
            ("e", "Hunter Biden"),
        ]);
        let biden = ids.get("Biden").unwrap();
        assert_eq!(biden.name, "Joe Biden");
        assert_eq!(biden.forms, ["Joe Biden", "Joseph R. Biden, Jr.", "President Biden", "Biden", "JOE BIDEN"]);
        assert_eq!(biden.documents, 5);
        for form in ["Joseph R. Biden, Jr.", "President Biden", "JOE BIDEN"] {
            assert_eq!(ids.name(form), "Joe Biden", "{form}");
        }
        assert_eq!(ids.name("Hunter Biden"), "Hunter Biden");
        assert_eq!(ids.also("Joe Biden"), ["Joseph R. Biden, Jr.", "President Biden", "Biden"]);
        assert!(ids.also("Hunter Biden").is_empty() && ids.also("Nobody").is_empty());
        assert_eq!(ids.entities().len(), 2);
    }

    #[test]
    fn spellings_shouting_and_honorifics_give_way_to_the_common_form() {
        let ids = identities(&[
            ("a", "Volodymyr Zelenskyy"),
            ("b", "Volodymyr Zelensky"),
            ("c", "Zelenskiy"),
            ("c", "Volodymyr Zelenskyy"),
            ("d", "BARACK OBAMA"),
            ("e", "Honorable Donald J. Trump"),
            ("f", "Donald Trump"),
            ("g", "Donald Trump"),
        ]);
        assert_eq!(ids.name("Zelenskiy"), "Volodymyr Zelenskyy");
        assert_eq!(ids.name("BARACK OBAMA"), "Barack Obama");
        assert_eq!(ids.name("Honorable Donald J. Trump"), "Donald Trump");
    }

    #[test]
    fn bodies_and_common_nouns_are_one_only_with_the_same_words() {
        let ids =
            identities(&[("a", "World Bank"), ("b", "Asian Development Bank"), ("c", "bank"), ("d", "the World Bank")]);
        assert_eq!(ids.entities().len(), 3);
        assert_eq!(ids.name("the World Bank"), "World Bank");
        assert_eq!(ids.name("bank"), "bank");
    }

    #[test]
    fn country_forms_are_the_country() {
        let ids = identities(&[("a", "the US"), ("b", "United States"), ("c", "America"), ("d", "U.S.")]);
        assert_eq!(ids.entities().len(), 1);
        assert_eq!(ids.name("the US"), "United States");
    }

    #[test]
    fn a_government_and_its_organs_stand_for_their_country() {
        let ids = identities(&[]);
        let forms = [
            "Washington",
            "the US",
            "American",
            "the Biden administration",
            "Joe Biden",
            "Biden",
            "Kamala Harris",
            "Kyiv",
        ];
        for form in forms {
            let want = if form == "Kyiv" { "Ukraine" } else { "United States" };
            assert_eq!(ids.country_of(form), Some(want), "{form}");
        }
        assert_eq!(ids.country_of("Japan's government"), Some("Japan"));
        assert_eq!(ids.country_of("American legislators"), Some("United States"));
        for form in ["World Bank", "Red Cross", "Hunter Biden", "Kamala Khan", "the Gates Foundation"] {
            assert_eq!(ids.country_of(form), None, "{form}");
        }
    }
}
