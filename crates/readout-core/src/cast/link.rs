//! Linking references to entities: names by surname key, handles by the lexicon or
//! the names they hold, bodies and groups by name.

use super::*;

use crate::dates::NaiveDate;
use crate::lexicon::offices::HOLDER_SURNAMES;
use crate::lexicon::people::{BODIES, HANDLES, NAME_SUFFIXES};

/// The name words of a person reference, without suffixes.
pub(super) fn core_words<'t>(tokens: &'t [Token<'t>], name: (usize, usize)) -> impl Iterator<Item = &'t Token<'t>> {
    tokens[name.0..name.1].iter().filter(|t| !NAME_SUFFIXES.contains(t.word))
}

/// What a title or pronoun mention waits for until every name is known.
pub(super) enum Pending {
    Title(Office),
    Pronoun,
}

/// How many mentions away a bare title looks for its holder, either way. Bounds the
/// work per title, so linking stays linear in the text.
pub(super) const TITLE_REACH: usize = 100;

/// How many people of one surname a new name is compared with, the latest first.
const SAME_SURNAME_REACH: usize = 8;

/// An entity id not yet decided.
pub(super) const UNLINKED: EntityId = EntityId::MAX;

/// Links references to entities; see the module documentation.
pub(super) fn link(doc: &Doc, tokens: &[Token], refs: Vec<Reference>) -> Cast {
    let (text, published) = (doc.text, doc.published);
    let mut cast = Cast::default();
    let mut found: Vec<(Mention, Option<Pending>)> = Vec::with_capacity(refs.len());
    // Named people first, full names before lone ones ("PM Shehbaz" in a headline is the
    // "Shehbaz Sharif" of the body), so that lone surnames anywhere can find them.
    let single = |name: &(usize, usize)| core_words(tokens, *name).count() < 2;
    let full_first = refs
        .iter()
        .filter(|r| matches!(&r.kind, RefKind::Person { name, .. } if !single(name)))
        .chain(refs.iter().filter(|r| matches!(&r.kind, RefKind::Person { name, .. } if single(name))));
    for r in full_first {
        if let RefKind::Person { name, office } = &r.kind {
            let entity = cast.person(text, tokens, *name);
            let e = &mut cast.entities[entity];
            if let Some(office) = office.as_ref().filter(|o| !e.offices.contains(o)) {
                e.offices.push(office.clone());
            }
            // The gender its title's words or its first name give, when the name has one.
            if e.gender.is_none() {
                let from = tokens[..name.0].partition_point(|t| t.start < r.span.start);
                let titles = tokens[from..name.0].iter().map(|t| t.word);
                let first = (name.1 - name.0 > 1).then(|| tokens[name.0].word);
                e.gender = reference_gender(titles, first);
            }
            found.push((Mention { span: r.span, entity, kind: MentionKind::Name }, None));
        }
    }
    for r in refs {
        let mention = |entity, kind| Mention { span: r.span, entity, kind };
        let linked = match r.kind {
            RefKind::Person { .. } => continue,
            RefKind::Single { token, verb_follows } => {
                let key = surname_key(tokens[token].word);
                let known = cast
                    .by_surname
                    .get(&key)
                    .and_then(|ids| ids.last().copied())
                    .or_else(|| cast.by_first_name.get(&key).copied());
                match known {
                    Some(entity) => (mention(entity, MentionKind::Name), None),
                    // A lone surname of someone the lexicon knows in office ("Putin").
                    None if verb_follows || HOLDER_SURNAMES.contains(tokens[token].word) => {
                        (mention(cast.person(text, tokens, (token, token + 1)), MentionKind::Name), None)
                    }
                    None => continue,
                }
            }
            RefKind::Place(country) => {
                (mention(cast.named(country.to_string(), EntityKind::Place), MentionKind::Name), None)
            }
            RefKind::Body | RefKind::Group => {
                let kind = if matches!(r.kind, RefKind::Body) { EntityKind::Body } else { EntityKind::Group };
                (mention(cast.named(text[r.span.start..r.span.end].to_string(), kind), MentionKind::Name), None)
            }
            RefKind::Handle => {
                let handle = text[r.span.start..r.span.end].trim_start_matches('@');
                (mention(cast.handle(handle, published), MentionKind::Handle), None)
            }
            RefKind::Title(office) => (mention(UNLINKED, MentionKind::Title), Some(Pending::Title(office))),
            RefKind::Pronoun => (mention(UNLINKED, MentionKind::Pronoun), Some(Pending::Pronoun)),
        };
        found.push(linked);
    }
    crate::order::sort_by_key(&mut found, |(m, _)| (m.span.start, std::cmp::Reverse(m.span.end)));
    found.dedup_by(|later, earlier| later.0.span.start < earlier.0.span.end);
    cast.resolve_references(doc, found);
    cast
}

