//! Words that end in a full stop without ending a sentence.

/// Abbreviations, without their final full stop, matched case-sensitively against the
/// word before a full stop. Single capital letters (initials: "Antony J. Blinken") and
/// dotted acronyms ("U.S.", "U.N.") are recognised by shape, not listed here.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Rep", "Sen", "Gov",
    "Pres", "Amb", "Rev", "Hon", "St", "Jr", "Sr", "No", "Nos", "Vol", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    "Sun", "approx", "est", "etc", "vs", "v", "cf", "e.g", "i.e", "Inc", "Ltd", "Co", "Corp", "Bros", "Mt", "Ft", "Sq",
    "Ave", "Blvd", "Rd", "Dept", "Gov't", "Govt", "Assn", "Univ", "Lt.Gen", "Brig",
];
