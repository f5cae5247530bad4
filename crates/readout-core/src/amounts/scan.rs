use super::*;

/// A number as read, with its multipliers and, when written, its currency. Its value is
/// `mantissa × 10^(mult − decimals) × factor`, exact for what news articles write.
#[derive(Clone, Copy)]
pub(super) struct Expr {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) mantissa: u64,
    pub(super) decimals: i32,
    pub(super) factor: f64,
    /// Power of ten of the multipliers, when there are any.
    pub(super) mult: Option<i32>,
    pub(super) currency: Option<&'static str>,
    /// The generic name the currency is written with, as in [`Found`].
    pub(super) local: Option<u8>,
}

pub(super) fn scaled(mantissa: u64, exp: i32) -> f64 {
    if exp >= 0 {
        mantissa as f64 * 10f64.powi(exp)
    } else {
        mantissa as f64 / 10f64.powi(-exp)
    }
}

/// The lexicons read here, each with where its entries starting with each byte are,
/// worked out by the compiler: a word is tried only against the few entries that start
/// like it and whose head is as long as its own.
pub(super) const SIGN_INDEX: ByFirst<{ SIGNS.len() }> = ByFirst::new(&keys::<_, { SIGNS.len() }>(SIGNS), false);

pub(super) const CODE_INDEX: ByFirst<{ CODES.len() }> = ByFirst::new(&keys::<_, { CODES.len() }>(CODES), false);

pub(super) const WORD_INDEX: ByFirst<{ WORDS.len() }> = ByFirst::new(&keys::<_, { WORDS.len() }>(WORDS), true);

pub(super) const NUMBER_INDEX: ByFirst<{ NUMBER_WORDS.len() }> =
    ByFirst::new(&keys::<_, { NUMBER_WORDS.len() }>(NUMBER_WORDS), true);
pub(super) const FRACTION_INDEX: ByFirst<{ FRACTIONS.len() }> =
    ByFirst::new(&keys::<_, { FRACTIONS.len() }>(FRACTIONS), true);
pub(super) const MULTIPLIER_INDEX: ByFirst<{ MULTIPLIERS.len() }> =
    ByFirst::new(&keys::<_, { MULTIPLIERS.len() }>(MULTIPLIERS), true);
/// Every written form of [`LOCAL_CURRENCIES`] with its index there.
pub(super) const LOCAL_FORMS: [(&str, u8); local_form_count()] = local_forms();
pub(super) const LOCAL_INDEX: ByFirst<{ LOCAL_FORMS.len() }> =
    ByFirst::new(&keys::<_, { LOCAL_FORMS.len() }>(&LOCAL_FORMS), false);

pub(super) const fn local_form_count() -> usize {
    let (mut n, mut i) = (0, 0);
    while i < LOCAL_CURRENCIES.len() {
        n += LOCAL_CURRENCIES[i].written.len();
        i += 1;
    }
    n
}

