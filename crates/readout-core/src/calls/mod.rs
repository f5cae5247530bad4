//! Reported calls: who spoke with whom, when, by what medium, about what
//! (`shared/spec/EXTRACTION.md`, "Calls").
//!
//! Each sentence is read for *triggers*, the words that report a call:
//! - a talking verb and its other side: "spoke with Biden", "talked to", "conferred by
//!   phone with", or a plural subject: "Biden and Xi spoke";
//! - a calling verb and the person called: "phoned Abbott", "Modi dials Putin", "called
//!   him on Wednesday" (not "called for", "called it", "called him a liar"), or the caller
//!   of a passive: "was called by Erdogan";
//! - a call noun held by someone, with someone or someone's: "held a call", "received a
//!   telephone call from", "a conversation with @POTUS", "Biden's call with Xi", "phone
//!   talks", "in a call with" (the clause's subject is then a side);
//! - a medium phrase on another verb: "discussed by phone", "addressed lawmakers by video
//!   link".
//!
//! The sides are the people and bodies the names module found (`Cast`), taken from the
//! trigger's clause: its subject (a list of names, "the two leaders" for the sides of the
//! call just reported or the two people last named, the author of a quotation or post
//! for "I"), the names after "with", "to", "from" or "between", a possessor ("Sullivan's
//! call"), the person told ("Xi told Biden on a video call"), or a side named only by
//! office ("the leaders of Britain and Germany"), the members after a group ("more than 20
//! leaders, including Trump and Bolsonaro"); a verb after "and" takes the sentence's first
//! subject. A name the cast found inside a person's title only qualifies the person ("Sri
//! Lankan President Rajapaksa", "Lee of Singapore"), and a title the cast left out does not
//! break a list ("Chirac and Federal Chancellor of Germany Schroeder"). No one calls
//! themselves: a title the cast gave to the other side names the author's principal ("The
//! Prime Minister spoke to Prime Minister Trudeau"), an object pronoun bound to the
//! subject someone else.
//!
//! A trigger is dropped when its clause says the call did not happen or is not one
//! occasion: a modal or infinitive ("will speak", "plans to call"), a negation, a
//! condition ("if they speak", but not a question answered without denial), a habit
//! ("they speak regularly", "the fifth such conversation"), or, for a talk with no
//! medium, a meeting ("met", "on the sidelines", "in Bali"). A body or group is a side
//! only of what the text calls a call ("a video call with US lawmakers"): "spoke to
//! Reuters" is an interview, "addressed parliament by video link" a speech.
//!
//! The caller is named only where the words say who placed the call: the subject of a
//! calling verb or of "made/placed/returned a call", the agent of "was called by", the
//! side of "a call from"; a talk says nothing of it, and reports of one call that
//! disagree name no caller.
//!
//! The date is the date expression of the trigger's own clause, never one across a
//! report verb or a subordinator ("…, the Kremlin said on Tuesday", "said on Tuesday he
//! had spoken"); "earlier in the day" is the day of the call reported before. Reports of
//! the same people are one call — the headline, the lead and later paragraphs — unless
//! they give different dates in the body (a returned call and the call returning it are
//! one), and a side named by office is the person a report of the same call names with
//! that office ("leader of the Maldives", "Maldivian President Solih"); "today" in a post
//! is the day on its author line; a report with a date or medium but only one known side ("held several
//! conversations with world leaders") lends them to the complete reports that follow.
//!
//! Every scan is bounded by the sentence and a fixed window of words, so the pass is
//! linear in the text.

mod lists;
mod merge;
mod occasion;
mod parties;
mod posts;
mod report;
mod sentence;
mod sides;
mod topics;
mod triggers;
mod when;

use merge::*;
use parties::*;
use report::*;
use sentence::*;
use sides::Sides;
use triggers::*;
use when::repeated_years;

use std::cell::OnceCell;

use crate::cast::{Cast, EntityId, EntityKind, Mention, MentionKind};
use crate::dates::{dateline_day, find_dates_in, DateKind, DateMention, NaiveDate, When};
use crate::doc::{token, Doc, Kind as TokenKind, Span, Token};
use crate::fold::fold;
use crate::lexicon::calls as lx;
use crate::lexicon::classes::{Class as Set, Classes};
use crate::lexicon::dates::DAY_AND_MONTH_NAMES;
use crate::lexicon::places;
use crate::record::{Call, Medium, Placed};

/// How far, in words, any look-around from a trigger reaches.
const WINDOW: usize = 40;
/// How many words may separate two names of one list.
const MAX_LINK: usize = 6;
/// How many mentions back "the two leaders" looks for its two people.
const MAX_RECENT: usize = 60;
/// How many people named lately may include the sides of the last call "the two
/// leaders" stands for.
const RECENT_PEOPLE: usize = 6;
/// How many following reports an incomplete report may lend its date to.
const MAX_LENT: usize = 24;
/// How many calls back a report looks for the call it repeats.
const MAX_CALLS: usize = 200;
/// How far after a first-person call, in bytes, the author line of its post may come
/// (a post's text, and its translation, may stand between).
const POST_REACH: usize = 1000;
/// At most this many topics per call.
const MAX_TOPICS: usize = 4;
/// The most words a topic has: a longer phrase is a clause, not a topic.
const MAX_TOPIC_WORDS: usize = 10;

