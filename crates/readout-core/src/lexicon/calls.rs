//! Words that report calls, and words that say a reported exchange is not one: a meeting,
//! a plan, a habit, a denial. Read by `crate::calls`.
//!
//! Every entry is one lower-case word, matched case-insensitively against a whole word of
//! the text (curly and straight apostrophes are the same); word lists are [`Table`]s, in
//! byte order (the build checks). Multi-word entries are lists of words matched in sequence.

use super::Table;
use crate::{table, words};

/// Verbs of talking that report a conversation between their subject and the person after
/// "with" or "to" ("spoke with", "talked to", "conferred by phone with"), or between the
/// people of a plural subject ("Biden and Xi spoke").
pub const SPEAK_VERBS: Table<()> = words![
    "chat",
    "chats",
    "chatted",
    "confer",
    "conferred",
    "conferring",
    "confers",
    "speak",
    "speaking",
    "speaks",
    "spoke",
    "spoken",
    "talk",
    "talked",
    "talking",
];

/// The present tense of a talking verb that is also a noun ("talks"): a verb only right
/// after its subject ("Biden talks with Xi"), otherwise the noun of [`MEDIUM_NOUNS`].
pub const SPEAK_OR_NOUN: Table<()> = words!["talks",];

/// Verbs whose direct object is the person called ("phoned Abbott", "Modi dials Putin").
/// "call" itself is a verb only with a person right after it, and never when what follows
/// names the person ("called him a liar"): see [`AFTER_CALLED`].
pub const CALL_VERBS: Table<()> = words![
    "call",
    "called",
    "calling",
    "calls",
    "dialed",
    "dialing",
    "dialled",
    "dialling",
    "dials",
    "phoned",
    "phones",
    "phoning",
    "rang",
    "ringing",
    "rings",
    "telephoned",
    "telephones",
];

/// Words that make a conversation a telephone one, anywhere in its clause ("by phone",
/// "phoned", "a telephonic conversation"). A call noun or calling verb is one too.
pub const PHONE_WORDS: Table<()> = words![
    "cellphone",
    "dialed",
    "dialing",
    "dialled",
    "dialling",
    "dials",
    "phone",
    "phone-call",
    "phonecall",
    "phoned",
    "phones",
    "phoning",
    "rang",
    "telephone",
    "telephoned",
    "telephonic",
    "telephonically",
];

/// Medium words that, after a preposition of [`MEDIUM_PREPOSITIONS`], make a phrase that
/// reports a call on another verb ("discussed by phone", "addressed them via video link").
pub const MEDIUM_PHRASE_WORDS: Table<()> =
    words!["phone", "skype", "telephone", "video", "video-link", "videoconference", "videolink", "zoom",];

/// Words that make a conversation a video one.
pub const VIDEO_WORDS: Table<()> = words![
    "facetime",
    "skype",
    "video",
    "video-call",
    "video-conference",
    "video-link",
    "videoconference",
    "videoconferences",
    "videoconferencing",
    "videolink",
    "virtual",
    "virtually",
    "webex",
    "zoom",
];

/// Nouns that are a call by themselves once someone holds one or it is "with" someone
/// ("held a call", "a conversation with Biden", "Putin's call with Scholz").
pub const CALL_NOUNS: Table<()> = words![
    "call",
    "calls",
    "conversation",
    "conversations",
    "phone-call",
    "phonecall",
    "teleconference",
    "video-conference",
    "videoconference",
    "videoconferences",
];

/// Nouns that are a call only with a medium word ("phone talks", "a telephone discussion",
/// "talks by video link", "a virtual summit"); without one they are usually held face to face.
pub const MEDIUM_NOUNS: Table<()> = words![
    "chat",
    "conference",
    "conferences",
    "contact",
    "discussion",
    "discussions",
    "exchange",
    "meeting",
    "summit",
    "talks",
];

