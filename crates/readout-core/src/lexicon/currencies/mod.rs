//! Currency signs, codes and words; the guards on those that are also English words or
//! abbreviations; and the currencies a generic name ("$", "pesos", "shillings") may stand
//! for, with the words that show which. Read by `crate::amounts`.
//!
//! Every ISO 4217 currency in circulation is read by its code and its English name;
//! those with a sign or local abbreviation that English-language news writes, by that
//! too. What is left out, and why, is said where it would go (and `tests::ISO_4217`
//! lists every active code with the few left out).

mod guards;
mod local;
mod written;

pub use guards::*;
pub use local::*;
pub use written::*;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every alphabetic code of ISO 4217 in use (list one, as of 2025), and the ones left
    /// out of [`CODES`] on purpose.
    const ISO_4217: &[&str] = &[
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
        "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
        "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
        "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
        "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
        "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP",
        "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
        "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
        "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU",
        "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER",
        "ZAR", "ZMW", "ZWG",
    ];
    /// `USN`: the US Navy in text, and a next-day fund code no one writes as money. The
    /// rest are metals, bond units, the ALBA sucre, the ADB unit, and test and no-currency
    /// codes: none is money in circulation.
    const LEFT_OUT: &[&str] =
        &["USN", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"];

    fn code_of(written: &str) -> Option<&'static str> {
        SIGNS.iter().chain(CODES).chain(WORDS).find(|(w, _)| *w == written).map(|(_, c)| *c)
    }

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

    #[test]
    fn local_currencies_are_consistent() {
        for l in LOCAL_CURRENCIES {
            assert!(l.candidates.contains(&l.default), "{}: the default is a candidate", l.written[0]);
            for w in l.written {
                assert_eq!(code_of(w), Some(l.default), "{}: {w} is an entry with the default", l.written[0]);
                let families = LOCAL_CURRENCIES.iter().filter(|m| m.written.contains(w)).count();
                assert_eq!(families, 1, "{w} is in one family");
            }
            for c in l.candidates {
                assert!(LANDS.iter().any(|(d, _)| d == c), "{}: {c} has no land", l.written[0]);
            }
        }
        for (i, (c, words)) in LANDS.iter().enumerate() {
            assert!(!LANDS[..i].iter().any(|(d, _)| d == c), "{c} twice");
            assert!(LOCAL_CURRENCIES.iter().any(|l| l.candidates.contains(c)), "{c} is no candidate");
            for w in *words {
                assert!(w.as_bytes()[0].is_ascii_uppercase(), "{c}: {w}");
                let lands = LANDS.iter().filter(|(_, v)| v.contains(w)).count();
                assert_eq!(lands, 1, "{w} is in one land");
            }
        }
    }
}
