use super::*;
use crate::cast::name_key;
use crate::lexicon::people::{NAME_KEY_SUFFIXES, NAME_TITLE_WORDS};

/// The cast as the calls pass reads it: its mentions, and each entity as a side.
pub(super) struct People<'a> {
    pub(super) cast: &'a Cast,
    pub(super) mentions: &'a [Mention],
    /// Each entity as a side, made on first use: most entities are a side of no call.
    pub(super) entities: Vec<OnceCell<Party>>,
}

impl<'a> People<'a> {
    pub(super) fn new(cast: &'a Cast) -> People<'a> {
        let mentions = cast.mentions();
        let count = mentions.iter().map(|m| m.entity + 1).max().unwrap_or(0);
        People { cast, mentions, entities: (0..count).map(|_| OnceCell::new()).collect() }
    }

    pub(super) fn kind(&self, e: EntityId) -> EntityKind {
        if e < self.entities.len() {
            self.cast.kind(e)
        } else {
            EntityKind::Person
        }
    }

    /// Entity `e` as a side.
    pub(super) fn entity(&self, e: EntityId) -> Option<&Party> {
        let cell = self.entities.get(e)?;
        Some(cell.get_or_init(|| Party::new(self.cast.name(e).to_string(), Some(self.cast.kind(e)), false)))
    }

    pub(super) fn in_span(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.end <= span.end).max(from);
        &self.mentions[from..to]
    }

    pub(super) fn party(&self, side: &Side) -> Party {
        match side {
            Side::Entity(e) => self.entity(*e).cloned().unwrap_or_else(|| Party::new(String::new(), None, false)),
            Side::Named(s) => Party::new(s.clone(), None, false),
            Side::Titled(s) => Party::new(s.clone(), None, true),
        }
    }
}

/// One side of a call as a trigger names it.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Side {
    Entity(EntityId),
    /// A side the cast does not know, named as the text names it ("leader of Britain").
    Named(String),
    /// A person the text names only by a title the cast gave to someone else ("The Prime
    /// Minister spoke to Prime Minister Trudeau"): "Prime Minister".
    Titled(String),
}

/// A side with its name resolved.
#[derive(Clone, Debug)]
pub(super) struct Party {
    pub(super) name: String,
    /// What tells two names of the same side apart from others: the folded last word
    /// (the whole name for a side the cast does not know).
    pub(super) key: String,
    /// The folded words of the name without its titles.
    pub(super) words: Vec<String>,
    /// The cast's kind of the entity; `None` for a side the cast does not know.
    pub(super) kind: Option<EntityKind>,
    pub(super) titled: bool,
    /// The words the reports wrote around the name, with its titles ("Maldivian
    /// President Ibrahim Solih"): where the person holds office.
    pub(super) qual: String,
}

impl Party {
    pub(super) fn new(name: String, kind: Option<EntityKind>, titled: bool) -> Party {
        let key = if kind.is_some() { name_key(&name) } else { name.to_lowercase() };
        let words: Vec<String> = name
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| {
                !w.is_empty()
                    && !NAME_TITLE_WORDS.contains(&fold(w).as_str())
                    && !NAME_KEY_SUFFIXES.contains(&fold(w).as_str())
            })
            .map(fold)
            .collect();
        // A cast entity named by a title alone ("Prime Minister", "PM") is a titled side.
        let titled = titled || words.is_empty();
        let (name, key) = if words.is_empty() {
            let name = title_name(&name);
            let key = name.to_lowercase();
            (name, key)
        } else {
            (name, key)
        };
        Party { name, key, words, kind, titled, qual: String::new() }
    }

    /// A body or a group, not a person.
    pub(super) fn is_body(&self) -> bool {
        matches!(self.kind, Some(EntityKind::Body | EntityKind::Group))
    }

    /// The country of a side named only by office: "Maldives" for "leader of the Maldives".
    pub(super) fn office_country(&self) -> Option<&str> {
        if self.kind.is_some() || self.titled {
            return None;
        }
        let (_, country) = self.name.split_once(" of ")?;
        Some(country.strip_prefix("the ").unwrap_or(country))
    }

    /// Whether the words written around this person's name place them in office in
    /// `country`: "Maldivian President" for "Maldives", "President of France" for "France".
    pub(super) fn serves(&self, country: &str) -> bool {
        let canonical = |w: &str| places::COUNTRY_WORDS.get(w).copied();
        let target = canonical(country);
        let words: Vec<&str> = self.qual.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let one = words.iter().map(|w| w.to_string());
        let two = words.windows(2).map(|w| format!("{} {}", w[0], w[1]));
        // A country the table knows is matched by its words alone; another by its stem.
        one.chain(two).any(|w| match target {
            Some(t) => canonical(&w) == Some(t),
            None => same_country_word(&w, country),
        })
    }
}

pub(super) fn dedup(sides: &mut Vec<Side>) {
    let mut seen: Vec<Side> = Vec::with_capacity(sides.len());
    sides.retain(|s| {
        if seen.contains(s) {
            false
        } else {
            seen.push(s.clone());
            true
        }
    });
}

/// A title as the name of its holder: "The Prime Minister's" is "Prime Minister", "PM"
/// is "Prime Minister".
pub(super) fn title_name(written: &str) -> String {
    let mut t = written.trim();
    for det in ["the ", "The "] {
        t = t.strip_prefix(det).unwrap_or(t);
    }
    for end in ["'s", "\u{2019}s"] {
        t = t.strip_suffix(end).unwrap_or(t);
    }
    match t {
        "PM" => "Prime Minister".to_string(),
        _ => t.to_string(),
    }
}

/// Whether a country's adjective or name and a country's name agree by their stem:
/// "Maldivian" and "Maldives", "Sri Lankan" and "Sri Lanka".
pub(super) fn same_country_word(word: &str, country: &str) -> bool {
    let common = word.chars().zip(country.chars()).take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase())).count();
    let (w, c) = (word.chars().count(), country.chars().count());
    common == w && common == c || common >= 5 && common + 3 >= c
}

/// Whether two names name the same side: the same last word, or the words of one among
/// the words of the other ("Xi" and "Xi Jinping", "Moon" and "Moon Jae-in").
pub(super) fn same_party(a: &Party, b: &Party) -> bool {
    if a.key == b.key {
        return true;
    }
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&a.words, &b.words) || within(&b.words, &a.words)
}

/// Whether two lists of sides are the same sides, in any order.
pub(super) fn same_parties(a: &[Party], b: &[Party]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut used = vec![false; b.len()];
    a.iter().all(|p| match (0..b.len()).find(|&k| !used[k] && same_party(p, &b[k])) {
        Some(k) => {
            used[k] = true;
            true
        }
        None => false,
    })
}
