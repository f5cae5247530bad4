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

use std::cell::OnceCell;

use crate::cast::{surname_key, Cast, EntityId, EntityKind, Mention, MentionKind};
use crate::dates::{find_dates_in, DateKind, DateMention, NaiveDate, When};
use crate::doc::{token, CharOffsets, Doc, Kind as TokenKind, Span, Token};
use crate::fold::fold;
use crate::lexicon::calls as lx;
use crate::lexicon::classes::{Class as Set, Classes};
use crate::lexicon::places;
use crate::record::{Call, Medium};

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

/// Every distinct call reported in `text`; evidence offsets in characters.
pub(crate) fn find_calls(doc: &Doc, cast: &Cast, offsets: &CharOffsets) -> Vec<Call> {
    find_calls_with_dates(doc, cast, offsets).0.into_iter().map(|(call, _)| call).collect()
}

/// [`find_calls`], each call with the byte span of the words its date was read from
/// (its `date_text`), which may lie outside its evidence; and every date expression read
/// on the way (those of the sentences that report calls), in text order.
pub(crate) fn find_calls_with_dates(
    doc: &Doc,
    cast: &Cast,
    offsets: &CharOffsets,
) -> (Vec<(Call, Option<Span>)>, Vec<DateMention>) {
    let (text, published) = (doc.text, doc.published);
    let people = People::new(cast);
    let mut reports: Vec<Report> = Vec::new();
    let mut seen_dates: Vec<DateMention> = Vec::new();
    let mut story = Story::default();
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
    let calls = merge(reports, &people)
        .into_iter()
        .map(|c| {
            let call = Call {
                participants: c.parties.into_iter().map(|p| p.name).collect(),
                date: c.date.and_then(|d| d.when).map(|w| w.to_iso()),
                date_text: c.date.map(|d| text[d.span.start..d.span.end].to_string()),
                medium: c.medium,
                topics: c.topics,
                evidence: [offsets.char_at(text, c.evidence.start), offsets.char_at(text, c.evidence.end)],
            };
            (call, c.date.map(|d| d.span))
        })
        .collect();
    (calls, seen_dates)
}

/// The cast as the calls pass reads it: its mentions, and each entity as a side.
struct People<'a> {
    cast: &'a Cast,
    mentions: &'a [Mention],
    /// Each entity as a side, made on first use: most entities are a side of no call.
    entities: Vec<OnceCell<Party>>,
}

impl<'a> People<'a> {
    fn new(cast: &'a Cast) -> People<'a> {
        let mentions = cast.mentions();
        let count = mentions.iter().map(|m| m.entity + 1).max().unwrap_or(0);
        People { cast, mentions, entities: (0..count).map(|_| OnceCell::new()).collect() }
    }

    fn kind(&self, e: EntityId) -> EntityKind {
        if e < self.entities.len() {
            self.cast.kind(e)
        } else {
            EntityKind::Person
        }
    }

    /// Entity `e` as a side.
    fn entity(&self, e: EntityId) -> Option<&Party> {
        let cell = self.entities.get(e)?;
        Some(cell.get_or_init(|| Party::new(self.cast.name(e).to_string(), Some(self.cast.kind(e)), false)))
    }

    fn in_span(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.end <= span.end).max(from);
        &self.mentions[from..to]
    }

    fn party(&self, side: &Side) -> Party {
        match side {
            Side::Entity(e) => self.entity(*e).cloned().unwrap_or_else(|| Party::new(String::new(), None, false)),
            Side::Named(s) => Party::new(s.clone(), None, false),
            Side::Titled(s) => Party::new(s.clone(), None, true),
        }
    }
}

/// One side of a call as a trigger names it.
#[derive(Clone, Debug, PartialEq)]
enum Side {
    Entity(EntityId),
    /// A side the cast does not know, named as the text names it ("leader of Britain").
    Named(String),
    /// A person the text names only by a title the cast gave to someone else ("The Prime
    /// Minister spoke to Prime Minister Trudeau"): "Prime Minister".
    Titled(String),
}

/// A side with its name resolved.
#[derive(Clone, Debug)]
struct Party {
    name: String,
    /// What tells two names of the same side apart from others: the folded last word
    /// (the whole name for a side the cast does not know).
    key: String,
    /// The folded words of the name without its titles.
    words: Vec<String>,
    /// The cast's kind of the entity; `None` for a side the cast does not know.
    kind: Option<EntityKind>,
    titled: bool,
    /// The words the reports wrote around the name, with its titles ("Maldivian
    /// President Ibrahim Solih"): where the person holds office.
    qual: String,
}

impl Party {
    fn new(name: String, kind: Option<EntityKind>, titled: bool) -> Party {
        let key = if kind.is_some() { name_key(&name) } else { name.to_lowercase() };
        let words: Vec<String> = name
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty() && !in_list(w, NAME_TITLES))
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
    fn is_body(&self) -> bool {
        matches!(self.kind, Some(EntityKind::Body | EntityKind::Group))
    }

    /// The country of a side named only by office: "Maldives" for "leader of the Maldives".
    fn office_country(&self) -> Option<&str> {
        if self.kind.is_some() || self.titled {
            return None;
        }
        let (_, country) = self.name.split_once(" of ")?;
        Some(country.strip_prefix("the ").unwrap_or(country))
    }

    /// Whether the words written around this person's name place them in office in
    /// `country`: "Maldivian President" for "Maldives", "President of France" for "France".
    fn serves(&self, country: &str) -> bool {
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

/// One trigger's report of a call, before the reports of one call are merged.
#[derive(Clone, Debug)]
struct Report {
    sides: Vec<Side>,
    /// For each side, the words written around its name (see [`Party::qual`]).
    quals: Vec<String>,
    date: Option<DateMention>,
    medium: Medium,
    topics: Vec<String>,
    sentence: usize,
    evidence: Span,
    headline: bool,
    /// The report returns an earlier call ("returned Singh's call").
    returned: bool,
    /// The report names a call by a call noun or a calling verb, so a body may be a side
    /// ("a video call with US lawmakers"); a talk with a body is a speech or interview
    /// ("spoke to the European Parliament via video link", "spoke to Reuters").
    calls_it: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// "spoke with", "talked to", "conferred".
    Speak,
    /// "called", "phoned", "dialled" with the person called as object.
    CallVerb,
    /// "call", "conversation", "phone talks".
    Noun,
    /// "by phone", "over the telephone", "via video link" on another verb.
    Adverbial,
}

/// How a call noun stands in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// The object of a verb whose subject takes part: "held a call", at the verb.
    Held(usize),
    /// In a phrase beside the clause's verb: "in a call with", at the preposition.
    Beside(usize),
    /// On its own: "Biden's call with Xi", "PM call with", "the call".
    Bare,
}

#[derive(Clone, Copy, Debug)]
struct Trigger {
    kind: Kind,
    /// The trigger word.
    at: usize,
    /// The noun's role, for nouns.
    role: Role,
    /// The first word of the noun's phrase ("a" in "a phone call"), else `at`.
    phrase: usize,
}

/// A mention within one sentence, with the words it covers.
#[derive(Clone, Copy, Debug)]
struct Ment {
    first: usize,
    last: usize,
    entity: EntityId,
    kind: MentionKind,
}

/// What the article has reported so far, for the sentences that refer back to it.
#[derive(Clone, Debug, Default)]
struct Story {
    /// The sides of the last call reported ("the two leaders").
    last_call: Vec<Side>,
    /// The day of the last dated call ("earlier in the day").
    last_day: Option<When>,
}

/// One sentence, cut into words, with the mentions in it.
struct Sent<'a, 'p> {
    doc: &'a Doc<'a>,
    /// The sentence's index in the Doc.
    index: usize,
    text: &'a str,
    span: Span,
    /// The sentence's tokens, from the Doc.
    toks: &'a [Token],
    ments: Vec<Ment>,
    /// For each word, the first mention covering it.
    cover: Vec<Option<usize>>,
    /// Where clauses end; read only in sentences with a trigger, so made on first use.
    breaks: OnceCell<Breaks>,
    people: &'a People<'p>,
    /// The document's quotations.
    quotes: &'a [crate::doc::Quotation],
    /// What the sentences before this one reported.
    story: Story,
}

/// The clause breaks of a sentence (see [`Sent::word_breaks`]).
struct Breaks {
    /// For each word, whether it ends a clause.
    at: Vec<bool>,
    /// For each word, the last clause break before it and the first after it.
    prev: Vec<Option<usize>>,
    next: Vec<usize>,
}

/// Word lists looked up at every word of a clause, read as a name would not read them.
#[derive(Clone, Copy)]
enum Flag {
    Habitual,
    Ordinal,
    Meeting,
    Topic,
    Video,
    Phone,
}

impl<'a, 'p> Sent<'a, 'p> {
    fn new(doc: &'a Doc, sentence: usize, people: &'a People<'p>, story: Story) -> Sent<'a, 'p> {
        let (text, span) = (doc.text, doc.sentences[sentence].span);
        let toks = &doc.tokens[doc.sentences[sentence].tokens.clone()];
        let mut ments = Vec::new();
        for m in people.in_span(span) {
            let first = toks.partition_point(|t| t.end <= m.span.start);
            let end = toks.partition_point(|t| t.start < m.span.end);
            if first < end {
                ments.push(Ment { first, last: end - 1, entity: m.entity, kind: m.kind });
            }
        }
        drop_qualifiers(text, toks, people, &mut ments);
        let mut cover = vec![None; toks.len()];
        for (k, m) in ments.iter().enumerate() {
            for c in &mut cover[m.first..=m.last] {
                c.get_or_insert(k);
            }
        }
        Sent {
            doc,
            index: sentence,
            text,
            span,
            toks,
            ments,
            cover,
            breaks: OnceCell::new(),
            people,
            quotes: &doc.quotations,
            story,
        }
    }

    /// The clause breaks of the sentence, found on first use.
    fn breaks(&self) -> &Breaks {
        self.breaks.get_or_init(|| {
            let n = self.len();
            let at: Vec<bool> = (0..n).map(|i| self.word_breaks(i)).collect();
            let mut last = None;
            let prev = (0..n)
                .map(|i| {
                    let before = last;
                    if at[i] {
                        last = Some(i);
                    }
                    before
                })
                .collect();
            let mut following = n;
            let mut next = vec![n; n];
            for i in (0..n).rev() {
                next[i] = following;
                if at[i] {
                    following = i;
                }
            }
            Breaks { at, prev, next }
        })
    }

    fn len(&self) -> usize {
        self.toks.len()
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether word `i` is `word`, a lower-case word, in any case (see [`eq_word`]): read
    /// from the lowered words, which hold every word a lower-case ASCII word can equal.
    fn is(&self, i: usize, word: &str) -> bool {
        eq_word(self.word(i), word)
    }

    fn is_in(&self, i: usize, list: &[&str]) -> bool {
        let w = self.word(i);
        list.iter().any(|x| eq_word(w, x))
    }

    /// Whether word `i` is in the word list `set`.
    fn is_word(&self, i: usize, set: Set) -> bool {
        self.toks.get(i).is_some_and(|t| t.classes.has(set))
    }

    fn is_seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// The phrases of `phrases` whose words start at word `i`.
    fn phrases_at<'x>(
        &self,
        i: usize,
        phrases: &'x [&'x [&'x str]],
    ) -> impl Iterator<Item = &'x [&'x str]> + use<'_, 'x, 'a, 'p> {
        let first = self.word(i);
        phrases
            .iter()
            .copied()
            .filter(move |p| p.first().is_some_and(|w| eq_word(first, w)) && self.is_seq(i + 1, &p[1..]))
    }

    fn is_punct(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_empty() && !w.chars().any(char::is_alphanumeric)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(token::CAPITALISED) && t.kind != TokenKind::Handle)
    }

    fn has(&self, i: usize, flag: Flag) -> bool {
        // In a name, "Daily" or "Second" is no habit or count: "the Daily Courier".
        let in_name = || i > 0 && self.is_capitalized(i);
        match flag {
            Flag::Habitual => self.is_word(i, Set::HABITUAL) && !in_name(),
            Flag::Ordinal => self.is_word(i, Set::COUNTING_ORDINALS) && !in_name(),
            Flag::Meeting => self.is_word(i, Set::MEETING_WORDS),
            Flag::Topic => self.is_word(i, Set::TOPIC_CUES),
            Flag::Video => self.is_word(i, Set::VIDEO_WORDS),
            Flag::Phone => self.is_word(i, Set::PHONE_WORDS),
        }
    }

