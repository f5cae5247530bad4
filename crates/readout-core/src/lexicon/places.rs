//! Countries and the words that stand for them (names, short forms, demonyms, capitals
//! used as metonyms). Titles use them ("Ukraine's President", "the Ukrainian leader") and
//! they keep place names from being taken for people.

use super::Table;
use crate::words;

/// (word or phrase as written, the country it stands for), in byte order. Case-sensitive.
pub const COUNTRY_WORDS: Table<&str> = Table::new(&[
    ("Abuja", "Nigeria"), ("Afghan", "Afghanistan"), ("Afghanistan", "Afghanistan"),
    ("America", "United States"), ("American", "United States"), ("Ankara", "Turkey"),
    ("Argentina", "Argentina"), ("Argentine", "Argentina"), ("Argentinian", "Argentina"), ("Athens", "Greece"),
    ("Australia", "Australia"), ("Australian", "Australia"), ("Austria", "Austria"), ("Austrian", "Austria"),
    ("Baghdad", "Iraq"), ("Beijing", "China"), ("Belarus", "Belarus"), ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"), ("Belgium", "Belgium"), ("Berlin", "Germany"), ("Brazil", "Brazil"),
    ("Brazilian", "Brazil"), ("Britain", "United Kingdom"), ("British", "United Kingdom"),
    ("Brussels", "Belgium"), ("Budapest", "Hungary"), ("Cairo", "Egypt"), ("Canada", "Canada"),
    ("Canadian", "Canada"), ("Canberra", "Australia"), ("China", "China"), ("Chinese", "China"),
    ("Czech", "Czech Republic"), ("Czech Republic", "Czech Republic"), ("Damascus", "Syria"),
    ("Danish", "Denmark"), ("Delhi", "India"), ("Denmark", "Denmark"), ("Dublin", "Ireland"),
    ("Dutch", "Netherlands"), ("Egypt", "Egypt"), ("Egyptian", "Egypt"), ("Emirati", "United Arab Emirates"),
    ("England", "United Kingdom"), ("English", "United Kingdom"), ("Estonia", "Estonia"),
    ("Estonian", "Estonia"), ("Finland", "Finland"), ("Finnish", "Finland"), ("France", "France"),
    ("French", "France"), ("Georgia", "Georgia"), ("Georgian", "Georgia"), ("German", "Germany"),
    ("Germany", "Germany"), ("Greece", "Greece"), ("Greek", "Greece"), ("Hanoi", "Vietnam"),
    ("Hungarian", "Hungary"), ("Hungary", "Hungary"), ("India", "India"), ("Indian", "India"),
    ("Indonesia", "Indonesia"), ("Indonesian", "Indonesia"), ("Iran", "Iran"), ("Iranian", "Iran"),
    ("Iraq", "Iraq"), ("Iraqi", "Iraq"), ("Ireland", "Ireland"), ("Irish", "Ireland"),
    ("Islamabad", "Pakistan"), ("Israel", "Israel"), ("Israeli", "Israel"), ("Italian", "Italy"),
    ("Italy", "Italy"), ("Jakarta", "Indonesia"), ("Japan", "Japan"), ("Japanese", "Japan"),
    ("Jerusalem", "Israel"), ("Jordan", "Jordan"), ("Jordanian", "Jordan"), ("Kazakh", "Kazakhstan"),
    ("Kazakhstan", "Kazakhstan"), ("Kenya", "Kenya"), ("Kenyan", "Kenya"), ("Kiev", "Ukraine"),
    ("Korea", "South Korea"), ("Korean", "South Korea"), ("Kyiv", "Ukraine"), ("Latvia", "Latvia"),
    ("Latvian", "Latvia"), ("Lisbon", "Portugal"), ("Lithuania", "Lithuania"), ("Lithuanian", "Lithuania"),
    ("London", "United Kingdom"), ("Madrid", "Spain"), ("Mexican", "Mexico"), ("Mexico", "Mexico"),
    ("Minsk", "Belarus"), ("Moldova", "Moldova"), ("Moldovan", "Moldova"), ("Moscow", "Russia"),
    ("Nairobi", "Kenya"), ("Netherlands", "Netherlands"), ("New Delhi", "India"),
    ("New Zealand", "New Zealand"), ("Nigeria", "Nigeria"), ("Nigerian", "Nigeria"),
    ("North Korea", "North Korea"), ("North Korean", "North Korea"), ("Norway", "Norway"),
    ("Norwegian", "Norway"), ("Oslo", "Norway"), ("Ottawa", "Canada"), ("Pakistan", "Pakistan"),
    ("Pakistani", "Pakistan"), ("Paris", "France"), ("Poland", "Poland"), ("Polish", "Poland"),
    ("Portugal", "Portugal"), ("Portuguese", "Portugal"), ("Prague", "Czech Republic"),
    ("Pretoria", "South Africa"), ("Pyongyang", "North Korea"), ("Qatar", "Qatar"), ("Qatari", "Qatar"),
    ("Riyadh", "Saudi Arabia"), ("Romania", "Romania"), ("Romanian", "Romania"), ("Rome", "Italy"),
    ("Russia", "Russia"), ("Russian", "Russia"), ("Russian Federation", "Russia"), ("Saudi", "Saudi Arabia"),
    ("Saudi Arabia", "Saudi Arabia"), ("Scotland", "United Kingdom"), ("Scottish", "United Kingdom"),
    ("Seoul", "South Korea"), ("Serbia", "Serbia"), ("Serbian", "Serbia"), ("Slovak", "Slovakia"),
    ("Slovakia", "Slovakia"), ("South Africa", "South Africa"), ("South African", "South Africa"),
    ("South Korea", "South Korea"), ("South Korean", "South Korea"), ("Spain", "Spain"), ("Spanish", "Spain"),
    ("Stockholm", "Sweden"), ("Sweden", "Sweden"), ("Swedish", "Sweden"), ("Swiss", "Switzerland"),
    ("Switzerland", "Switzerland"), ("Syria", "Syria"), ("Syrian", "Syria"), ("Taipei", "Taiwan"),
    ("Taiwan", "Taiwan"), ("Taiwanese", "Taiwan"), ("Tbilisi", "Georgia"), ("Tehran", "Iran"),
    ("Tokyo", "Japan"), ("Tunisia", "Tunisia"), ("Tunisian", "Tunisia"), ("Turkey", "Turkey"),
    ("Turkish", "Turkey"), ("Türkiye", "Turkey"), ("U.K.", "United Kingdom"), ("U.S.", "United States"),
    ("U.S.A.", "United States"), ("UAE", "United Arab Emirates"), ("UK", "United Kingdom"),
    ("US", "United States"), ("USA", "United States"), ("Ukraine", "Ukraine"), ("Ukrainian", "Ukraine"),
    ("United Arab Emirates", "United Arab Emirates"), ("United Kingdom", "United Kingdom"),
    ("United States", "United States"), ("Venezuela", "Venezuela"), ("Venezuelan", "Venezuela"),
    ("Vietnam", "Vietnam"), ("Vietnamese", "Vietnam"), ("Warsaw", "Poland"), ("Washington", "United States"),
]);

