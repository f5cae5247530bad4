//! Words that report calls, and words that say a reported exchange is not one: a meeting,
//! a plan, a habit, a denial. Read by `crate::calls`.
//!
//! Every entry is one lower-case word, matched case-insensitively against a whole word of
//! the text (curly and straight apostrophes are the same); multi-word entries are lists
//! of words matched in sequence.

/// Verbs of talking that report a conversation between their subject and the person after
/// "with" or "to" ("spoke with", "talked to", "conferred by phone with"), or between the
/// people of a plural subject ("Biden and Xi spoke").
pub const SPEAK_VERBS: &[&str] = &[
    "spoke", "speak", "speaks", "spoken", "speaking", "talked", "talk", "talking", "conferred", "confer",
    "confers", "conferring", "chatted", "chat", "chats",
];

/// The present tense of a talking verb that is also a noun ("talks"): a verb only right
/// after its subject ("Biden talks with Xi"), otherwise the noun of [`MEDIUM_NOUNS`].
pub const SPEAK_OR_NOUN: &[&str] = &["talks"];

/// Verbs whose direct object is the person called ("phoned Abbott", "Modi dials Putin").
/// "call" itself is a verb only with a person right after it, and never when what follows
/// names the person ("called him a liar"): see [`AFTER_CALLED`].
pub const CALL_VERBS: &[&str] = &[
    "called", "calls", "call", "calling", "phoned", "phones", "phoning", "telephoned", "telephones", "rang", "rings",
    "ringing", "dialled", "dialed", "dials", "dialling", "dialing",
];

/// Words that make a conversation a telephone one, anywhere in its clause ("by phone",
/// "phoned", "a telephonic conversation"). A call noun or calling verb is one too.
pub const PHONE_WORDS: &[&str] = &[
    "phone", "phones", "phoned", "phoning", "telephone", "telephoned", "telephonic", "telephonically", "dialled",
    "dialed", "dials", "dialling", "dialing", "rang", "cellphone", "phone-call", "phonecall",
];

/// Medium words that, after a preposition of [`MEDIUM_PREPOSITIONS`], make a phrase that
/// reports a call on another verb ("discussed by phone", "addressed them via video link").
pub const MEDIUM_PHRASE_WORDS: &[&str] =
    &["phone", "telephone", "video", "videolink", "video-link", "videoconference", "zoom", "skype"];

/// Words that make a conversation a video one.
pub const VIDEO_WORDS: &[&str] = &[
    "video", "videoconference", "videoconferences", "video-conference", "videoconferencing", "video-link",
    "videolink", "video-call", "virtual", "virtually", "zoom", "skype", "facetime", "webex",
];

/// Nouns that are a call by themselves once someone holds one or it is "with" someone
/// ("held a call", "a conversation with Biden", "Putin's call with Scholz").
pub const CALL_NOUNS: &[&str] = &[
    "call", "calls", "conversation", "conversations", "videoconference", "videoconferences", "video-conference",
    "teleconference", "phone-call", "phonecall",
];

/// Nouns that are a call only with a medium word ("phone talks", "a telephone discussion",
/// "talks by video link"); without one they are usually held face to face.
pub const MEDIUM_NOUNS: &[&str] = &["talks", "discussion", "discussions", "chat", "exchange", "contact"];

/// Plural call nouns whose counterparts are one call each ("a series of conversations with
/// Biden, Trudeau and Duda"); a singular noun with several counterparts is one joint call.
pub const PLURAL_CALL_NOUNS: &[&str] = &["calls", "conversations", "talks", "discussions", "videoconferences"];

/// Verbs whose subject takes part in the call they govern ("held a call", "received a call
/// from", "returned Singh's call").
pub const LIGHT_VERBS: &[&str] = &[
    "held", "hold", "holds", "holding", "had", "has", "have", "having", "made", "make", "makes", "making", "received",
    "receive", "receives", "receiving", "returned", "return", "returns", "returning", "initiated", "initiate",
    "initiates", "conducted", "conduct", "conducts", "engaged", "engage", "engages", "placed", "place", "places",
    "joined", "join", "joins", "hosted", "host", "hosts", "took", "take", "takes", "got", "get", "gets", "used",
    "uses", "use", "concluded", "wrapped",
];

/// Words inside a call noun's phrase before it ("a series of", "the"), read when looking
/// back from the noun for the verb that holds it.
pub const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "these", "those", "several"];

/// Nouns that count calls ("a series of conversations", "a round of calls").
pub const QUANTITY_NOUNS: &[&str] = &["series", "number", "round", "couple", "set"];

/// Lower-case words that end a call noun's phrase read backwards: verbs that do not hold
/// a call and function words ("Psaki called the conversation useful").
pub const PHRASE_ENDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "called", "said", "says", "described", "marks", "marked", "resist",
    "urge", "urged", "about", "regarding", "for", "to", "and", "or", "but", "as", "than", "like", "what",
];

/// Light verbs that say the call answered an earlier one ("returned Singh's call"): the
/// call returned and the call returning it are one exchange.
pub const RETURN_VERBS: &[&str] = &["returned", "return", "returns", "returning"];