    fn is_break(&self, i: usize) -> bool {
        self.breaks().at.get(i).copied().unwrap_or(false)
    }

    /// A word that ends a clause: report verbs, subordinators, `;`, `:`, dashes, quote marks.
    /// A capitalised word inside a sentence is part of a name ("United States", "Post").
    fn word_breaks(&self, i: usize) -> bool {
        if self.is_word(i, Set::REPORT_VERBS) || self.is_word(i, Set::CLAUSE_OPENERS) {
            return self.cover.get(i).is_some_and(|c| c.is_none())
                && (!self.is_capitalized(i) || i == 0 || self.is_punct(i - 1));
        }
        let w = self.word(i);
        // A colon between digits tells the time ("6:30 p.m.").
        let clock = || {
            w == ":"
                && i > 0
                && self.word(i - 1).ends_with(|c: char| c.is_ascii_digit())
                && self.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
        };
        matches!(
            w,
            ";" | ":" | "-" | "\u{2014}" | "\u{2013}" | "|" | "\"" | "\u{201C}" | "\u{201D}" | "\u{AB}" | "\u{BB}"
        ) && !clock()
    }

    /// The first word of the clause of word `i` (at most [`WINDOW`] words back).
    fn clause_start(&self, i: usize) -> usize {
        let floor = i.saturating_sub(WINDOW);
        let prev = self.breaks().prev.get(i).copied().flatten().map_or(0, |j| j + 1);
        prev.max(floor).min(i)
    }

    /// The word ending the clause of word `i`, exclusive (at most [`WINDOW`] words on).
    fn clause_end(&self, i: usize) -> usize {
        let ceil = (i + WINDOW).min(self.len());
        self.breaks().next.get(i).copied().unwrap_or(self.len()).min(ceil)
    }

    fn mention_starting(&self, i: usize) -> Option<usize> {
        self.cover.get(i).copied().flatten().filter(|&k| self.ments[k].first == i)
    }

    /// The quotation (from its opening mark to after its closing one) that word `i` is in.
    fn in_quote(&self, i: usize) -> Option<Span> {
        let t = self.toks.get(i).filter(|t| t.is(token::QUOTED))?;
        let k = self.quotes.partition_point(|q| q.close <= t.start);
        self.quotes.get(k).filter(|q| q.open <= t.start).map(|q| Span { start: q.open, end: q.close })
    }

    /// The person named a few words after the possessive pronoun `k` ("his United States
    /// counterpart Joe Biden", "his Turkish counterpart, Recep Tayyip Erdogan").
    fn owned(&self, k: usize) -> Option<usize> {
        let from = self.ments[k].last + 1;
        (from..(from + 6).min(self.len()))
            .take_while(|&j| !self.is_break(j) && self.word(j) != ".")
            .find_map(|j| self.mention_starting(j))
    }

    /// "his", "its", "their", or "her" before a noun: a possessive, not a side.
    fn is_possessive_pronoun(&self, m: &Ment) -> bool {
        m.kind == MentionKind::Pronoun
            && m.first == m.last
            && (self.is_in(m.first, &["his", "its", "their"])
                || self.is(m.first, "her")
                    && !(self.is_punct(m.last + 1) || self.is_word(m.last + 1, Set::AFTER_CALLED)))
    }

    // ---- Triggers -------------------------------------------------------------------

    fn triggers(&self) -> Vec<Trigger> {
        let mut out: Vec<Trigger> = Vec::new();
        for i in 0..self.len() {
            if self.cover[i].is_some() {
                continue;
            }
            let t = |kind| Trigger { kind, at: i, role: Role::Bare, phrase: i };
            if self.is_word(i, Set::SPEAK_VERBS) || self.is_word(i, Set::SPEAK_OR_NOUN) && self.after_subject(i) {
                out.push(t(Kind::Speak));
            } else if self.is_word(i, Set::CALL_VERBS)
                && (self.call_object(i).is_some() || self.passive_agent(i).is_some())
            {
                out.push(t(Kind::CallVerb));
            } else if let Some(trigger) = self.noun_trigger(i) {
                out.push(trigger);
            }
        }
        // A medium phrase reports a call only in a clause with no other trigger.
        let words: Vec<usize> = out.iter().map(|t| t.at).collect();
        for i in 0..self.len() {
            if self.is_medium_phrase(i) {
                let (cs, ce) = (self.clause_start(i), self.clause_end(i));
                let k = words.partition_point(|&w| w < cs);
                if words.get(k).is_none_or(|&w| w >= ce) {
                    out.push(Trigger { kind: Kind::Adverbial, at: i, role: Role::Beside(i), phrase: i });
                }
            }
        }
        out.sort_by_key(|t| t.at);
        out
    }

    /// Right after a subject (a name or "they"), so a verb: "Biden talks with Xi".
    fn after_subject(&self, i: usize) -> bool {
        i > 0 && (self.cover[i - 1].is_some() || self.is_in(i - 1, &["they", "leaders", "presidents", "two"]))
    }

    /// The person a calling verb at `i` calls, when it reports a call.
    fn call_object(&self, i: usize) -> Option<usize> {
        let ambiguous = self.is_in(i, &["call", "calls", "calling"]);
        if ambiguous
            && i > 0
            && !(self.cover[i - 1].is_some() || self.is_word(i - 1, Set::VERB_ADVERBS) || self.is_punct(i - 1))
        {
            return None;
        }
        let j = if self.is(i + 1, "up") { i + 2 } else { i + 1 };
        let j = if self.is(j, "the") && self.mention_starting(j).is_none() { j + 1 } else { j };
        let mut k = self.mention_starting(j)?;
        if self.is_possessive_pronoun(&self.ments[k]) {
            k = self.owned(k)?;
        }
        if self.is_in(i, &["called", "call", "calls", "calling"]) {
            let after = self.ments[k].last + 1;
            let reports = after >= self.len()
                || self.is_word(after, Set::AFTER_CALLED)
                || matches!(self.word(after), "," | "." | ";" | ":" | "(" | "!" | "?")
                || self.is_word(after, Set::REPORT_VERBS)
                || self.is_word(after, Set::CLAUSE_OPENERS);
            if !reports {
                return None;
            }
        }
        Some(k)
    }

    /// The caller of a passive calling verb at `i`: "Sharif was called by Erdogan", "had
    /// been phoned by the Turkish President Erdogan".
    fn passive_agent(&self, i: usize) -> Option<usize> {
        let be = |j: usize| self.is_in(j, &["was", "were", "been", "is", "are", "being"]);
        let passive = i > 0 && (be(i - 1) || i > 1 && self.is_word(i - 1, Set::VERB_ADVERBS) && be(i - 2));
        if !passive || !self.is(i + 1, "by") {
            return None;
        }
        (i + 2..(i + 2 + MAX_LINK).min(self.len()))
            .take_while(|&j| {
                self.cover[j].is_some() || self.is_capitalized(j) || self.is_word(j, Set::TITLE_CONNECTORS)
            })
            .find_map(|j| self.mention_starting(j))
            .filter(|&k| !self.is_possessive_pronoun(&self.ments[k]))
    }

    /// The call noun at `i`, if it reports a call.
    fn noun_trigger(&self, i: usize) -> Option<Trigger> {
        let noun = self.is_word(i, Set::CALL_NOUNS);
        let needs_medium = !noun && self.is_word(i, Set::MEDIUM_NOUNS);
        if !noun && !needs_medium {
            return None;
        }
        let (phrase, role) = self.noun_phrase(i);
        if needs_medium {
            let before = (phrase..i).any(|j| self.is_medium_word(j));
            let after = self.is_word(i + 1, Set::MEDIUM_PREPOSITIONS)
                && (i + 2..(i + 5).min(self.len())).any(|j| self.is_medium_word(j));
            if !before && !after {
                return None;
            }
        }
        Some(Trigger { kind: Kind::Noun, at: i, role, phrase })
    }

    /// The first word of the phrase of the noun at `i`, and how the phrase stands.
    fn noun_phrase(&self, i: usize) -> (usize, Role) {
        let floor = i.saturating_sub(7);
        let mut phrase = i;
        let mut j = i;
        while j > floor {
            j -= 1;
            if self.is_word(j, Set::LIGHT_VERBS) && self.cover[j].is_none() {
                return (phrase, Role::Held(j));
            }
            if self.is_word(j, Set::CALL_PREPOSITIONS) {
                // "engaged in a phone conversation" is held.
                if j > 0 && self.is_word(j - 1, Set::LIGHT_VERBS) {
                    return (phrase, Role::Held(j - 1));
                }
                return (phrase, Role::Beside(j));
            }
            let suffix = self.word(j) == "," && self.is_in(j + 1, &["jr", "sr"]);
            // Quoted words inside the phrase: a "productive" call.
            let quote_mark = matches!(self.word(j), "\"" | "\u{201C}" | "\u{201D}" | "'" | "\u{2018}" | "\u{2019}");
            if quote_mark && j > floor {
                continue;
            }
            if self.is_break(j) || matches!(self.word(j), "," | "(" | ")") && self.cover[j].is_none() && !suffix {
                break;
            }
            if self.is(j, "of") && !self.is_word(j.wrapping_sub(1), Set::QUANTITY_NOUNS) {
                break;
            }
            if suffix
                || self.is(j, "of")
                || self.is_word(j, Set::QUANTITY_NOUNS)
                || self.is_word(j, Set::DETERMINERS)
                || self.cover[j].is_some()
                || !self.is_verbish(j)
            {
                phrase = j;
                continue;
            }
            break;
        }
        (phrase, Role::Bare)
    }

    /// A lower-case word that may be a verb, ending a noun phrase read backwards.
    fn is_verbish(&self, j: usize) -> bool {
        let w = self.word(j);
        !self.is_capitalized(j)
            && !w.chars().any(|c| c.is_ascii_digit())
            && !w.contains('-')
            && !self.toks[j].is(token::POSSESSIVE)
            && !self.is_medium_word(j)
            && !self.is_word(j, Set::NOT_HELD_BEFORE_NOUN)
            && (w.ends_with("ed")
                || self.is_word(j, Set::REPORT_VERBS)
                || self.is_word(j, Set::CLAUSE_OPENERS)
                || self.is_word(j, Set::PHRASE_ENDS))
    }

    fn is_medium_word(&self, j: usize) -> bool {
        self.has(j, Flag::Video) || self.has(j, Flag::Phone)
    }

    /// "by phone", "over the telephone", "via video link", "telephonically".
    fn is_medium_phrase(&self, i: usize) -> bool {
        if self.is(i, "telephonically") {
            return true;
        }
        if !self.is_word(i, Set::MEDIUM_PHRASE_WORDS) {
            return false;
        }
        let prep = self.is_word(i.wrapping_sub(1), Set::MEDIUM_PREPOSITIONS)
            || self.is(i.wrapping_sub(1), "the") && self.is_word(i.wrapping_sub(2), Set::MEDIUM_PREPOSITIONS);
        let noun_follows = self.is_word(i + 1, Set::CALL_NOUNS) || self.is_word(i + 1, Set::MEDIUM_NOUNS);
        prep && !noun_follows
    }

    // ---- Whether the trigger reports a call that happened ----------------------------

