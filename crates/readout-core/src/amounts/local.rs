use super::*;

/// The currency of each amount written with a generic name ("$", "Rs", "pesos"), by the
/// rule of [`Local`]: the one candidate written out elsewhere in the text; else the one
/// whose land the text names most, at least twice as often as any other's; else the
/// default. A bracketed conversion right after an amount in the chosen currency, and for
/// a `world` default an amount whose sentence names only other countries, take the
/// default. Last, the same value as an amount whose currency is settled (written out, or
/// a conversion) is the same money: a headline's "$3.7bn" repeating the body's "C$5bn
/// ($3.7bn)" is that conversion, and a "$10bn" repeating "A$10bn" is Australian.
pub(super) fn local_currencies(doc: &Doc, spans: &mut [Found], ctx: &Context) {
    let text = doc.text;
    let places = places(doc);
    let mut named = [0usize; LANDS.len()];
    for &(_, land) in &places {
        if let Some(l) = land {
            named[usize::from(l)] += 1;
        }
    }
    // Each value's settled currency, `None` when two currencies have it.
    let mut settled: HashMap<u64, Option<&'static str>> = HashMap::new();
    let mut settle = |value: f64, c: &'static str| {
        settled.entry(value.to_bits()).and_modify(|e| *e = e.filter(|&d| d == c)).or_insert(Some(c));
    };
    for s in spans.iter().filter(|s| s.local.is_none()) {
        settle(s.value, s.currency);
    }
    let mut chosen: [Option<&'static str>; LOCAL_CURRENCIES.len()] = [None; LOCAL_CURRENCIES.len()];
    let mut conversions = vec![false; spans.len()];
    for i in 0..spans.len() {
        let Some(f) = spans[i].local else {
            continue;
        };
        let family = &LOCAL_CURRENCIES[usize::from(f)];
        let c = *chosen[usize::from(f)].get_or_insert_with(|| choose(family, spans, &named));
        let s = &spans[i];
        let conversion =
            i > 0 && spans[i - 1].currency == c && is_conversion(text.as_bytes(), spans[i - 1].end, s.start);
        let abroad = family.world && {
            let ((lo, hi), _) = ctx.sentence(s.start, s.end);
            names_only_others(&places, lo, hi, land_of(c))
        };
        spans[i].currency = if c != family.default && (conversion || abroad) { family.default } else { c };
        if conversion && c != family.default {
            conversions[i] = true;
            settle(spans[i].value, family.default);
        }
    }
    for (s, conversion) in spans.iter_mut().zip(conversions) {
        let Some(f) = s.local.filter(|_| !conversion) else {
            continue;
        };
        let same = settled.get(&s.value.to_bits()).copied().flatten();
        if let Some(c) = same.filter(|c| LOCAL_CURRENCIES[usize::from(f)].candidates.contains(c)) {
            s.currency = c;
        }
    }
}

/// What a generic name means in a text whose amounts are `spans` and which names each of
/// [`LANDS`] `named` times: steps 1 to 3 of [`Local`].
pub(super) fn choose(family: &Local, spans: &[Found], named: &[usize; LANDS.len()]) -> &'static str {
    let candidate = |c: &&str| family.candidates.contains(c);
    let mut written = spans.iter().filter(|s| s.local.is_none()).map(|s| s.currency).filter(candidate);
    if let Some(first) = written.next() {
        if written.all(|c| c == first) {
            return first;
        }
    }
    let count = |c: &str| land_of(c).map_or(0, |l| named[usize::from(l)]);
    let Some(best) = family.candidates.iter().copied().max_by_key(|c| count(c)) else {
        return family.default;
    };
    let most = count(best);
    let dominant = most > 0 && family.candidates.iter().all(|&c| c == best || 2 * count(c) <= most);
    if dominant {
        best
    } else {
        family.default
    }
}

/// The index in [`LANDS`] of currency `c`'s land.
pub(super) fn land_of(c: &str) -> Option<u16> {
    LANDS.iter().position(|(d, _)| *d == c).map(|i| i as u16)
}

/// Whether `b[from..to]`, between two amounts, makes the second a conversion of the first:
/// a bracket or "or", and a few lower-case words ("€5m ($5.4m)", "£3bn (about $3.7bn)",
/// "A$10bn, or about $6.5bn").
pub(super) fn is_conversion(b: &[u8], from: usize, to: usize) -> bool {
    let Some(gap) = b.get(from..to).filter(|g| g.len() <= 24) else {
        return false;
    };
    let gap = &gap[gap.iter().take_while(|&&c| matches!(c, b' ' | b',')).count()..];
    let rest = match gap {
        [b'(', rest @ ..] => rest,
        [b'o', b'r', b' ', rest @ ..] => rest,
        _ => return false,
    };
    rest.iter().all(|&c| c.is_ascii_lowercase() || c == b' ')
}

