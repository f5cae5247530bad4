//! Entries of the written forms that are money only when written as money.

use super::super::Table;
use crate::table;

/// When an entry of [`CODES`] or [`WORDS`] that is also an English word or abbreviation
/// is money. Signs are never guarded: no symbol is English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    /// Only with a multiplier, and never before "of": units, verbs and words ("500 pounds
    /// of flour", "Trump won 306 votes", "ALL 27 members", "COP28", "PHP 8", "SDG 4"),
    /// while money news writes them with millions ("5 million pounds", "ALL 3 billion").
    Multiplier,
    /// Only glued to the digits after it ("JD5 million", "SR2bn", "RM500"): spaced or after
    /// a number, it is an abbreviation ("JD Vance", "BD", "QR code").
    Glued,
    /// A single capital (or two) glued to the digits, and only with a multiplier, digits
    /// grouped in thousands or three digits or more, and no letter glued after them
    /// ("R350", "R2,500", "P5 billion", "N20bn", "MK5 million"): "R2-D2", "P5", "N95",
    /// "MK11" and "R134a" are not money.
    GluedLarge,
    /// Only written in lower case: capitalised, it is a name ("a 2019 RAND study",
    /// "Sergio Leone", "Simón Bolívar", "the Guarani").
    Lowercase,
}

/// The guarded entries of [`CODES`] and [`WORDS`], as written there, in byte order.
///
/// Codes that are English in capitals only at a stretch are not guarded: `CAD`, `GEL`,
/// `ILS`, `TRY` (and they were read before these guards were written).
pub const GUARDS: Table<Guard> = table![
    ("ALL", Guard::Multiplier),    // all
    ("AMD", Guard::Multiplier),    // the chipmaker
    ("AWG", Guard::Multiplier),    // American wire gauge ("12 AWG")
    ("BAM", Guard::Multiplier),    // bam
    ("BD", Guard::Glued),          // Bangladesh, business development
    ("BOB", Guard::Multiplier),    // Bob
    ("BSD", Guard::Multiplier),    // the BSD licences ("BSD 3-clause")
    ("Br", Guard::Glued),          // Brother, British
    ("CFA", Guard::Multiplier),    // the CFA charter ("CFA Level 2")
    ("COP", Guard::Multiplier),    // the UN climate summits ("COP28", "COP 29")
    ("CRC", Guard::Multiplier),    // checksums ("CRC 32")
    ("CUP", Guard::Multiplier),    // cup
    ("CVE", Guard::Multiplier),    // vulnerability numbers ("CVE 2021")
    ("IRR", Guard::Multiplier),    // internal rate of return ("an IRR 12% higher")
    ("JD", Guard::Glued),          // JD Vance, Juris Doctor
    ("KD", Guard::Glued),          // knock-down, kill/death ratios
    ("KGS", Guard::Multiplier),    // kilograms ("500 KGS")
    ("LE", Guard::Multiplier),     // "LE" in capitals: limited edition, French "Le"
    ("MAD", Guard::Multiplier),    // mad, mutually assured destruction
    ("MK", Guard::GluedLarge),     // Mortal Kombat, Milton Keynes ("MK11")
    ("MOP", Guard::Multiplier),    // mop
    ("N", Guard::GluedLarge),      // "N95", "N2"
    ("NAD", Guard::Multiplier),    // NAD+, map datums ("NAD 83")
    ("NPR", Guard::Multiplier),    // National Public Radio
    ("P", Guard::GluedLarge),      // "the P5", "P450"
    ("PEN", Guard::Multiplier),    // pen
    ("PHP", Guard::Multiplier),    // the programming language ("PHP 8")
    ("QR", Guard::Glued),          // QR codes
    ("R", Guard::GluedLarge),      // "R2-D2", road and film ratings ("R1", "R 18")
    ("RM", Guard::Glued),          // Royal Marines, Real Madrid
    ("RO", Guard::Glued),          // reverse osmosis, Romania
    ("RON", Guard::Multiplier),    // Ron, petrol octane ("RON 95")
    ("SAR", Guard::Multiplier),    // Special Administrative Region, search and rescue
    ("SDG", Guard::Multiplier),    // the Sustainable Development Goals ("SDG 4")
    ("SOS", Guard::Multiplier),    // SOS
    ("SR", Guard::Glued),          // Senior, state routes
    ("SRD", Guard::Multiplier),    // South Africa's SRD grant
    ("Sh", Guard::Glued),          // "Sh!"
    ("TMT", Guard::Multiplier),    // the technology, media and telecoms sector
    ("TOP", Guard::Multiplier),    // top ("TOP 10")
    ("afghani", Guard::Lowercase), // "Afghani" for Afghan
    ("balboa", Guard::Lowercase),  // Rocky Balboa, Balboa Park
    ("bolivar", Guard::Lowercase), // Simón Bolívar and the places named after him
    ("bolívar", Guard::Lowercase),
    ("colón", Guard::Lowercase),   // Colón, Panama; Cristóbal Colón
    ("cordoba", Guard::Lowercase), // Córdoba, Spain and Argentina
    ("córdoba", Guard::Lowercase),
    ("dobra", Guard::Lowercase),   // Dobra, a name
    ("dong", Guard::Lowercase),    // Dong, a Vietnamese and Chinese name
    ("dram", Guard::Multiplier),   // a dram of whisky
    ("guarani", Guard::Lowercase), // the Guarani people and language
    ("guaraní", Guard::Lowercase),
    ("kina", Guard::Lowercase),     // Kina, a name
    ("kip", Guard::Multiplier),     // a kip, sleep
    ("lari", Guard::Lowercase),     // Lari, a name and a town
    ("lei", Guard::Lowercase),      // Lei, a Chinese name
    ("lek", Guard::Multiplier),     // a lek, where birds display
    ("lempira", Guard::Lowercase),  // Lempira, the Lenca leader
    ("leone", Guard::Lowercase),    // Sergio Leone
    ("lev", Guard::Lowercase),      // Lev, a name
    ("pound", Guard::Multiplier),   // the unit of weight
    ("pula", Guard::Lowercase),     // Pula, Croatia
    ("quetzal", Guard::Multiplier), // the bird
    ("quetzales", Guard::Multiplier),
    ("rand", Guard::Lowercase),   // the RAND Corporation, Rand Paul, Ayn Rand
    ("riel", Guard::Lowercase),   // Louis Riel
    ("sol", Guard::Multiplier),   // the sun, a note, a Martian day
    ("soles", Guard::Multiplier), // the soles of shoes
    ("som", Guard::Multiplier),   // a Scandinavian and Dutch word, a name
    ("somoni", Guard::Lowercase), // Ismoil Somoni
    ("taka", Guard::Lowercase),   // Taka, a Japanese name
    ("tala", Guard::Lowercase),   // Tala, a name
    ("won", Guard::Multiplier),   // won a vote
];
