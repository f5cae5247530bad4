//! What became of an amount (`shared/spec/EXTRACTION.md`, "Amounts", `status`): pledged,
//! delivered, requested, or other.
//!
//! Money that is not aid is `other`, and so is aid of a government's own country (a
//! stimulus, a budget) with no recipient named. Otherwise the nearest word of
//! [`STATUS_WORDS`] in the amount's clause decides, looked for before the amount first
//! ("Japan pledged $5 million", "is seeking $2.75 billion", "called for $4 billion"),
//! then after it ("$5 million
//! was disbursed"); aid with no such word is `pledged`, as announced aid is. An amount that
//! restates the one before it in another currency ("56 trillion yen ($490 billion)") is
//! a conversion. Each look-up reads a bounded number of words.

use crate::doc::{Doc, Span};
use crate::lexicon::status::{APPROXIMATELY, ASKING_FOR, ASKING_PREPOSITION, OWN_SPENDING, STATUS_WORDS};
use crate::record::{Category, Status};

/// Words read on either side of an amount for its status.
const REACH: usize = 10;

/// The status of the amount at `span`, in the sentence `sentence`, of `category`, given
/// to `recipient` when one is named.
pub(super) fn status(doc: &Doc, span: Span, sentence: Span, category: Category, recipient: Option<&str>) -> Status {
    if category == Category::Other {
        return Status::Other;
    }
    let text = doc.text;
    let words = |range: std::ops::Range<usize>| doc.tokens[range].iter().map(move |t| &text[t.start..t.end]);
    let before = doc.tokens_in(Span::new(sentence.start, span.start));
    let after = doc.tokens_in(Span::new(span.end, sentence.end));
    if recipient.is_none() && words(before.start..after.end).any(|w| OWN_SPENDING.contains_lower(w)) {
        return Status::Other;
    }
    let clause = |w: &&str| !matches!(*w, ";" | ":");
    let mut back = words(before).rev().take(REACH).take_while(clause).peekable();
    let mut nearest_before = None;
    while let (Some(word), None) = (back.next(), nearest_before) {
        let asking =
            word.eq_ignore_ascii_case(ASKING_PREPOSITION) && back.peek().is_some_and(|w| ASKING_FOR.contains_lower(w));
        nearest_before = if asking { Some(&Status::Requested) } else { STATUS_WORDS.get_lower(word) };
    }
    let nearest_after = || words(after).take(REACH).take_while(clause).find_map(|w| STATUS_WORDS.get_lower(w));
    nearest_before.or_else(nearest_after).copied().unwrap_or(Status::Pledged)
}

/// Whether the text between two amounts, `between`, makes the second restate the first
/// in parentheses: an opening parenthesis, and at most a word of approximation.
pub(super) fn restates(between: &str) -> bool {
    let Some(inside) = between.trim().strip_prefix('(') else { return false };
    let inside = inside.trim();
    inside.is_empty() || APPROXIMATELY.contains_lower(inside)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::amounts_in;
    use super::*;

    fn statuses(text: &str) -> Vec<(String, Status)> {
        amounts_in(text).into_iter().map(|a| (a.text, a.status.unwrap())).collect()
    }

    fn one(text: &str) -> Status {
        let all = statuses(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all[0].1
    }

    #[test]
    fn the_nearest_word_of_the_clause_says_what_became_of_the_money() {
        assert_eq!(one("Norway pledged $20 million in humanitarian aid."), Status::Pledged);
        assert_eq!(one("The fund has disbursed $3 billion in budget support to Kenya."), Status::Delivered);
        assert_eq!(one("The agency is seeking $2.75 billion in humanitarian aid for Sudan."), Status::Requested);
        assert_eq!(one("Aid groups appealed for $400 million in food aid."), Status::Requested);
        assert_eq!(one("The Palestinians have called for $4 billion in aid."), Status::Requested);
        assert_eq!(one("In a call for unity, Japan gave $4 million in aid."), Status::Delivered);
        assert_eq!(one("A further $50 million in military aid was delivered last week."), Status::Delivered);
        assert_eq!(one("Germany will provide $1 billion in military aid."), Status::Pledged);
        // The nearest word wins: each amount of a sentence has its own verb.
        assert_eq!(
            statuses("Japan pledged $5 million in aid, and Canada sent $3 million in aid."),
            [("$5 million".to_string(), Status::Pledged), ("$3 million".to_string(), Status::Delivered)]
        );
        // A later mention that makes the money aid gives its status.
        assert_eq!(
            one("The repairs cost $5 million. Japan pledged $5 million in reconstruction aid."),
            Status::Pledged
        );
        // Aid named with no such word is announced aid.
        assert_eq!(one("The $400 million military aid package includes rockets."), Status::Pledged);
    }

    #[test]
    fn estimates_costs_and_a_governments_own_spending_are_other() {
        assert_eq!(one("Rebuilding is estimated at $400 billion in reconstruction aid."), Status::Other);
        assert_eq!(one("The war has cost the economy $10 billion."), Status::Other);
        assert_eq!(one("Tokyo unveiled a $490 billion economic stimulus package."), Status::Other);
    }

    #[test]
    fn a_restatement_in_another_currency_is_a_conversion() {
        let all = amounts_in("Japan pledged 56 trillion yen ($490 billion) in economic aid to the region.");
        let flags: Vec<(&str, bool)> = all.iter().map(|a| (a.text.as_str(), a.conversion)).collect();
        assert_eq!(flags, [("56 trillion yen", false), ("$490 billion", true)]);
        assert!(restates(" (about ") && restates("(") && !restates(" and ") && !restates(" (the other "));
    }
}
