//! Cue words that say what an amount of money is for and who gives it to whom.
//! Read by `crate::amounts`.

use crate::record::Category;

/// Words that say what money is for, matched case-insensitively at the start of a word;
/// a trailing `*` matches any ending ("loan*": loan, loans). The longest cue at a place
/// wins ("debt relief" over "relief"). `Other` marks money that is not aid.
pub const PURPOSE_CUES: &[(&str, Category)] = &[
    // Military.
    ("military", Category::Military),
    ("weapon*", Category::Military),
    ("arms", Category::Military),
    ("armament*", Category::Military),
    ("defence", Category::Military),
    ("defense", Category::Military),
    ("ammunition", Category::Military),
    ("munitions", Category::Military),
    ("security assistance", Category::Military),
    ("security aid", Category::Military),
    ("security guarantee*", Category::Military),
    ("drawdown", Category::Military),
    ("missile*", Category::Military),
    ("tanks", Category::Military),
    ("artillery", Category::Military),
    ("howitzer*", Category::Military),
    ("drones", Category::Military),
    ("rockets", Category::Military),
    ("helicopters", Category::Military),
    ("fighter jets", Category::Military),
    ("armed forces", Category::Military),
    ("army", Category::Military),
    ("troops", Category::Military),
    ("iron dome", Category::Military),
    ("lethal", Category::Military),
    // Humanitarian.
    ("humanitarian", Category::Humanitarian),
    ("relief", Category::Humanitarian),
    ("food", Category::Humanitarian),
    ("refugee*", Category::Humanitarian),
    ("medical", Category::Humanitarian),
    ("medicine*", Category::Humanitarian),
    ("shelter*", Category::Humanitarian),
    ("health*", Category::Humanitarian),
    ("hospital*", Category::Humanitarian),
    ("clean water", Category::Humanitarian),
    ("drinking water", Category::Humanitarian),
    ("sanitation", Category::Humanitarian),
    ("displaced", Category::Humanitarian),
    ("winteri*", Category::Humanitarian),
    ("famine", Category::Humanitarian),
    ("hunger", Category::Humanitarian),
    ("homeless", Category::Humanitarian),
    ("unicef", Category::Humanitarian),
    ("unhcr", Category::Humanitarian),
    ("world food program*", Category::Humanitarian),
    ("red cross", Category::Humanitarian),
    ("red crescent", Category::Humanitarian),
    ("ventilator*", Category::Humanitarian),
    ("oxygen", Category::Humanitarian),
    ("vaccin*", Category::Humanitarian),
    ("protective equipment", Category::Humanitarian),
    ("appeal", Category::Humanitarian),
    ("ocha", Category::Humanitarian),
    ("beneficiar*", Category::Humanitarian),
    ("unemployed", Category::Humanitarian),
    ("emergency", Category::Humanitarian),
    // Economic: budget support, loans, grants, reconstruction, energy.
    ("economic", Category::Economic),
    ("economy", Category::Economic),
    ("economies", Category::Economic),
    ("macro-financial", Category::Economic),
    ("macrofinancial", Category::Economic),
    ("monetary", Category::Economic),
    ("fiscal", Category::Economic),
    ("budget support", Category::Economic),
    ("budgetary support", Category::Economic),
    ("loan*", Category::Economic),
    ("credit", Category::Economic),
    ("credits", Category::Economic),
    ("reconstruction", Category::Economic),
    ("rebuild*", Category::Economic),
    ("recovery", Category::Economic),
    ("energy", Category::Economic),
    ("electricity", Category::Economic),
    ("power grid*", Category::Economic),
    ("grid", Category::Economic),
    ("power plant*", Category::Economic),
    ("power station*", Category::Economic),
    ("clean power", Category::Economic),
    ("fuel*", Category::Economic),
    ("electrical equipment", Category::Economic),
    ("generator*", Category::Economic),
    ("transformer*", Category::Economic),
    ("climate", Category::Economic),
    ("rainforest*", Category::Economic),
    ("deforestation", Category::Economic),
    ("development", Category::Economic),
    ("business*", Category::Economic),
    ("jobs", Category::Economic),
    ("infrastructure", Category::Economic),
    ("repair*", Category::Economic),
    ("climate finance", Category::Economic),
    ("financing", Category::Economic),
    ("currency swap*", Category::Economic),
    ("swap line*", Category::Economic),
    ("stimulus", Category::Economic),
    ("bailout", Category::Economic),
    ("bail-out", Category::Economic),
    ("debt relief", Category::Economic),
    ("tax relief", Category::Economic),
    ("subsid*", Category::Economic),
    ("handouts", Category::Economic),
    // Aid of unstated kind.
    ("aid", Category::Aid),
    ("assistance", Category::Aid),
    ("package", Category::Aid),
    ("pledge*", Category::Aid),
    ("donor*", Category::Aid),
    ("donat*", Category::Aid),
    ("contribution*", Category::Aid),
    ("funding", Category::Aid),
    ("facility", Category::Aid),
    ("support", Category::Aid),
    ("grant", Category::Aid),
    ("grants", Category::Aid),
    ("financial aid", Category::Aid),
    ("financial assistance", Category::Aid),
    ("financial support", Category::Aid),
    ("income support", Category::Aid),
    // Money that is not aid.
    ("cost", Category::Other),
    ("costs", Category::Other),
    ("costing", Category::Other),
    ("price*", Category::Other),
    ("trade", Category::Other),
    ("damage*", Category::Other),
    ("loss", Category::Other),
    ("losses", Category::Other),
    ("asset*", Category::Other),
    ("reserves", Category::Other),
    ("salar*", Category::Other),
    ("wage*", Category::Other),
    ("revenue*", Category::Other),
    ("profit*", Category::Other),
    ("earn*", Category::Other),
    ("income", Category::Other),
    ("pension*", Category::Other),
    ("sales", Category::Other),
    ("sold", Category::Other),
    ("purchase*", Category::Other),
    ("deal", Category::Other),
    ("contract*", Category::Other),
    ("market*", Category::Other),
    ("fine", Category::Other),
    ("fined", Category::Other),
    ("fines", Category::Other),
    ("gdp", Category::Other),
    ("export*", Category::Other),
    ("import*", Category::Other),
    ("debt", Category::Other),
    ("tax", Category::Other),
    ("taxes", Category::Other),
    ("tariff*", Category::Other),
    ("bribe*", Category::Other),
    ("ransom", Category::Other),
    ("reward", Category::Other),
    ("compensation", Category::Other),
    ("settlement", Category::Other),
    ("fortune", Category::Other),
    ("net worth", Category::Other),
    ("valuation", Category::Other),
    ("valued", Category::Other),
    ("share", Category::Other),
    ("shares", Category::Other),
    ("stock", Category::Other),
    ("stocks", Category::Other),
    ("barrel", Category::Other),
    ("sanctions relief", Category::Other),
    ("subscription*", Category::Other),
    ("fee", Category::Other),
    ("fees", Category::Other),
];

