//! Scoring records against an annotated corpus: the rules of `shared/eval/score.py`,
//! reproduced to the letter so that `readout eval` and the script give the same numbers.
//!
//! Documents pair by `file`; a gold document with no prediction counts as empty, a
//! predicted document with no gold is ignored, and a later record for the same file
//! replaces an earlier one. Counts add up over documents (micro-averaging):
//!
//! - **calls**: two calls match when their participants pair one to one by [`same_name`]
//!   (`calls.pairs`), and also have the same `date` (`calls.dated`).
//! - **quotes**: the quotes of a document are first made distinct by their words; two
//!   match when [`overlap_f1`] of their texts is at least [`QUOTE_MATCH`] (`quotes`), and
//!   `quotes.speaker` also needs [`same_name`] of their speakers.
//! - **amounts**: distinct `(value rounded to cents, currency)` per document; equal keys
//!   match (`amounts`), and `amounts.category` is the share of matched amounts whose
//!   categories are equal.
//! - **published**: the share of gold documents whose `published` is equal.
//!
//! Every pairing is greedy, as the script's: best score first, then gold order, then
//! prediction order; each record pairs at most once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Deserializer};

pub use crate::cast::identity::same_name;
use crate::fold::{fold, is_word_char};
use crate::record::Record;

/// The least word-overlap F1 at which a predicted quote matches a gold quote.
pub const QUOTE_MATCH: f64 = 0.75;

/// A document record as the scorer reads it, gold or predicted: only the scored fields,
/// each optional (`null` and a missing field read alike). A name (participant, speaker)
/// may hold alternatives, `"A|B"`.
#[derive(Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct GoldRecord {
    pub file: Option<String>,
    pub published: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub calls: Vec<GoldCall>,
    #[serde(deserialize_with = "null_as_empty")]
    pub quotes: Vec<GoldQuote>,
    #[serde(deserialize_with = "null_as_empty")]
    pub amounts: Vec<GoldAmount>,
}

#[derive(Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct GoldCall {
    #[serde(deserialize_with = "null_as_empty")]
    pub participants: Vec<Option<String>>,
    pub date: Option<String>,
}

#[derive(Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct GoldQuote {
    pub text: Option<String>,
    pub speaker: Option<String>,
}

#[derive(Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct GoldAmount {
    /// A JSON number, or a string or boolean read as one (as Python's `float()` does);
    /// `None` drops the amount from scoring.
    #[serde(deserialize_with = "lenient_number")]
    pub value: Option<f64>,
    pub currency: Option<String>,
    pub category: Option<String>,
}

impl From<&Record> for GoldRecord {
    /// The record as the scorer sees it in `readout analyze` output (a value JSON cannot
    /// hold, infinite or NaN, is printed as `null`).
    fn from(record: &Record) -> GoldRecord {
        GoldRecord {
            file: Some(record.file.clone()),
            published: record.published.clone(),
            calls: record
                .calls
                .iter()
                .map(|c| GoldCall {
                    participants: c.participants.iter().cloned().map(Some).collect(),
                    date: c.date.clone(),
                })
                .collect(),
            quotes: record
                .quotes
                .iter()
                .map(|q| GoldQuote { text: Some(q.text.clone()), speaker: q.speaker.clone() })
                .collect(),
            amounts: record
                .amounts
                .iter()
                .map(|a| GoldAmount {
                    value: a.value.is_finite().then_some(a.value),
                    currency: Some(a.currency.clone()),
                    category: a.category.map(|c| c.name().to_string()),
                })
                .collect(),
        }
    }
}

fn null_as_empty<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

fn lenient_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Loose {
        Number(f64),
        Bool(bool),
        Text(String),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Option::<Loose>::deserialize(d)? {
        Some(Loose::Number(x)) => Some(x),
        Some(Loose::Bool(b)) => Some(if b { 1.0 } else { 0.0 }),
        Some(Loose::Text(s)) => s.trim().parse().ok(),
        Some(Loose::Other(_)) | None => None,
    })
}

/// Matches and counts of one measure, summed over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Predictions that matched a gold record.
    pub tp: usize,
    pub gold: usize,
    pub pred: usize,
}