    fn not_held(&self, t: &Trigger) -> bool {
        let head = self.head(t);
        let cs = self.clause_start(head);
        let ce = self.clause_end(t.at);
        // A modal, infinitive or negation before the verb.
        let verbal = match (t.kind, t.role) {
            (Kind::Speak | Kind::CallVerb, _) => Some(t.at),
            (Kind::Noun, Role::Held(v)) => Some(v),
            _ => None,
        };
        if let Some(v) = verbal {
            let mut j = v;
            for _ in 0..5 {
                if j == 0 {
                    break;
                }
                j -= 1;
                let w = self.word(j);
                let name = self.cover[j].is_some() || self.is_capitalized(j) && j > 0 && !self.is_punct(j - 1);
                if name {
                    break;
                }
                if self.is_word(j, Set::NOT_HELD_BEFORE_VERB)
                    || w.ends_with("n't")
                    || w.ends_with("n\u{2019}t")
                    || w.ends_with("'ll")
                    || w.ends_with("\u{2019}ll")
                {
                    return true;
                }
                if !self.is_word(j, Set::VERB_ADVERBS)
                    && !self.is_in(j, &["is", "are", "was", "were", "am", "did", "does", "do"])
                {
                    break;
                }
            }
        }
        if t.kind == Kind::Noun {
            if (t.phrase..t.at).any(|j| self.is_word(j, Set::NOT_HELD_BEFORE_NOUN)) {
                return true;
            }
            let from = self.head(t).saturating_sub(4).max(cs.saturating_sub(1));
            if (from..self.head(t)).any(|j| self.is_word(j, Set::NOT_HELD_CONTEXT)) {
                return true;
            }
            // The noun as a subject of the future: "a call between them is scheduled".
            if t.role == Role::Bare && (t.at + 1..ce).any(|j| self.is_word(j, Set::NOT_HELD_AFTER_NOUN)) {
                return true;
            }
        }
        // A condition or an open question, unless an answer that does not deny follows.
        let opener = cs.checked_sub(1);
        if let Some(o) = opener.filter(|&o| self.is_word(o, Set::HYPOTHETICAL)) {
            let asked = (o.saturating_sub(3)..o).any(|j| self.is_word(j, Set::ASKING_VERBS));
            let answer_denies = (ce..(ce + WINDOW).min(self.len()))
                .any(|j| self.is_word(j, Set::DENIALS) || self.word(j).ends_with("n't"));
            if !asked || answer_denies {
                return true;
            }
        }
        // A habit or a count of calls.
        for j in cs..ce {
            let habitual = match self.word(j) {
                "times" => true,
                w if eq_word(w, "such") => (j + 1..j + 3).any(|k| k == t.at),
                _ => self.has(j, Flag::Habitual) && !self.is(j, "times"),
            };
            // "the fifth conversation", "the second time": a count, not an occasion.
            let adverbial = self.is(j.wrapping_sub(1), "the") && self.is(j.wrapping_sub(2), "for");
            let counted = self.has(j, Flag::Ordinal)
                && !adverbial
                && (self.is(j.wrapping_sub(1), "the") || self.is_in(j + 1, &["time", "times"]))
                && (j + 1..(j + 4).min(ce.max(j + 1))).any(|k| self.is_in(k, &["time", "times"]) || k == t.at);
            if habitual || counted {
                return true;
            }
        }
        // A talk with no medium, at a meeting.
        self.medium(t) == Medium::Unspecified
            && t.kind != Kind::CallVerb
            && (self.at_meeting(cs, ce, t.at) || self.at_place(t))
    }

    /// The first word of the trigger's predicate: the verb holding a noun, else the trigger.
    fn head(&self, t: &Trigger) -> usize {
        match t.role {
            Role::Held(v) => v,
            Role::Beside(p) => self.telling_verb(p).unwrap_or(p.min(t.phrase)),
            Role::Bare => t.phrase,
        }
    }

    /// The telling verb whose clause holds the call phrase at preposition `p`: "told" in
    /// "Xi told Biden on a video call".
    fn telling_verb(&self, p: usize) -> Option<usize> {
        let cs = self.clause_start(p);
        (cs > 0 && self.is_word(cs - 1, Set::TELLING_VERBS)).then(|| cs - 1)
    }

    /// Whether the clause `cs..ce` of a talk at `at` places it at a meeting; a meeting word
    /// after a topic word ("about the summit") names the topic.
    fn at_meeting(&self, cs: usize, ce: usize, at: usize) -> bool {
        // A meeting after a topic word or a subordinator is another event: "about the summit",
        // "ahead of seeing each other at the G7 meeting".
        let topic = (at..ce).find(|&k| self.has(k, Flag::Topic) || self.is_word(k, Set::SUBORDINATORS)).unwrap_or(ce);
        (cs..topic).any(|j| self.has(j, Flag::Meeting) || self.phrases_at(j, lx::MEETING_PHRASES).next().is_some())
    }