/// Plural call nouns whose counterparts are one call each ("a series of conversations with
/// Biden, Trudeau and Duda"); a singular noun with several counterparts is one joint call.
pub const PLURAL_CALL_NOUNS: Table<()> = words!["calls", "conversations", "discussions", "talks", "videoconferences",];

/// Verbs whose subject takes part in the call they govern ("held a call", "received a call
/// from", "returned Singh's call").
pub const LIGHT_VERBS: Table<()> = words![
    "concluded",
    "conduct",
    "conducted",
    "conducts",
    "convene",
    "convened",
    "convenes",
    "convening",
    "engage",
    "engaged",
    "engages",
    "get",
    "gets",
    "got",
    "had",
    "has",
    "have",
    "having",
    "held",
    "hold",
    "holding",
    "holds",
    "host",
    "hosted",
    "hosts",
    "initiate",
    "initiated",
    "initiates",
    "join",
    "joined",
    "joins",
    "made",
    "make",
    "makes",
    "making",
    "place",
    "placed",
    "places",
    "receive",
    "received",
    "receives",
    "receiving",
    "return",
    "returned",
    "returning",
    "returns",
    "take",
    "takes",
    "took",
    "use",
    "used",
    "uses",
    "wrapped",
];

/// Words inside a call noun's phrase before it ("a series of", "the"), read when looking
/// back from the noun for the verb that holds it.
pub const DETERMINERS: Table<()> = words!["a", "an", "several", "that", "the", "these", "this", "those",];

/// Nouns that count calls ("a series of conversations", "a round of calls").
pub const QUANTITY_NOUNS: Table<()> = words!["couple", "number", "round", "series", "set",];

/// Lower-case words that end a call noun's phrase read backwards: verbs that do not hold
/// a call and function words ("Psaki called the conversation useful").
pub const PHRASE_ENDS: Table<()> = words![
    "about",
    "and",
    "are",
    "as",
    "be",
    "been",
    "but",
    "called",
    "described",
    "for",
    "is",
    "like",
    "marked",
    "marks",
    "or",
    "regarding",
    "resist",
    "said",
    "says",
    "than",
    "to",
    "urge",
    "urged",
    "was",
    "were",
    "what",
];

/// Light verbs that say the call answered an earlier one ("returned Singh's call"): the
/// call returned and the call returning it are one exchange.
pub const RETURN_VERBS: Table<()> = words!["return", "returned", "returning", "returns",];

/// Prepositions that put a call noun beside the clause's verb ("in a call with", "during
/// the call", "via a phone call", "Ramaphosa on telephone discussion with Putin"); the
/// clause's subject is then a side of the call.
pub const CALL_PREPOSITIONS: Table<()> =
    words!["after", "at", "by", "during", "following", "from", "in", "on", "over", "through", "throughout", "via",];

/// Prepositions after a call word that introduce the other side ("spoke with", "call to",
/// "call from"); "between" introduces both sides.
pub const COUNTERPART_PREPOSITIONS: Table<()> = words!["between", "from", "to", "with",];

/// Prepositions that introduce a medium word ("by phone", "over the telephone", "via video
/// link", "on the phone").
pub const MEDIUM_PREPOSITIONS: Table<()> = words!["by", "on", "over", "through", "via",];

/// Words that, before a talking or calling verb or a verb holding a call, say the call
/// has not happened: modals, the infinitive marker and negations ("will speak", "plans to
/// call", "did not speak", "never talked").
pub const NOT_HELD_BEFORE_VERB: Table<()> = words![
    "'ll", "can", "cannot", "could", "may", "might", "must", "neither", "never", "no", "nor", "not", "shall", "should",
    "to", "unlikely", "will", "without", "wo", "would",
];

/// Adverbs allowed between such a word and the verb it governs ("will also speak", "did
/// not yet call").
pub const VERB_ADVERBS: Table<()> = words![
    "again",
    "all",
    "already",
    "also",
    "be",
    "been",
    "both",
    "briefly",
    "directly",
    "even",
    "ever",
    "finally",
    "first",
    "further",
    "had",
    "has",
    "have",
    "just",
    "later",
    "likely",
    "once",
    "only",
    "personally",
    "reportedly",
    "separately",
    "shortly",
    "soon",
    "still",
    "subsequently",
    "then",
    "yet",
];

