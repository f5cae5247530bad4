//! Titles and offices, bodies, groups, pronouns and well-known handles: what the names
//! module needs to know about how news prose refers to people.

use super::given_names::Gender::{self, Female, Male};
use super::Table;
use crate::{table, words};

/// Titles and offices, lower-case, matched case-insensitively word by word before a name
/// ("President Joe Biden", "Foreign Minister Dmytro Kuleba") or standing for a person
/// ("the president", "Ukraine's Prime Minister"). Each maps to the office it names, so
/// "PM" and "prime minister" are the same office. Longer entries win.
pub const TITLES: Table<&str> = table![
    ("admiral", "admiral"), ("ambassador", "ambassador"), ("ceo", "ceo"), ("chair", "chair"),
    ("chairman", "chair"), ("chairwoman", "chair"), ("chancellor", "chancellor"),
    ("chancellor of the exchequer", "finance minister"), ("chief", "chief"),
    ("chief of staff", "chief of staff"), ("commander", "commander"), ("crown prince", "crown prince"),
    ("dame", "courtesy"), ("defence minister", "defence minister"), ("defence secretary", "defence minister"),
    ("defense minister", "defence minister"), ("defense secretary", "defence minister"),
    ("deputy prime minister", "deputy prime minister"), ("director", "director"), ("dr", "courtesy"),
    ("dr.", "courtesy"), ("eam", "external affairs minister"), ("emir", "emir"), ("emperor", "emperor"), ("envoy", "envoy"), ("excellency", "courtesy"),
    ("external affairs minister", "external affairs minister"), ("finance minister", "finance minister"),
    ("first minister", "first minister"), ("foreign minister", "foreign minister"),
    ("foreign secretary", "foreign minister"), ("gen.", "general"), ("general", "general"),
    ("governor", "governor"), ("h.e.", "courtesy"), ("head of state", "leader"), ("home secretary", "home secretary"), ("honorable", "courtesy"), ("honourable", "courtesy"),
    ("king", "king"), ("leader", "leader"), ("lord", "courtesy"), ("mayor", "mayor"), ("minister", "minister"),
    ("mr", "courtesy"), ("mr.", "courtesy"), ("mrs", "courtesy"), ("mrs.", "courtesy"), ("ms", "courtesy"),
    ("ms.", "courtesy"), ("national security adviser", "national security advisor"),
    ("national security advisor", "national security advisor"), ("pm", "prime minister"), ("pope", "pope"),
    ("potus", "president"), ("premier", "prime minister"), ("president", "president"),
    ("president-elect", "president"), ("press secretary", "press secretary"),
    ("prime minister", "prime minister"), ("prince", "prince"), ("queen", "queen"), ("rep.", "representative"),
    ("representative", "representative"), ("secretary", "secretary"),
    ("secretary general", "secretary-general"), ("secretary of state", "secretary of state"),
    ("secretary-general", "secretary-general"), ("sen.", "senator"), ("senator", "senator"),
    ("sheikh", "sheikh"), ("shri", "courtesy"), ("sir", "courtesy"), ("smt", "courtesy"),
    ("speaker", "speaker"), ("spokesman", "spokesperson"), ("spokesperson", "spokesperson"),
    ("spokeswoman", "spokesperson"), ("sri", "courtesy"), ("taoiseach", "prime minister"),
    ("treasury secretary", "treasury secretary"), ("vice premier", "vice premier"),
    ("vice president", "vice president"), ("vice-president", "vice president"),
];

/// Offices that "leader" and "head of state" also stand for.
pub const LEADER_OFFICES: &[&str] = &["president", "prime minister", "chancellor", "king", "queen", "emir", "leader"];

/// Last words of the names of bodies: "State Department", "White House", "Downing Street".
/// A capitalised run ending in one of these names a body, not a person.
pub const BODY_HEADS: Table<()> = words![
    "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army", "Assembly", "Association",
    "Authority", "Bank", "Board", "Bundestag", "Bureau", "Cabinet", "Center", "Centre", "Chamber", "City", "Club",
    "Coalition", "College", "Command", "Commission", "Committee", "Company", "Congress", "Corporation", "Council",
    "County", "Courier", "Court", "Daily", "Department", "Duma", "Elysee", "Embassy", "Family", "Federation",
    "Forces", "Foreign Office", "Foundation", "Fund", "Gazette", "Government", "Group", "Guard", "Herald",
    "Hospital", "House", "Inc", "Institute", "Journal", "Kremlin", "Ltd", "Ministry", "Movement", "Nations", "Navy",
    "Network", "News", "Office", "Organisation", "Organization", "Palace", "Parliament", "Party", "Pentagon",
    "Police", "Post", "Quai d'Orsay", "Rada", "School", "Secretariat", "Senate", "Service", "Society", "Street",
    "Times", "Tribunal", "Tribune", "Trust", "Union", "University", "Élysée",
];