    /// Whether a place follows the talk and its other side: "spoke with Xi in Bali",
    /// "spoke with Putin at the Kremlin", "Biden and Xi spoke in Bali".
    fn at_place(&self, t: &Trigger) -> bool {
        let mut j = t.at + 1;
        if let Some((_, _, end)) = self.counterpart_list(t.at + 1) {
            j = end;
        }
        // Past the time: "spoke with Xi on Monday in Bali".
        while j < self.len()
            && !self.is_in(j, &["in", "at"])
            && (self.is_word(j, Set::ADJUNCT_WORDS)
                || is_weekday_or_month(self.word(j))
                || self.word(j).chars().all(|c| c.is_ascii_digit()))
        {
            j += 1;
        }
        if !self.is_in(j, &["in", "at"]) {
            return false;
        }
        let k = if self.is(j + 1, "the") { j + 2 } else { j + 1 };
        let body = self
            .cover
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|m| self.people.kind(self.ments[m].entity) != EntityKind::Person);
        let place = self.cover.get(k).is_some_and(Option::is_none)
            && self.is_capitalized(k)
            && !is_weekday_or_month(self.word(k));
        body || place
    }

    fn medium(&self, t: &Trigger) -> Medium {
        // A noun's own words first: "the telephone conversation" after "the virtual summit".
        if t.kind == Kind::Noun {
            if (t.phrase..=t.at).any(|j| self.has(j, Flag::Video)) {
                return Medium::Video;
            }
            if (t.phrase..=t.at).any(|j| self.has(j, Flag::Phone)) {
                return Medium::Phone;
            }
        }
        let cs = self.clause_start(self.head(t));
        let ce = self.clause_end(t.at);
        if (cs..ce).any(|j| self.has(j, Flag::Video)) {
            return Medium::Video;
        }
        // A call, by noun or verb, goes by telephone unless the text says video.
        if (cs..ce).any(|j| self.has(j, Flag::Phone))
            || self.is_word(t.at, Set::CALL_VERBS)
            || self.is_in(t.at, &["call", "calls"])
        {
            return Medium::Phone;
        }
        Medium::Unspecified
    }

    // ---- Sides -----------------------------------------------------------------------

    /// The sides of each call the trigger reports: one list per call.
    fn calls(&self, t: &Trigger) -> Vec<Vec<Side>> {
        let after = match t.kind {
            Kind::CallVerb => None,
            _ => self.counterparts(t.at + 1),
        };
        let mut own: Vec<Side> = Vec::new();
        let mut between = false;
        let mut per_counterpart = t.kind != Kind::Noun || self.is_word(t.at, Set::PLURAL_CALL_NOUNS);
        let mut others: Vec<Vec<Side>> = Vec::new();
        if let Some((prep, items)) = after {
            if prep == "between" {
                between = true;
                own = items.into_iter().flatten().collect();
            } else {
                others = items;
            }
        }
        if !between {
            match (t.kind, t.role) {
                (Kind::CallVerb, _) => {
                    own = self.subject(t.at, t.at, true);
                    if let Some(k) = self.call_object(t.at).or_else(|| self.passive_agent(t.at)) {
                        others = self.group(k, self.clause_end(t.at), true).0.into_iter().map(|s| vec![s]).collect();
                    }
                }
                (Kind::Speak, _) => own = self.subject(t.at, t.at, true),
                (_, Role::Held(v)) => {
                    own = self.subject(v, t.at, true);
                    own.extend(self.possessors(t));
                }
                (_, Role::Beside(p)) => {
                    let possessors = self.possessors(t);
                    let telling = self.telling_verb(p).filter(|_| possessors.is_empty());
                    if let Some(v) = telling {
                        // "Xi told Biden on a video call": the teller and the told.
                        own = self.subject(v, v, true);
                        if others.is_empty() {
                            others = self.first_group(v + 1, p).into_iter().map(|s| vec![s]).collect();
                        }
                    } else if possessors.is_empty() {
                        own = self.subject(p, t.at, false);
                        if others.is_empty() {
                            others = self.objects_before(p);
                        }
                        if others.is_empty() {
                            if let Some(main) = self.main_clause_after(p, t.at) {
                                others = self.object_after_subject(main);
                            }
                        }
                    } else {
                        own = possessors;
                    }
                }
                (_, Role::Bare) => own = self.possessors(t),
            }
        }
        if own.is_empty() {
            let speaker = match self.in_quote(t.at) {
                Some(q) => self.speaker(q),
                None => self.post_author(t),
            };
            if let Some(speaker) = speaker {
                own.push(speaker);
                per_counterpart = true;
            }
        }
        if t.kind == Kind::Noun && self.is_word(t.at, Set::PLURAL_CALL_NOUNS) {
            // "conversations with world leaders" sums up a series; its calls are named apart.
            others.retain(|o| {
                !o.iter().any(|s| matches!(s, Side::Entity(e) if self.people.kind(*e) == EntityKind::Group))
            });
        }
        self.untangle(t, &mut own, &mut others);
        dedup(&mut own);
        if others.is_empty() {
            return vec![own];
        }
        if per_counterpart {
            others
                .into_iter()
                .map(|o| {
                    let mut sides = own.clone();
                    sides.extend(o);
                    dedup(&mut sides);
                    sides
                })
                .collect()
        } else {
            let mut sides = own;
            sides.extend(others.into_iter().flatten());
            dedup(&mut sides);
            vec![sides]
        }
    }

    /// No one calls themselves: when a side of the subject is also the other side, either
    /// the object is a pronoun bound to someone else ("Obama apologised when she called
    /// him": not herself, the person before), or the subject is a title the cast gave to
    /// the other side's holder ("The Prime Minister spoke to Prime Minister Trudeau").
    fn untangle(&self, t: &Trigger, own: &mut [Side], others: &mut [Vec<Side>]) {
        for k in 0..own.len() {
            let Side::Entity(e) = own[k] else { continue };
            if !others.iter().flatten().any(|o| *o == own[k]) {
                continue;
            }
            let pronoun = self.ments.iter().find(|m| m.entity == e && m.kind == MentionKind::Pronoun && m.first > t.at);
            if let Some(p) = pronoun {
                let exclude: Vec<Side> = own.to_vec();
                let replacement = self.recent_person(p.first, &exclude);
                for o in others.iter_mut().flatten().filter(|o| **o == Side::Entity(e)) {
                    if let Some(r) = &replacement {
                        *o = r.clone();
                    }
                }
                continue;
            }
            let title = self.ments.iter().find(|m| m.entity == e && m.kind == MentionKind::Title && m.last < t.at);
            if let Some(m) = title {
                own[k] = Side::Titled(title_name(&self.text[self.toks[m.first].start..self.toks[m.last].end]));
            }
        }
    }

    /// The person last named before word `i`, other than those of `exclude`.
    fn recent_person(&self, i: usize, exclude: &[Side]) -> Option<Side> {
        let at = self.toks.get(i).map_or(self.span.start, |t| t.start);
        let before = self.people.mentions.partition_point(|m| m.span.end <= at);
        self.people.mentions[..before]
            .iter()
            .rev()
            .take(MAX_RECENT)
            .find(|m| self.people.kind(m.entity) == EntityKind::Person && !exclude.contains(&Side::Entity(m.entity)))
            .map(|m| Side::Entity(m.entity))
    }

    /// The subject of the clause whose predicate starts at `head`, for a trigger at `at`.
    /// `verb` says that `head` is a verb, so the names right before it are its subject.
    fn subject(&self, head: usize, at: usize, verb: bool) -> Vec<Side> {
        let cs = self.clause_start(head);
        let mut pos = cs;
        // Fronted phrases: "On Monday,", "As reported,", "Following the call with Biden,".
        while pos < head && self.is_fronted_opener(pos) {
            match (pos..head).find(|&j| self.word(j) == ",") {
                Some(c) => pos = c + 1,
                None => break,
            }
        }
        // The clause's first names, unless other names stand right before the verb ("While
        // in Oslo, where he met reporters, Prime Minister Lind had a call").
        let (sides, end) = self.first_group_end(pos, head);
        if verb && !(end..head).all(|j| self.adjunct(j)) {
            let last = (pos..head)
                .rev()
                .take_while(|&j| self.adjunct(j) || self.cover[j].is_some())
                .find_map(|j| self.cover[j]);
            if let Some(k) = last.filter(|&k| !self.is_possessive_pronoun(&self.ments[k]) && self.ments[k].first >= end)
            {
                return self.group_ending(k, end);
            }
        }
        if !sides.is_empty() {
            return sides;
        }
        // The trigger is inside a fronted phrase: the subject follows it.
        if let Some(main) = self.main_clause_after(head, at) {
            return self.first_group(main, self.clause_end(main));
        }
        if verb {
            let sides = self.coordinated_subject(head);
            if !sides.is_empty() {
                return sides;
            }
        }
        // "It was Tsai who initiated the call": the antecedent of the relative word.
        if cs >= 2 && self.is_in(cs - 1, &["who", "which", "that"]) {
            let mut j = cs - 2;
            if self.word(j) == "," && j > 0 {
                j -= 1;
            }
            if let Some(k) = self.cover[j] {
                return self.group_ending(k, 0);
            }
        }
        Vec::new()
    }

    /// A word that may stand between a subject and its verb: "has this afternoon, 7 August
    /// 2025, held", "Obama (left) phoned", "also".
    fn adjunct(&self, j: usize) -> bool {
        self.is_word(j, Set::VERB_ADVERBS)
            || self.is_word(j, Set::ADJUNCT_WORDS) && !self.is_in(j, &["with", "to", "in", "at", "by", "for", "about"])
            || is_weekday_or_month(self.word(j))
            || self.word(j).chars().all(|c| c.is_ascii_digit())
            || matches!(self.word(j), "," | "(" | ")" | "left" | "right" | "center" | "centre")
    }

    /// The first word of the main clause when the trigger at `at` lies in a phrase fronted
    /// before it ("During the call, Erdogan told Putin", "After speaking with Biden,
    /// Zelensky said"): the word after the phrase's comma.
    fn main_clause_after(&self, head: usize, at: usize) -> Option<usize> {
        let cs = self.clause_start(head);
        let opens = cs == 0 || self.is_fronted_opener(cs) || self.is_word(cs - 1, Set::SUBORDINATORS);
        if !opens || (cs..at).any(|j| self.word(j) == ",") {
            return None;
        }
        let ceil = (at + WINDOW).min(self.len());
        // ", including Lind and Vos" names the other sides, not a subject.
        (at..ceil)
            .take_while(|&j| !matches!(self.word(j), ";" | ":" | "."))
            .find(|&j| self.word(j) == ",")
            .map(|c| c + 1)
            .filter(|&m| !self.is_word(m, Set::MEMBER_MARKERS))
    }

    /// The subject of a verb coordinated with the sentence's first one: "Berg has been in
    /// touch with allies since the crisis began and has spoken to Lind".
    fn coordinated_subject(&self, head: usize) -> Vec<Side> {
        let mut j = head;
        while j > 0 && (self.is_word(j - 1, Set::VERB_ADVERBS) || self.is_in(j - 1, &["has", "have", "had"])) {
            j -= 1;
        }
        if j == 0 || !self.is(j - 1, "and") {
            return Vec::new();
        }
        let mut pos = 0;
        while pos < j && self.is_fronted_opener(pos) {
            match (pos..j).find(|&c| self.word(c) == ",") {
                Some(c) => pos = c + 1,
                None => break,
            }
        }
        match self.mention_starting(pos) {
            Some(k) if !self.is_possessive_pronoun(&self.ments[k]) => self.group(k, j, false).0,
            _ => Vec::new(),
        }
    }

    /// The person right after the verb that follows the subject starting at `main`:
    /// "Putin told Erdogan" in "During the call, Putin told Erdogan that …".
    fn object_after_subject(&self, main: usize) -> Vec<Vec<Side>> {
        let ce = self.clause_end(main);
        let Some(first) = (main..ce).find(|&j| self.cover[j].is_some()) else { return Vec::new() };
        let (_, end) = self.group(self.cover[first].unwrap_or(0), ce, false);
        let verb = end < self.len() && !self.is_punct(end) && !self.is_capitalized(end) && self.cover[end].is_none();
        match self.mention_starting(end + 1) {
            Some(k) if verb && !self.is_possessive_pronoun(&self.ments[k]) => {
                vec![vec![Side::Entity(self.ments[k].entity)]]
            }
            _ => Vec::new(),
        }
    }

    fn is_fronted_opener(&self, i: usize) -> bool {
        if self.cover[i].is_some() || self.plural_reference(i).is_some() {
            return false;
        }
        let w = self.word(i);
        self.is_word(i, Set::FRONTED_OPENERS)
            || self.is_capitalized(i) && (w.ends_with("ing") || w.ends_with("ed")) && !self.is_word(i, Set::LIGHT_VERBS)
            || is_weekday_or_month(w)
    }

    /// The first list of names in `from..to`, or the two people "the two leaders" stand for.
    fn first_group(&self, from: usize, to: usize) -> Vec<Side> {
        self.first_group_end(from, to).0
    }

    /// [`Sent::first_group`], with the word after it.
    fn first_group_end(&self, from: usize, to: usize) -> (Vec<Side>, usize) {
        for i in from..to.min(self.len()) {
            let (offices, end) = self.offices(i);
            if !offices.is_empty() {
                return (offices, end);
            }
            if let Some(len) = self.plural_reference(i).filter(|_| self.cover[i].is_none()) {
                return (self.recent_two(i), i + len);
            }
            if let Some(k) = self.cover[i] {
                if self.is_possessive_pronoun(&self.ments[k]) {
                    continue;
                }
                return self.group(k, to, false);
            }
            if self.is_break(i) {
                break;
            }
        }
        (Vec::new(), from)
    }

    /// The list of names that starts with mention `k` and ends before word `to`, and the
    /// word after it: "A, B and C", "Erdoğan and his Russian counterpart, Vladimir Putin".
    ///
    /// In a list of other sides (`object`), a name after a bare comma must itself be
    /// followed by a list word, so the list does not run into the next clause's subject
    /// ("with Joe Biden, President Zelenskyy had …").
    fn group(&self, k: usize, to: usize, object: bool) -> (Vec<Side>, usize) {
        let mut sides = vec![Side::Entity(self.ments[k].entity)];
        let mut cur = k;
        let mut n = k + 1;
        while n < self.ments.len() && self.ments[n].first < to {
            let (a, b) = (self.ments[cur].last + 1, self.ments[n].first);
            if b < a {
                // Within the same word ("Sarkozy-Obama") or nested.
                sides.push(Side::Entity(self.ments[n].entity));
                cur = n;
                n += 1;
                continue;
            }
            let linked = self.linked(a, b);
            let after = self.ments[n].last + 1;
            let reports = self.is_word(after, Set::REPORT_VERBS);
            let comma_only =
                (a..b).any(|j| self.word(j) == ",") && !(a..b).any(|j| self.is_in(j, &["and", "&", "well", "plus"]));
            let continues = after >= self.len() || self.is_punct(after) || self.is_in(after, &["and", "of", "&"]);
            if !linked || reports || object && comma_only && !continues {
                break;
            }
            // "The President of the Republic": a body after "of" qualifies the name before.
            let of = self.is(a, "of") && (b == a + 1 || b == a + 2 && self.is(a + 1, "the"));
            let bare_title = self.ments[cur].kind == MentionKind::Title;
            let qualifier = of && (bare_title || self.people.kind(self.ments[n].entity) != EntityKind::Person);
            if !self.is_possessive_pronoun(&self.ments[n]) && !qualifier {
                sides.push(Side::Entity(self.ments[n].entity));
            }
            cur = n;
            n += 1;
        }
        dedup(&mut sides);
        (sides, self.ments[cur].last + 1)
    }

    /// Whether the words `a..b` between two names join them in one list. A capitalised
    /// word there qualifies a name ("Macron of France", "his Russian counterpart"); one
    /// standing alone is a list item the cast does not know ("and NRK,"), which ends the list.
    fn linked(&self, a: usize, b: usize) -> bool {
        let qualifier = |j: usize| {
            let before = (a..j).rev().find(|&x| !self.is_capitalized(x) && !self.is(x, "the"));
            let after = (j + 1..b).find(|&x| !self.is_capitalized(x));
            before.is_some_and(|x| self.is(x, "of"))
                || after.is_some_and(|x| self.is_in(x, &["counterpart", "counterparts"]))
        };
        b < a
            || b - a <= MAX_LINK
                && (a..b).all(|j| {
                    self.is_word(j, Set::LIST_LINKS) || self.is_capitalized(j) && !self.is_break(j) && qualifier(j)
                })
            || self.title_before(a, b)
    }

    /// Whether the words `a..b` are a list link and then a title the cast left out of the
    /// next name: "and Federal" in "Chirac and Federal Chancellor of Germany Gerhard
    /// Schroeder", ", Maldivian" before "President Ibrahim Solih".
    fn title_before(&self, a: usize, b: usize) -> bool {
        let Some(s) = (a..b).find(|&j| !self.is_word(j, Set::LIST_LINKS)) else { return false };
        b - a <= MAX_LINK + 4
            && (a..s).any(|j| self.is_in(j, &["and", ",", "&"]))
            && self.is_capitalized(s)
            && (s..b).all(|j| !self.is_break(j) && (self.is_capitalized(j) || self.is_word(j, Set::TITLE_CONNECTORS)))
    }

    /// The list of names that ends with mention `k` and starts at word `floor` or later. A
    /// bare comma joins a name to the list only before an "and" ("A, B and C") or at the
    /// clause start ("Erdoğan, Putin hold call"), not after another clause ("…interviews to
    /// CNN, Prime Minister Harper had a call").
    fn group_ending(&self, k: usize, floor: usize) -> Vec<Side> {
        let mut first = k;
        let mut and_seen = false;
        while first > 0 && self.ments[first - 1].first >= floor {
            let (a, b) = (self.ments[first - 1].last + 1, self.ments[first].first);
            let linked = b < a || b - a <= MAX_LINK && (a..b).all(|j| self.is_word(j, Set::LIST_LINKS));
            if !linked {
                break;
            }
            let and = (a..b).any(|j| self.is_in(j, &["and", "&"]));
            let comma = (a..b).any(|j| self.word(j) == ",");
            if comma && !and && !and_seen && self.ments[first - 1].first != floor {
                break;
            }
            and_seen |= and;
            first -= 1;
        }
        self.group(first, self.ments[k].last + 1, false).0
    }

    /// The words at `i` that stand for the two people last named ("the two leaders").
    fn plural_reference(&self, i: usize) -> Option<usize> {
        self.phrases_at(i, lx::PLURAL_REFERENCES).map(|r| r.len()).max()
    }

    /// The people "the two leaders" at word `i` stand for: the sides of the call last
    /// reported when they are all among the people named lately, else the two distinct
    /// people last named.
    fn recent_two(&self, i: usize) -> Vec<Side> {
        let at = self.toks.get(i).map_or(self.span.start, |t| t.start);
        let before = self.people.mentions.partition_point(|m| m.span.end <= at);
        let mut recent: Vec<(Side, &Party)> = Vec::new();
        for m in self.people.mentions[..before].iter().rev().take(MAX_RECENT) {
            let Some(party) = self.people.entity(m.entity) else { continue };
            if !party.is_body() && !recent.iter().any(|(_, p)| same_party(p, party)) {
                recent.push((Side::Entity(m.entity), party));
                if recent.len() == RECENT_PEOPLE {
                    break;
                }
            }
        }
        let context = self.story.last_call.len() >= 2
            && self.story.last_call.iter().all(|s| {
                let party = self.people.party(s);
                recent.iter().any(|(_, p)| same_party(p, &party))
            });
        if context {
            return self.story.last_call.clone();
        }
        if recent.len() < 2 {
            return Vec::new();
        }
        recent.into_iter().take(2).rev().map(|(s, _)| s).collect()
    }

    /// The other sides after a call word: "with A, B and C" (one list each), "between A
    /// and B", "to the leaders of Britain and Germany"; adjuncts may come first ("spoke by
    /// phone on Tuesday with").
    fn counterparts(&self, from: usize) -> Option<(&'static str, Vec<Vec<Side>>)> {
        self.counterpart_list(from).map(|(prep, items, _)| (prep, items))
    }

    /// [`Sent::counterparts`], with the word after the list.
    fn counterpart_list(&self, from: usize) -> Option<(&'static str, Vec<Vec<Side>>, usize)> {
        let mut i = from;
        let ceil = (from + 10).min(self.len());
        while i < ceil && !self.is_word(i, Set::COUNTERPART_PREPOSITIONS) {
            let skippable = self.is_word(i, Set::ADJUNCT_WORDS)
                || self.word(i).chars().all(|c| c.is_ascii_digit())
                || self.word(i).contains('-') && self.cover[i].is_none()
                || is_weekday_or_month(self.word(i));
            if !skippable {
                return None;
            }
            i += 1;
        }
        let prep = ["with", "to", "from", "between"].into_iter().find(|p| self.is(i, p))?;
        let mut j = i + 1;
        // "to the leaders of Britain": offices named by their countries.
        let (offices, end) = self.offices(j);
        if !offices.is_empty() {
            return Some((prep, offices.into_iter().map(|s| vec![s]).collect(), end));
        }
        // A few words may come before the name: "the", "former", "his Russian", or a title
        // the cast left out of it ("Foreign Minister of Australia Senator Marise Payne").
        let title_run =
            |j: usize| (i + 1..=j).all(|x| self.is_capitalized(x) || self.is_word(x, Set::TITLE_CONNECTORS));
        while (j < i + 4 || j < i + 4 + MAX_LINK && title_run(j))
            && self.mention_starting(j).is_none()
            && !self.is_break(j)
            && (!self.is_punct(j) || self.word(j) == ".")
        {
            j += 1;
        }
        // Members named after a group: "with allies on Tuesday, including Scholz".
        let members = || {
            let ceil = (i + WINDOW / 2).min(self.len());
            let including =
                (i + 1..ceil).take_while(|&x| !self.is_break(x)).find(|&x| self.is_word(x, Set::MEMBER_MARKERS))?;
            (including + 1..(including + 4).min(self.len())).find_map(|x| self.mention_starting(x))
        };
        let mut k = match self.mention_starting(j) {
            Some(k) if self.people.kind(self.ments[k].entity) == EntityKind::Group => members().unwrap_or(k),
            Some(k) => k,
            None => members()?,
        };
        if self.is_possessive_pronoun(&self.ments[k]) {
            k = self.owned(k)?;
        }
        let (sides, end) = self.group(k, self.clause_end(j), true);
        Some((prep, sides.into_iter().map(|s| vec![s]).collect(), end))
    }

    /// "the leaders of Britain, Germany, Poland and Lithuania" at `i`: "leader of Britain", ….
    /// With the word after the list.
    fn offices(&self, i: usize) -> (Vec<Side>, usize) {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let office = self
            .is_word(j, Set::OFFICES)
            .then(|| lx::OFFICES.get_lower(self.word(j)))
            .flatten()
            .map(|&s| (s, 1))
            .or_else(|| {
                lx::TWO_WORD_OFFICES
                    .iter()
                    .find(|(a, b, _)| self.is(j, a) && self.is(j + 1, b))
                    .map(|&(_, _, s)| (s, 2))
            });
        let Some((office, len)) = office else { return (Vec::new(), i) };
        j += len;
        let person =
            (i..j).any(|x| self.cover[x].is_some_and(|k| self.people.kind(self.ments[k].entity) == EntityKind::Person));
        if !self.is(j, "of") || person {
            return (Vec::new(), i);
        }
        j += 1;
        let mut out = Vec::new();
        let mut end = i;
        let ceil = (j + 20).min(self.len());
        while j < ceil {
            if self.is(j, "the") {
                j += 1;
            }
            let start = j;
            let name_after =
                |j: usize| j > start && self.mention_starting(j).is_some() || self.is_word(j, Set::PERSON_TITLES);
            while j < ceil && self.is_capitalized(j) && !self.is_break(j) && !name_after(j) {
                j += 1;
            }
            if j == start {
                break;
            }
            // "Foreign Minister of Australia Senator Marise Payne": the title of a person.
            if j < ceil && name_after(j) {
                return (Vec::new(), i);
            }
            let country = &self.text[self.toks[start].start..self.toks[j - 1].end];
            out.push(Side::Named(format!("{office} of {country}")));
            end = j;
            if self.word(j) == "," {
                j += 1;
            }
            if self.is(j, "and") {
                j += 1;
            }
        }
        (out, end)
    }

    /// The possessor or compound names inside a noun's phrase: "Sullivan's call", "PM
    /// call", "their conversation", "the Sarkozy-Obama discussion".
    fn possessors(&self, t: &Trigger) -> Vec<Side> {
        let mut out = Vec::new();
        for j in t.phrase..t.at {
            if self.is(j, "their") && self.cover[j].is_none() {
                return self.recent_two(j);
            }
            if let Some(k) = self.cover[j] {
                let m = self.ments[k];
                if m.first == j || j == t.phrase {
                    out.push(Side::Entity(m.entity));
                }
                // Further mentions inside the same word ("Sarkozy-Obama").
                for other in self.ments[k + 1..].iter().take_while(|o| o.first <= j) {
                    if other.last >= j {
                        out.push(Side::Entity(other.entity));
                    }
                }
            }
        }
        dedup(&mut out);
        out
    }

    /// Names between a clause's subject and a call phrase after its verb: "Obama told
    /// Putin in a call", "addressed US lawmakers by video link".
    fn objects_before(&self, p: usize) -> Vec<Vec<Side>> {
        let cs = self.clause_start(p);
        let Some(first) = (cs..p).find(|&j| self.cover[j].is_some()) else { return Vec::new() };
        let (_, end) = self.group(self.cover[first].unwrap_or(0), p, false);
        let mut out = Vec::new();
        let mut j = end;
        while j < p {
            if let Some(k) = self.mention_starting(j) {
                let m = self.ments[k];
                if !self.is_possessive_pronoun(&m) && !self.toks[m.last].is(token::POSSESSIVE) {
                    out.push(vec![Side::Entity(m.entity)]);
                }
                j = m.last + 1;
            } else {
                j += 1;
            }
        }
        out
    }

    /// Who said the quotation `q`: the first name after it ("…," Zelenskyy said), else
    /// the last name before it in the same paragraph.
    fn speaker(&self, q: Span) -> Option<Side> {
        let after = self.people.in_span(Span { start: q.end, end: (q.end + 160).min(self.text.len()) });
        let gap_ok = |m: &Mention| !self.text[q.end..m.span.start].contains('\n');
        if let Some(m) = after.iter().find(|m| gap_ok(m)) {
            return Some(Side::Entity(m.entity));
        }
        let start = q.start.saturating_sub(160);
        let before = self.people.in_span(Span { start, end: q.start });
        before.iter().rev().find(|m| !self.text[m.span.end..q.start].contains('\n')).map(|m| Side::Entity(m.entity))
    }

    /// The author line of a post that reports a call in the first person ("I had a phone
    /// conversation with @X. … — Volodymyr Zelenskyy (@ZelenskyyUa) May 3, 2023"): from
    /// the dash that follows the call to the end of its line.
    fn author_line(&self, t: &Trigger) -> Option<Span> {
        let head = self.head(t);
        let cs = self.clause_start(head);
        let first_person = (cs..head).any(|j| self.is_in(j, &["i", "we", "i've", "we've", "i'd", "we'd"])) || head == 0;
        if !first_person {
            return None;
        }
        let from = self.toks.get(t.at)?.end;
        let mut end = (from + POST_REACH).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        // The author line names its handle: "— Name (@handle) date".
        let window = &self.text[from..end];
        let dash = window
            .match_indices(['\u{2014}', '\u{2013}'])
            .map(|(d, _)| from + d)
            .find(|&d| self.text[d..].lines().next().is_some_and(|line| line.contains("(@")))?;
        let line_end = self.text[dash..].find('\n').map_or(self.text.len(), |e| dash + e);
        Some(Span { start: dash, end: line_end.min(dash + 120) })
    }

    /// The author of a post reproduced without quotation marks, for a call its author
    /// reports in the first person: the person on the post's author line.
    fn post_author(&self, t: &Trigger) -> Option<Side> {
        let line = self.author_line(t)?;
        self.people
            .in_span(line)
            .iter()
            .find(|m| self.people.kind(m.entity) == EntityKind::Person)
            .map(|m| Side::Entity(m.entity))
    }

    /// The date on the author line of a post that reports the call in the first person:
    /// the post is dated, its "I had a conversation" is not.
    fn post_date(&self, t: &Trigger, published: Option<NaiveDate>) -> Option<DateMention> {
        let line = self.author_line(t)?;
        let mut line = line;
        while !self.text.is_char_boundary(line.end) {
            line.end -= 1;
        }
        find_dates_in(self.doc, line, published).into_iter().find(|d| d.when.is_some())
    }

    // ---- Date and topics ---------------------------------------------------------------

    /// The date of the trigger's own clause: the nearest date expression with no report
    /// verb or subordinator between it and the trigger.
    fn date(&self, t: &Trigger, dates: &[(DateMention, usize, usize)]) -> Option<DateMention> {
        let head = self.head(t);
        let quote = self.in_quote(t.at);
        let mut best: Option<((bool, usize), DateMention)> = None;
        let from = dates.partition_point(|&(_, _, last)| last + WINDOW < head);
        for &(d, first, last) in dates[from..].iter().take_while(|&&(_, first, _)| first <= t.at + WINDOW) {
            if self.in_quote(first) != quote {
                continue;
            }
            let (gap, distance) = if last < head {
                (last + 1..head, head - last)
            } else if first > t.at {
                (t.at + 1..first, first - t.at)
            } else {
                (first..first, 0)
            };
            if distance > WINDOW {
                continue;
            }
            // ", and the call between …" starts another report.
            let blocked = gap.clone().any(|j| {
                self.is_break(j)
                    || first > t.at && self.has(j, Flag::Topic)
                    || j + 2 == head && self.word(j) == "," && self.is(j + 1, "and")
            });
            if blocked || last < head && (self.in_subordinate(first, head) || self.dates_report(first)) {
                continue;
            }
            // A day beats a vague time ("last week"); then the nearer wins.
            let rank = (d.when.is_none(), distance);
            if best.is_none_or(|(b, _)| rank < b) {
                best = Some((rank, d));
            }
        }
        best.map(|(_, d)| d)
    }

    /// "Earlier in the day", "later that day" in the trigger's clause: the day of the last
    /// dated call.
    fn same_day(&self, t: &Trigger) -> Option<DateMention> {
        let when = self.story.last_day?;
        let (cs, ce) = (self.clause_start(self.head(t)), self.clause_end(t.at));
        (cs..ce).find_map(|i| {
            let phrase = self.phrases_at(i, lx::SAME_DAY).next()?;
            let span = Span { start: self.toks[i].start, end: self.toks[i + phrase.len() - 1].end };
            Some(DateMention { span, when: Some(when), kind: DateKind::Relative })
        })
    }

    /// Whether the date at word `d` follows a report verb with no one named between them:
    /// "said on Sunday he had spoken", "told reporters on Monday that".
    fn dates_report(&self, d: usize) -> bool {
        (d.saturating_sub(3)..d)
            .rev()
            .take_while(|&j| self.cover[j].is_none())
            .any(|j| self.is_word(j, Set::REPORT_VERBS) && (!self.is_capitalized(j) || j == 0))
    }

    /// Whether word `d` lies in a fronted subordinate phrase ("After meeting on Monday,")
    /// that ends before `head`.
    fn in_subordinate(&self, d: usize, head: usize) -> bool {
        let cs = self.clause_start(d);
        let opener =
            (cs.saturating_sub(1)..=d).rev().find(|&j| self.word(j) == "," || self.is_word(j, Set::SUBORDINATORS));
        opener.is_some_and(|o| self.word(o) != "," && (d..head).any(|j| self.word(j) == ","))
    }

    /// Short noun phrases of what was discussed ("to discuss the grain deal", "about
    /// migration", "The agenda included A, B and C").
    fn topics(&self, t: &Trigger) -> Vec<String> {
        let cs = self.clause_start(self.head(t));
        let end = (t.at + WINDOW).min(self.len());
        for i in cs..end {
            let Some(cue) = self.phrases_at(i, lx::TOPIC_INTRODUCERS).next() else { continue };
            let from = i + cue.len();
            if cue.len() == 1
                && cue[0] == "on"
                && (self.is_medium_word(from)
                    || self.is(from, "the") && self.is_medium_word(from + 1)
                    || is_weekday_or_month(self.word(from)))
            {
                continue;
            }
            let stop = if from < t.phrase { self.head(t).min(t.phrase) } else { end };
            let mut to = from;
            while to < stop
                && to < from + 12
                && !self.is_break(to)
                && !matches!(self.word(to), "." | ";" | "(" | "!" | "?")
                && !self.is_word(to, Set::TOPIC_ENDS)
            {
                to += 1;
            }
            if to == from {
                continue;
            }
            let phrase = &self.text[self.toks[from].start..self.toks[to - 1].end];
            return phrase
                .split([',', ';'])
                .flat_map(|p| p.split(" and "))
                .map(|p| p.trim().trim_start_matches("the ").trim())
                .filter(|p| !p.is_empty())
                .take(MAX_TOPICS)
                .map(str::to_string)
                .collect();
        }
        Vec::new()
    }

    /// The words written around the first naming of side `s` in the sentence, with the
    /// title run before it: "Maldivian President Ibrahim Mohamed Solih".
    fn qualifier(&self, s: &Side) -> String {
        let Side::Entity(e) = s else { return String::new() };
        let Some(m) = self.ments.iter().find(|m| m.entity == *e && m.kind != MentionKind::Pronoun) else {
            return String::new();
        };
        let mut first = m.first;
        while first > 0
            && m.first - first < MAX_LINK
            && self.cover[first - 1].is_none()
            && self.is_capitalized(first - 1)
            && !self.is_break(first - 1)
        {
            first -= 1;
        }
        self.text[self.toks[first].start..self.toks[m.last].end].to_string()
    }

    // ---- The reports of one sentence ---------------------------------------------------

    fn reports(
        &self,
        sentence: usize,
        headline: bool,
        published: Option<NaiveDate>,
        out: &mut Vec<Report>,
        seen_dates: &mut Vec<DateMention>,
    ) {
        let triggers = self.triggers();
        if triggers.is_empty() {
            return;
        }
        let dates: Vec<(DateMention, usize, usize)> = self
            .doc
            .dates(self.index)
            .iter()
            .copied()
            .filter_map(|d| {
                let first = self.toks.partition_point(|t| t.end <= d.span.start);
                let end = self.toks.partition_point(|t| t.start < d.span.end);
                (first < end).then_some((d, first, end - 1))
            })
            .collect();
        seen_dates.extend(dates.iter().map(|(d, _, _)| *d));
        for t in &triggers {
            if self.not_held(t) {
                continue;
            }
            let returned = matches!(t.role, Role::Held(v) if self.is_word(v, Set::RETURN_VERBS));
            let date = match self.date(t, &dates) {
                // "Today I had a call" in a post counts from the post's date, not the article's.
                Some(d)
                    if matches!(d.kind, DateKind::Relative | DateKind::Weekday) && self.author_line(t).is_some() =>
                {
                    let posted = self.post_date(t, published).and_then(|p| match p.when {
                        Some(When::Day(day)) => Some(day),
                        _ => None,
                    });
                    match posted {
                        Some(day) => find_dates_in(self.doc, d.span, Some(day))
                            .into_iter()
                            .find(|r| r.when.is_some())
                            .or(Some(d)),
                        None => Some(d),
                    }
                }
                Some(d) if d.when.is_some() => Some(d),
                own => self.same_day(t).or_else(|| self.post_date(t, published)).or(own),
            };
            let medium = self.medium(t);
            let topics = self.topics(t);
            for sides in self.calls(t) {
                let quals = sides.iter().map(|s| self.qualifier(s)).collect();
                out.push(Report {
                    sides,
                    quals,
                    date,
                    medium,
                    topics: topics.clone(),
                    sentence,
                    evidence: self.span,
                    headline,
                    returned,
                    calls_it: matches!(t.kind, Kind::Noun | Kind::CallVerb),
                });
            }
        }
    }
}

