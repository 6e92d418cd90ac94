//! The fast UAX #29 boundaries (`text::boundaries`: windows around terminators, long runs after a
//! period cut) against unicode-segmentation's full run: the same positions for any text.
#![no_main]

use abridge::text::boundaries::sentence_boundaries;
use libfuzzer_sys::fuzz_target;
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let expected: Vec<usize> = text.split_sentence_bound_indices().map(|(at, s)| at + s.len()).collect();
    assert_eq!(sentence_boundaries(&text), expected, "{text:?}");
});