/// Last words of the names of things that are neither people nor bodies: laws, plans,
/// events, funds of words ("the Data Retention Bill", "the Raisina Dialogue", "One Rank
/// One Pension", "the Paris Agreement"). A capitalised run ending in one names a thing.
pub const THING_HEADS: Table<()> = words![
    "Accord", "Accords", "Act", "Agenda", "Agreement", "Award", "Awards", "Bill", "Budget", "Campaign", "Charter",
    "Conference", "Convention", "Corridor", "Cup", "Day", "Deal", "Declaration", "Dialogue", "Doctrine",
    "Festival", "Forum", "Framework", "Games", "Index", "Initiative", "Manifesto", "Pact", "Pension", "Plan",
    "Policy", "Prize", "Program", "Programme", "Project", "Protocol", "Report", "Resolution", "Review", "Scheme",
    "Strategy", "Summit", "Treaty", "War", "Week",
];

/// Bodies known by one word or an acronym.
pub const BODIES: Table<()> = words![
    "CIA", "Congress", "Downing Street", "EU", "Elysee", "FBI", "G20", "G7", "IMF", "Kremlin", "MEA", "NATO",
    "NSA", "OSCE", "PMO", "Parliament", "Pentagon", "Senate", "State Department", "UN", "WHO", "White House",
    "Élysée",
];

/// Nouns for groups of people who speak or are spoken to ("US lawmakers", "officials").
pub const GROUPS: Table<()> = words![
    "aides", "authorities", "congressmen", "diplomats", "lawmakers", "leaders", "legislators",
    "members of Congress", "ministers", "negotiators", "officials", "senators", "source", "sources",
    "spokespeople",
];

/// Words that start a person's title-less reference but are never a name, even when
/// capitalised at the start of a sentence or in a headline.
pub const NOT_NAMES: Table<()> = words![
    "A", "About", "According", "Acting", "Advertisement", "After", "Against", "All", "Also", "Although",
    "Among", "An", "Analysis", "And", "Another", "Anyone", "As", "Asked", "At", "Before", "Between", "Both",
    "Breaking", "But", "By", "Call", "Calls", "Chancellor", "Comment", "Crisis", "Days", "Dear", "Deputy",
    "Despite", "Don't", "Dr", "During", "Each", "Earlier", "Editorial", "Email", "Even", "Every", "Everyone",
    "Everything", "Exclusive", "First", "Following", "For", "Former", "From", "He", "Her", "Here",
    "His", "Home", "Hours", "How", "However", "I", "I'm", "If", "In", "Instead", "Interim", "It", "Its",
    "Just", "Last", "Later", "Leaders", "Let", "Live", "Many", "Meanwhile", "Minister", "Most", "Mr", "Mrs",
    "Ms", "My", "News", "Next", "No", "Nobody", "Not", "Nothing", "Now", "Of", "Office", "Old", "On",
    "One", "Only", "Opinion", "Or", "Other", "Our", "Over", "Phone", "Photo", "Please", "President", "Press",
    "Prime", "Print", "Published", "Read", "Readout", "Related", "Release", "Report", "Reporter", "Russia",
    "Second", "Secretary", "Senior", "Several", "Share", "She", "Since", "Sir", "So", "Some", "Someone",
    "Something", "Speaking", "Special", "Spokesperson", "Staff", "Statement", "Still", "Such",
    "Talk", "Talks", "Thank", "Thanks", "That", "The", "Their", "Then", "There", "These",
    "They", "Third", "This", "Those", "Though", "Three", "Through", "Thus", "To", "Today", "Together",
    "Tomorrow", "Top", "Two", "Ukraine", "Under", "Until", "Update", "Updated", "Video", "War",
    "Watch", "We", "We'll", "Weeks", "What", "When", "Where", "Which", "While", "Who", "Whom", "Whose", "Why",
    "With", "World", "Yes", "Yesterday", "You", "Your",
];

