use super::*;

/// Finds the row a call belongs to by date, so that each call is compared with the few
/// rows of its day only.
#[derive(Default)]
pub(super) struct CallIndex {
    /// Rows by their date; undated rows by "undated " and their first report's
    /// publication date.
    by_day: HashMap<String, Vec<usize>>,
}

impl CallIndex {
    pub(super) fn add(&mut self, rows: &mut Vec<CallRow>, source: Source<Call>) {
        let keys: Vec<String> = match (&source.item.date, &source.published) {
            (Some(date), _) => vec![date.clone()],
            (None, Some(published)) => {
                let mut keys = vec![published.clone()];
                keys.extend(day_before(published));
                keys.push(format!("undated {published}"));
                keys
            }
            (None, None) => vec!["undated".to_string()],
        };
        for key in &keys {
            for &i in self.by_day.get(key).into_iter().flatten() {
                if let Some(pairs) = pair_names(&rows[i].participants, &source.item.participants) {
                    rows[i].join(source, &pairs);
                    return;
                }
            }
        }
        let Some(own) = keys.into_iter().last() else { return };
        self.by_day.entry(own).or_default().push(rows.len());
        rows.push(CallRow::new(source));
    }
}

/// The day before an ISO date.
pub(super) fn day_before(date: &str) -> Option<String> {
    let (year, month, day) = civil_date(day_number(date)? - 1);
    (year >= 0).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// For each name of `row`, the index of the name of `call` it matches, when the two lists
/// pair one to one by [`same_name`].
pub(super) fn pair_names(row: &[String], call: &[String]) -> Option<Vec<usize>> {
    if row.len() != call.len() {
        return None;
    }
    let mut used = vec![false; call.len()];
    let mut pairs = Vec::with_capacity(row.len());
    for name in row {
        let j = (0..call.len()).find(|&j| !used[j] && same_name(Some(name), Some(&call[j])))?;
        used[j] = true;
        pairs.push(j);
    }
    Some(pairs)
}

/// The fuller of two spellings of a name: more words, then more letters; the first on a
/// tie.
pub(super) fn fuller<'a>(a: &'a str, b: &'a str) -> &'a str {
    let size = |n: &str| (n.split_whitespace().count(), n.chars().count());
    if size(b) > size(a) {
        b
    } else {
        a
    }
}

impl CallRow {
    /// The participant who placed the call, when its reports say so and agree.
    pub fn caller(&self) -> Option<&str> {
        self.placed.by().and_then(|i| self.participants.get(i)).map(String::as_str)
    }

    pub(super) fn new(source: Source<Call>) -> CallRow {
        let call = &source.item;
        CallRow {
            participants: call.participants.clone(),
            placed: Placed::Unsaid,
            date: call.date.clone(),
            medium: call.medium,
            topics: Vec::new(),
            sources: Vec::new(),
        }
        .with(source)
    }

    pub(super) fn with(mut self, source: Source<Call>) -> CallRow {
        let pairs: Vec<usize> = (0..self.participants.len()).collect();
        self.join(source, &pairs);
        self
    }

    /// Adds a report whose participant `pairs[i]` is this row's participant `i`.
    pub(super) fn join(&mut self, source: Source<Call>, pairs: &[usize]) {
        let call = &source.item;
        for (name, &j) in self.participants.iter_mut().zip(pairs) {
            if fuller(name, &call.participants[j]) != name.as_str() {
                name.clone_from(&call.participants[j]);
            }
        }
        let caller = call.caller.as_ref().and_then(|c| call.participants.iter().position(|p| p == c));
        if let Some(i) = caller.and_then(|j| pairs.iter().position(|&k| k == j)) {
            self.placed = self.placed.and(Placed::By(i));
        }
        if self.date.is_none() {
            self.date.clone_from(&call.date);
        }
        if self.medium == Medium::Unspecified {
            self.medium = call.medium;
        }
        for topic in &call.topics {
            let key = fold(topic);
            if !self.topics.iter().any(|t| fold(t) == key) {
                self.topics.push(topic.clone());
            }
        }
        self.sources.push(source);
    }
}
