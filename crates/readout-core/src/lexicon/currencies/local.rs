//! Generic names ("$", "pesos", "Rs") and the countries whose money they may be.

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
    /// Its forms, each an entry of [`super::SIGNS`], [`super::CODES`] or [`super::WORDS`] whose currency there
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
        // The dollar.
        written: &["$", "dollar"],
        default: "USD",
        candidates: &[
            "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "BND", "JMD", "TTD", "BSD", "BBD", "BZD", "BMD", "KYD", "XCD",
            "GYD", "FJD", "SBD",
        ],
        world: true,
    },
    Local {
        // The rupee.
        written: &["Rs", "Rs.", "₨", "rupee"],
        default: "INR",
        candidates: &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
        world: false,
    },
    Local {
        // The peso.
        written: &["peso"],
        default: "MXN",
        candidates: &["MXN", "ARS", "PHP", "CLP", "COP", "UYU", "DOP", "CUP"],
        world: false,
    },
    Local {
        // The shilling.
        written: &["shilling", "Sh", "Shs"],
        default: "KES",
        candidates: &["KES", "UGX", "TZS", "SOS"],
        world: false,
    },
    Local {
        // The dinar.
        written: &["dinar"],
        default: "IQD",
        candidates: &["IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD"],
        world: false,
    },
    Local {
        // The franc.
        written: &["franc"],
        default: "CHF",
        candidates: &["CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF", "XPF"],
        world: false,
    },
    Local {
        // The CFA franc.
        written: &["cfa franc", "CFA", "FCFA"],
        default: "XOF",
        candidates: &["XOF", "XAF"],
        world: false,
    },
    Local {
        // The krona.
        written: &["krona", "kronor", "kr", "kr."],
        default: "SEK",
        candidates: &["SEK", "ISK", "NOK", "DKK"],
        world: false,
    },
    Local {
        // The krone.
        written: &["krone", "kroner"],
        default: "NOK",
        candidates: &["NOK", "DKK", "SEK", "ISK"],
        world: false,
    },
    Local {
        // The pound.
        written: &["pound"],
        default: "GBP",
        candidates: &["GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "GIP", "FKP", "SHP"],
        world: false,
    },
    Local {
        // The riyal.
        written: &["riyal"],
        default: "SAR",
        candidates: &["SAR", "QAR", "OMR", "YER", "IRR"],
        world: false,
    },
    Local {
        // The rial.
        written: &["rial", "﷼"],
        default: "IRR",
        candidates: &["IRR", "OMR", "YER", "SAR", "QAR"],
        world: false,
    },
    Local {
        // The dirham.
        written: &["dirham", "Dh", "Dhs"],
        default: "AED",
        candidates: &["AED", "MAD"],
        world: false,
    },
    Local {
        // The lira.
        written: &["lira"],
        default: "TRY",
        candidates: &["TRY", "LBP", "SYP"],
        world: false,
    },
    Local {
        // The won.
        written: &["won"],
        default: "KRW",
        candidates: &["KRW", "KPW"],
        world: false,
    },
    Local {
        // The rouble.
        written: &["rouble", "ruble"],
        default: "RUB",
        candidates: &["RUB", "BYN"],
        world: false,
    },
    Local {
        // The leu.
        written: &["leu", "lei"],
        default: "RON",
        candidates: &["RON", "MDL"],
        world: false,
    },
    Local {
        // The som.
        written: &["som"],
        default: "KGS",
        candidates: &["KGS", "UZS"],
        world: false,
    },
    Local {
        // The manat.
        written: &["manat"],
        default: "AZN",
        candidates: &["AZN", "TMT"],
        world: false,
    },
    Local {
        // The kwacha.
        written: &["kwacha"],
        default: "ZMW",
        candidates: &["ZMW", "MWK"],
        world: false,
    },
    Local {
        // The P.
        written: &["P"],
        default: "PHP",
        candidates: &["PHP", "BWP"],
        world: false,
    },
    Local {
        // The Br.
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
            "United States",
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
            "America",
            "American",
            "Americans",
            "Washington",
            "White House",
            "Pentagon",
            "Wall Street",
            "New York",
            "Los Angeles",
            "Chicago",
            "Houston",
            "New Mexico",
            "New England",
            "Ecuador",
            "Ecuadorian",
            "El Salvador",
            "Salvadoran",
            "Panama",
            "Panamanian",
            "Puerto Rico",
            "Timor-Leste",
            "East Timor",
            "Zimbabwe",
            "Zimbabwean",
            "Harare",
        ],
    ),
    (
        "CAD",
        &[
            "Canada",
            "Canadian",
            "Canadians",
            "Ottawa",
            "Toronto",
            "Montreal",
            "Vancouver",
            "Calgary",
            "Edmonton",
            "Winnipeg",
            "Quebec",
            "Ontario",
            "Alberta",
            "British Columbia",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
            "Newfoundland",
        ],
    ),
    (
        "AUD",
        &[
            "Australia",
            "Australian",
            "Australians",
            "Canberra",
            "Sydney",
            "Melbourne",
            "Brisbane",
            "Perth",
            "Adelaide",
            "Hobart",
            "Darwin",
            "New South Wales",
            "Queensland",
            "Tasmania",
            "Nauru",
            "Kiribati",
            "Tuvalu",
        ],
    ),
    ("NZD", &["New Zealand", "New Zealander", "New Zealanders", "Aotearoa", "Wellington", "Auckland", "Christchurch"]),
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
            "Antigua and Barbuda",
            "Antigua",
            "Dominica",
            "Grenada",
            "Saint Kitts and Nevis",
            "St Kitts",
            "St. Kitts",
            "Saint Lucia",
            "St Lucia",
            "St. Lucia",
            "Saint Vincent and the Grenadines",
            "St Vincent",
            "St. Vincent",
            "Anguilla",
            "Montserrat",
            "Eastern Caribbean",
        ],
    ),
    ("GYD", &["Guyana", "Guyanese", "Georgetown"]),
    ("FJD", &["Fiji", "Fijian", "Fijians", "Suva"]),
    ("SBD", &["Solomon Islands", "Solomon Islanders", "Honiara"]),
    (
        "INR",
        &["India", "Indian", "Indians", "Delhi", "New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore"],
    ),
    (
        "PKR",
        &[
            "Pakistan",
            "Pakistani",
            "Pakistanis",
            "Islamabad",
            "Karachi",
            "Lahore",
            "Rawalpindi",
            "Peshawar",
            "Quetta",
            "Sindh",
            "Balochistan",
            "Khyber Pakhtunkhwa",
            "Faisalabad",
            "Multan",
        ],
    ),
    ("LKR", &["Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo", "Kandy"]),
    ("NPR", &["Nepal", "Nepali", "Nepalese", "Kathmandu", "Pokhara"]),
    ("MUR", &["Mauritius", "Mauritian", "Mauritians", "Port Louis"]),
    ("SCR", &["Seychelles", "Seychellois"]),
    ("MXN", &["Mexico", "Mexican", "Mexicans", "Mexico City", "Guadalajara", "Monterrey", "Tijuana"]),
    ("ARS", &["Argentina", "Argentine", "Argentinian", "Argentines", "Argentinians", "Buenos Aires"]),
    (
        "PHP",
        &["Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Quezon City", "Cebu", "Davao", "Mindanao"],
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
        &["Switzerland", "Swiss", "Bern", "Berne", "Zurich", "Zürich", "Geneva", "Basel", "Lausanne", "Liechtenstein"],
    ),
    (
        "XOF",
        &[
            "Senegal",
            "Senegalese",
            "Dakar",
            "Ivory Coast",
            "Côte d'Ivoire",
            "Cote d'Ivoire",
            "Ivorian",
            "Ivorians",
            "Abidjan",
            "Mali",
            "Malian",
            "Malians",
            "Bamako",
            "Burkina Faso",
            "Burkinabe",
            "Ouagadougou",
            "Niger",
            "Nigerien",
            "Niamey",
            "Benin",
            "Beninese",
            "Cotonou",
            "Togo",
            "Togolese",
            "Lome",
            "Lomé",
            "Guinea-Bissau",
            "Bissau",
            "West Africa",
            "West African",
        ],
    ),
    (
        "XAF",
        &[
            "Cameroon",
            "Cameroonian",
            "Cameroonians",
            "Yaounde",
            "Yaoundé",
            "Douala",
            "Gabon",
            "Gabonese",
            "Libreville",
            "Chad",
            "Chadian",
            "Chadians",
            "N'Djamena",
            "Central African Republic",
            "Bangui",
            "Equatorial Guinea",
            "Malabo",
            "Republic of Congo",
            "Republic of the Congo",
            "Congo-Brazzaville",
            "Brazzaville",
            "Central Africa",
            "Central African",
        ],
    ),
    (
        "CDF",
        &[
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            "DR Congo",
            "DRC",
            "Congo",
            "Congolese",
            "Kinshasa",
            "Goma",
            "Lubumbashi",
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
            "United Kingdom",
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "British",
            "Briton",
            "Britons",
            "England",
            "Scotland",
            "Scottish",
            "Wales",
            "Welsh",
            "Northern Ireland",
            "London",
            "Manchester",
            "Edinburgh",
            "Glasgow",
            "Cardiff",
            "Belfast",
            "Westminster",
            "Downing Street",
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
    ("AED", &["United Arab Emirates", "UAE", "U.A.E.", "Emirati", "Emiratis", "Abu Dhabi", "Dubai", "Sharjah"]),
    ("MAD", &["Morocco", "Moroccan", "Moroccans", "Rabat", "Casablanca", "Marrakech", "Marrakesh", "Tangier"]),
    ("TRY", &["Turkey", "Turkish", "Turks", "Türkiye", "Turkiye", "Ankara", "Istanbul", "Izmir"]),
    ("KRW", &["South Korea", "South Korean", "South Koreans", "Korea", "Korean", "Koreans", "Seoul", "Busan"]),
    ("KPW", &["North Korea", "North Korean", "North Koreans", "Pyongyang", "DPRK"]),
    (
        "RUB",
        &["Russia", "Russian", "Russians", "Moscow", "St Petersburg", "St. Petersburg", "Saint Petersburg", "Kremlin"],
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
