//! Who held which office when: heads of state and of government, foreign ministers and the
//! spokespeople news quotes, for the G20 members, the European Union and Ukraine, and the
//! US vice president, from 2000 on. The analysis links a bare title to a person by the
//! date of the article: "the Prime Minister" of a UK government readout of 2023-03-01 is
//! Rishi Sunak.
//!
//! Conventions:
//! - `from` and `to` are the first and last day in office, inclusive. On the day an office
//!   changes hands the successor holds it, so the predecessor's `to` is the day before
//!   (US presidents are inaugurated at noon).
//! - "9999-12-31" while in office. The changes of 2026 are those found in news of that year
//!   (UK prime minister and foreign secretary, Ukraine's prime minister, Mexico's foreign
//!   minister, the White House press secretary); one not found there may be missing.
//! - A date known only to the month is the first (`from`) or last (`to`) day of that month,
//!   and says so in a comment. Where even that would claim a day the person was certainly
//!   out of office, the date is the nearest day they are known in office, also commented.
//! - Acting holders appear only where news called them by the title (Ukraine's acting
//!   president Oleksandr Turchynov, South Korea's acting presidents). Gaps between holders
//!   are offices held by someone left out (an acting minister) or by no one.
//! - `office` is a value of `people::TITLES`: China's premier is "prime minister" (TITLES
//!   files "premier" under it), the UK Foreign Secretary "foreign minister", and the EU's High
//!   Representative for foreign affairs, news's "EU foreign policy chief", "foreign minister".
//!   The two EU presidents are told apart by `body`.
//!
//! Left out for want of reliable dates: South Korea's foreign ministers of 2000-2003,
//! Indonesia's Alwi Shihab (2000-2001), China's Foreign Ministry spokespersons other than
//! those below (Hua Chunying, Wang Wenbin, Geng Shuang, Lu Kang, ...), the Kremlin press
//! secretaries before Dmitry Peskov, Russia's Foreign Ministry spokespeople before Maria
//! Zakharova, US State Department spokespeople other than those below (Heather Nauert,
//! Tammy Bruce, ...), the White House press secretary named in October 2026, Ukraine's
//! Foreign Ministry spokespeople before Oleh Nikolenko, and the government spokespeople of
//! countries other than Germany.

use super::WordList;

/// One person's tenure in an office.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holder {
    /// The office as `people::TITLES` names it (its values): "president", "prime minister",
    /// "chancellor", "king", "foreign minister", "secretary of state", "external affairs minister",
    /// "spokesperson", "press secretary", ...
    pub office: &'static str,
    /// The country as a value of `places::COUNTRY_WORDS` ("United States", "United Kingdom"),
    /// or "European Union" for EU institutions.
    pub country: &'static str,
    /// For offices of a body (spokespeople): the body as news names it ("Kremlin",
    /// "Foreign Ministry", "State Department", "White House"); "" otherwise.
    pub body: &'static str,
    /// The name as most English-language news writes it in full ("Volodymyr Zelenskyy",
    /// "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva").
    pub name: &'static str,
    /// First and last day in office, inclusive, `YYYY-MM-DD`; "9999-12-31" while in office.
    pub from: &'static str,
    pub to: &'static str,
}

/// A [`Holder`] from its fields in order, so that each entry of [`OFFICE_HOLDERS`] fits on a line.
const fn held(
    office: &'static str,
    country: &'static str,
    body: &'static str,
    name: &'static str,
    from: &'static str,
    to: &'static str,
) -> Holder {
    Holder { office, country, body, name, from, to }
}

