//! Money amounts: every sum of money the text names, with its value, currency, what it is
//! for and, for aid, who gives it to whom (`shared/spec/EXTRACTION.md`, "Amounts").
//!
//! A hand-written scanner walks the text once and reads *expressions*: an optional sign
//! or code ("$", "US$", "EUR", "Rs"), a number (digits or words), optional multipliers
//! ("bn", "million", "lakh crore") and, when no sign came first, an optional code or word
//! after it ("dollars", "Canadian dollars", "USD"). Two expressions joined by "-", "to" or
//! "between … and" make one range. Only expressions with a currency are amounts: counts
//! of people, percentages and years never carry one.
//!
//! A generic name ("$", "rupees", "pesos") is the money of the country the text is about
//! (`lexicon::currencies::LOCAL_CURRENCIES`): the places the text names are found in one
//! more pass, only when such a name is written.
//!
//! What an amount is for comes from cue words (`lexicon::purposes::PURPOSE_CUES`),
//! looked for in the phrase right after the amount, then in its sentence, then in the
//! sentence before. Cues and sentence breaks are found once for the whole text and every
//! look-up is bounded, so the whole pass stays linear in the text.

mod local;
mod parties;
mod purpose;
mod scan;
mod status;

use local::*;
use parties::GIVING_INDEX;
use purpose::*;
use scan::*;

use std::collections::hash_map::{Entry, HashMap};

use crate::cast::{Cast, EntityId, Mention, MentionKind};
use crate::doc::{token, Doc, Kind, Span, Token};

use crate::lexicon::classes::{Class, Classes};
use crate::lexicon::currencies::{Guard, Local, CODES, GUARDS, LANDS, LAND_WORDS, LOCAL_CURRENCIES, SIGNS, WORDS};
use crate::lexicon::numbers::{FRACTIONS, MULTIPLIERS, NUMBER_WORDS, RANGE_OPENERS};
use crate::lexicon::places::COUNTRY_WORDS;
use crate::lexicon::purposes::{
    ACTOR_NOUNS, COMPOUND_HEADS, CONTAINERS, GIVING_VERBS, GOVERNED_WORDS, GOVERNING_CUES, GOVERNING_PREPOSITIONS,
    LEANING_AID, NOT_PARTIES, PART_MARKERS, PLEDGING_WORDS, PREPOSITIONS, PURPOSE_CUES, RECEIVING_VERBS, TOPIC_CUES,
};
use crate::record::{Amount, Category};

/// How far the context of an amount reaches on either side, in bytes.
const WINDOW: usize = 600;

/// How many words after an amount make its own phrase.
const PHRASE_WORDS: usize = 8;

/// How many cue words on either side of an amount are weighed at most.
const MAX_CUES: usize = 24;

/// Every amount of money of the Doc, in order of first mention; offsets are bytes (the
/// record's characters are counted where the record is built).
///
/// The same value and currency mentioned again is the same amount: it keeps its first
/// mention's text and offsets, and its category takes in what every mention says.
pub(crate) fn find_amounts(doc: &Doc, cast: &Cast) -> Vec<Amount> {
    let text = doc.text;
    let mut spans = scan(doc);
    let ctx = Context::new(doc, cast, &spans);
    if spans.iter().any(|s| s.local.is_some()) {
        local_currencies(doc, &mut spans, &ctx);
    }
    let mut out: Vec<Amount> = Vec::new();
    let mut seen: HashMap<(u64, &str), usize> = HashMap::new();
    for (i, s) in spans.iter().enumerate() {
        let prev = if i == 0 { 0 } else { spans[i - 1].end };
        let next = spans.get(i + 1).map_or(text.len(), |n| n.start);
        let category = ctx.classify(s, next);
        let (donor, recipient) = match category {
            Category::Other => (None, None),
            _ => ctx.parties(s, prev, next),
        };
        let ((lo, hi), _) = ctx.sentence(s.start, s.end);
        let status = status::status(doc, Span::new(s.start, s.end), Span::new(lo, hi), category, recipient.as_deref());
        let conversion = i > 0 && spans[i - 1].currency != s.currency && status::restates(&text[prev..s.start]);
        match seen.entry((s.value.to_bits(), s.currency)) {
            Entry::Occupied(e) => {
                let a = &mut out[*e.get()];
                let merged = a.category.map(|c| merge(c, category));
                // The status goes with the category: a mention that makes the money aid
                // ("it cost $5M" … "Japan pledged $5M in aid") says what became of it.
                if merged != a.category && merged == Some(category) {
                    a.status = Some(status);
                }
                a.category = merged;
                a.donor = a.donor.take().or(donor);
                a.recipient = a.recipient.take().or(recipient);
            }
            Entry::Vacant(e) => {
                e.insert(out.len());
                out.push(Amount {
                    text: text[s.start..s.end].to_string(),
                    value: s.value,
                    value_max: s.value_max,
                    currency: s.currency.to_string(),
                    category: Some(category),
                    status: Some(status),
                    conversion,
                    donor,
                    recipient,
                    start: s.start,
                    end: s.end,
                });
            }
        }
    }
    for a in &mut out {
        if a.category == Some(Category::Other) {
            a.donor = None;
            a.recipient = None;
        }
    }
    out
}