/// Words right before a call noun that make it one not (yet) held ("no calls", "a planned
/// call", "the upcoming videoconference").
pub const NOT_HELD_BEFORE_NOUN: Table<()> = words![
    "anticipated",
    "any",
    "every",
    "expected",
    "forthcoming",
    "further",
    "future",
    "hypothetical",
    "next",
    "no",
    "planned",
    "possible",
    "potential",
    "proposed",
    "prospective",
    "regular",
    "requested",
    "scheduled",
    "upcoming",
];

/// Words after a call noun, in its clause, that make it one not yet held ("a call between
/// them is scheduled", "the call will take place").
pub const NOT_HELD_AFTER_NOUN: Table<()> = words![
    "could",
    "due",
    "expected",
    "may",
    "might",
    "planned",
    "scheduled",
    "set",
    "shall",
    "slated",
    "will",
    "would",
];

/// Words a short way before a call noun that make it one not held: requests, waits and
/// plans ("asked for a call", "ahead of the call with").
pub const NOT_HELD_CONTEXT: Table<()> = words![
    "ahead",
    "arrange",
    "arranging",
    "await",
    "awaiting",
    "awaits",
    "declined",
    "denied",
    "denies",
    "deny",
    "denying",
    "offer",
    "offered",
    "offers",
    "propose",
    "proposed",
    "proposes",
    "refused",
    "request",
    "requested",
    "requesting",
    "requests",
    "schedule",
    "scheduling",
    "seek",
    "seeking",
    "seeks",
    "sought",
    "waiting",
];

/// Words that make a clause a condition or an open question ("if they speak", "whether
/// he had spoken").
pub const HYPOTHETICAL: Table<()> = words!["if", "lest", "suppose", "supposing", "unless", "whether",];

/// Verbs of asking: "asked whether he had spoken with Putin" reports a call when the
/// answer that follows does not deny it.
pub const ASKING_VERBS: Table<()> = words!["asked", "asking", "questioned",];

/// Words in an answer that deny or withhold what was asked.
pub const DENIALS: Table<()> = words![
    "can't", "cannot", "declined", "denied", "denies", "didn't", "doesn't", "don't", "hasn't", "haven't", "never",
    "no", "nope", "not", "nothing", "refused", "won't", "wouldn't",
];

/// Words that make a mention habitual or generic rather than one occasion ("they speak
/// regularly", "the second time this week", "the first such conversation").
pub const HABITUAL: Table<()> = words![
    "constantly",
    "daily",
    "frequently",
    "generally",
    "monthly",
    "occasionally",
    "often",
    "rarely",
    "regularly",
    "repeatedly",
    "routinely",
    "seldom",
    "sometimes",
    "times",
    "typically",
    "usually",
    "weekly",
];

/// Ordinals that count a call among others ("the fifth telephonic conversation", "the
/// second time"); "first" is left out, as "for the first time since March" reports a call.
pub const COUNTING_ORDINALS: Table<()> =
    words!["eighth", "fifth", "fourth", "ninth", "nth", "second", "seventh", "sixth", "tenth", "third", "umpteenth",];

/// Words that place both sides in the same room ("met", "on the sidelines", "during a
/// meeting"): a talk without a medium near them is a meeting, not a call.
pub const MEETING_WORDS: Table<()> = words![
    "banquet",
    "breakfast",
    "ceremony",
    "dinner",
    "face-to-face",
    "hosted",
    "hosting",
    "in-person",
    "luncheon",
    "meet",
    "meeting",
    "meetings",
    "meets",
    "met",
    "round-table",
    "roundtable",
    "sidelines",
    "summit",
    "summits",
    "tour",
    "trip",
    "visit",
    "visited",
    "visiting",
    "visits",
];

