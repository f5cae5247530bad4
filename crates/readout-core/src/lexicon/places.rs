//! Countries and the words that stand for them (names, short forms, demonyms, capitals
//! used as metonyms). Titles use them ("Ukraine's President", "the Ukrainian leader") and
//! they keep place names from being taken for people. Other places, each with its country,
//! are [`PLACE_NAMES`].

use super::Table;
use crate::{table, words};

/// (word or phrase as written, the country it stands for), in byte order. Case-sensitive.
/// `true`: a table of 255 entries or more has two-byte slots.
pub const COUNTRY_WORDS: Table<&str, true> = table![
    ("Abuja", "Nigeria"), ("Accra", "Ghana"), ("Addis Ababa", "Ethiopia"), ("Afghan", "Afghanistan"),
    ("Afghanistan", "Afghanistan"), ("Albania", "Albania"), ("Albanian", "Albania"), ("Algeria", "Algeria"),
    ("Algerian", "Algeria"), ("America", "United States"), ("American", "United States"), ("Ankara", "Turkey"),
    ("Argentina", "Argentina"), ("Argentine", "Argentina"), ("Argentinian", "Argentina"),
    ("Armenia", "Armenia"), ("Armenian", "Armenia"), ("Athens", "Greece"), ("Australia", "Australia"),
    ("Australian", "Australia"), ("Austria", "Austria"), ("Austrian", "Austria"), ("Azerbaijan", "Azerbaijan"),
    ("Azerbaijani", "Azerbaijan"), ("Baghdad", "Iraq"), ("Bahrain", "Bahrain"), ("Bahraini", "Bahrain"),
    ("Baku", "Azerbaijan"), ("Bangkok", "Thailand"), ("Bangladesh", "Bangladesh"),
    ("Bangladeshi", "Bangladesh"), ("Beijing", "China"), ("Beirut", "Lebanon"), ("Belarus", "Belarus"),
    ("Belarusian", "Belarus"), ("Belgian", "Belgium"), ("Belgium", "Belgium"), ("Berlin", "Germany"),
    ("Bogota", "Colombia"), ("Bolivia", "Bolivia"), ("Bolivian", "Bolivia"),
    ("Bosnia", "Bosnia and Herzegovina"), ("Bosnian", "Bosnia and Herzegovina"), ("Brazil", "Brazil"),
    ("Brazilian", "Brazil"), ("Britain", "United Kingdom"), ("British", "United Kingdom"),
    ("Brussels", "Belgium"), ("Budapest", "Hungary"), ("Bulgaria", "Bulgaria"), ("Bulgarian", "Bulgaria"),
    ("Burmese", "Myanmar"), ("Cairo", "Egypt"), ("Cambodia", "Cambodia"), ("Cambodian", "Cambodia"),
    ("Canada", "Canada"), ("Canadian", "Canada"), ("Canberra", "Australia"), ("Chile", "Chile"),
    ("Chilean", "Chile"), ("China", "China"), ("Chinese", "China"), ("Colombia", "Colombia"),
    ("Colombian", "Colombia"), ("Colombo", "Sri Lanka"), ("Croatia", "Croatia"), ("Croatian", "Croatia"),
    ("Cuba", "Cuba"), ("Cuban", "Cuba"), ("Cypriot", "Cyprus"), ("Cyprus", "Cyprus"),
    ("Czech", "Czech Republic"), ("Czech Republic", "Czech Republic"), ("Dakar", "Senegal"),
    ("Damascus", "Syria"), ("Danish", "Denmark"), ("Delhi", "India"), ("Denmark", "Denmark"),
    ("Dhaka", "Bangladesh"), ("Dublin", "Ireland"), ("Dutch", "Netherlands"), ("Ecuador", "Ecuador"),
    ("Ecuadorian", "Ecuador"), ("Egypt", "Egypt"), ("Egyptian", "Egypt"), ("Emirati", "United Arab Emirates"),
    ("England", "United Kingdom"), ("English", "United Kingdom"), ("Estonia", "Estonia"),
    ("Estonian", "Estonia"), ("Ethiopia", "Ethiopia"), ("Ethiopian", "Ethiopia"), ("Filipino", "Philippines"),
    ("Finland", "Finland"), ("Finnish", "Finland"), ("France", "France"), ("French", "France"),
    ("Georgia", "Georgia"), ("Georgian", "Georgia"), ("German", "Germany"), ("Germany", "Germany"),
    ("Ghana", "Ghana"), ("Ghanaian", "Ghana"), ("Greece", "Greece"), ("Greek", "Greece"), ("Hanoi", "Vietnam"),
    ("Harare", "Zimbabwe"), ("Havana", "Cuba"), ("Hungarian", "Hungary"), ("Hungary", "Hungary"),
    ("Iceland", "Iceland"), ("Icelandic", "Iceland"), ("India", "India"), ("Indian", "India"),
    ("Indonesia", "Indonesia"), ("Indonesian", "Indonesia"), ("Iran", "Iran"), ("Iranian", "Iran"),
    ("Iraq", "Iraq"), ("Iraqi", "Iraq"), ("Ireland", "Ireland"), ("Irish", "Ireland"),
    ("Islamabad", "Pakistan"), ("Israel", "Israel"), ("Israeli", "Israel"), ("Italian", "Italy"),
    ("Italy", "Italy"), ("Jakarta", "Indonesia"), ("Japan", "Japan"), ("Japanese", "Japan"),
    ("Jerusalem", "Israel"), ("Jordan", "Jordan"), ("Jordanian", "Jordan"), ("Kampala", "Uganda"),
    ("Kathmandu", "Nepal"), ("Kazakh", "Kazakhstan"), ("Kazakhstan", "Kazakhstan"), ("Kenya", "Kenya"),
    ("Kenyan", "Kenya"), ("Khartoum", "Sudan"), ("Kiev", "Ukraine"), ("Kigali", "Rwanda"),
    ("Korea", "South Korea"), ("Korean", "South Korea"), ("Kosovo", "Kosovo"), ("Kuala Lumpur", "Malaysia"),
    ("Kuwait", "Kuwait"), ("Kuwaiti", "Kuwait"), ("Kyiv", "Ukraine"), ("Latvia", "Latvia"),
    ("Latvian", "Latvia"), ("Lebanese", "Lebanon"), ("Lebanon", "Lebanon"), ("Libya", "Libya"),
    ("Libyan", "Libya"), ("Lima", "Peru"), ("Lisbon", "Portugal"), ("Lithuania", "Lithuania"),
    ("Lithuanian", "Lithuania"), ("London", "United Kingdom"), ("Luxembourg", "Luxembourg"),
    ("Madrid", "Spain"), ("Malaysia", "Malaysia"), ("Malaysian", "Malaysia"), ("Maldives", "Maldives"),
    ("Maldivian", "Maldives"), ("Malta", "Malta"), ("Maltese", "Malta"), ("Manila", "Philippines"),
    ("Mexican", "Mexico"), ("Mexico", "Mexico"), ("Minsk", "Belarus"), ("Moldova", "Moldova"),
    ("Moldovan", "Moldova"), ("Mongolia", "Mongolia"), ("Mongolian", "Mongolia"), ("Montenegro", "Montenegro"),
    ("Moroccan", "Morocco"), ("Morocco", "Morocco"), ("Moscow", "Russia"), ("Myanmar", "Myanmar"),
    ("Nairobi", "Kenya"), ("Nepal", "Nepal"), ("Nepalese", "Nepal"), ("Nepali", "Nepal"),
    ("Netherlands", "Netherlands"), ("New Delhi", "India"), ("New Zealand", "New Zealand"),
    ("Nicosia", "Cyprus"), ("Nigeria", "Nigeria"), ("Nigerian", "Nigeria"), ("North Korea", "North Korea"),
    ("North Korean", "North Korea"), ("Norway", "Norway"), ("Norwegian", "Norway"), ("Oman", "Oman"),
    ("Omani", "Oman"), ("Oslo", "Norway"), ("Ottawa", "Canada"), ("Pakistan", "Pakistan"),
    ("Pakistani", "Pakistan"), ("Panama", "Panama"), ("Panamanian", "Panama"), ("Paraguay", "Paraguay"),
    ("Paris", "France"), ("Peru", "Peru"), ("Peruvian", "Peru"), ("Philippine", "Philippines"),
    ("Philippines", "Philippines"), ("Poland", "Poland"), ("Polish", "Poland"), ("Portugal", "Portugal"),
    ("Portuguese", "Portugal"), ("Prague", "Czech Republic"), ("Pretoria", "South Africa"),
    ("Pyongyang", "North Korea"), ("Qatar", "Qatar"), ("Qatari", "Qatar"), ("Rabat", "Morocco"),
    ("Riyadh", "Saudi Arabia"), ("Romania", "Romania"), ("Romanian", "Romania"), ("Rome", "Italy"),
    ("Russia", "Russia"), ("Russian", "Russia"), ("Russian Federation", "Russia"), ("Rwanda", "Rwanda"),
    ("Rwandan", "Rwanda"), ("Santiago", "Chile"), ("Saudi", "Saudi Arabia"), ("Saudi Arabia", "Saudi Arabia"),
    ("Scotland", "United Kingdom"), ("Scottish", "United Kingdom"), ("Senegal", "Senegal"),
    ("Senegalese", "Senegal"), ("Seoul", "South Korea"), ("Serbia", "Serbia"), ("Serbian", "Serbia"),
    ("Singapore", "Singapore"), ("Singaporean", "Singapore"), ("Slovak", "Slovakia"), ("Slovakia", "Slovakia"),
    ("Slovenia", "Slovenia"), ("Slovenian", "Slovenia"), ("Sofia", "Bulgaria"), ("Somali", "Somalia"),
    ("Somalia", "Somalia"), ("South Africa", "South Africa"), ("South African", "South Africa"),
    ("South Korea", "South Korea"), ("South Korean", "South Korea"), ("Spain", "Spain"), ("Spanish", "Spain"),
    ("Sri Lanka", "Sri Lanka"), ("Sri Lankan", "Sri Lanka"), ("Stockholm", "Sweden"), ("Sudan", "Sudan"),
    ("Sudanese", "Sudan"), ("Sweden", "Sweden"), ("Swedish", "Sweden"), ("Swiss", "Switzerland"),
    ("Switzerland", "Switzerland"), ("Syria", "Syria"), ("Syrian", "Syria"), ("Taipei", "Taiwan"),
    ("Taiwan", "Taiwan"), ("Taiwanese", "Taiwan"), ("Tanzania", "Tanzania"), ("Tanzanian", "Tanzania"),
    ("Tbilisi", "Georgia"), ("Tehran", "Iran"), ("Thai", "Thailand"), ("Thailand", "Thailand"),
    ("Tokyo", "Japan"), ("Tripoli", "Libya"), ("Tunisia", "Tunisia"), ("Tunisian", "Tunisia"),
    ("Turkey", "Turkey"), ("Turkish", "Turkey"), ("Türkiye", "Turkey"), ("U.K.", "United Kingdom"),
    ("U.S.", "United States"), ("U.S.A.", "United States"), ("UAE", "United Arab Emirates"),
    ("UK", "United Kingdom"), ("US", "United States"), ("USA", "United States"), ("Uganda", "Uganda"),
    ("Ugandan", "Uganda"), ("Ukraine", "Ukraine"), ("Ukrainian", "Ukraine"),
    ("United Arab Emirates", "United Arab Emirates"), ("United Kingdom", "United Kingdom"),
    ("United States", "United States"), ("Uruguay", "Uruguay"), ("Uruguayan", "Uruguay"),
    ("Uzbek", "Uzbekistan"), ("Uzbekistan", "Uzbekistan"), ("Venezuela", "Venezuela"),
    ("Venezuelan", "Venezuela"), ("Vietnam", "Vietnam"), ("Vietnamese", "Vietnam"), ("Warsaw", "Poland"),
    ("Washington", "United States"), ("Yerevan", "Armenia"), ("Zagreb", "Croatia"), ("Zambia", "Zambia"),
    ("Zambian", "Zambia"), ("Zimbabwe", "Zimbabwe"), ("Zimbabwean", "Zimbabwe"),
];

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

