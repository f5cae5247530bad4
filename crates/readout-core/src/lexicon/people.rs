//! Titles and offices, bodies, groups, pronouns and well-known handles: what the names
//! module needs to know about how news prose refers to people.

/// Titles and offices, lower-case, matched case-insensitively word by word before a name
/// ("President Joe Biden", "Foreign Minister Dmytro Kuleba") or standing for a person
/// ("the president", "Ukraine's Prime Minister"). Each maps to the office it names, so
/// "PM" and "prime minister" are the same office. Longer entries win.
pub const TITLES: &[(&str, &str)] = &[
    ("president", "president"),
    ("president-elect", "president"),
    ("potus", "president"),
    ("vice president", "vice president"),
    ("vice-president", "vice president"),
    ("prime minister", "prime minister"),
    ("pm", "prime minister"),
    ("premier", "prime minister"),
    ("chancellor", "chancellor"),
    ("king", "king"),
    ("queen", "queen"),
    ("crown prince", "crown prince"),
    ("prince", "prince"),
    ("emir", "emir"),
    ("sheikh", "sheikh"),
    ("secretary of state", "secretary of state"),
    ("secretary-general", "secretary-general"),
    ("secretary general", "secretary-general"),
    ("secretary", "secretary"),
    ("foreign minister", "foreign minister"),
    ("foreign secretary", "foreign minister"),
    ("defence minister", "defence minister"),
    ("defense minister", "defence minister"),
    ("defense secretary", "defence minister"),
    ("defence secretary", "defence minister"),
    ("finance minister", "finance minister"),
    ("minister", "minister"),
    ("national security advisor", "national security advisor"),
    ("national security adviser", "national security advisor"),
    ("chief of staff", "chief of staff"),
    ("press secretary", "press secretary"),
    ("spokesperson", "spokesperson"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("ambassador", "ambassador"),
    ("envoy", "envoy"),
    ("governor", "governor"),
    ("senator", "senator"),
    ("sen.", "senator"),
    ("rep.", "representative"),
    ("representative", "representative"),
    ("speaker", "speaker"),
    ("mayor", "mayor"),
    ("general", "general"),
    ("gen.", "general"),
    ("admiral", "admiral"),
    ("commander", "commander"),
    ("chief", "chief"),
    ("leader", "leader"),
    ("head of state", "leader"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chair", "chair"),
    ("director", "director"),
    ("ceo", "ceo"),
    ("pope", "pope"),
    ("mr", "courtesy"),
    ("mr.", "courtesy"),
    ("mrs", "courtesy"),
    ("mrs.", "courtesy"),
    ("ms", "courtesy"),
    ("ms.", "courtesy"),
    ("dr", "courtesy"),
    ("dr.", "courtesy"),
    ("sir", "courtesy"),
    ("dame", "courtesy"),
    ("lord", "courtesy"),
];

/// Offices that "leader" and "head of state" also stand for.
pub const LEADER_OFFICES: &[&str] = &["president", "prime minister", "chancellor", "king", "queen", "emir", "leader"];

/// Last words of the names of bodies: "State Department", "White House", "Downing Street".
/// A capitalised run ending in one of these names a body, not a person.
pub const BODY_HEADS: &[&str] = &[
    "Department", "Ministry", "Office", "House", "Kremlin", "Palace", "Street", "Agency", "Council", "Committee",
    "Commission", "Parliament", "Congress", "Senate", "Government", "Administration", "Embassy", "Bank", "Fund",
    "Union", "Nations", "Organization", "Organisation", "Assembly", "Cabinet", "Secretariat", "Service", "Forces",
    "Army", "Navy", "Command", "Court", "Party", "Bureau", "Institute", "Centre", "Center", "Foundation",
    "Association", "Corporation", "Company", "Group", "Network", "News", "Times", "Post", "Journal", "Pentagon",
    "Duma", "Rada", "Bundestag", "Elysee", "Élysée", "Quai d'Orsay", "Foreign Office",
];

/// Bodies known by one word or an acronym.
pub const BODIES: &[&str] = &[
    "Kremlin", "Pentagon", "Congress", "Senate", "Parliament", "NATO", "UN", "EU", "IMF", "NSA", "CIA", "FBI", "PMO",
    "MEA", "WHO", "OSCE", "G7", "G20", "Elysee", "Élysée", "Downing Street", "White House", "State Department",
];

/// Nouns for groups of people who speak or are spoken to ("US lawmakers", "officials").
pub const GROUPS: &[&str] = &[
    "lawmakers", "legislators", "officials", "diplomats", "sources", "source", "senators", "congressmen",
    "members of Congress", "ministers", "leaders", "spokespeople", "negotiators", "aides", "authorities",
];

/// Words that start a person's title-less reference but are never a name, even when
/// capitalised at the start of a sentence or in a headline.
pub const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
    "Its", "Their", "Our", "My", "Your", "In", "On", "At", "By", "For", "With", "From", "To", "Of", "And", "But",
    "Or", "As", "After", "Before", "During", "While", "When", "If", "Although", "Though", "Meanwhile", "However",
    "Also", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Both", "All", "Some", "Many",
    "Most", "Several", "Other", "Another", "Such", "No", "Not", "Yes", "There", "Here", "What", "Which", "Who",
    "Whom", "Whose", "Why", "How", "Where", "According", "Following", "Speaking", "Asked", "Under", "Over",
    "About", "Against", "Among", "Between", "Since", "Until", "Despite", "Through", "Read", "Readout", "Press",
    "Release", "Statement", "Update", "Updated", "Published", "Photo", "Video", "Watch", "Home", "News", "World",
    "Breaking", "Live", "Exclusive", "Analysis", "Opinion", "Editorial", "Comment", "Related", "Advertisement",
    "Share", "Email", "Print", "Mr", "Mrs", "Ms", "Dr", "Sir", "Following", "Call", "Calls", "Phone", "Talks",
    "Talk", "Leaders", "President", "Prime", "Minister", "War", "Crisis", "Special", "Report", "Reporter", "Staff",
    "Office", "Spokesperson", "Secretary", "Chancellor", "Ukraine", "Russia", "Hours", "Days", "Weeks", "Now",
    "Then", "Still", "Even", "Only", "Just", "So", "Thus", "Instead", "Together", "Every", "Each", "One", "Two",
    "Three", "First", "Second", "Third", "New", "Old", "Former", "Senior", "Top", "Deputy", "Acting", "Interim",
    "Dear", "Thank", "Thanks", "Please", "Let", "We'll", "I'm", "It's", "That's", "There's", "Don't", "Nobody",
    "Everyone", "Someone", "Anyone", "Nothing", "Everything", "Something", "Friday's", "Tuesday's", "Sunday's",
];

/// Third-person singular pronouns that refer back to a person.
pub const PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers", "himself", "herself"];

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
pub const PERSON_VERBS: &[&str] = &[
    "said", "says", "told", "tweeted", "wrote", "added", "stressed", "noted", "spoke", "speaks", "talked", "called",
    "phoned", "dialled", "dialed", "dials", "held", "holds", "discussed", "thanked", "urged", "warned", "asked",
    "announced", "posted", "replied", "responded", "insisted", "explained", "emphasised", "emphasized", "agreed",
    "welcomed", "expressed", "reaffirmed", "underscored", "congratulated", "condemned", "pledged", "promised",
];

/// Short forms of first names, folded ("Joe" Biden is "Joseph" Biden).
pub const NICKNAMES: &[(&str, &str)] = &[
    ("joe", "joseph"), ("bill", "william"), ("will", "william"), ("bob", "robert"), ("rob", "robert"),
    ("tony", "anthony"), ("tony", "antony"), ("mike", "michael"), ("jim", "james"), ("jimmy", "james"),
    ("tom", "thomas"), ("dick", "richard"), ("rick", "richard"), ("dan", "daniel"), ("alex", "alexander"),
    ("sasha", "alexander"), ("vlad", "vladimir"), ("ben", "benjamin"), ("bibi", "benjamin"), ("nick", "nicholas"),
    ("nicky", "nicola"), ("liz", "elizabeth"), ("kate", "katherine"), ("chris", "christopher"), ("steve", "steven"),
    ("dave", "david"), ("matt", "matthew"), ("sam", "samuel"), ("ted", "edward"), ("ed", "edward"),
    ("jack", "john"), ("johnny", "john"), ("andy", "andrew"), ("boris", "alexander"),
];