/// Phrases that place both sides in the same room.
pub const MEETING_PHRASES: &[&[&str]] = &[&["in", "person"], &["face", "to", "face"]];

/// Words after which a meeting word names a topic, not the occasion ("spoke about the
/// upcoming summit").
pub const TOPIC_CUES: Table<()> = words![
    "about",
    "address",
    "addressed",
    "concerning",
    "discuss",
    "discussed",
    "discusses",
    "discussing",
    "focused",
    "focusing",
    "included",
    "including",
    "regarding",
    "review",
    "reviewed",
    "touched",
];

/// Report verbs: they end the clause of a call reported after them, and a date right
/// after one dates the report ("the Kremlin said on Tuesday", "said Wednesday he spoke").
pub const REPORT_VERBS: Table<()> = words![
    "according",
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "announces",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "disclosed",
    "emerged",
    "explained",
    "insisted",
    "noted",
    "notes",
    "posted",
    "recalled",
    "reported",
    "reporting",
    "reports",
    "revealed",
    "said",
    "say",
    "saying",
    "says",
    "stated",
    "states",
    "tell",
    "tells",
    "told",
    "tweeted",
    "tweets",
    "writes",
    "wrote",
];

/// Report verbs whose object is a person ("Xi told Biden on a video call"): in a call
/// phrase after them, the teller and the told are the sides.
pub const TELLING_VERBS: Table<()> =
    words!["assured", "assures", "informed", "informs", "tell", "tells", "told", "urged", "urges", "warned", "warns",];

/// Subordinators and relative words: they end the clause of a call, for the purpose of
/// finding its subject, its other side and its date.
pub const CLAUSE_OPENERS: Table<()> = words![
    "after", "although", "because", "before", "but", "if", "once", "since", "so", "that", "though", "till", "unless",
    "until", "when", "whenever", "where", "whereas", "whether", "which", "while", "whilst", "who", "whom", "whose",
];

/// Subordinators that open a fronted phrase whose dates are not the main clause's ("After
/// meeting aides on Monday, she phoned Lind").
pub const SUBORDINATORS: Table<()> =
    words!["after", "ahead", "as", "before", "following", "once", "since", "until", "when", "while",];

/// Words that open a fronted phrase ("On Monday,", "As reported,", "Following the call,"):
/// the subject of the clause comes after the phrase's comma.
pub const FRONTED_OPENERS: Table<()> = words![
    "according",
    "additionally",
    "after",
    "also",
    "amid",
    "amidst",
    "and",
    "as",
    "asked",
    "at",
    "before",
    "but",
    "days",
    "during",
    "earlier",
    "early",
    "finally",
    "first",
    "following",
    "from",
    "furthermore",
    "hours",
    "however",
    "in",
    "just",
    "last",
    "late",
    "later",
    "meanwhile",
    "minutes",
    "moreover",
    "notably",
    "now",
    "on",
    "overnight",
    "separately",
    "shortly",
    "since",
    "so",
    "soon",
    "speaking",
    "still",
    "then",
    "this",
    "today",
    "tonight",
    "under",
    "weeks",
    "when",
    "while",
    "with",
    "within",
    "yesterday",
    "yet",
];

/// Phrases that stand for the two people just named ("the two leaders", "both
/// presidents", "they").
pub const PLURAL_REFERENCES: &[&[&str]] = &[
    &["the", "two", "leaders"],
    &["the", "two", "presidents"],
    &["the", "two", "prime", "ministers"],
    &["the", "two", "heads", "of", "state"],
    &["the", "two", "heads", "of", "government"],
    &["the", "two", "men"],
    &["the", "two", "sides"],
    &["the", "two", "statesmen"],
    &["the", "two", "premiers"],
    &["the", "two", "chancellors"],
    &["the", "two", "ministers"],
    &["the", "two"],
    &["both", "leaders"],
    &["both", "presidents"],
    &["both", "men"],
    &["both", "sides"],
    &["both", "of", "them"],
    &["the", "leaders"],
    &["the", "presidents"],
    &["the", "prime", "ministers"],
    &["the", "pair"],
    &["the", "duo"],
    &["they"],
    &["their"],
    &["both"],
];

