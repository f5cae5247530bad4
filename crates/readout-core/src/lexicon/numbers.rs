//! Number words and multipliers, as read in amounts of money ("1.2bn", "two million",
//! "half a billion", "Rs 2 lakh crore").

/// Multipliers written after a number, as powers of ten. Matched case-insensitively
/// against a whole word; the one-letter forms only when glued to the digits ("€500m").
/// Two may follow each other when the second is larger ("two hundred million",
/// "2 lakh crore").
pub const MULTIPLIERS: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("k", 3),
    ("lakh", 5),
    ("lakhs", 5),
    ("lac", 5),
    ("lacs", 5),
    ("million", 6),
    ("mn", 6),
    ("mln", 6),
    ("m", 6),
    ("crore", 7),
    ("crores", 7),
    ("cr", 7),
    ("billion", 9),
    ("bn", 9),
    ("bln", 9),
    ("b", 9),
    ("trillion", 12),
    ("tn", 12),
    ("trn", 12),
];

/// Number words, matched case-insensitively; a tens word may take a unit after a hyphen
/// or space ("twenty-five"). Vague plurals ("tens of millions", "billions of dollars")
/// are deliberately absent: they name no value.
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Words that stand for a number only when a multiplier follows ("a billion euros",
/// "half a billion dollars", "a quarter of a million pounds"), with their factor.
pub const FRACTIONS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("an", 1.0),
    ("half a", 0.5),
    ("a quarter of a", 0.25),
    ("quarter of a", 0.25),
    ("three quarters of a", 0.75),
];

/// Words before "from" that make "from X to Y" a range ("ranging from $2 to $3 billion");
/// otherwise it is a change from one amount to another ("rose from … to …").
pub const RANGE_OPENERS: &[&str] = &["range", "ranges", "ranged", "ranging", "anywhere", "vary", "varies", "varying"];