/// An amount as found: byte span, value(s) and currency.
pub(super) struct Found {
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    currency: &'static str,
    /// The generic name the currency is written with ("$", "Rs", "pesos"), as an index in
    /// [`LOCAL_CURRENCIES`]: the currency is then its default until the text decides.
    local: Option<u8>,
}

#[cfg(test)]
pub(super) mod test_util {
    use super::*;

    /// Every amount of `text`, offsets in characters.
    pub(super) fn amounts_in(text: &str) -> Vec<Amount> {
        crate::analyze_text(text.to_string(), None, crate::Record::default()).record.amounts
    }

    /// (value, currency) of every amount found.
    pub(super) fn found(text: &str) -> Vec<(f64, String)> {
        amounts_in(text).into_iter().map(|a| (a.value, a.currency)).collect()
    }

    pub(super) fn one(text: &str) -> Amount {
        let mut all = amounts_in(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    pub(super) fn category(text: &str) -> Category {
        one(text).category.unwrap()
    }

    /// The currencies of `text`'s amounts, in order.
    pub(super) fn currencies(text: &str) -> Vec<String> {
        amounts_in(text).into_iter().map(|a| a.currency).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;

    #[test]
    fn offsets_count_characters() {
        let text = "Zürich’s café — «€5 million» was raised.";
        let a = one(text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[a.start..a.end].iter().collect::<String>(), "€5 million");
    }

    #[test]
    fn a_repeated_amount_is_one() {
        let text = "Japan pledged $500 million. Later the $500 million pledge was paid, and $500m more.";
        let all = amounts_in(text);
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].start, all[0].text.as_str()), (14, "$500 million"));
        // The same value in another currency is another amount.
        assert_eq!(found("It paid $5 million and €5 million.").len(), 2);
    }

    #[test]
    fn never_panics_and_stays_linear() {
        let pieces = [
            "$",
            "€",
            "US$",
            "Rs",
            "Rs.",
            "1",
            "0",
            ",",
            ".",
            "-",
            "–",
            " ",
            "\n",
            "million",
            "bn",
            "m",
            "to",
            "between",
            "and",
            "from",
            "a",
            "half",
            "quarter of a",
            "dollars",
            "pounds",
            "of",
            "aid",
            "military",
            "including",
            "é",
            "Ж",
            "💶",
            "«",
            "”",
            "1,00,",
            "999999999999999999999",
            "The",
            "R",
            "P",
            "Sh",
            "kr",
            "(",
            "pesos",
            "rand",
            "Rand",
            "ALL",
            "₦",
            "A$",
            "Canada",
            "New Zealand",
            "Kenya",
            "Tokyo",
            "Ukraine",
        ];
        let mut seed: u64 = 7;
        let mut text = String::new();
        while text.len() < 2_000_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let all = amounts_in(&text);
        assert!(!all.is_empty());
        let chars = text.chars().count();
        assert!(all.iter().all(|a| a.start < a.end && a.end <= chars));
        assert!(amounts_in(&"9".repeat(100_000)).is_empty());
        assert!(amounts_in(&"1,000".repeat(50_000)).is_empty());
        assert!(amounts_in("").is_empty());
    }
}