/// A call after merging its reports.
struct Merged {
    parties: Vec<Party>,
    date: Option<DateMention>,
    /// The date came from a headline, so a date in the body replaces it.
    weak_date: bool,
    medium: Medium,
    topics: Vec<String>,
    evidence: Span,
    headline_only: bool,
    returned: bool,
}

/// One call per distinct call: reports of the same sides merge unless their bodies give
/// different dates (a returned call and the call returning it are one exchange).
fn merge(reports: Vec<Report>, people: &People) -> Vec<Merged> {
    let mut parties: Vec<Vec<Party>> = reports
        .iter()
        .map(|r| {
            let mut ps: Vec<Party> = Vec::new();
            for (s, qual) in r.sides.iter().zip(&r.quals) {
                let mut p = people.party(s);
                p.qual.clone_from(qual);
                if !ps.iter().any(|q| same_party(q, &p)) {
                    ps.push(p);
                }
            }
            ps
        })
        .collect();
    let mut reports = reports;
    // Incomplete reports lend their date and medium to the complete ones that follow.
    for i in 0..reports.len() {
        if parties[i].len() >= 2 || reports[i].date.is_none() && reports[i].medium == Medium::Unspecified {
            continue;
        }
        for j in (i + 1..reports.len()).take(MAX_LENT) {
            if reports[j].sentence > reports[i].sentence + 1 {
                break;
            }
            let covers = parties[i].iter().all(|p| parties[j].iter().any(|q| same_party(q, p)));
            if parties[j].len() >= 2 && covers {
                if reports[j].date.is_none() {
                    reports[j].date = reports[i].date;
                    reports[j].headline |= reports[i].headline;
                }
                // A medium only from a report naming someone: "after the video conference"
                // may be another event than the call reported next.
                if !parties[i].is_empty() {
                    reports[j].medium = richer(reports[j].medium, reports[i].medium);
                }
            }
        }
    }
    let mut out: Vec<Merged> = Vec::new();
    for (r, ps) in reports.into_iter().zip(parties.iter_mut()) {
        let body_ok = r.calls_it && r.medium != Medium::Unspecified;
        if ps.len() < 2 || !body_ok && ps.iter().any(Party::is_body) {
            continue;
        }
        let recent = out.len().saturating_sub(MAX_CALLS);
        let same = out[recent..].iter_mut().find(|c| {
            same_parties(&c.parties, ps)
                && (day(c.date).is_none()
                    || day(r.date).is_none()
                    || day(c.date) == day(r.date)
                    || r.headline
                    || c.headline_only
                    || c.weak_date
                    || c.returned
                    || r.returned)
        });
        match same {
            Some(c) => {
                let better = match (day(c.date), day(r.date)) {
                    (_, None) => c.date.is_none() && r.date.is_some(),
                    (None, Some(_)) => true,
                    (Some(_), Some(_)) => c.weak_date && !r.headline && !c.returned,
                };
                if better {
                    c.date = r.date;
                    c.weak_date = r.headline;
                }
                c.medium = richer(c.medium, r.medium);
                for p in ps.iter() {
                    if let Some(q) = c.parties.iter_mut().find(|q| same_party(q, p)) {
                        q.qual.push(' ');
                        q.qual.push_str(&p.qual);
                    }
                }
                c.headline_only &= r.headline;
                c.returned |= r.returned;
                for t in r.topics {
                    if c.topics.len() < MAX_TOPICS && !c.topics.contains(&t) {
                        c.topics.push(t);
                    }
                }
            }
            None => out.push(Merged {
                parties: std::mem::take(ps),
                date: r.date,
                weak_date: r.headline,
                medium: r.medium,
                topics: r.topics,
                evidence: r.evidence,
                headline_only: r.headline,
                returned: r.returned,
            }),
        }
    }
    // A side named only by title, or only by office ("leader of the Maldives"), is the
    // person another report of the call names.
    let mut i = 0;
    while i < out.len() {
        let near = i.saturating_sub(MAX_CALLS)..(i + MAX_CALLS).min(out.len());
        let named = near.filter(|&j| j != i).find(|&j| {
            out[i].parties.iter().any(|p| p.titled) && names_titled(&out[i], &out[j]) || names_office(&out[i], &out[j])
        });
        match named {
            Some(j) => {
                let titled = out.remove(i);
                let j = if j > i { j - 1 } else { j };
                let c = &mut out[j];
                if day(c.date).is_none() && day(titled.date).is_some()
                    || c.weak_date && !titled.weak_date && day(titled.date).is_some()
                {
                    c.date = titled.date;
                    c.weak_date = titled.weak_date;
                }
                c.medium = richer(c.medium, titled.medium);
                if titled.evidence.start < c.evidence.start {
                    c.evidence = titled.evidence;
                }
            }
            None => i += 1,
        }
    }
    out
}

