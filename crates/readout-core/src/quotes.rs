//! Quotations and whose words they are. (API fixed; being written.)

use crate::names::Cast;
use crate::record::Quote;
use crate::text::{CharOffsets, Structure};

/// Every quote of `text` with its speaker and cue; offsets in characters.
pub fn find_quotes(_text: &str, _structure: &Structure, _cast: &Cast, _offsets: &CharOffsets) -> Vec<Quote> {
    Vec::new()
}