/// Prepositions that put a call noun beside the clause's verb ("in a call with", "during
/// the call", "via a phone call", "Ramaphosa on telephone discussion with Putin"); the
/// clause's subject is then a side of the call.
pub const CALL_PREPOSITIONS: &[&str] =
    &["in", "during", "via", "through", "by", "over", "on", "after", "following", "from", "at", "throughout"];

/// Prepositions after a call word that introduce the other side ("spoke with", "call to",
/// "call from"); "between" introduces both sides.
pub const COUNTERPART_PREPOSITIONS: &[&str] = &["with", "to", "from", "between"];

/// Prepositions that introduce a medium word ("by phone", "over the telephone", "via video
/// link", "on the phone").
pub const MEDIUM_PREPOSITIONS: &[&str] = &["by", "over", "on", "via", "through"];

/// Words that, before a talking or calling verb or a verb holding a call, say the call
/// has not happened: modals, the infinitive marker and negations ("will speak", "plans to
/// call", "did not speak", "never talked").
pub const NOT_HELD_BEFORE_VERB: &[&str] = &[
    "will", "would", "shall", "could", "can", "may", "might", "must", "should", "to", "not", "never", "no", "without",
    "nor", "neither", "cannot", "wo", "'ll", "unlikely",
];

/// Adverbs allowed between such a word and the verb it governs ("will also speak", "did
/// not yet call").
pub const VERB_ADVERBS: &[&str] = &[
    "also", "then", "soon", "again", "later", "shortly", "personally", "directly", "reportedly", "likely", "yet",
    "be", "been", "have", "has", "had", "once", "first", "briefly", "separately", "both", "all", "finally",
    "already", "just", "only", "ever", "even", "still", "further", "subsequently",
];

/// Words right before a call noun that make it one not (yet) held ("no calls", "a planned
/// call", "the upcoming videoconference").
pub const NOT_HELD_BEFORE_NOUN: &[&str] = &[
    "no", "planned", "upcoming", "future", "next", "possible", "potential", "proposed", "scheduled", "expected",
    "prospective", "requested", "forthcoming", "anticipated", "hypothetical", "any", "further", "regular", "every",
];

/// Words after a call noun, in its clause, that make it one not yet held ("a call between
/// them is scheduled", "the call will take place").
pub const NOT_HELD_AFTER_NOUN: &[&str] = &[
    "will", "would", "shall", "might", "may", "could", "scheduled", "planned", "expected", "due", "slated", "set",
];

/// Words a short way before a call noun that make it one not held: requests, waits and
/// plans ("asked for a call", "ahead of the call with").
pub const NOT_HELD_CONTEXT: &[&str] = &[
    "ahead", "requested", "request", "requests", "requesting", "sought", "seek", "seeks", "seeking", "awaiting",
    "await", "awaits", "waiting", "proposed", "propose", "proposes", "offered", "offer", "offers", "arrange",
    "arranging", "schedule", "scheduling", "denied", "deny", "denies", "denying", "refused", "declined",
];

/// Words that make a clause a condition or an open question ("if they speak", "whether
/// he had spoken").
pub const HYPOTHETICAL: &[&str] = &["if", "unless", "whether", "lest", "suppose", "supposing"];

/// Verbs of asking: "asked whether he had spoken with Putin" reports a call when the
/// answer that follows does not deny it.
pub const ASKING_VERBS: &[&str] = &["asked", "asking", "questioned"];

/// Words in an answer that deny or withhold what was asked.
pub const DENIALS: &[&str] = &[
    "no", "not", "never", "nothing", "declined", "refused", "denied", "denies", "wouldn't", "won't", "didn't",
    "hasn't", "haven't", "don't", "doesn't", "can't", "cannot", "nope",
];

/// Words that make a mention habitual or generic rather than one occasion ("they speak
/// regularly", "the second time this week", "the first such conversation").
pub const HABITUAL: &[&str] = &[
    "regularly", "often", "frequently", "usually", "routinely", "repeatedly", "constantly", "daily", "weekly",
    "monthly", "times", "such", "sometimes", "occasionally", "rarely", "seldom", "typically", "generally",
];

/// Ordinals that count a call among others ("the fifth telephonic conversation", "the
/// second time"); "first" is left out, as "for the first time since March" reports a call.
pub const COUNTING_ORDINALS: &[&str] =
    &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "umpteenth", "nth"];

/// Words that place both sides in the same room ("met", "on the sidelines", "during a
/// meeting"): a talk without a medium near them is a meeting, not a call.
pub const MEETING_WORDS: &[&str] = &[
    "met", "meet", "meets", "meeting", "meetings", "summit", "summits", "sidelines", "visit", "visits", "visited",
    "visiting", "in-person", "face-to-face", "roundtable", "round-table", "trip", "tour", "hosted", "hosting",
    "banquet", "dinner", "luncheon", "breakfast", "ceremony",
];

/// Phrases that place both sides in the same room.
pub const MEETING_PHRASES: &[&[&str]] = &[&["in", "person"], &["face", "to", "face"]];