/// Offices that name a side by its country ("the leaders of Britain and Germany"): with
/// their singular, which names each side ("leader of Britain").
pub const OFFICES: Table<&str> = table![
    ("chancellor", "chancellor"),
    ("chancellors", "chancellor"),
    ("counterpart", "counterpart"),
    ("counterparts", "counterpart"),
    ("emir", "emir"),
    ("emirs", "emir"),
    ("king", "king"),
    ("kings", "king"),
    ("leader", "leader"),
    ("leaders", "leader"),
    ("premier", "premier"),
    ("premiers", "premier"),
    ("president", "president"),
    ("presidents", "president"),
    ("queen", "queen"),
];

/// Two-word offices, as for [`OFFICES`] ("the prime ministers of Italy and Spain").
pub const TWO_WORD_OFFICES: &[(&str, &str, &str)] = &[
    ("prime", "minister", "prime minister"),
    ("prime", "ministers", "prime minister"),
    ("foreign", "minister", "foreign minister"),
    ("foreign", "ministers", "foreign minister"),
    ("defence", "minister", "defence minister"),
    ("defense", "minister", "defense minister"),
    ("defence", "ministers", "defence minister"),
    ("defense", "ministers", "defense minister"),
];

/// Words that may stand between two names of one list ("Erdoğan and his Russian
/// counterpart, Vladimir Putin", "Macron of France, Merkel of Germany").
pub const LIST_LINKS: Table<()> = words![
    "&",
    "(",
    ")",
    ",",
    "-",
    ".",
    "along",
    "and",
    "as",
    "both",
    "counterpart",
    "counterparts",
    "former",
    "her",
    "his",
    "its",
    "jr",
    "of",
    "plus",
    "s",
    "sr",
    "the",
    "their",
    "then",
    "together",
    "u",
    "uk",
    "us",
    "well",
];

/// Words that introduce a person's name as a title ("President", "Dr", "Taoiseach"): a
/// name the cast found just before such a title qualifies the person after it ("Sri Lankan
/// President Gotabaya Rajapaksa", "External Affairs Minister S. Jaishankar").
pub const PERSON_TITLES: Table<()> = words![
    "ambassador",
    "chancellor",
    "chief",
    "crown",
    "dr",
    "emir",
    "envoy",
    "governor",
    "king",
    "leader",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "premier",
    "president",
    "prime",
    "prince",
    "queen",
    "secretary",
    "senator",
    "sheikh",
    "sir",
    "speaker",
    "sultan",
    "taoiseach",
];

/// Lower-case words that may stand inside a title before a name ("Minister for Foreign
/// Affairs of Singapore").
pub const TITLE_CONNECTORS: Table<()> = words![".", "for", "of", "the"];

/// Words that name the members of a group side ("a call with allies, including Scholz
/// and Macron").
pub const MEMBER_MARKERS: Table<()> = words!["among", "including", "namely"];

/// Words that may follow "called X" when it reports a call ("called Putin on Friday",
/// "called him to express"); anything else names X ("called him a liar").
pub const AFTER_CALLED: Table<()> = words![
    "about",
    "after",
    "again",
    "ahead",
    "also",
    "amid",
    "and",
    "as",
    "at",
    "back",
    "before",
    "by",
    "days",
    "directly",
    "during",
    "earlier",
    "early",
    "following",
    "for",
    "friday",
    "from",
    "hours",
    "immediately",
    "in",
    "just",
    "last",
    "late",
    "later",
    "minutes",
    "moments",
    "monday",
    "of",
    "on",
    "over",
    "overnight",
    "personally",
    "saturday",
    "separately",
    "shortly",
    "soon",
    "sunday",
    "that",
    "this",
    "thursday",
    "to",
    "today",
    "tonight",
    "too",
    "tuesday",
    "twice",
    "up",
    "wednesday",
    "when",
    "while",
    "who",
    "with",
    "yesterday",
];

