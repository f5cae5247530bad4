//! Words that attribute a quotation to a speaker, and words that show quoted text is a
//! name or label rather than someone's words. Read by `crate::quotes`.
//!
//! Every entry is matched case-insensitively against whole words ("Says" in a headline
//! matches "says"); a multi-word entry matches consecutive words. The lists `quotes`
//! looks words up in are kept in order of their lower-case forms (a test checks), so a
//! look-up is a binary search.

/// Speech verbs in every form news prose uses: `"…," she said`, `said Smith`,
/// `Smith told reporters that "…"`, `the statement read`.
pub const CUE_VERBS: &[&str] = &[
    "accuse", "accused", "accuses", "accusing", "acknowledge", "acknowledged", "acknowledges", "add", "added",
    "adding", "adds", "admit", "admits", "admitted", "affirm", "affirmed", "affirms", "announce", "announced",
    "announces", "announcing", "answer", "answered", "argue", "argued", "argues", "arguing", "as saying", "ask",
    "asked", "asks", "assure", "assured", "assures", "boasted", "call for", "called for", "calls for", "caution",
    "cautioned", "cautions", "claim", "claimed", "comment", "commented", "complain", "complained", "complains",
    "concede", "conceded", "concedes", "conclude", "concluded", "condemn", "condemned", "condemns", "confirm",
    "confirmed", "confirms", "continue", "continued", "continues", "criticise", "criticised", "criticises",
    "criticize", "criticized", "criticizes", "declare", "declared", "declares", "declaring", "decried", "demand",
    "demanded", "demands", "denounce", "denounced", "denounces", "describe", "described", "describes", "emphasise",
    "emphasised", "emphasises", "emphasising", "emphasize", "emphasized", "emphasizes", "emphasizing", "explain",
    "explained", "explaining", "explains", "goes on", "hailed", "highlight", "highlighted", "hit out", "insist",
    "insisted", "insisting", "insists", "joked", "lamented", "mention", "mentioned", "messaged", "note", "noted",
    "noting", "observe", "observed", "observes", "pleaded", "point out", "pointed out", "pointed to", "pointing to",
    "points out", "points to", "post", "posted", "predict", "predicted", "predicts", "promise", "promised",
    "promises", "quip", "quipped", "quoted as saying", "read", "reads", "reaffirm", "reaffirmed", "recall",
    "recalled", "recalls", "reiterate", "reiterated", "reiterates", "remark", "remarked", "replied", "replies",
    "reply", "report", "reported", "respond", "responded", "responds", "restate", "restated", "restates", "said",
    "say", "saying", "says", "shouted", "slammed", "speaking", "speaks", "spoke", "spoke about", "spoke of",
    "state", "stated", "stating", "stress", "stressed", "stresses", "stressing", "suggest", "suggested", "suggests",
    "telegraphed", "tell", "telling", "tells", "thundered", "told", "tweet", "tweeted", "tweeting", "tweets",
    "underline", "underlined", "underlines", "underscore", "underscored", "underscores", "urge", "urged", "urges",
    "urging", "vow", "vowed", "vows", "warn", "warned", "warning", "warns", "went on", "whispered", "write",
    "writes", "writing", "written", "wrote", "wrote back",
];

/// Cue verbs that may come before their speaker (`"…," said Smith`, `, added the
/// minister`). The others take a listener or a thing there (`urged Israel to`, `told
/// reporters`), so the words after them are never the speaker. Lower case, in order.
pub const INVERTING_CUES: &[&str] = &[
    "acknowledged", "added", "adds", "admitted", "argued", "asked", "asks", "conceded", "continued", "declared",
    "explained", "insisted", "joked", "noted", "observed", "posted", "quipped", "recalled", "remarked", "replied",
    "said", "says", "stressed", "tweeted", "wrote", "writes",
];

/// Cue verbs that are also common nouns or other verbs ("member states", "explanatory
/// notes", "read the report"): they attribute only right next to the quote (`"…," the
/// statement read`) or before "that", a comma or a colon.
pub const AMBIGUOUS_CUES: &[&str] = &[
    "answer", "ask", "asked", "asks", "claim", "claims", "comment", "continue", "continued", "continues", "demand",
    "demands", "describe", "described", "describes", "highlight", "highlighted", "mention", "note", "notes", "post",
    "posts", "promise", "promises", "read", "reads", "report", "state", "states", "suggest", "suggested", "suggests",
    "tweets",
];

/// Phrases whose speaker follows them: `according to a statement from the ministry`.
pub const SOURCE_CUES: &[&str] = &["according to", "as quoted by", "in the words of", "quoted by"];

/// Phrases that introduce a quotation whose speaker comes after it with "by":
/// `described as "…" by his spokesman`.
pub const PASSIVE_CUES: &[&str] = &["characterised as", "characterized as", "described as", "quoted as"];