/// Words of titles and courtesies that say whether their bearer is a man or a woman
/// ("Mrs", "King", "spokeswoman"), in lower case and byte order.
pub const GENDERED_TITLES: Table<Gender> = table![
    ("chairwoman", Female), ("congressman", Male), ("congresswoman", Female), ("countess", Female),
    ("dame", Female), ("duchess", Female), ("duke", Male), ("emperor", Male), ("empress", Female),
    ("king", Male), ("lady", Female), ("lord", Male), ("madam", Female), ("madame", Female), ("miss", Female),
    ("mme", Female), ("mr", Male), ("mrs", Female), ("ms", Female), ("prince", Male), ("princess", Female),
    ("queen", Female), ("sheikh", Male), ("sheikha", Female), ("shri", Male), ("sir", Male), ("smt", Female),
    ("spokesman", Male), ("spokeswoman", Female),
];

/// Prepositions, and verbs not in "-ed" whose object is a person, after which a name is
/// the object of its clause, not its subject ("talks with the French president", "a call
/// to Biden", "met Vidal").
pub const OBJECT_BEFORE: Table<()> = words![
    "about", "after", "against", "among", "at", "before", "behind", "beside", "between", "by", "for", "from",
    "in", "including", "into", "like", "meet", "meets", "met", "of", "on", "over", "saw", "see", "sees", "than",
    "to", "toward", "towards", "under", "via", "with", "without",
];

/// Third-person singular pronouns that refer back to a person, with the gender each asks
/// for.
pub const PRONOUNS: Table<Gender> = table![
    ("he", Male), ("her", Female), ("hers", Female), ("herself", Female), ("him", Male), ("himself", Male),
    ("his", Male), ("she", Female),
];

/// Social media handles of office holders, with the dates (inclusive, `YYYY-MM-DD`)
/// each person held them. A handle outside every range, or with no date, takes the
/// latest holder.
pub const HANDLES: &[(&str, &str, &str, &str)] = &[
    ("POTUS", "Barack Obama", "2009-01-20", "2017-01-19"),
    ("POTUS", "Donald Trump", "2017-01-20", "2021-01-19"),
    ("POTUS", "Joe Biden", "2021-01-20", "2025-01-19"),
    ("POTUS", "Donald Trump", "2025-01-20", "9999-12-31"),
    ("VP", "Joe Biden", "2009-01-20", "2017-01-19"),
    ("VP", "Mike Pence", "2017-01-20", "2021-01-19"),
    ("VP", "Kamala Harris", "2021-01-20", "2025-01-19"),
    ("VP", "JD Vance", "2025-01-20", "9999-12-31"),
    ("SecBlinken", "Antony J. Blinken", "2021-01-26", "2025-01-20"),
    ("ZelenskyyUa", "Volodymyr Zelenskyy", "2019-05-20", "9999-12-31"),
    ("OlafScholz", "Olaf Scholz", "2021-12-08", "9999-12-31"),
    ("EmmanuelMacron", "Emmanuel Macron", "2017-05-14", "9999-12-31"),
    ("BorisJohnson", "Boris Johnson", "2008-01-01", "9999-12-31"),
    ("RishiSunak", "Rishi Sunak", "2015-01-01", "9999-12-31"),
    ("Keir_Starmer", "Keir Starmer", "2015-01-01", "9999-12-31"),
    ("JustinTrudeau", "Justin Trudeau", "2008-01-01", "9999-12-31"),
    ("narendramodi", "Narendra Modi", "2009-01-01", "9999-12-31"),
    ("RTErdogan", "Recep Tayyip Erdoğan", "2009-01-01", "9999-12-31"),
    ("AndrzejDuda", "Andrzej Duda", "2015-08-06", "9999-12-31"),
    ("DmytroKuleba", "Dmytro Kuleba", "2020-03-04", "9999-12-31"),
    ("vonderleyen", "Ursula von der Leyen", "2019-12-01", "9999-12-31"),
    ("antonioguterres", "António Guterres", "2017-01-01", "9999-12-31"),
    ("realDonaldTrump", "Donald Trump", "2009-01-01", "9999-12-31"),
    ("BarackObama", "Barack Obama", "2009-01-01", "9999-12-31"),
    ("JoeBiden", "Joe Biden", "2009-01-01", "9999-12-31"),
    ("PMOIndia", "Narendra Modi", "2014-05-26", "9999-12-31"),
    ("KremlinRussia_E", "Kremlin", "2009-01-01", "9999-12-31"),
    ("WhiteHouse", "White House", "2009-01-01", "9999-12-31"),
    ("StateDept", "State Department", "2009-01-01", "9999-12-31"),
    ("10DowningStreet", "Downing Street", "2009-01-01", "9999-12-31"),
];