/// Whether `other` names the sides of call `c`, one of which `c` names only by office
/// ("leader of the Maldives"), the other by a name written with that office ("Maldivian
/// President Ibrahim Solih"), on a date that agrees.
fn names_office(c: &Merged, other: &Merged) -> bool {
    let offices: Vec<(usize, &str)> =
        c.parties.iter().enumerate().filter_map(|(k, p)| Some((k, p.office_country()?))).collect();
    let [(k, country)] = offices[..] else { return false };
    if other.parties.len() != c.parties.len() || other.parties.iter().any(|p| p.office_country().is_some()) {
        return false;
    }
    let mut used = vec![false; other.parties.len()];
    let all = c.parties.iter().enumerate().all(|(x, p)| {
        let fits =
            |q: &Party| if x == k { q.kind == Some(EntityKind::Person) && q.serves(country) } else { same_party(p, q) };
        match (0..other.parties.len()).find(|&y| !used[y] && fits(&other.parties[y])) {
            Some(y) => {
                used[y] = true;
                true
            }
            None => false,
        }
    });
    let agree = day(c.date).is_none()
        || day(other.date).is_none()
        || day(c.date) == day(other.date)
        || c.weak_date
        || other.weak_date;
    all && agree
}

/// Whether `other` names the sides of call `c`, one of which `c` names only by title, on
/// a date that agrees.
fn names_titled(c: &Merged, other: &Merged) -> bool {
    let titled = c.parties.iter().filter(|p| p.titled).count();
    if titled != 1 || other.parties.len() != c.parties.len() || other.parties.iter().any(|p| p.titled) {
        return false;
    }
    let rest: Vec<Party> = c.parties.iter().filter(|p| !p.titled).cloned().collect();
    let mut used = vec![false; other.parties.len()];
    let all =
        rest.iter().all(|p| match (0..other.parties.len()).find(|&k| !used[k] && same_party(p, &other.parties[k])) {
            Some(k) => {
                used[k] = true;
                true
            }
            None => false,
        });
    let agree = day(c.date).is_none()
        || day(other.date).is_none()
        || day(c.date) == day(other.date)
        || c.weak_date
        || other.weak_date;
    all && agree
}

/// The day a date mention fixes, if any.
fn day(d: Option<DateMention>) -> Option<When> {
    d.and_then(|d| d.when)
}

fn richer(a: Medium, b: Medium) -> Medium {
    match (a, b) {
        (Medium::Video, _) | (_, Medium::Video) => Medium::Video,
        (Medium::Phone, _) | (_, Medium::Phone) => Medium::Phone,
        _ => Medium::Unspecified,
    }
}

fn dedup(sides: &mut Vec<Side>) {
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
fn title_name(written: &str) -> String {
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
fn same_country_word(word: &str, country: &str) -> bool {
    let common = word.chars().zip(country.chars()).take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase())).count();
    let (w, c) = (word.chars().count(), country.chars().count());
    common == w && common == c || common >= 5 && common + 3 >= c
}

/// Whether two names name the same side: the same last word, or the words of one among
/// the words of the other ("Xi" and "Xi Jinping", "Moon" and "Moon Jae-in").
fn same_party(a: &Party, b: &Party) -> bool {
    if a.key == b.key {
        return true;
    }
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&a.words, &b.words) || within(&b.words, &a.words)
}

