//! Currency signs, codes and words, and the guards on those that are also English words or
//! abbreviations. Read by `crate::amounts`.
//!
//! Every ISO 4217 currency in circulation is read by its code and its English name;
//! those with a sign or local abbreviation that English-language news writes, by that
//! too. What is left out, and why, is said where it would go (and `tests::ISO_4217`
//! lists every active code with the few left out).

use super::Table;
use crate::table;

/// Signs: symbols, and letters ending in a symbol ("US$", "GH₵", "Kč"), before or after a
/// number, glued or spaced ("$5", "US$1.5m", "500 €"). Case-sensitive; the longest sign wins
/// ("US$" over "$"). A bare `$` is the US dollar.
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
/// match wins. A generic name ("dollar", "peso", "shilling", "dinar") is read as the
/// currency most news means by it. Words that are also English words are in [`GUARDS`].
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

/// Entries of [`SIGNS`], [`CODES`] and [`WORDS`] that write a rupee without saying whose
/// ("Rs 500", "₨500", "500 rupees"): such an amount is in the rupee of the country the text
/// is about ([`RUPEE_LANDS`]); the table's `INR` is the default.
pub const BARE_RUPEES: &[&str] = &["Rs", "Rs.", "₨", "rupee"];

/// The countries whose currency is called the rupee, with the words that show a text is
/// about one of them: its name, people and main cities, matched case-insensitively as
/// whole words ("Pakistan's" counts as "pakistan").
pub const RUPEE_LANDS: &[(&str, &[&str])] = &[
    ("INR", &["india", "indian", "indians", "delhi", "mumbai", "kolkata", "chennai", "bengaluru"]),
    (
        "PKR",
        &["pakistan", "pakistani", "pakistanis", "islamabad", "karachi", "lahore", "rawalpindi", "peshawar", "quetta", "sindh", "balochistan"],
    ),
    ("LKR", &["sri lanka", "sri lankan", "sri lankans", "colombo"]),
    ("NPR", &["nepal", "nepali", "nepalese", "kathmandu"]),
];

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
}