/// Whether `places[..]` between `lo` and `hi` name some country, and not `land`.
pub(super) fn names_only_others(places: &[(usize, Option<u16>)], lo: usize, hi: usize, land: Option<u16>) -> bool {
    let from = places.partition_point(|&(at, _)| at < lo);
    let mut others = false;
    for &(_, l) in places[from..].iter().take_while(|&&(at, _)| at < hi) {
        if l.is_some() && l == land {
            return false;
        }
        others = true;
    }
    others
}

/// Where the Doc names a country, in order: each word of [`LANDS`] with its land (the
/// longest at a place), and each other country of `places::COUNTRY_WORDS` as `None`.
/// Only capitalised words of those lists' classes are looked at.
pub(super) fn places(doc: &Doc) -> Vec<(usize, Option<u16>)> {
    let (text, b) = (doc.text, doc.text.as_bytes());
    let mut out = Vec::new();
    let mut done = 0;
    for t in &doc.tokens {
        let p = t.start;
        if p < done || !t.is(token::CAPITALISED) || !t.classes.any(PLACE_CLASSES) {
            continue; // inside the place before ("Wales" of "New South Wales"), or no place
        }
        let end = alnum_end(b, p);
        let land = t.classes.has(Class::LAND_WORDS).then(|| {
            let words = LAND_INDEX.words_at(b, p, end - p);
            let found = words.filter_map(|i| exact_end(b, p, LAND_WORDS[i].0).map(|e| (Some(LAND_WORDS[i].1), e)));
            found.max_by_key(|&(_, e)| e)
        });
        let other = || {
            let countries = t.classes.has(Class::COUNTRY_WORDS).then(|| COUNTRY_WORDS.starting_with(&text[p..end]));
            countries?.filter_map(|(w, _)| exact_end(b, p, w)).max().map(|e| (None, e))
        };
        if let Some((l, e)) = land.flatten().or_else(other) {
            out.push((p, l));
            done = e;
        }
    }
    out
}

/// The classes of the words a place may start with.
const PLACE_CLASSES: Classes = Classes::of(&[Class::LAND_WORDS, Class::COUNTRY_WORDS]);