impl Tally {
    fn add(&mut self, tp: usize, gold: usize, pred: usize) {
        self.tp += tp;
        self.gold += gold;
        self.pred += pred;
    }

    pub fn precision(&self) -> f64 {
        if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }

    /// The harmonic mean of precision and recall; 1 when there was nothing to find and
    /// nothing was found.
    pub fn f1(&self) -> f64 {
        if self.gold == 0 && self.pred == 0 {
            return 1.0;
        }
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A share of right answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub right: usize,
    pub total: usize,
}

impl Accuracy {
    /// `right / total`, 0 when there was nothing to judge.
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

/// The scores of one corpus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Metrics {
    pub calls_pairs: Tally,
    pub calls_dated: Tally,
    pub quotes: Tally,
    pub quotes_speaker: Tally,
    pub amounts: Tally,
    pub published: Accuracy,
    pub amounts_category: Accuracy,
}

impl Metrics {
    /// Every metric's name, sorted.
    pub const NAMES: [&'static str; 7] =
        ["amounts", "amounts.category", "calls.dated", "calls.pairs", "published", "quotes", "quotes.speaker"];

    /// The tallies under their metric names, in the script's order of report.
    pub fn tallies(&self) -> [(&'static str, Tally); 5] {
        [
            ("calls.pairs", self.calls_pairs),
            ("calls.dated", self.calls_dated),
            ("quotes", self.quotes),
            ("quotes.speaker", self.quotes_speaker),
            ("amounts", self.amounts),
        ]
    }

    /// Every metric as the script reports it, F1 or accuracy rounded to 4 decimals,
    /// sorted by name.
    pub fn values(&self) -> [(&'static str, f64); 7] {
        Metrics::NAMES.map(|name| (name, self.value(name).unwrap_or_default()))
    }

    /// One metric by name, rounded as in [`Metrics::values`].
    pub fn value(&self, name: &str) -> Option<f64> {
        let raw = match name {
            "published" => self.published.value(),
            "amounts.category" => self.amounts_category.value(),
            _ => self.tallies().iter().find(|(n, _)| *n == name)?.1.f1(),
        };
        Some(round_half_even(raw, 4))
    }
}

/// What one gold document scored, for a line of report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocScore {
    pub file: Option<String>,
    pub calls: Tally,
    /// Calls that also matched on date.
    pub calls_dated: usize,
    pub quotes: Tally,
    pub amounts: Tally,
    /// The texts of the gold quotes that no prediction matched, in gold order.
    pub missed_quotes: Vec<String>,
}

/// The scores of a corpus and of each of its documents (sorted by file name).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    pub metrics: Metrics,
    pub docs: Vec<DocScore>,
}

/// Scores predicted records against gold records.
pub fn score(gold: &[GoldRecord], pred: &[GoldRecord]) -> Scores {
    let by_file = |records: &[GoldRecord]| -> BTreeMap<Option<String>, usize> {
        records.iter().enumerate().map(|(i, r)| (r.file.clone(), i)).collect()
    };
    let preds = by_file(pred);
    let empty = GoldRecord::default();
    let mut scores = Scores::default();
    for (file, &g) in &by_file(gold) {
        let (g, p) = (&gold[g], preds.get(file).map_or(&empty, |&p| &pred[p]));
        let doc = score_doc(g, p, &mut scores.metrics);
        scores.docs.push(DocScore { file: file.clone(), ..doc });
    }
    scores
}

/// Scores one document pair, adding its counts to `metrics`.
fn score_doc(g: &GoldRecord, p: &GoldRecord, metrics: &mut Metrics) -> DocScore {
    let m = metrics;
    m.published.total += 1;
    m.published.right += usize::from(g.published == p.published);

    let (gc, pc) = (&g.calls, &p.calls);
    let pairs = greedy(gc, pc, |a, b| f64::from(u8::from(participants_match(a, b))));
    let dated = greedy(gc, pc, |a, b| f64::from(u8::from(participants_match(a, b) && a.date == b.date)));
    m.calls_pairs.add(pairs.len(), gc.len(), pc.len());
    m.calls_dated.add(dated.len(), gc.len(), pc.len());

    let (gq, pq) = (distinct_quotes(&g.quotes), distinct_quotes(&p.quotes));
    let quote_score = |a: &&GoldQuote, b: &&GoldQuote| {
        let s = overlap_f1(quote_text(a), quote_text(b));
        if s >= QUOTE_MATCH {
            s
        } else {
            0.0
        }
    };
    let qpairs = greedy(&gq, &pq, quote_score);
    let speakers =
        qpairs.iter().filter(|&&(i, j)| same_name(gq[i].speaker.as_deref(), pq[j].speaker.as_deref())).count();
    m.quotes.add(qpairs.len(), gq.len(), pq.len());
    m.quotes_speaker.add(speakers, gq.len(), pq.len());

    let (ga, pa) = (distinct_amounts(&g.amounts), distinct_amounts(&p.amounts));
    let apairs = greedy(&ga, &pa, |a, b| f64::from(u8::from(a.0 == b.0)));
    m.amounts.add(apairs.len(), ga.len(), pa.len());
    m.amounts_category.total += apairs.len();
    m.amounts_category.right += apairs.iter().filter(|&&(i, j)| ga[i].1.category == pa[j].1.category).count();

    DocScore {
        file: None,
        calls: Tally { tp: pairs.len(), gold: gc.len(), pred: pc.len() },
        calls_dated: dated.len(),
        quotes: Tally { tp: qpairs.len(), gold: gq.len(), pred: pq.len() },
        amounts: Tally { tp: apairs.len(), gold: ga.len(), pred: pa.len() },
        missed_quotes: (0..gq.len())
            .filter(|i| qpairs.iter().all(|(g, _)| g != i))
            .map(|i| quote_text(gq[i]).to_string())
            .collect(),
    }
}

/// Pairs `(gold index, pred index)`, taking the best-scoring unused pairs first (ties in
/// gold order, then prediction order); a score of 0 or less never pairs.
fn greedy<G, P>(gold: &[G], pred: &[P], score: impl Fn(&G, &P) -> f64) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let s = score(g, p);
            if s > 0.0 {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_gold, mut used_pred) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if !used_gold[i] && !used_pred[j] {
            used_gold[i] = true;
            used_pred[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// Two calls have the same participants: as many, and each gold name paired greedily
/// with a distinct predicted name it matches.
fn participants_match(g: &GoldCall, p: &GoldCall) -> bool {
    let (gp, pp) = (&g.participants, &p.participants);
    gp.len() == pp.len()
        && greedy(gp, pp, |a, b| f64::from(u8::from(same_name(a.as_deref(), b.as_deref())))).len() == gp.len()
}

fn quote_text(quote: &GoldQuote) -> &str {
    quote.text.as_deref().unwrap_or("")
}

/// The quotes with words, the first of each distinct sequence of words.
fn distinct_quotes(quotes: &[GoldQuote]) -> Vec<&GoldQuote> {
    let mut seen = BTreeSet::new();
    quotes
        .iter()
        .filter(|q| {
            let key = words(quote_text(q)).join(" ");
            !key.is_empty() && seen.insert(key)
        })
        .collect()
}

/// What identifies an amount: its value rounded to cents and its currency upper-cased.
/// Values compare as floats (NaN never equals itself, as in Python).
type AmountKey = (f64, String);

/// The amounts with a value, the first of each distinct key.
fn distinct_amounts(amounts: &[GoldAmount]) -> Vec<(AmountKey, &GoldAmount)> {
    let mut out: Vec<(AmountKey, &GoldAmount)> = Vec::new();
    for amount in amounts {
        let Some(value) = amount.value else { continue };
        let key = (round_half_even(value, 2), amount.currency.as_deref().unwrap_or("").to_uppercase());
        if out.iter().all(|(k, _)| *k != key) {
            out.push((key, amount));
        }
    }
    out
}

/// Rounds to `digits` decimals as Python's `round` does: the exact binary value rounded,
/// ties to even.
fn round_half_even(x: f64, digits: usize) -> f64 {
    format!("{x:.digits$}").parse().unwrap_or(x)
}

/// The F1 of the words two texts share (each word counted as often as both have it);
/// 0 when either has no word.
pub fn overlap_f1(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for w in &wb {
        *pool.entry(w).or_default() += 1;
    }
    let mut common = 0usize;
    for w in &wa {
        if let Some(n) = pool.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / wa.len() as f64, common as f64 / wb.len() as f64);
    2.0 * p * r / (p + r)
}

/// The folded words of a text: runs of letters, digits and `_`.
fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(file: &str) -> GoldRecord {
        GoldRecord { file: Some(file.to_string()), ..GoldRecord::default() }
    }

    fn call(names: &[&str], date: Option<&str>) -> GoldCall {
        GoldCall { participants: names.iter().map(|n| Some(n.to_string())).collect(), date: date.map(str::to_string) }
    }

    fn quote(text: &str, speaker: Option<&str>) -> GoldQuote {
        GoldQuote { text: Some(text.to_string()), speaker: speaker.map(str::to_string) }
    }

    fn amount(value: f64, currency: &str, category: &str) -> GoldAmount {
        GoldAmount { value: Some(value), currency: Some(currency.to_string()), category: Some(category.to_string()) }
    }

    fn same(a: &str, b: &str) -> bool {
        same_name(Some(a), Some(b))
    }

    #[test]
    fn names_match_by_surname_with_case_and_accents_folded() {
        assert!(same("Kemal Öztürk", "kemal ozturk"));
        assert!(same("President Erdoğan", "Recep Tayyip Erdogan"));
        assert!(same("Ivan Petrenko", "IVAN PETRENKO"));
        assert!(!same("Ivan Petrenko", "Ivan Sydorenko"));
    }

    #[test]
    fn the_spellings_of_zelensky_are_one_surname() {
        for spelling in ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskij", "Zelenski"] {
            assert!(same("Volodymyr Zelenskyy", spelling), "{spelling}");
        }
        // The folding is of endings only: a Twitter handle keeps its suffix.
        assert!(!same("Volodymyr Zelenskyy", "@ZelenskyyUa"));
        assert!(same("@Andriy Kowalski", "Kowalsky"));
        assert!(!same("@AndriyKowalski", "Kowalsky"));
    }

    #[test]
    fn a_name_inside_another_matches_titles_aside() {
        assert!(same("Li Wei", "Li"));
        assert!(same("Foreign Minister Li", "Li Wei"));
        assert!(!same("Secretary of State", "Anna Berg"));
        // Offices that end in the same word share a surname key.
        assert!(same("Prime Minister", "Foreign Minister"));
        assert!(same("Arthur Penn Jr.", "Penn"));
    }

    #[test]
    fn gold_alternatives_match_any_of_their_names() {
        assert!(same("Maria Lopez|Foreign Office", "the Foreign Office"));
        assert!(same("Maria Lopez|Foreign Office", "Ms Lopez"));
        assert!(!same("Maria Lopez|Foreign Office", "Tom Reed"));
        // Titles aside, "Office" is among the words of the other name.
        assert!(same("Maria Lopez|Foreign Office", "Home Office spokesman Brown"));
    }

    #[test]
    fn absent_speakers_match_only_each_other() {
        assert!(same_name(None, None));
        assert!(!same_name(Some("Anna Berg"), None));
        assert!(!same_name(None, Some("Anna Berg")));
        assert!(!same("", ""));
    }

    #[test]
    fn quote_overlap_counts_shared_words_case_and_marks_aside() {
        assert_eq!(overlap_f1("We Will Rebuild, every town!", "we will rebuild every town"), 1.0);
        assert_eq!(overlap_f1("aye aye sir", "aye sir sir"), 2.0 / 3.0);
        assert_eq!(overlap_f1("...", "words"), 0.0);
        // Three words of five is 0.7499999999999999 in floating point: no match.
        assert!(overlap_f1("grain reaches the", "grain reaches the port today") < QUOTE_MATCH);
        assert!(overlap_f1("grain reaches the port", "grain reaches the port today") >= QUOTE_MATCH);
    }

    #[test]
    fn quotes_match_at_the_overlap_threshold_and_count_their_speakers() {
        let mut g = doc("a.txt");
        g.quotes = vec![
            quote("We will stand with our partners for as long as it takes", Some("Anna Berg")),
            quote("The talks were frank and useful", None),
            quote("Nobody expected the storm to hit the coast so early", Some("Port Authority|Tom Reed")),
        ];
        let mut p = doc("a.txt");
        p.quotes = vec![
            quote("we will stand with our partners for as long", Some("Berg")),
            quote("The talks were frank and useful", None),
            quote("the storm", Some("Tom Reed")),
            quote("A quote nobody annotated at all", None),
        ];
        let m = score(&[g], &[p]).metrics;
        assert_eq!(m.quotes, Tally { tp: 2, gold: 3, pred: 4 });
        assert_eq!(m.quotes_speaker, Tally { tp: 2, gold: 3, pred: 4 });
    }

    #[test]
    fn a_quote_repeated_in_other_punctuation_counts_once() {
        let mut g = doc("a.txt");
        g.quotes =
            vec![quote("Help is on its way", Some("Anna Berg")), quote("HELP is on its way!", Some("Anna Berg"))];
        let mut p = doc("a.txt");
        p.quotes = vec![quote("help is on its way", Some("Berg")), quote("— — —", None)];
        let scores = score(&[g], &[p]);
        assert_eq!(scores.metrics.quotes, Tally { tp: 1, gold: 1, pred: 1 });
        assert!(scores.docs[0].missed_quotes.is_empty());
    }

    #[test]
    fn the_speaker_is_judged_on_the_pairs_the_texts_made() {
        let mut g = doc("a.txt");
        g.quotes = vec![
            quote("the first thing she said today", Some("Anna Berg")),
            quote("a second thing he said later", None),
        ];
        let mut p = doc("a.txt");
        p.quotes = vec![
            quote("the first thing she said today", None),
            quote("a second thing he said later", Some("Tom Reed")),
        ];
        let m = score(&[g], &[p]).metrics;
        assert_eq!(m.quotes.tp, 2);
        assert_eq!(m.quotes_speaker.tp, 0);
    }

    #[test]
    fn calls_match_on_participants_as_sets_then_on_date() {
        let mut g = doc("a.txt");
        g.calls = vec![
            call(&["Anna Berg", "Tom Reed"], Some("2023-04-03")),
            call(&["Anna Berg", "Li Wei|Chinese leader"], Some("--04-02")),
            call(&["Anna Berg", "Tom Reed", "Sara Holm"], None),
        ];
        let mut p = doc("a.txt");
        p.calls = vec![
            call(&["Reed", "Berg"], Some("2023-04-03")),
            call(&["President Berg", "Li"], None),
            call(&["Anna Berg", "Tom Reed"], None),
        ];
        let m = score(&[g], &[p]).metrics;
        assert_eq!(m.calls_pairs, Tally { tp: 2, gold: 3, pred: 3 });
        assert_eq!(m.calls_dated, Tally { tp: 1, gold: 3, pred: 3 });
    }

    #[test]
    fn participants_pair_greedily_in_order() {
        // "Berg" takes the first gold name it fits, leaving "Anna Holm" without a match,
        // although another pairing would have matched both.
        let g = call(&["Anna Berg|Anna Holm", "Berg"], None);
        let p = call(&["Berg", "Anna Holm"], None);
        assert!(!participants_match(&g, &p));
        assert!(participants_match(&call(&[], None), &call(&[], None)));
    }

    #[test]
    fn amounts_are_distinct_value_and_currency_per_document() {
        let mut g = doc("a.txt");
        g.amounts = vec![
            amount(5e6, "USD", "military"),
            amount(5e6, "USD", "aid"),
            amount(5e6, "EUR", "humanitarian"),
            amount(12.5, "GBP", "other"),
            GoldAmount { value: None, currency: Some("USD".into()), category: None },
        ];
        let mut p = doc("a.txt");
        p.amounts = vec![
            amount(5_000_000.004, "usd", "military"),
            amount(5e6, "EUR", "economic"),
            amount(5e6, "EUR", "humanitarian"),
            amount(12.51, "GBP", "other"),
        ];
        let m = score(&[g], &[p]).metrics;
        assert_eq!(m.amounts, Tally { tp: 2, gold: 3, pred: 3 });
        assert_eq!(m.amounts_category, Accuracy { right: 1, total: 2 });
    }

    #[test]
    fn amount_values_round_to_cents_as_python_does() {
        assert_eq!(round_half_even(2.675, 2), 2.67);
        assert_eq!(round_half_even(0.125, 2), 0.12);
        assert_eq!(round_half_even(0.375, 2), 0.38);
        assert_eq!(round_half_even(0.03125, 4), 0.0312);
    }

    #[test]
    fn documents_pair_by_file_and_missing_ones_count_as_empty() {
        let mut a = doc("a.txt");
        a.published = Some("2023-04-03".into());
        a.amounts = vec![amount(1e9, "USD", "aid")];
        let b = doc("b.txt"); // no date, nothing in it
        let mut c = doc("c.txt");
        c.published = Some("2023-05-01".into());
        let mut pa = a.clone();
        pa.published = Some("2023-04-04".into());
        let mut extra = doc("z.txt");
        extra.amounts = vec![amount(7.0, "USD", "other")];
        let scores = score(&[c.clone(), a.clone(), b], &[extra, pa]);
        // b has no prediction and no date: its published is right.
        assert_eq!(scores.metrics.published, Accuracy { right: 1, total: 3 });
        assert_eq!(scores.metrics.amounts, Tally { tp: 1, gold: 1, pred: 1 });
        let files: Vec<_> = scores.docs.iter().map(|d| d.file.as_deref().unwrap()).collect();
        assert_eq!(files, ["a.txt", "b.txt", "c.txt"]);
        assert_eq!(scores.metrics.value("published"), Some(0.3333));
        assert_eq!(scores.metrics.value("calls.pairs"), Some(1.0));
        assert_eq!(scores.metrics.value("amounts.category"), Some(1.0));
        assert_eq!(scores.metrics.value("nonsense"), None);
    }

    #[test]
    fn a_later_record_for_the_same_file_wins() {
        let mut first = doc("a.txt");
        first.published = Some("2023-01-01".into());
        let mut second = doc("a.txt");
        second.published = Some("2023-01-02".into());
        let scores = score(std::slice::from_ref(&second), &[second.clone(), first]);
        assert_eq!(scores.metrics.published.right, 0);
    }

    #[test]
    fn nothing_to_find_and_nothing_found_is_perfect() {
        let m = score(&[doc("a.txt")], &[doc("a.txt")]).metrics;
        assert_eq!(m.value("quotes"), Some(1.0));
        assert_eq!(m.value("amounts.category"), Some(0.0));
        assert_eq!(Tally { tp: 0, gold: 2, pred: 0 }.f1(), 0.0);
        assert_eq!(Tally { tp: 1, gold: 2, pred: 2 }.f1(), 0.5);
    }

    #[test]
    fn folding_decomposes_accents_ligatures_and_cyrillic() {
        assert_eq!(words("Érdoğan’s ﬁnal ＴＡＬＫ"), ["erdogan", "s", "final", "talk"]);
        assert_eq!(words("Їжак й ёлка"), ["іжак", "и", "елка"]);
        assert_eq!(words("snake_case 2½ km²"), ["snake_case", "21", "2", "km2"]);
        // Vowel signs (combining class 0) are not word characters in Python's \w; the
        // virama (class 9) is dropped with the accents.
        assert_eq!(words("किताब नमस्ते"), ["क", "त", "ब", "नमसत"]);
    }

    #[test]
    fn records_deserialize_leniently() {
        let r: GoldRecord = serde_json::from_str(
            r#"{"file": "a.txt", "published": null, "calls": null, "quotes": [{"text": null}],
                "amounts": [{"value": "12.5", "currency": "usd"}, {"value": null}, {"value": [1]}], "extra": 1}"#,
        )
        .unwrap();
        assert!(r.calls.is_empty());
        assert_eq!(r.quotes, [GoldQuote::default()]);
        let values: Vec<_> = r.amounts.iter().map(|a| a.value).collect();
        assert_eq!(values, [Some(12.5), None, None]);
    }

    #[test]
    fn an_analyzed_record_reads_as_its_json() {
        let analysis = crate::analyze("dir/a.txt", b" date 2023-04-03\nDonors gave $5 million.").unwrap();
        let direct = GoldRecord::from(&analysis.record);
        let via_json: GoldRecord = serde_json::from_str(&serde_json::to_string(&analysis.record).unwrap()).unwrap();
        assert_eq!(direct, via_json);
        assert_eq!(direct.file.as_deref(), Some("a.txt"));
    }
}