/// Words that, right after a cue verb, belong to the cue as written: "told reporters",
/// "wrote on Twitter", "said in a statement".
pub const CUE_TAILS: &[&str] = &[
    "a briefing", "a media briefing", "a news briefing", "a news conference", "a press briefing",
    "a press conference", "AFP", "CNN", "in a joint statement", "in a letter", "in a message", "in a post",
    "in a speech", "in a statement", "in a televised address", "in a tweet", "in a video", "in a video address",
    "in a written statement", "in an address", "in an interview", "journalists", "on Facebook", "on Instagram",
    "on social media", "on Telegram", "on Truth Social", "on Twitter", "on X", "reporters", "Reuters", "the BBC",
    "the Post", "the press",
];

/// Social platforms and channels named in a colon introduction: `Zelenskyy on Telegram: "…"`.
pub const PLATFORMS: &[&str] = &[
    "Bluesky", "Facebook", "Instagram", "LinkedIn", "social media", "Telegram", "Threads", "TikTok", "Truth Social",
    "Twitter", "Weibo", "X", "YouTube",
];

/// Words that may stand between a speaker and the cue verb: `Biden has also said`,
/// `Xi later told`. Words ending in "-ly" ("repeatedly said") are skipped by shape.
pub const AUXILIARIES: &[&str] = &[
    "again", "also", "are", "did", "do", "does", "earlier", "first", "further", "had", "has", "have", "herself",
    "himself", "is", "itself", "later", "not", "once", "previously", "subsequently", "then", "was", "were", "will",
    "would",
];

/// Words that end a speaker phrase when reading away from the cue verb: conjunctions,
/// relative words and the like (`Putin said that Xi told`, `and said`).
pub const CLAUSE_BOUNDARIES: &[&str] = &[
    "about", "after", "against", "also", "although", "amid", "and", "as", "asked", "at", "because", "before", "but",
    "by", "despite", "during", "earlier", "how", "however", "if", "into", "it", "last", "later", "meanwhile", "nor",
    "on", "once", "or", "over", "since", "so", "than", "that", "then", "there", "this", "though", "through", "to",
    "today", "tonight", "under", "until", "via", "what", "when", "where", "whereas", "whether", "which", "while",
    "who", "whom", "why", "with", "within", "without", "yesterday",
];

/// Nouns for documents that carry an issuer's words: `the statement said`, `a statement
/// from the ministry said`, `the White House statement read`.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "briefing", "communique", "communiqué", "declaration", "document", "explanatory notes", "letter", "memo",
    "message", "note", "notes", "notice", "post", "press release", "read-out", "readout", "release", "report",
    "statement", "statements", "summary", "text", "transcript", "tweet",
];

/// Speaker words that stand for someone named elsewhere (resolved through the Cast).
pub const PRONOUNS: &[&str] = &["he", "her", "him", "i", "it", "she", "them", "they", "we"];

/// Words right before quoted text that make it a name or label, not someone's words:
/// `the so-called "…"`, `what he calls a "…"`, `dubbed "…"`.
pub const LABEL_INTRODUCERS: &[&str] = &[
    "branded", "called", "calling", "calls", "code-named", "codenamed", "dubbed", "dubs", "entitled", "hashtag",
    "headline", "headlined", "known as", "labeled", "labeled as", "labelled", "labelled as", "marked as", "named",
    "nicknamed", "operation", "slogan", "so called", "so-called", "termed", "the hashtag", "the motto", "the phrase",
    "the slogan", "the term", "the word", "the words", "titled",
];

/// Words that may stand between a label introducer and the quotation: `called it a "…"`.
pub const LABEL_FILLERS: &[&str] = &[
    "a", "an", "her", "him", "his", "it", "its", "that", "the", "their", "them", "this",
];

/// Small words a title-case name or title leaves in lower case ("Responsibility to Protect").
pub const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "or", "de", "la", "le", "von",
    "van", "der", "del", "du", "da", "y", "e", "vs",
];

/// Words that make a quotation read as a clause (someone's words) rather than a name:
/// auxiliaries, negation and personal pronouns ("We Will Not Give Up").
pub const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "am", "will", "would", "can", "could", "must", "should", "shall",
    "may", "might", "has", "have", "had", "do", "does", "did", "not", "no", "i", "we", "you", "my", "our",
    "your", "us", "me", "let", "let's", "don't", "won't", "can't", "it's", "i'm", "we're", "we'll",
];

/// Words that follow an apostrophe at the start of a word without opening a quotation:
/// 'em, rock 'n' roll, 'tis, 'cause.
pub const ELISIONS: &[&str] = &["em", "n", "tis", "twas", "cause", "cos", "til", "bout", "round", "nuff", "s"];

/// Common English words: a sentence with none of them around its quotation is in another
/// language, where the cue lexicon says nothing.
pub const ENGLISH_WORDS: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "not", "of", "on", "or", "said", "says", "she", "that", "the",
    "their", "they", "this", "to", "was", "were", "which", "who", "with",
];

/// Prepositions that end the head of a speaker phrase ("a source in the palace", "the
/// notes of the Bill").
pub const PREPOSITIONS: &[&str] = &["at", "by", "for", "from", "in", "of", "on", "with"];
