//! People and bodies named in an article, and what each mention refers to.
//! (API fixed; being written.)

use crate::dates::NaiveDate;
use crate::text::{Span, Structure};

/// Index of an entity in a [`Cast`].
pub type EntityId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name, with or without its title ("President Joe Biden", "Zelenskyy").
    Name,
    /// A title or description standing for someone ("the Ukrainian leader", "Ukraine's President").
    Title,
    /// A social media handle ("@POTUS").
    Handle,
    /// "he", "she", "his", "her".
    Pronoun,
}

/// One mention of a person or body, linked to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: EntityId,
    pub kind: MentionKind,
}

/// The people and bodies of one article, with every mention of them.
#[derive(Clone, Debug, Default)]
pub struct Cast {
    names: Vec<String>,
    mentions: Vec<Mention>,
}

impl Cast {
    pub fn new(_text: &str, _structure: &Structure, _published: Option<NaiveDate>) -> Cast {
        Cast::default()
    }

    /// The fullest name the article gives for `entity` ("Antony J. Blinken").
    pub fn name(&self, entity: EntityId) -> &str {
        &self.names[entity]
    }

    /// Every mention, in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// The mentions that lie within `span`, in text order.
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.end <= span.end).max(from);
        &self.mentions[from..to]
    }
}