impl Cast {
    /// The person named by tokens `name`, creating or enriching its entity.
    pub(super) fn person(&mut self, text: &str, tokens: &[Token], name: (usize, usize)) -> EntityId {
        let full = &text[tokens[name.0].start..tokens[name.1 - 1].end];
        let words: Vec<&Token> = core_words(tokens, name).collect();
        let Some(last) = words.last() else {
            return self.named(full.to_string(), EntityKind::Person);
        };
        let key = surname_key(last.word);
        let first = (words.len() >= 2 && !words[0].word.ends_with('.')).then(|| surname_key(words[0].word));
        let count = name.1 - name.0;
        if words.len() == 1 && !self.by_surname.contains_key(&key) {
            if let Some(&id) = self.by_first_name.get(&key) {
                return id; // "Shehbaz" of "Shehbaz Sharif", "Xi" of "Xi Jinping"
            }
        }
        let ids = self.by_surname.entry(key.clone()).or_default();
        let entities = &mut self.entities;
        // The latest few people of that surname: an article names no more, and the work per
        // name stays bounded.
        let same = ids
            .iter()
            .rev()
            .take(SAME_SURNAME_REACH)
            .copied()
            .find(|&id| same_first_name(entities[id].first.as_deref(), first.as_deref()));
        let id = match same {
            Some(id) => {
                let e = &mut entities[id];
                if count > e.words {
                    e.name = full.to_string();
                    e.words = count;
                }
                if e.first.is_none() {
                    e.first = first.clone();
                }
                id
            }
            None => {
                let id = entities.len();
                entities.push(Entity {
                    name: full.to_string(),
                    kind: EntityKind::Person,
                    words: count,
                    key,
                    first: first.clone(),
                    offices: Vec::new(),
                    gender: None,
                });
                ids.push(id);
                id
            }
        };
        if let Some(first) = first {
            self.by_first_name.insert(first, id);
        }
        id
    }

    /// A body or group, by its name.
    pub(super) fn named(&mut self, name: String, kind: EntityKind) -> EntityId {
        let key = letters_key(&name);
        let next = self.entities.len();
        let id = *self.by_name.entry((kind, key.clone())).or_insert(next);
        if id == next {
            self.entities.push(Entity {
                words: name.split(' ').count(),
                name,
                kind,
                key,
                first: None,
                offices: Vec::new(),
                gender: None,
            });
        }
        id
    }

    /// The holder of `handle`: from the lexicon at the publication date, or a person of
    /// the article whose surname it contains, or the handle itself.
    pub(super) fn handle(&mut self, handle: &str, published: Option<NaiveDate>) -> EntityId {
        let on = published.map(crate::published::iso_date);
        let holders: Vec<_> = HANDLES.iter().filter(|(h, ..)| h.eq_ignore_ascii_case(handle)).collect();
        let holder = holders
            .iter()
            .find(|(_, _, from, to)| on.as_deref().is_some_and(|d| *from <= d && d <= *to))
            .or(holders.last())
            .map(|(_, name, ..)| *name);
        let folded = letters_key(handle);
        if let Some(name) = holder {
            let key = surname_key(name.rsplit(' ').next().unwrap_or(name));
            if let Some(&id) = self.by_surname.get(&key).and_then(|ids| ids.last()) {
                return id;
            }
            let kind = if BODIES.contains(name) { EntityKind::Body } else { EntityKind::Person };
            let id = self.named(name.to_string(), kind);
            if kind == EntityKind::Person {
                self.entities[id].key = key.clone();
                self.by_surname.entry(key).or_default().push(id);
            }
            return id;
        }
        // A handle holding the surname of one of the latest people named, or failing that
        // their first name.
        let holds = |name: &str| {
            let stem = name.trim_end_matches('y');
            stem.len() >= 3 && folded.contains(stem)
        };
        let person = |e: &Entity| e.kind == EntityKind::Person;
        let from = self.entities.len().saturating_sub(TITLE_REACH);
        let recent = &self.entities[from..];
        let contained = recent
            .iter()
            .rposition(|e| person(e) && holds(&e.key))
            .or_else(|| recent.iter().rposition(|e| person(e) && e.first.as_deref().is_some_and(holds)))
            .map(|k| from + k);
        contained.unwrap_or_else(|| self.named(format!("@{handle}"), EntityKind::Person))
    }
}