pub(super) const fn local_forms<const N: usize>() -> [(&'static str, u8); N] {
    let mut out = [("", 0u8); N];
    let (mut n, mut i) = (0, 0);
    while i < LOCAL_CURRENCIES.len() {
        let mut j = 0;
        while j < LOCAL_CURRENCIES[i].written.len() {
            out[n] = (LOCAL_CURRENCIES[i].written[j], i as u8);
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The generic name `written` (an entry of [`SIGNS`], [`CODES`] or [`WORDS`]) is, as an
/// index in [`LOCAL_CURRENCIES`].
pub(super) fn local_of(written: &str) -> Option<u8> {
    LOCAL_INDEX.at(written.as_bytes(), 0).find(|&i| LOCAL_FORMS[i].0 == written).map(|i| LOCAL_FORMS[i].1)
}

/// The keys of a table of pairs.
pub(super) const fn keys<T, const N: usize>(table: &[(&'static str, T)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].0;
        i += 1;
    }
    out
}

/// Where the entries of a table of `N` words are by first byte (of either case for a
/// table matched case-insensitively), and the length of each one's head: its first run
/// of ASCII letters and digits.
pub(super) struct ByFirst<const N: usize> {
    /// Entry numbers by first byte, each group in table order: the entries starting with
    /// byte `c` are `order[from[c]..to[c]]`.
    pub(super) order: [u16; N],
    pub(super) from: [u16; 256],
    pub(super) to: [u16; 256],
    /// The head lengths of each group as bits (bit 63 for 63 and more); an entry taking
    /// any ending ("loan*") sets every bit from its head's on.
    pub(super) heads: [u64; 256],
    /// Each entry's head length, and whether it takes any ending, in table order.
    pub(super) head: [u8; N],
    pub(super) open: [bool; N],
}

/// Every amount of the Doc in order: expressions with a currency, ranges joined. An
/// expression starts where a token does, and only a digit, a sign or code, or a number
/// word opens one; the grammar then reads the bytes from there.
pub(super) fn scan(doc: &Doc) -> Vec<Found> {
    let b = doc.text.as_bytes();
    let mut out = Vec::new();
    // Where the last expression ended: nothing starts inside it.
    let mut done = 0;
    for t in &doc.tokens {
        let p = t.start;
        if p < done || SCAN_BYTES[usize::from(b[p])] & OPENS == 0 {
            continue;
        }
        let run = alnum_end(b, p) - p;
        let opens = b[p].is_ascii_digit()
            || may_sign_or_code(b, p)
            || FRACTION_INDEX.has_head(FRACTIONS, b, p, run)
            || NUMBER_INDEX.has_head(NUMBER_WORDS, b, p, run);
        let Some(a) = opens.then(|| read_expr(b, p)).flatten() else { continue };
        if let Some(span) = range(b, &a) {
            done = span.end;
            out.push(span);
        } else {
            if let Some(currency) = a.currency {
                out.push(Found {
                    start: a.start,
                    end: a.end,
                    value: a.value(),
                    value_max: None,
                    currency,
                    local: a.local,
                });
            }
            done = a.end;
        }
    }
    out
}

/// How [`scan`] reads a byte: as part of a [`WORD`] (ASCII letters and digits), and
/// whether it [`OPENS`] an amount as the first byte of a digit, sign, code or number word.
pub(super) const SCAN_BYTES: [u8; 256] = scan_bytes();

pub(super) const WORD: u8 = 1;

pub(super) const OPENS: u8 = 2;

pub(super) const fn scan_bytes() -> [u8; 256] {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] |= WORD;
        }
        if b.is_ascii_digit() || SIGN_BYTES[c] & (FIRST | WHOLE | LETTER) != 0 {
            t[c] |= OPENS;
        }
        c += 1;
    }
    let mut i = 0;
    while i < NUMBER_WORDS.len() + FRACTIONS.len() {
        let w = if i < NUMBER_WORDS.len() { NUMBER_WORDS[i].0 } else { FRACTIONS[i - NUMBER_WORDS.len()].0 };
        let first = w.as_bytes()[0];
        t[first.to_ascii_lowercase() as usize] |= OPENS;
        t[first.to_ascii_uppercase() as usize] |= OPENS;
        i += 1;
    }
    t
}

/// Joins `a` with the expression after it into one range: "$2-3 billion", "2-3 billion
/// dollars", "$2 billion to $3 billion", "between $2 billion and $3 billion", "ranging
/// from $2 to $3 billion". A lower end without multiplier takes the upper end's. "Rose
/// from X to Y" is a change: two amounts.
pub(super) fn range(b: &[u8], a: &Expr) -> Option<Found> {
    let q = skip_spaces(b, a.end);
    let (after, tight) = if b[q..].starts_with(b"-") {
        (q + 1, true)
    } else if b[q..].starts_with("–".as_bytes()) {
        (q + 3, true)
    } else if match_word(b, q, "to").is_some() && !is_change(b, a.start) {
        (q + 2, false)
    } else if match_word(b, q, "and").is_some() && preceded_by(b, a.start, "between", 3).is_some() {
        (q + 3, false)
    } else {
        return None;
    };
    let hi = read_expr(b, skip_spaces(b, after))?;
    // A generic name on one side takes the other's written-out currency when it may mean
    // it ("A$2 to $3 billion").
    let (currency, local) = match (a.currency, hi.currency) {
        (Some(x), Some(y)) if x != y => {
            if a.explicit() && hi.may_be(x) {
                (x, None)
            } else if hi.explicit() && a.may_be(y) {
                (y, None)
            } else {
                return None;
            }
        }
        (x, y) if a.explicit() || hi.explicit() => (x.or(y)?, None),
        (x, y) => (x.or(y)?, a.local.or(hi.local)),
    };
    let joined = hi.currency.is_some()
        || (hi.mult.is_some() && a.mult.is_none())
        || (tight && hi.mult.is_none() && a.mult.is_none());
    if !joined {
        return None;
    }
    let mut lo = *a;
    if lo.mult.is_none() && hi.mult.is_some() && lo.bare() < hi.bare() {
        lo.mult = hi.mult;
    }
    let (value, max) = (lo.value(), hi.value());
    (value < max).then_some(Found { start: a.start, end: hi.end, value, value_max: Some(max), currency, local })
}

/// The expression starting at `p`, with or without a currency.
pub(super) fn read_expr(b: &[u8], p: usize) -> Option<Expr> {
    let (mut currency, mut local, mut guard) = (None, None, None);
    let mut q = p;
    if let Some((written, code, end)) = sign_or_code(b, p) {
        (currency, local) = (Some(code), local_of(written));
        guard = GUARDS.get(written).map(|&g| (g, end));
        q = skip_spaces(b, end);
    }
    let number = q;
    let (mut mantissa, decimals, factor, needs_mult, q) = read_number(b, q)?;
    let (mut mult, mut end) = read_multipliers(b, q);
    if needs_mult && mult.is_none() {
        return None;
    }
    if let Some((m, smaller, e)) = remainder(b, end, mantissa, decimals, mult) {
        (mantissa, mult, end) = (m, Some(smaller), e);
    }
    // A guarded code before the number that is not money here makes no expression: the
    // number is read again on its own.
    if let Some((g, code_end)) = guard {
        let glued = code_end == number;
        let money = match g {
            Guard::Multiplier => mult.is_some() && !before_of(b, end) && suffix(b, end, true).is_none(),
            Guard::Glued => glued,
            Guard::GluedLarge => glued && is_large(b, number, q, mult.is_some()),
            Guard::Lowercase => true,
        };
        if !money {
            return None;
        }
    }
    if currency.is_none() {
        if let Some((written, code, e)) = suffix(b, end, mult.is_some()) {
            (currency, local) = (Some(code), local_of(written));
            end = e;
        }
    }
    Some(Expr { start: p, end, mantissa, decimals, factor, mult, currency, local })
}

/// The longest sign ("US$") or code ("EUR", "Rs.") at `p`: as written, its currency,
/// and where it ends.
pub(super) fn sign_or_code(b: &[u8], p: usize) -> Option<(&'static str, &'static str, usize)> {
    if !may_sign_or_code(b, p) {
        return None;
    }
    let written = |s: &str| b.get(p..p + s.len()).is_some_and(|w| w == s.as_bytes());
    let signs = SIGN_INDEX.at(b, p).map(|i| SIGNS[i]).filter(|(s, _)| written(s));
    let codes = CODE_INDEX.at(b, p).map(|i| CODES[i]).filter(|(s, _)| written(s) && !letter_at(b, p + s.len()));
    signs.chain(codes).max_by_key(|(s, _)| s.len()).map(|(s, code)| (s, code, p + s.len()))
}

/// Whether a letter, of any script, starts at `p` ("krónur" is no "kr"; "Rs\u{a0}5" is "Rs").
pub(super) fn letter_at(b: &[u8], p: usize) -> bool {
    match b.get(p) {
        None => false,
        Some(c) if c.is_ascii() => c.is_ascii_alphabetic(),
        Some(&c) => {
            let len = if c >= 0xF0 {
                4
            } else if c >= 0xE0 {
                3
            } else {
                2
            };
            let ch = b.get(p..p + len).and_then(|w| std::str::from_utf8(w).ok()).and_then(|w| w.chars().next());
            ch.is_some_and(char::is_alphabetic)
        }
    }
}

/// How bytes stand in the signs and codes: [`FIRST`] of one, all of one ([`WHOLE`], "$"),
/// or a one-letter code ([`LETTER`], "R"), which is written glued to digits.
pub(super) const SIGN_BYTES: [u8; 256] = sign_bytes();

pub(super) const FIRST: u8 = 1;

pub(super) const WHOLE: u8 = 2;

pub(super) const LETTER: u8 = 4;

/// The first two bytes of every sign and code of two bytes or more, as bits (bit `256 ×
/// first + second`): with many codes, most capitals and lower-case letters start or
/// follow one ("Sh", "Rs", "THB"), but few of their pairs do ("The" is turned away).
pub(super) const SIGN_PAIRS: [u64; 1024] = sign_pairs();

pub(super) const fn sign_bytes() -> [u8; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < SIGNS.len() + CODES.len() {
        let w = if i < SIGNS.len() { SIGNS[i].0 } else { CODES[i - SIGNS.len()].0 }.as_bytes();
        if w.len() == 1 && w[0].is_ascii_alphabetic() {
            t[w[0] as usize] |= LETTER;
        } else if w.len() == 1 {
            t[w[0] as usize] |= WHOLE;
        } else {
            t[w[0] as usize] |= FIRST;
        }
        i += 1;
    }
    t
}

pub(super) const fn sign_pairs() -> [u64; 1024] {
    let mut t = [0u64; 1024];
    let mut i = 0;
    while i < SIGNS.len() + CODES.len() {
        let w = if i < SIGNS.len() { SIGNS[i].0 } else { CODES[i - SIGNS.len()].0 }.as_bytes();
        if w.len() > 1 {
            let pair = (w[0] as usize) << 8 | w[1] as usize;
            t[pair >> 6] |= 1 << (pair & 63);
        }
        i += 1;
    }
    t
}

/// Whether the two bytes at `p` are a pair of `pairs`.
pub(super) fn pair_in(pairs: &[u64; 1024], b: &[u8], p: usize) -> bool {
    b.get(p..p + 2).is_some_and(|w| {
        let pair = usize::from(w[0]) << 8 | usize::from(w[1]);
        pairs[pair >> 6] >> (pair & 63) & 1 == 1
    })
}

/// Whether a sign or code may be written at `p`, by its first two bytes: most words
/// and marks are turned away before [`sign_or_code`] reads the lexicons.
pub(super) fn may_sign_or_code(b: &[u8], p: usize) -> bool {
    let Some(&first) = b.get(p) else {
        return false;
    };
    let class = SIGN_BYTES[usize::from(first)];
    let next = b.get(p + 1).copied();
    class & WHOLE != 0
        || (class & FIRST != 0 && pair_in(&SIGN_PAIRS, b, p))
        || (class & LETTER != 0 && next.is_some_and(|c| c.is_ascii_digit()))
}

/// A currency written after a number at `p`: a sign or code (unless another number
/// follows it, which it then belongs to) or a currency word, each as its [`Guard`]
/// allows: as in the lexicon, its currency, and where it ends.
pub(super) fn suffix(b: &[u8], p: usize, has_mult: bool) -> Option<(&'static str, &'static str, usize)> {
    // "18.6-trillion-yen": a hyphen may join the currency to its multiplier.
    let hyphened = has_mult && b.get(p) == Some(&b'-') && b.get(p + 1).is_some_and(u8::is_ascii_alphabetic);
    let q = if hyphened { p + 1 } else { skip_spaces(b, p) };
    if let Some((written, code, end)) = sign_or_code(b, q) {
        let opens_next = b.get(skip_spaces(b, end)).is_some_and(u8::is_ascii_digit);
        let money = match GUARDS.get(written) {
            Some(Guard::Multiplier) => has_mult && !before_of(b, end),
            Some(Guard::Glued | Guard::GluedLarge) => false,
            Some(Guard::Lowercase) | None => true,
        };
        return (!opens_next && money).then_some((written, code, end));
    }
    let run = run_at(b, q);
    let (word, code, end) = WORD_INDEX
        .at(b, q)
        .filter(|&i| matches!(run.checked_sub(usize::from(WORD_INDEX.head[i])), Some(0 | 1)))
        .filter_map(|i| plural_word(b, q, WORDS[i].0).map(|end| (WORDS[i].0, WORDS[i].1, end)))
        .max_by_key(|&(_, _, end)| end)?;
    let money = match GUARDS.get(word) {
        Some(Guard::Multiplier) => has_mult && !before_of(b, end),
        Some(Guard::Lowercase) => !b[q..end].iter().any(u8::is_ascii_uppercase),
        Some(Guard::Glued | Guard::GluedLarge) | None => true,
    };
    money.then_some((word, code, end))
}

/// Whether the number `b[from..to]` after a one-letter code is money by its look
/// ([`Guard::GluedLarge`]): with a multiplier, thousands separators or three digits or
/// more ("R5bn", "R2,500", "R350", "R300-R500"), and no letter glued after its digits
/// ("R134a"); not one or two digits alone ("P5", "N95", "R2-D2").
pub(super) fn is_large(b: &[u8], from: usize, to: usize, has_mult: bool) -> bool {
    if has_mult {
        return true;
    }
    let digits = b[from..to].iter().filter(|c| c.is_ascii_digit()).count();
    (digits >= 3 || b[from..to].contains(&b',')) && !b.get(to).is_some_and(u8::is_ascii_alphabetic)
}

/// Whether the word after `p` is "of" ("500 pounds of flour").
pub(super) fn before_of(b: &[u8], p: usize) -> bool {
    match_word(b, skip_spaces(b, p), "of").is_some()
}

/// Where `word` or its plural in "s" ends when written at `p` as a whole word.
pub(super) fn plural_word(b: &[u8], p: usize, word: &str) -> Option<usize> {
    let e = p + word.len();
    if e > b.len() || !b[p..e].eq_ignore_ascii_case(word.as_bytes()) {
        return None;
    }
    let e = if matches!(b.get(e), Some(b's' | b'S')) { e + 1 } else { e };
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// A number at `p`: digits ("1,200.5", "1.000.000"), number words ("twenty-five") or a
/// fraction that needs a multiplier ("half a"). Returns mantissa, decimals, factor,
/// whether a multiplier must follow, and the end.
pub(super) fn read_number(b: &[u8], p: usize) -> Option<(u64, i32, f64, bool, usize)> {
    if b.get(p)?.is_ascii_digit() {
        let (mantissa, decimals, end) = read_digits(b, p)?;
        return Some((mantissa, decimals, 1.0, false, end));
    }
    let run = run_at(b, p);
    if let Some((factor, end)) = longest(&FRACTION_INDEX, FRACTIONS, b, p, run) {
        return Some((1, 0, factor, true, end));
    }
    let (mut n, mut end) = longest(&NUMBER_INDEX, NUMBER_WORDS, b, p, run)?;
    if n >= 20 && matches!(b.get(end), Some(b'-' | b' ')) {
        let unit = longest(&NUMBER_INDEX, NUMBER_WORDS, b, end + 1, run_at(b, end + 1));
        if let Some((unit, e)) = unit.filter(|&(u, _)| u < 10) {
            n += unit;
            end = e;
        }
    }
    Some((n, 0, 1.0, false, end))
}

/// Digits with thousands separators ("1,200", Indian "1,00,000", European "1.000.000")
/// and decimals ("2.75"). `None` when the number does not fit in 19 digits.
pub(super) fn read_digits(b: &[u8], mut q: usize) -> Option<(u64, i32, usize)> {
    let digits_at = |q: usize| b[q.min(b.len())..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let mut mantissa: u64 = 0;
    let mut decimals = 0;
    let take = |mantissa: &mut u64, q: usize| -> Option<()> {
        *mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b[q] - b'0'))?;
        Some(())
    };
    loop {
        while b.get(q).is_some_and(u8::is_ascii_digit) {
            take(&mut mantissa, q)?;
            q += 1;
        }
        let comma = b.get(q) == Some(&b',');
        let indian = digits_at(q + 1) == 2 && b.get(q + 3) == Some(&b',');
        if !(comma && (digits_at(q + 1) == 3 || indian)) {
            break;
        }
        q += 1;
    }
    let dot_group = |q: usize| b.get(q) == Some(&b'.') && digits_at(q + 1) == 3;
    if dot_group(q) && dot_group(q + 4) {
        while dot_group(q) {
            for i in q + 1..q + 4 {
                take(&mut mantissa, i)?;
            }
            q += 4;
        }
    } else if b.get(q) == Some(&b'.') && b.get(q + 1).is_some_and(u8::is_ascii_digit) {
        q += 1;
        while b.get(q).is_some_and(u8::is_ascii_digit) {
            take(&mut mantissa, q)?;
            decimals += 1;
            q += 1;
            if decimals > 30 {
                return None;
            }
        }
    }
    Some((mantissa, decimals, q))
}

/// The rest of a number written in parts, after its first part and multiplier ("276
/// million" of "276 million 790 thousand tenge"): a whole number below the step between
/// the two multipliers, with a smaller one. Returns the number counted in the smaller
/// multiplier (276,790), that multiplier's power of ten, and the end.
pub(super) fn remainder(
    b: &[u8],
    p: usize,
    mantissa: u64,
    decimals: i32,
    mult: Option<i32>,
) -> Option<(u64, i32, usize)> {
    let larger = mult.filter(|_| decimals == 0)?;
    let q = skip_spaces(b, p);
    if q == p || !b.get(q)?.is_ascii_digit() {
        return None;
    }
    let (rest, 0, e) = read_digits(b, q)? else { return None };
    let (Some(smaller), end) = read_multipliers(b, e) else { return None };
    let step = 10u64.checked_pow(u32::try_from(larger - smaller).ok()?)?;
    (smaller < larger && rest < step)
        .then(|| Some((mantissa.checked_mul(step)?.checked_add(rest)?, smaller, end)))
        .flatten()
}

/// Up to two multipliers after a number, glued ("€500m"), spaced ("5 million") or
/// hyphened ("1.5-billion"), the second larger than the first ("lakh crore"). Returns
/// their power of ten, if any, and the end.
pub(super) fn read_multipliers(b: &[u8], p: usize) -> (Option<i32>, usize) {
    let (mut total, mut last, mut end) = (None, 0, p);
    for _ in 0..2 {
        let glued = b.get(end).is_some_and(u8::is_ascii_alphabetic);
        let q = if glued {
            end
        } else if total.is_none() && b.get(end) == Some(&b'-') {
            end + 1
        } else {
            skip_spaces(b, end)
        };
        let found = MULTIPLIER_INDEX.words_at(b, q, run_at(b, q)).find_map(|i| {
            let (w, exp) = MULTIPLIERS[i];
            MULTIPLIER_INDEX.ends(i, w, b, q).filter(|&e| glued || e - q > 1).map(|e| (exp, e))
        });
        match found {
            Some((exp, e)) if exp > last => {
                total = Some(total.unwrap_or(0) + exp);
                last = exp;
                end = e;
            }
            _ => break,
        }
    }
    (total, end)
}

/// The entry of `table` written longest at `p` as whole words, and where it ends.
pub(super) fn longest<T: Copy, const N: usize>(
    index: &ByFirst<N>,
    table: &[(&str, T)],
    b: &[u8],
    p: usize,
    run: usize,
) -> Option<(T, usize)> {
    index
        .words_at(b, p, run)
        .filter_map(|i| index.ends(i, table[i].0, b, p).map(|end| (table[i].1, end)))
        .max_by_key(|&(_, end)| end)
}

/// Where `word` ends when written at `p` as whole words, case-insensitively; a trailing
/// `*` in `word` takes any ending ("loan*").
pub(super) fn match_word(b: &[u8], p: usize, word: &str) -> Option<usize> {
    if !b.get(p)?.eq_ignore_ascii_case(word.as_bytes().first()?) {
        return None;
    }
    match word.strip_suffix('*') {
        Some(w) => match_body(b, p, w, true),
        None => match_body(b, p, word, false),
    }
}

/// Where `w` ends when written at `p` as whole words, case-insensitively, after any
/// ending when `open`.
pub(super) fn match_body(b: &[u8], p: usize, w: &str, open: bool) -> Option<usize> {
    let e = p + w.len();
    if e > b.len() || !b[p..e].eq_ignore_ascii_case(w.as_bytes()) {
        return None;
    }
    let e = if open { e + b[e..].iter().take_while(|c| c.is_ascii_alphabetic()).count() } else { e };
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// Whether the amount at `p` is where a change starts ("rose from $2 billion to …"), not
/// a range ("ranging from $2 billion to …").
pub(super) fn is_change(b: &[u8], p: usize) -> bool {
    preceded_by(b, p, "from", 3).is_some_and(|at| !RANGE_OPENERS.iter().any(|w| preceded_by(b, at, w, 1).is_some()))
}

/// Where `word` starts when it is among the `n` words before `p` in the same clause
/// ("from more than $2 billion").
pub(super) fn preceded_by(b: &[u8], p: usize, word: &str, n: usize) -> Option<usize> {
    let mut q = p;
    for _ in 0..n {
        while q > 0 && matches!(b[q - 1], b' ' | b'$') {
            q -= 1;
        }
        let start = q - b[..q].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
        if start == q {
            return None;
        }
        if b[start..q].eq_ignore_ascii_case(word.as_bytes()) {
            return Some(start);
        }
        q = start;
    }
    None
}

/// The length of the run of ASCII letters and digits at `p` (none past the end).
pub(super) fn run_at(b: &[u8], p: usize) -> usize {
    b.get(p..).map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii_alphanumeric()).count())
}

pub(super) fn alnum_end(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && SCAN_BYTES[usize::from(b[p])] & WORD != 0 {
        p += 1;
    }
    p
}

/// Skips spaces and tabs, including no-break and thin spaces.
pub(super) fn skip_spaces(b: &[u8], mut p: usize) -> usize {
    loop {
        match b.get(p..) {
            Some([b' ' | b'\t', ..]) => p += 1,
            Some([0xC2, 0xA0, ..]) => p += 2,
            Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => p += 3,
            _ => return p,
        }
    }
}

impl Expr {
    /// Whether its currency is written out: neither missing nor a generic name.
    pub(super) fn explicit(&self) -> bool {
        self.currency.is_some() && self.local.is_none()
    }

    /// Whether its currency is a generic name that may mean `c`.
    pub(super) fn may_be(&self, c: &str) -> bool {
        self.local.is_some_and(|f| LOCAL_CURRENCIES[usize::from(f)].candidates.contains(&c))
    }
}

impl Expr {
    pub(super) fn value(&self) -> f64 {
        scaled(self.mantissa, self.mult.unwrap_or(0) - self.decimals) * self.factor
    }

    /// The value without its multipliers ("3" of "3 billion").
    pub(super) fn bare(&self) -> f64 {
        scaled(self.mantissa, -self.decimals) * self.factor
    }
}

impl<const N: usize> ByFirst<N> {
    pub(super) const fn new(words: &[&str], fold: bool) -> Self {
        let mut t =
            ByFirst { order: [0; N], from: [0; 256], to: [0; 256], heads: [0; 256], head: [0; N], open: [false; N] };
        let mut count = [0u16; 256];
        let mut i = 0;
        while i < N {
            let w = words[i].as_bytes();
            let mut head = 0;
            while head < w.len() && w[head].is_ascii_alphanumeric() {
                head += 1;
            }
            let c = Self::key(w[0], fold);
            let bit = 1u64 << if head < 63 { head } else { 63 };
            t.open[i] = w[w.len() - 1] == b'*';
            t.heads[c] |= if t.open[i] { bit.wrapping_neg() } else { bit };
            t.head[i] = head as u8;
            count[c] += 1;
            i += 1;
        }
        let mut c = 0;
        let mut at = 0;
        while c < 256 {
            t.from[c] = at;
            at += count[c];
            t.to[c] = t.from[c];
            c += 1;
        }
        i = 0;
        while i < N {
            let c = Self::key(words[i].as_bytes()[0], fold);
            t.order[t.to[c] as usize] = i as u16;
            t.to[c] += 1;
            i += 1;
        }
        // A capital finds the group of its lower case.
        c = 0;
        while c < 256 {
            let lower = Self::key(c as u8, fold);
            t.from[c] = t.from[lower];
            t.to[c] = t.to[lower];
            t.heads[c] = t.heads[lower];
            c += 1;
        }
        t
    }

    pub(super) const fn key(c: u8, fold: bool) -> usize {
        (if fold { c.to_ascii_lowercase() } else { c }) as usize
    }

    /// The numbers of the entries starting with the byte at `p`.
    pub(super) fn at(&self, b: &[u8], p: usize) -> impl Iterator<Item = usize> + '_ {
        let group = b.get(p).map_or(&[][..], |&c| {
            &self.order[usize::from(self.from[usize::from(c)])..usize::from(self.to[usize::from(c)])]
        });
        group.iter().map(|&i| usize::from(i))
    }

    /// Whether an entry starting with `c` may have a head `run` bytes long.
    pub(super) fn fits(&self, c: u8, run: usize) -> bool {
        self.heads[usize::from(c)] >> run.min(63) & 1 == 1
    }

    /// The numbers of the entries that may be written as whole words ([`match_word`]) at
    /// `p`, where the text's first run of ASCII letters and digits is `run` bytes long.
    pub(super) fn words_at(&self, b: &[u8], p: usize, run: usize) -> impl Iterator<Item = usize> + '_ {
        let fits = b.get(p).is_some_and(|&c| self.fits(c, run));
        self.at(b, p).take(if fits { N } else { 0 }).filter(move |&i| {
            let head = usize::from(self.head[i]);
            head == run || (self.open[i] && run > head)
        })
    }

    /// Whether the `run` letters and digits at `p` may be the head of an entry of `table`,
    /// the table this index was made from: what [`longest`] needs before it finds any.
    pub(super) fn has_head<T>(&self, table: &[(&str, T)], b: &[u8], p: usize, run: usize) -> bool {
        b.get(p).is_some_and(|&c| self.fits(c, run))
            && self.at(b, p).any(|i| {
                let head = usize::from(self.head[i]);
                (head == run || (self.open[i] && run > head))
                    && b[p..p + head].eq_ignore_ascii_case(&table[i].0.as_bytes()[..head])
            })
    }

    /// Where entry `i`, `word`, ends when written at `p` as whole words: [`match_word`]
    /// once its first byte and head are known to fit.
    pub(super) fn ends(&self, i: usize, word: &str, b: &[u8], p: usize) -> Option<usize> {
        let open = self.open[i];
        match_body(b, p, &word[..word.len() - usize::from(open)], open)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn signs_and_codes_before_the_number() {
        let cases = [
            ("The grant was US$1.5 million.", 1.5e6, "USD"),
            ("Ottawa gave C$20 million.", 2e7, "CAD"),
            ("Canberra added CA$21 million.", 2.1e7, "CAD"),
            ("Sydney paid A$3bn.", 3e9, "AUD"),
            ("It cost AU$31m.", 3.1e7, "AUD"),
            ("Wellington sent NZ$4m.", 4e6, "NZD"),
            ("The tower sold for HK$5 billion.", 5e9, "HKD"),
            ("Taipei spent NT$6 billion.", 6e9, "TWD"),
            ("Brussels lent €500m.", 5e8, "EUR"),
            ("Berlin offered EUR 7 million.", 7e6, "EUR"),
            ("London offered £8m.", 8e6, "GBP"),
            ("A GBP 9 million fund.", 9e6, "GBP"),
            ("Tokyo set aside ¥10 billion.", 1e10, "JPY"),
            ("Delhi approved ₹11 crore.", 1.1e8, "INR"),
            ("The state spent Rs 12 crore.", 1.2e8, "INR"),
            ("The firm paid Rs.13 lakh.", 1.3e6, "INR"),
            ("A bill of INR 14 crore.", 1.4e8, "INR"),
            ("Kyiv raised ₴15 million.", 1.5e7, "UAH"),
            ("Kyiv raised UAH 16 million.", 1.6e7, "UAH"),
            ("Moscow spent ₽17bn.", 1.7e10, "RUB"),
            ("Moscow spent RUB 18 billion.", 1.8e10, "RUB"),
            ("Bern gave CHF 19 million.", 1.9e7, "CHF"),
            ("Seoul gave KRW 20 billion.", 2e10, "KRW"),
            ("Israel paid NIS 21 million.", 2.1e7, "ILS"),
            ("Sweden gave SEK 22bn.", 2.2e10, "SEK"),
            ("A plain $35 ticket.", 35.0, "USD"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// Each currency, by region: its sign, its code, its name and its plural.
    #[test]
    fn currencies_of_every_region() {
        let cases = [
            // Africa.
            ("Lagos will spend ₦5 billion on roads.", 5e9, "NGN"),
            ("The budget adds NGN 40 billion.", 4e10, "NGN"),
            ("Abuja approved N20 billion for schools.", 2e10, "NGN"),
            ("The state lent 300 million naira to farmers.", 3e8, "NGN"),
            ("A fine of 2 billion Nigerian naira was imposed.", 2e9, "NGN"),
            ("Accra spent GH₵3 billion.", 3e9, "GHS"),
            ("Accra spent GH¢4 billion.", 4e9, "GHS"),
            ("Accra spent GHS 5 billion.", 5e9, "GHS"),
            ("Accra spent 6 billion cedis.", 6e9, "GHS"),
            ("The rebate is 7 million Ghanaian cedis.", 7e6, "GHS"),
            ("Nairobi borrowed KSh 8 billion.", 8e9, "KES"),
            ("Nairobi borrowed Ksh9 billion.", 9e9, "KES"),
            ("Nairobi borrowed 10 billion Kenyan shillings.", 1e10, "KES"),
            ("Kampala raised USh 11 billion.", 1.1e10, "UGX"),
            ("Kampala raised UGX 12 billion.", 1.2e10, "UGX"),
            ("The loan is 13 billion Ugandan shillings.", 1.3e10, "UGX"),
            ("Dodoma raised TSh 14 billion.", 1.4e10, "TZS"),
            ("The loan is 15 billion Tanzanian shillings.", 1.5e10, "TZS"),
            ("Addis Ababa set aside Br16 billion.", 1.6e10, "ETB"),
            ("Addis Ababa set aside ETB 17 billion.", 1.7e10, "ETB"),
            ("The plant cost 18 billion birr.", 1.8e10, "ETB"),
            ("Pretoria spent R19 billion.", 1.9e10, "ZAR"),
            ("The grant is R350 a month.", 350.0, "ZAR"),
            ("Pretoria spent ZAR 20 billion.", 2e10, "ZAR"),
            ("The mine sold for 21 billion South African rand.", 2.1e10, "ZAR"),
            ("Lusaka owes 22 million kwacha.", 2.2e7, "ZMW"),
            ("Lusaka owes ZMW 23 million.", 2.3e7, "ZMW"),
            ("Lilongwe owes MK24 billion.", 2.4e10, "MWK"),
            ("Lilongwe owes 25 billion Malawian kwacha.", 2.5e10, "MWK"),
            ("Dakar raised 26 billion CFA francs.", 2.6e10, "XOF"),
            ("Dakar raised XOF 27 billion.", 2.7e10, "XOF"),
            ("Yaounde raised XAF 28 billion.", 2.8e10, "XAF"),
            ("Luanda spent Kz 29 billion.", 2.9e10, "AOA"),
            ("Luanda spent 30 billion kwanzas.", 3e10, "AOA"),
            ("Maputo spent 31 million meticais.", 3.1e7, "MZN"),
            ("Kigali spent Rwf 32 billion.", 3.2e10, "RWF"),
            ("Gaborone spent 33 million pula.", 3.3e7, "BWP"),
            ("Cairo spent E£34 billion.", 3.4e10, "EGP"),
            ("Cairo spent 35 billion Egyptian pounds.", 3.5e10, "EGP"),
            ("Rabat spent 36 million Moroccan dirhams.", 3.6e7, "MAD"),
            // The IMF.
            ("The IMF approved SDR 37 million.", 3.7e7, "XDR"),
            ("The IMF approved XDR 38 million.", 3.8e7, "XDR"),
            ("The IMF approved 39 million special drawing rights.", 3.9e7, "XDR"),
            ("The IMF approved 40 million SDRs.", 4e7, "XDR"),
            // Asia.
            ("Dhaka set aside ৳41 crore for shelters.", 4.1e8, "BDT"),
            ("Dhaka set aside Tk 42 crore for shelters.", 4.2e8, "BDT"),
            ("The mill owes BDT 43 billion.", 4.3e10, "BDT"),
            ("Workers earn 12,500 taka a month.", 12500.0, "BDT"),
            ("Exporters lost 44 million Bangladeshi taka.", 4.4e7, "BDT"),
            ("Manila released ₱45 billion.", 4.5e10, "PHP"),
            ("Manila released P46 billion.", 4.6e10, "PHP"),
            ("Manila released PHP 47 billion.", 4.7e10, "PHP"),
            ("Manila released 48 billion Philippine pesos.", 4.8e10, "PHP"),
            ("Astana spent ₸49 billion.", 4.9e10, "KZT"),
            ("Astana spent KZT 50 billion.", 5e10, "KZT"),
            ("Astana spent 51 billion Kazakh tenge.", 5.1e10, "KZT"),
            ("A bowl of pho costs ₫45,000.", 45000.0, "VND"),
            ("Hanoi lent 52,000 billion dong.", 5.2e13, "VND"),
            ("Hanoi lent 53 billion Vietnamese dong.", 5.3e10, "VND"),
            ("Bangkok spent ฿54 billion.", 5.4e10, "THB"),
            ("Bangkok spent 55 billion baht.", 5.5e10, "THB"),
            ("Tbilisi spent ₾56 million.", 5.6e7, "GEL"),
            ("Tbilisi spent 57 million lari.", 5.7e7, "GEL"),
            ("Baku spent ₼58 million.", 5.8e7, "AZN"),
            ("Baku spent 59 million manats.", 5.9e7, "AZN"),
            ("Ashgabat spent 60 million Turkmen manat.", 6e7, "TMT"),
            ("Ulaanbaatar spent ₮61 billion.", 6.1e10, "MNT"),
            ("Ulaanbaatar spent 62 billion tugriks.", 6.2e10, "MNT"),
            ("Vientiane spent ₭63 billion.", 6.3e10, "LAK"),
            ("Vientiane spent 64 billion kip.", 6.4e10, "LAK"),
            ("Jakarta spent Rp 65 trillion.", 6.5e13, "IDR"),
            ("Jakarta spent Rp66 trillion.", 6.6e13, "IDR"),
            ("Jakarta spent 67 trillion rupiah.", 6.7e13, "IDR"),
            ("Putrajaya spent RM68 billion.", 6.8e10, "MYR"),
            ("Putrajaya spent MYR 69 billion.", 6.9e10, "MYR"),
            ("Putrajaya spent 70 billion ringgit.", 7e10, "MYR"),
            ("Bishkek spent 71 million Kyrgyz som.", 7.1e7, "KGS"),
            ("Tashkent spent 72 billion Uzbek som.", 7.2e10, "UZS"),
            ("Tashkent spent UZS 73 billion.", 7.3e10, "UZS"),
            ("Yerevan spent AMD 74 billion.", 7.4e10, "AMD"),
            ("Yerevan spent 75 billion drams.", 7.5e10, "AMD"),
            ("Thimphu spent Nu. 76 million.", 7.6e7, "BTN"),
            ("Phnom Penh spent 77 billion riels.", 7.7e10, "KHR"),
            ("Naypyidaw spent 78 billion kyats.", 7.8e10, "MMK"),
            // Europe.
            ("Bucharest spent 79 million lei.", 7.9e7, "RON"),
            ("Bucharest spent RON 80 million.", 8e7, "RON"),
            ("Bucharest spent 81 million Romanian leu.", 8.1e7, "RON"),
            ("Chisinau spent 82 million Moldovan lei.", 8.2e7, "MDL"),
            ("Sofia spent 83 million leva.", 8.3e7, "BGN"),
            ("Sofia spent BGN 84 million.", 8.4e7, "BGN"),
            ("Zagreb spent 85 million kuna.", 8.5e7, "HRK"),
            ("Kyiv spent 86 million hryvnias.", 8.6e7, "UAH"),
            ("Kyiv spent 87 million hryvnya.", 8.7e7, "UAH"),
            ("Tirana spent 88 million lek.", 8.8e7, "ALL"),
            ("Tirana spent ALL 89 million.", 8.9e7, "ALL"),
            ("Skopje spent 90 million denars.", 9e7, "MKD"),
            ("Skopje spent MKD 91 million.", 9.1e7, "MKD"),
            ("Sarajevo spent 92 million convertible marks.", 9.2e7, "BAM"),
            ("Prague spent 93 billion Kč.", 9.3e10, "CZK"),
            ("Prague spent 94 billion korunas.", 9.4e10, "CZK"),
            ("Reykjavik spent 95 billion kronur.", 9.5e10, "ISK"),
            // Middle East.
            ("Amman spent JD95 million.", 9.5e7, "JOD"),
            ("Kuwait spent KD96 million.", 9.6e7, "KWD"),
            ("Manama spent BD97 million.", 9.7e7, "BHD"),
            ("Doha spent QR98 billion.", 9.8e10, "QAR"),
            ("Riyadh spent SR99 billion.", 9.9e10, "SAR"),
            ("Muscat spent RO100 million.", 1e8, "OMR"),
            ("Dubai spent Dh101 million.", 1.01e8, "AED"),
            ("Beirut spent LL 102 billion.", 1.02e11, "LBP"),
            ("Beirut spent 103 billion Lebanese pounds.", 1.03e11, "LBP"),
            ("Damascus spent 104 billion Syrian pounds.", 1.04e11, "SYP"),
            ("Sanaa spent 105 billion Yemeni rials.", 1.05e11, "YER"),
            // Americas.
            ("Brasilia spent 106 billion reais.", 1.06e11, "BRL"),
            ("Brasilia spent 107 billion Brazilian reals.", 1.07e11, "BRL"),
            ("Lima spent 108 million soles.", 1.08e8, "PEN"),
            ("Lima spent 109 million Peruvian soles.", 1.09e8, "PEN"),
            ("Santiago spent CLP 110 billion.", 1.1e11, "CLP"),
            ("Bogota spent 111 billion Colombian pesos.", 1.11e11, "COP"),
            ("Asuncion spent ₲112 billion.", 1.12e11, "PYG"),
            ("Asuncion spent 113 billion guaranis.", 1.13e11, "PYG"),
            ("San Jose spent ₡114 billion.", 1.14e11, "CRC"),
            ("San Jose spent 115 billion colones.", 1.15e11, "CRC"),
            ("Guatemala City spent 116 million quetzales.", 1.16e8, "GTQ"),
            ("Tegucigalpa spent 117 million lempiras.", 1.17e8, "HNL"),
            ("Caracas spent 118 million bolivares.", 1.18e8, "VES"),
            ("Santo Domingo spent RD$119 million.", 1.19e8, "DOP"),
            ("Kingston spent J$120 million.", 1.2e8, "JMD"),
            ("Port of Spain spent TT$121 million.", 1.21e8, "TTD"),
            ("Castries spent EC$122 million.", 1.22e8, "XCD"),
            // Oceania.
            ("Suva spent FJ$123 million.", 1.23e8, "FJD"),
            ("Port Moresby spent 124 million kina.", 1.24e8, "PGK"),
            ("Nuku'alofa spent 125 million pa'anga.", 1.25e8, "TOP"),
            ("Apia spent 126 million tala.", 1.26e8, "WST"),
            ("Port Vila spent 127 million vatu.", 1.27e8, "VUV"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// Every sign, code and word of the lexicon is read where it belongs: signs and codes
    /// glued before the number (which `may_sign_or_code` tells by their first two bytes),
    /// spaced before it and after it, and words after it, singular and plural, each as the
    /// currency of its entry (a generic name's default, as no country is named).
    #[test]
    fn every_entry_is_read() {
        let guard = |w: &str| GUARDS.get(w).copied();
        for (w, c) in SIGNS.iter().chain(CODES) {
            assert!(may_sign_or_code(format!("{w}5").as_bytes(), 0), "{w}");
            let mut texts = vec![format!("It cost {w}5 million.")];
            if !matches!(guard(w), Some(Guard::Glued | Guard::GluedLarge)) {
                texts.push(format!("It cost {w} 5 million."));
                texts.push(format!("It cost 5 million {w} then."));
            }
            for text in texts {
                assert_eq!(found(&text), vec![(5e6, c.to_string())], "{text}");
            }
        }
        for (w, c) in WORDS {
            for text in [format!("It cost 5 million {w} then."), format!("It cost 5 million {w}s then.")] {
                assert_eq!(found(&text), vec![(5e6, c.to_string())], "{text}");
            }
        }
    }

    /// A guarded code or word is money as its guard allows.
    #[test]
    fn guarded_entries_are_money_when_written_as_money() {
        let cases = [
            ("Tirana spent ALL 3 billion.", 3e9, "ALL"),
            ("The delegates spent COP 4 billion.", 4e9, "COP"),
            ("Seoul gave 5 billion won.", 5e9, "KRW"),
            ("London gave 6 million pounds.", 6e6, "GBP"),
            ("Pretoria spent 7,000 rand.", 7000.0, "ZAR"),
            ("Freetown spent 8 billion leones.", 8e9, "SLE"),
            ("Manila paid P9,500 each.", 9500.0, "PHP"),
            ("Tickets cost R300-R500.", 300.0, "ZAR"),
            ("Lagos spent N10.5 billion.", 1.05e10, "NGN"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    #[test]
    fn codes_signs_and_words_after_the_number() {
        let cases = [
            ("Ottawa gave 5 million Canadian dollars.", 5e6, "CAD"),
            ("It sent 6 million Australian dollars.", 6e6, "AUD"),
            ("They paid 7 million Hong Kong dollars.", 7e6, "HKD"),
            ("They paid 8 million Taiwan dollars.", 8e6, "TWD"),
            ("Beijing lent 9 billion yuan.", 9e9, "CNY"),
            ("Beijing lent 10 billion renminbi.", 1e10, "CNY"),
            ("Tokyo spent 11 billion yen.", 1.1e10, "JPY"),
            ("The dam cost 12 million rupees.", 1.2e7, "INR"),
            ("Lahore got 13 million Pakistani rupees.", 1.3e7, "PKR"),
            ("Kharkiv got 14 million hryvnias.", 1.4e7, "UAH"),
            ("A fine of 15 million roubles.", 1.5e7, "RUB"),
            ("A fine of 16 million rubles.", 1.6e7, "RUB"),
            ("Geneva gave 17 million Swiss francs.", 1.7e7, "CHF"),
            ("Seoul gave 18 billion won.", 1.8e10, "KRW"),
            ("Israel paid 19 million shekels.", 1.9e7, "ILS"),
            ("Stockholm gave 20 million kronor.", 2e7, "SEK"),
            ("Warsaw gave 21 million zloty.", 2.1e7, "PLN"),
            ("Ankara spent 22 million lira.", 2.2e7, "TRY"),
            ("Riyadh gave 23 million riyals.", 2.3e7, "SAR"),
            ("Abu Dhabi gave 24 million dirhams.", 2.4e7, "AED"),
            ("Pretoria spent 25 million rand.", 2.5e7, "ZAR"),
            ("Paris gave 26 million euros.", 2.6e7, "EUR"),
            ("London gave 27 million pounds sterling.", 2.7e7, "GBP"),
            ("The ticket was 28 dollars.", 28.0, "USD"),
            ("The meal was 29 €.", 29.0, "EUR"),
            ("The loan was 30 million USD.", 3e7, "USD"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    #[test]
    fn number_formats_and_multipliers() {
        let cases = [
            ("It costs $350 now.", 350.0),
            ("It costs $1,200 now.", 1200.0),
            ("A $2.75 billion plan.", 2.75e9),
            ("A $5.827 billion plan.", 5.827e9),
            ("A $1.2bn plan.", 1.2e9),
            ("A $2.5 million plan.", 2.5e6),
            ("A $1.000.000 prize.", 1e6),
            ("A $50k prize.", 5e4),
            ("A $3 mn plan.", 3e6),
            ("A $4 mln plan.", 4e6),
            ("A $5 bln plan.", 5e9),
            ("A $6b plan.", 6e9),
            ("A $7M plan.", 7e6),
            ("A $8 thousand fee.", 8e3),
            ("A $9 trillion economy.", 9e12),
            ("A $1.5-billion plan.", 1.5e9),
            ("A $10 tn economy.", 1e13),
        ];
        for (text, value) in cases {
            assert_eq!(found(text), vec![(value, "USD".to_string())], "{text}");
        }
        assert_eq!(found("The scheme costs ₹2 lakh crore."), vec![(2e12, "INR".into())]);
        // A number in parts, and a multiplier hyphened to its currency.
        assert_eq!(found("It sent 276 million 790 thousand tenge."), vec![(276_790_000.0, "KZT".into())]);
        assert_eq!(found("A 3 billion 45 million rouble deal."), vec![(3_045_000_000.0, "RUB".into())]);
        assert_eq!(found("Tokyo set aside an 18.6-trillion-yen package."), vec![(18.6e12, "JPY".into())]);
        // A second part as large as the step is another number.
        assert_eq!(found("It sent 2 million 1500 thousand tenge.").len(), 1);
        assert_eq!(found("A grant of Rs 1,00,000 was paid."), vec![(1e5, "INR".into())]);
        assert_eq!(found("Rs 1.25 lakh crore."), vec![(1.25e12, "INR".into())]);
        assert_eq!(found("A Rs 500 cr road."), vec![(5e9, "INR".into())]);
        assert_eq!(found("Xinhua said 3.5 billion U.S. dollars."), vec![(3.5e9, "USD".into())]);
        // A sign after a year opens the next amount instead of closing the year.
        assert_eq!(found("In 2023 $5 billion was spent."), vec![(5e9, "USD".into())]);
    }

    #[test]
    fn numbers_in_words() {
        let cases = [
            ("The bank lent one billion dollars.", 1e9, "USD"),
            ("They spent half a billion dollars.", 5e8, "USD"),
            ("He left a quarter of a million pounds.", 2.5e5, "GBP"),
            ("Rome gave two million euros.", 2e6, "EUR"),
            ("Brussels found a billion euros.", 1e9, "EUR"),
            ("They raised twenty-five million dollars.", 2.5e7, "USD"),
            ("They raised two hundred million dollars.", 2e8, "USD"),
            ("It costs five dollars.", 5.0, "USD"),
        ];
        for (text, value, currency) in cases {
            assert_eq!(found(text), vec![(value, currency.to_string())], "{text}");
        }
    }

    /// Vague amounts name no value, so they are not amounts.
    #[test]
    fn vague_amounts_are_skipped() {
        for text in [
            "Allies sent tens of millions of dollars in kit.",
            "Oligarchs moved billions of dollars abroad.",
            "Hundreds of millions of euros were lost.",
            "A few million dollars went missing.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn ranges_are_one_amount() {
        let cases = [
            ("Repairs will cost $2-3 billion.", "$2-3 billion"),
            ("Repairs will cost $2–3 billion.", "$2–3 billion"),
            ("Repairs will cost $2 billion to $3 billion.", "$2 billion to $3 billion"),
            ("Repairs will cost between $2 billion and $3 billion.", "$2 billion and $3 billion"),
            ("Repairs will cost 2-3 billion dollars.", "2-3 billion dollars"),
            ("Repairs will cost $2 to $3 billion.", "$2 to $3 billion"),
        ];
        for (text, written) in cases {
            let a = one(text);
            assert_eq!((a.value, a.value_max, a.text.as_str()), (2e9, Some(3e9), written), "{text}");
        }
        let a = one("Tickets are $20-30.");
        assert_eq!((a.value, a.value_max), (20.0, Some(30.0)));
        let a = one("Estimates run $500,000 to $2 million.");
        assert_eq!((a.value, a.value_max), (5e5, Some(2e6)));
    }

    /// "From X to Y" is a change from one amount to another, not a range.
    #[test]
    fn a_change_is_two_amounts() {
        let all = amounts_in("The fund grew from $2 billion to $3 billion this year.");
        let values: Vec<_> = all.iter().map(|a| (a.value, a.value_max)).collect();
        assert_eq!(values, vec![(2e9, None), (3e9, None)]);
        assert_eq!(found("Aid rose from more than 40 million dollars to 90 million dollars.").len(), 2);
        let a = one("Bids ranged from $40 million to $90 million.");
        assert_eq!((a.value, a.value_max), (4e7, Some(9e7)));
    }

    #[test]
    fn text_covers_the_number_and_currency_only() {
        let text = "Congress approved an additional $800 million for the program.";
        let a = one(text);
        assert_eq!(a.text, "$800 million");
        assert_eq!(text.chars().skip(a.start).take(a.end - a.start).collect::<String>(), a.text);
        for (text, written) in [
            ("Exports reached more than $1 billion last year.", "$1 billion"),
            ("The deal is worth nearly $2bn to the firm.", "$2bn"),
            ("The grant was US$1.5 million in total.", "US$1.5 million"),
        ] {
            assert_eq!(one(text).text, written);
        }
    }

    #[test]
    fn numbers_without_currency_are_not_amounts() {
        for text in [
            "In 2022 the war began.",
            "Some 2,000 troops crossed the river.",
            "Inflation rose 5% in May.",
            "Prices are shown in $ on the site.",
            "The war drove out 1.5 million refugees.",
            "Call +1 555-123-4567 for details.",
            "Mrs 5 and Mr 6 arrived.",
            "The wall is 10 m wide and 3m tall.",
            "The dollar fell against the yen.",
            "The bomber dropped 500 pounds of explosives.",
            "The sack weighs 300 pounds.",
            "More than 1.4 billion Chinese people watched.",
            "Trump won 306 electoral votes.",
            // Codes, one-letter signs and words that are also English (`Guard`).
            "ALL 27 members agreed.",
            "The TOP 10 teams met.",
            "COP28 opened in Dubai, and the COP 29 summit is next.",
            "PHP 8 was released with 3 new features.",
            "Progress on SDG 4 has stalled.",
            "AMD 7nm chips sold well.",
            "The droid R2-D2 and the P5 powers met in room N95.",
            "Fill up with RON 95 petrol.",
            "It carries a 500 KGS load.",
            "The Hong Kong SAR 25 years on.",
            "Vance, or JD 2 as aides call him.",
            "She won 3 races and he won 2.",
            "They sold 5 million real estate units.",
            "Add 5 pounds of flour.",
            "A 2019 RAND study found 3 Rand reports.",
            "The 2 Leone westerns and the 3 Lei brothers.",
            "Route 1 Dong Ha and 2 Pula beaches.",
            "He drank 2 drams of whisky and had 40 kip.",
            "Biologists counted 500 leks.",
            "Count 4 quetzals in the canopy.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}