// Left out of PLACE_NAMES on purpose, so that the name finder does not lose a person to a
// place (a test checks that the commonest stay out):
// - first names and surnames people in the news bear: Adelaide, Alexandria, Augusta, Austin,
//   Bismarck, Bolton, Bradford, Brittany, Brooklyn, Charlotte, Chester, Cleveland, Darwin,
//   Devon, Diego Garcia, Engels, Ferguson, Florence, Guerrero, Hague (The Hague is in),
//   Hamilton, Helena, Hull, Irvine, Jackson, Juarez (Ciudad Juárez is in), Kent, Kerry,
//   Kingston, Kobe, Lansing, Lincoln, Lyons, Madison, Matamoros, Medina, Memphis, Mendoza,
//   Milan, Montgomery, Olympia, Orlando, Petra, Phoenix, Pierre, Preston, Puri, Raleigh,
//   Redmond, Regina, Reno, Rhodes, Rio (Rio de Janeiro is in), Rosario, Sabah, Salem,
//   Salvador, Savannah, Stirling, Sucre, Sydney, Victoria (Lake Victoria and Victoria Falls
//   are in), Virginia (West Virginia is in), Windsor, York (New York is in), Zaragoza.
//   Kept though a few people bear them: Columbus, Dallas, Denver, Hesse, Houston, Lagos,
//   Montana, Salisbury, Valencia.
// - English words: Bath, Male (Malé is in), Nice, Reading, Split.
// - names places in several countries share about equally: Brest, Canterbury, Córdoba,
//   Durham, Georgetown, Norfolk, Richmond, Santa Cruz.
// - names ending in 's, which the tokenizer cuts off the word: Cox's Bazar, King's Lynn,
//   Martha's Vineyard, St John's.
// - what COUNTRY_WORDS holds (Georgia, Jordan, Washington, Paris, Jerusalem, Delhi, Santiago,
//   Sofia, Tripoli, Scotland, England...).
// - the places of countries COUNTRY_WORDS does not know, whose value would be no country of
//   it: add the country there first. Their capitals: Andorra la Vella, Antananarivo, Apia,
//   Ashgabat, Asmara, Bamako, Bandar Seri Begawan, Bangui, Banjul, Basseterre, Belmopan,
//   Bishkek, Bissau, Brazzaville, Bridgetown, Castries, Conakry, Dili, Djibouti, Dushanbe,
//   Freetown, Funafuti, Gaborone, Gitega, Guatemala City, Honiara, Juba, Kingstown, Kinshasa,
//   Libreville, Lilongwe, Lomé, Luanda, Majuro, Malabo, Managua, Maputo, Maseru, Mbabane,
//   Monaco, Monrovia, Moroni, N'Djamena, Nassau, Ngerulmud, Niamey, Nouakchott, Nuku'alofa,
//   Ouagadougou, Palikir, Paramaribo, Port Louis, Port Moresby, Port Vila, Port of Spain,
//   Port-au-Prince, Porto-Novo, Praia, Roseau, San José, San Marino, San Salvador, Sanaa,
//   Santo Domingo, Skopje, St George's, Suva, São Tomé, Tarawa, Tegucigalpa, Thimphu, Vaduz,
//   Vatican City, Vientiane, Windhoek, Yamoussoukro, Yaoundé, Yaren; and much-reported places
//   such as Aden, Hodeidah (Yemen), Goma, North Kivu (DR Congo), Cabo Delgado (Mozambique).