/// Words that may stand between a talking verb and the "with" or "to" of its other side
/// ("spoke by phone on Tuesday with", "talked for 52 minutes to").
pub const ADJUNCT_WORDS: Table<()> = words![
    "(",
    ")",
    ",",
    "a",
    "about",
    "afternoon",
    "again",
    "almost",
    "also",
    "an",
    "around",
    "at",
    "both",
    "briefly",
    "by",
    "call",
    "conference",
    "directly",
    "earlier",
    "evening",
    "first",
    "for",
    "friday",
    "had",
    "has",
    "have",
    "hour",
    "hours",
    "in",
    "last",
    "late",
    "later",
    "length",
    "link",
    "minute",
    "minutes",
    "monday",
    "more",
    "morning",
    "nearly",
    "night",
    "on",
    "once",
    "online",
    "over",
    "personally",
    "phone",
    "privately",
    "roughly",
    "saturday",
    "secretly",
    "separately",
    "since",
    "some",
    "sunday",
    "telephone",
    "telephonically",
    "than",
    "the",
    "this",
    "through",
    "thursday",
    "time",
    "today",
    "tonight",
    "tuesday",
    "twice",
    "up",
    "via",
    "video",
    "video-link",
    "videoconference",
    "videolink",
    "virtually",
    "wednesday",
    "yesterday",
];

/// Phrases that put a call on the day of the call reported before it ("Earlier in the
/// day, she spoke with Lind").
pub const SAME_DAY: &[&[&str]] = &[
    &["earlier", "in", "the", "day"],
    &["later", "in", "the", "day"],
    &["earlier", "that", "day"],
    &["later", "that", "day"],
    &["the", "same", "day"],
    &["that", "same", "day"],
    &["hours", "earlier"],
    &["hours", "later"],
    &["minutes", "later"],
    &["shortly", "afterwards"],
    &["shortly", "afterward"],
];

/// Words that end a topic phrase ("to discuss the harbour during a call").
pub const TOPIC_ENDS: Table<()> = words!["by", "during", "in", "over", "via", "with",];

/// Words a topic, a noun phrase, never ends with: a phrase cut before its noun ("the
/// content of", "talks and", "his handle, he").
pub const TOPIC_DANGLING: Table<()> = words![
    "a", "about", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "i", "in", "it", "its",
    "of", "on", "or", "our", "she", "that", "the", "their", "they", "this", "to", "we", "which", "who", "with",
];

/// Words that make a topic a clause, not a noun phrase ("the documents are to be made
/// public").
pub const TOPIC_CLAUSE_WORDS: Table<()> =
    words!["are", "be", "been", "had", "has", "have", "is", "said", "says", "was", "were", "will", "would",];

/// Units of time: "35 minutes" says how long a call lasted, not what it was about.
pub const TIME_UNITS: Table<()> = words!["hour", "hours", "minute", "minutes", "second", "seconds",];

/// Words after which a call noun names the topic of what follows, up to the clause end
/// ("to discuss the grain deal", "about migration").
pub const TOPIC_INTRODUCERS: &[&[&str]] = &[
    &["to", "discuss"],
    &["discussed"],
    &["discussing"],
    &["about"],
    &["regarding"],
    &["concerning"],
    &["on"],
    &["focused", "on"],
    &["touched", "upon"],
    &["touched", "on"],
    &["agenda", "included"],
];

/// Clause openers that are also determiners ("said that he spoke", "strengthen that
/// relationship"): they open a clause only before a pronoun, an article or a name.
pub const DETERMINER_OPENERS: Table<()> = words!["that"];

/// Auxiliaries that may stand between a modal or negation and the verb it governs ("did
/// not speak", "is not expected to call").
/// Auxiliaries of the present perfect ("has had a call", "have spoken"): a call so
/// reported with no date of its own took place on the article's day.
pub const PERFECT_AUXILIARIES: Table<()> = words!["'ve", "has", "have", "’ve"];

