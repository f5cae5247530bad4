//! People and bodies named in an article, and what each mention of them refers to.
//!
//! One pass over the words finds references: names with their titles ("US Secretary of
//! State Antony J. Blinken", "President Recep Tayyip Erdogan of Turkey"), titles standing
//! alone ("the Ukrainian leader", "Ukraine's President"), bodies ("the State Department"),
//! groups ("US lawmakers"), handles ("@POTUS") and pronouns. Then the references are
//! linked to entities: names by surname key (accents, case and the Zelensky/Zelenskyy/
//! Zelenskiy spellings folded), handles through a date-aware lexicon or the names they
//! contain, places by their country or their own name. Titles go to the person named
//! nearest who holds that office (of that country), else to the office holder of the
//! publication day (`resolve.rs`); pronouns to a person of their gender, the subject or
//! reported speaker of their sentence or the one before first (`salience.rs`). An entity
//! is named by the fullest name the article gives.

pub mod identity;
mod link;
mod references;
mod resolve;
mod salience;
mod words;

use identity::*;
pub use identity::{name_key, surname_key};
use link::*;
use references::*;
use salience::*;
use words::*;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::doc::{Doc, Span};
use crate::lexicon::given_names::Gender;

/// Index of an entity in a [`Cast`].
pub type EntityId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name, with or without its title ("President Joe Biden", "Zelenskyy").
    Name,
    /// A title or description standing for someone ("the Ukrainian leader", "Ukraine's President").
    Title,
    /// A social media handle ("@POTUS").
    Handle,
    /// "he", "she", "his", "her".
    Pronoun,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    /// An institution speaking or called as one ("White House", "State Department").
    Body,
    /// People referred to together ("US lawmakers", "officials").
    Group,
    /// A country, named by its name whatever the text calls it ("Washington" and "the US"
    /// are the United States).
    Place,
}

/// One mention of a person or body, linked to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: EntityId,
    pub kind: MentionKind,
}

/// An office as a title names it: "Ukraine's President", "State Department Spokesperson".
#[derive(Clone, Debug, PartialEq)]
struct Office {
    office: &'static str,
    country: Option<&'static str>,
    /// Folded name of the body the office belongs to ("statedepartment").
    body: Option<String>,
    /// Held before: "the former Prime Minister", "the then president".
    former: bool,
}

#[derive(Clone, Debug)]
struct Entity {
    name: String,
    kind: EntityKind,
    /// Words of the fullest name, for choosing the fullest.
    words: usize,
    /// Folded surname key (persons) or folded name (bodies, groups).
    key: String,
    first: Option<String>,
    offices: Vec<Office>,
    /// A person's gender, when a title or given name says it.
    gender: Option<Gender>,
}

/// FNV-1a over the bytes of a name key: keys are short, so this beats the default
/// SipHash, and the maps are only looked up, never iterated (no order to keep).
struct KeyHasher(u64);

impl Default for KeyHasher {
    fn default() -> KeyHasher {
        KeyHasher(0xCBF2_9CE4_8422_2325)
    }
}

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// The people and bodies of one article, with every mention of them in text order.
#[derive(Clone, Debug, Default)]
pub struct Cast {
    entities: Vec<Entity>,
    /// Mentions of people, bodies and groups, in text order.
    mentions: Vec<Mention>,
    /// Mentions of countries, in text order: apart, as only some readers want them.
    places: Vec<Mention>,
    /// People by surname key, in order of appearance.
    by_surname: KeyMap<String, Vec<EntityId>>,
    by_first_name: KeyMap<String, EntityId>,
    /// Bodies and groups by folded name.
    by_name: KeyMap<(EntityKind, String), EntityId>,
}

impl Cast {
    pub(crate) fn new(doc: &Doc) -> Cast {
        let tokens = words(doc);
        let refs = find_references(doc.text, &tokens);
        link(doc, &tokens, refs)
    }

    /// The fullest name the article gives for `entity` ("Antony J. Blinken").
    pub fn name(&self, entity: EntityId) -> &str {
        &self.entities[entity].name
    }

    pub fn kind(&self, entity: EntityId) -> EntityKind {
        self.entities[entity].kind
    }

    /// Every mention of a country, in text order.
    pub(crate) fn places(&self) -> &[Mention] {
        &self.places
    }

