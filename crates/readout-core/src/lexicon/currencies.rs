//! Currency signs, codes and words; the guards on those that are also English words or
//! abbreviations; and the currencies a generic name ("$", "pesos", "shillings") may stand
//! for, with the words that show which. Read by `crate::amounts`.
//!
//! Every ISO 4217 currency in circulation is read by its code and its English name;
//! those with a sign or local abbreviation that English-language news writes, by that
//! too. What is left out, and why, is said where it would go (and `tests::ISO_4217`
//! lists every active code with the few left out).

use super::Table;
use crate::table;

/// Signs: symbols, and letters ending in a symbol ("US$", "GH₵", "Kč"), before or after a
/// number, glued or spaced ("$5", "US$1.5m", "500 €"). Case-sensitive; the longest sign wins
/// ("US$" over "$"). A sign for a generic name ("$", "₨") is in [`LOCAL_CURRENCIES`],
/// and its currency here is the default.
///
/// The scanner tells a sign from other text by its first two bytes (`SIGN_BYTES` in
/// `amounts`): any sign works, but one whose first two bytes start many words would make
/// it look further more often.
///
/// Left out: "C$" for the Nicaraguan córdoba (English news means the Canadian dollar),
/// "B$" (Brunei or Bahamas), "Z$" (the withdrawn Zimbabwe dollar), "S/" (sol) and "B/."
/// (balboa), which English news hardly writes; Cyrillic and Arabic abbreviations ("лв",
/// "ден", "د.إ"), which English news does not write.
pub const SIGNS: &[(&str, &str)] = &[
    // Dollars. A bare "$" is in LOCAL_CURRENCIES.
    ("$", "USD"),
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("CAN$", "CAD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("NZ$", "NZD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("S$", "SGD"),
    ("J$", "JMD"),
    ("TT$", "TTD"),
    ("BZ$", "BZD"),
    ("BD$", "BMD"),
    ("Bds$", "BBD"),
    ("BDS$", "BBD"),
    ("CI$", "KYD"),
    ("EC$", "XCD"),
    ("G$", "GYD"),
    ("GY$", "GYD"),
    ("L$", "LRD"),
    ("LD$", "LRD"),
    ("N$", "NAD"),
    ("FJ$", "FJD"),
    ("SI$", "SBD"),
    ("WS$", "WST"),
    ("T$", "TOP"),
    // Pesos and reais written with a dollar sign.
    ("R$", "BRL"),
    ("RD$", "DOP"),
    ("Mex$", "MXN"),
    ("MX$", "MXN"),
    ("AR$", "ARS"),
    ("CLP$", "CLP"),
    ("COL$", "COP"),
    ("Col$", "COP"),
    ("MOP$", "MOP"),
    // Symbols.
    ("€", "EUR"),
    ("£", "GBP"),
    ("E£", "EGP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₨", "INR"),
    ("₴", "UAH"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("৳", "BDT"),
    ("₱", "PHP"),
    ("₸", "KZT"),
    ("₫", "VND"),
    ("฿", "THB"),
    ("₾", "GEL"),
    ("₼", "AZN"),
    ("₮", "MNT"),
    ("₭", "LAK"),
    ("₲", "PYG"),
    ("₡", "CRC"),
    ("₵", "GHS"),
    ("GH₵", "GHS"),
    ("GH¢", "GHS"),
    ("៛", "KHR"),
    ("֏", "AMD"),
    ("؋", "AFN"),
    ("﷼", "IRR"),
    ("zł", "PLN"),
    ("Kč", "CZK"),
];

/// Codes and letter abbreviations, before or after a number ("USD 5 million", "Rs 10
/// crore", "5bn SEK", "KSh 200"). Case-sensitive, and never part of a longer word ("Mrs",
/// "EURO"). Every active ISO 4217 code is here but `USN` (the US Navy, and a fund code no
/// one writes as money) and the codes of metals, bond units and tests (`XAU`, `XBA`, ...).
/// Codes that are also words or abbreviations in capitals are in [`GUARDS`].
///
/// Left out: "Fr"/"Fr." (Father), "L" (lek, leu, lempira), "K" (kina, kwacha, kyat), "Q",
/// "D", "E", "M", "T", "KM" (kilometres), "MT" (metric tons), "VT" (Vermont), "DA", "DT",
/// "LD", "ID", "DH" (designated hitter), "Le" (the French article), "Bs" (boliviano or
/// bolívar, and an English abbreviation): each is ambiguous or an English abbreviation.
/// "SR" is the Saudi riyal only (the Seychelles rupee is written "SCR" in English news).
pub const CODES: &[(&str, &str)] = &[
    // Americas.
    ("USD", "USD"),
    ("CAD", "CAD"),
    ("MXN", "MXN"),
    ("GTQ", "GTQ"),
    ("BZD", "BZD"),
    ("HNL", "HNL"),
    ("SVC", "SVC"),
    ("NIO", "NIO"),
    ("CRC", "CRC"),
    ("PAB", "PAB"),
    ("CUP", "CUP"),
    ("DOP", "DOP"),
    ("HTG", "HTG"),
    ("JMD", "JMD"),
    ("BSD", "BSD"),
    ("BBD", "BBD"),
    ("TTD", "TTD"),
    ("XCD", "XCD"),
    ("KYD", "KYD"),
    ("BMD", "BMD"),
    ("AWG", "AWG"),
    ("ANG", "ANG"),
    ("XCG", "XCG"),
    ("COP", "COP"),
    ("VES", "VES"),
    ("VED", "VED"),
    ("GYD", "GYD"),
    ("SRD", "SRD"),
    ("BRL", "BRL"),
    ("PEN", "PEN"),
    ("BOB", "BOB"),
    ("PYG", "PYG"),
    ("UYU", "UYU"),
    ("ARS", "ARS"),
    ("CLP", "CLP"),
    ("FKP", "FKP"),
    // Fund codes (units of account): listed by ISO 4217, hardly ever written.
    ("BOV", "BOV"),
    ("CHE", "CHE"),
    ("CHW", "CHW"),
    ("CLF", "CLF"),
    ("COU", "COU"),
    ("MXV", "MXV"),
    ("UYI", "UYI"),
    ("UYW", "UYW"),
    // Europe.
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("GIP", "GIP"),
    ("CHF", "CHF"),
    ("SFr", "CHF"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("ISK", "ISK"),
    ("kr", "SEK"),
    ("kr.", "SEK"),
    ("PLN", "PLN"),
    ("CZK", "CZK"),
    ("HUF", "HUF"),
    ("RON", "RON"),
    ("MDL", "MDL"),
    ("BGN", "BGN"),
    ("RSD", "RSD"),
    ("MKD", "MKD"),
    ("ALL", "ALL"),
    ("BAM", "BAM"),
    // The kuna gave way to the euro in 2023: no longer in circulation, but in the archives.
    ("HRK", "HRK"),
    ("UAH", "UAH"),
    ("BYN", "BYN"),
    ("RUB", "RUB"),
    ("GEL", "GEL"),
    ("AMD", "AMD"),
    ("AZN", "AZN"),
    ("TRY", "TRY"),
    // Middle East and North Africa.
    ("ILS", "ILS"),
    ("NIS", "ILS"),
    ("EGP", "EGP"),
    ("LE", "EGP"),
    ("LBP", "LBP"),
    ("LL", "LBP"),
    ("SYP", "SYP"),
    ("JOD", "JOD"),
    ("JD", "JOD"),
    ("IQD", "IQD"),
    ("KWD", "KWD"),
    ("KD", "KWD"),
    ("BHD", "BHD"),
    ("BD", "BHD"),
    ("SAR", "SAR"),
    ("SR", "SAR"),
    ("QAR", "QAR"),
    ("QR", "QAR"),
    ("AED", "AED"),
    ("Dh", "AED"),
    ("Dhs", "AED"),
    ("OMR", "OMR"),
    ("RO", "OMR"),
    ("YER", "YER"),
    ("IRR", "IRR"),
    ("LYD", "LYD"),
    ("TND", "TND"),
    ("DZD", "DZD"),
    ("MAD", "MAD"),
    ("MRU", "MRU"),
    // Africa south of the Sahara.
    ("NGN", "NGN"),
    ("N", "NGN"),
    ("GHS", "GHS"),
    ("GHc", "GHS"),
    ("XOF", "XOF"),
    ("XAF", "XAF"),
    ("CFA", "XOF"),
    ("FCFA", "XOF"),
    ("GMD", "GMD"),
    ("GNF", "GNF"),
    ("SLE", "SLE"),
    // The old leone, replaced in 2022-2024 and still in the archives.
    ("SLL", "SLL"),
    ("LRD", "LRD"),
    ("CVE", "CVE"),
    ("STN", "STN"),
    ("CDF", "CDF"),
    ("RWF", "RWF"),
    ("Rwf", "RWF"),
    ("BIF", "BIF"),
    ("FBu", "BIF"),
    ("KES", "KES"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("KShs", "KES"),
    ("Kshs", "KES"),
    ("UGX", "UGX"),
    ("USh", "UGX"),
    ("UShs", "UGX"),
    ("Ushs", "UGX"),
    ("TZS", "TZS"),
    ("TSh", "TZS"),
    ("Tsh", "TZS"),
    ("TShs", "TZS"),
    ("Sh", "KES"),
    ("Shs", "KES"),
    ("SOS", "SOS"),
    ("ETB", "ETB"),
    ("Br", "ETB"),
    ("ERN", "ERN"),
    ("DJF", "DJF"),
    ("SDG", "SDG"),
    ("SSP", "SSP"),
    ("ZAR", "ZAR"),
    ("R", "ZAR"),
    ("NAD", "NAD"),
    ("BWP", "BWP"),
    ("P", "PHP"),
    ("LSL", "LSL"),
    ("SZL", "SZL"),
    ("ZMW", "ZMW"),
    ("MWK", "MWK"),
    ("MK", "MWK"),
    ("MZN", "MZN"),
    ("AOA", "AOA"),
    ("Kz", "AOA"),
    ("ZWG", "ZWG"),
    ("ZiG", "ZWG"),
    // The Zimbabwe dollar, withdrawn in 2024.
    ("ZWL", "ZWL"),
    ("MGA", "MGA"),
    ("KMF", "KMF"),
    ("MUR", "MUR"),
    ("SCR", "SCR"),
    ("SHP", "SHP"),
    // Asia.
    ("INR", "INR"),
    ("Rs", "INR"),
    ("Rs.", "INR"),
    ("PKR", "PKR"),
    ("LKR", "LKR"),
    ("NPR", "NPR"),
    ("NRs", "NPR"),
    ("BDT", "BDT"),
    ("Tk", "BDT"),
    ("BTN", "BTN"),
    ("Nu.", "BTN"),
    ("MVR", "MVR"),
    ("AFN", "AFN"),
    ("KZT", "KZT"),
    ("KGS", "KGS"),
    ("TJS", "TJS"),
    ("TMT", "TMT"),
    ("UZS", "UZS"),
    ("CNY", "CNY"),
    ("CNH", "CNY"),
    ("RMB", "CNY"),
    ("HKD", "HKD"),
    ("MOP", "MOP"),
    ("TWD", "TWD"),
    ("JPY", "JPY"),
    ("KRW", "KRW"),
    ("KPW", "KPW"),
    ("MNT", "MNT"),
    ("SGD", "SGD"),
    ("BND", "BND"),
    ("MYR", "MYR"),
    ("RM", "MYR"),
    ("IDR", "IDR"),
    ("Rp", "IDR"),
    ("PHP", "PHP"),
    ("THB", "THB"),
    ("VND", "VND"),
    ("LAK", "LAK"),
    ("KHR", "KHR"),
    ("MMK", "MMK"),
    // Oceania.
    ("AUD", "AUD"),
    ("NZD", "NZD"),
    ("FJD", "FJD"),
    ("PGK", "PGK"),
    ("SBD", "SBD"),
    ("VUV", "VUV"),
    ("WST", "WST"),
    ("TOP", "TOP"),
    ("XPF", "XPF"),
    // The IMF's special drawing rights.
    ("XDR", "XDR"),
    ("SDR", "XDR"),
    ("SDRs", "XDR"),
];

/// Currency words after a number ("5.8 billion dollars", "5 million Canadian dollars"),
/// singular form; a trailing "s" is accepted too, and plurals made otherwise are entries
/// of their own ("reais", "lei", "leva", "colones"). Names that take no plural ("naira",
/// "rand", "baht", "yen", "kwacha") are written as they are. Case-insensitive, longest
/// match wins. A generic name ("dollar", "peso", "shilling") is in [`LOCAL_CURRENCIES`],
/// and its currency here is the default. Words that are also English words are in
/// [`GUARDS`].
///
/// Left out: "real" (English: "5 million real estate deals"; "reais" and "Brazilian
/// real" are in), "mark" (English, and the old Deutsche mark: "convertible mark" is in),
/// "sum" (Uzbek so'm: English), "colon" without its accent (punctuation), and the bare
/// "guilder", "florin" and "escudo", which news mostly writes for the old Dutch and
/// Portuguese money (their adjective forms are in).
pub const WORDS: &[(&str, &str)] = &[
    // Dollars.
    ("dollar", "USD"),
    ("us dollar", "USD"),
    ("u.s. dollar", "USD"),
    ("american dollar", "USD"),
    ("greenback", "USD"),
    ("canadian dollar", "CAD"),
    ("australian dollar", "AUD"),
    ("new zealand dollar", "NZD"),
    ("hong kong dollar", "HKD"),
    ("taiwan dollar", "TWD"),
    ("taiwanese dollar", "TWD"),
    ("new taiwan dollar", "TWD"),
    ("singapore dollar", "SGD"),
    ("singaporean dollar", "SGD"),
    ("brunei dollar", "BND"),
    ("jamaican dollar", "JMD"),
    ("trinidad and tobago dollar", "TTD"),
    ("trinidadian dollar", "TTD"),
    ("bahamian dollar", "BSD"),
    ("barbadian dollar", "BBD"),
    ("barbados dollar", "BBD"),
    ("belize dollar", "BZD"),
    ("belizean dollar", "BZD"),
    ("bermudian dollar", "BMD"),
    ("bermuda dollar", "BMD"),
    ("cayman islands dollar", "KYD"),
    ("east caribbean dollar", "XCD"),
    ("eastern caribbean dollar", "XCD"),
    ("guyanese dollar", "GYD"),
    ("guyana dollar", "GYD"),
    ("surinamese dollar", "SRD"),
    ("suriname dollar", "SRD"),
    ("liberian dollar", "LRD"),
    ("namibian dollar", "NAD"),
    ("namibia dollar", "NAD"),
    ("fijian dollar", "FJD"),
    ("fiji dollar", "FJD"),
    ("solomon islands dollar", "SBD"),
    ("zimbabwe dollar", "ZWL"),
    ("zimbabwean dollar", "ZWL"),
    ("zimbabwe gold", "ZWG"),
    // Euro, pounds, crowns and the rest of Europe.
    ("euro", "EUR"),
    ("pound", "GBP"),
    ("pound sterling", "GBP"),
    ("pounds sterling", "GBP"),
    ("sterling", "GBP"),
    ("british pound", "GBP"),
    ("gibraltar pound", "GIP"),
    ("falkland islands pound", "FKP"),
    ("saint helena pound", "SHP"),
    ("st helena pound", "SHP"),
    ("franc", "CHF"),
    ("swiss franc", "CHF"),
    ("krona", "SEK"),
    ("kronor", "SEK"),
    ("swedish krona", "SEK"),
    ("swedish kronor", "SEK"),
    ("krone", "NOK"),
    ("kroner", "NOK"),
    ("norwegian krone", "NOK"),
    ("norwegian kroner", "NOK"),
    ("danish krone", "DKK"),
    ("danish kroner", "DKK"),
    ("icelandic krona", "ISK"),
    ("icelandic kronur", "ISK"),
    ("icelandic krónur", "ISK"),
    ("kronur", "ISK"),
    ("krónur", "ISK"),
    ("zloty", "PLN"),
    ("złoty", "PLN"),
    ("zlotys", "PLN"),
    ("zlotych", "PLN"),
    ("polish zloty", "PLN"),
    ("koruna", "CZK"),
    ("koruny", "CZK"),
    ("czech koruna", "CZK"),
    ("czech crown", "CZK"),
    ("forint", "HUF"),
    ("hungarian forint", "HUF"),
    ("leu", "RON"),
    ("lei", "RON"),
    ("romanian leu", "RON"),
    ("romanian lei", "RON"),
    ("moldovan leu", "MDL"),
    ("moldovan lei", "MDL"),
    ("lev", "BGN"),
    ("leva", "BGN"),
    ("bulgarian lev", "BGN"),
    ("bulgarian leva", "BGN"),
    ("dinar", "IQD"),
    ("serbian dinar", "RSD"),
    ("denar", "MKD"),
    ("denari", "MKD"),
    ("macedonian denar", "MKD"),
    ("lek", "ALL"),
    ("leke", "ALL"),
    ("lekë", "ALL"),
    ("albanian lek", "ALL"),
    ("convertible mark", "BAM"),
    ("convertible marka", "BAM"),
    ("bosnian convertible mark", "BAM"),
    ("bosnia and herzegovina convertible mark", "BAM"),
    ("kuna", "HRK"),
    ("croatian kuna", "HRK"),
    ("hryvnia", "UAH"),
    ("hryvnya", "UAH"),
    ("hryvna", "UAH"),
    ("hryvni", "UAH"),
    ("hryvnias", "UAH"),
    ("ukrainian hryvnia", "UAH"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("russian rouble", "RUB"),
    ("russian ruble", "RUB"),
    ("belarusian rouble", "BYN"),
    ("belarusian ruble", "BYN"),
    ("belarus rouble", "BYN"),
    ("belarus ruble", "BYN"),
    ("lari", "GEL"),
    ("georgian lari", "GEL"),
    ("dram", "AMD"),
    ("armenian dram", "AMD"),
    ("manat", "AZN"),
    ("azerbaijani manat", "AZN"),
    ("azeri manat", "AZN"),
    ("turkmen manat", "TMT"),
    ("lira", "TRY"),
    ("turkish lira", "TRY"),
    // Middle East and North Africa.
    ("shekel", "ILS"),
    ("sheqel", "ILS"),
    ("new shekel", "ILS"),
    ("israeli shekel", "ILS"),
    ("new israeli shekel", "ILS"),
    ("egyptian pound", "EGP"),
    ("lebanese pound", "LBP"),
    ("lebanese lira", "LBP"),
    ("syrian pound", "SYP"),
    ("syrian lira", "SYP"),
    ("sudanese pound", "SDG"),
    ("south sudanese pound", "SSP"),
    ("jordanian dinar", "JOD"),
    ("iraqi dinar", "IQD"),
    ("kuwaiti dinar", "KWD"),
    ("bahraini dinar", "BHD"),
    ("libyan dinar", "LYD"),
    ("tunisian dinar", "TND"),
    ("algerian dinar", "DZD"),
    ("riyal", "SAR"),
    ("saudi riyal", "SAR"),
    ("qatari riyal", "QAR"),
    ("qatari rial", "QAR"),
    ("omani rial", "OMR"),
    ("omani riyal", "OMR"),
    ("yemeni rial", "YER"),
    ("yemeni riyal", "YER"),
    ("rial", "IRR"),
    ("iranian rial", "IRR"),
    ("toman", "IRR"),
    ("dirham", "AED"),
    ("uae dirham", "AED"),
    ("emirati dirham", "AED"),
    ("moroccan dirham", "MAD"),
    ("ouguiya", "MRU"),
    ("mauritanian ouguiya", "MRU"),
    // Africa south of the Sahara.
    ("naira", "NGN"),
    ("nigerian naira", "NGN"),
    ("cedi", "GHS"),
    ("ghana cedi", "GHS"),
    ("ghanaian cedi", "GHS"),
    ("cfa franc", "XOF"),
    ("west african cfa franc", "XOF"),
    ("central african cfa franc", "XAF"),
    ("cfp franc", "XPF"),
    ("congolese franc", "CDF"),
    ("guinean franc", "GNF"),
    ("rwandan franc", "RWF"),
    ("rwanda franc", "RWF"),
    ("burundian franc", "BIF"),
    ("burundi franc", "BIF"),
    ("djiboutian franc", "DJF"),
    ("djibouti franc", "DJF"),
    ("comorian franc", "KMF"),
    ("dalasi", "GMD"),
    ("gambian dalasi", "GMD"),
    ("leone", "SLE"),
    ("sierra leonean leone", "SLE"),
    ("cape verdean escudo", "CVE"),
    ("dobra", "STN"),
    ("shilling", "KES"),
    ("kenyan shilling", "KES"),
    ("ugandan shilling", "UGX"),
    ("uganda shilling", "UGX"),
    ("tanzanian shilling", "TZS"),
    ("tanzania shilling", "TZS"),
    ("somali shilling", "SOS"),
    ("birr", "ETB"),
    ("ethiopian birr", "ETB"),
    ("nakfa", "ERN"),
    ("eritrean nakfa", "ERN"),
    ("rand", "ZAR"),
    ("south african rand", "ZAR"),
    ("pula", "BWP"),
    ("botswana pula", "BWP"),
    ("loti", "LSL"),
    ("maloti", "LSL"),
    ("lesotho loti", "LSL"),
    ("lilangeni", "SZL"),
    ("emalangeni", "SZL"),
    ("kwacha", "ZMW"),
    ("zambian kwacha", "ZMW"),
    ("malawian kwacha", "MWK"),
    ("malawi kwacha", "MWK"),
    ("metical", "MZN"),
    ("meticais", "MZN"),
    ("mozambican metical", "MZN"),
    ("kwanza", "AOA"),
    ("angolan kwanza", "AOA"),
    ("ariary", "MGA"),
    ("malagasy ariary", "MGA"),
    ("rupee", "INR"),
    ("mauritian rupee", "MUR"),
    ("seychellois rupee", "SCR"),
    ("seychelles rupee", "SCR"),
    // Asia.
    ("indian rupee", "INR"),
    ("pakistani rupee", "PKR"),
    ("sri lankan rupee", "LKR"),
    ("nepalese rupee", "NPR"),
    ("nepali rupee", "NPR"),
    ("taka", "BDT"),
    ("bangladeshi taka", "BDT"),
    ("ngultrum", "BTN"),
    ("bhutanese ngultrum", "BTN"),
    ("rufiyaa", "MVR"),
    ("maldivian rufiyaa", "MVR"),
    ("afghani", "AFN"),
    ("afghan afghani", "AFN"),
    ("tenge", "KZT"),
    ("kazakh tenge", "KZT"),
    ("kazakhstani tenge", "KZT"),
    ("som", "KGS"),
    ("kyrgyz som", "KGS"),
    ("uzbek som", "UZS"),
    ("uzbek sum", "UZS"),
    ("uzbekistani som", "UZS"),
    ("somoni", "TJS"),
    ("tajik somoni", "TJS"),
    ("yen", "JPY"),
    ("japanese yen", "JPY"),
    ("yuan", "CNY"),
    ("chinese yuan", "CNY"),
    ("offshore yuan", "CNY"),
    ("renminbi", "CNY"),
    ("won", "KRW"),
    ("south korean won", "KRW"),
    ("korean won", "KRW"),
    ("north korean won", "KPW"),
    ("tugrik", "MNT"),
    ("tughrik", "MNT"),
    ("togrog", "MNT"),
    ("tögrög", "MNT"),
    ("mongolian tugrik", "MNT"),
    ("pataca", "MOP"),
    ("macau pataca", "MOP"),
    ("macanese pataca", "MOP"),
    ("baht", "THB"),
    ("thai baht", "THB"),
    ("ringgit", "MYR"),
    ("malaysian ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("indonesian rupiah", "IDR"),
    ("dong", "VND"),
    ("vietnamese dong", "VND"),
    ("kip", "LAK"),
    ("lao kip", "LAK"),
    ("laotian kip", "LAK"),
    ("riel", "KHR"),
    ("cambodian riel", "KHR"),
    ("kyat", "MMK"),
    ("myanmar kyat", "MMK"),
    ("burmese kyat", "MMK"),
    // Americas.
    ("peso", "MXN"),
    ("mexican peso", "MXN"),
    ("argentine peso", "ARS"),
    ("argentinian peso", "ARS"),
    ("philippine peso", "PHP"),
    ("chilean peso", "CLP"),
    ("colombian peso", "COP"),
    ("uruguayan peso", "UYU"),
    ("dominican peso", "DOP"),
    ("cuban peso", "CUP"),
    ("reais", "BRL"),
    ("reals", "BRL"),
    ("brazilian real", "BRL"),
    ("brazilian reais", "BRL"),
    ("sol", "PEN"),
    ("soles", "PEN"),
    ("nuevo sol", "PEN"),
    ("nuevos soles", "PEN"),
    ("peruvian sol", "PEN"),
    ("peruvian soles", "PEN"),
    ("boliviano", "BOB"),
    ("bolivian boliviano", "BOB"),
    ("bolivar", "VES"),
    ("bolívar", "VES"),
    ("bolivares", "VES"),
    ("bolívares", "VES"),
    ("venezuelan bolivar", "VES"),
    ("venezuelan bolívar", "VES"),
    ("guarani", "PYG"),
    ("guaraní", "PYG"),
    ("guaranies", "PYG"),
    ("guaraníes", "PYG"),
    ("paraguayan guarani", "PYG"),
    ("colón", "CRC"),
    ("colones", "CRC"),
    ("costa rican colon", "CRC"),
    ("costa rican colón", "CRC"),
    ("salvadoran colon", "SVC"),
    ("salvadoran colón", "SVC"),
    ("quetzal", "GTQ"),
    ("quetzales", "GTQ"),
    ("guatemalan quetzal", "GTQ"),
    ("lempira", "HNL"),
    ("honduran lempira", "HNL"),
    ("cordoba", "NIO"),
    ("córdoba", "NIO"),
    ("nicaraguan cordoba", "NIO"),
    ("nicaraguan córdoba", "NIO"),
    ("balboa", "PAB"),
    ("panamanian balboa", "PAB"),
    ("gourde", "HTG"),
    ("haitian gourde", "HTG"),
    ("aruban florin", "AWG"),
    ("netherlands antillean guilder", "ANG"),
    ("caribbean guilder", "XCG"),
    // Oceania.
    ("kina", "PGK"),
    ("papua new guinean kina", "PGK"),
    ("vatu", "VUV"),
    ("vanuatu vatu", "VUV"),
    ("tala", "WST"),
    ("samoan tala", "WST"),
    ("pa'anga", "TOP"),
    ("paʻanga", "TOP"),
    ("tongan pa'anga", "TOP"),
    ("tongan paʻanga", "TOP"),
    // The IMF's unit of account.
    ("special drawing right", "XDR"),
];

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
    ("ALL", Guard::Multiplier),      // all
    ("AMD", Guard::Multiplier),      // the chipmaker
    ("AWG", Guard::Multiplier),      // American wire gauge ("12 AWG")
    ("BAM", Guard::Multiplier),      // bam
    ("BD", Guard::Glued),            // Bangladesh, business development
    ("BOB", Guard::Multiplier),      // Bob
    ("BSD", Guard::Multiplier),      // the BSD licences ("BSD 3-clause")
    ("Br", Guard::Glued),            // Brother, British
    ("CFA", Guard::Multiplier),      // the CFA charter ("CFA Level 2")
    ("COP", Guard::Multiplier),      // the UN climate summits ("COP28", "COP 29")
    ("CRC", Guard::Multiplier),      // checksums ("CRC 32")
    ("CUP", Guard::Multiplier),      // cup
    ("CVE", Guard::Multiplier),      // vulnerability numbers ("CVE 2021")
    ("IRR", Guard::Multiplier),      // internal rate of return ("an IRR 12% higher")
    ("JD", Guard::Glued),            // JD Vance, Juris Doctor
    ("KD", Guard::Glued),            // knock-down, kill/death ratios
    ("KGS", Guard::Multiplier),      // kilograms ("500 KGS")
    ("LE", Guard::Multiplier),       // "LE" in capitals: limited edition, French "Le"
    ("MAD", Guard::Multiplier),      // mad, mutually assured destruction
    ("MK", Guard::GluedLarge),       // Mortal Kombat, Milton Keynes ("MK11")
    ("MOP", Guard::Multiplier),      // mop
    ("N", Guard::GluedLarge),        // "N95", "N2"
    ("NAD", Guard::Multiplier),      // NAD+, map datums ("NAD 83")
    ("NPR", Guard::Multiplier),      // National Public Radio
    ("P", Guard::GluedLarge),        // "the P5", "P450"
    ("PEN", Guard::Multiplier),      // pen
    ("PHP", Guard::Multiplier),      // the programming language ("PHP 8")
    ("QR", Guard::Glued),            // QR codes
    ("R", Guard::GluedLarge),        // "R2-D2", road and film ratings ("R1", "R 18")
    ("RM", Guard::Glued),            // Royal Marines, Real Madrid
    ("RO", Guard::Glued),            // reverse osmosis, Romania
    ("RON", Guard::Multiplier),      // Ron, petrol octane ("RON 95")
    ("SAR", Guard::Multiplier),      // Special Administrative Region, search and rescue
    ("SDG", Guard::Multiplier),      // the Sustainable Development Goals ("SDG 4")
    ("SOS", Guard::Multiplier),      // SOS
    ("SR", Guard::Glued),            // Senior, state routes
    ("SRD", Guard::Multiplier),      // South Africa's SRD grant
    ("Sh", Guard::Glued),            // "Sh!"
    ("TMT", Guard::Multiplier),      // the technology, media and telecoms sector
    ("TOP", Guard::Multiplier),      // top ("TOP 10")
    ("afghani", Guard::Lowercase),   // "Afghani" for Afghan
    ("balboa", Guard::Lowercase),    // Rocky Balboa, Balboa Park
    ("bolivar", Guard::Lowercase),   // Simón Bolívar and the places named after him
    ("bolívar", Guard::Lowercase),
    ("colón", Guard::Lowercase),     // Colón, Panama; Cristóbal Colón
    ("cordoba", Guard::Lowercase),   // Córdoba, Spain and Argentina
    ("córdoba", Guard::Lowercase),
    ("dobra", Guard::Lowercase),     // Dobra, a name
    ("dong", Guard::Lowercase),      // Dong, a Vietnamese and Chinese name
    ("dram", Guard::Multiplier),     // a dram of whisky
    ("guarani", Guard::Lowercase),   // the Guarani people and language
    ("guaraní", Guard::Lowercase),
    ("kina", Guard::Lowercase),      // Kina, a name
    ("kip", Guard::Multiplier),      // a kip, sleep
    ("lari", Guard::Lowercase),      // Lari, a name and a town
    ("lei", Guard::Lowercase),       // Lei, a Chinese name
    ("lek", Guard::Multiplier),      // a lek, where birds display
    ("lempira", Guard::Lowercase),   // Lempira, the Lenca leader
    ("leone", Guard::Lowercase),     // Sergio Leone
    ("lev", Guard::Lowercase),       // Lev, a name
    ("pound", Guard::Multiplier),    // the unit of weight
    ("pula", Guard::Lowercase),      // Pula, Croatia
    ("quetzal", Guard::Multiplier),  // the bird
    ("quetzales", Guard::Multiplier),
    ("rand", Guard::Lowercase),      // the RAND Corporation, Rand Paul, Ayn Rand
    ("riel", Guard::Lowercase),      // Louis Riel
    ("sol", Guard::Multiplier),      // the sun, a note, a Martian day
    ("soles", Guard::Multiplier),    // the soles of shoes
    ("som", Guard::Multiplier),      // a Scandinavian and Dutch word, a name
    ("somoni", Guard::Lowercase),    // Ismoil Somoni
    ("taka", Guard::Lowercase),      // Taka, a Japanese name
    ("tala", Guard::Lowercase),      // Tala, a name
    ("won", Guard::Multiplier),      // won a vote
];

/// A generic currency name or sign, written without saying whose ("$", "500 million
/// pesos", "20 million shillings", "Rs 5 crore"), and the currencies it may mean.
///
/// Such an amount is in (`amounts::local_currencies`):
/// 1. the one candidate written out elsewhere in the text ("PKR 8 billion", "Pakistani
///    rupees", "A$5m"), when only one is;
/// 2. else the candidate whose land ([`LANDS`]) the text names most, when at least twice
///    as often as any other candidate's (the default's land among them: an article that
///    names the United States as often as New Zealand keeps the US dollar);
/// 3. else the `default`.
///
/// A bracketed conversion right after an amount in the chosen currency ("A$10 billion
/// ($6.5 billion)") is not in that currency, but in the default; and for a `world`
/// default, so is an amount whose own sentence names other countries and not the chosen
/// one's ("officials in Tokyo estimate ... cost Japanese exporters $500 million" in an
/// Australian story): news gives money abroad in US dollars.
pub struct Local {
    /// What it is called, for messages.
    pub name: &'static str,
    /// Its forms, each an entry of [`SIGNS`], [`CODES`] or [`WORDS`] whose currency there
    /// is the `default`.
    pub written: &'static [&'static str],
    /// What it means when the text does not say.
    pub default: &'static str,
    /// The currencies it may mean, the default among them; each has an entry in [`LANDS`].
    pub candidates: &'static [&'static str],
    /// Whether the default is the money the news gives for the rest of the world (the US
    /// dollar): an amount in a sentence about other countries only is then the default.
    pub world: bool,
}

/// Every generic name. The defaults: the US dollar for "$" and "dollars" (the spec), the
/// Indian rupee, the pound sterling, the Swiss franc (the only franc of a large economy
/// outside the CFA zones), the Mexican peso (the most traded peso), the Kenyan shilling
/// (East Africa's largest economy and press), the Iraqi dinar (the dinar news writes
/// most), the Saudi riyal for "riyal" and the Iranian rial for "rial" (the spellings
/// those countries use), the UAE dirham, the Turkish lira, the South Korean won, the
/// Russian rouble, the Romanian leu, the Kyrgyz som (the spelling "som" is Kyrgyzstan's;
/// Uzbekistan writes "so'm"), the Azerbaijani manat, the Zambian kwacha, the Swedish
/// krona for "krona"/"kronor"/"kr" and the Norwegian krone for "krone"/"kroner", the West
/// African CFA franc (the larger zone), the Philippine peso for "P" (Botswana's pula is
/// "P" too) and the Ethiopian birr for "Br" (Belarus writes "Br" too).
///
/// Dollars whose own press writes "$" for them are candidates; Taiwan (whose press writes
/// "NT$", and whose name fills news about China), Liberia and Namibia (whose press writes
/// "L$"/"US$" and "N$") and Suriname are not: there a bare "$" is the US dollar.
pub const LOCAL_CURRENCIES: &[Local] = &[
    Local {
        name: "dollar",
        written: &["$", "dollar"],
        default: "USD",
        candidates: &[
            "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "BND", "JMD", "TTD", "BSD", "BBD", "BZD", "BMD", "KYD", "XCD",
            "GYD", "FJD", "SBD",
        ],
        world: true,
    },
    Local {
        name: "rupee",
        written: &["Rs", "Rs.", "₨", "rupee"],
        default: "INR",
        candidates: &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
        world: false,
    },
    Local {
        name: "peso",
        written: &["peso"],
        default: "MXN",
        candidates: &["MXN", "ARS", "PHP", "CLP", "COP", "UYU", "DOP", "CUP"],
        world: false,
    },
    Local {
        name: "shilling",
        written: &["shilling", "Sh", "Shs"],
        default: "KES",
        candidates: &["KES", "UGX", "TZS", "SOS"],
        world: false,
    },
    Local {
        name: "dinar",
        written: &["dinar"],
        default: "IQD",
        candidates: &["IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD"],
        world: false,
    },
    Local {
        name: "franc",
        written: &["franc"],
        default: "CHF",
        candidates: &["CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF", "XPF"],
        world: false,
    },
    Local {
        name: "CFA franc",
        written: &["cfa franc", "CFA", "FCFA"],
        default: "XOF",
        candidates: &["XOF", "XAF"],
        world: false,
    },
    Local {
        name: "krona",
        written: &["krona", "kronor", "kr", "kr."],
        default: "SEK",
        candidates: &["SEK", "ISK", "NOK", "DKK"],
        world: false,
    },
    Local {
        name: "krone",
        written: &["krone", "kroner"],
        default: "NOK",
        candidates: &["NOK", "DKK", "SEK", "ISK"],
        world: false,
    },
    Local {
        name: "pound",
        written: &["pound"],
        default: "GBP",
        candidates: &["GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "GIP", "FKP", "SHP"],
        world: false,
    },
    Local {
        name: "riyal",
        written: &["riyal"],
        default: "SAR",
        candidates: &["SAR", "QAR", "OMR", "YER", "IRR"],
        world: false,
    },
    Local {
        name: "rial",
        written: &["rial", "﷼"],
        default: "IRR",
        candidates: &["IRR", "OMR", "YER", "SAR", "QAR"],
        world: false,
    },
    Local {
        name: "dirham",
        written: &["dirham", "Dh", "Dhs"],
        default: "AED",
        candidates: &["AED", "MAD"],
        world: false,
    },
    Local {
        name: "lira",
        written: &["lira"],
        default: "TRY",
        candidates: &["TRY", "LBP", "SYP"],
        world: false,
    },
    Local {
        name: "won",
        written: &["won"],
        default: "KRW",
        candidates: &["KRW", "KPW"],
        world: false,
    },
    Local {
        name: "rouble",
        written: &["rouble", "ruble"],
        default: "RUB",
        candidates: &["RUB", "BYN"],
        world: false,
    },
    Local {
        name: "leu",
        written: &["leu", "lei"],
        default: "RON",
        candidates: &["RON", "MDL"],
        world: false,
    },
    Local {
        name: "som",
        written: &["som"],
        default: "KGS",
        candidates: &["KGS", "UZS"],
        world: false,
    },
    Local {
        name: "manat",
        written: &["manat"],
        default: "AZN",
        candidates: &["AZN", "TMT"],
        world: false,
    },
    Local {
        name: "kwacha",
        written: &["kwacha"],
        default: "ZMW",
        candidates: &["ZMW", "MWK"],
        world: false,
    },
    Local {
        name: "P",
        written: &["P"],
        default: "PHP",
        candidates: &["PHP", "BWP"],
        world: false,
    },
    Local {
        name: "Br",
        written: &["Br"],
        default: "ETB",
        candidates: &["ETB", "BYN"],
        world: false,
    },
];

/// The lands of the candidates of [`LOCAL_CURRENCIES`]: each currency with the words that
/// show a text is about a place that uses it (names, demonyms, capitals and main cities),
/// matched case-sensitively as whole words; at one place the longest wins ("New South
/// Wales" is Australia's, not Britain's; "South Sudan" is not Sudan). The US dollar's
/// land takes in the other countries that use it, so that their news keeps it.
pub const LANDS: &[(&str, &[&str])] = &[
    (
        "USD",
        &[
            "United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington",
            "White House", "Pentagon", "Wall Street", "New York", "Los Angeles", "Chicago", "Houston", "New Mexico",
            "New England", "Ecuador", "Ecuadorian", "El Salvador", "Salvadoran", "Panama", "Panamanian",
            "Puerto Rico", "Timor-Leste", "East Timor", "Zimbabwe", "Zimbabwean", "Harare",
        ],
    ),
    (
        "CAD",
        &[
            "Canada", "Canadian", "Canadians", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton",
            "Winnipeg", "Quebec", "Ontario", "Alberta", "British Columbia", "Manitoba", "Saskatchewan",
            "Nova Scotia", "New Brunswick", "Newfoundland",
        ],
    ),
    (
        "AUD",
        &[
            "Australia", "Australian", "Australians", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth",
            "Adelaide", "Hobart", "Darwin", "New South Wales", "Queensland", "Tasmania", "Nauru", "Kiribati",
            "Tuvalu",
        ],
    ),
    (
        "NZD",
        &["New Zealand", "New Zealander", "New Zealanders", "Aotearoa", "Wellington", "Auckland", "Christchurch"],
    ),
    ("HKD", &["Hong Kong", "Hongkongers", "Kowloon"]),
    ("SGD", &["Singapore", "Singaporean", "Singaporeans"]),
    ("BND", &["Brunei", "Bruneian", "Bandar Seri Begawan"]),
    ("JMD", &["Jamaica", "Jamaican", "Jamaicans", "Kingston"]),
    ("TTD", &["Trinidad and Tobago", "Trinidad", "Tobago", "Trinidadian", "Port of Spain"]),
    ("BSD", &["Bahamas", "Bahamian", "Bahamians", "Nassau"]),
    ("BBD", &["Barbados", "Barbadian", "Barbadians", "Bajan", "Bridgetown"]),
    ("BZD", &["Belize", "Belizean", "Belmopan"]),
    ("BMD", &["Bermuda", "Bermudian", "Bermudians"]),
    ("KYD", &["Cayman Islands", "Caymanian", "Caymanians"]),
    (
        "XCD",
        &[
            "Antigua and Barbuda", "Antigua", "Dominica", "Grenada", "Saint Kitts and Nevis", "St Kitts",
            "St. Kitts", "Saint Lucia", "St Lucia", "St. Lucia", "Saint Vincent and the Grenadines", "St Vincent",
            "St. Vincent", "Anguilla", "Montserrat", "Eastern Caribbean",
        ],
    ),
    ("GYD", &["Guyana", "Guyanese", "Georgetown"]),
    ("FJD", &["Fiji", "Fijian", "Fijians", "Suva"]),
    ("SBD", &["Solomon Islands", "Solomon Islanders", "Honiara"]),
    (
        "INR",
        &[
            "India", "Indian", "Indians", "Delhi", "New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru",
            "Bangalore",
        ],
    ),
    (
        "PKR",
        &[
            "Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi", "Lahore", "Rawalpindi", "Peshawar",
            "Quetta", "Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Faisalabad", "Multan",
        ],
    ),
    ("LKR", &["Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo", "Kandy"]),
    ("NPR", &["Nepal", "Nepali", "Nepalese", "Kathmandu", "Pokhara"]),
    ("MUR", &["Mauritius", "Mauritian", "Mauritians", "Port Louis"]),
    ("SCR", &["Seychelles", "Seychellois"]),
    (
        "MXN",
        &["Mexico", "Mexican", "Mexicans", "Mexico City", "Guadalajara", "Monterrey", "Tijuana"],
    ),
    ("ARS", &["Argentina", "Argentine", "Argentinian", "Argentines", "Argentinians", "Buenos Aires"]),
    (
        "PHP",
        &[
            "Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Quezon City", "Cebu", "Davao",
            "Mindanao",
        ],
    ),
    ("CLP", &["Chile", "Chilean", "Chileans", "Santiago", "Valparaiso", "Valparaíso"]),
    ("COP", &["Colombia", "Colombian", "Colombians", "Bogota", "Bogotá", "Medellin", "Medellín"]),
    ("UYU", &["Uruguay", "Uruguayan", "Uruguayans", "Montevideo"]),
    ("DOP", &["Dominican Republic", "Dominican", "Dominicans", "Santo Domingo"]),
    ("CUP", &["Cuba", "Cuban", "Cubans", "Havana"]),
    ("KES", &["Kenya", "Kenyan", "Kenyans", "Nairobi", "Mombasa", "Kisumu"]),
    ("UGX", &["Uganda", "Ugandan", "Ugandans", "Kampala", "Entebbe"]),
    ("TZS", &["Tanzania", "Tanzanian", "Tanzanians", "Dodoma", "Dar es Salaam", "Zanzibar"]),
    ("SOS", &["Somalia", "Somali", "Somalis", "Mogadishu"]),
    ("IQD", &["Iraq", "Iraqi", "Iraqis", "Baghdad", "Basra", "Mosul", "Erbil"]),
    ("KWD", &["Kuwait", "Kuwaiti", "Kuwaitis"]),
    ("JOD", &["Jordan", "Jordanian", "Jordanians", "Amman"]),
    ("BHD", &["Bahrain", "Bahraini", "Bahrainis", "Manama"]),
    ("LYD", &["Libya", "Libyan", "Libyans", "Tripoli", "Benghazi", "Misrata"]),
    ("TND", &["Tunisia", "Tunisian", "Tunisians", "Tunis", "Sfax"]),
    ("DZD", &["Algeria", "Algerian", "Algerians", "Algiers", "Oran"]),
    ("RSD", &["Serbia", "Serbian", "Serbians", "Serbs", "Belgrade", "Novi Sad"]),
    (
        "CHF",
        &[
            "Switzerland", "Swiss", "Bern", "Berne", "Zurich", "Zürich", "Geneva", "Basel", "Lausanne",
            "Liechtenstein",
        ],
    ),
    (
        "XOF",
        &[
            "Senegal", "Senegalese", "Dakar", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Ivorian",
            "Ivorians", "Abidjan", "Mali", "Malian", "Malians", "Bamako", "Burkina Faso", "Burkinabe", "Ouagadougou",
            "Niger", "Nigerien", "Niamey", "Benin", "Beninese", "Cotonou", "Togo", "Togolese", "Lome", "Lomé",
            "Guinea-Bissau", "Bissau", "West Africa", "West African",
        ],
    ),
    (
        "XAF",
        &[
            "Cameroon", "Cameroonian", "Cameroonians", "Yaounde", "Yaoundé", "Douala", "Gabon", "Gabonese",
            "Libreville", "Chad", "Chadian", "Chadians", "N'Djamena", "Central African Republic", "Bangui",
            "Equatorial Guinea", "Malabo", "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville",
            "Brazzaville", "Central Africa", "Central African",
        ],
    ),
    (
        "CDF",
        &[
            "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "Congo",
            "Congolese", "Kinshasa", "Goma", "Lubumbashi",
        ],
    ),
    ("GNF", &["Guinea", "Guinean", "Guineans", "Conakry"]),
    ("RWF", &["Rwanda", "Rwandan", "Rwandans", "Kigali"]),
    ("BIF", &["Burundi", "Burundian", "Burundians", "Bujumbura", "Gitega"]),
    ("DJF", &["Djibouti", "Djiboutian", "Djiboutians"]),
    ("KMF", &["Comoros", "Comorian", "Comorians", "Moroni"]),
    ("XPF", &["New Caledonia", "Noumea", "Nouméa", "French Polynesia", "Tahiti", "Papeete", "Wallis and Futuna"]),
    ("SEK", &["Sweden", "Swedish", "Swedes", "Stockholm", "Gothenburg", "Malmo", "Malmö"]),
    ("ISK", &["Iceland", "Icelandic", "Icelanders", "Reykjavik", "Reykjavík"]),
    ("NOK", &["Norway", "Norwegian", "Norwegians", "Oslo", "Bergen"]),
    ("DKK", &["Denmark", "Danish", "Danes", "Copenhagen", "Aarhus", "Greenland", "Nuuk", "Faroe Islands"]),
    (
        "GBP",
        &[
            "United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "Britons", "England",
            "Scotland", "Scottish", "Wales", "Welsh", "Northern Ireland", "London", "Manchester", "Edinburgh",
            "Glasgow", "Cardiff", "Belfast", "Westminster", "Downing Street",
        ],
    ),
    ("EGP", &["Egypt", "Egyptian", "Egyptians", "Cairo", "Alexandria", "Giza"]),
    ("LBP", &["Lebanon", "Lebanese", "Beirut"]),
    ("SYP", &["Syria", "Syrian", "Syrians", "Damascus", "Aleppo", "Homs"]),
    ("SDG", &["Sudan", "Sudanese", "Khartoum", "Port Sudan", "Omdurman", "Darfur"]),
    ("SSP", &["South Sudan", "South Sudanese", "Juba"]),
    ("GIP", &["Gibraltar", "Gibraltarian", "Gibraltarians"]),
    ("FKP", &["Falkland Islands", "Falklands", "Falkland Islanders"]),
    ("SHP", &["Saint Helena", "St Helena", "St. Helena"]),
    ("SAR", &["Saudi Arabia", "Saudi", "Saudis", "Riyadh", "Jeddah", "Mecca", "Medina"]),
    ("QAR", &["Qatar", "Qatari", "Qataris", "Doha"]),
    ("OMR", &["Oman", "Omani", "Omanis", "Muscat"]),
    ("YER", &["Yemen", "Yemeni", "Yemenis", "Sanaa", "Sana'a", "Aden", "Hodeidah"]),
    ("IRR", &["Iran", "Iranian", "Iranians", "Tehran", "Isfahan", "Mashhad", "Tabriz"]),
    (
        "AED",
        &[
            "United Arab Emirates", "UAE", "U.A.E.", "Emirati", "Emiratis", "Abu Dhabi", "Dubai", "Sharjah",
        ],
    ),
    (
        "MAD",
        &["Morocco", "Moroccan", "Moroccans", "Rabat", "Casablanca", "Marrakech", "Marrakesh", "Tangier"],
    ),
    ("TRY", &["Turkey", "Turkish", "Turks", "Türkiye", "Turkiye", "Ankara", "Istanbul", "Izmir"]),
    (
        "KRW",
        &["South Korea", "South Korean", "South Koreans", "Korea", "Korean", "Koreans", "Seoul", "Busan"],
    ),
    ("KPW", &["North Korea", "North Korean", "North Koreans", "Pyongyang", "DPRK"]),
    (
        "RUB",
        &[
            "Russia", "Russian", "Russians", "Moscow", "St Petersburg", "St. Petersburg", "Saint Petersburg",
            "Kremlin",
        ],
    ),
    ("BYN", &["Belarus", "Belarusian", "Belarusians", "Minsk"]),
    ("RON", &["Romania", "Romanian", "Romanians", "Bucharest", "Cluj"]),
    ("MDL", &["Moldova", "Moldovan", "Moldovans", "Chisinau", "Chișinău"]),
    ("KGS", &["Kyrgyzstan", "Kyrgyz", "Bishkek"]),
    ("UZS", &["Uzbekistan", "Uzbek", "Uzbeks", "Tashkent", "Samarkand"]),
    ("AZN", &["Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Baku"]),
    ("TMT", &["Turkmenistan", "Turkmen", "Ashgabat"]),
    ("ZMW", &["Zambia", "Zambian", "Zambians", "Lusaka"]),
    ("MWK", &["Malawi", "Malawian", "Malawians", "Lilongwe", "Blantyre"]),
    ("BWP", &["Botswana", "Motswana", "Batswana", "Gaborone"]),
    ("ETB", &["Ethiopia", "Ethiopian", "Ethiopians", "Addis Ababa"]),
];

/// Every word of [`LANDS`] with the index of its land there, one list for look-ups.
pub const LAND_WORDS: [(&str, u16); land_word_count()] = land_words();

const fn land_word_count() -> usize {
    let (mut n, mut i) = (0, 0);
    while i < LANDS.len() {
        n += LANDS[i].1.len();
        i += 1;
    }
    n
}

const fn land_words<const N: usize>() -> [(&'static str, u16); N] {
    let mut out = [("", 0u16); N];
    let (mut n, mut i) = (0, 0);
    while i < LANDS.len() {
        let mut j = 0;
        while j < LANDS[i].1.len() {
            out[n] = (LANDS[i].1[j], i as u16);
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every alphabetic code of ISO 4217 in use (list one, as of 2025), and the ones left
    /// out of [`CODES`] on purpose.
    const ISO_4217: &[&str] = &[
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
        "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
        "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP",
        "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL",
        "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
        "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD",
        "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
        "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF",
        "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
        "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU",
        "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD",
        "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
    ];
    /// `USN`: the US Navy in text, and a next-day fund code no one writes as money. The
    /// rest are metals, bond units, the ALBA sucre, the ADB unit, and test and no-currency
    /// codes: none is money in circulation.
    const LEFT_OUT: &[&str] =
        &["USN", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"];

    fn code_of(written: &str) -> Option<&'static str> {
        SIGNS.iter().chain(CODES).chain(WORDS).find(|(w, _)| *w == written).map(|(_, c)| *c)
    }

    #[test]
    fn every_active_code_is_read_or_left_out_on_purpose() {
        for code in ISO_4217 {
            let read = CODES.iter().any(|(w, c)| w == code && c == code);
            assert!(read != LEFT_OUT.contains(code), "{code}: read {read}");
        }
        // Every currency the tables give is an ISO code (or one withdrawn lately).
        let withdrawn = ["HRK", "SLL", "ZWL", "BGN"];
        for (w, c) in SIGNS.iter().chain(CODES).chain(WORDS) {
            assert!(ISO_4217.contains(c) || withdrawn.contains(c), "{w}: {c}");
            assert!(!LEFT_OUT.contains(c), "{w}: {c}");
        }
    }

    #[test]
    fn entries_are_unique_and_well_formed() {
        for (name, table) in [("SIGNS", SIGNS), ("CODES", CODES), ("WORDS", WORDS)] {
            for (i, (w, _)) in table.iter().enumerate() {
                assert!(!w.is_empty() && !table[..i].iter().any(|(v, _)| v == w), "{name}: {w:?} twice");
            }
        }
        for (w, _) in WORDS {
            assert_eq!(*w, w.to_lowercase(), "WORDS are lower case: {w}");
            assert!(w.as_bytes()[0].is_ascii_alphabetic(), "{w}");
        }
        // A code is letters (and a closing dot), read as a whole word; a sign ends in a
        // symbol, so that "$5" and "5 €" are glued or spaced alike.
        for (w, _) in CODES {
            assert!(w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.'), "CODES: {w}");
        }
        for (w, _) in SIGNS {
            assert!(!w.chars().last().unwrap().is_ascii_alphanumeric(), "SIGNS: {w}");
        }
        // Signs, codes and words never overlap (codes are case-sensitive, words are not).
        for (w, _) in SIGNS.iter().chain(CODES) {
            assert!(!WORDS.iter().any(|(v, _)| v == w), "{w}");
        }
    }

    #[test]
    fn guards_name_entries() {
        for (w, g) in GUARDS.iter() {
            let code = CODES.iter().any(|(v, _)| *v == w);
            let word = WORDS.iter().any(|(v, _)| *v == w);
            assert!(code || word, "{w} is no code or word");
            // Glued guards are for codes written before the number; the case guard is for words.
            match g {
                Guard::Glued | Guard::GluedLarge => assert!(code, "{w}"),
                Guard::Lowercase => assert!(word, "{w}"),
                Guard::Multiplier => {}
            }
        }
    }

    #[test]
    fn local_currencies_are_consistent() {
        for l in LOCAL_CURRENCIES {
            assert!(l.candidates.contains(&l.default), "{}: the default is a candidate", l.name);
            for w in l.written {
                assert_eq!(code_of(w), Some(l.default), "{}: {w} is an entry with the default", l.name);
                let families = LOCAL_CURRENCIES.iter().filter(|m| m.written.contains(w)).count();
                assert_eq!(families, 1, "{w} is in one family");
            }
            for c in l.candidates {
                assert!(LANDS.iter().any(|(d, _)| d == c), "{}: {c} has no land", l.name);
            }
        }
        for (i, (c, words)) in LANDS.iter().enumerate() {
            assert!(!LANDS[..i].iter().any(|(d, _)| d == c), "{c} twice");
            assert!(LOCAL_CURRENCIES.iter().any(|l| l.candidates.contains(c)), "{c} is no candidate");
            for w in *words {
                assert!(w.as_bytes()[0].is_ascii_uppercase(), "{c}: {w}");
                let lands = LANDS.iter().filter(|(_, v)| v.contains(w)).count();
                assert_eq!(lands, 1, "{w} is in one land");
            }
        }
    }
}