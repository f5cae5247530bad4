//! Quotations: every span of a document set in quotation marks, found once.
//!
//! Every quotation mark of a paragraph is classed from its glyph and its neighbours as
//! able to open, close, or neither (an apostrophe: "don't", "Kyiv's", "'90s", "rock 'n'
//! roll"). Openers pair with closers of the same family (double, single, guillemets,
//! corner brackets); quotes of another family, or nested deeper in the same one, stay
//! inside the outer quote. A quotation still open at the end of its paragraph goes on when
//! the next paragraph reopens with the same mark (one quote over several paragraphs);
//! otherwise it ends with its paragraph (double marks) or was no quotation (single marks,
//! whose stray ones are apostrophes). Nothing crosses a paragraph any other way. A closing
//! mark with no opener that ends a paragraph's first clause (`The steps were illegal,' he
//! said.`) makes an *orphan*: a quotation from the paragraph start, if an attribution
//! follows (the quotes stage decides).

use crate::lexicon::cues::ELISIONS;

use super::{trim, ByteSet, Span};

/// A quotation found in the text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Quotation {
    /// Byte of the opening mark (the paragraph start for an orphan).
    pub open: usize,
    /// Byte after the closing mark, or after the last piece when it never closes.
    pub close: usize,
    /// The quoted words of each paragraph, without marks or surrounding spaces.
    pub pieces: Vec<Span>,
    /// A closing mark with no opener (see the module documentation).
    pub orphan: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

const FAMILIES: usize = 6;

impl Family {
    fn index(self) -> usize {
        self as usize
    }
}

/// One quotation mark and what it may do.
#[derive(Clone, Copy, Debug)]
struct Mark {
    at: usize,
    end: usize,
    family: Family,
    opens: bool,
    closes: bool,
    /// Opening mark whose word starts right after it (no space).
    left: bool,
    /// A low opening mark („ ‚), closed by “ ” or ‘ ’.
    low: bool,
    /// Curly mark of the kind that closes a low opener.
    curly: bool,
    /// A closing single mark that may be a plural possessive ("leaders' talks").
    possessive: bool,
}

fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{AB}'
            | '\u{BB}'
            | '\u{2039}'
            | '\u{203A}'
            | '\u{300C}'
            | '\u{300D}'
            | '\u{300E}'
            | '\u{300F}'
            | '`'
    )
}

/// Punctuation after which a word may open a quotation: `("`, `—"`, `:"`, `,"`.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '(' | '[' | '{' | '<' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ';' | ',')
        || is_mark_char(c)
}

/// Punctuation before which a word may close a quotation: `",`, `".`, `")`.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || (c.is_ascii_punctuation() && !matches!(c, '@' | '#' | '_'))
        || matches!(c, '\u{2026}' | '\u{2014}' | '\u{2013}')
        || is_mark_char(c)
}

/// Every mark starts with one of these bytes (ASCII, or the lead byte of « » ‹ › “ ” „ ‘ ’
/// ‚ 「 」 『 』), so the bytes between are skipped unread.
const MARK_BYTES: ByteSet<3> = ByteSet::new(*b"\"'`", b"\xC2\xE2\xE3");

/// The marks of one paragraph, in order.
fn marks(text: &str, para: Span) -> Vec<Mark> {
    let s = &text[para.start..para.end];
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = MARK_BYTES.find(&s.as_bytes()[i..]) {
        i += k;
        let Some(c) = s[i..].chars().next() else { break };
        if !is_mark_char(c) {
            i += c.len_utf8();
            continue;
        }
        // Two apostrophes or backticks stand for a double mark: ''enough'', ``so''.
        let pair = matches!(c, '\'' | '`') && s[i + 1..].starts_with(c);
        let len = if pair { 2 } else { c.len_utf8() };
        let rest = &s[i + len..];
        let next = rest.chars().next();
        let glyph = match (pair, c) {
            (true, '`') => '\u{201C}',
            (true, _) => '"',
            _ => c,
        };
        if let Some(mark) = classify(s[..i].chars().next_back(), glyph, next, rest) {
            out.push(Mark { at: para.start + i, end: para.start + i + len, ..mark });
        }
        i += len;
    }
    out
}

/// What the mark `c` between `prev` and `next` may do; `None` for an apostrophe or a
/// character that is no mark.
fn classify(prev: Option<char>, c: char, next: Option<char>, rest: &str) -> Option<Mark> {
    let left = next.is_some_and(|n| !n.is_whitespace()) && prev.is_none_or(opens_after);
    let right = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closes_before);
    let mark = |family, opens: bool, closes: bool| {
        (opens || closes).then_some(Mark {
            at: 0,
            end: 0,
            family,
            opens,
            closes,
            left,
            low: false,
            curly: false,
            possessive: false,
        })
    };
    let (only_left, only_right) = (left && !right, right && !left);
    let between_letters = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
    match c {
        '"' => match (left, right) {
            (true, false) => mark(Family::Double, true, false),
            (false, true) => mark(Family::Double, false, true),
            _ => mark(Family::Double, true, true),
        },
        '\u{201C}' => mark(Family::Double, true, right && !left).map(|m| Mark { curly: true, ..m }),
        '\u{201D}' => mark(Family::Double, left && !right, true).map(|m| Mark { curly: true, ..m }),
        '\u{201E}' => mark(Family::Double, true, false).map(|m| Mark { low: true, ..m }),
        // Guillemets point either way: «…» and »…«.
        '\u{AB}' => mark(Family::Guillemet, !only_right, only_right),
        '\u{BB}' => mark(Family::Guillemet, only_left, !only_left),
        '\u{2039}' => mark(Family::SingleGuillemet, !only_right, only_right),
        '\u{203A}' => mark(Family::SingleGuillemet, only_left, !only_left),
        '\u{300C}' => mark(Family::Corner, true, false),
        '\u{300D}' => mark(Family::Corner, false, true),
        '\u{300E}' => mark(Family::WhiteCorner, true, false),
        '\u{300F}' => mark(Family::WhiteCorner, false, true),
        '\u{201A}' if left => mark(Family::Single, true, false).map(|m| Mark { low: true, ..m }),
        '\'' | '\u{2018}' | '\u{2019}' => {
            if between_letters || (left && elision(rest)) {
                return None;
            }
            let opens = left && !right;
            let closes = right && !(c == '\u{2018}' && left);
            let possessive = closes
                && prev.is_some_and(|p| p == 's' || p == 'S')
                && next == Some(' ')
                && rest[1..].starts_with(|d: char| d.is_lowercase());
            mark(Family::Single, opens, closes).map(|m| Mark { possessive, curly: c != '\'', ..m })
        }
        _ => None,
    }
}

