//! Reported calls: who spoke with whom, when, by what medium, about what.
//! (API fixed; being written.)

use crate::dates::NaiveDate;
use crate::names::Cast;
use crate::record::Call;
use crate::text::{CharOffsets, Structure};

/// Every distinct call reported in `text`; evidence offsets in characters.
pub fn find_calls(
    _text: &str,
    _structure: &Structure,
    _cast: &Cast,
    _published: Option<NaiveDate>,
    _offsets: &CharOffsets,
) -> Vec<Call> {
    Vec::new()
}