    /// Every mention of a person, body or group, in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// The mentions that lie within `span`, in text order.
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.end <= span.end).max(from);
        &self.mentions[from..to]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::NaiveDate;

    fn cast(text: &str, published: Option<&str>) -> Cast {
        let published = published.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        Cast::new(&Doc::new(text, published))
    }

    /// Each mention as (its words, the name of what it refers to).
    fn links(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        let c = cast(text, published);
        c.mentions()
            .iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), c.name(m.entity).to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn names_with_titles_and_the_fullest_name() {
        let text = "US Secretary of State Antony J. Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba. Blinken said more.";
        assert_eq!(
            links(text, None),
            pairs(&[
                ("US Secretary of State Antony J. Blinken", "Antony J. Blinken"),
                ("Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba"),
                ("Blinken", "Antony J. Blinken"),
            ])
        );
    }

    #[test]
    fn spelling_variants_are_one_person() {
        let text = "Maria Zelenskiy arrived. Later Zelenskyy spoke, and Zelensky left.";
        let c = cast(text, None);
        assert!(c.mentions().iter().all(|m| c.name(m.entity) == "Maria Zelenskiy"), "{:?}", links(text, None));
        assert_eq!(c.mentions().len(), 3);
    }

    #[test]
    fn titles_alone_find_their_holder() {
        let text = "President Recep Tayyip Erdogan of Turkey and President Joe Biden of the United States talked. \
                    The Turkish president thanked the US president. Later the Turkish leader left.";
        let l = links(text, None);
        assert_eq!(l[2], ("Turkish president".into(), "Recep Tayyip Erdogan".into()));
        assert_eq!(l[3], ("US president".into(), "Joe Biden".into()));
        assert_eq!(l[4], ("Turkish leader".into(), "Recep Tayyip Erdogan".into()));
    }

    #[test]
    fn possessive_country_titles() {
        let text = "Ukraine's President said he was ready. President Volodymyr Zelenskyy of Ukraine spoke.";
        let l = links(text, None);
        assert_eq!(l[0], ("Ukraine's President".into(), "Volodymyr Zelenskyy".into()));
        assert_eq!(l[1], ("he".into(), "Volodymyr Zelenskyy".into()));
    }

    #[test]
    fn pronouns_take_the_latest_person() {
        let text = "Prime Minister Jane Roe met the press. She said her plan works. Then John Doe said he disagreed.";
        let l = links(text, None);
        assert_eq!(
            l.iter().filter(|(w, _)| w == "She" || w == "her").map(|(_, n)| n.as_str()).collect::<Vec<_>>(),
            ["Jane Roe", "Jane Roe"]
        );
        assert_eq!(l.last().unwrap(), &("he".to_string(), "John Doe".to_string()));
    }

    #[test]
    fn handles_follow_the_publication_date() {
        let text = "Had a good conversation with @POTUS today.";
        assert_eq!(links(text, Some("2022-03-06"))[0].1, "Joe Biden");
        assert_eq!(links(text, Some("2025-03-06"))[0].1, "Donald Trump");
        let text = "President Volodymyr Zelenskyy spoke. \u{2014} Volodymyr Zelenskyy (@ZelenskyyUa) March 6, 2022";
        assert!(links(text, None).iter().all(|(_, n)| n == "Volodymyr Zelenskyy"));
        let text = "Jane Quill replied. Thanks, @JaneQuill_Official!";
        assert_eq!(links(text, None)[1].1, "Jane Quill");
        assert_eq!(links("Imran Qadir wrote. \u{2014} (@CMImran) May 2, 2022", None)[1].1, "Imran Qadir");
    }

    #[test]
    fn bodies_and_groups() {
        let text =
            "State Department Spokesperson Ned Price said the White House agreed. US lawmakers and officials objected.";
        let l = links(text, None);
        assert_eq!(l[0].1, "Ned Price");
        assert!(l.contains(&("White House".into(), "White House".into())), "{l:?}");
        assert!(l.contains(&("US lawmakers".into(), "US lawmakers".into())), "{l:?}");
        assert!(l.contains(&("officials".into(), "officials".into())), "{l:?}");
    }

    #[test]
    fn lone_surnames_link_or_need_a_verb() {
        let text = "Zelensky spoke to Biden on Monday. President Joe Biden said the talks went well.";
        let l = links(text, None);
        assert_eq!(l[0], ("Zelensky".into(), "Zelensky".into()));
        assert_eq!(l[1], ("Biden".into(), "Joe Biden".into()));
        // A capitalised word that is not a person: no mention.
        assert!(links("Kyiv said the strikes hit Lviv.", None).is_empty());
        assert!(links("Moscow spoke of peace.", None).is_empty());
        // The surname of someone in the lexicon of office holders is a person's.
        assert_eq!(links("The summit praised Erdoğan's plan.", None), pairs(&[("Erdoğan", "Erdoğan")]));
        assert_eq!(links("Plans of Xi and Modi differ.", None), pairs(&[("Xi", "Xi"), ("Modi", "Modi")]));
    }

    #[test]
    fn suffixes_particles_and_headlines() {
        let l = links("President Joseph R. Biden, Jr. spoke with Ursula von der Leyen.", None);
        assert_eq!(l[0].1, "Joseph R. Biden, Jr.");
        assert_eq!(l[1].1, "Ursula von der Leyen");
        let text =
            "Erdogan Dials Putin Over Grain Deal\nPresident Vladimir Putin and President Recep Tayyip Erdogan spoke.";
        let l = links(text, None);
        assert_eq!(l[0], ("Erdogan".into(), "Recep Tayyip Erdogan".into()));
        assert_eq!(l[1], ("Putin".into(), "Vladimir Putin".into()));
    }

    #[test]
    fn titles_in_apposition_and_short_first_names() {
        let text = "\"We agree,\" said Karine Jean-Pierre, the White House Press Secretary. Then Xi Jinping spoke. Xi said no.";
        let l = links(text, None);
        assert_eq!(l[1], ("White House Press Secretary".into(), "Karine Jean-Pierre".into()));
        assert_eq!(l.last().unwrap(), &("Xi".to_string(), "Xi Jinping".to_string()));
    }

    #[test]
    fn a_country_in_the_title_picks_the_holder_of_that_country() {
        let text = "President Joe Biden spoke with Mexico's president. Mexican President Ana Ruiz agreed.";
        assert_eq!(links(text, None)[1], ("Mexico's president".into(), "Ana Ruiz".into()));
    }

    #[test]
    fn weekdays_and_months_end_names() {
        assert_eq!(links("U.S. President Jane Roe Friday said no.", None)[0].1, "Jane Roe");
    }

    #[test]
    fn determiners_are_not_part_of_a_title() {
        let l = links("A Downing Street spokesperson said no. The president agreed.", None);
        assert_eq!(l[0].1, "Downing Street spokesperson");
    }

    #[test]
    fn names_in_busy_sentences_and_unusual_surnames() {
        let text = "US President Jon Vale met Chinese President Li Wen in Bali on Monday. Later Prime Minister \
                    Theresa May called Egyptian President Abdel Fattah al-Sisi.";
        let names: Vec<String> = links(text, None).into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, ["Jon Vale", "Li Wen", "Theresa May", "Abdel Fattah al-Sisi"]);
        assert_eq!(links("Theresa May spoke with him.", None)[0].1, "Theresa May");
        assert!(links("Talks resumed in May 2019 after Grace May left.", None).iter().all(|(_, n)| n == "Grace May"));
    }

    #[test]
    fn a_title_before_a_name_is_that_person_unless_the_name_has_its_own() {
        let text = "The outgoing US Ambassador to London, Louis Susman, spoke. Later the Prime Minister, Chancellor \
                    Otto Lind and President Anna Berg met. Prime Minister Ada Vos agreed.";
        let l = links(text, None);
        assert_eq!(l[0], ("US Ambassador".into(), "Louis Susman".into()), "{l:?}");
        assert_eq!(l[2], ("Prime Minister".into(), "Ada Vos".into()), "{l:?}");
    }

    #[test]
    fn place_and_paper_names_are_not_people() {
        assert!(links("The New York City council and the Daily Courier reported it.", None)
            .iter()
            .all(|(_, n)| n != "York City"));
        // A country whose name starts with a title is a country.
        assert_eq!(links("The loan Sri Lanka has sought was approved.", None), []);
        // A city or region is a place, even as the subject of a verb people do.
        let text = "Mykolaiv said on Monday it had no power, and Kharkiv Oblast said the same.";
        assert_eq!(links(text, None), []);
        let c = cast(text, None);
        let places: Vec<&str> = c.places().iter().map(|m| c.name(m.entity)).collect();
        assert_eq!(places, ["Mykolaiv", "Kharkiv Oblast"]);
        // A longer name runs on from a place's.
        let group = "Gaza Strip Authority officials";
        assert_eq!(links(&format!("{group} said so."), None), pairs(&[(group, group)]));
    }

    #[test]
    fn titles_with_adjectives_departments_and_chains() {
        let text = "Prime Minister Ann Holt took office. The new Prime Minister spoke. External Affairs Minister \
                    S. Rao met Foreign Minister of Australia Senator Mia Dahl.";
        let l = links(text, None);
        assert_eq!(l[1], ("Prime Minister".into(), "Ann Holt".into()));
        assert_eq!(l[2], ("External Affairs Minister S. Rao".into(), "S. Rao".into()));
        assert_eq!(l[3].1, "Mia Dahl");
    }

    #[test]
    fn a_first_name_in_a_headline_is_the_full_name_of_the_body() {
        let text = "Leaders call PM Imran, pledge relief\nPrime Minister Imran Qadir was called by President Ana Ruiz.";
        let l = links(text, None);
        assert_eq!(l[0], ("PM Imran".into(), "Imran Qadir".into()));
    }

    #[test]
    fn a_title_finds_the_holder_of_its_day_among_the_people_named() {
        let text = "Vladimir Putin spoke with Jacques Chirac. The President of Russia said no.";
        assert_eq!(links(text, Some("2003-03-21"))[2].1, "Vladimir Putin");
        // Someone the article does not name is never brought in.
        let text = "Ana Ruiz spoke. The President of Russia said no.";
        assert_eq!(links(text, Some("2003-03-21"))[1].1, "President of Russia");
        // Without a country, only when one holder of that office is named.
        let text = "Theresa May spoke with Angela Merkel. The new Prime Minister then left.";
        assert_eq!(links(text, Some("2016-07-14"))[2].1, "Theresa May");
        let text = "Theresa May arrived. The new Prime Minister spoke to Irish Taoiseach Enda Kenny.";
        assert_eq!(links(text, Some("2016-07-14"))[1].1, "Theresa May");
        let text = "Theresa May spoke with Shinzo Abe. The Prime Minister then left.";
        assert_eq!(links(text, Some("2016-07-14"))[2].1, "Prime Minister");
    }

    #[test]
    fn bodies_run_on_after_of_and_plural_offices_are_no_one() {
        assert_eq!(links("The India-Australia Strategic Partnership grew.", None), []);
        let l = links("The Ministry of External Affairs said Foreign and Development Ministers met.", None);
        assert_eq!(l, [("Ministry of External Affairs".to_string(), "Ministry of External Affairs".to_string())]);
        assert_eq!(links("Meanwhile Theresa May spoke.", None)[0].1, "Theresa May");
    }

    #[test]
    fn page_furniture_is_not_people() {
        assert!(links("Updated: 16 Dec 2022, 9:15 PM IST. 2 Minute Read", None).is_empty());
    }

    #[test]
    fn names_after_an_article_are_of_things() {
        let l = links("Premier Ada Vos spoke at the Nordic Dialogue. Later she left.", None);
        assert!(l.iter().all(|(_, n)| n == "Ada Vos"), "{l:?}");
        assert_eq!(l.last().unwrap().0, "she");
        // Other determiners are no article, and an honorific is a title.
        assert_eq!(links("Words that Ada Vos wrote", None)[0].1, "Ada Vos");
        assert_eq!(links("a call with the Honorable Emil J. Brandt", None)[0].1, "Emil J. Brandt");
    }

    #[test]
    fn a_lone_word_paired_with_a_person_is_a_person() {
        let l = links("Vos and Lind spoke by phone on Monday.", None);
        assert_eq!(l, pairs(&[("Vos", "Vos"), ("Lind", "Lind")]));
        let l = links("a call between Aliyev and Ukrainian President Volodymyr Zelenskyy", None);
        assert_eq!(l[0], ("Aliyev".to_string(), "Aliyev".to_string()));
        // A pair with no person verb and no title says nothing of its first word.
        assert!(links("Ubisoft and Google make games.", None).is_empty());
    }

    #[test]
    fn bodies_and_things_by_their_last_word() {
        let c = cast("Tom Hale, an economist at Lund University, spoke.", None);
        assert_eq!(c.kind(c.mentions()[1].entity), EntityKind::Body);
        assert!(links("The Data Retention Bill and One Rank One Pension passed.", None).is_empty());
    }

    #[test]
    fn a_former_title_is_someone_who_held_it_before() {
        let text = "David Cameron criticised the cut. The former Prime Minister said it was wrong.";
        assert_eq!(links(text, Some("2020-11-25"))[1].1, "David Cameron");
        assert_eq!(links(text, None)[1].1, "David Cameron", "any ended tenure, with no date");
        // Of two former holders named, the one named last before the title.
        let text = "David Cameron led the protest. The former Prime Minister said so, and Rishi Sunak agreed.";
        assert_eq!(links(text, None)[1].1, "David Cameron");
    }
}