pub const AUXILIARY_VERBS: Table<()> = words!["am", "are", "did", "do", "does", "is", "was", "were"];

/// Determiners that make a call noun generic ("such calls", "such conversations").
pub const HABIT_DETERMINERS: Table<()> = words!["such"];

/// Nouns that count occasions ("the second time", "three times").
pub const TIME_NOUNS: Table<()> = words!["time", "times"];

/// Words that join the last item of a list to the rest ("and", "as well as", "plus"): a comma
/// list without one of them is no list of sides.
pub const LIST_END_LINKS: &[&str] = &["and", "&", "well", "plus"];

/// Words after a side that show the list of sides goes on.
pub const LIST_CONTINUERS: &[&str] = &["and", "of", "&"];

/// Nouns that name the other side by its office ("his Turkish counterpart").
pub const COUNTERPART_NOUNS: &[&str] = &["counterpart", "counterparts"];

/// Words and marks between two items of a list of sides.
pub const LIST_ITEM_LINKS: &[&str] = &["and", ",", "&"];

/// Words that join two names.
pub const NAME_AND: &[&str] = &["and", "&"];

/// Prepositions of place: "in Paris", "at the White House".
pub const PLACE_PREPOSITIONS: &[&str] = &["in", "at"];

/// First-person subjects: a call its author reports ("I had a call with").
pub const FIRST_PERSON: &[&str] = &["i", "we", "i've", "we've", "i'd", "we'd"];

/// Relative words that open a clause about the noun before them.
pub const RELATIVE_WORDS: &[&str] = &["who", "which", "that"];

/// Prepositions that open a phrase of its own in a call's clause ("with", "to", "in").
pub const SIDE_PREPOSITIONS: &[&str] = &["with", "to", "in", "at", "by", "for", "about"];

/// Forms of "have" before a participle.
pub const HAVE_FORMS: &[&str] = &["has", "have", "had"];

/// Possessive determiners that give a side its owner ("his counterpart").
pub const POSSESSIVE_DETERMINERS: &[&str] = &["his", "its", "their"];

/// Plural subjects that stand for the sides already named ("the two leaders spoke").
pub const PLURAL_SUBJECTS: &[&str] = &["they", "leaders", "presidents", "two"];

/// Forms of "call", a verb of calling or of naming ("called for", "called it").
pub const CALL_FORMS: &[&str] = &["called", "call", "calls", "calling"];

/// Forms of "call" that may be a noun or a gerund ("a call", "calling for"): a verb of
/// calling only after its subject.
pub const UNMARKED_CALL_FORMS: &[&str] = &["call", "calls", "calling"];

/// Verbs whose subject places the call they hold, with whatever preposition ("initiated a
/// call with"); "made a call to" says it by its "to" alone ("made a call with" is a talk).
pub const INITIATING_VERBS: &[&str] = &["initiate", "initiated", "initiates", "initiating"];

/// Prepositions after a call noun that name the side who placed the call ("a call from
/// Berg") and the side called ("a call to Lind").
pub const CALLER_PREPOSITIONS: &[&str] = &["from"];
pub const CALLED_PREPOSITIONS: &[&str] = &["to"];

/// Forms of "be" before a participle (a passive).
pub const BE_FORMS: &[&str] = &["was", "were", "been", "is", "are", "being"];

/// Suffixes after a name and a comma ("Joseph R. Biden, Jr.").
pub const NAME_SUFFIX_WORDS: &[&str] = &["jr", "sr"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_lower_case() {
        // Phrases are matched against words without case.
        for phrase in [PLURAL_REFERENCES, MEETING_PHRASES, SAME_DAY, TOPIC_INTRODUCERS] {
            for word in phrase.iter().flat_map(|p| p.iter()) {
                assert!(!word.bytes().any(|b| b.is_ascii_uppercase()), "{word:?} must be lower case");
            }
        }
    }
}
