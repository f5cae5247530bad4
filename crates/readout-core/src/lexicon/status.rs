//! Words that say what became of an amount of money: promised, sent, asked for, or only
//! estimated. Read by `crate::amounts::status`, which takes the nearest one in the
//! amount's clause, before it first ("pledged $5 million") and then after it ("$5
//! million was pledged"). Keys are lower case, in byte order.

use super::Table;
use crate::record::Status::{self, Delivered, Other, Pledged, Requested};
use crate::table;

pub const STATUS_WORDS: Table<Status> = table![
    ("allocate", Pledged),
    ("allocated", Pledged),
    ("allocates", Pledged),
    ("announce", Pledged),
    ("announced", Pledged),
    ("announces", Pledged),
    ("appeal", Requested),
    ("appealed", Requested),
    ("appealing", Requested),
    ("appeals", Requested),
    ("approve", Pledged),
    ("approved", Pledged),
    ("approves", Pledged),
    ("ask", Requested),
    ("asked", Requested),
    ("asking", Requested),
    ("asks", Requested),
    ("commit", Pledged),
    ("commitment", Pledged),
    ("commits", Pledged),
    ("committed", Pledged),
    ("contribute", Pledged),
    ("contributed", Delivered),
    ("cost", Other),
    ("costing", Other),
    ("costs", Other),
    ("cut", Other),
    ("cuts", Other),
    ("cutting", Other),
    ("deliver", Pledged),
    ("delivered", Delivered),
    ("delivers", Delivered),
    ("demand", Requested),
    ("demanded", Requested),
    ("demanding", Requested),
    ("disburse", Delivered),
    ("disbursed", Delivered),
    ("disburses", Delivered),
    ("distributed", Delivered),
    ("donate", Pledged),
    ("donated", Delivered),
    ("earmarked", Pledged),
    ("estimate", Other),
    ("estimated", Other),
    ("estimates", Other),
    ("forecast", Other),
    ("gave", Delivered),
    ("give", Pledged),
    ("given", Delivered),
    ("gives", Pledged),
    ("granted", Delivered),
    ("handed", Delivered),
    ("need", Requested),
    ("needed", Requested),
    ("needs", Requested),
    ("offer", Pledged),
    ("offered", Pledged),
    ("offers", Pledged),
    ("paid", Delivered),
    ("pledge", Pledged),
    ("pledged", Pledged),
    ("pledges", Pledged),
    ("pledging", Pledged),
    ("projected", Other),
    ("promise", Pledged),
    ("promised", Pledged),
    ("promises", Pledged),
    ("provide", Pledged),
    ("provided", Delivered),
    ("provides", Pledged),
    ("receive", Pledged),
    ("received", Delivered),
    ("receives", Delivered),
    ("rendered", Delivered),
    ("request", Requested),
    ("requested", Requested),
    ("requesting", Requested),
    ("requests", Requested),
    ("require", Requested),
    ("required", Requested),
    ("requires", Requested),
    ("save", Other),
    ("saving", Other),
    ("seek", Requested),
    ("seeking", Requested),
    ("seeks", Requested),
    ("send", Pledged),
    ("sends", Pledged),
    ("sent", Delivered),
    ("slashed", Other),
    ("slashing", Other),
    ("sought", Requested),
    ("spent", Delivered),
    ("transferred", Delivered),
    ("unveil", Pledged),
    ("unveiled", Pledged),
    ("unveils", Pledged),
    ("urged", Requested),
];

/// Words of a government's spending on its own country ("a stimulus package", "the
/// budget"): aid of that kind with no recipient named is no aid given to anyone.
pub const OWN_SPENDING: Table<()> = crate::words![
    "budget",
    "budgets",
    "handout",
    "handouts",
    "rescue",
    "spending",
    "stimulus",
    "subsidies",
    "subsidy",
    "tax",
];

/// Words that may stand between an amount and its restatement in another currency in
/// parentheses: "56 trillion yen (about $490 billion)".
pub const APPROXIMATELY: Table<()> =
    crate::words!["about", "almost", "approximately", "around", "nearly", "or", "over", "roughly", "some"];

/// The word after which [`ASKING_FOR`] words ask for money.
pub const ASKING_PREPOSITION: &str = "for";

/// Words that ask for money when "for" follows them ("called for $4 billion").
pub const ASKING_FOR: Table<()> = crate::words!["call", "called", "calling", "calls"];
