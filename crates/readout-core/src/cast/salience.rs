//! Whom a pronoun means: where each mention stands (its sentence, whether it is quoted,
//! whether it is the subject of its clause), and the gender its words give a person.
//!
//! A pronoun goes to a person of its gender (a body, a place or a date is never "he" or
//! "she"); outside a quotation, never to someone named only inside one; to the subject
//! of its own sentence before it, else to the subject of one of the sentences before,
//! else to the person named last.

use super::*;

use crate::doc::{token, Kind};
use crate::lexicon::classes::Class;
use crate::lexicon::given_names::{Gender, GIVEN_NAMES};
use crate::lexicon::people::{GENDERED_TITLES, OBJECT_BEFORE, PRONOUNS};

/// How many sentences back a pronoun looks for the subject it refers to.
const PRONOUN_SENTENCES: usize = 3;

/// Where a mention stands.
#[derive(Clone, Copy, Debug)]
pub(super) struct Standing {
    sentence: usize,
    quoted: bool,
    /// The subject of its clause, not the object of a verb or a preposition, nor a
    /// possessive ("Anna Berg, in Paris for talks with the French president Marc Vidal,
    /// said": Berg is, Vidal is not).
    subject: bool,
    /// It names whose something is ("Trump's inauguration").
    possessive: bool,
    /// The subject of a saying verb right after it ("Joyce Msuya said"): the one a
    /// sentence reports.
    speaker: bool,
}

/// Where the mention at `span` stands in `doc`.
pub(super) fn standing(doc: &Doc, span: Span) -> Standing {
    let sentence = doc.sentences.partition_point(|s| s.span.end <= span.start);
    let k = doc.tokens.partition_point(|t| t.start < span.start);
    let end = doc.tokens.partition_point(|t| t.start < span.end);
    let quoted = doc.tokens.get(k).is_some_and(|t| t.is(token::QUOTED));
    let first = doc.sentences.get(sentence).map_or(k, |s| s.tokens.start.min(k));
    // The token before, past articles: after a preposition or a verb that takes an object
    // ("talks with the French president Marc Vidal", "met Vidal", "confirming Vidal's")
    // a name is an object; after anything else (the sentence's start, a mark, "and", a
    // time, an inverted "said") a subject.
    let before = doc.tokens[first..k].iter().rev().find(|t| !t.classes.has(Class::ARTICLES));
    let object = before.is_some_and(|t| {
        let word = &doc.text[t.start..t.end];
        let verb = (word.ends_with("ed") && !t.classes.has(Class::CUE_VERBS)) || word.ends_with("ing");
        t.kind == Kind::Word
            && !t.is(token::CAPITALISED)
            && (OBJECT_BEFORE.contains(word)
                || verb
                || t.classes.has(Class::TELLING_VERBS)
                || t.classes.has(Class::CALL_VERBS))
    });
    let possessive = end > k && doc.tokens[end - 1].is(token::POSSESSIVE);
    let speaker = doc.tokens.get(end).is_some_and(|t| t.classes.has(Class::CUE_VERBS));
    Standing { sentence, quoted, subject: !object && !possessive, possessive, speaker }
}

/// The gender a person's reference gives: a gendered word of its title ("Mrs", "King",
/// "spokeswoman"), else its first name ("Anna" of "Anna Berg").
pub(super) fn reference_gender<'a>(mut titles: impl Iterator<Item = &'a str>, first: Option<&str>) -> Option<Gender> {
    let titled = titles.find_map(|w| GENDERED_TITLES.get_lower(w.trim_end_matches('.')).copied());
    titled.or_else(|| first.and_then(|w| GIVEN_NAMES.get(w)))
}