/// Where `w` ends when written at `p` exactly, as whole words.
pub(super) fn exact_end(b: &[u8], p: usize, w: &str) -> Option<usize> {
    let e = p + w.len();
    (b.get(p..e) == Some(w.as_bytes()) && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// Every word of [`LANDS`] with its index there, matched case-sensitively.

pub(super) const LAND_INDEX: ByFirst<{ LAND_WORDS.len() }> =
    ByFirst::new(&keys::<_, { LAND_WORDS.len() }>(&LAND_WORDS), false);

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    /// "Rs" and "rupees" are the rupee of the country the text is about.
    #[test]
    fn a_bare_rupee_is_the_country_s_own() {
        let currency = |text: &str| amounts_in(text).into_iter().map(|a| a.currency).collect::<Vec<_>>();
        assert_eq!(currency("Delhi approved Rs 40 crore for the metro."), ["INR"]);
        assert_eq!(currency("The ticket costs 500 rupees."), ["INR"]);
        assert_eq!(
            currency("Floods hit Sindh. Islamabad released Rs 12 billion, Pakistan's finance minister said."),
            ["PKR"]
        );
        assert_eq!(currency("Lahore families got 9,000 rupees each from the Pakistani state."), ["PKR"]);
        assert_eq!(currency("Colombo set aside Rs 3 billion, Sri Lanka's cabinet said."), ["LKR"]);
        // A rupee written out elsewhere in the text settles it.
        assert_eq!(currency("The fund holds PKR 8 billion; Rs 2 billion more is due."), ["PKR", "PKR"]);
        // Two countries named about as often: the default.
        assert_eq!(currency("India and Pakistan talked; Rs 5 crore was spent."), ["INR"]);
        // A dollar stays the US dollar wherever the text is.
        assert_eq!(currency("Pakistan got $30 million from Karachi donors."), ["USD"]);
        // The rupee sign is a bare rupee too.
        assert_eq!(currency("Karachi port fees rose to ₨9,000, Pakistan's ministry said."), ["PKR"]);
    }

    /// A bare "$" is the US dollar unless the text is about a dollar country's own affairs
    /// (`LOCAL_CURRENCIES`).
    #[test]
    fn a_bare_dollar_is_the_country_s_own_when_the_text_says_so() {
        // The country decides.
        assert_eq!(currencies("New Zealand will lift the minimum wage to $23.50 an hour in April."), ["NZD"]);
        assert_eq!(currencies("Ohio will lift the minimum wage to $23.50 an hour in April."), ["USD"]);
        assert_eq!(
            currencies("Canberra's budget sets aside $4 billion for hospitals, Australia's treasurer said."),
            ["AUD"]
        );
        assert_eq!(
            currencies("Washington's budget sets aside $4 billion for hospitals, the US treasury said."),
            ["USD"]
        );
        // An article that names the United States as often stays in US dollars.
        assert_eq!(currencies("Canada and the United States each pledged $4 billion."), ["USD"]);
        // A dollar written out elsewhere settles it ...
        assert_eq!(
            currencies("Canberra pledged A$5 million for the reef. A further $2 million will follow next year."),
            ["AUD", "AUD"]
        );
        // ... but not for a conversion of it, nor for money in a sentence about other
        // countries only: news gives money abroad in US dollars.
        assert_eq!(currencies("Ottawa will spend C$5 billion ($3.7 billion) on ports."), ["CAD", "USD"]);
        assert_eq!(
            currencies(
                "Canberra budgeted A$9 billion for frigates. Officials in Tokyo say Beijing's trade ban cost \
                 Japanese exporters $500 million."
            ),
            ["AUD", "USD"]
        );
        // The same value as a conversion is that conversion.
        assert_eq!(
            currencies(
                "Canada gave Ukraine $3.7bn\nOttawa has given Kyiv C$5 billion ($3.7 billion) in aid, Canada's \
                 minister said."
            ),
            ["USD", "CAD"]
        );
        // A range with a dollar written out on one side.
        let a = one("Canberra will spend between A$2 billion and $3 billion.");
        assert_eq!((a.value, a.value_max, a.currency.as_str()), (2e9, Some(3e9), "AUD"));
    }

    /// Pesos, shillings, dinars, francs, crowns, pounds and rials are the money of the
    /// country the text is about, else the default of `LOCAL_CURRENCIES`.
    #[test]
    fn a_generic_currency_name_is_the_country_s_own() {
        let cases = [
            ("The central bank in Buenos Aires sold 500 million pesos.", "ARS"),
            ("The central bank in Mexico City sold 500 million pesos.", "MXN"),
            ("The central bank sold 500 million pesos.", "MXN"),
            ("Bogota's mayor found 800 million pesos, Colombian officials said.", "COP"),
            ("Kampala set aside 20 million shillings for Ugandan schools.", "UGX"),
            ("Nairobi set aside 20 million shillings for Kenyan schools.", "KES"),
            ("Dar es Salaam set aside Sh5 billion for Tanzanian schools.", "TZS"),
            ("The council set aside 20 million shillings for schools.", "KES"),
            ("Amman will spend 5 million dinars on water, Jordan's minister said.", "JOD"),
            ("Baghdad will spend 5 billion dinars on water, Iraq's minister said.", "IQD"),
            ("Belgrade will spend 5 billion dinars on rail, Serbian officials said.", "RSD"),
            ("Dakar's port costs 90 billion CFA francs, Senegal said.", "XOF"),
            ("Douala's port costs 90 billion CFA francs, Cameroon said.", "XAF"),
            ("Kinshasa's budget adds 700 billion francs for Congolese roads.", "CDF"),
            ("Geneva's budget adds 700 million francs for roads.", "CHF"),
            ("Copenhagen will spend 3 billion kroner, Danish officials said.", "DKK"),
            ("Oslo will spend 3 billion kroner.", "NOK"),
            ("Cairo will spend 3 billion pounds on bread, Egypt's cabinet said.", "EGP"),
            ("Muscat will spend 30 million rials on roads, Oman said.", "OMR"),
            ("Tehran will spend 30 trillion rials on roads.", "IRR"),
            ("Beirut's banks hold 30 trillion lira, Lebanese officials said.", "LBP"),
            ("Minsk's budget adds 3 billion roubles for Belarusian farms.", "BYN"),
            ("Gaborone paid P5 billion for Botswana's roads.", "BWP"),
            // The longest place at a place: New South Wales is no Wales, South Sudan no Sudan.
            ("South Sudan will print 5 billion pounds.", "SSP"),
            ("New South Wales will spend $2 billion on rail, its treasurer said.", "AUD"),
        ];
        for (text, currency) in cases {
            assert_eq!(currencies(text), [currency], "{text}");
        }
    }
}