/// Every distinct call reported in the Doc (its evidence in bytes), each with the byte
/// span of the words its date was read from (its `date_text`), which may lie outside its
/// evidence; and every date expression read on the way (those of the sentences that
/// report calls), in text order.
pub(crate) fn find_calls(doc: &Doc, cast: &Cast) -> (Vec<(Call, Option<Span>)>, Vec<DateMention>) {
    let (text, published) = (doc.text, doc.published);
    let people = People::new(cast);
    let mut reports: Vec<Report> = Vec::new();
    let mut seen_dates: Vec<DateMention> = Vec::new();
    let dateline = if published.is_none() { dateline_day(doc) } else { None };
    let mut story = Story { dateline, ..Story::default() };
    for (index, sentence) in doc.sentences.iter().enumerate() {
        if !sentence.classes.any(TRIGGER_SETS) {
            continue;
        }
        let paragraph = doc.paragraphs.get(sentence.paragraph).copied().unwrap_or(sentence.span);
        let sent = Sent::new(doc, index, &people, story.clone());
        let before = reports.len();
        sent.reports(index, is_headline(text, paragraph), published, &mut reports, &mut seen_dates);
        if let Some(r) = reports[before..].iter().rev().find(|r| r.sides.len() >= 2) {
            story.last_call = r.sides.clone();
        }
        if let Some(when) = reports[before..].iter().rev().find_map(|r| day(r.date)) {
            story.last_day = Some(when);
        }
    }
    repeated_years(text, &mut reports, &seen_dates);
    let calls = merge(text, reports, &people)
        .into_iter()
        .map(|c| {
            let caller = c.placed.by().map(|i| c.parties[i].name.clone());
            let call = Call {
                participants: c.parties.into_iter().map(|p| p.name).collect(),
                caller,
                date: c.date.and_then(|d| d.when).map(|w| w.to_iso()),
                date_text: c.date.map(|d| text[d.span.start..d.span.end].to_string()),
                medium: c.medium,
                topics: c.topics,
                evidence: [c.evidence.start, c.evidence.end],
            };
            (call, c.date.map(|d| d.span))
        })
        .collect();
    (calls, seen_dates)
}

/// The word lists whose words report a call, or make a clause's medium: a sentence with
/// none of their words reports no call and is passed over unread.
const TRIGGER_SETS: Classes = Classes::of(&[
    Set::SPEAK_VERBS,
    Set::SPEAK_OR_NOUN,
    Set::CALL_VERBS,
    Set::CALL_NOUNS,
    Set::PHONE_WORDS,
    Set::VIDEO_WORDS,
    Set::MEDIUM_PHRASE_WORDS,
]);

/// A paragraph with no closing full stop: a headline, a caption, a dateline.
fn is_headline(text: &str, paragraph: Span) -> bool {
    let p = text[paragraph.start..paragraph.end].trim_end();
    let mut rev = p.chars().rev();
    let last = rev.next();
    let closing = |c: char| matches!(c, '"' | '\u{201D}' | '\'' | '\u{2019}' | ')' | '\u{BB}');
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '\u{2026}');
    match last {
        Some(c) if stop(c) => false,
        Some(c) if closing(c) => !rev.next().is_some_and(stop),
        _ => true,
    }
}

#[cfg(test)]
pub(super) mod test_util {
    use super::*;

    /// Wednesday.
    pub(super) fn published() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 5, 8)
    }

    pub(super) fn calls_on(text: &str, published: Option<NaiveDate>) -> Vec<Call> {
        crate::analyze_text(text.to_string(), published, crate::Record::default()).record.calls
    }

    pub(super) fn calls_in(text: &str) -> Vec<Call> {
        calls_on(text, published())
    }

    pub(super) fn pairs(calls: &[Call]) -> Vec<Vec<&str>> {
        calls.iter().map(|c| c.participants.iter().map(String::as_str).collect()).collect()
    }

    pub(super) fn media(calls: &[Call]) -> Vec<Medium> {
        calls.iter().map(|c| c.medium).collect()
    }

    pub(super) fn dates(calls: &[Call]) -> Vec<Option<&str>> {
        calls.iter().map(|c| c.date.as_deref()).collect()
    }

    pub(super) const BERG_LIND: [&str; 2] = ["Anna Berg", "Otto Lind"];
}

#[cfg(test)]
mod tests {
    use super::test_util::*;
    use super::*;

    #[test]
    fn sentences_without_a_call_word_are_passed_over() {
        let may_report = |text: &str| Doc::new(text, None).sentences.iter().any(|s| s.classes.any(TRIGGER_SETS));
        for text in [
            "They TALKED at length.",
            "A Videocall was held",
            "(spoke)",
            "zoom",
            "It rang twice.",
            "a phone-call",
            "Telephonically",
        ] {
            assert!(may_report(text), "{text}");
        }
        for text in [
            "The harbour reopened on Monday.",
            "Recalled envoys, during a string of visits.",
            "The spokesman left the conference early.",
            "vide",
            "",
        ] {
            assert!(!may_report(text), "{text}");
        }
    }

    #[test]
    fn evidence_counts_characters() {
        let text = "Zürich — President Anna Berg phoned Chancellor Otto Lind.";
        let c = calls_in(text);
        assert_eq!(c[0].evidence, [0, text.chars().count()]);
    }

    #[test]
    fn any_input_is_safe() {
        let mut text = String::new();
        for i in 0..3000u32 {
            text.push(char::from_u32(0x20 + (i * 7919) % 0x3000).unwrap_or(' '));
            if i % 11 == 0 {
                text.push_str(" President Anna Berg spoke with called a call with \u{201C} \"the two leaders\" held ");
            }
        }
        let _ = calls_in(&text);
        for text in ["", "with", "spoke with", "called Berg", "President Anna Berg spoke with", "\u{201C}", "the two"] {
            let _ = calls_in(text);
        }
    }
}