/// Whether two lists of sides are the same sides, in any order.
fn same_parties(a: &[Party], b: &[Party]) -> bool {
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

/// Words of a name that are titles, not the name ("President", "Mr").
const NAME_TITLES: &[&str] = &[
    "the",
    "of",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "president",
    "prime",
    "minister",
    "pm",
    "premier",
    "chancellor",
    "secretary",
    "state",
    "foreign",
    "general",
    "king",
    "queen",
    "crown",
    "prince",
    "vice",
    "leader",
    "jr",
    "sr",
];

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

/// Drops the names that only qualify a person in one run of capitalised words: those
/// before a title that introduces the person ("Sri Lankan President Gotabaya Rajapaksa",
/// "External Affairs Minister S. Jaishankar", "Minister for Foreign Affairs of Singapore
/// Dr. Vivian Balakrishnan") and those after "of" ("Lee Hsien Loong of Singapore").
/// Names side by side with no title between them stay two ("PM Modi Putin call").
fn drop_qualifiers(text: &str, toks: &[Token], people: &People, ments: &mut Vec<Ment>) {
    let word = |i: usize| toks.get(i).map_or("", |t| &text[t.start..t.end]);
    let title = |i: usize| toks.get(i).is_some_and(|t| t.classes.has(Set::PERSON_TITLES));
    let in_title = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.is(token::CAPITALISED) && t.kind != TokenKind::Handle || t.classes.has(Set::TITLE_CONNECTORS)
        })
    };
    let chained = |a: &Ment, b: &Ment| {
        b.first > a.last
            && a.kind != MentionKind::Pronoun
            && b.kind != MentionKind::Pronoun
            && (a.last + 1..b.first).all(in_title)
    };
    let mut keep = vec![true; ments.len()];
    let mut start = 0;
    while start < ments.len() {
        let mut end = start + 1;
        while end < ments.len() && chained(&ments[end - 1], &ments[end]) {
            end += 1;
        }
        // A title introduces the person: in the name, between the names, or as a name of
        // its own ("Prime Minister of Peru Karl Ek").
        let introduced = |h: usize| {
            people.kind(ments[h].entity) == EntityKind::Person
                && (title(ments[h].first)
                    || (ments[h - 1].last + 1..ments[h].first).any(title)
                    || ments[h - 1].kind == MentionKind::Title)
        };
        let head = (start + 1..end).rev().find(|&h| introduced(h)).unwrap_or(start);
        keep[start..head].fill(false);
        for k in head + 1..end {
            if !eq_word(word(ments[k - 1].last + 1), "of") {
                break;
            }
            keep[k] = false;
        }
        start = end;
    }
    let mut k = 0;
    ments.retain(|_| {
        k += 1;
        keep[k - 1]
    });
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

/// Case-insensitive word equality, curly apostrophes read as straight ones.
fn eq_word(token: &str, word: &str) -> bool {
    if token.len() == word.len() {
        return token.eq_ignore_ascii_case(word);
    }
    // A curly apostrophe is three bytes where the word has one; an ASCII token has none.
    if token.len() < word.len() || token.is_ascii() {
        return false;
    }
    let mut a = token.chars().map(|c| if matches!(c, '\u{2019}' | '\u{2BC}' | '\u{2018}') { '\'' } else { c });
    let mut b = word.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(&y) => {}
            _ => return false,
        }
    }
}

fn in_list(token: &str, list: &[&str]) -> bool {
    list.iter().any(|w| eq_word(token, w))
}

fn is_weekday_or_month(word: &str) -> bool {
    const NAMES: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    word.chars().next().is_some_and(char::is_uppercase) && in_list(word, NAMES)
}