/// Cues of aid whose kind, when nothing around the money and nothing in the article
/// names one, is the one given: money as "financial aid" to a government supports its
/// budget, "income support" keeps people in work; after a storm either is relief.
pub const LEANING_AID: &[(&str, Category)] = &[
    ("financial aid", Category::Economic),
    ("financial assistance", Category::Economic),
    ("financial support", Category::Economic),
    ("income support", Category::Economic),
];

/// Words that say what made money needed, not what it buys ("the flood", "the
/// earthquake"): they tell what an article is about (its purpose, read when an amount's
/// own words and sentence name none), never an amount's own purpose ("$5.5 trillion yen
/// for reconstructing areas devastated by the earthquake" is for reconstruction).
pub const TOPIC_CUES: &[(&str, Category)] = &[
    ("cyclone*", Category::Humanitarian),
    ("disaster*", Category::Humanitarian),
    ("drought*", Category::Humanitarian),
    ("earthquake*", Category::Humanitarian),
    ("flood*", Category::Humanitarian),
    ("hurricane*", Category::Humanitarian),
    ("quake*", Category::Humanitarian),
    ("storm*", Category::Humanitarian),
    ("tsunami*", Category::Humanitarian),
    ("typhoon*", Category::Humanitarian),
];

/// Words that say an article is about a donors' conference or an appeal, whose pledges
/// are all for the purpose it was called for.
pub const PLEDGING_WORDS: &[&str] = &["appeal*", "donor conference", "donors", "pledging", "telethon"];