/// Other capitalised words and names of places, regions, events and brands that are
/// never people, whatever verb follows them.
pub const NOT_PEOPLE: Table<()> = words![
    "AFP", "ANI", "AP", "Africa", "Apr", "April", "Arctic", "Asia", "Atlantic", "Aug", "August", "BBC",
    "Baltic", "Black Sea", "Brexit", "CNN", "COVID", "Cabinet", "Christian", "Christmas", "Communist",
    "Congress", "Conservative", "Covid", "Crimea", "Dec", "December", "Democrat", "Democratic", "Democrats",
    "Donbas", "Donbass", "Donetsk", "EU", "East", "Easter", "Eastern", "Embassy", "Europe", "European",
    "Facebook", "Feb", "February", "Fox", "Fri", "Friday", "G20", "G7", "Gaza", "God", "Government",
    "Hong Kong", "IANS", "Instagram", "Interfax", "Internet", "Islam", "Jan", "January", "Jewish", "Jul",
    "July", "Jun", "June", "Kashmir", "Kharkiv", "Kherson", "Kremlin", "Labour", "Luhansk", "Lviv", "Mar",
    "March", "Mariupol", "May", "Middle", "Ministry", "Mon", "Monday", "Muslim", "NATO", "North", "Nov",
    "November", "OPEC", "Oct", "October", "Odesa", "Odessa", "Omicron", "Oval Office", "PTI", "Pacific",
    "Parliament", "Pentagon", "Republican", "Republicans", "Reuters", "Sat", "Saturday", "Senate", "Sep",
    "Sept", "September", "South", "Soviet", "Sun", "Sunday", "TASS", "Telegram", "Thu", "Thur", "Thurs",
    "Thursday", "Tories", "Tory", "Tue", "Tues", "Tuesday", "Twitter", "UN", "Wed", "Wednesday", "West",
    "Western", "WhatsApp", "Xinhua", "YouTube", "Zaporizhzhia",
];