/// Speech and call verbs after which a lone capitalised word is a person ("Zelenskyy
/// tweeted", "Biden spoke"), even before the article gives the full name.
pub const PERSON_VERBS: Table<()> = words![
    "added", "agreed", "announced", "asked", "called", "condemned", "congratulated", "dialed", "dialled",
    "dials", "discussed", "emphasised", "emphasized", "explained", "expressed", "held", "holds", "insisted",
    "noted", "phoned", "pledged", "posted", "promised", "reaffirmed", "replied", "responded", "said", "says",
    "speaks", "spoke", "stressed", "talked", "thanked", "told", "tweeted", "underscored", "urged", "warned",
    "welcomed", "wrote",
];

/// Short forms of first names, folded ("Joe" Biden is "Joseph" Biden).
pub const NICKNAMES: &[(&str, &str)] = &[
    ("joe", "joseph"), ("bill", "william"), ("will", "william"), ("bob", "robert"), ("rob", "robert"),
    ("tony", "anthony"), ("tony", "antony"), ("mike", "michael"), ("jim", "james"), ("jimmy", "james"),
    ("tom", "thomas"), ("dick", "richard"), ("rick", "richard"), ("dan", "daniel"), ("alex", "alexander"),
    ("sasha", "alexander"), ("vlad", "vladimir"), ("ben", "benjamin"), ("bibi", "benjamin"), ("nick", "nicholas"),
    ("nicky", "nicola"), ("liz", "elizabeth"), ("kate", "katherine"), ("chris", "christopher"), ("steve", "steven"),
    ("dave", "david"), ("matt", "matthew"), ("sam", "samuel"), ("ted", "edward"), ("ed", "edward"),
    ("jack", "john"), ("johnny", "john"), ("andy", "andrew"),
];

/// Lower-case words that sit inside a name between capitalised words ("Ursula von der
/// Leyen", "Luiz Inácio Lula da Silva").
pub const NAME_PARTICLES: Table<()> = words!["al", "bin", "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von", "y"];

/// Words of titles and offices, folded, left out when the words of two names are
/// compared ("President Biden" and "Joe Biden" share "biden"): `score.py`'s list.
pub const NAME_TITLE_WORDS: &[&str] = &[
    "the", "of", "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "premier", "chancellor",
    "secretary", "state", "foreign", "general", "king", "queen", "crown", "prince", "vice", "leader",
    "spokesperson", "spokesman", "chief",
];

/// Folded words after a name that are never its surname ("Martin Luther King Jr."):
/// `score.py`'s list.
pub const NAME_KEY_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Articles: what stands before the name of a thing ("the Raisina Dialogue"), never
/// before a person's name alone.
pub const ARTICLES: Table<()> = words!["a", "an", "the"];

/// Words that join two names into a pair ("Biden and Lula").
pub const NAME_LINKS: Table<()> = words!["&", "and"];

/// Words after a name that belong to it ("Joseph R. Biden, Jr.").
pub const NAME_SUFFIXES: Table<()> = words!["II", "III", "IV", "Jr", "Jr.", "Sr", "Sr."];

/// Short words that keep their full stop inside a name or title ("Jr.", "Gen.").
pub const DOTTED_WORDS: Table<()> = words!["Col", "Dr", "Gen", "Gov", "Jr", "Lt", "Mr", "Mrs", "Ms", "Rep", "Sen", "Sr", "St"];

/// Small words a title-case headline leaves in lower case ("Leaders Talk by Phone").
pub const TITLE_CASE_SMALL: Table<()> = words!["and", "for", "from", "nor", "off", "the", "via", "with"];

/// Months that are also surnames ("Theresa May"), read as part of a name after a first name.
pub const MONTH_NAMES: Table<()> = words!["April", "August", "June", "May"];

/// Words of [`TITLE_ADJECTIVES`] that say the office was held before ("the former Prime
/// Minister"): its holder is someone who held it before the article's day.
pub const PAST_ADJECTIVES: Table<()> = words!["ex", "former", "late", "then"];

/// Words between "the" and a title that leave the office the same ("the new Prime
/// Minister", "the former president"). Lower-case.
pub const TITLE_ADJECTIVES: Table<()> = words![
    "acting", "current", "embattled", "ex", "former", "incoming", "interim", "late", "new", "newly-elected", "outgoing",
    "re-elected", "then", "veteran",
];
