use super::*;

/// The aid one donor gave in one category and currency: amounts are never converted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Total {
    /// The donor: its country when it is a government or one of its organs ("the Biden
    /// administration" gives "United States"), else its entity's name; `None` for aid
    /// whose donor the text does not name. Each row keeps its own wording.
    pub donor: Option<String>,
    pub category: Category,
    pub currency: String,
    /// The sum of the pledges (of the lower ends of ranges).
    pub value: f64,
    /// The sum of the upper ends, when a pledge is a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// How many distinct pledges were added.
    pub pledges: usize,
    /// The amount rows it adds up, and other reports of the same pledges, as indices into
    /// the rows given to [`totals`], in their order: the evidence.
    #[serde(skip)]
    pub rows: Vec<usize>,
}

/// The aid among `amounts` added up by donor, category and currency, largest first
/// within each currency. Aid is every category but `other`, pledged or delivered: a
/// request, an estimate or a government's own spending is left out, and so is a
/// conversion of an amount already counted, and an amount without a category. A donor
/// is its country when it is a government or one of its organs, else its entity in
/// `identities`. A pledge reported by several documents (same donor, recipient, value,
/// currency and category) counts once.
pub fn totals(amounts: &[AmountRow], identities: &Identities) -> Vec<Total> {
    let mut seen = std::collections::HashSet::new();
    let mut index: HashMap<(String, &str, String), usize> = HashMap::new();
    let mut out: Vec<Total> = Vec::new();
    for (row, amount) in amounts.iter().map(|r| &r.item).enumerate() {
        let Some(category) = amount.category.filter(|c| *c != Category::Other) else { continue };
        if amount.conversion || amount.status.is_some_and(|s| !s.is_given()) {
            continue;
        }
        let donor_name = amount.donor.as_deref().map(|d| identities.country_of(d).unwrap_or(identities.name(d)));
        let donor = donor_name.map(party_key).unwrap_or_default();
        let pledge = (
            donor.clone(),
            amount.recipient.as_deref().map(|r| party_key(identities.name(r))).unwrap_or_default(),
            cents(amount.value),
            amount.value_max.map(cents),
            amount.currency.clone(),
            category.name(),
        );
        let i = *index.entry((donor, category.name(), amount.currency.clone())).or_insert_with(|| {
            out.push(Total {
                donor: donor_name.map(str::to_string),
                category,
                currency: amount.currency.clone(),
                value: 0.0,
                value_max: None,
                pledges: 0,
                rows: Vec::new(),
            });
            out.len() - 1
        });
        // Another report of a pledge already added is evidence, not more money.
        out[i].rows.push(row);
        if !seen.insert(pledge) {
            continue;
        }
        let total = &mut out[i];
        if let Some(max) = amount.value_max {
            total.value_max = Some(total.value_max.unwrap_or(total.value) + max);
        } else if let Some(sum) = &mut total.value_max {
            *sum += amount.value;
        }
        total.value += amount.value;
        total.pledges += 1;
    }
    crate::order::sort_by(&mut out, |a, b| a.currency.cmp(&b.currency).then(b.value.total_cmp(&a.value)));
    out
}

/// A donor or recipient as compared: folded, without a leading "the".
pub(super) fn party_key(name: &str) -> String {
    let folded = fold(name.trim());
    folded.strip_prefix("the ").map(str::to_string).unwrap_or(folded)
}

/// A value in whole cents, to compare amounts without float noise.
pub(super) fn cents(value: f64) -> i64 {
    (value * 100.0).round() as i64
}