impl Cast {
    /// The person the pronoun `word` at mention `at` stands for, among the mentions
    /// before it: see the module documentation. `standings` holds where each mention
    /// stands.
    pub(super) fn antecedent(&self, at: usize, word: &str, standings: &[Standing]) -> Option<EntityId> {
        let gender = PRONOUNS.get_lower(word).copied();
        let me = standings[at];
        let fits = |i: usize| {
            let e = self.entities.get(self.mentions[i].entity)?;
            let agrees = e.kind == EntityKind::Person && gender.zip(e.gender).is_none_or(|(a, b)| a == b);
            (agrees && (me.quoted || !standings[i].quoted)).then_some(self.mentions[i].entity)
        };
        let earlier = (at.saturating_sub(TITLE_REACH)..at).rev();
        let oldest = me.sentence.saturating_sub(PRONOUN_SENTENCES);
        // The subject of its own sentence before it, or someone whose thing it names
        // ("before Trump's inauguration, he had"), the latest.
        let own = earlier.clone().take_while(|&i| standings[i].sentence == me.sentence);
        if let Some(e) = own.clone().filter(|&i| standings[i].subject || standings[i].possessive).find_map(fits) {
            return Some(e);
        }
        // In the latest sentence before that has a subject who fits: the one it reports
        // saying something, else its first.
        let before = earlier.clone().skip(own.count()).take_while(|&i| standings[i].sentence >= oldest);
        let mut best: Option<(Standing, EntityId)> = None;
        for i in before.filter(|&i| standings[i].subject || standings[i].speaker) {
            let s = standings[i];
            match (fits(i), best) {
                (_, Some((b, _))) if s.sentence < b.sentence => break,
                (Some(e), None) => best = Some((s, e)),
                (Some(e), Some((b, _))) if !b.speaker || s.speaker => best = Some((s, e)),
                _ => {}
            }
        }
        best.map(|(_, e)| e).or_else(|| earlier.clone().find_map(fits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name each pronoun of `text` stands for.
    fn pronouns(text: &str) -> Vec<String> {
        let c = Cast::new(&Doc::new(text, None));
        c.mentions().iter().filter(|m| m.kind == MentionKind::Pronoun).map(|m| c.name(m.entity).to_string()).collect()
    }

    #[test]
    fn a_pronoun_takes_a_person_of_its_gender() {
        let text = "Anna Berg, in Paris for talks with the French president Marc Vidal, said Europe must act. \"We cannot wait,\" she added.";
        assert_eq!(pronouns(text), ["Anna Berg"]);
        assert_eq!(pronouns("Mrs Okafor met Mr Lindqvist. Later he left."), ["Lindqvist"]);
    }

    #[test]
    fn a_pronoun_takes_the_subject_before_an_object() {
        let text = "Tom Hale spoke with Piet Rossum on Monday. He said the rise was steep.";
        assert_eq!(pronouns(text), ["Tom Hale"]);
        // In its own sentence, the subject before it.
        assert_eq!(pronouns("After the talks with Rossum, Hale said he was hopeful."), ["Hale"]);
        assert_eq!(pronouns("Days before Tom Hale's speech, he met Piet Rossum."), ["Tom Hale"]);
    }

    #[test]
    fn a_pronoun_takes_the_speaker_of_the_sentence_before() {
        let text = "Money pledged by Rossum would help, Assistant Secretary-General Joyce Msuya said. \"We welcome it,\" she said.";
        assert_eq!(pronouns(text), ["Joyce Msuya"]);
        // A possessive is no subject.
        let text =
            "On Sunday, after Jorge Kirchner's victory, Mateo Dorrego wrote to the press. \"You won,\" he wrote.";
        assert_eq!(pronouns(text), ["Mateo Dorrego"]);
    }

    #[test]
    fn a_subject_after_a_dateline_or_a_time() {
        let text = "Talks on air defence\n\nKYIV, Oct 11 - President Otto Lind said he had a call with Anna Berg.";
        assert_eq!(pronouns(text), ["Otto Lind"]);
        assert_eq!(pronouns("On Monday Otto Lind met Jorge Vos, and he said so."), ["Otto Lind"]);
    }

    #[test]
    fn a_pronoun_outside_quotes_skips_people_named_only_inside() {
        let text = "Kowalski spoke first. \"Jan Nowak is wrong,\" he said.";
        assert_eq!(pronouns(text), ["Kowalski"]);
    }

    #[test]
    fn gender_from_titles_and_given_names() {
        let g = |titles: &[&str], first: Option<&str>| reference_gender(titles.iter().copied(), first);
        assert_eq!(g(&["Mrs."], None), Some(Gender::Female));
        assert_eq!(g(&["spokesman"], Some("Dmitry")), Some(Gender::Male));
        assert_eq!(g(&[], Some("Anna")), Some(Gender::Female));
        assert_eq!(g(&["President"], None), None);
    }
}