/// Words after which a meeting word names a topic, not the occasion ("spoke about the
/// upcoming summit").
pub const TOPIC_CUES: &[&str] = &[
    "about", "regarding", "concerning", "discuss", "discussed", "discusses", "discussing", "review",
    "reviewed", "addressed", "address", "touched", "focused", "focusing", "included", "including",
];

/// Report verbs: they end the clause of a call reported after them, and a date right
/// after one dates the report ("the Kremlin said on Tuesday", "said Wednesday he spoke").
pub const REPORT_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "reported", "reports", "reporting", "announced",
    "announces", "stated", "states", "added", "adds", "noted", "notes", "wrote", "writes", "tweeted", "tweets",
    "posted", "confirmed", "confirms", "according", "claimed", "claims", "revealed", "disclosed", "explained",
    "insisted", "recalled", "acknowledged", "admitted", "emerged",
];

/// Report verbs whose object is a person ("Xi told Biden on a video call"): in a call
/// phrase after them, the teller and the told are the sides.
pub const TELLING_VERBS: &[&str] =
    &["told", "tells", "tell", "assured", "assures", "informed", "informs", "warned", "warns", "urged", "urges"];

/// Subordinators and relative words: they end the clause of a call, for the purpose of
/// finding its subject, its other side and its date.
pub const CLAUSE_OPENERS: &[&str] = &[
    "since", "after", "before", "until", "till", "when", "whenever", "while", "whilst", "whereas", "because",
    "although", "though", "that", "which", "who", "whom", "whose", "where", "if", "unless", "whether", "once", "but",
    "so",
];

/// Subordinators that open a fronted phrase whose dates are not the main clause's ("After
/// meeting aides on Monday, she phoned Lind").
pub const SUBORDINATORS: &[&str] =
    &["after", "before", "since", "until", "when", "while", "as", "once", "following", "ahead"];

/// Words that open a fronted phrase ("On Monday,", "As reported,", "Following the call,"):
/// the subject of the clause comes after the phrase's comma.
pub const FRONTED_OPENERS: &[&str] = &[
    "on", "in", "at", "during", "after", "before", "following", "amid", "amidst", "as", "since", "when", "while",
    "earlier", "later", "late", "today", "yesterday", "tonight", "hours", "days", "minutes", "weeks", "meanwhile",
    "however", "notably", "separately", "also", "then", "moreover", "furthermore", "additionally", "according",
    "last", "this", "early", "overnight", "separately", "asked", "speaking", "in", "with", "from", "under", "within",
    "shortly", "soon", "just", "now", "first", "finally", "still", "yet", "and", "but", "so",
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
pub const OFFICES: &[(&str, &str)] = &[
    ("leader", "leader"),
    ("leaders", "leader"),
    ("president", "president"),
    ("presidents", "president"),
    ("premier", "premier"),
    ("premiers", "premier"),
    ("chancellor", "chancellor"),
    ("chancellors", "chancellor"),
    ("king", "king"),
    ("kings", "king"),
    ("queen", "queen"),
    ("emir", "emir"),
    ("emirs", "emir"),
    ("counterpart", "counterpart"),
    ("counterparts", "counterpart"),
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
pub const LIST_LINKS: &[&str] = &[
    "and", "&", ",", "of", "the", "his", "her", "their", "its", "counterpart", "counterparts", "as", "well",
    "along", "together", "plus", "jr", "sr", ".", "(", ")", "-", "former", "then", "us", "u", "s", "uk", "both",
];

/// Words that may follow "called X" when it reports a call ("called Putin on Friday",
/// "called him to express"); anything else names X ("called him a liar").
pub const AFTER_CALLED: &[&str] = &[
    "on", "to", "in", "from", "and", "after", "before", "at", "about", "over", "by", "for", "of", "this", "that",
    "last", "late", "earlier", "later", "yesterday", "today", "tonight", "twice", "again", "back", "early",
    "shortly", "during", "amid", "ahead", "following", "when", "while", "as", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "with", "who", "up", "directly", "personally", "separately",
    "too", "also", "late", "overnight", "hours", "minutes", "days", "immediately", "soon", "moments", "just",
];

/// Words that may stand between a talking verb and the "with" or "to" of its other side
/// ("spoke by phone on Tuesday with", "talked for 52 minutes to").
pub const ADJUNCT_WORDS: &[&str] = &[
    "by", "over", "on", "via", "through", "the", "a", "phone", "telephone", "video", "link", "videolink",
    "video-link", "call", "today", "yesterday", "tonight", "earlier", "later", "this", "last", "late", "morning",
    "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "also", "briefly", "again", "separately", "directly", "personally", "for", "about", "some", "more", "than",
    "nearly", "almost", "around", "roughly", "an", "hour", "hours", "minutes", "minute", "first", "time", "since",
    "in", "at", "(", ")", ",", "privately", "secretly", "twice", "once", "have", "has", "had", "both", "up",
    "virtually", "telephonically", "conference", "videoconference", "online", "in", "length",
];

/// Words that end a topic phrase ("to discuss the harbour during a call").
pub const TOPIC_ENDS: &[&str] = &["during", "in", "via", "over", "by", "with"];

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