/// Nouns of people and bodies that a purpose word may describe ("humanitarian groups",
/// "the refugee agency", "military officials"): the word then names who they are, not
/// what the money is for.
pub const ACTOR_NOUNS: &[&str] = &[
    "agencies",
    "agency",
    "chief",
    "chiefs",
    "community",
    "coordinator",
    "group",
    "groups",
    "minister",
    "ministers",
    "ministry",
    "ngo",
    "ngos",
    "office",
    "officials",
    "organisation",
    "organisations",
    "organization",
    "organizations",
    "partners",
    "worker",
    "workers",
];

/// Words that hold money for a purpose without naming one ("budget", "spending"): after a
/// cue they are part of it ("defence budget" is military, "aid budget" aid); alone they
/// are a government's own money, not aid, unless a purpose follows ("a budget of R50
/// billion for social relief").
pub const CONTAINERS: &[&str] = &["budget", "budgets", "expenditure", "spending"];

/// Not-aid nouns that head a compound and make it not aid ("energy costs", "arms
/// sales"). Participles are left out: in "to repair damaged schools" the
/// cue "damaged" heads nothing.
pub const COMPOUND_HEADS: &[&str] =
    &["cost", "costs", "price", "prices", "sales", "trade", "revenue", "revenues", "losses", "exports", "imports"];

/// Not-aid cues that govern the phrase after them ("the cost of rebuilding the grid",
/// "damage to energy infrastructure", "spending on weapons"): the kinds named within
/// [`GOVERNED_WORDS`] words after one of [`GOVERNING_PREPOSITIONS`] are the things
/// costed, not what the money is for, so they count as money that is not aid.
pub const GOVERNING_CUES: &[&str] =
    &["cost", "costs", "price*", "damage*", "loss", "losses", "revenue*", "sales", "trade"];

/// Prepositions that open the phrase a governing cue governs.
pub const GOVERNING_PREPOSITIONS: &[&str] = &["of", "to", "for", "on", "in"];

/// How many words after its preposition a governing cue reaches.
pub const GOVERNED_WORDS: usize = 5;

/// Words after an amount that introduce a part of it ("573 million dollars including soft
/// loans"): a kind named after them does not make the whole amount that kind.
pub const PART_MARKERS: &[&str] = &["including", "includes", "include", "of which"];

/// Verbs whose subject gives the money ("Japan pledged $500 million"), for the donor.
pub const GIVING_VERBS: &[&str] = &[
    "pledge",
    "pledged",
    "provide*",
    "give*",
    "gave",
    "send*",
    "sent",
    "announce*",
    "approve*",
    "authori*",
    "allocate*",
    "committed",
    "commits",
    "promise*",
    "donate*",
    "offer*",
    "contribute*",
    "earmark*",
];

/// Verbs whose subject receives money ("Kenya received $1bn"): money given, like that of
/// [`GIVING_VERBS`].
pub const RECEIVING_VERBS: &[&str] = &["receive", "received", "receives", "receiving"];

/// Capitalised words that never name a donor or recipient.
pub const NOT_PARTIES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words after which a name is an object ("assistance to Ukraine"), not a donor.
pub const PREPOSITIONS: &[&str] = &["to", "for", "of", "from", "with", "in", "on", "by", "against"];