/// Every holder, in order of country, office and `from`.
pub const OFFICE_HOLDERS: &[Holder] = &[
    // Argentina: the president is head of state and of government.
    // Left with President de la Rúa's government, which fell with his resignation on 2001-12-20.
    held("foreign minister", "Argentina", "", "Adalberto Rodríguez Giavarini", "1999-12-10", "2001-12-20"),
    // Month only for `from`: sworn in with President Duhalde's cabinet in early January 2002.
    held("foreign minister", "Argentina", "", "Carlos Ruckauf", "2002-01-01", "2003-05-24"),
    held("foreign minister", "Argentina", "", "Rafael Bielsa", "2003-05-25", "2005-11-30"),
    held("foreign minister", "Argentina", "", "Jorge Taiana", "2005-12-01", "2010-06-18"),
    // Sworn in in late June 2010, days after Taiana resigned; `from` is the first day he is
    // known in office, as the day of his oath is not verified.
    held("foreign minister", "Argentina", "", "Héctor Timerman", "2010-07-01", "2015-12-09"),
    // Announced her resignation on 2017-05-29 and stayed into June 2017 (day not verified);
    // `to` is the last day she is known in office.
    held("foreign minister", "Argentina", "", "Susana Malcorra", "2015-12-10", "2017-05-31"),
    // Sworn in by 2017-06-14, when it was reported; the day itself is not verified.
    held("foreign minister", "Argentina", "", "Jorge Faurie", "2017-06-14", "2019-12-09"),
    held("foreign minister", "Argentina", "", "Felipe Solá", "2019-12-10", "2021-09-19"),
    held("foreign minister", "Argentina", "", "Santiago Cafiero", "2021-09-20", "2023-12-09"),
    // Dismissed on 2024-10-30; Werthein was sworn in on 2024-11-04.
    held("foreign minister", "Argentina", "", "Diana Mondino", "2023-12-10", "2024-10-30"),
    held("foreign minister", "Argentina", "", "Gerardo Werthein", "2024-11-04", "2025-10-27"),
    held("foreign minister", "Argentina", "", "Pablo Quirno", "2025-10-28", "9999-12-31"),
    held("president", "Argentina", "", "Fernando de la Rúa", "1999-12-10", "2001-12-20"),
    // Interim president chosen by Congress (the acting presidents around him are left out).
    held("president", "Argentina", "", "Adolfo Rodríguez Saá", "2001-12-23", "2001-12-30"),
    held("president", "Argentina", "", "Eduardo Duhalde", "2002-01-02", "2003-05-24"),
    held("president", "Argentina", "", "Néstor Kirchner", "2003-05-25", "2007-12-09"),
    held("president", "Argentina", "", "Cristina Fernández de Kirchner", "2007-12-10", "2015-12-09"),
    held("president", "Argentina", "", "Mauricio Macri", "2015-12-10", "2019-12-09"),
    held("president", "Argentina", "", "Alberto Fernández", "2019-12-10", "2023-12-09"),
    held("president", "Argentina", "", "Javier Milei", "2023-12-10", "9999-12-31"),
    // Australia: the head of state is the British monarch (under United Kingdom).
    held("foreign minister", "Australia", "", "Alexander Downer", "1996-03-11", "2007-12-02"),
    held("foreign minister", "Australia", "", "Stephen Smith", "2007-12-03", "2010-09-13"),
    held("foreign minister", "Australia", "", "Kevin Rudd", "2010-09-14", "2012-02-22"),
    held("foreign minister", "Australia", "", "Bob Carr", "2012-03-13", "2013-09-17"),
    held("foreign minister", "Australia", "", "Julie Bishop", "2013-09-18", "2018-08-27"),
    held("foreign minister", "Australia", "", "Marise Payne", "2018-08-28", "2022-05-22"),
    held("foreign minister", "Australia", "", "Penny Wong", "2022-05-23", "9999-12-31"),
    held("prime minister", "Australia", "", "John Howard", "1996-03-11", "2007-12-02"),
    held("prime minister", "Australia", "", "Kevin Rudd", "2007-12-03", "2010-06-23"),
    held("prime minister", "Australia", "", "Julia Gillard", "2010-06-24", "2013-06-26"),
    held("prime minister", "Australia", "", "Kevin Rudd", "2013-06-27", "2013-09-17"),
    held("prime minister", "Australia", "", "Tony Abbott", "2013-09-18", "2015-09-14"),
    held("prime minister", "Australia", "", "Malcolm Turnbull", "2015-09-15", "2018-08-23"),
    held("prime minister", "Australia", "", "Scott Morrison", "2018-08-24", "2022-05-22"),
    held("prime minister", "Australia", "", "Anthony Albanese", "2022-05-23", "9999-12-31"),
    // Brazil: the president is head of state and of government.
    // Left in January 2001 (day not verified); `to` is the last day he is known in office.
    held("foreign minister", "Brazil", "", "Luiz Felipe Lampreia", "1995-01-01", "2000-12-31"),
    held("foreign minister", "Brazil", "", "Celso Lafer", "2001-01-29", "2002-12-31"),
    held("foreign minister", "Brazil", "", "Celso Amorim", "2003-01-01", "2010-12-31"),
    held("foreign minister", "Brazil", "", "Antonio Patriota", "2011-01-01", "2013-08-26"),
    // Took office in the last days of August 2013 (day not verified); `from` is the first day
    // he is known in office.
    held("foreign minister", "Brazil", "", "Luiz Alberto Figueiredo", "2013-09-01", "2014-12-31"),
    held("foreign minister", "Brazil", "", "Mauro Vieira", "2015-01-01", "2016-05-11"),
    held("foreign minister", "Brazil", "", "José Serra", "2016-05-12", "2017-02-22"),
    held("foreign minister", "Brazil", "", "Aloysio Nunes", "2017-03-07", "2018-12-31"),
    held("foreign minister", "Brazil", "", "Ernesto Araújo", "2019-01-01", "2021-03-29"),
    held("foreign minister", "Brazil", "", "Carlos França", "2021-04-06", "2022-12-31"),
    held("foreign minister", "Brazil", "", "Mauro Vieira", "2023-01-01", "9999-12-31"),
    held("president", "Brazil", "", "Fernando Henrique Cardoso", "1995-01-01", "2002-12-31"),
    held("president", "Brazil", "", "Luiz Inácio Lula da Silva", "2003-01-01", "2010-12-31"),
    // Suspended from 2016-05-12 for her impeachment trial, removed on 2016-08-31.
    held("president", "Brazil", "", "Dilma Rousseff", "2011-01-01", "2016-08-30"),
    // Acting president while Rousseff was suspended, sworn in as president on 2016-08-31.
    held("president", "Brazil", "", "Michel Temer", "2016-05-12", "2018-12-31"),
    held("president", "Brazil", "", "Jair Bolsonaro", "2019-01-01", "2022-12-31"),
    held("president", "Brazil", "", "Luiz Inácio Lula da Silva", "2023-01-01", "9999-12-31"),
    // Canada: the head of state is the British monarch (under United Kingdom).
    held("foreign minister", "Canada", "", "Lloyd Axworthy", "1996-01-25", "2000-10-16"),
    held("foreign minister", "Canada", "", "John Manley", "2000-10-17", "2002-01-15"),
    held("foreign minister", "Canada", "", "Bill Graham", "2002-01-16", "2004-07-19"),
    held("foreign minister", "Canada", "", "Pierre Pettigrew", "2004-07-20", "2006-02-05"),
    held("foreign minister", "Canada", "", "Peter MacKay", "2006-02-06", "2007-08-13"),
    held("foreign minister", "Canada", "", "Maxime Bernier", "2007-08-14", "2008-05-25"),
    held("foreign minister", "Canada", "", "David Emerson", "2008-05-26", "2008-10-29"),
    held("foreign minister", "Canada", "", "Lawrence Cannon", "2008-10-30", "2011-05-17"),
    // Announced his resignation in early February 2015; `to` is the last day he is known in office.
    held("foreign minister", "Canada", "", "John Baird", "2011-05-18", "2015-02-02"),
    held("foreign minister", "Canada", "", "Rob Nicholson", "2015-02-09", "2015-11-03"),
    held("foreign minister", "Canada", "", "Stéphane Dion", "2015-11-04", "2017-01-09"),
    held("foreign minister", "Canada", "", "Chrystia Freeland", "2017-01-10", "2019-11-19"),
    held("foreign minister", "Canada", "", "François-Philippe Champagne", "2019-11-20", "2021-01-11"),
    held("foreign minister", "Canada", "", "Marc Garneau", "2021-01-12", "2021-10-25"),
    held("foreign minister", "Canada", "", "Mélanie Joly", "2021-10-26", "2025-05-12"),
    held("foreign minister", "Canada", "", "Anita Anand", "2025-05-13", "9999-12-31"),
    held("prime minister", "Canada", "", "Jean Chrétien", "1993-11-04", "2003-12-11"),
    held("prime minister", "Canada", "", "Paul Martin", "2003-12-12", "2006-02-05"),
    held("prime minister", "Canada", "", "Stephen Harper", "2006-02-06", "2015-11-03"),
    held("prime minister", "Canada", "", "Justin Trudeau", "2015-11-04", "2025-03-13"),
    held("prime minister", "Canada", "", "Mark Carney", "2025-03-14", "9999-12-31"),
    // China: the Premier of the State Council is "prime minister", as TITLES files "premier".
    held("foreign minister", "China", "", "Tang Jiaxuan", "1998-03-18", "2003-03-16"),
    held("foreign minister", "China", "", "Li Zhaoxing", "2003-03-17", "2007-04-26"),
    held("foreign minister", "China", "", "Yang Jiechi", "2007-04-27", "2013-03-15"),
    held("foreign minister", "China", "", "Wang Yi", "2013-03-16", "2022-12-29"),
    held("foreign minister", "China", "", "Qin Gang", "2022-12-30", "2023-07-24"),
    held("foreign minister", "China", "", "Wang Yi", "2023-07-25", "9999-12-31"),
    held("president", "China", "", "Jiang Zemin", "1993-03-27", "2003-03-14"),
    held("president", "China", "", "Hu Jintao", "2003-03-15", "2013-03-13"),
    held("president", "China", "", "Xi Jinping", "2013-03-14", "9999-12-31"),
    held("prime minister", "China", "", "Zhu Rongji", "1998-03-17", "2003-03-15"),
    held("prime minister", "China", "", "Wen Jiabao", "2003-03-16", "2013-03-14"),
    held("prime minister", "China", "", "Li Keqiang", "2013-03-15", "2023-03-10"),
    held("prime minister", "China", "", "Li Qiang", "2023-03-11", "9999-12-31"),
    // Foreign Ministry spokespersons serve several at once; `from` is the first briefing.
    // Zhao Lijian last briefed on 2022-12-02 and was named to another post on 2023-01-09.
    held("spokesperson", "China", "Foreign Ministry", "Zhao Lijian", "2020-02-24", "2023-01-08"),
    held("spokesperson", "China", "Foreign Ministry", "Mao Ning", "2022-09-05", "9999-12-31"),
    held("spokesperson", "China", "Foreign Ministry", "Lin Jian", "2024-03-18", "9999-12-31"),
    held("spokesperson", "China", "Foreign Ministry", "Guo Jiakun", "2025-01-06", "9999-12-31"),
    // European Union: the High Representative for foreign affairs ("foreign minister"), and
    // the presidents of the European Commission and of the European Council (from 2009).
    held("foreign minister", "European Union", "", "Javier Solana", "1999-10-18", "2009-11-30"),
    held("foreign minister", "European Union", "", "Catherine Ashton", "2009-12-01", "2014-10-31"),
    held("foreign minister", "European Union", "", "Federica Mogherini", "2014-11-01", "2019-11-30"),
    held("foreign minister", "European Union", "", "Josep Borrell", "2019-12-01", "2024-11-30"),
    held("foreign minister", "European Union", "", "Kaja Kallas", "2024-12-01", "9999-12-31"),
    held("president", "European Union", "European Commission", "Romano Prodi", "1999-09-16", "2004-11-21"),
    held("president", "European Union", "European Commission", "José Manuel Barroso", "2004-11-22", "2014-10-31"),
    held("president", "European Union", "European Council", "Herman Van Rompuy", "2009-12-01", "2014-11-30"),
    held("president", "European Union", "European Commission", "Jean-Claude Juncker", "2014-11-01", "2019-11-30"),
    held("president", "European Union", "European Council", "Donald Tusk", "2014-12-01", "2019-11-30"),
    held("president", "European Union", "European Commission", "Ursula von der Leyen", "2019-12-01", "9999-12-31"),
    held("president", "European Union", "European Council", "Charles Michel", "2019-12-01", "2024-11-30"),
    held("president", "European Union", "European Council", "António Costa", "2024-12-01", "9999-12-31"),
    // France.
    held("foreign minister", "France", "", "Hubert Védrine", "1997-06-04", "2002-05-06"),
    held("foreign minister", "France", "", "Dominique de Villepin", "2002-05-07", "2004-03-30"),
    held("foreign minister", "France", "", "Michel Barnier", "2004-03-31", "2005-06-01"),
    held("foreign minister", "France", "", "Philippe Douste-Blazy", "2005-06-02", "2007-05-17"),
    held("foreign minister", "France", "", "Bernard Kouchner", "2007-05-18", "2010-11-13"),
    held("foreign minister", "France", "", "Michèle Alliot-Marie", "2010-11-14", "2011-02-26"),
    held("foreign minister", "France", "", "Alain Juppé", "2011-02-27", "2012-05-15"),
    held("foreign minister", "France", "", "Laurent Fabius", "2012-05-16", "2016-02-10"),
    held("foreign minister", "France", "", "Jean-Marc Ayrault", "2016-02-11", "2017-05-16"),
    held("foreign minister", "France", "", "Jean-Yves Le Drian", "2017-05-17", "2022-05-19"),
    held("foreign minister", "France", "", "Catherine Colonna", "2022-05-20", "2024-01-10"),
    held("foreign minister", "France", "", "Stéphane Séjourné", "2024-01-11", "2024-09-20"),
    held("foreign minister", "France", "", "Jean-Noël Barrot", "2024-09-21", "9999-12-31"),
    held("president", "France", "", "Jacques Chirac", "1995-05-17", "2007-05-15"),
    held("president", "France", "", "Nicolas Sarkozy", "2007-05-16", "2012-05-14"),
    held("president", "France", "", "François Hollande", "2012-05-15", "2017-05-13"),
    held("president", "France", "", "Emmanuel Macron", "2017-05-14", "9999-12-31"),
    held("prime minister", "France", "", "Lionel Jospin", "1997-06-02", "2002-05-05"),
    held("prime minister", "France", "", "Jean-Pierre Raffarin", "2002-05-06", "2005-05-30"),
    held("prime minister", "France", "", "Dominique de Villepin", "2005-05-31", "2007-05-16"),
    held("prime minister", "France", "", "François Fillon", "2007-05-17", "2012-05-14"),
    held("prime minister", "France", "", "Jean-Marc Ayrault", "2012-05-15", "2014-03-30"),
    held("prime minister", "France", "", "Manuel Valls", "2014-03-31", "2016-12-05"),
    held("prime minister", "France", "", "Bernard Cazeneuve", "2016-12-06", "2017-05-14"),
    held("prime minister", "France", "", "Édouard Philippe", "2017-05-15", "2020-07-02"),
    held("prime minister", "France", "", "Jean Castex", "2020-07-03", "2022-05-15"),
    held("prime minister", "France", "", "Élisabeth Borne", "2022-05-16", "2024-01-08"),
    held("prime minister", "France", "", "Gabriel Attal", "2024-01-09", "2024-09-04"),
    held("prime minister", "France", "", "Michel Barnier", "2024-09-05", "2024-12-12"),
    held("prime minister", "France", "", "François Bayrou", "2024-12-13", "2025-09-08"),
    // Resigned on 2025-10-06 and was reappointed on 2025-10-10, staying on in between.
    held("prime minister", "France", "", "Sébastien Lecornu", "2025-09-09", "9999-12-31"),
    // Germany: the Federal President is head of state, the Chancellor head of government.
    held("chancellor", "Germany", "", "Gerhard Schröder", "1998-10-27", "2005-11-21"),
    held("chancellor", "Germany", "", "Angela Merkel", "2005-11-22", "2021-12-07"),
    held("chancellor", "Germany", "", "Olaf Scholz", "2021-12-08", "2025-05-05"),
    held("chancellor", "Germany", "", "Friedrich Merz", "2025-05-06", "9999-12-31"),
    held("foreign minister", "Germany", "", "Joschka Fischer", "1998-10-27", "2005-11-21"),
    held("foreign minister", "Germany", "", "Frank-Walter Steinmeier", "2005-11-22", "2009-10-27"),
    held("foreign minister", "Germany", "", "Guido Westerwelle", "2009-10-28", "2013-12-16"),
    held("foreign minister", "Germany", "", "Frank-Walter Steinmeier", "2013-12-17", "2017-01-26"),
    held("foreign minister", "Germany", "", "Sigmar Gabriel", "2017-01-27", "2018-03-13"),
    held("foreign minister", "Germany", "", "Heiko Maas", "2018-03-14", "2021-12-07"),
    held("foreign minister", "Germany", "", "Annalena Baerbock", "2021-12-08", "2025-05-05"),
    held("foreign minister", "Germany", "", "Johann Wadephul", "2025-05-06", "9999-12-31"),
    held("president", "Germany", "", "Johannes Rau", "1999-07-01", "2004-06-30"),
    held("president", "Germany", "", "Horst Köhler", "2004-07-01", "2010-05-31"),
    held("president", "Germany", "", "Christian Wulff", "2010-06-30", "2012-02-17"),
    held("president", "Germany", "", "Joachim Gauck", "2012-03-18", "2017-03-18"),
    held("president", "Germany", "", "Frank-Walter Steinmeier", "2017-03-19", "9999-12-31"),
    held("spokesperson", "Germany", "Federal Government", "Steffen Seibert", "2010-08-11", "2021-12-07"),
    // Spokesman of Scholz's government, which ended on 2025-05-06.
    held("spokesperson", "Germany", "Federal Government", "Steffen Hebestreit", "2021-12-08", "2025-05-06"),
    // Took over the Federal Press Office on 2025-05-12.
    held("spokesperson", "Germany", "Federal Government", "Stefan Kornelius", "2025-05-12", "9999-12-31"),
    // India: the President is head of state, the Prime Minister head of government.
    held("external affairs minister", "India", "", "Jaswant Singh", "1998-12-05", "2002-06-30"),
    held("external affairs minister", "India", "", "Yashwant Sinha", "2002-07-01", "2004-05-21"),
    held("external affairs minister", "India", "", "Natwar Singh", "2004-05-22", "2005-11-06"),
    held("external affairs minister", "India", "", "Pranab Mukherjee", "2006-10-24", "2009-05-21"),
    held("external affairs minister", "India", "", "S. M. Krishna", "2009-05-22", "2012-10-26"),
    held("external affairs minister", "India", "", "Salman Khurshid", "2012-10-28", "2014-05-25"),
    held("external affairs minister", "India", "", "Sushma Swaraj", "2014-05-26", "2019-05-29"),
    held("external affairs minister", "India", "", "Subrahmanyam Jaishankar", "2019-05-30", "9999-12-31"),
    held("president", "India", "", "K. R. Narayanan", "1997-07-25", "2002-07-24"),
    held("president", "India", "", "A. P. J. Abdul Kalam", "2002-07-25", "2007-07-24"),
    held("president", "India", "", "Pratibha Patil", "2007-07-25", "2012-07-24"),
    held("president", "India", "", "Pranab Mukherjee", "2012-07-25", "2017-07-24"),
    held("president", "India", "", "Ram Nath Kovind", "2017-07-25", "2022-07-24"),
    held("president", "India", "", "Droupadi Murmu", "2022-07-25", "9999-12-31"),
    held("prime minister", "India", "", "Atal Bihari Vajpayee", "1998-03-19", "2004-05-21"),
    held("prime minister", "India", "", "Manmohan Singh", "2004-05-22", "2014-05-25"),
    held("prime minister", "India", "", "Narendra Modi", "2014-05-26", "9999-12-31"),
    // Month only for `from`: took charge in April 2020.
    held("spokesperson", "India", "Ministry of External Affairs", "Anurag Srivastava", "2020-04-01", "2021-03-19"),
    held("spokesperson", "India", "Ministry of External Affairs", "Arindam Bagchi", "2021-03-20", "2024-01-02"),
    held("spokesperson", "India", "Ministry of External Affairs", "Randhir Jaiswal", "2024-01-03", "9999-12-31"),
    // Indonesia: the president is head of state and of government.
    held("foreign minister", "Indonesia", "", "Hassan Wirajuda", "2001-08-10", "2009-10-20"),
    held("foreign minister", "Indonesia", "", "Marty Natalegawa", "2009-10-22", "2014-10-20"),
    held("foreign minister", "Indonesia", "", "Retno Marsudi", "2014-10-27", "2024-10-20"),
    held("foreign minister", "Indonesia", "", "Sugiono", "2024-10-21", "9999-12-31"),
    held("president", "Indonesia", "", "Abdurrahman Wahid", "1999-10-20", "2001-07-22"),
    held("president", "Indonesia", "", "Megawati Sukarnoputri", "2001-07-23", "2004-10-19"),
    held("president", "Indonesia", "", "Susilo Bambang Yudhoyono", "2004-10-20", "2014-10-19"),
    held("president", "Indonesia", "", "Joko Widodo", "2014-10-20", "2024-10-19"),
    held("president", "Indonesia", "", "Prabowo Subianto", "2024-10-20", "9999-12-31"),
    // Italy: dates of the oath; the prime minister's stand-ins as foreign minister are left out.
    held("foreign minister", "Italy", "", "Lamberto Dini", "1996-05-18", "2001-06-10"),
    held("foreign minister", "Italy", "", "Renato Ruggiero", "2001-06-11", "2002-01-05"),
    held("foreign minister", "Italy", "", "Franco Frattini", "2002-11-14", "2004-11-17"),
    held("foreign minister", "Italy", "", "Gianfranco Fini", "2004-11-18", "2006-05-16"),
    held("foreign minister", "Italy", "", "Massimo D'Alema", "2006-05-17", "2008-05-07"),
    held("foreign minister", "Italy", "", "Franco Frattini", "2008-05-08", "2011-11-15"),
    held("foreign minister", "Italy", "", "Giulio Terzi di Sant'Agata", "2011-11-16", "2013-03-26"),
    held("foreign minister", "Italy", "", "Emma Bonino", "2013-04-28", "2014-02-21"),
    held("foreign minister", "Italy", "", "Federica Mogherini", "2014-02-22", "2014-10-30"),
    held("foreign minister", "Italy", "", "Paolo Gentiloni", "2014-10-31", "2016-12-11"),
    held("foreign minister", "Italy", "", "Angelino Alfano", "2016-12-12", "2018-05-31"),
    held("foreign minister", "Italy", "", "Enzo Moavero Milanesi", "2018-06-01", "2019-09-04"),
    held("foreign minister", "Italy", "", "Luigi Di Maio", "2019-09-05", "2022-10-21"),
    held("foreign minister", "Italy", "", "Antonio Tajani", "2022-10-22", "9999-12-31"),
    held("president", "Italy", "", "Carlo Azeglio Ciampi", "1999-05-18", "2006-05-14"),
    held("president", "Italy", "", "Giorgio Napolitano", "2006-05-15", "2015-01-14"),
    held("president", "Italy", "", "Sergio Mattarella", "2015-02-03", "9999-12-31"),
    held("prime minister", "Italy", "", "Massimo D'Alema", "1998-10-21", "2000-04-25"),
    held("prime minister", "Italy", "", "Giuliano Amato", "2000-04-26", "2001-06-10"),
    held("prime minister", "Italy", "", "Silvio Berlusconi", "2001-06-11", "2006-05-16"),
    held("prime minister", "Italy", "", "Romano Prodi", "2006-05-17", "2008-05-07"),
    held("prime minister", "Italy", "", "Silvio Berlusconi", "2008-05-08", "2011-11-15"),
    held("prime minister", "Italy", "", "Mario Monti", "2011-11-16", "2013-04-27"),
    held("prime minister", "Italy", "", "Enrico Letta", "2013-04-28", "2014-02-21"),
    held("prime minister", "Italy", "", "Matteo Renzi", "2014-02-22", "2016-12-11"),
    held("prime minister", "Italy", "", "Paolo Gentiloni", "2016-12-12", "2018-05-31"),
    held("prime minister", "Italy", "", "Giuseppe Conte", "2018-06-01", "2021-02-12"),
    held("prime minister", "Italy", "", "Mario Draghi", "2021-02-13", "2022-10-21"),
    held("prime minister", "Italy", "", "Giorgia Meloni", "2022-10-22", "9999-12-31"),
    // Japan: the Emperor is head of state, the Prime Minister head of government.
    held("emperor", "Japan", "", "Akihito", "1989-01-07", "2019-04-30"),
    held("emperor", "Japan", "", "Naruhito", "2019-05-01", "9999-12-31"),
    held("foreign minister", "Japan", "", "Yohei Kono", "1999-10-05", "2001-04-25"),
    held("foreign minister", "Japan", "", "Makiko Tanaka", "2001-04-26", "2002-01-29"),
    held("foreign minister", "Japan", "", "Yoriko Kawaguchi", "2002-02-01", "2004-09-26"),
    held("foreign minister", "Japan", "", "Nobutaka Machimura", "2004-09-27", "2005-10-30"),
    held("foreign minister", "Japan", "", "Taro Aso", "2005-10-31", "2007-08-26"),
    held("foreign minister", "Japan", "", "Nobutaka Machimura", "2007-08-27", "2007-09-25"),
    held("foreign minister", "Japan", "", "Masahiko Komura", "2007-09-26", "2008-09-23"),
    held("foreign minister", "Japan", "", "Hirofumi Nakasone", "2008-09-24", "2009-09-15"),
    held("foreign minister", "Japan", "", "Katsuya Okada", "2009-09-16", "2010-09-16"),
    held("foreign minister", "Japan", "", "Seiji Maehara", "2010-09-17", "2011-03-06"),
    held("foreign minister", "Japan", "", "Takeaki Matsumoto", "2011-03-09", "2011-09-01"),
    held("foreign minister", "Japan", "", "Koichiro Gemba", "2011-09-02", "2012-12-25"),
    held("foreign minister", "Japan", "", "Fumio Kishida", "2012-12-26", "2017-08-02"),
    held("foreign minister", "Japan", "", "Taro Kono", "2017-08-03", "2019-09-10"),
    // Became the party's secretary-general on 2021-11-04; Prime Minister Kishida stood in until
    // Hayashi was appointed.
    held("foreign minister", "Japan", "", "Toshimitsu Motegi", "2019-09-11", "2021-11-04"),
    held("foreign minister", "Japan", "", "Yoshimasa Hayashi", "2021-11-10", "2023-09-12"),
    held("foreign minister", "Japan", "", "Yoko Kamikawa", "2023-09-13", "2024-09-30"),
    held("foreign minister", "Japan", "", "Takeshi Iwaya", "2024-10-01", "2025-10-20"),
    held("foreign minister", "Japan", "", "Toshimitsu Motegi", "2025-10-21", "9999-12-31"),
    held("prime minister", "Japan", "", "Keizo Obuchi", "1998-07-30", "2000-04-04"),
    held("prime minister", "Japan", "", "Yoshiro Mori", "2000-04-05", "2001-04-25"),
    held("prime minister", "Japan", "", "Junichiro Koizumi", "2001-04-26", "2006-09-25"),
    held("prime minister", "Japan", "", "Shinzo Abe", "2006-09-26", "2007-09-25"),
    held("prime minister", "Japan", "", "Yasuo Fukuda", "2007-09-26", "2008-09-23"),
    held("prime minister", "Japan", "", "Taro Aso", "2008-09-24", "2009-09-15"),
    held("prime minister", "Japan", "", "Yukio Hatoyama", "2009-09-16", "2010-06-07"),
    held("prime minister", "Japan", "", "Naoto Kan", "2010-06-08", "2011-09-01"),
    held("prime minister", "Japan", "", "Yoshihiko Noda", "2011-09-02", "2012-12-25"),
    held("prime minister", "Japan", "", "Shinzo Abe", "2012-12-26", "2020-09-15"),
    held("prime minister", "Japan", "", "Yoshihide Suga", "2020-09-16", "2021-10-03"),
    held("prime minister", "Japan", "", "Fumio Kishida", "2021-10-04", "2024-09-30"),
    held("prime minister", "Japan", "", "Shigeru Ishiba", "2024-10-01", "2025-10-20"),
    held("prime minister", "Japan", "", "Sanae Takaichi", "2025-10-21", "9999-12-31"),
    // Mexico: the president is head of state and of government; the Secretary of Foreign
    // Affairs is news's "foreign minister".
    // Month only for `from`.
    held("foreign minister", "Mexico", "", "Rosario Green", "1998-01-01", "2000-11-30"),
    // Resigned in January 2003 (day not verified); `to` is the last day he is known in office.
    held("foreign minister", "Mexico", "", "Jorge Castañeda", "2000-12-01", "2002-12-31"),
    // Appointed in January 2003 (day not verified); `from` is the first day he is known in office.
    held("foreign minister", "Mexico", "", "Luis Ernesto Derbez", "2003-02-01", "2006-11-30"),
    held("foreign minister", "Mexico", "", "Patricia Espinosa", "2006-12-01", "2012-11-30"),
    held("foreign minister", "Mexico", "", "José Antonio Meade", "2012-12-01", "2015-08-26"),
    held("foreign minister", "Mexico", "", "Claudia Ruiz Massieu", "2015-08-27", "2017-01-03"),
    held("foreign minister", "Mexico", "", "Luis Videgaray", "2017-01-04", "2018-11-30"),
    held("foreign minister", "Mexico", "", "Marcelo Ebrard", "2018-12-01", "2023-06-12"),
    held("foreign minister", "Mexico", "", "Alicia Bárcena", "2023-07-03", "2024-09-30"),
    // On medical leave from 2025-11-28, Roberto Velasco standing in.
    held("foreign minister", "Mexico", "", "Juan Ramón de la Fuente", "2024-10-01", "2026-03-31"),
    held("foreign minister", "Mexico", "", "Roberto Velasco", "2026-04-01", "9999-12-31"),
    held("president", "Mexico", "", "Ernesto Zedillo", "1994-12-01", "2000-11-30"),
    held("president", "Mexico", "", "Vicente Fox", "2000-12-01", "2006-11-30"),
    held("president", "Mexico", "", "Felipe Calderón", "2006-12-01", "2012-11-30"),
    held("president", "Mexico", "", "Enrique Peña Nieto", "2012-12-01", "2018-11-30"),
    held("president", "Mexico", "", "Andrés Manuel López Obrador", "2018-12-01", "2024-09-30"),
    held("president", "Mexico", "", "Claudia Sheinbaum", "2024-10-01", "9999-12-31"),
    // Russia: the President is head of state, the Prime Minister head of government.
    held("foreign minister", "Russia", "", "Igor Ivanov", "1998-09-11", "2004-03-08"),
    held("foreign minister", "Russia", "", "Sergey Lavrov", "2004-03-09", "9999-12-31"),
    // Acting president from Yeltsin's resignation until his inauguration on 2000-05-07.
    held("president", "Russia", "", "Vladimir Putin", "1999-12-31", "2008-05-06"),
    held("president", "Russia", "", "Dmitry Medvedev", "2008-05-07", "2012-05-06"),
    held("president", "Russia", "", "Vladimir Putin", "2012-05-07", "9999-12-31"),
    held("prime minister", "Russia", "", "Vladimir Putin", "1999-08-16", "2000-05-06"),
    // Acting prime minister from 2000-05-07, confirmed on 2000-05-17.
    held("prime minister", "Russia", "", "Mikhail Kasyanov", "2000-05-17", "2004-02-24"),
    held("prime minister", "Russia", "", "Mikhail Fradkov", "2004-03-05", "2007-09-12"),
    held("prime minister", "Russia", "", "Viktor Zubkov", "2007-09-14", "2008-05-07"),
    held("prime minister", "Russia", "", "Vladimir Putin", "2008-05-08", "2012-05-07"),
    held("prime minister", "Russia", "", "Dmitry Medvedev", "2012-05-08", "2020-01-15"),
    held("prime minister", "Russia", "", "Mikhail Mishustin", "2020-01-16", "9999-12-31"),
    held("spokesperson", "Russia", "Kremlin", "Dmitry Peskov", "2012-05-22", "9999-12-31"),
    held("spokesperson", "Russia", "Foreign Ministry", "Maria Zakharova", "2015-08-10", "9999-12-31"),
    // Saudi Arabia: the King is head of state; he was also prime minister until he named the
    // crown prince to it.
    // Month only for `from`.
    held("foreign minister", "Saudi Arabia", "", "Saud al-Faisal", "1975-10-01", "2015-04-28"),
    held("foreign minister", "Saudi Arabia", "", "Adel al-Jubeir", "2015-04-29", "2018-12-26"),
    held("foreign minister", "Saudi Arabia", "", "Ibrahim al-Assaf", "2018-12-27", "2019-10-22"),
    held("foreign minister", "Saudi Arabia", "", "Faisal bin Farhan Al Saud", "2019-10-23", "9999-12-31"),
    // Died on 2005-08-01, the day his successor acceded.
    held("king", "Saudi Arabia", "", "Fahd bin Abdulaziz Al Saud", "1982-06-13", "2005-07-31"),
    // Died on 2015-01-23, the day his successor acceded.
    held("king", "Saudi Arabia", "", "Abdullah bin Abdulaziz Al Saud", "2005-08-01", "2015-01-22"),
    held("king", "Saudi Arabia", "", "Salman bin Abdulaziz Al Saud", "2015-01-23", "9999-12-31"),
    held("prime minister", "Saudi Arabia", "", "Mohammed bin Salman", "2022-09-27", "9999-12-31"),
    // South Africa: the president is head of state and of government; the Minister of
    // International Relations and Cooperation (Foreign Affairs until 2009) is "foreign minister".
    held("foreign minister", "South Africa", "", "Nkosazana Dlamini-Zuma", "1999-06-17", "2009-05-10"),
    held("foreign minister", "South Africa", "", "Maite Nkoana-Mashabane", "2009-05-11", "2018-02-26"),
    held("foreign minister", "South Africa", "", "Lindiwe Sisulu", "2018-02-27", "2019-05-29"),
    held("foreign minister", "South Africa", "", "Naledi Pandor", "2019-05-30", "2024-07-02"),
    held("foreign minister", "South Africa", "", "Ronald Lamola", "2024-07-03", "9999-12-31"),
    held("president", "South Africa", "", "Thabo Mbeki", "1999-06-14", "2008-09-24"),
    held("president", "South Africa", "", "Kgalema Motlanthe", "2008-09-25", "2009-05-08"),
    held("president", "South Africa", "", "Jacob Zuma", "2009-05-09", "2018-02-14"),
    held("president", "South Africa", "", "Cyril Ramaphosa", "2018-02-15", "9999-12-31"),
    // South Korea: the president is head of state and of government (the prime minister
    // serves under the president). Acting presidents overlap the suspended president.
    // Month only for `to`: resigned in November 2006 on his election as UN Secretary-General.
    held("foreign minister", "South Korea", "", "Ban Ki-moon", "2004-01-17", "2006-11-30"),
    held("foreign minister", "South Korea", "", "Song Min-soon", "2006-12-01", "2008-02-28"),
    // Month only for `to`: resigned in September 2010.
    held("foreign minister", "South Korea", "", "Yu Myung-hwan", "2008-02-29", "2010-09-30"),
    held("foreign minister", "South Korea", "", "Kim Sung-hwan", "2010-10-08", "2013-03-10"),
    held("foreign minister", "South Korea", "", "Yun Byung-se", "2013-03-11", "2017-06-17"),
    held("foreign minister", "South Korea", "", "Kang Kyung-wha", "2017-06-18", "2021-02-08"),
    held("foreign minister", "South Korea", "", "Chung Eui-yong", "2021-02-09", "2022-05-11"),
    held("foreign minister", "South Korea", "", "Park Jin", "2022-05-12", "2024-01-09"),
    held("foreign minister", "South Korea", "", "Cho Tae-yul", "2024-01-10", "2025-07-20"),
    held("foreign minister", "South Korea", "", "Cho Hyun", "2025-07-21", "9999-12-31"),
    held("president", "South Korea", "", "Kim Dae-jung", "1998-02-25", "2003-02-24"),
    held("president", "South Korea", "", "Roh Moo-hyun", "2003-02-25", "2008-02-24"),
    // Acting president while Roh was suspended by his impeachment.
    held("president", "South Korea", "", "Goh Kun", "2004-03-12", "2004-05-14"),
    held("president", "South Korea", "", "Lee Myung-bak", "2008-02-25", "2013-02-24"),
    // Suspended by her impeachment from 2016-12-09, removed on 2017-03-10.
    held("president", "South Korea", "", "Park Geun-hye", "2013-02-25", "2017-03-10"),
    // Acting president.
    held("president", "South Korea", "", "Hwang Kyo-ahn", "2016-12-09", "2017-05-09"),
    held("president", "South Korea", "", "Moon Jae-in", "2017-05-10", "2022-05-09"),
    // Suspended by his impeachment from 2024-12-14, removed on 2025-04-04.
    held("president", "South Korea", "", "Yoon Suk Yeol", "2022-05-10", "2025-04-04"),
    // Acting president until his own impeachment.
    held("president", "South Korea", "", "Han Duck-soo", "2024-12-14", "2024-12-26"),
    // Acting president.
    held("president", "South Korea", "", "Choi Sang-mok", "2024-12-27", "2025-03-23"),
    // Acting president again after the court restored him, until he resigned to run for president.
    held("president", "South Korea", "", "Han Duck-soo", "2025-03-24", "2025-05-01"),
    // Acting president.
    held("president", "South Korea", "", "Lee Ju-ho", "2025-05-02", "2025-06-03"),
    held("president", "South Korea", "", "Lee Jae-myung", "2025-06-04", "9999-12-31"),
    // Turkey: the office of prime minister was abolished on 2018-07-09, from when the president
    // heads the government too.
    held("foreign minister", "Turkey", "", "İsmail Cem", "1997-06-30", "2002-07-10"),
    held("foreign minister", "Turkey", "", "Şükrü Sina Gürel", "2002-07-11", "2002-11-17"),
    held("foreign minister", "Turkey", "", "Yaşar Yakış", "2002-11-18", "2003-03-13"),
    held("foreign minister", "Turkey", "", "Abdullah Gül", "2003-03-14", "2007-08-27"),
    held("foreign minister", "Turkey", "", "Ali Babacan", "2007-08-29", "2009-04-30"),
    held("foreign minister", "Turkey", "", "Ahmet Davutoğlu", "2009-05-01", "2014-08-27"),
    held("foreign minister", "Turkey", "", "Mevlüt Çavuşoğlu", "2014-08-29", "2015-08-27"),
    held("foreign minister", "Turkey", "", "Feridun Sinirlioğlu", "2015-08-28", "2015-11-23"),
    held("foreign minister", "Turkey", "", "Mevlüt Çavuşoğlu", "2015-11-24", "2023-06-03"),
    held("foreign minister", "Turkey", "", "Hakan Fidan", "2023-06-04", "9999-12-31"),
    held("president", "Turkey", "", "Süleyman Demirel", "1993-05-16", "2000-05-15"),
    held("president", "Turkey", "", "Ahmet Necdet Sezer", "2000-05-16", "2007-08-27"),
    held("president", "Turkey", "", "Abdullah Gül", "2007-08-28", "2014-08-27"),
    held("president", "Turkey", "", "Recep Tayyip Erdoğan", "2014-08-28", "9999-12-31"),
    held("prime minister", "Turkey", "", "Bülent Ecevit", "1999-01-11", "2002-11-17"),
    held("prime minister", "Turkey", "", "Abdullah Gül", "2002-11-18", "2003-03-13"),
    held("prime minister", "Turkey", "", "Recep Tayyip Erdoğan", "2003-03-14", "2014-08-27"),
    held("prime minister", "Turkey", "", "Ahmet Davutoğlu", "2014-08-28", "2016-05-23"),
    held("prime minister", "Turkey", "", "Binali Yıldırım", "2016-05-24", "2018-07-09"),
    // Ukraine: the President is head of state, the Prime Minister head of government.
    held("foreign minister", "Ukraine", "", "Borys Tarasyuk", "1998-04-17", "2000-09-29"),
    held("foreign minister", "Ukraine", "", "Anatoliy Zlenko", "2000-10-02", "2003-09-01"),
    held("foreign minister", "Ukraine", "", "Kostyantyn Gryshchenko", "2003-09-02", "2005-02-03"),
    held("foreign minister", "Ukraine", "", "Borys Tarasyuk", "2005-02-04", "2007-01-30"),
    // Left the ministry on his election as speaker of parliament on 2007-12-04.
    held("foreign minister", "Ukraine", "", "Arseniy Yatsenyuk", "2007-03-21", "2007-12-04"),
    held("foreign minister", "Ukraine", "", "Volodymyr Ohryzko", "2007-12-18", "2009-03-03"),
    held("foreign minister", "Ukraine", "", "Petro Poroshenko", "2009-10-09", "2010-03-10"),
    held("foreign minister", "Ukraine", "", "Kostyantyn Gryshchenko", "2010-03-11", "2012-12-23"),
    held("foreign minister", "Ukraine", "", "Leonid Kozhara", "2012-12-24", "2014-02-23"),
    // Acting foreign minister.
    held("foreign minister", "Ukraine", "", "Andrii Deshchytsia", "2014-02-27", "2014-06-18"),
    held("foreign minister", "Ukraine", "", "Pavlo Klimkin", "2014-06-19", "2019-08-28"),
    held("foreign minister", "Ukraine", "", "Vadym Prystaiko", "2019-08-29", "2020-03-03"),
    held("foreign minister", "Ukraine", "", "Dmytro Kuleba", "2020-03-04", "2024-09-04"),
    held("foreign minister", "Ukraine", "", "Andrii Sybiha", "2024-09-05", "9999-12-31"),
    held("president", "Ukraine", "", "Leonid Kuchma", "1994-07-19", "2005-01-22"),
    held("president", "Ukraine", "", "Viktor Yushchenko", "2005-01-23", "2010-02-24"),
    held("president", "Ukraine", "", "Viktor Yanukovych", "2010-02-25", "2014-02-22"),
    // Acting president after parliament removed Yanukovych.
    held("president", "Ukraine", "", "Oleksandr Turchynov", "2014-02-23", "2014-06-06"),
    held("president", "Ukraine", "", "Petro Poroshenko", "2014-06-07", "2019-05-19"),
    held("president", "Ukraine", "", "Volodymyr Zelenskyy", "2019-05-20", "9999-12-31"),
    held("prime minister", "Ukraine", "", "Viktor Yushchenko", "1999-12-22", "2001-05-28"),
    held("prime minister", "Ukraine", "", "Anatoliy Kinakh", "2001-05-29", "2002-11-20"),
    // On leave from 2004-12-07 to 2004-12-28 with Mykola Azarov acting; resigned at the end of
    // 2004 and Azarov acted again from 2005-01-05.
    held("prime minister", "Ukraine", "", "Viktor Yanukovych", "2002-11-21", "2005-01-04"),
    held("prime minister", "Ukraine", "", "Yulia Tymoshenko", "2005-01-24", "2005-09-07"),
    // Acting prime minister until parliament confirmed him on 2005-09-22.
    held("prime minister", "Ukraine", "", "Yuriy Yekhanurov", "2005-09-08", "2006-08-03"),
    held("prime minister", "Ukraine", "", "Viktor Yanukovych", "2006-08-04", "2007-12-17"),
    held("prime minister", "Ukraine", "", "Yulia Tymoshenko", "2007-12-18", "2010-03-03"),
    held("prime minister", "Ukraine", "", "Mykola Azarov", "2010-03-11", "2014-01-28"),
    held("prime minister", "Ukraine", "", "Arseniy Yatsenyuk", "2014-02-27", "2016-04-13"),
    held("prime minister", "Ukraine", "", "Volodymyr Groysman", "2016-04-14", "2019-08-28"),
    held("prime minister", "Ukraine", "", "Oleksiy Honcharuk", "2019-08-29", "2020-03-03"),
    held("prime minister", "Ukraine", "", "Denys Shmyhal", "2020-03-04", "2025-07-16"),
    // Parliament accepted her resignation on 2026-07-15.
    held("prime minister", "Ukraine", "", "Yulia Svyrydenko", "2025-07-17", "2026-07-15"),
    held("prime minister", "Ukraine", "", "Serhii Koretskyi", "2026-07-16", "9999-12-31"),
    held("spokesperson", "Ukraine", "Office of the President", "Iuliia Mendel", "2019-06-03", "2021-07-08"),
    // The ministry announced his appointment on 2020-11-22; he left in the week to 2024-03-08.
    held("spokesperson", "Ukraine", "Foreign Ministry", "Oleh Nikolenko", "2020-11-22", "2024-03-08"),
    held("spokesperson", "Ukraine", "Office of the President", "Serhii Nykyforov", "2021-07-09", "9999-12-31"),
    held("spokesperson", "Ukraine", "Foreign Ministry", "Heorhii Tykhyi", "2024-07-15", "9999-12-31"),
    // United Kingdom: the monarch is head of state (also of Australia and Canada), the Prime
    // Minister head of government. No spokesperson of Downing Street or the Foreign Office is
    // named.
    held("foreign minister", "United Kingdom", "", "Robin Cook", "1997-05-02", "2001-06-07"),
    held("foreign minister", "United Kingdom", "", "Jack Straw", "2001-06-08", "2006-05-04"),
    held("foreign minister", "United Kingdom", "", "Margaret Beckett", "2006-05-05", "2007-06-27"),
    held("foreign minister", "United Kingdom", "", "David Miliband", "2007-06-28", "2010-05-11"),
    held("foreign minister", "United Kingdom", "", "William Hague", "2010-05-12", "2014-07-13"),
    held("foreign minister", "United Kingdom", "", "Philip Hammond", "2014-07-14", "2016-07-12"),
    held("foreign minister", "United Kingdom", "", "Boris Johnson", "2016-07-13", "2018-07-08"),
    held("foreign minister", "United Kingdom", "", "Jeremy Hunt", "2018-07-09", "2019-07-23"),
    held("foreign minister", "United Kingdom", "", "Dominic Raab", "2019-07-24", "2021-09-14"),
    held("foreign minister", "United Kingdom", "", "Liz Truss", "2021-09-15", "2022-09-05"),
    held("foreign minister", "United Kingdom", "", "James Cleverly", "2022-09-06", "2023-11-12"),
    held("foreign minister", "United Kingdom", "", "David Cameron", "2023-11-13", "2024-07-04"),
    held("foreign minister", "United Kingdom", "", "David Lammy", "2024-07-05", "2025-09-04"),
    held("foreign minister", "United Kingdom", "", "Yvette Cooper", "2025-09-05", "2026-07-19"),
    held("foreign minister", "United Kingdom", "", "Ed Miliband", "2026-07-20", "9999-12-31"),
    held("king", "United Kingdom", "", "Charles III", "2022-09-08", "9999-12-31"),
    held("prime minister", "United Kingdom", "", "Tony Blair", "1997-05-02", "2007-06-26"),
    held("prime minister", "United Kingdom", "", "Gordon Brown", "2007-06-27", "2010-05-10"),
    held("prime minister", "United Kingdom", "", "David Cameron", "2010-05-11", "2016-07-12"),
    held("prime minister", "United Kingdom", "", "Theresa May", "2016-07-13", "2019-07-23"),
    held("prime minister", "United Kingdom", "", "Boris Johnson", "2019-07-24", "2022-09-05"),
    held("prime minister", "United Kingdom", "", "Liz Truss", "2022-09-06", "2022-10-24"),
    held("prime minister", "United Kingdom", "", "Rishi Sunak", "2022-10-25", "2024-07-04"),
    // Announced his resignation on 2026-06-22 and stayed until his successor took office.
    held("prime minister", "United Kingdom", "", "Keir Starmer", "2024-07-05", "2026-07-19"),
    held("prime minister", "United Kingdom", "", "Andy Burnham", "2026-07-20", "9999-12-31"),
    // Died on 2022-09-08; "king" and "queen" are different offices, so the day is hers too.
    held("queen", "United Kingdom", "", "Elizabeth II", "1952-02-06", "2022-09-08"),
    // United States: the president is head of state and of government.
    held("president", "United States", "", "Bill Clinton", "1993-01-20", "2001-01-19"),
    held("president", "United States", "", "George W. Bush", "2001-01-20", "2009-01-19"),
    held("president", "United States", "", "Barack Obama", "2009-01-20", "2017-01-19"),
    held("president", "United States", "", "Donald Trump", "2017-01-20", "2021-01-19"),
    held("president", "United States", "", "Joe Biden", "2021-01-20", "2025-01-19"),
    held("president", "United States", "", "Donald Trump", "2025-01-20", "9999-12-31"),
    held("press secretary", "United States", "White House", "Joe Lockhart", "1998-10-05", "2000-09-29"),
    // Month only for `from`.
    held("press secretary", "United States", "White House", "Jake Siewert", "2000-10-01", "2001-01-19"),
    held("press secretary", "United States", "White House", "Ari Fleischer", "2001-01-20", "2003-07-14"),
    held("press secretary", "United States", "White House", "Scott McClellan", "2003-07-15", "2006-05-10"),
    // Sources give 2006-05-08 as his first day and 2006-05-10 as McClellan's last.
    held("press secretary", "United States", "White House", "Tony Snow", "2006-05-08", "2007-09-13"),
    held("press secretary", "United States", "White House", "Dana Perino", "2007-09-14", "2009-01-19"),
    held("press secretary", "United States", "White House", "Robert Gibbs", "2009-01-20", "2011-02-10"),
    held("press secretary", "United States", "White House", "Jay Carney", "2011-02-11", "2014-06-19"),
    held("press secretary", "United States", "White House", "Josh Earnest", "2014-06-20", "2017-01-19"),
    held("press secretary", "United States", "White House", "Sean Spicer", "2017-01-20", "2017-07-21"),
    held("press secretary", "United States", "White House", "Sarah Huckabee Sanders", "2017-07-26", "2019-06-30"),
    held("press secretary", "United States", "White House", "Stephanie Grisham", "2019-07-01", "2020-04-06"),
    held("press secretary", "United States", "White House", "Kayleigh McEnany", "2020-04-07", "2021-01-19"),
    held("press secretary", "United States", "White House", "Jen Psaki", "2021-01-20", "2022-05-12"),
    held("press secretary", "United States", "White House", "Karine Jean-Pierre", "2022-05-13", "2025-01-19"),
    // Month only for `to`: announced in August 2026 that she would leave at the month's end.
    held("press secretary", "United States", "White House", "Karoline Leavitt", "2025-01-20", "2026-08-31"),
    held("secretary of state", "United States", "", "Madeleine Albright", "1997-01-23", "2001-01-19"),
    held("secretary of state", "United States", "", "Colin Powell", "2001-01-20", "2005-01-25"),
    held("secretary of state", "United States", "", "Condoleezza Rice", "2005-01-26", "2009-01-20"),
    held("secretary of state", "United States", "", "Hillary Clinton", "2009-01-21", "2013-01-31"),
    held("secretary of state", "United States", "", "John Kerry", "2013-02-01", "2017-01-20"),
    held("secretary of state", "United States", "", "Rex Tillerson", "2017-02-01", "2018-03-31"),
    held("secretary of state", "United States", "", "Mike Pompeo", "2018-04-26", "2021-01-20"),
    held("secretary of state", "United States", "", "Antony Blinken", "2021-01-26", "2025-01-20"),
    held("secretary of state", "United States", "", "Marco Rubio", "2025-01-21", "9999-12-31"),
    held("spokesperson", "United States", "State Department", "John Kirby", "2015-05-12", "2017-01-20"),
    held("spokesperson", "United States", "State Department", "Morgan Ortagus", "2019-04-03", "2021-01-19"),
    // Month only for `to`: stepped down in March 2023.
    held("spokesperson", "United States", "State Department", "Ned Price", "2021-01-20", "2023-03-31"),
    held("spokesperson", "United States", "State Department", "Matthew Miller", "2023-04-24", "2025-01-20"),
    // Sworn in with the president, at noon on Inauguration Day. "The Vice President" means
    // one of them only when the article names them; a lone "Harris" only when it names no
    // other Harris (HOLDER_SURNAMES).
    held("vice president", "United States", "", "Al Gore", "1993-01-20", "2001-01-19"),
    held("vice president", "United States", "", "Dick Cheney", "2001-01-20", "2009-01-19"),
    held("vice president", "United States", "", "Joe Biden", "2009-01-20", "2017-01-19"),
    held("vice president", "United States", "", "Mike Pence", "2017-01-20", "2021-01-19"),
    held("vice president", "United States", "", "Kamala Harris", "2021-01-20", "2025-01-19"),
    held("vice president", "United States", "", "JD Vance", "2025-01-20", "9999-12-31"),
];

