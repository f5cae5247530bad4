//! Words of dates: months, weekdays, days counted from the publication date, periods
//! that are not one day, and the words around them (as read by `dates.rs`).
//!
//! Month and weekday names are matched in Title case or ALL CAPS only, so that "may"
//! the verb and "march" the walk are never months.

use chrono::Weekday;

/// Month names and their abbreviations (an abbreviation may take a full stop: "Sept.").
pub const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("Jan", 1),
    ("February", 2),
    ("Feb", 2),
    ("March", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr", 4),
    ("May", 5),
    ("June", 6),
    ("Jun", 6),
    ("July", 7),
    ("Jul", 7),
    ("August", 8),
    ("Aug", 8),
    ("September", 9),
    ("Sept", 9),
    ("Sep", 9),
    ("October", 10),
    ("Oct", 10),
    ("November", 11),
    ("Nov", 11),
    ("December", 12),
    ("Dec", 12),
];

/// Weekday names. The flag marks abbreviations, which only count before a written date
/// ("Tue 6 Mar 2022"), never alone ("Sun" is a newspaper, "Wed" a verb).
pub const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("Monday", Weekday::Mon, false),
    ("Tuesday", Weekday::Tue, false),
    ("Wednesday", Weekday::Wed, false),
    ("Thursday", Weekday::Thu, false),
    ("Friday", Weekday::Fri, false),
    ("Saturday", Weekday::Sat, false),
    ("Sunday", Weekday::Sun, false),
    ("Mon", Weekday::Mon, true),
    ("Tue", Weekday::Tue, true),
    ("Tues", Weekday::Tue, true),
    ("Wed", Weekday::Wed, true),
    ("Thu", Weekday::Thu, true),
    ("Thur", Weekday::Thu, true),
    ("Thurs", Weekday::Thu, true),
    ("Fri", Weekday::Fri, true),
    ("Sat", Weekday::Sat, true),
    ("Sun", Weekday::Sun, true),
];

/// Words before a weekday that make it a name, not a day ("Good Friday", "Super Tuesday").
pub const WEEKDAY_NAME_BEFORE: &[&str] =
    &["Easter", "Good", "Black", "Super", "Bloody", "Ash", "Holy", "Palm", "Cyber", "Giving", "Maundy", "Whit"];

/// Words after a weekday that make it a title ("the Sunday Times").
pub const WEEKDAY_NAME_AFTER: &[&str] =
    &["Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Star", "Independent", "Mail", "Observer"];

/// How a word before a weekday places it relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekdayRef {
    /// "this Tuesday", "past Tuesday": the latest such day on or before publication.
    OnOrBefore,
    /// "last Tuesday": the latest such day strictly before publication.
    Before,
    /// "next Tuesday", "coming Tuesday": the first such day after publication.
    After,
}

/// Words before a weekday that choose which one is meant. A bare weekday ("on Monday")
/// is [`WeekdayRef::OnOrBefore`].
pub const WEEKDAY_REFS: &[(&str, WeekdayRef)] = &[
    ("this", WeekdayRef::OnOrBefore),
    ("past", WeekdayRef::OnOrBefore),
    ("last", WeekdayRef::Before),
    ("next", WeekdayRef::After),
    ("coming", WeekdayRef::After),
];

/// Days counted from the publication date, with the offset in days. Matched
/// case-insensitively, longest first, word by word.
pub const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("today", 0),
    ("tonight", 0),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("yesterday", -1),
    ("last night", -1),
    ("tomorrow", 1),
];

/// Periods that contain no single day: a call dated by one of them is dated only vaguely.
/// Matched like [`RELATIVE_DAYS`].
pub const VAGUE_TIMES: &[&str] = &[
    "in recent days",
    "in recent weeks",
    "in recent months",
    "over the weekend",
    "the other day",
    "earlier in the week",
    "last week",
    "this week",
    "last weekend",
    "this weekend",
    "last month",
    "this month",
    "last year",
    "this year",
    "recently",
    "lately",
    "overnight",
];

/// Phrases that date something by the day before or after another date ("on the eve of
/// the summit on 25 June"), with the shift in days. Without a date after them they are
/// vague.
pub const ANCHORED_DAYS: &[(&str, i64)] = &[("the eve of", -1), ("the day before", -1), ("the day after", 1)];

/// Words before a date without its year that point back to a day already named ("that
/// 12 March phone call", "the same 12 March").
pub const POINTING_BACK: &[&str] = &["that", "the", "same"];

/// Words before a day or period that narrow the time of day without changing the day
/// ("earlier today", "late Monday", "later on Thursday", "earlier this week").
pub const DAY_PART_BEFORE: &[&str] = &["early", "earlier", "late", "later"];

/// Words after a day that narrow the time of day ("Monday night", "yesterday afternoon").
pub const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Units of "… ago". Only `days` counts to a day ("two days ago"); the others are vague.
pub const AGO_UNITS: &[(&str, bool)] = &[
    ("day", true),
    ("days", true),
    ("week", false),
    ("weeks", false),
    ("month", false),
    ("months", false),
    ("year", false),
    ("years", false),
];

/// Words before a unit of [`AGO_UNITS`] that make a period of it, no single day ("over
/// the past three weeks", "in the last few days", "the coming months").
pub const PERIOD_OPENERS: &[&str] = &["past", "last", "next", "coming"];

/// Words after "Month 6" that make the number a quantity, not a day ("in May 5 million").
pub const NOT_A_DAY_AFTER: &[&str] = &["million", "billion", "trillion", "thousand", "hundred", "percent", "per"];

/// Time zones written after a time in date lines and metadata ("10:00 ET", "EST 2015").
pub const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "Z", "BST", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "CET",
    "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST",
    "AWST", "NZST", "NZDT",
];

/// Labels that introduce an article's publication date at its top ("Published: …").
/// Matched case-insensitively at the start of a line, with an optional colon.
pub const PUBLISHED_LABELS: &[&str] = &["first published", "published", "posted", "dated", "date", "released"];

/// Labels of a later revision ("Updated …"): used only when no publication label is there.
pub const UPDATED_LABELS: &[&str] = &["last updated", "updated", "last modified", "modified"];
/// Names of weekdays and months, written out or cut short ("Mon", "Sept"), capitalised
/// in the text: a word of time, not of a name.
pub const DAY_AND_MONTH_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