/// Places that are not countries: cities, regions, provinces and states, territories,
/// seas and rivers, as written in English-language news, each with the country it lies
/// in ("" for a place across several, "Middle East", "Black Sea"). Case-sensitive; a
/// phrase is matched word by word.
///
/// Each country is a value of [`COUNTRY_WORDS`], and no key is one of its keys. "" also
/// stands for a place whose sovereignty is unsettled: the Palestinian territories
/// (COUNTRY_WORDS has no Palestine), the Golan Heights, Kashmir, Western Sahara, and the
/// disputed islands and shoals of the East and South China Seas. Other occupied or
/// breakaway places take the country the UN recognises: Crimea and the Donbas are Ukraine,
/// Abkhazia Georgia, Transnistria Moldova, Nagorno-Karabakh Azerbaijan, Somaliland Somalia.
/// A name places in several countries share takes the one news means most (Birmingham,
/// Perth, Hyderabad, St Petersburg). Spellings news uses are entries each (Odesa and
/// Odessa, Sao Paulo and São Paulo, St Petersburg and St. Petersburg).
/// `true`: a table of 255 entries or more has two-byte slots.
pub const PLACE_NAMES: Table<&str, true> = table![
    ("Abbottabad", "Pakistan"), ("Aberdeen", "United Kingdom"), ("Abkhazia", "Georgia"),
    ("Abu Dhabi", "United Arab Emirates"), ("Acapulco", "Mexico"), ("Aceh", "Indonesia"), ("Adriatic", ""),
    ("Adriatic Sea", ""), ("Aegean", ""), ("Aegean Sea", ""), ("Africa", ""), ("Afrin", "Syria"), ("Agra", "India"),
    ("Ahmedabad", "India"), ("Alabama", "United States"), ("Alaska", "United States"), ("Albany", "United States"),
    ("Alberta", "Canada"), ("Aleppo", "Syria"), ("Algiers", "Algeria"), ("Alice Springs", "Australia"),
    ("Almaty", "Kazakhstan"), ("Alps", ""), ("Alsace", "France"), ("Amazon", ""), ("American Samoa", "United States"),
    ("Americas", ""), ("Amhara", "Ethiopia"), ("Amman", "Jordan"), ("Amritsar", "India"), ("Amsterdam", "Netherlands"),
    ("Anatolia", "Turkey"), ("Anbar", "Iraq"), ("Anchorage", "United States"), ("Andalusia", "Spain"),
    ("Andaman and Nicobar Islands", "India"), ("Andes", ""), ("Andhra Pradesh", "India"), ("Anhui", "China"),
    ("Antakya", "Turkey"), ("Antarctic", ""), ("Antarctica", ""), ("Antwerp", "Belgium"), ("Arabian Gulf", ""),
    ("Arabian Peninsula", ""), ("Arabian Sea", ""), ("Arctic", ""), ("Arctic Ocean", ""), ("Arizona", "United States"),
    ("Arkansas", "United States"), ("Arunachal Pradesh", "India"), ("Arusha", "Tanzania"), ("Ashkelon", "Israel"),
    ("Asia", ""), ("Asia-Pacific", ""), ("Assam", "India"), ("Astana", "Kazakhstan"), ("Asuncion", "Paraguay"),
    ("Asunción", "Paraguay"), ("Atacama", "Chile"), ("Atlanta", "United States"), ("Atlantic", ""),
    ("Atlantic Ocean", ""), ("Auckland", "New Zealand"), ("Australasia", ""),
    ("Australian Capital Territory", "Australia"), ("Avdiivka", "Ukraine"), ("Ayodhya", "India"),
    ("Azad Kashmir", "Pakistan"), ("Azores", "Portugal"), ("Baalbek", "Lebanon"), ("Bab al-Mandab", ""),
    ("Bab el-Mandeb", ""), ("Baden-Wurttemberg", "Germany"), ("Baden-Württemberg", "Germany"),
    ("Bagram", "Afghanistan"), ("Baja California", "Mexico"), ("Bakhmut", "Ukraine"), ("Balearic Islands", "Spain"),
    ("Bali", "Indonesia"), ("Balkans", ""), ("Balochistan", "Pakistan"), ("Baltic", ""), ("Baltic Sea", ""),
    ("Baltics", ""), ("Baltimore", "United States"), ("Baluchistan", "Pakistan"), ("Bandar Abbas", "Iran"),
    ("Bangalore", "India"), ("Barcelona", "Spain"), ("Barents Sea", ""), ("Basel", "Switzerland"),
    ("Bashkortostan", "Russia"), ("Basque Country", "Spain"), ("Basra", "Iraq"), ("Batumi", "Georgia"),
    ("Bavaria", "Germany"), ("Bay of Bengal", ""), ("Bay of Biscay", ""), ("Bayern", "Germany"),
    ("Be'er Sheva", "Israel"), ("Beersheba", "Israel"), ("Beit Hanoun", ""), ("Beit Lahia", ""), ("Bekaa", "Lebanon"),
    ("Bekaa Valley", "Lebanon"), ("Belfast", "United Kingdom"), ("Belgorod", "Russia"), ("Belgorod Oblast", "Russia"),
    ("Belgrade", "Serbia"), ("Belo Horizonte", "Brazil"), ("Bengal", ""), ("Bengaluru", "India"), ("Benghazi", "Libya"),
    ("Berdiansk", "Ukraine"), ("Berdyansk", "Ukraine"), ("Bering Strait", ""), ("Bermuda", "United Kingdom"),
    ("Bern", "Switzerland"), ("Berne", "Switzerland"), ("Bethlehem", ""), ("Bhopal", "India"), ("Bihar", "India"),
    ("Bilbao", "Spain"), ("Birmingham", "United Kingdom"), ("Black Sea", ""), ("Bloemfontein", "South Africa"),
    ("Blue Nile", ""), ("Bogotá", "Colombia"), ("Bologna", "Italy"), ("Bombay", "India"), ("Bonn", "Germany"),
    ("Bordeaux", "France"), ("Borneo", ""), ("Borno", "Nigeria"), ("Bosphorus", "Turkey"), ("Bosporus", "Turkey"),
    ("Boston", "United States"), ("Brahmaputra", ""), ("Brandenburg", "Germany"), ("Brasilia", "Brazil"),
    ("Brasília", "Brazil"), ("Bratislava", "Slovakia"), ("Bremen", "Germany"), ("Brighton", "United Kingdom"),
    ("Brisbane", "Australia"), ("Bristol", "United Kingdom"), ("British Columbia", "Canada"),
    ("British Virgin Islands", "United Kingdom"), ("Bronx", "United States"), ("Bryansk", "Russia"),
    ("Bryansk Oblast", "Russia"), ("Bucha", "Ukraine"), ("Bucharest", "Romania"), ("Buenos Aires", "Argentina"),
    ("Burgundy", "France"), ("Buryatia", "Russia"), ("Busan", "South Korea"), ("Bushehr", "Iran"), ("Calais", "France"),
    ("Calcutta", "India"), ("Calgary", "Canada"), ("Cali", "Colombia"), ("California", "United States"),
    ("Cambridge", "United Kingdom"), ("Camp David", "United States"), ("Canaries", "Spain"),
    ("Canary Islands", "Spain"), ("Cancun", "Mexico"), ("Cancún", "Mexico"), ("Cannes", "France"),
    ("Cape Canaveral", "United States"), ("Cape Town", "South Africa"), ("Capitol Hill", "United States"),
    ("Caracas", "Venezuela"), ("Cardiff", "United Kingdom"), ("Caribbean", ""), ("Carpathians", ""),
    ("Cartagena", "Colombia"), ("Casablanca", "Morocco"), ("Caspian", ""), ("Caspian Sea", ""), ("Catalonia", "Spain"),
    ("Catalunya", "Spain"), ("Caucasus", ""), ("Cayman Islands", "United Kingdom"), ("Central Africa", ""),
    ("Central America", ""), ("Central Asia", ""), ("Central Europe", ""), ("Ceuta", "Spain"), ("Chagos Islands", ""),
    ("Chandigarh", "India"), ("Channel Islands", "United Kingdom"), ("Chasiv Yar", "Ukraine"),
    ("Chattogram", "Bangladesh"), ("Chechnya", "Russia"), ("Chengdu", "China"), ("Chennai", "India"),
    ("Chernihiv", "Ukraine"), ("Chernobyl", "Ukraine"), ("Chhattisgarh", "India"), ("Chiang Mai", "Thailand"),
    ("Chiapas", "Mexico"), ("Chicago", "United States"), ("Chihuahua", "Mexico"), ("Chisinau", "Moldova"),
    ("Chittagong", "Bangladesh"), ("Chișinău", "Moldova"), ("Chongqing", "China"), ("Chornobyl", "Ukraine"),
    ("Christchurch", "New Zealand"), ("Chukotka", "Russia"), ("Ciudad Juarez", "Mexico"), ("Ciudad Juárez", "Mexico"),
    ("Cologne", "Germany"), ("Colorado", "United States"), ("Colorado River", ""), ("Columbus", "United States"),
    ("Congo River", ""), ("Connecticut", "United States"), ("Copenhagen", "Denmark"), ("Cork", "Ireland"),
    ("Cornwall", "United Kingdom"), ("Corsica", "France"), ("Crete", "Greece"), ("Crimea", "Ukraine"),
    ("Crimean Peninsula", "Ukraine"), ("Culiacan", "Mexico"), ("Culiacán", "Mexico"), ("Cusco", "Peru"),
    ("Cuzco", "Peru"), ("Côte d'Azur", "France"), ("Da Nang", "Vietnam"), ("Dagestan", "Russia"),
    ("Dallas", "United States"), ("Danang", "Vietnam"), ("Danube", ""), ("Dar es Salaam", "Tanzania"),
    ("Daraa", "Syria"), ("Dardanelles", "Turkey"), ("Darfur", "Sudan"), ("Darien Gap", ""), ("Darién Gap", ""),
    ("Davao", "Philippines"), ("Davos", "Switzerland"), ("Dead Sea", ""), ("Deep South", "United States"),
    ("Deir al-Balah", ""), ("Deir el-Zour", "Syria"), ("Deir ez-Zor", "Syria"), ("Delaware", "United States"),
    ("Denver", "United States"), ("Derry", "United Kingdom"), ("Des Moines", "United States"),
    ("Detroit", "United States"), ("Diaoyu Islands", ""), ("District of Columbia", "United States"), ("Dnieper", ""),
    ("Dnieper River", ""), ("Dniester", ""), ("Dnipro", "Ukraine"), ("Dnipro River", "Ukraine"),
    ("Dnipropetrovsk", "Ukraine"), ("Dnipropetrovsk Oblast", "Ukraine"), ("Dodoma", "Tanzania"), ("Doha", "Qatar"),
    ("Doklam", ""), ("Donbas", "Ukraine"), ("Donbass", "Ukraine"), ("Donetsk", "Ukraine"),
    ("Donetsk Oblast", "Ukraine"), ("Douma", "Syria"), ("Dover", "United Kingdom"), ("Dresden", "Germany"),
    ("Dubai", "United Arab Emirates"), ("Durban", "South Africa"), ("Dusseldorf", "Germany"), ("Düsseldorf", "Germany"),
    ("East Africa", ""), ("East Anglia", "United Kingdom"), ("East Asia", ""), ("East China Sea", ""),
    ("East Coast", "United States"), ("East Jerusalem", ""), ("East Midlands", "United Kingdom"),
    ("East of England", "United Kingdom"), ("Eastern Cape", "South Africa"), ("Eastern Europe", ""),
    ("Eastern Ghouta", "Syria"), ("Edinburgh", "United Kingdom"), ("Edmonton", "Canada"), ("Eilat", "Israel"),
    ("El Arish", "Egypt"), ("El Fasher", "Sudan"), ("El Paso", "United States"), ("El-Fasher", "Sudan"),
    ("Enerhodar", "Ukraine"), ("English Channel", ""), ("Erbil", "Iraq"), ("Essex", "United Kingdom"),
    ("Etna", "Italy"), ("Euphrates", ""), ("Eurasia", ""), ("Europe", ""), ("Everest", ""), ("Evros", "Greece"),
    ("Falkland Islands", "United Kingdom"), ("Falklands", "United Kingdom"), ("Fallujah", "Iraq"), ("Far East", ""),
    ("Faroe Islands", "Denmark"), ("Flanders", "Belgium"), ("Florida", "United States"), ("Fordo", "Iran"),
    ("Fordow", "Iran"), ("Frankfurt", "Germany"), ("French Polynesia", "France"), ("French Riviera", "France"),
    ("Fujian", "China"), ("Fukushima", "Japan"), ("Galapagos", "Ecuador"), ("Galicia", "Spain"), ("Galilee", "Israel"),
    ("Galwan", "India"), ("Galápagos", "Ecuador"), ("Ganga", "India"), ("Ganges", ""), ("Gansu", "China"),
    ("Gauteng", "South Africa"), ("Gaza", ""), ("Gaza City", ""), ("Gaza Strip", ""), ("Gdansk", "Poland"),
    ("Gdańsk", "Poland"), ("Geneva", "Switzerland"), ("Genoa", "Italy"), ("Ghouta", "Syria"),
    ("Gibraltar", "United Kingdom"), ("Gilgit-Baltistan", "Pakistan"), ("Giza", "Egypt"), ("Glasgow", "United Kingdom"),
    ("Goa", "India"), ("Gobi", ""), ("Golan", ""), ("Golan Heights", ""), ("Gold Coast", "Australia"),
    ("Gothenburg", "Sweden"), ("Gotland", "Sweden"), ("Great Barrier Reef", "Australia"), ("Great Lakes", ""),
    ("Greater London", "United Kingdom"), ("Greater Manchester", "United Kingdom"), ("Greenland", "Denmark"),
    ("Grozny", "Russia"), ("Guadalajara", "Mexico"), ("Guam", "United States"), ("Guangdong", "China"),
    ("Guangxi", "China"), ("Guangzhou", "China"), ("Guantanamo", "Cuba"), ("Guantanamo Bay", "Cuba"),
    ("Guantánamo", "Cuba"), ("Guantánamo Bay", "Cuba"), ("Guayaquil", "Ecuador"), ("Guernsey", "United Kingdom"),
    ("Guizhou", "China"), ("Gujarat", "India"), ("Gulf", ""), ("Gulf Coast", "United States"), ("Gulf of Aden", ""),
    ("Gulf of America", ""), ("Gulf of Finland", ""), ("Gulf of Guinea", ""), ("Gulf of Mexico", ""),
    ("Gulf of Oman", ""), ("Gurgaon", "India"), ("Gurugram", "India"), ("Gwadar", "Pakistan"), ("Haifa", "Israel"),
    ("Hainan", "China"), ("Hama", "Syria"), ("Hamburg", "Germany"), ("Hangzhou", "China"), ("Hannover", "Germany"),
    ("Hanover", "Germany"), ("Haryana", "India"), ("Hawaii", "United States"), ("Hebei", "China"), ("Hebron", ""),
    ("Heilongjiang", "China"), ("Helmand", "Afghanistan"), ("Helsinki", "Finland"), ("Henan", "China"),
    ("Herat", "Afghanistan"), ("Hesse", "Germany"), ("Hessen", "Germany"), ("Himachal Pradesh", "India"),
    ("Himalayas", ""), ("Hindu Kush", ""), ("Hiroshima", "Japan"), ("Ho Chi Minh City", "Vietnam"),
    ("Hokkaido", "Japan"), ("Hollywood", "United States"), ("Homs", "Syria"), ("Hong Kong", "China"),
    ("Honolulu", "United States"), ("Hormuz", ""), ("Horn of Africa", ""), ("Houston", "United States"),
    ("Hsinchu", "Taiwan"), ("Hubei", "China"), ("Hudson River", "United States"), ("Hunan", "China"),
    ("Hyderabad", "India"), ("Iberia", ""), ("Iberian Peninsula", ""), ("Ibiza", "Spain"), ("Idaho", "United States"),
    ("Idlib", "Syria"), ("Illinois", "United States"), ("Imphal", "India"), ("Incheon", "South Korea"),
    ("Incirlik", "Turkey"), ("Indian Ocean", ""), ("Indiana", "United States"), ("Indianapolis", "United States"),
    ("Indo-Pacific", ""), ("Indochina", ""), ("Indus", ""), ("Ingushetia", "Russia"), ("Inner Mongolia", "China"),
    ("Iowa", "United States"), ("Iraqi Kurdistan", "Iraq"), ("Irbil", "Iraq"), ("Irish Sea", ""), ("Irpin", "Ukraine"),
    ("Isfahan", "Iran"), ("Isle of Man", "United Kingdom"), ("Isle of Wight", "United Kingdom"), ("Istanbul", "Turkey"),
    ("Ivano-Frankivsk", "Ukraine"), ("Izium", "Ukraine"), ("Izyum", "Ukraine"), ("Jabalia", ""), ("Jabaliya", ""),
    ("Jaffna", "Sri Lanka"), ("Jaipur", "India"), ("Jalisco", "Mexico"), ("Jammu", "India"),
    ("Jammu and Kashmir", "India"), ("Java", "Indonesia"), ("Jeddah", "Saudi Arabia"), ("Jeju", "South Korea"),
    ("Jenin", ""), ("Jericho", ""), ("Jersey", "United Kingdom"), ("Jharkhand", "India"), ("Jiangsu", "China"),
    ("Jiangxi", "China"), ("Jilin", "China"), ("Johannesburg", "South Africa"), ("Johor", "Malaysia"),
    ("Jordan River", ""), ("Jordan Valley", ""), ("Kabul", "Afghanistan"), ("Kachin", "Myanmar"),
    ("Kakhovka Reservoir", "Ukraine"), ("Kalimantan", "Indonesia"), ("Kaliningrad", "Russia"), ("Kamchatka", "Russia"),
    ("Kandahar", "Afghanistan"), ("Kano", "Nigeria"), ("Kansas", "United States"), ("Kansas City", "United States"),
    ("Kaohsiung", "Taiwan"), ("Karabakh", "Azerbaijan"), ("Karachi", "Pakistan"), ("Karakoram", ""),
    ("Karelia", "Russia"), ("Kargil", "India"), ("Karnataka", "India"), ("Kashgar", "China"), ("Kashmir", ""),
    ("Kazan", "Russia"), ("Kentucky", "United States"), ("Kerala", "India"), ("Kerch", "Ukraine"), ("Kerch Strait", ""),
    ("Khan Younis", ""), ("Khan Yunis", ""), ("Khankendi", "Azerbaijan"), ("Kharg Island", "Iran"),
    ("Kharkiv", "Ukraine"), ("Kharkiv Oblast", "Ukraine"), ("Kharkov", "Ukraine"), ("Kherson", "Ukraine"),
    ("Kherson Oblast", "Ukraine"), ("Khuzestan", "Iran"), ("Khyber Pakhtunkhwa", "Pakistan"),
    ("Kilimanjaro", "Tanzania"), ("Kinmen", "Taiwan"), ("Kirkuk", "Iraq"), ("Kobani", "Syria"), ("Kolkata", "India"),
    ("Kordofan", "Sudan"), ("Korean Peninsula", ""), ("Kowloon", "China"), ("Krakow", "Poland"), ("Kraków", "Poland"),
    ("Kramatorsk", "Ukraine"), ("Krasnodar", "Russia"), ("Krasnodar Krai", "Russia"), ("Kryvyi Rih", "Ukraine"),
    ("Kupiansk", "Ukraine"), ("Kurdistan", ""), ("Kurdistan Region", "Iraq"), ("Kuril Islands", "Russia"),
    ("Kurils", "Russia"), ("Kursk", "Russia"), ("Kursk Oblast", "Russia"), ("Kuwait City", "Kuwait"),
    ("KwaZulu-Natal", "South Africa"), ("Kyiv Oblast", "Ukraine"), ("Kyoto", "Japan"), ("L.A.", "United States"),
    ("LA", "United States"), ("La Paz", "Bolivia"), ("Laayoune", "Morocco"), ("Labrador", "Canada"),
    ("Ladakh", "India"), ("Lagos", "Nigeria"), ("Lahaina", "United States"), ("Lahore", "Pakistan"),
    ("Lake Baikal", "Russia"), ("Lake Chad", ""), ("Lake Geneva", ""), ("Lake Victoria", ""), ("Lakshadweep", "India"),
    ("Lampedusa", "Italy"), ("Lancashire", "United Kingdom"), ("Lapland", ""), ("Larnaca", "Cyprus"),
    ("Las Vegas", "United States"), ("Latakia", "Syria"), ("Latin America", ""), ("Lazio", "Italy"),
    ("Leeds", "United Kingdom"), ("Leh", "India"), ("Leicester", "United Kingdom"), ("Leipzig", "Germany"),
    ("Leningrad", "Russia"), ("Lesbos", "Greece"), ("Lesvos", "Greece"), ("Levant", ""), ("Lhasa", "China"),
    ("Liaoning", "China"), ("Limassol", "Cyprus"), ("Limpopo", "South Africa"), ("Litani", "Lebanon"),
    ("Liverpool", "United Kingdom"), ("Ljubljana", "Slovenia"), ("Lombardy", "Italy"),
    ("Londonderry", "United Kingdom"), ("Long Island", "United States"), ("Los Angeles", "United States"),
    ("Louisiana", "United States"), ("Lower Saxony", "Germany"), ("Lucknow", "India"), ("Lugansk", "Ukraine"),
    ("Luhansk", "Ukraine"), ("Luhansk Oblast", "Ukraine"), ("Lusaka", "Zambia"), ("Luxembourg City", "Luxembourg"),
    ("Luzon", "Philippines"), ("Lviv", "Ukraine"), ("Lyon", "France"), ("Lysychansk", "Ukraine"), ("Macao", "China"),
    ("Macau", "China"), ("Madeira", "Portugal"), ("Madhya Pradesh", "India"), ("Madras", "India"), ("Maghreb", ""),
    ("Maharashtra", "India"), ("Maiduguri", "Nigeria"), ("Maine", "United States"), ("Majorca", "Spain"),
    ("Makhachkala", "Russia"), ("Makkah", "Saudi Arabia"), ("Malacca Strait", ""), ("Malaga", "Spain"),
    ("Malibu", "United States"), ("Mallorca", "Spain"), ("Malvinas", "United Kingdom"), ("Malé", "Maldives"),
    ("Manama", "Bahrain"), ("Manbij", "Syria"), ("Manchester", "United Kingdom"), ("Mandalay", "Myanmar"),
    ("Manhattan", "United States"), ("Manipur", "India"), ("Manitoba", "Canada"), ("Mar-a-Lago", "United States"),
    ("Mariupol", "Ukraine"), ("Marrakech", "Morocco"), ("Marrakesh", "Morocco"), ("Marseille", "France"),
    ("Marseilles", "France"), ("Maryland", "United States"), ("Massachusetts", "United States"), ("Matsu", "Taiwan"),
    ("Mazar-i-Sharif", "Afghanistan"), ("Mecca", "Saudi Arabia"), ("Mecklenburg-Vorpommern", "Germany"),
    ("Mecklenburg-Western Pomerania", "Germany"), ("Medellin", "Colombia"), ("Medellín", "Colombia"),
    ("Mediterranean", ""), ("Mediterranean Sea", ""), ("Meghalaya", "India"), ("Mekelle", "Ethiopia"), ("Mekong", ""),
    ("Melbourne", "Australia"), ("Melilla", "Spain"), ("Melitopol", "Ukraine"), ("Merseyside", "United Kingdom"),
    ("Mexico City", "Mexico"), ("Miami", "United States"), ("Michigan", "United States"), ("Michoacan", "Mexico"),
    ("Michoacán", "Mexico"), ("Middle East", ""), ("Midlands", "United Kingdom"), ("Midwest", "United States"),
    ("Mindanao", "Philippines"), ("Minneapolis", "United States"), ("Minnesota", "United States"),
    ("Mississippi", "United States"), ("Missouri", "United States"), ("Mitrovica", "Kosovo"), ("Mizoram", "India"),
    ("Mogadishu", "Somalia"), ("Mombasa", "Kenya"), ("Montana", "United States"), ("Monterrey", "Mexico"),
    ("Montevideo", "Uruguay"), ("Montreal", "Canada"), ("Montréal", "Canada"), ("Mosul", "Iraq"), ("Mount Everest", ""),
    ("Mount Fuji", "Japan"), ("Mount Hermon", ""), ("Mount Kilimanjaro", "Tanzania"), ("Mount Lebanon", "Lebanon"),
    ("Mumbai", "India"), ("Munich", "Germany"), ("Murmansk", "Russia"), ("Muscat", "Oman"),
    ("Muzaffarabad", "Pakistan"), ("Myawaddy", "Myanmar"), ("Mykolaiv", "Ukraine"), ("Málaga", "Spain"),
    ("NEOM", "Saudi Arabia"), ("NYC", "United States"), ("Nablus", ""), ("Nagaland", "India"), ("Nagasaki", "Japan"),
    ("Nagorno-Karabakh", "Azerbaijan"), ("Nagoya", "Japan"), ("Nakhchivan", "Azerbaijan"), ("Nanjing", "China"),
    ("Naples", "Italy"), ("Narva", "Estonia"), ("Nashville", "United States"), ("Natanz", "Iran"),
    ("Nay Pyi Taw", "Myanmar"), ("Naypyidaw", "Myanmar"), ("Naypyitaw", "Myanmar"), ("Near East", ""),
    ("Nebraska", "United States"), ("Negev", "Israel"), ("Neom", "Saudi Arabia"), ("Nevada", "United States"),
    ("New Brunswick", "Canada"), ("New Caledonia", "France"), ("New England", "United States"),
    ("New Hampshire", "United States"), ("New Jersey", "United States"), ("New Mexico", "United States"),
    ("New Orleans", "United States"), ("New South Wales", "Australia"), ("New York", "United States"),
    ("New York City", "United States"), ("Newcastle", "United Kingdom"), ("Newfoundland", "Canada"),
    ("Newfoundland and Labrador", "Canada"), ("Niagara Falls", ""), ("Niger Delta", "Nigeria"), ("Nikolaev", "Ukraine"),
    ("Nile", ""), ("Nineveh", "Iraq"), ("Ningxia", "China"), ("Nizhny Novgorod", "Russia"), ("Noida", "India"),
    ("Normandy", "France"), ("North Africa", ""), ("North America", ""), ("North Atlantic", ""),
    ("North Carolina", "United States"), ("North Caucasus", "Russia"), ("North Dakota", "United States"),
    ("North Darfur", "Sudan"), ("North East England", "United Kingdom"), ("North Ossetia", "Russia"),
    ("North Pole", ""), ("North Rhine-Westphalia", "Germany"), ("North Sea", ""), ("North Waziristan", "Pakistan"),
    ("North West England", "United Kingdom"), ("Northern Cyprus", "Cyprus"), ("Northern Europe", ""),
    ("Northern Ireland", "United Kingdom"), ("Northern Territory", "Australia"), ("Northwest Territories", "Canada"),
    ("Nottingham", "United Kingdom"), ("Nova Kakhovka", "Ukraine"), ("Nova Scotia", "Canada"), ("Novi Sad", "Serbia"),
    ("Novorossiysk", "Russia"), ("Novosibirsk", "Russia"), ("Nuevo Leon", "Mexico"), ("Nuevo León", "Mexico"),
    ("Nunavut", "Canada"), ("Nur-Sultan", "Kazakhstan"), ("Nuremberg", "Germany"), ("Nuseirat", ""),
    ("Nuuk", "Denmark"), ("Oceania", ""), ("Odesa", "Ukraine"), ("Odessa", "Ukraine"), ("Odisha", "India"),
    ("Ohio", "United States"), ("Okinawa", "Japan"), ("Oklahoma", "United States"), ("Oklahoma City", "United States"),
    ("Omdurman", "Sudan"), ("Ontario", "Canada"), ("Oporto", "Portugal"), ("Oregon", "United States"),
    ("Orissa", "India"), ("Oromia", "Ethiopia"), ("Osaka", "Japan"), ("Oxford", "United Kingdom"), ("Pacific", ""),
    ("Pacific Islands", ""), ("Pacific Northwest", "United States"), ("Pacific Ocean", ""), ("Pahalgam", "India"),
    ("Palermo", "Italy"), ("Palm Beach", "United States"), ("Palmyra", "Syria"), ("Palo Alto", "United States"),
    ("Panama Canal", "Panama"), ("Panama City", "Panama"), ("Panjshir", "Afghanistan"), ("Panmunjom", "South Korea"),
    ("Papua", "Indonesia"), ("Paracel Islands", ""), ("Paracels", ""), ("Patagonia", ""), ("Patna", "India"),
    ("Pearl Harbor", "United States"), ("Pearl River", "China"), ("Pennsylvania", "United States"),
    ("Persian Gulf", ""), ("Perth", "Australia"), ("Peshawar", "Pakistan"), ("Philadelphi Corridor", ""),
    ("Philadelphia", "United States"), ("Phnom Penh", "Cambodia"), ("Phuket", "Thailand"), ("Piraeus", "Greece"),
    ("Pittsburgh", "United States"), ("Podgorica", "Montenegro"), ("Pokrovsk", "Ukraine"), ("Poltava", "Ukraine"),
    ("Pondicherry", "India"), ("Port Harcourt", "Nigeria"), ("Port Sudan", "Sudan"), ("Portland", "United States"),
    ("Porto", "Portugal"), ("Porto Alegre", "Brazil"), ("Potsdam", "Germany"), ("Prince Edward Island", "Canada"),
    ("Prishtina", "Kosovo"), ("Pristina", "Kosovo"), ("Provence", "France"), ("Przewodow", "Poland"),
    ("Przewodów", "Poland"), ("Puducherry", "India"), ("Puerto Rico", "United States"), ("Puglia", "Italy"),
    ("Pulwama", "India"), ("Pune", "India"), ("Punggye-ri", "North Korea"), ("Punjab", ""), ("Puntland", "Somalia"),
    ("Pusan", "South Korea"), ("Putrajaya", "Malaysia"), ("Pyrenees", ""), ("Qingdao", "China"), ("Qinghai", "China"),
    ("Qom", "Iran"), ("Quantico", "United States"), ("Quebec", "Canada"), ("Quebec City", "Canada"),
    ("Queens", "United States"), ("Queensland", "Australia"), ("Quetta", "Pakistan"), ("Quezon City", "Philippines"),
    ("Quito", "Ecuador"), ("Québec", "Canada"), ("Rafah", ""), ("Rajasthan", "India"), ("Rakhine", "Myanmar"),
    ("Ramallah", ""), ("Ramstein", "Germany"), ("Rangoon", "Myanmar"), ("Raqqa", "Syria"), ("Rawalpindi", "Pakistan"),
    ("Red Sea", ""), ("Republika Srpska", "Bosnia and Herzegovina"), ("Reykjavik", "Iceland"), ("Reykjavík", "Iceland"),
    ("Rhine", ""), ("Rhineland", "Germany"), ("Rhineland-Palatinate", "Germany"), ("Rhode Island", "United States"),
    ("Riga", "Latvia"), ("Rio Grande", ""), ("Rio Grande do Sul", "Brazil"), ("Rio de Janeiro", "Brazil"),
    ("River Thames", "United Kingdom"), ("Rockies", ""), ("Rocky Mountains", ""), ("Rojava", "Syria"),
    ("Rostov-on-Don", "Russia"), ("Rotterdam", "Netherlands"), ("Ruhr", "Germany"), ("Russian Far East", "Russia"),
    ("Rust Belt", "United States"), ("Rzeszow", "Poland"), ("Rzeszów", "Poland"), ("Saarland", "Germany"),
    ("Sacramento", "United States"), ("Sagaing", "Myanmar"), ("Sahara", ""), ("Sahel", ""), ("Saigon", "Vietnam"),
    ("Saint Petersburg", "Russia"), ("Sakhalin", "Russia"), ("Salisbury", "United Kingdom"),
    ("Salt Lake City", "United States"), ("Salzburg", "Austria"), ("Samara", "Russia"), ("Samarkand", "Uzbekistan"),
    ("San Antonio", "United States"), ("San Diego", "United States"), ("San Francisco", "United States"),
    ("San Jose", "United States"), ("Sao Paulo", "Brazil"), ("Sarajevo", "Bosnia and Herzegovina"),
    ("Sarawak", "Malaysia"), ("Sardinia", "Italy"), ("Saskatchewan", "Canada"), ("Saxony", "Germany"),
    ("Saxony-Anhalt", "Germany"), ("Scandinavia", ""), ("Scarborough Shoal", ""), ("Schleswig-Holstein", "Germany"),
    ("Scottish Highlands", "United Kingdom"), ("Sderot", "Israel"), ("Sea of Azov", ""), ("Sea of Galilee", "Israel"),
    ("Sea of Japan", ""), ("Seattle", "United States"), ("Second Thomas Shoal", ""), ("Senkaku Islands", ""),
    ("Senkakus", ""), ("Sevastopol", "Ukraine"), ("Severodonetsk", "Ukraine"), ("Sevilla", "Spain"),
    ("Seville", "Spain"), ("Sfax", "Tunisia"), ("Shaanxi", "China"), ("Shan State", "Myanmar"), ("Shandong", "China"),
    ("Shanghai", "China"), ("Shanxi", "China"), ("Sharm el-Sheikh", "Egypt"), ("Sheffield", "United Kingdom"),
    ("Shenzhen", "China"), ("Shetland", "United Kingdom"), ("Siberia", "Russia"), ("Sichuan", "China"),
    ("Sicily", "Italy"), ("Sidon", "Lebanon"), ("Sievierodonetsk", "Ukraine"), ("Sihanoukville", "Cambodia"),
    ("Sikkim", "India"), ("Silicon Valley", "United States"), ("Simferopol", "Ukraine"), ("Sinai", "Egypt"),
    ("Sinai Peninsula", "Egypt"), ("Sinaloa", "Mexico"), ("Sindh", "Pakistan"), ("Sinjar", "Iraq"), ("Sirte", "Libya"),
    ("Sistan and Baluchestan", "Iran"), ("Sloviansk", "Ukraine"), ("Slovyansk", "Ukraine"), ("Snake Island", "Ukraine"),
    ("Sochi", "Russia"), ("Somaliland", "Somalia"), ("South America", ""), ("South Asia", ""),
    ("South Australia", "Australia"), ("South Carolina", "United States"), ("South Caucasus", ""),
    ("South China Sea", ""), ("South Dakota", "United States"), ("South East England", "United Kingdom"),
    ("South Georgia", "United Kingdom"), ("South Kordofan", "Sudan"), ("South Ossetia", "Georgia"), ("South Pole", ""),
    ("South Waziristan", "Pakistan"), ("South West England", "United Kingdom"), ("South-East Asia", ""),
    ("Southampton", "United Kingdom"), ("Southeast Asia", ""), ("Southern Africa", ""), ("Southern Europe", ""),
    ("Southern Ocean", ""), ("Southport", "United Kingdom"), ("Spratly Islands", ""), ("Spratlys", ""),
    ("Srebrenica", "Bosnia and Herzegovina"), ("Sri Jayawardenepura Kotte", "Sri Lanka"), ("Srinagar", "India"),
    ("St Lawrence River", ""), ("St Louis", "United States"), ("St Petersburg", "Russia"), ("St. Lawrence River", ""),
    ("St. Louis", "United States"), ("St. Petersburg", "Russia"), ("Stepanakert", "Azerbaijan"),
    ("Strait of Gibraltar", ""), ("Strait of Hormuz", ""), ("Strait of Malacca", ""), ("Strasbourg", "France"),
    ("Stuttgart", "Germany"), ("Sub-Saharan Africa", ""), ("Sudzha", "Russia"), ("Suez", "Egypt"),
    ("Suez Canal", "Egypt"), ("Sukhumi", "Georgia"), ("Sulawesi", "Indonesia"), ("Sumatra", "Indonesia"),
    ("Sumy", "Ukraine"), ("Sumy Oblast", "Ukraine"), ("Surrey", "United Kingdom"), ("Sussex", "United Kingdom"),
    ("Suwalki Gap", ""), ("Suwałki Gap", ""), ("Svalbard", "Norway"), ("Sweida", "Syria"), ("São Paulo", "Brazil"),
    ("Taichung", "Taiwan"), ("Taiwan Strait", ""), ("Tallinn", "Estonia"), ("Tamaulipas", "Mexico"),
    ("Tamil Nadu", "India"), ("Tampa", "United States"), ("Tangier", "Morocco"), ("Tartus", "Syria"),
    ("Tashkent", "Uzbekistan"), ("Tasmania", "Australia"), ("Tatarstan", "Russia"), ("Tel Aviv", "Israel"),
    ("Telangana", "India"), ("Tenerife", "Spain"), ("Tennessee", "United States"), ("Texas", "United States"),
    ("Thames", "United Kingdom"), ("The Bronx", "United States"), ("The Hague", "Netherlands"),
    ("Thessaloniki", "Greece"), ("Thuringia", "Germany"), ("Tianjin", "China"), ("Tibet", "China"),
    ("Tierra del Fuego", ""), ("Tigray", "Ethiopia"), ("Tigris", ""), ("Tijuana", "Mexico"), ("Tirana", "Albania"),
    ("Tiraspol", "Moldova"), ("Tobruk", "Libya"), ("Toronto", "Canada"), ("Toulouse", "France"),
    ("Transcarpathia", "Ukraine"), ("Transnistria", "Moldova"), ("Tripura", "India"), ("Tskhinvali", "Georgia"),
    ("Tulkarm", ""), ("Tunis", "Tunisia"), ("Turin", "Italy"), ("Turks and Caicos", "United Kingdom"),
    ("Tuscany", "Italy"), ("Tuva", "Russia"), ("Tyre", "Lebanon"), ("US Virgin Islands", "United States"),
    ("Ulaanbaatar", "Mongolia"), ("Ulan Bator", "Mongolia"), ("Ulster", "United Kingdom"), ("Ural Mountains", "Russia"),
    ("Urals", "Russia"), ("Urumqi", "China"), ("Utah", "United States"), ("Uttar Pradesh", "India"),
    ("Uttarakhand", "India"), ("Uvalde", "United States"), ("Valencia", "Spain"), ("Valletta", "Malta"),
    ("Valparaiso", "Chile"), ("Valparaíso", "Chile"), ("Vancouver", "Canada"), ("Varanasi", "India"),
    ("Venice", "Italy"), ("Veracruz", "Mexico"), ("Vermont", "United States"), ("Versailles", "France"),
    ("Victoria Falls", ""), ("Vienna", "Austria"), ("Vilnius", "Lithuania"), ("Vinnytsia", "Ukraine"),
    ("Vladivostok", "Russia"), ("Volga", "Russia"), ("Volgograd", "Russia"), ("Voronezh", "Russia"),
    ("Wales", "United Kingdom"), ("Washington D.C.", "United States"), ("Washington DC", "United States"),
    ("Waziristan", "Pakistan"), ("Wellington", "New Zealand"), ("West Africa", ""), ("West Asia", ""),
    ("West Bank", ""), ("West Bengal", "India"), ("West Coast", "United States"), ("West Midlands", "United Kingdom"),
    ("West Papua", "Indonesia"), ("West Philippine Sea", ""), ("West Virginia", "United States"),
    ("Western Australia", "Australia"), ("Western Balkans", ""), ("Western Cape", "South Africa"),
    ("Western Europe", ""), ("Western Sahara", ""), ("Westminster", "United Kingdom"), ("Whitehall", "United Kingdom"),
    ("Wisconsin", "United States"), ("Wroclaw", "Poland"), ("Wrocław", "Poland"), ("Wuhan", "China"),
    ("Wyoming", "United States"), ("Xi'an", "China"), ("Xian", "China"), ("Xinjiang", "China"), ("Yakutia", "Russia"),
    ("Yalta", "Ukraine"), ("Yangon", "Myanmar"), ("Yangtze", "China"), ("Yekaterinburg", "Russia"),
    ("Yellow River", "China"), ("Yellow Sea", ""), ("Yokohama", "Japan"), ("Yongbyon", "North Korea"),
    ("Yorkshire", "United Kingdom"), ("Yorkshire and the Humber", "United Kingdom"), ("Yukon", "Canada"),
    ("Yunnan", "China"), ("Zakarpattia", "Ukraine"), ("Zamfara", "Nigeria"), ("Zanzibar", "Tanzania"),
    ("Zaporizhia", "Ukraine"), ("Zaporizhzhia", "Ukraine"), ("Zaporizhzhia Oblast", "Ukraine"),
    ("Zaporozhye", "Ukraine"), ("Zhejiang", "China"), ("Zhengzhou", "China"), ("Zhytomyr", "Ukraine"),
    ("Zurich", "Switzerland"), ("Zürich", "Switzerland"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::people::{NOT_NAMES, TITLES};

    #[test]
    fn place_names_lie_in_countries_of_country_words() {
        for (place, &country) in PLACE_NAMES.iter() {
            let known = country.is_empty() || COUNTRY_WORDS.iter().any(|(_, &c)| c == country);
            assert!(known, "PLACE_NAMES: {place:?} lies in {country:?}, no value of COUNTRY_WORDS");
        }
    }

    #[test]
    fn place_names_are_no_country_words_titles_or_not_names() {
        let title_words: Vec<&str> = TITLES.iter().flat_map(|(title, _)| title.split(' ')).collect();
        for (place, _) in PLACE_NAMES.iter() {
            assert!(!COUNTRY_WORDS.contains(place), "PLACE_NAMES: {place:?} is in COUNTRY_WORDS, keep it there only");
            let title = title_words.iter().any(|w| w.eq_ignore_ascii_case(place));
            assert!(!title, "PLACE_NAMES: {place:?} is a word of people::TITLES");
            assert!(!NOT_NAMES.contains(place), "PLACE_NAMES: {place:?} is in people::NOT_NAMES");
        }
    }

    #[test]
    fn place_names_leave_out_names_people_bear() {
        for name in [
            "Adelaide", "Alexandria", "Augusta", "Austin", "Bismarck", "Brittany", "Brooklyn", "Charlotte",
            "Chester", "Darwin", "Devon", "Florence", "Hague", "Hamilton", "Jackson", "Kent", "Kingston", "Lincoln",
            "Madison", "Medina", "Milan", "Orlando", "Phoenix", "Regina", "Rio", "Salvador", "Sydney", "Victoria",
            "Virginia", "Windsor", "York",
        ] {
            assert!(PLACE_NAMES.get(name).is_none(), "PLACE_NAMES: {name:?} is a name people bear: leave it out");
        }
    }

    #[test]
    fn place_names_are_found_word_by_word() {
        for (place, value) in PLACE_NAMES.iter() {
            assert!(place.split(' ').all(|w| !w.is_empty()), "PLACE_NAMES: {place:?} has a stray space");
            assert!(PLACE_NAMES.get(place).is_some_and(|v| std::ptr::eq(v, value)), "PLACE_NAMES: {place:?}");
            let first = place.split(' ').next().unwrap_or(place);
            assert!(PLACE_NAMES.starting_with(first).any(|(p, _)| p == place), "PLACE_NAMES: {place:?} by {first:?}");
        }
        let new: Vec<&str> = PLACE_NAMES.starting_with("New").map(|(p, _)| p).collect();
        for place in ["New York", "New York City", "New South Wales", "New Orleans", "New England"] {
            assert!(new.contains(&place), "{place:?} among {new:?}");
        }
        assert_eq!(PLACE_NAMES.starting_with("Middle").collect::<Vec<_>>(), [("Middle East", &"")]);
        assert_eq!(PLACE_NAMES.starting_with("Los").first(), Some(("Los Angeles", &"United States")));
        assert_eq!(PLACE_NAMES.starting_with("Greater").count(), 2);
        assert_eq!(PLACE_NAMES.get("Tamil Nadu"), Some(&"India"));
        assert_eq!(PLACE_NAMES.get("Gaza Strip"), Some(&""));
        assert_eq!(PLACE_NAMES.get("St. Petersburg"), Some(&"Russia"));
        assert_eq!(PLACE_NAMES.get("São Paulo"), PLACE_NAMES.get("Sao Paulo"));
        assert_eq!(PLACE_NAMES.get("Zaporizhzhia"), Some(&"Ukraine"));
        assert!(PLACE_NAMES.get("New").is_none() && PLACE_NAMES.get("new york").is_none());
        assert!(PLACE_NAMES.starting_with("Gaza").count() == 3 && PLACE_NAMES.starting_with("Strip").is_empty());
    }
}