/// The words of office holders' names that stand alone for them in news: each name's
/// last word but a suffix ("Putin", "Erdoğan", "Charles" of "Charles III"), and its first
/// when the name is written family name first, its last word a given name ("Xi" of "Xi
/// Jinping"). Derived from [`OFFICE_HOLDERS`]; a test keeps the two in step. A
/// [`WordList`] in byte order: it is asked only about a lone surname no one named in the
/// article bears, so bisection costs little and the page downloads no index.
pub const HOLDER_SURNAMES: WordList = WordList(
    "\
    Abbott Abe Akihito Albanese Albright Alfano Alliot-Marie Amato Amorim Anand Araújo Ashton Aso Attal \
    Axworthy Ayrault Azarov Babacan Baerbock Bagchi Baird Ban Barnier Barroso Barrot Bayrou Beckett Berlusconi \
    Bernier Biden Bielsa Bishop Blair Blinken Bolsonaro Bonino Borne Borrell Brown Burnham Bush Byung-se \
    Bárcena Cafiero Calderón Cameron Cannon Cardoso Carney Carr Castañeda Castex Cazeneuve Cem Champagne \
    Charles Cheney Chirac Cho Choi Chrétien Chung Ciampi Cleverly Clinton Colonna Conte Cook Cooper Costa D'Alema \
    Dae-jung Davutoğlu Demirel Derbez Deshchytsia Dini Dion Dlamini-Zuma Douste-Blazy Downer Draghi Drian \
    Duck-soo Duhalde Earnest Ebrard Ecevit Elizabeth Emerson Erdoğan Espinosa Eui-yong Fabius Faurie Fernández \
    Fidan Figueiredo Fillon Fini Fischer Fleischer Fox Fradkov França Frattini Freeland Fuente Fukuda Gabriel \
    Gang Garneau Gauck Gemba Gentiloni Geun-hye Giavarini Gibbs Gillard Gore Graham Green Grisham Groysman \
    Gryshchenko Guo Gül Gürel Hague Hammond Han Harper Harris Hatoyama Hayashi Hebestreit Hollande Honcharuk Howard \
    Hu Hunt Hwang Hyun Ishiba Ivanov Iwaya Jae-in Jae-myung Jaishankar Jaiswal Jean-Pierre Jiabao Jiakun Jian \
    Jiang Jiaxuan Jiechi Jin Jinping Jintao Johnson Joly Jospin Ju-ho Juncker Juppé Kalam Kallas Kamikawa Kan \
    Kang Kasyanov Kawaguchi Keqiang Kerry Khurshid Ki-moon Kim Kinakh Kirby Kirchner Kishida Klimkin Koizumi \
    Komura Kono Koretskyi Kornelius Kouchner Kovind Kozhara Krishna Kuchma Kuleba Kun Kyo-ahn Kyung-wha Köhler \
    Lafer Lammy Lamola Lampreia Lavrov Leavitt Lecornu Lee Letta Leyen Li Lijian Lockhart Maas MacKay \
    Machimura Macri Macron Maehara Maio Malcorra Manley Marsudi Martin Massieu Matsumoto Mattarella May Mbeki \
    McClellan McEnany Meade Medvedev Meloni Mendel Merkel Merz Michel Milanesi Milei Miliband Miller Min-soon \
    Mishustin Modi Mogherini Mondino Monti Moo-hyun Moon Mori Morrison Motegi Motlanthe Mukherjee Murmu \
    Myung-bak Myung-hwan Nakasone Napolitano Narayanan Naruhito Natalegawa Nicholson Nieto Nikolenko Ning \
    Nkoana-Mashabane Noda Nunes Nykyforov Obama Obrador Obuchi Ohryzko Okada Ortagus Pandor Park Patil \
    Patriota Payne Pence Perino Peskov Pettigrew Philippe Pompeo Poroshenko Powell Price Prodi Prystaiko Psaki Putin \
    Qiang Quirno Raab Raffarin Ramaphosa Rau Renzi Rice Roh Rompuy Rongji Rousseff Rubio Ruckauf Rudd Ruggiero \
    Rúa Salman Sanders Sang-mok Sant'Agata Sarkozy Saud Saá Scholz Schröder Seibert Serra Sezer Sheinbaum \
    Shmyhal Siewert Silva Singh Sinha Sinirlioğlu Sisulu Smith Snow Solana Solá Song Spicer Srivastava Starmer \
    Steinmeier Straw Subianto Suga Sugiono Sukarnoputri Sunak Sung-hwan Svyrydenko Swaraj Sybiha Séjourné \
    Tae-yul Taiana Tajani Takaichi Tanaka Tang Tarasyuk Temer Tillerson Timerman Trudeau Trump Truss Turchynov \
    Turnbull Tusk Tykhyi Tymoshenko Vajpayee Valls Vance Velasco Videgaray Vieira Villepin Védrine Wadephul Wahid \
    Wen Werthein Westerwelle Widodo Wirajuda Wong Wulff Xi Yakış Yang Yanukovych Yatsenyuk Yekhanurov Yeol Yi \
    Yu Yudhoyono Yun Yushchenko Yıldırım Zakharova Zedillo Zelenskyy Zemin Zhao Zhaoxing Zhu Zlenko Zubkov \
    Zuma al-Assaf al-Faisal al-Jubeir Çavuşoğlu İsmail",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::given_names::GIVEN_NAMES;
    use crate::lexicon::{people, places};
    use chrono::NaiveDate;

    /// HOLDER_SURNAMES holds the words of the holders' names that stand for them alone,
    /// and no other word.
    #[test]
    fn holder_surnames_follow_the_holders() {
        let mut derived: Vec<&str> = Vec::new();
        for h in OFFICE_HOLDERS {
            let words: Vec<&str> = h.name.split(' ').filter(|w| !people::NAME_SUFFIXES.contains(w)).collect();
            let last = words[words.len() - 1];
            derived.push(last);
            if words.len() > 1 && GIVEN_NAMES.get(last).is_some() && GIVEN_NAMES.get(words[0]).is_none() {
                derived.push(words[0]);
            }
        }
        for w in &derived {
            assert!(HOLDER_SURNAMES.contains(w), "HOLDER_SURNAMES lacks {w:?}");
        }
        let listed: Vec<&str> = HOLDER_SURNAMES.iter().collect();
        for pair in listed.windows(2) {
            assert!(pair[0] < pair[1], "HOLDER_SURNAMES: keep byte order, {:?} before {:?}", pair[1], pair[0]);
        }
        for w in listed {
            assert!(derived.contains(&w), "HOLDER_SURNAMES: {w:?} names no holder");
        }
    }

    /// Offices held by two people at once other than spokespeople's, with why:
    /// (office, country, the earlier holder, the later one).
    const OVERLAPS: &[(&str, &str, &str, &str)] = &[
        // Acting presidents while the president was suspended by an impeachment.
        ("president", "Brazil", "Dilma Rousseff", "Michel Temer"),
        ("president", "South Korea", "Roh Moo-hyun", "Goh Kun"),
        ("president", "South Korea", "Park Geun-hye", "Hwang Kyo-ahn"),
        ("president", "South Korea", "Yoon Suk Yeol", "Han Duck-soo"),
        ("president", "South Korea", "Yoon Suk Yeol", "Choi Sang-mok"),
        // The sources disagree by three days on when one press secretary took over from the other.
        ("press secretary", "United States", "Scott McClellan", "Tony Snow"),
    ];

    fn date(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().filter(|_| s.len() == 10)
    }

    /// The holders of `office` of `country` (any body) on `day`.
    fn on(office: &str, country: &str, day: &str) -> Vec<&'static str> {
        OFFICE_HOLDERS
            .iter()
            .filter(|h| h.office == office && h.country == country && h.from <= day && day <= h.to)
            .map(|h| h.name)
            .collect()
    }

    #[test]
    fn dates_are_valid_and_in_order() {
        for h in OFFICE_HOLDERS {
            let (from, to) = (date(h.from), date(h.to));
            assert!(from.is_some() && to.is_some(), "{h:?}: dates must be YYYY-MM-DD");
            assert!(from <= to, "{h:?}: from after to");
            assert!(!h.name.trim().is_empty() && h.name.trim() == h.name, "{h:?}: name");
            assert!(h.from.as_bytes() >= b"1950", "{h:?}: from too early to be a real date");
        }
    }

    #[test]
    fn offices_and_countries_are_lexicon_values() {
        for h in OFFICE_HOLDERS {
            assert!(people::TITLES.iter().any(|(_, &o)| o == h.office), "{h:?}: office is no value of TITLES");
            let country = h.country == "European Union" || places::COUNTRY_WORDS.iter().any(|(_, &c)| c == h.country);
            assert!(country, "{h:?}: country is no value of COUNTRY_WORDS");
        }
    }

    #[test]
    fn holders_of_one_office_do_not_overlap() {
        let mut allowed_used = vec![false; OVERLAPS.len()];
        for (i, a) in OFFICE_HOLDERS.iter().enumerate() {
            for b in &OFFICE_HOLDERS[i + 1..] {
                let same = (a.office, a.country, a.body) == (b.office, b.country, b.body);
                if !same || a.to < b.from || b.to < a.from || a.office == "spokesperson" {
                    continue;
                }
                let allowed = OVERLAPS.iter().position(|&o| o == (a.office, a.country, a.name, b.name));
                assert!(allowed.is_some(), "{} and {} both hold {} of {}", a.name, b.name, a.office, a.country);
                allowed_used[allowed.unwrap_or_default()] = true;
            }
        }
        for (o, used) in OVERLAPS.iter().zip(allowed_used) {
            assert!(used, "{o:?} no longer overlap: drop them from OVERLAPS");
        }
    }

    #[test]
    fn holders_are_in_order_of_country_office_and_from() {
        for pair in OFFICE_HOLDERS.windows(2) {
            let key = |h: &Holder| (h.country, h.office, h.from);
            assert!(key(&pair[0]) <= key(&pair[1]), "{:?} must come before {:?}", pair[1], pair[0]);
        }
    }

    #[test]
    fn spot_checks() {
        assert_eq!(on("president", "United States", "2022-10-10"), ["Joe Biden"]);
        assert_eq!(on("prime minister", "United Kingdom", "2022-10-01"), ["Liz Truss"]);
        assert_eq!(on("prime minister", "United Kingdom", "2023-03-01"), ["Rishi Sunak"]);
        assert_eq!(on("foreign minister", "Ukraine", "2023-05-01"), ["Dmytro Kuleba"]);
        assert_eq!(on("foreign minister", "Ukraine", "2022-06-01"), ["Dmytro Kuleba"]);
        assert_eq!(on("chancellor", "Germany", "2005-11-21"), ["Gerhard Schröder"]);
        assert_eq!(on("chancellor", "Germany", "2005-11-22"), ["Angela Merkel"]);
        assert_eq!(on("secretary of state", "United States", "2023-01-01"), ["Antony Blinken"]);
        assert_eq!(on("external affairs minister", "India", "2022-03-01"), ["Subrahmanyam Jaishankar"]);
        assert_eq!(on("prime minister", "China", "2020-05-22"), ["Li Keqiang"]);
        assert_eq!(on("president", "Ukraine", "2014-04-01"), ["Oleksandr Turchynov"]);
        assert_eq!(on("president", "South Korea", "2025-01-15"), ["Yoon Suk Yeol", "Choi Sang-mok"]);
        assert_eq!(on("prime minister", "United Kingdom", "2026-08-01"), ["Andy Burnham"]);
        assert_eq!(on("spokesperson", "China", "2022-10-10"), ["Zhao Lijian", "Mao Ning"]);
        let kremlin =
            OFFICE_HOLDERS.iter().find(|h| h.body == "Kremlin" && h.from <= "2022-02-24" && "2022-02-24" <= h.to);
        assert_eq!(kremlin.map(|h| h.name), Some("Dmitry Peskov"));
        assert!(on("prime minister", "Turkey", "2019-01-01").is_empty(), "the office was abolished in 2018");
    }
}