/// The folded last word of a name, so that spellings of one name meet: "Erdoğan" and
/// "Erdogan", "Zelenskyy", "Zelensky" and "Zelenskiy".
fn name_key(name: &str) -> String {
    let last = name
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-')))
        .rfind(|w| !w.is_empty() && !in_list(w, &["jr", "sr", "ii", "iii", "iv"]))
        .unwrap_or(name);
    surname_key(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wednesday.
    fn published() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 5, 8)
    }

    fn calls_on(text: &str, published: Option<NaiveDate>) -> Vec<Call> {
        let doc = Doc::new(text, published);
        find_calls(&doc, &Cast::new(&doc), &CharOffsets::new(text))
    }

    fn calls_in(text: &str) -> Vec<Call> {
        calls_on(text, published())
    }

    fn pairs(calls: &[Call]) -> Vec<Vec<&str>> {
        calls.iter().map(|c| c.participants.iter().map(String::as_str).collect()).collect()
    }

    fn media(calls: &[Call]) -> Vec<Medium> {
        calls.iter().map(|c| c.medium).collect()
    }

    fn dates(calls: &[Call]) -> Vec<Option<&str>> {
        calls.iter().map(|c| c.date.as_deref()).collect()
    }

    const BERG_LIND: [&str; 2] = ["Anna Berg", "Otto Lind"];

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
    fn talking_verbs_with_their_other_side() {
        let c = calls_in("President Anna Berg spoke with Chancellor Otto Lind about fishing quotas.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(media(&c), [Medium::Unspecified]);
        assert_eq!(c[0].topics, ["fishing quotas"]);
        let c = calls_in("President Anna Berg talked to Chancellor Otto Lind late into the night.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("President Anna Berg conferred by telephone with Chancellor Otto Lind on the border dispute.");
        assert_eq!(media(&c), [Medium::Phone]);
        assert_eq!(c[0].topics, ["border dispute"]);
    }

    #[test]
    fn a_plural_subject_is_both_sides() {
        let c = calls_in("President Anna Berg and Chancellor Otto Lind spoke by phone about the harbour.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Phone]);
        let c = calls_in("President Anna Berg, Chancellor Otto Lind talk over phone");
        assert_eq!(pairs(&c), [BERG_LIND]);
    }

    #[test]
    fn calling_verbs_take_the_person_called() {
        let c = calls_in("President Anna Berg phoned Chancellor Otto Lind to discuss the harbour.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Phone]);
        assert_eq!(c[0].topics, ["harbour"]);
        assert_eq!(pairs(&calls_in("President Anna Berg called Chancellor Otto Lind on Monday.")), [BERG_LIND]);
        assert_eq!(pairs(&calls_in("President Anna Berg dials Chancellor Otto Lind")), [BERG_LIND]);
    }

    #[test]
    fn called_that_is_not_a_call() {
        for text in [
            "President Anna Berg called for calm after Chancellor Otto Lind resigned.",
            "President Anna Berg called Chancellor Otto Lind a coward.",
            "President Anna Berg called on Chancellor Otto Lind to resign.",
            "President Anna Berg called it a betrayal, Chancellor Otto Lind said.",
            "The so-called Berg plan angered Chancellor Otto Lind.",
            "A spokesman for President Anna Berg called the talks with Chancellor Otto Lind useful.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn call_nouns_held_received_or_possessed() {
        let c = calls_in("President Anna Berg held a telephone call with Chancellor Otto Lind of Sudria.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Phone]);
        let c = calls_in("Chancellor Otto Lind received a call from President Anna Berg.");
        assert_eq!(pairs(&c), [["Otto Lind", "Anna Berg"]]);
        let c = calls_in("President Anna Berg has had a phone conversation with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("Chancellor Otto Lind had a phone call with his Norland counterpart, President Anna Berg.");
        assert_eq!(pairs(&c), [["Otto Lind", "Anna Berg"]]);
        let c = calls_in("President Anna Berg held a telephone talk with the Hon. Otto Lind, Chancellor of Sudria.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("Readout of President Anna Berg's Call with Chancellor Otto Lind of Sudria");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("President Anna Berg holds phone talks with Chancellor Otto Lind");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("The call between President Anna Berg and Chancellor Otto Lind lasted an hour.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("President Anna Berg raised the harbour in a call with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
    }

    #[test]
    fn a_call_phrase_beside_another_verb() {
        let c = calls_in(
            "In a phone call on Monday, President Anna Berg told Chancellor Otto Lind that the port would open.",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(dates(&c), [Some("2024-05-06")]);
        let c = calls_in(
            "President Anna Berg told Chancellor Otto Lind on a video call on Tuesday that the port would open.",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(media(&c), [Medium::Video]);
        let c = calls_in("After speaking with Chancellor Otto Lind, President Anna Berg said she was hopeful.");
        assert_eq!(pairs(&c), [["Anna Berg", "Otto Lind"]]);
        let c = calls_in("President Anna Berg said she had a \"productive\" call with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        let c = calls_in("Chancellor Otto Lind thanked President Anna Berg during their phone call on Tuesday.");
        assert_eq!(pairs(&c), [["Otto Lind", "Anna Berg"]]);
    }

    #[test]
    fn video_calls_and_links() {
        let c = calls_in("President Anna Berg held a video call with Chancellor Otto Lind.");
        assert_eq!(media(&c), [Medium::Video]);
        let c = calls_in("President Anna Berg and Chancellor Otto Lind held talks by video link.");
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(media(&c), vec![Medium::Video]);
        let c = calls_in("President Anna Berg joined a videoconference with Chancellor Otto Lind.");
        assert_eq!(media(&c), [Medium::Video]);
        let c = calls_in("President Anna Berg held a video conference with Chancellor Otto Lind.");
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(media(&c), [Medium::Video]);
        // A conference with no medium is a meeting.
        assert!(calls_in("President Anna Berg attended a conference with Chancellor Otto Lind.").is_empty());
    }

    #[test]
    fn a_post_about_a_conversation_is_its_authors() {
        let text = "Chancellor Otto Lind met reporters. \u{201C}Good conversation with @POTUS. We agreed on the harbour,\u{201D} \
                    Lind wrote.";
        let c = calls_on(text, NaiveDate::from_ymd_opt(2022, 3, 1));
        assert_eq!(pairs(&c), [["Otto Lind", "Joe Biden"]]);
        let c = calls_in(
            "President Anna Berg said: \u{201C}I just spoke with Chancellor Otto Lind about the harbour.\u{201D}",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
    }

    #[test]
    fn a_post_without_marks_is_its_authors() {
        let text = "I had a phone conversation with Chancellor Otto Lind. We agreed on the harbour. \u{2014} Anna \
                    Berg (@AnnaBerg) May 6, 2024";
        assert_eq!(pairs(&calls_in(text)), [["Anna Berg", "Otto Lind"]]);
    }

    #[test]
    fn members_named_after_a_group() {
        let text =
            "President Anna Berg convened a call with allies on Tuesday, including Chancellor Otto Lind and Prime \
                    Minister Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [["Anna Berg", "Otto Lind", "Maria Vos"]]);
    }

    #[test]
    fn meetings_are_not_calls() {
        for text in [
            "President Anna Berg met Chancellor Otto Lind in Oslo and spoke with him about the harbour.",
            "President Anna Berg spoke with Chancellor Otto Lind on the sidelines of the summit.",
            "President Anna Berg spoke with Chancellor Otto Lind during a meeting in Oslo.",
            "President Anna Berg and Chancellor Otto Lind held talks in Oslo.",
            "President Anna Berg spoke with Chancellor Otto Lind in Oslo on Monday.",
            "President Anna Berg spoke with Chancellor Otto Lind on Monday at the Sudrian Parliament.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        // A meeting or place named as a topic is not the occasion.
        assert_eq!(calls_in("President Anna Berg spoke with Chancellor Otto Lind about the coming summit.").len(), 1);
        assert_eq!(calls_in("President Anna Berg spoke with Chancellor Otto Lind on the war in Sudria.").len(), 1);
    }

    #[test]
    fn plans_and_hypotheses_are_not_calls() {
        for text in [
            "President Anna Berg will speak with Chancellor Otto Lind on Friday.",
            "President Anna Berg is expected to call Chancellor Otto Lind.",
            "President Anna Berg plans to hold a video call with Chancellor Otto Lind.",
            "President Anna Berg would talk to Chancellor Otto Lind if asked.",
            "If President Anna Berg spoke with Chancellor Otto Lind, nothing came of it.",
            "President Anna Berg has asked for a call with Chancellor Otto Lind.",
            "A call between President Anna Berg and Chancellor Otto Lind is scheduled.",
            "No calls have been planned between President Anna Berg and Chancellor Otto Lind.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        let c = calls_in(
            "President Anna Berg spoke with Prime Minister Maria Vos ahead of a call with Chancellor Otto Lind.",
        );
        assert_eq!(pairs(&c), [["Anna Berg", "Maria Vos"]]);
    }

    #[test]
    fn habits_and_denials_are_not_calls() {
        for text in [
            "President Anna Berg and Chancellor Otto Lind speak regularly.",
            "President Anna Berg did not speak with Chancellor Otto Lind.",
            "President Anna Berg has never talked to Chancellor Otto Lind.",
            "President Anna Berg didn't call Chancellor Otto Lind.",
            "President Anna Berg thanked Chancellor Otto Lind. It was the third time the two leaders had spoken.",
            "President Anna Berg talks to Chancellor Otto Lind often.",
        ] {
            assert!(calls_in(text).is_empty(), "{text}");
        }
        // "For the second time" counts an occasion of its own.
        let text = "President Anna Berg called Chancellor Otto Lind on Sunday for the second time in a week.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-05")]);
    }

    #[test]
    fn a_question_answered_without_denial_reports_a_call() {
        let asked = "Chancellor Otto Lind flew home. Asked whether he had spoken with President Anna Berg, Lind told \
                     reporters: \u{201C}I have, and it went well.\u{201D}";
        assert_eq!(pairs(&calls_in(asked)), [["Otto Lind", "Anna Berg"]]);
        let denied = "Chancellor Otto Lind flew home. Asked whether he had spoken with President Anna Berg, Lind said \
                      he had not.";
        assert!(calls_in(denied).is_empty());
        assert!(calls_in("It is unclear whether Chancellor Otto Lind spoke with President Anna Berg.").is_empty());
    }

    #[test]
    fn speeches_and_interviews_are_not_calls() {
        assert!(calls_in("President Anna Berg spoke to the Norland Foreign Ministry in June.").is_empty());
        assert!(calls_in("President Anna Berg spoke to Reuters about the harbour.").is_empty());
        assert!(calls_in("President Anna Berg spoke to reporters in Oslo.").is_empty());
        // An address is no call, even by video link…
        assert!(calls_in("President Anna Berg addressed US lawmakers by video link.").is_empty());
        assert!(calls_in("President Anna Berg spoke to the Sudrian Parliament via video link.").is_empty());
        // …unless the text calls it one: then a body or group is a side.
        let c = calls_in("President Anna Berg addressed US lawmakers by video call.");
        assert_eq!(pairs(&c), vec![vec!["Anna Berg", "US lawmakers"]]);
        assert_eq!(media(&c), vec![Medium::Video]);
    }

    #[test]
    fn the_two_leaders_are_the_last_two_people() {
        let text = "President Anna Berg thanked Chancellor Otto Lind for his help. The two leaders spoke by phone.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND]);
        // …or the sides of the call being reported.
        let text = "President Anna Berg called Chancellor Otto Lind. Prime Minister Maria Vos and King Karl Ek had \
                    warned of it. During their conversation, the two leaders agreed.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND]);
    }

    #[test]
    fn a_series_of_conversations_is_one_call_each() {
        let text =
            "President Anna Berg held a series of conversations with Chancellor Otto Lind, Prime Minister Maria \
                    Vos and King Karl Ek.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"], ["Anna Berg", "Karl Ek"]]);
        // Conversations "with world leaders" sum up the calls named after them.
        let text = "President Anna Berg held several telephone conversations with world leaders on Monday. She spoke \
                    to Chancellor Otto Lind and Prime Minister Maria Vos.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        assert_eq!(dates(&c), [Some("2024-05-06"); 2]);
        assert_eq!(media(&c), [Medium::Phone; 2]);
        // A joint call of several is one call.
        let text = "President Anna Berg, Chancellor Otto Lind and Prime Minister Maria Vos held a call.";
        assert_eq!(pairs(&calls_in(text)), [["Anna Berg", "Otto Lind", "Maria Vos"]]);
    }

    #[test]
    fn titles_inside_lists_of_sides() {
        let text = "President Anna Berg spoke to Chilean President Otto Lind, Peruvian President Maria Vos and Sri \
                    Lankan Prime Minister Karl Ek.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"], ["Anna Berg", "Karl Ek"]]);
        let text = "President Anna Berg had telephone conversations with Chancellor Otto Lind and Federal Minister of \
                    Austria Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        let text =
            "Trade Minister Dr. Anna Berg held calls today with Foreign Minister of Chile Senator Otto Lind and \
                    Minister for Foreign Affairs of Peru Dr. Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        let text =
            "Last week, Chilean Vice Premier Otto Lind and U.S. Commerce Secretary Maria Vos spoke by telephone.";
        assert_eq!(pairs(&calls_in(text)), [["Otto Lind", "Maria Vos"]]);
    }

    #[test]
    fn a_passive_call_names_the_caller_after_by() {
        let c = calls_in(
            "Prime Minister Anna Berg was called by Chilean President Otto Lind on Tuesday, who offered help.",
        );
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(dates(&c), [Some("2024-05-07")]);
        assert!(calls_in("The plan was called by President Anna Berg a disgrace.").is_empty());
    }

    #[test]
    fn a_verb_coordinated_with_the_first_takes_its_subject() {
        let text = "President Anna Berg has kept in touch with allies since the crisis began and has spoken to dozens of \
                    leaders over the past month, including Chilean President Otto Lind and Peruvian President Maria Vos.";
        assert_eq!(pairs(&calls_in(text)), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
    }

    #[test]
    fn a_side_named_by_office_is_the_person_named_later() {
        let text =
            "President Anna Berg held a series of phone calls on Monday with the leaders of Chile, the Maldives \
                    and Poland. Anna Berg spoke to Chilean President Otto Lind, Maldivian President Maria Vos and \
                    Prime Minister of Poland Karl Ek.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"], ["Anna Berg", "Karl Ek"]]);
        assert_eq!(dates(&c), [Some("2024-05-06"); 3]);
        // A person of another country is another call.
        let text = "President Anna Berg spoke with the leaders of Austria and Chile on Monday. She also spoke with \
                    Australian Prime Minister Otto Lind.";
        assert_eq!(calls_in(text).len(), 3);
    }

    #[test]
    fn two_calls_in_one_sentence_keep_their_own_dates_and_media() {
        let text =
            "The talks follow the virtual summit between President Anna Berg and Chancellor Otto Lind held on 4 \
                    June 2020, and the telephone conversation between President Berg and Prime Minister Maria Vos of \
                    Chile on 27 April.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [BERG_LIND, ["Anna Berg", "Maria Vos"]]);
        assert_eq!(dates(&c), [Some("2020-06-04"), Some("2024-04-27")]);
        assert_eq!(media(&c), [Medium::Video, Medium::Phone]);
    }

    #[test]
    fn a_medium_is_not_lent_by_a_report_naming_no_one() {
        let text =
            "Her office released a statement after the video conference.\n\nChancellor Otto Lind, who spoke with \
                    President Anna Berg on Sunday, said the deal was done.";
        assert_eq!(media(&calls_in(text)), [Medium::Unspecified]);
    }

    #[test]
    fn today_in_a_post_is_the_posts_day() {
        let post = "Today I had a good call with @OttoLind. We agreed on a lot.\n\n\u{2014} Anna Berg (@AnnaBerg) May 6, 2024\n";
        assert_eq!(dates(&calls_in(post)), [Some("2024-05-06")]);
        let text = format!("President Anna Berg spoke by phone with Chancellor Otto Lind on Monday evening.\n\n{post}");
        let c = calls_in(&text);
        assert_eq!(pairs(&c), [BERG_LIND]);
        assert_eq!(dates(&c), [Some("2024-05-06")]);
    }

    #[test]
    fn sides_named_by_office() {
        let text = "The leaders of Sudria and Estmark held a videoconference with President Anna Berg.";
        assert_eq!(pairs(&calls_in(text)), [["leader of Sudria", "leader of Estmark", "Anna Berg"]]);
        let text = "President Anna Berg also spoke with the leaders of Sudria, Estmark and the Western Isles.";
        assert_eq!(
            pairs(&calls_in(text)),
            [
                ["Anna Berg", "leader of Sudria"],
                ["Anna Berg", "leader of Estmark"],
                ["Anna Berg", "leader of Western Isles"]
            ]
        );
    }

    #[test]
    fn the_subject_right_before_the_verb() {
        let text =
            "While in Oslo today, where he met reporters from the Daily Courier and NRK, Chancellor Otto Lind had a \
                    telephone conversation with President Anna Berg.";
        assert_eq!(pairs(&calls_in(text)), [["Otto Lind", "Anna Berg"]]);
        let text = "The President of the Republic spoke by phone with Chancellor Otto Lind.";
        assert_eq!(calls_in(text)[0].participants.len(), 2);
    }

    #[test]
    fn a_title_given_to_the_other_side_is_the_author() {
        let text = "PM call with Prime Minister Lind of Sudria: 8 May 2024\nThe Prime Minister spoke to Sudrian Prime \
                    Minister Otto Lind yesterday.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), [["Prime Minister", "Otto Lind"]]);
        assert_eq!(dates(&c), [Some("2024-05-07")]);
    }

    #[test]
    fn no_one_calls_themselves() {
        let text = "President Anna Berg apologised to Chancellor Otto Lind when he called her on Tuesday.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), vec![["Otto Lind", "Anna Berg"]]);
        assert_eq!(dates(&c), vec![Some("2024-05-07")]);
    }

    #[test]
    fn the_date_is_the_calls_own() {
        let c = calls_in("President Anna Berg spoke with Chancellor Otto Lind on Monday.");
        assert_eq!((dates(&c), c[0].date_text.as_deref()), (vec![Some("2024-05-06")], Some("on Monday")));
        let c = calls_in("On Monday, President Anna Berg and Chancellor Otto Lind held a video call.");
        assert_eq!(dates(&c), [Some("2024-05-06")]);
        // The day of the report is not the day of the call.
        let c =
            calls_in("President Anna Berg held a phone call with Chancellor Otto Lind, her office said on Tuesday.");
        assert_eq!(dates(&c), [None]);
        let c = calls_in("President Anna Berg said on Tuesday that she had spoken with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [None]);
        let c = calls_in("President Anna Berg said on Tuesday she had spoken with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [None]);
        let c = calls_in("President Anna Berg said she had spoken with Chancellor Otto Lind on Tuesday.");
        assert_eq!(dates(&c), [Some("2024-05-07")]);
        let c = calls_in("After meeting aides on Monday, President Anna Berg phoned Chancellor Otto Lind.");
        assert_eq!(dates(&c), [None]);
        // A clock time does not end the clause.
        let c =
            calls_in("On 6 May, at 6:30 p.m., President Anna Berg held a telephone call with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [Some("2024-05-06")]);
        // A readout's "today" is the day of publication.
        let c = calls_in("President Anna Berg held a call today with Chancellor Otto Lind.");
        assert_eq!(dates(&c), [Some("2024-05-08")]);
        // A date after a colon dates the release ("PM call with …: 8 May").
        let c = calls_in("Berg call with Chancellor Otto Lind: 7 May 2024\nPresident Anna Berg spoke to him.");
        assert_eq!(dates(&c), [None]);
    }

    #[test]
    fn earlier_in_the_day_is_the_day_of_the_call_before() {
        let text =
            "President Anna Berg called Chancellor Otto Lind on Monday. Earlier in the day, she had spoken with \
                    Prime Minister Maria Vos.";
        let c = calls_in(text);
        assert_eq!(dates(&c), [Some("2024-05-06"); 2]);
        assert_eq!(c[1].date_text.as_deref(), Some("Earlier in the day"));
    }

    #[test]
    fn mentions_of_one_call_are_merged() {
        let text = "Berg calls Lind on harbour row\nPresident Anna Berg spoke with Chancellor Otto Lind by phone on \
                    Monday.\nThe call lasted an hour. Lind told Berg in the call that he would help.";
        let c = calls_in(text);
        assert_eq!(pairs(&c), vec![BERG_LIND]);
        assert_eq!(dates(&c), vec![Some("2024-05-06")]);
        assert_eq!(c[0].evidence, [0, 30]);
        // A later paragraph lends nothing to a call of other people.
        let text = "President Anna Berg called Chancellor Otto Lind on Monday. She also spoke with Prime Minister \
                    Maria Vos.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-06"), None]);
    }

    #[test]
    fn the_same_people_on_two_days_are_two_calls() {
        let text = "President Anna Berg spoke with Chancellor Otto Lind on Monday. The two leaders had last spoken by \
                    phone on 2 May.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-06"), Some("2024-05-02")]);
        // A returned call and the call returning it are one exchange.
        let text = "On Tuesday, President Anna Berg returned Chancellor Otto Lind's phone call. Lind had called Berg \
                    on Monday.";
        assert_eq!(dates(&calls_in(text)), [Some("2024-05-07")]);
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
