//! Words that attribute a quotation to a speaker, and words that show quoted text is a
//! name or label rather than someone's words. Read by `crate::quotes`.
//!
//! Every entry is matched case-insensitively against whole words ("Says" in a headline
//! matches "says"); a multi-word entry matches consecutive words.

/// Speech verbs in every form news prose uses: `"…," she said`, `said Smith`,
/// `Smith told reporters that "…"`, `the statement read`.
pub const CUE_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
    "write", "writes", "wrote", "writing", "written", "tweet", "tweeted", "tweeting", "post", "posted",
    "stress", "stresses", "stressed", "stressing", "note", "noted", "noting", "warn", "warns", "warned",
    "warning", "state", "stated", "stating", "declare", "declares", "declared", "declaring", "insist", "insists",
    "insisted", "insisting", "explain", "explains", "explained", "explaining", "emphasise", "emphasises",
    "emphasised", "emphasising", "emphasize", "emphasizes", "emphasized", "emphasizing", "underline",
    "underlines", "underlined", "underscore", "underscores", "underscored", "confirm", "confirms", "confirmed",
    "announce", "announces", "announced", "claim", "claimed", "argue", "argues", "argued", "arguing", "remark",
    "remarked", "comment", "commented", "reply", "replies", "replied", "respond", "responds", "responded",
    "answer", "answered", "ask", "asks", "asked", "urge", "urges", "urged", "urging", "continue", "continues",
    "continued", "recall", "recalls", "recalled", "acknowledge", "acknowledges", "acknowledged", "admit",
    "admits", "admitted", "observe", "observes", "observed", "restate", "restates", "restated", "reiterate",
    "reiterates", "reiterated", "vow", "vows", "vowed", "promise", "promises", "promised", "predict",
    "predicts", "predicted", "caution", "cautions", "cautioned", "quip", "quipped", "concede", "concedes",
    "conceded", "suggest", "suggests", "suggested", "report", "reported", "reads", "read", "conclude",
    "concluded", "complain", "complains", "complained", "demand", "demands", "demanded", "assure", "assures",
    "assured", "affirm", "affirms", "affirmed", "reaffirm", "reaffirmed", "highlight", "highlighted", "mention",
    "mentioned", "describe", "describes", "described", "announcing", "telegraphed", "messaged", "shouted",
    "whispered", "joked", "boasted", "lamented", "pleaded", "thundered", "hit out", "tweets", "wrote back",
    "pointed out", "points out", "point out", "went on", "goes on", "called for", "calls for", "call for",
    "quoted as saying", "as saying", "spoke", "speaks", "speaking", "spoke of", "spoke about",
];

/// Cue verbs that are also common nouns or other verbs ("member states", "explanatory
/// notes", "read the report"): they attribute only right next to the quote (`"…," the
/// statement read`) or before "that", a comma or a colon.
pub const AMBIGUOUS_CUES: &[&str] = &[
    "state", "states", "note", "notes", "post", "posts", "claim", "claims", "read", "reads", "report", "comment",
    "answer", "continue", "continues", "continued", "tweets", "demand", "demands", "promise", "promises",
    "mention", "describe", "describes", "described", "highlight", "highlighted", "suggest", "suggests",
    "suggested", "ask", "asked", "asks",
];

/// Phrases whose speaker follows them: `according to a statement from the ministry`.
pub const SOURCE_CUES: &[&str] = &["according to", "as quoted by", "quoted by", "in the words of"];

/// Phrases that introduce a quotation whose speaker comes after it with "by":
/// `described as "…" by his spokesman`.
pub const PASSIVE_CUES: &[&str] = &["described as", "characterised as", "characterized as", "quoted as"];

