//! Resolving titles and pronouns to the people they stand for.

use super::*;

use crate::dates::NaiveDate;
use crate::lexicon::classes::{classes, Class};
use crate::lexicon::offices::OFFICE_HOLDERS;
use crate::lexicon::people::LEADER_OFFICES;

/// How many words of a title may stand between it and the comma before the name in
/// apposition to it ("to London" in "the US Ambassador to London, Louis Susman").
const APPOSED_WORDS: usize = 4;

impl Cast {
    /// Links titles and pronouns, in text order, to the people they stand for, and keeps
    /// the mentions that found someone.
    pub(super) fn resolve_references(&mut self, doc: &Doc, found: Vec<(Mention, Option<Pending>)>) {
        let (text, published) = (doc.text, doc.published);
        self.mentions = found.iter().map(|(m, _)| *m).collect();
        let standings: Vec<Standing> = self.mentions.iter().map(|m| standing(doc, m.span)).collect();
        for (i, (m, pending)) in found.into_iter().enumerate() {
            let entity = match pending {
                None => m.entity,
                Some(Pending::Pronoun) => {
                    self.antecedent(i, &text[m.span.start..m.span.end], &standings).unwrap_or(UNLINKED)
                }
                Some(Pending::Title(office)) => match self.apposed(text, i) {
                    // "Karine Jean-Pierre, the White House Press Secretary".
                    Some(person) => {
                        let offices = &mut self.entities[person].offices;
                        if !offices.contains(&office) {
                            offices.push(office);
                        }
                        person
                    }
                    None => self
                        .holder(i, &office, published)
                        .unwrap_or_else(|| self.named(text[m.span.start..m.span.end].to_string(), EntityKind::Person)),
                },
            };
            self.mentions[i].entity = entity;
        }
        self.mentions.retain(|m| m.entity != UNLINKED);
        let entities = &self.entities;
        let (places, mentions) = self.mentions.drain(..).partition(|m| entities[m.entity].kind == EntityKind::Place);
        (self.places, self.mentions) = (places, mentions);
    }

    /// The article's own mention of whoever held `title` (with its country) on the
    /// publication date, or before it for a former office, by the lexicon of office
    /// holders.
    /// Without a country, the title must fit exactly one holder the article names ("the new
    /// Prime Minister" of an article naming Theresa May and no other prime minister), or,
    /// for a former office, the one named last before the title at mention `at`.
    pub(super) fn known_holder(&self, at: usize, title: &Office, published: Option<NaiveDate>) -> Option<EntityId> {
        // Without a publication date only a former office has holders: every ended tenure.
        let on = match published {
            Some(day) => crate::published::iso_date(day),
            None if title.former => "9999-12-31".to_string(),
            None => return None,
        };
        let named: Vec<EntityId> = OFFICE_HOLDERS
            .iter()
            .filter(|h| title.country.is_none_or(|x| x == h.country) && office_fits(title.office, h.office))
            .filter(|h| if title.former { h.to < on.as_str() } else { h.from <= on.as_str() && on.as_str() <= h.to })
            .filter_map(|h| {
                let ids = self.by_surname.get(&surname_key(h.name.rsplit(' ').next()?))?;
                ids.iter().copied().find(|&id| self.entities[id].kind == EntityKind::Person)
            })
            .collect();
        let first = *named.first()?;
        if title.country.is_some() || named.iter().all(|&other| other == first) {
            return Some(first);
        }
        // Several fit a former office: the one named last before the title, if any ("David
        // Cameron leads the backlash … The former Prime Minister says", Rishi Sunak named
        // later). Two holders of an office today stay apart: either may be meant.
        let before = &self.mentions[at.saturating_sub(TITLE_REACH)..at];
        before.iter().rev().map(|m| m.entity).find(|e| title.former && named.contains(e))
    }

    /// The person named in apposition to mention `at`: just before it, when only ", " or
    /// ", the " lies between ("Karine Jean-Pierre, the White House Press Secretary"), or
    /// just after it, past ", " and at most [`APPOSED_WORDS`] words of the title, by a name without a title of its own ("the US Ambassador
    /// to London, Louis Susman,"; in "the Prime Minister, Chancellor Friedrich Merz and …"
    /// the two are items of a list).
    pub(super) fn apposed(&self, text: &str, at: usize) -> Option<EntityId> {
        let named = |m: &Mention| {
            m.kind == MentionKind::Name && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person)
        };
        let titled = |m: &Mention| {
            let first = text[m.span.start..m.span.end].split(' ').next().unwrap_or("");
            classes(first).has(Class::TITLES)
        };
        let this = self.mentions[at].span;
        let before = self.mentions[..at]
            .last()
            .filter(|m| named(m) && matches!(&text[m.span.end..this.start], ", " | ", the " | ", The "));
        // The title may go on before the comma: "the US Ambassador to London, Louis Susman".
        let gap_to = |m: &Mention| {
            let gap = &text[this.end..m.span.start];
            gap.ends_with(", ") && gap.matches(',').count() == 1 && gap.split_whitespace().count() <= APPOSED_WORDS
        };
        let place = |m: &&Mention| self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place);
        let after =
            || self.mentions[at + 1..].iter().find(|m| !place(m)).filter(|m| named(m) && !titled(m) && gap_to(m));
        before.or_else(after).map(|m| m.entity)
    }

    /// The person the title at mention `at` stands for: someone holding that office (of
    /// that country or body, when the title says).
    pub(super) fn holder(&self, at: usize, title: &Office, published: Option<NaiveDate>) -> Option<EntityId> {
        let fits = |id: EntityId| -> Option<u8> {
            let e = self.entities.get(id).filter(|e| e.kind == EntityKind::Person)?;
            e.offices
                .iter()
                .filter(|o| office_fits(title.office, o.office))
                .filter(|o| title.body.is_none() || o.body == title.body)
                .map(|o| match (title.country, o.country) {
                    (Some(a), Some(b)) if a == b => 2,
                    (Some(_), Some(_)) => 0,
                    _ => 1,
                })
                .max()
                .filter(|&s| s > 0)
        };
        // The latest before it, then the first after it, that fits best: a holder of that
        // very country wins over one whose country the article does not say. Someone named
        // only after the title is taken last: the lexicon's holder of the day, when the
        // article names them, comes first ("the new Prime Minister had spoken to Irish
        // Taoiseach Enda Kenny" is not Kenny).
        let best = |mentions: &mut dyn Iterator<Item = &Mention>| {
            mentions.filter_map(|m| Some((fits(m.entity)?, m.entity))).fold(
                None,
                |best: Option<(u8, EntityId)>, (s, e)| match best {
                    Some((b, _)) if b >= s => best,
                    _ => Some((s, e)),
                },
            )
        };
        let before = best(&mut self.mentions[at.saturating_sub(TITLE_REACH)..at].iter().rev());
        let after = best(&mut self.mentions[at + 1..self.mentions.len().min(at + 1 + TITLE_REACH)].iter());
        match (before, after) {
            (Some((b, e)), Some((a, _))) if b >= a => Some(e),
            (Some((_, e)), None) => Some(e),
            (_, Some((_, e))) => self.known_holder(at, title, published).or(Some(e)),
            (None, None) => self.known_holder(at, title, published),
        }
    }
}

/// Whether a title naming `title` fits someone holding `office`.
pub(super) fn office_fits(title: &str, office: &str) -> bool {
    title == office
        || (title == "leader" && LEADER_OFFICES.contains(&office))
        || office.starts_with(title)
        || (title == "spokesperson" && office == "press secretary")
}