/// Whether the text after a leading apostrophe is an elided word ('90s, 'em, 'n').
fn elision(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    if word.len() >= 2 && word.chars().take(2).all(|c| c.is_ascii_digit()) {
        return word.chars().skip(2).all(|c| c == 's');
    }
    ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(&word))
}

/// A quotation being read.
struct Open {
    family: Family,
    low: bool,
    depth: u32,
    open: usize,
    piece_start: usize,
    pieces: Vec<Span>,
}

/// Every quotation set in marks of the paragraphs `paras` (in text order), in text order.
pub(crate) fn find(text: &str, paras: &[Span]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut carry: Option<Open> = None;
    for (pi, &para) in paras.iter().enumerate() {
        let marks = marks(text, para);
        let mut remaining = [0usize; FAMILIES];
        for m in &marks {
            remaining[m.family.index()] += 1;
        }
        let reopens_next = |family: Family| {
            paras.get(pi + 1).is_some_and(|next| {
                let s = &text[next.start..next.end];
                let mut chars = s.chars();
                let c = chars.next();
                c.and_then(|c| classify(None, c, chars.next(), &s[c.len_utf8()..]))
                    .is_some_and(|m| m.family == family && m.opens)
            })
        };
        let mut open = carry.take();
        let mut j = 0;
        if let Some(o) = open.as_mut() {
            // `reopens_next` said the paragraph starts with the same family's opener.
            if let Some(m) = marks.first() {
                remaining[m.family.index()] -= 1;
                o.piece_start = m.end;
                j = 1;
            }
        }
        while j < marks.len() {
            let m = marks[j];
            remaining[m.family.index()] -= 1;
            j += 1;
            match open.as_mut() {
                None => {
                    if m.opens && (!m.closes || m.left) {
                        open = Some(Open {
                            family: m.family,
                            low: m.low,
                            depth: 1,
                            open: m.at,
                            piece_start: m.end,
                            pieces: Vec::new(),
                        });
                    } else if m.closes && j == 1 && orphan_close(text, para, m) {
                        let piece = trim(text, Span { start: para.start, end: m.at });
                        out.push(Quotation { open: para.start, close: m.end, pieces: vec![piece], orphan: true });
                    }
                }
                Some(o) if o.family == m.family => {
                    let left_after = remaining[m.family.index()];
                    let closes_low = o.low && m.curly;
                    if m.opens && !m.closes && !closes_low {
                        // A nested opener needs a closer and the outer closer after it;
                        // without them it is a misplaced closer (`…sanctions, "he said`).
                        if left_after >= 2 || (left_after >= 1 && reopens_next(m.family)) {
                            o.depth += 1;
                            continue;
                        }
                    }
                    if m.possessive && o.depth == 1 && left_after > 0 {
                        continue;
                    }
                    o.depth -= 1;
                    if o.depth == 0 {
                        if let Some(mut o) = open.take() {
                            o.pieces.push(trim(text, Span { start: o.piece_start, end: m.at }));
                            out.push(Quotation { open: o.open, close: m.end, pieces: o.pieces, orphan: false });
                        }
                    }
                }
                Some(_) => {}
            }
        }
        if let Some(mut o) = open {
            o.pieces.push(trim(text, Span { start: o.piece_start, end: para.end }));
            if reopens_next(o.family) {
                carry = Some(o);
            } else if o.family != Family::Single {
                let close = para.end;
                out.push(Quotation { open: o.open, close, pieces: o.pieces, orphan: false });
            }
        }
    }
    if let Some(o) = carry {
        if o.family != Family::Single {
            let close = o.pieces.last().map_or(o.open, |p| p.end);
            out.push(Quotation { open: o.open, close, pieces: o.pieces, orphan: false });
        }
    }
    out.retain(|r| r.pieces.iter().any(|p| p.start < p.end));
    out
}

/// A closing mark that ends the paragraph's first sentence with no opener before it
/// (`The steps were illegal,' he said.`): a quotation whose opener was lost, if an
/// attribution follows (checked when judging).
fn orphan_close(text: &str, para: Span, m: Mark) -> bool {
    let before = text[para.start..m.at].chars().next_back();
    before.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?' | '\u{2026}'))
}