/// Words that, right after a cue verb, belong to the cue as written: "told reporters",
/// "wrote on Twitter", "said in a statement".
pub const CUE_TAILS: &[&str] = &[
    "in a statement", "in a joint statement", "in a written statement", "in a tweet", "in a post",
    "in a video", "in a video address", "in a televised address", "in an address", "in an interview",
    "in a letter", "in a message", "in a speech", "on Twitter", "on X", "on Telegram", "on Facebook",
    "on Instagram", "on social media", "on Truth Social", "reporters", "journalists", "the press",
    "a news conference", "a press conference", "a news briefing", "a press briefing", "a media briefing",
    "a briefing", "the Post", "Reuters", "AFP", "the BBC", "CNN",
];

/// Social platforms and channels named in a colon introduction: `Zelenskyy on Telegram: "…"`.
pub const PLATFORMS: &[&str] = &[
    "Twitter", "X", "Telegram", "Facebook", "Instagram", "Truth Social", "social media", "Weibo", "YouTube",
    "TikTok", "LinkedIn", "Threads", "Bluesky",
];

/// Words that may stand between a speaker and the cue verb: `Biden has also said`,
/// `Xi later told`. Words ending in "-ly" ("repeatedly said") are skipped by shape.
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "further", "again", "earlier",
    "previously", "once", "would", "will", "did", "does", "do", "himself", "herself", "itself", "first",
    "subsequently", "not",
];

/// Words that end a speaker phrase when reading away from the cue verb: conjunctions,
/// relative words and the like (`Putin said that Xi told`, `and said`).
pub const CLAUSE_BOUNDARIES: &[&str] = &[
    "that", "and", "but", "while", "as", "when", "after", "before", "because", "which", "who", "whom", "where",
    "if", "though", "although", "so", "or", "nor", "since", "until", "whether", "whereas", "once", "than",
    "what", "how", "why", "during", "amid", "despite", "asked", "meanwhile", "however", "also", "then", "to",
    "on", "at", "about", "with", "via", "last", "this", "yesterday", "today", "tonight", "earlier", "later",
    "on", "by", "into", "over", "under", "through", "against", "without", "within", "it", "there",
];

/// Nouns for documents that carry an issuer's words: `the statement said`, `a statement
/// from the ministry said`, `the White House statement read`.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "statement", "statements", "readout", "read-out", "release", "letter", "message", "note", "notes",
    "communique", "communiqué", "transcript", "report", "document", "tweet", "post", "declaration", "notice",
    "memo", "text", "briefing", "summary", "press release", "explanatory notes",
];

/// Speaker words that stand for someone named elsewhere (resolved through the Cast).
pub const PRONOUNS: &[&str] = &["he", "she", "they", "him", "her", "them", "it", "we", "i"];

/// Words right before quoted text that make it a name or label, not someone's words:
/// `the so-called "…"`, `what he calls a "…"`, `dubbed "…"`.
pub const LABEL_INTRODUCERS: &[&str] = &[
    "so-called", "so called", "called", "calls", "calling", "dubbed", "dubs", "named", "nicknamed",
    "known as", "marked as", "labelled", "labeled", "labelled as", "labeled as", "termed", "titled", "entitled",
    "codenamed", "code-named", "branded", "the term", "the phrase", "the word", "the words", "the slogan",
    "the hashtag", "the motto", "operation", "Operation", "hashtag", "slogan", "headline", "headlined",
];

/// Words that may stand between a label introducer and the quotation: `called it a "…"`.
pub const LABEL_FILLERS: &[&str] = &["a", "an", "the", "it", "this", "that", "them", "him", "her", "his", "its", "their"];

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
    "the", "a", "an", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "at", "it",
    "he", "she", "they", "his", "her", "their", "from", "has", "had", "have", "be", "are", "were", "this", "said",
    "says", "about", "its", "but", "not", "or", "after", "who", "which",
];

/// Prepositions that end the head of a speaker phrase ("a source in the palace", "the
/// notes of the Bill").
pub const PREPOSITIONS: &[&str] = &["of", "in", "from", "for", "at", "on", "by", "with"];
