//! Pathological inputs, by shape: text that repeats one unit, each unit a way prose can
//! make an extractor look far (chains of titles, runs of names, lists of sides, many
//! quotation marks, one sentence without a stop). `make bench` times each at two sizes
//! (`benches/scaling.rs`); the property tests feed them to `analyze` (`never_panics.rs`).

/// (name, file name, unit): the text is `unit` repeated.
pub const SHAPES: &[(&str, &str, &str)] = &[
    ("titles", "a.txt", "Mr "),
    ("dotted titles", "a.txt", "Mr. "),
    ("title chains", "a.txt", "President Prime Minister Secretary of State "),
    ("capitalised run", "a.txt", "John Smith "),
    ("initials", "a.txt", "J. "),
    ("name lists", "a.txt", "Anna Berg, Otto Lind and "),
    ("call triggers", "a.txt", "Biden spoke with Xi and "),
    ("call sentences", "a.txt", "Biden spoke with Xi on Monday. "),
    ("call nouns", "a.txt", "a phone call with "),
    ("the two leaders", "a.txt", "the two leaders spoke "),
    ("pronouns", "a.txt", "he said he "),
    ("possessives", "a.txt", "Biden's "),
    ("double marks", "a.txt", "\"a\" "),
    ("unclosed curly marks", "a.txt", "\u{201C}word "),
    ("single marks", "a.txt", "'a "),
    ("quotes with cues", "a.txt", "\u{201C}We act now,\u{201D} he said. "),
    ("quote in one sentence", "a.txt", "\u{201C}We act now,\u{201D} he said, "),
    ("dated quotes in one sentence", "a.txt", "\u{201C}Today Berg called Lind,\u{201D} she said on 5 May, "),
    ("posts", "a.txt", "Good call. \u{2014} Ann Lee (@ann) March 6, 2022\n"),
    ("amounts", "a.txt", "$1 million and "),
    ("ranges", "a.txt", "1-"),
    ("currency words", "a.txt", "5 billion dollars of aid "),
    ("dates", "a.txt", "on Monday "),
    ("date numbers", "a.txt", "2022-03-06 "),
    ("handles", "a.txt", "@POTUS "),
    ("one long word", "a.txt", "a"),
    ("digits", "a.txt", "1"),
    ("word sentences", "a.txt", "Word. "),
    ("paragraphs", "a.txt", "The minister spoke.\n"),
    ("abbreviations", "a.txt", "U.S. "),
    ("html nesting", "a.html", "<div>"),
    ("html paragraphs", "a.html", "<p>Biden spoke with Xi on Monday.</p>"),
];

/// `unit` repeated to `bytes` bytes or just over.
pub fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}
